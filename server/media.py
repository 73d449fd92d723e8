"""Strip location and identifying metadata from uploaded files, again, on arrival.

Good clients clean photos before upload, but the service cannot rely on that
(old clients, scripts calling the API directly), and the privacy policy
promises that precise location is not collected. So every stored upload goes
through :func:`strip_location` first. This is the service's own, deliberately
small implementation; it shares nothing with the desktop client but HTTP.

* JPEG: marker segments rewritten in memory; the scans are copied byte for
  byte, EXIF is rebuilt with the orientation only; XMP, IPTC, comments, other
  APPn segments and anything after EOI are dropped.
* PNG: only chunks that define the picture are kept; an EXIF orientation is
  applied to the pixels (lossless re-encode) since its eXIf chunk goes.
* WebP, TIFF, HEIF: decoded, turned upright and re-saved without metadata.
* PDF: left untouched (PDF metadata is out of scope), but only stored when
  it is complete, not encrypted and free of active content (see
  :func:`check_pdf`).

Content that cannot be processed raises ``ValueError``; content the service
refuses on principle (active PDFs, decompression bombs) raises
:class:`Refused`, which carries the error code and the sentence to reply with.
"""

from __future__ import annotations

import functools
import os
import re
import struct
from pathlib import Path

from PIL import Image, ImageDraw, ImageOps

from . import sentences as S

MAX_PIXELS = 100_000_000
THUMBNAIL_SIZE = 256

_HEIF_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1"}
_PIL_FORMAT = {
    "image/jpeg": "JPEG",
    "image/png": "PNG",
    "image/heif": "HEIF",
    "image/tiff": "TIFF",
    "image/webp": "WEBP",
}
_DECODE_ERRORS = (OSError, SyntaxError, ValueError, EOFError, struct.error, Image.DecompressionBombError)

_LOSSLESS_TIFF = {"raw", "tiff_lzw", "tiff_adobe_deflate", "packbits"}
_ORIENTATION = 0x0112
# EXIF orientation -> transposition that shows the picture as intended (as in ImageOps.exif_transpose).
_TRANSPOSE = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}
_MARKER_IN_SCAN = re.compile(rb"\xff[^\x00\xd0-\xd7\xff]")
_KEPT_PNG_CHUNKS = frozenset(b"IHDR PLTE IDAT IEND tRNS gAMA cHRM sRGB iCCP cICP sBIT bKGD pHYs".split())


class Refused(ValueError):
    """Content the service will not store, whatever the client checked."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def _bomb() -> Refused:
    return Refused("image_too_large", S.MEDIA_IMAGE_TOO_LARGE())


def sniff_bytes(header: bytes) -> str | None:
    """The MIME type of a supported upload from its first bytes (512 are plenty), else None."""
    if header.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if header.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if header[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"):
        return "image/tiff"
    if header[:4] == b"RIFF" and header[8:12] == b"WEBP":
        return "image/webp"
    if header.startswith(b"%PDF-"):
        return "application/pdf"
    if header[4:8] == b"ftyp":
        end = min(int.from_bytes(header[:4], "big"), len(header))
        brands = {header[8:12], *(header[i : i + 4] for i in range(16, end - 3, 4))}
        if brands & _HEIF_BRANDS and not brands & {b"avif", b"avis"}:
            return "image/heif"
    return None


def strip_location(path: Path, mime: str) -> None:
    """Rewrite ``path`` in place without location or identifying metadata.

    The file is replaced atomically: readers see the old or the new file,
    never half of one. ``mime`` is what :func:`sniff_bytes` said.
    """
    path = Path(path)
    if mime == "application/pdf":
        check_pdf(path)
        return
    pil_format = _pil_format(mime)
    cleaned = path.with_name(f".{path.name}.stripping")
    try:
        if mime == "image/jpeg":
            cleaned.write_bytes(_strip_jpeg(path.read_bytes()))
        elif mime == "image/png":
            _strip_png(path.read_bytes(), cleaned)
        else:
            _resave(path, cleaned, pil_format)
        os.replace(cleaned, path)
    finally:
        cleaned.unlink(missing_ok=True)


def thumbnail(path: Path, dest: Path, mime: str, size: int = THUMBNAIL_SIZE) -> None:
    """Write a JPEG preview (at most ``size`` square) of an upload: a PDF's first page drawn
    (``pdf_pictures``), or a placeholder when it has none PDFium can draw."""
    if mime == "application/pdf":
        from . import pdf_pictures

        try:
            picture = pdf_pictures.draw(Path(path), 0, longest=size)
        except (ValueError, pdf_pictures.NoSuchPage):
            picture = _pdf_placeholder(size)
    else:
        with _open(Path(path), _pil_format(mime)) as image:
            image.draft("RGB", (size, size))
            picture = _upright(image)
        picture.thumbnail((size, size))
        if picture.mode not in ("RGB", "L"):
            picture = picture.convert("RGB")
    picture.save(dest, format="JPEG", quality=85)


def _pil_format(mime: str) -> str:
    if mime not in _PIL_FORMAT:
        raise ValueError(f"unsupported media type {mime!r}")
    return _PIL_FORMAT[mime]


# --- JPEG -----------------------------------------------------------------------------------------


def _strip_jpeg(data: bytes) -> bytes:
    if not data.startswith(b"\xff\xd8"):
        raise ValueError("not a JPEG")
    out = [b"\xff\xd8"]
    pos = 2
    while True:
        marker, pos = _next_marker(data, pos)
        if marker == 0xD9:  # EOI: whatever follows (appended images, videos) is dropped
            out.append(b"\xff\xd9")
            return b"".join(out)
        if marker == 0x01 or 0xD0 <= marker <= 0xD7:  # no length
            out.append(bytes((0xFF, marker)))
            continue
        length = int.from_bytes(data[pos : pos + 2], "big")
        payload = data[pos + 2 : pos + length]
        if length < 2 or len(payload) != length - 2:
            raise ValueError("truncated JPEG")
        pos += length
        kept = _jpeg_segment(marker, payload)
        if kept is not None:
            out.append(bytes((0xFF, marker)) + (len(kept) + 2).to_bytes(2, "big") + kept)
        if marker == 0xDA:  # SOS: copy the entropy-coded data up to the next marker
            found = _MARKER_IN_SCAN.search(data, pos)
            if found is None:
                raise ValueError("truncated JPEG")
            out.append(data[pos : found.start()])
            pos = found.start()


def _next_marker(data: bytes, pos: int) -> tuple[int, int]:
    """The marker code at or after ``pos`` (stray padding is skipped, as decoders do) and where it ends."""
    pos = data.find(b"\xff", pos)
    if pos < 0:
        raise ValueError("truncated JPEG")
    while data[pos : pos + 1] == b"\xff":
        pos += 1
    if pos >= len(data):
        raise ValueError("truncated JPEG")
    return data[pos], pos + 1


def _jpeg_segment(marker: int, payload: bytes) -> bytes | None:
    """The payload to keep for a segment, or None to drop it."""
    if marker == 0xE0 and payload.startswith(b"JFIF\x00") and len(payload) >= 14:
        return payload[:12] + b"\x00\x00"  # JFIF without its thumbnail
    if marker == 0xE1 and payload.startswith(b"Exif\x00\x00"):
        return _orientation_only_exif(payload)
    if marker == 0xE2 and payload.startswith(b"ICC_PROFILE\x00"):
        return payload
    if marker == 0xEE and payload.startswith(b"Adobe"):  # colour transform: needed to decode
        return payload[:12]
    if 0xE0 <= marker <= 0xEF or marker == 0xFE:  # other APPn (XMP, IPTC, MPF...) and COM
        return None
    return payload


def _orientation_only_exif(raw: bytes) -> bytes | None:
    orientation = _exif_orientation(raw)
    if orientation is None:
        return None
    kept = Image.Exif()
    kept[_ORIENTATION] = orientation
    return kept.tobytes()


def _exif_orientation(raw: bytes) -> int | None:
    """The EXIF orientation in ``raw`` if present and valid (1..8)."""
    exif = Image.Exif()
    try:
        exif.load(raw)
        value = exif.get(_ORIENTATION)
    except (*_DECODE_ERRORS, KeyError, TypeError, IndexError):
        return None
    return value if isinstance(value, int) and 1 <= value <= 8 else None


# --- PNG ------------------------------------------------------------------------------------------


def _strip_png(data: bytes, dest: Path) -> None:
    if not data.startswith(b"\x89PNG\r\n\x1a\n"):
        raise ValueError("not a PNG")
    out = [data[:8]]
    pos, orientation = 8, 1
    while True:
        if pos + 8 > len(data):
            raise ValueError("truncated PNG")
        length, kind = int.from_bytes(data[pos : pos + 4], "big"), data[pos + 4 : pos + 8]
        end = pos + 12 + length
        if end > len(data):
            raise ValueError("truncated PNG")
        if kind in _KEPT_PNG_CHUNKS:
            out.append(data[pos:end])
        elif kind == b"eXIf":
            orientation = _exif_orientation(data[pos + 8 : end - 4]) or 1
        pos = end
        if kind == b"IEND":
            break
    dest.write_bytes(b"".join(out))
    if orientation != 1:
        _resave(dest, dest, "PNG", orientation)


# --- Everything Pillow re-saves -------------------------------------------------------------------


def _resave(src: Path, dest: Path, pil_format: str, orientation: int | None = None) -> None:
    """Decode, turn upright, save a fresh file with pixels and ICC profile only.

    ``orientation`` overrides EXIF (for PNGs whose eXIf chunk is already gone).
    TIFF keeps all its pages; other formats keep the first frame.
    """
    with _open(src, pil_format) as image:
        compression = image.info.get("compression")
        pages = []
        for index in range(getattr(image, "n_frames", 1) if pil_format == "TIFF" else 1):
            try:
                image.seek(index)
            except _DECODE_ERRORS as exc:
                raise ValueError("damaged image") from exc
            pages.append(_upright(image, orientation))
    options: dict[str, object] = {"icc_profile": pages[0].info.get("icc_profile")}
    if pil_format == "TIFF":
        kept = compression if compression in _LOSSLESS_TIFF else "tiff_lzw"
        options |= {"compression": kept, "save_all": True, "append_images": pages[1:]}
    elif pil_format == "WEBP":
        options |= {"lossless": True} if _webp_lossless(src) else {"quality": 95}
    elif pil_format == "HEIF":
        options |= {"quality": 92}
    pages[0].save(dest, format=pil_format, **options)


def _webp_lossless(path: Path) -> bool:
    """True when the first image chunk is VP8L (lossless), so we do not degrade it."""
    with path.open("rb") as file:
        file.seek(12)
        while len(header := file.read(8)) == 8:
            if header[:4] in (b"VP8L", b"VP8 "):
                return header[:4] == b"VP8L"
            size = int.from_bytes(header[4:], "little")
            file.seek(size + (size & 1), 1)
    return False


def _open(path: Path, pil_format: str) -> Image.Image:
    """Open lazily as ``pil_format`` only, refusing decompression bombs before decoding."""
    if pil_format == "HEIF":
        _enable_heif()
    try:
        image = Image.open(path, formats=[pil_format])
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        # Pillow's own limit; its warning is an exception only where warnings are errors.
        raise _bomb() from exc
    except _DECODE_ERRORS as exc:
        raise ValueError("unreadable image") from exc
    if image.width * image.height > MAX_PIXELS:
        image.close()
        raise _bomb()
    return image


def _upright(image: Image.Image, orientation: int | None = None) -> Image.Image:
    """Decoded, turned as viewed (per EXIF, or ``orientation``), ``info`` cut to the ICC profile."""
    try:
        image.load()
        if orientation is None:
            turned = ImageOps.exif_transpose(image)
        else:
            turned = image.transpose(_TRANSPOSE[orientation])
    except _DECODE_ERRORS as exc:
        raise ValueError("damaged image") from exc
    icc = image.info.get("icc_profile")
    turned.info = {"icc_profile": icc} if icc else {}
    return turned


@functools.cache
def _enable_heif() -> None:
    from pillow_heif import register_heif_opener

    register_heif_opener()


def _pdf_placeholder(size: int) -> Image.Image:
    picture = Image.new("RGB", (size, size), (242, 244, 247))
    draw = ImageDraw.Draw(picture)
    draw.rectangle([size * 0.2, size * 0.1, size * 0.8, size * 0.9], fill="white", outline=(150, 156, 166))
    draw.rectangle([size * 0.2, size * 0.55, size * 0.8, size * 0.72], fill=(200, 38, 38))
    draw.text((size / 2, size * 0.635), "PDF", fill="white", anchor="mm", font_size=max(6, size // 8))
    return picture


# --- PDF --------------------------------------------------------------------------------------------
#
# Policy (the same as the desktop client's, checked again here because the
# service never trusts a client): PDFs with active content are refused.
# Uploads are paper tickets and documents kept so values can be read from
# them; none needs JavaScript, an action that starts a program, embedded files
# or form submission, and each is a way to attack the office staff who open
# the downloaded file. The check parses only the object structure (pypdf, which
# bounds decompression); a PDF that passes it may then be drawn, never run
# (server/pdf_pictures.py: PDFium without a form environment).
# Encrypted PDFs cannot be inspected (nor read by anyone) and are refused; so
# are PDFs with data after their end, where polyglots hide a ZIP or a program.

PDF_MAX_OBJECTS = 200_000
_PDF_TAIL = 1024
_PDF_SEARCH_TAIL = 1024 * 1024
# Each name's kind, a machine word (the sentence's ``kinds`` param; its words: ``sentences.WORDS``).
_PDF_ACTIVE = {
    "/JS": "javascript", "/JavaScript": "javascript", "/XFA": "javascript",
    "/Launch": "launch",
    "/EmbeddedFiles": "embedded_files", "/EmbeddedFile": "embedded_files", "/EF": "embedded_files",
    "/RichMedia": "embedded_files", "/RichMediaExecute": "embedded_files", "/GoToE": "embedded_files",
    "/SubmitForm": "form_actions", "/ImportData": "form_actions",
}


def check_pdf(path: Path) -> None:
    """Raise :class:`Refused` (active content, encrypted, trailing data) or
    ``ValueError`` (damaged) unless ``path`` is a PDF the service stores."""
    with Path(path).open("rb") as file:
        file.seek(0, os.SEEK_END)
        size = file.tell()
        file.seek(max(0, size - _PDF_SEARCH_TAIL))
        tail = file.read()
    if b"%%EOF" not in tail[-_PDF_TAIL:]:
        if b"%%EOF" in tail and size > _PDF_TAIL:
            raise Refused("pdf_trailing_data", S.MEDIA_PDF_TRAILING_DATA())
        raise ValueError("PDF without an end")
    from pypdf import PdfReader
    from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, NameObject

    try:
        # An open file, not the path: given a path, pypdf reads the whole file into memory.
        with Path(path).open("rb") as file:
            reader = PdfReader(file, strict=False)
            if reader.is_encrypted:
                raise Refused("pdf_encrypted", S.MEDIA_PDF_ENCRYPTED())
            if len(reader.pages) < 1:
                raise ValueError("PDF without pages")
            found: list[str] = []
            seen: set[tuple[int, int]] = set()
            stack: list[object] = [reader.trailer]
            while stack:
                obj = stack.pop()
                if isinstance(obj, IndirectObject):
                    if (obj.idnum, obj.generation) in seen:
                        continue
                    seen.add((obj.idnum, obj.generation))
                    obj = obj.get_object()
                if len(seen) > PDF_MAX_OBJECTS:
                    raise Refused("pdf_too_complex", S.MEDIA_PDF_TOO_COMPLEX())
                names: list[object] = []
                if isinstance(obj, DictionaryObject):
                    names = list(obj.keys())
                    stack.extend(obj.values())
                elif isinstance(obj, ArrayObject):
                    stack.extend(obj)
                elif isinstance(obj, NameObject):
                    names = [obj]
                for name in names:
                    kind = _PDF_ACTIVE.get(str(name))
                    if kind is not None and kind not in found:
                        found.append(kind)
    except (Refused, ValueError):
        raise
    except Exception as exc:  # whatever a hostile file makes the parser raise
        raise ValueError("damaged PDF") from exc
    if found:
        raise Refused("pdf_active_content", S.MEDIA_PDF_ACTIVE_CONTENT(kinds=found))

"""A generated corpus of hostile files, for the upload tests and for trying by hand.

Every entry is made from scratch in a few milliseconds (bombs *declare* huge
pictures in a few kilobytes; the oversize file is sparse), so the tests can
write a fresh corpus into ``tmp_path``::

    from tests.support import hostile_corpus as corpus

    written = corpus.write(tmp_path / "corpus", max_upload_size=1024 * 1024)
    for sample in written:
        print(sample.entry.category, sample.path, sample.entry.expect)

To look at the files yourself (drop the folder on the app, or run
``ticketpros upload`` on it)::

    python -m tests.support.hostile_corpus /tmp/hostile [--max-upload-mb 50]

Each :class:`Entry` says what should happen to it: ``refuse`` (the file gets
one sentence that contains every word in ``words``), or ``accept`` (it is a
valid photo or PDF under a hostile name or with hostile extras that cleaning
removes; ``absent`` lists bytes that must not survive into the stored file).
``raw`` entries are about their bytes, so the service-level test sends them
directly over tus; the others (names, links, pipes, permissions) only exist
on a disk.
"""

from __future__ import annotations

import argparse
import io
import os
import stat
import struct
import sys
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

MiB = 1024 * 1024
DEFAULT_MAX_UPLOAD = 50 * MiB

# Planted in files whose extras must be removed by cleaning; none may reach storage.
SCRIPT = b"<script>alert('hostile')</script>"
ZIP_MAGIC = b"PK\x03\x04"


@dataclass(frozen=True)
class Entry:
    """One hostile file: how to make it and what must happen to it."""

    name: str
    """File name on disk (``str``; non-UTF-8 names use surrogate escapes)."""
    category: str
    expect: str
    """``refuse`` or ``accept``."""
    make: Callable[[Path], None]
    words: tuple[str, ...] = ()
    """For refusals: words the one-sentence reason must contain (case-insensitive)."""
    raw: bool = True
    """The content is the point (can be sent as bytes over tus); False for names, links, pipes..."""
    absent: tuple[bytes, ...] = ()
    """For acceptances: byte strings the stored file must not contain."""
    server_words: tuple[str, ...] | None = None
    """Words the service's own refusal must contain, when they differ from ``words``."""


@dataclass(frozen=True)
class Written:
    entry: Entry
    path: Path


# --- Valid pictures and PDFs to start from ------------------------------------------------------------


def _picture(size: tuple[int, int] = (48, 32), shade: int = 0) -> Image.Image:
    image = Image.new("RGB", size, (30, 120, (200 + 7 * shade) % 256))
    image.paste((230, (60 + 11 * shade) % 256, 40), (0, 0, size[0] // 2, size[1] // 2))
    return image


def jpeg_bytes(size: tuple[int, int] = (48, 32), shade: int = 0) -> bytes:
    """A small valid JPEG; a different ``shade`` gives different bytes (no duplicate warnings)."""
    out = io.BytesIO()
    _picture(size, shade).save(out, format="JPEG", quality=80)
    return out.getvalue()


def png_bytes() -> bytes:
    out = io.BytesIO()
    _picture().save(out, format="PNG")
    return out.getvalue()


def _saved(fmt: str, **options) -> bytes:
    if fmt == "HEIF":
        from pillow_heif import register_heif_opener

        register_heif_opener()
    out = io.BytesIO()
    _picture((64, 64)).save(out, format=fmt, **options)
    return out.getvalue()


def pdf_bytes(*objects: bytes, trailer_extra: bytes = b"", catalog_extra: bytes = b"",
              page_extra: bytes = b"", offset: int = 0) -> bytes:
    """A one-page PDF with a correct xref; ``objects`` are appended as 4 0 obj, 5 0 obj...

    ``offset``: bytes that will be inserted after the header (the xref counts them).
    """
    contents = [
        b"<< /Type /Catalog /Pages 2 0 R " + catalog_extra + b">>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] " + page_extra + b">>",
        *objects,
    ]
    body = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for number, content in enumerate(contents, start=1):
        offsets.append(len(body) + offset)
        body += b"%d 0 obj\n%s\nendobj\n" % (number, content)
    xref = len(body) + offset
    body += b"xref\n0 %d\n0000000000 65535 f \n" % (len(contents) + 1)
    body += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    body += b"trailer\n<< /Size %d /Root 1 0 R %s>>\n" % (len(contents) + 1, trailer_extra)
    body += b"startxref\n%d\n%%%%EOF\n" % xref
    return body


def zip_bytes(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def _insert_after_soi(jpeg: bytes, marker: int, payload: bytes) -> bytes:
    return jpeg[:2] + bytes((0xFF, marker)) + struct.pack(">H", len(payload) + 2) + payload + jpeg[2:]


# --- Makers -----------------------------------------------------------------------------------------


def _bytes(data: bytes | Callable[[], bytes]) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        path.write_bytes(data() if callable(data) else data)
    return make


def _cut(data: Callable[[], bytes], keep: float) -> Callable[[], bytes]:
    return lambda: (raw := data())[: int(len(raw) * keep)]


def _jpeg_bomb() -> bytes:
    """A valid 8x8 JPEG whose frame header claims 65000 x 65000 pixels."""
    data = bytearray(jpeg_bytes((8, 8)))
    sof = data.index(b"\xff\xc0")
    data[sof + 5: sof + 9] = struct.pack(">HH", 65000, 65000)
    return bytes(data)


def _png_bomb_declared() -> bytes:
    """60000 x 60000 declared in IHDR, a few kilobytes on disk."""
    ihdr = struct.pack(">IIBBBBB", 60000, 60000, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 4096, 9)
    return b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", ihdr) + _png_chunk(b"IDAT", idat) + _png_chunk(b"IEND", b"")


def _png_bomb_compressed() -> bytes:
    """11000 x 11000 one-bit pixels (121 megapixels), all of them really there: 15 MB of
    zeros that zlib squeezes into ~15 kB."""
    width = height = 11000
    row = b"\x00" * (1 + (width + 7) // 8)
    packer = zlib.compressobj(9)
    idat = b"".join(packer.compress(row * 1000) for _ in range(height // 1000)) + packer.flush()
    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", ihdr) + _png_chunk(b"IDAT", idat) + _png_chunk(b"IEND", b"")


def _tiff_bomb() -> bytes:
    """A one-strip, one-bit TIFF that claims 60000 x 60000 pixels."""
    entries = [
        (256, 4, 1, 60000), (257, 4, 1, 60000), (258, 3, 1, 1), (259, 3, 1, 1), (262, 3, 1, 1),
        (273, 4, 1, 8 + 2 + 12 * 9 + 4), (277, 3, 1, 1), (278, 4, 1, 60000), (279, 4, 1, 64),
    ]
    ifd = struct.pack("<H", len(entries)) + b"".join(
        struct.pack("<HHI", tag, kind, count) + (struct.pack("<HH", value, 0) if kind == 3 else struct.pack("<I", value))
        for tag, kind, count, value in entries) + struct.pack("<I", 0)
    return b"II*\x00" + struct.pack("<I", 8) + ifd + b"\x00" * 64


def _webp_bomb() -> bytes:
    """A lossless WebP header claiming 16384 x 16384 pixels (268 megapixels)."""
    bits = (16383) | (16383 << 14)  # width-1, height-1; no alpha, version 0
    vp8l = b"\x2f" + bits.to_bytes(4, "little") + b"\x00" * 27
    chunk = b"VP8L" + struct.pack("<I", len(vp8l)) + vp8l
    return b"RIFF" + struct.pack("<I", 4 + len(chunk)) + b"WEBP" + chunk


def _jpeg_with_html_comment() -> bytes:
    return _insert_after_soi(jpeg_bytes(shade=101), 0xFE, b"<html><body>" + SCRIPT + b"</body></html>")


def _jpeg_plus_zip() -> bytes:
    return jpeg_bytes(shade=102) + zip_bytes({"payload.exe": b"MZ" + b"\x00" * 200, "readme.html": SCRIPT})


def _pdf_plus_zip() -> bytes:
    return pdf_bytes() + zip_bytes({"payload.exe": b"MZ" + b"\x00" * 4000})


def _gifar() -> bytes:
    gif = io.BytesIO()
    _picture((16, 16)).convert("P").save(gif, format="GIF")
    return gif.getvalue() + zip_bytes({"META-INF/MANIFEST.MF": b"Manifest-Version: 1.0\n", "Evil.class": b"\xca\xfe\xba\xbe"})


def _exe() -> bytes:
    stub = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 44 + b"\x80\x00\x00\x00"
    return stub + b"This program cannot be run in DOS mode.\r\r\n$" + b"\x00" * 64 + b"PE\x00\x00"


def _pdf_js_openaction() -> bytes:
    return pdf_bytes(b"<< /Type /Action /S /JavaScript /JS (app.alert\\('hostile'\\);) >>",
                     catalog_extra=b"/OpenAction 4 0 R ")


def _pdf_js_names() -> bytes:
    return pdf_bytes(b"<< /JavaScript 5 0 R >>", b"<< /Names [(x) 6 0 R] >>",
                     b"<< /S /JavaScript /JS (this.print\\(\\);) >>", catalog_extra=b"/Names 4 0 R ")


def _pdf_js_obfuscated() -> bytes:
    """``/J#61vaScript`` is ``/JavaScript`` to every PDF reader."""
    return pdf_bytes(b"<< /S /J#61vaScript /J#53 (app.alert\\(1\\);) >>", catalog_extra=b"/OpenAction 4 0 R ")


def _pdf_page_aa() -> bytes:
    """JavaScript on the page's open event (additional actions), not the catalog."""
    return pdf_bytes(b"<< /O << /S /JavaScript /JS (app.alert\\(2\\);) >> >>", page_extra=b"/AA 4 0 R ")


def _pdf_js_in_object_stream() -> bytes:
    """PDF 1.5: every object, the JavaScript action included, compressed inside an object
    stream with a cross-reference stream; no byte of ``/JavaScript`` is visible in the file."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] >>",
               b"<< /S /JavaScript /JS (app.alert\\(3\\);) >>"]
    index, data = [], b""
    for number, content in enumerate(objects, start=1):
        index.append(b"%d %d" % (number, len(data)))
        data += content + b"\n"
    header = b" ".join(index) + b"\n"
    packed = zlib.compress(header + data)
    out = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n"
    stream_at = len(out)
    out += (b"5 0 obj\n<< /Type /ObjStm /N 4 /First %d /Filter /FlateDecode /Length %d >>\nstream\n"
            % (len(header), len(packed)) + packed + b"\nendstream\nendobj\n")
    xref_at = len(out)
    rows = [struct.pack(">BIH", 0, 0, 65535)]
    rows += [struct.pack(">BIH", 2, 5, n) for n in range(4)]
    rows += [struct.pack(">BIH", 1, stream_at, 0), struct.pack(">BIH", 1, xref_at, 0)]
    table = b"".join(rows)
    out += (b"6 0 obj\n<< /Type /XRef /Size 7 /W [1 4 2] /Root 1 0 R /Length %d >>\nstream\n" % len(table)
            + table + b"\nendstream\nendobj\n")
    return out + b"startxref\n%d\n%%%%EOF\n" % xref_at


def _pdf_launch() -> bytes:
    return pdf_bytes(b"<< /S /Launch /Win << /F (cmd.exe) /P (/c calc) >> >>", catalog_extra=b"/OpenAction 4 0 R ")


def _pdf_embedded_file() -> bytes:
    payload = b"MZ" + b"\x00" * 100
    stream = b"<< /Type /EmbeddedFile /Length %d >>\nstream\n%s\nendstream" % (len(payload), payload)
    return pdf_bytes(b"<< /EmbeddedFiles 5 0 R >>", b"<< /Names [(invoice.exe) 6 0 R] >>",
                     b"<< /Type /Filespec /F (invoice.exe) /EF << /F 7 0 R >> >>", stream,
                     catalog_extra=b"/Names 4 0 R ")


def pdf_with_action_and_attachment(action: bytes) -> bytes:
    """A PDF that opens with ``action`` (a PDF dictionary) and carries an embedded file: two
    kinds of active content at once (the tests of the refusal's list of kinds)."""
    payload = b"a hidden file"
    stream = b"<< /Type /EmbeddedFile /Length %d >>\nstream\n%s\nendstream" % (len(payload), payload)
    return pdf_bytes(action, b"<< /EmbeddedFiles 6 0 R >>", b"<< /Names [(inside.txt) 7 0 R] >>",
                     b"<< /Type /Filespec /F (inside.txt) /EF << /F 8 0 R >> >>", stream,
                     catalog_extra=b"/OpenAction 4 0 R /Names 5 0 R ")


def _pdf_open_to_page() -> bytes:
    """A harmless /OpenAction (open at page 1, fit to window): very common, accepted."""
    return pdf_bytes(catalog_extra=b"/OpenAction [3 0 R /Fit] ")


def _pdf_encrypted() -> bytes:
    encrypt = b"<< /Filter /Standard /V 2 /R 3 /Length 128 /P -44 /O <%s> /U <%s> >>" % (b"00" * 32, b"00" * 32)
    return pdf_bytes(encrypt, trailer_extra=b"/Encrypt 4 0 R /ID [<0123456789abcdef0123456789abcdef>"
                     b" <0123456789abcdef0123456789abcdef>] ")


def _pdf_no_objects() -> bytes:
    return b"%PDF-1.4\n%%EOF\n"


def _pdf_garbage() -> bytes:
    return b"%PDF-1.7\n" + bytes(range(256)) * 8 + b"\n%%EOF\n"


def _pdf_bad_xref() -> bytes:
    """Objects fine, but the cross-reference table is somewhere else: readers rebuild it (accepted)."""
    return pdf_bytes().replace(b"startxref\n", b"startxref\n9999", 1)


def _pdf_no_pages() -> bytes:
    """The catalog's page tree is an object that does not exist: nothing to read."""
    return pdf_bytes().replace(b"/Pages 2 0 R", b"/Pages 9 0 R", 1)


def _svg() -> bytes:
    return b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>'


def _html() -> bytes:
    return b"<!DOCTYPE html><html><body>" + SCRIPT + b"</body></html>"


# Special files: these need more than bytes.

def _symlink_outside(path: Path) -> None:
    outside = path.parent.parent / "outside-the-corpus"
    outside.mkdir(exist_ok=True)
    secret = outside / "private-photo.jpg"
    secret.write_bytes(jpeg_bytes(shade=103))
    path.symlink_to(secret)


def _symlink_to_device(path: Path) -> None:
    path.symlink_to("/dev/zero")


def _symlink_dangling(path: Path) -> None:
    path.symlink_to(path.parent / "this-file-does-not-exist.jpg")


def _symlink_loop(path: Path) -> None:
    path.symlink_to(path.name)


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _unreadable(path: Path) -> None:
    path.write_bytes(jpeg_bytes(shade=104))
    path.chmod(0)


def _oversize(max_upload_size: int) -> Callable[[Path], None]:
    """A valid PDF one byte over the limit: a hole of NULs (whitespace to PDF) after the
    header, left sparse, so it costs a few kilobytes of disk whatever the limit."""
    def make(path: Path) -> None:
        small = pdf_bytes()
        header = small.index(b"1 0 obj")
        hole = max_upload_size + 1 - len(small)
        body = pdf_bytes(offset=hole)
        with path.open("wb") as out:
            out.write(body[:header])
            out.seek(header + hole)
            out.write(body[header:])
    return make


# --- The corpus -------------------------------------------------------------------------------------

DAMAGED = ("damaged",)
BOMB = ("too large",)
NOT_SUPPORTED = ("not a supported photo or pdf",)
ACTIVE = ("pdf", "active content")
_NON_UTF8 = os.fsdecode(b"caf\xe9-\xff\xfe.jpg")


def entries(max_upload_size: int = DEFAULT_MAX_UPLOAD) -> list[Entry]:
    """Every hostile file, in a stable order (names unique)."""
    shades = iter(range(1, 100))

    def jpeg_valid(path: Path) -> None:
        path.write_bytes(jpeg_bytes(shade=next(shades)))

    return [
        # Truncated pictures and PDFs.
        Entry("truncated.jpg", "truncated", "refuse", _bytes(_cut(jpeg_bytes, 0.6)), DAMAGED),
        Entry("truncated.png", "truncated", "refuse", _bytes(_cut(png_bytes, 0.6)), DAMAGED),
        Entry("truncated.webp", "truncated", "refuse", _bytes(_cut(lambda: _saved("WEBP", lossless=True), 0.5)), DAMAGED),
        Entry("truncated.tiff", "truncated", "refuse", _bytes(_cut(lambda: _saved("TIFF"), 0.5)), DAMAGED),
        Entry("truncated.heic", "truncated", "refuse", _bytes(_cut(lambda: _saved("HEIF", quality=60), 0.5)), DAMAGED),
        Entry("truncated.pdf", "truncated", "refuse", _bytes(_cut(pdf_bytes, 0.7)), ("pdf", "damaged")),
        # Decompression bombs: huge declared pictures in tiny files.
        Entry("bomb-60000x60000.png", "bomb", "refuse", _bytes(_png_bomb_declared), BOMB),
        Entry("bomb-compressed-idat.png", "bomb", "refuse", _bytes(_png_bomb_compressed), BOMB),
        Entry("bomb-65000x65000.jpg", "bomb", "refuse", _bytes(_jpeg_bomb), BOMB),
        Entry("bomb-60000x60000.tiff", "bomb", "refuse", _bytes(_tiff_bomb), BOMB),
        Entry("bomb-16384x16384.webp", "bomb", "refuse", _bytes(_webp_bomb), BOMB),
        # Polyglots: one file, two formats.
        Entry("jpeg-plus-zip.jpg", "polyglot", "accept", _bytes(_jpeg_plus_zip), absent=(ZIP_MAGIC, SCRIPT)),
        Entry("html-in-jpeg-comment.jpg", "polyglot", "accept", _bytes(_jpeg_with_html_comment), absent=(SCRIPT,)),
        Entry("pdf-plus-zip.pdf", "polyglot", "refuse", _bytes(_pdf_plus_zip), ("pdf", "after its end")),
        Entry("gifar.gif", "polyglot", "refuse", _bytes(_gifar), NOT_SUPPORTED + ("gif",)),
        # Extensions that lie.
        Entry("invoice.jpg", "lying-extension", "refuse", _bytes(_exe), NOT_SUPPORTED + ("windows program",)),
        Entry("report.pdf", "lying-extension", "refuse", _bytes(lambda: zip_bytes({"a.exe": _exe()})),
              NOT_SUPPORTED + ("zip",)),
        Entry("photo.png", "lying-extension", "refuse", _bytes(b"\x7fELF\x02\x01\x01" + b"\x00" * 57),
              NOT_SUPPORTED + ("linux program",)),
        Entry("scan.jpg", "lying-extension", "refuse", _bytes(b"#!/bin/sh\nrm -rf ~\n"), NOT_SUPPORTED + ("script",)),
        Entry("page.jpg", "lying-extension", "refuse", _bytes(_html), NOT_SUPPORTED),
        Entry("vector.png", "lying-extension", "refuse", _bytes(_svg), NOT_SUPPORTED),
        Entry("actually-a-png.pdf", "lying-extension", "accept", _bytes(png_bytes)),
        # PDFs with active content (refused: see api_client/media/_pdf.py for why).
        Entry("js-openaction.pdf", "pdf-active", "refuse", _bytes(_pdf_js_openaction), ACTIVE + ("javascript",)),
        Entry("js-names.pdf", "pdf-active", "refuse", _bytes(_pdf_js_names), ACTIVE + ("javascript",)),
        Entry("js-obfuscated-name.pdf", "pdf-active", "refuse", _bytes(_pdf_js_obfuscated), ACTIVE + ("javascript",)),
        Entry("js-in-object-stream.pdf", "pdf-active", "refuse", _bytes(_pdf_js_in_object_stream),
              ACTIVE + ("javascript",)),
        Entry("js-page-open.pdf", "pdf-active", "refuse", _bytes(_pdf_page_aa), ACTIVE + ("javascript",)),
        Entry("launch-action.pdf", "pdf-active", "refuse", _bytes(_pdf_launch), ACTIVE + ("program",)),
        Entry("embedded-file.pdf", "pdf-active", "refuse", _bytes(_pdf_embedded_file), ACTIVE + ("embedded",)),
        Entry("open-at-page-one.pdf", "pdf-active", "accept", _bytes(_pdf_open_to_page)),
        # Encrypted and malformed PDFs.
        Entry("encrypted.pdf", "pdf-malformed", "refuse", _bytes(_pdf_encrypted), ("pdf", "password")),
        Entry("no-objects.pdf", "pdf-malformed", "refuse", _bytes(_pdf_no_objects), ("pdf", "damaged")),
        Entry("garbage.pdf", "pdf-malformed", "refuse", _bytes(_pdf_garbage), ("pdf", "damaged")),
        Entry("no-pages.pdf", "pdf-malformed", "refuse", _bytes(_pdf_no_pages), ("pdf", "damaged")),
        Entry("broken-xref.pdf", "pdf-malformed", "accept", _bytes(_pdf_bad_xref)),
        Entry("header-only.pdf", "pdf-malformed", "refuse", _bytes(b"%PDF-"), ("pdf", "damaged")),
        # Empty and tiny.
        Entry("empty.jpg", "tiny", "refuse", _bytes(b""), ("empty",)),
        Entry("one-byte.jpg", "tiny", "refuse", _bytes(b"\xff"), NOT_SUPPORTED),
        Entry("two-bytes.jpg", "tiny", "refuse", _bytes(b"\xff\xd8"), NOT_SUPPORTED),
        Entry("soi-only.jpg", "tiny", "refuse", _bytes(b"\xff\xd8\xff"), DAMAGED),
        # Hostile names on valid photos: accepted, shown under a safe name.
        # (Names starting with a dot are hidden files, skipped inside folders; so the dots come second.)
        Entry("x\\..\\..\\windows\\system32\\evil.jpg", "name", "accept", jpeg_valid, raw=False),
        Entry("x..jpg..", "name", "accept", jpeg_valid, raw=False),
        Entry("tab\there\nnew line\rreturn.jpg", "name", "accept", jpeg_valid, raw=False),
        Entry("\x1b[31mred\x1b[0m\x07bell.jpg", "name", "accept", jpeg_valid, raw=False),
        Entry("invoice\u202egpj.exe", "name", "accept", jpeg_valid, raw=False),
        Entry("zero\u200bwidth\ufeff.jpg", "name", "accept", jpeg_valid, raw=False),
        Entry("nul\u2400%00.jpg", "name", "accept", jpeg_valid, raw=False),
        Entry("CON", "name", "accept", jpeg_valid, raw=False),
        Entry("NUL.txt", "name", "accept", jpeg_valid, raw=False),
        Entry("aux.jpg", "name", "accept", jpeg_valid, raw=False),
        Entry("-rf --help.jpg", "name", "accept", jpeg_valid, raw=False),
        Entry("x" * 251 + ".jpg", "name", "accept", jpeg_valid, raw=False),
        Entry("é" * 125 + ".jpg", "name", "accept", jpeg_valid, raw=False),
        Entry(_NON_UTF8, "name", "accept", jpeg_valid, raw=False),
        # Not regular files.
        Entry("link-outside.jpg", "special", "refuse", _symlink_outside, ("link", "outside"), raw=False),
        Entry("link-to-device.jpg", "special", "refuse", _symlink_to_device, ("link", "outside"), raw=False),
        Entry("link-dangling.jpg", "special", "refuse", _symlink_dangling, ("no longer exists",), raw=False),
        Entry("link-loop.jpg", "special", "refuse", _symlink_loop, ("could not be read",), raw=False),
        Entry("pipe.jpg", "special", "refuse", _fifo, ("not a regular file",), raw=False),
        Entry("unreadable.jpg", "special", "refuse-unless-root", _unreadable, ("not allowed to read",), raw=False),
        # Larger than the service accepts.
        Entry("oversize.pdf", "oversize", "refuse", _oversize(max_upload_size), ("larger than",), raw=False),
    ]


def write(folder: Path, *, max_upload_size: int = DEFAULT_MAX_UPLOAD) -> list[Written]:
    """Write the whole corpus into ``folder`` (created); returns what went where."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for entry in entries(max_upload_size):
        path = folder / entry.name
        entry.make(path)
        written.append(Written(entry, path))
    return written


def content(entry: Entry) -> bytes:
    """The bytes of a ``raw`` entry, made in memory."""
    if not entry.raw:
        raise ValueError(f"{entry.name!r} is not about its bytes")
    captured: list[bytes] = []

    class _Sink:
        def write_bytes(self, data: bytes) -> None:
            captured.append(data)

    entry.make(_Sink())  # type: ignore[arg-type]
    return captured[0]


def service_code(entry: Entry) -> str:
    """The error code the service answers when this entry's bytes arrive without the client's checks."""
    words = set(entry.words)
    if "empty" in words:
        return "empty_file"
    if "not a supported photo or pdf" in words:
        return "unsupported_type"
    if "too large" in words:
        return "image_too_large"
    if "active content" in words:
        return "pdf_active_content"
    if "password" in words:
        return "pdf_encrypted"
    if "after its end" in words:
        return "pdf_trailing_data"
    return "damaged_file"


def assert_reason(reason: str | None, words: tuple[str, ...] = ()) -> None:
    """One sentence for people: one line, no traceback, and it names the problem."""
    assert reason, "no reason given"
    assert "\n" not in reason and "\r" not in reason, f"more than one line: {reason!r}"
    assert "Traceback" not in reason and "Error:" not in reason and "errno" not in reason.lower(), reason
    assert reason[0].isupper() and reason.rstrip().endswith("."), f"not a sentence: {reason!r}"
    missing = [word for word in words if word.lower() not in reason.lower()]
    assert not missing, f"{reason!r} does not mention {missing}"


def refused_when_run_by(entry: Entry, path: Path) -> bool:
    """Whether ``entry`` must be refused here (``chmod 000`` does not stop root from reading)."""
    if entry.expect == "refuse-unless-root":
        return not os.access(path, os.R_OK, follow_symlinks=False)
    return entry.expect == "refuse"


def refused(written: list[Written]) -> list[Written]:
    """The samples that must be refused where the tests run."""
    return [sample for sample in written if refused_when_run_by(sample.entry, sample.path)]


def summary(written: list[Written]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for sample in written:
        counts[sample.entry.category] = counts.get(sample.entry.category, 0) + 1
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.support.hostile_corpus",
                                     description="Write the hostile-file corpus into DIR.")
    parser.add_argument("dir", type=Path)
    parser.add_argument("--max-upload-mb", type=float, default=DEFAULT_MAX_UPLOAD / MiB,
                        help="the service's --max-upload-mb; oversize.pdf is one byte more (sparse)")
    args = parser.parse_args(argv)
    if args.dir.exists() and any(args.dir.iterdir()):
        print(f"{args.dir} is not empty; give a new folder.", file=sys.stderr)
        return 1
    written = write(args.dir, max_upload_size=int(args.max_upload_mb * MiB))
    for sample in written:
        kind = "pipe" if stat.S_ISFIFO(sample.path.lstat().st_mode) else sample.entry.expect
        print(f"{sample.entry.category:16} {kind:18} {sample.path.name!r}")
    print(f"{len(written)} files in {args.dir}: " + ", ".join(f"{k} {v}" for k, v in summary(written).items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

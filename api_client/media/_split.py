"""One ticket per page: a multi-page PDF or TIFF split into one file per page, losslessly.

* PDF: each page is copied with pypdf into a PDF of its own; its content
  streams, fonts and images are the source's objects, written as they are
  (nothing is decoded or re-compressed). The source is checked first
  (:func:`._pdf.check_pdf`): a PDF refused whole is not laundered by a split.
* TIFF: each frame is saved as it is, with the frame's own compression when
  that is lossless (none, LZW, Deflate, PackBits, CCITT G3/G4); a JPEG-compressed
  frame is saved with Deflate, so its pixels stay exactly what the source decodes to.

Any other type, or a document of one page, gives back the source itself.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from ._decode import DEFAULT_MAX_PIXELS, decoding, open_image
from ._io import open_source
from ._pdf import check_pdf
from ._sniff import sniff
from ._types import PDF_DAMAGED, MediaError, MediaType

#: TIFF compressions Pillow writes back without changing a pixel.
_LOSSLESS_TIFF = frozenset({"raw", "tiff_lzw", "tiff_adobe_deflate", "tiff_deflate", "packbits",
                            "group3", "group4", "tiff_ccitt"})


def page_count(src: Path) -> int:
    """Pages (PDF) or frames (TIFF) of ``src``; 1 for any other type."""
    media_type = sniff(src)
    if media_type is MediaType.PDF:
        from pypdf import PdfReader

        try:
            with Path(src).open("rb") as file:
                return len(PdfReader(file, strict=False).pages)
        except Exception as exc:
            raise MediaError(PDF_DAMAGED) from exc
    if media_type is MediaType.TIFF:
        with open_image(src, media_type, DEFAULT_MAX_PIXELS) as image:
            return getattr(image, "n_frames", 1)
    return 1


def split_pages(src: str | Path, out_dir: str | Path, *, max_pixels: int = DEFAULT_MAX_PIXELS) -> list[Path]:
    """Write one file per page of ``src`` into ``out_dir`` (made if missing); the paths, in page order.

    Named ``<stem> p<N>.<ext>`` (so the tickets show which page they were). A
    single-page document or another type of file: ``[src]``, nothing written.
    Raises :class:`MediaError` for a file the queue would refuse, with its sentence;
    on any failure no page file is left behind.
    """
    src = Path(src)
    media_type = sniff(src)
    if media_type not in (MediaType.PDF, MediaType.TIFF):
        return [src]
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    try:
        if media_type is MediaType.PDF:
            _split_pdf(src, out, written)
        else:
            _split_tiff(src, out, written, max_pixels)
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    if len(written) == 1:
        written[0].unlink(missing_ok=True)
        return [src]
    return written


def _name(src: Path, page: int, pages: int, extension: str) -> str:
    digits = max(2, len(str(pages)))
    return f"{src.stem} p{page:0{digits}d}.{extension}"


def _split_pdf(src: Path, out: Path, written: list[Path]) -> None:
    check_pdf(src)
    from pypdf import PdfReader, PdfWriter

    try:
        with open_source(src) as file:
            reader = PdfReader(file, strict=False)
            pages = len(reader.pages)
            for number, page in enumerate(reader.pages, start=1):
                writer = PdfWriter()
                writer.add_page(page)
                target = out / _name(src, number, pages, "pdf")
                with target.open("xb") as handle:
                    written.append(target)
                    writer.write(handle)
    except (MediaError, OSError):
        raise
    except Exception as exc:  # whatever a damaged file makes the parser raise
        raise MediaError(PDF_DAMAGED) from exc


def _split_tiff(src: Path, out: Path, written: list[Path], max_pixels: int) -> None:
    with open_image(src, MediaType.TIFF, max_pixels) as image, decoding():
        pages = getattr(image, "n_frames", 1)
        for number in range(pages):
            image.seek(number)
            image.load()
            compression = image.info.get("compression", "raw")
            if compression not in _LOSSLESS_TIFF:
                compression = "tiff_adobe_deflate"
            if compression in ("group3", "group4", "tiff_ccitt") and image.mode != "1":
                compression = "tiff_adobe_deflate"
            target = out / _name(src, number + 1, pages, "tiff")
            with target.open("xb") as handle:
                written.append(target)
                dpi = image.info.get("dpi")
                image.save(handle, format="TIFF", compression=compression, **({"dpi": dpi} if dpi else {}))


def pages_key(sha256: str) -> str:
    """A folder name for the pages of the file with this content (short, no path in it)."""
    return hashlib.sha256(sha256.encode()).hexdigest()[:16]

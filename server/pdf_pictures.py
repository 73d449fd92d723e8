"""PDF pages drawn as pictures: the review view's page and an upload's preview.

Drawn with PDFium, Chrome's PDF engine (through pypdfium2, whose wheels carry it),
only for PDFs the service has already accepted (``media.check_pdf``: no
JavaScript, actions, embedded files or forms that send; not encrypted). Nothing
is run: PDFium draws without a form environment, so no script could start, and
``may_draw_forms=False`` leaves form fields as the page shows them.

PDFium is not thread-safe, not even across documents, so every call into it in
this process holds one lock. A page is drawn in memory at most ``longest`` pixels
on its longest side and nothing is written to disk: a picture of Customer Data
that is never stored has nothing to delete.
"""

from __future__ import annotations

import io
import threading
from pathlib import Path

from PIL import Image

#: The review view's page: legible when zoomed to a ticket's small print (a US
#: Letter page is then 1,545 × 2,000 pixels, about 190 dpi).
PAGE_LONGEST = 2000

_lock = threading.Lock()


class NoSuchPage(LookupError):
    """The PDF has fewer pages than asked."""


def draw(path: Path, index: int = 0, *, longest: int = PAGE_LONGEST) -> Image.Image:
    """Page ``index`` (from 0) of the PDF at ``path`` as an RGB picture at most ``longest``
    pixels on its longest side. ``NoSuchPage`` past the last page; ``ValueError`` when PDFium
    cannot read the file."""
    import pypdfium2 as pdfium

    with _lock:
        try:
            document = pdfium.PdfDocument(str(path))
        except pdfium.PdfiumError as exc:
            raise ValueError(f"the PDF could not be read ({exc})") from exc
        try:
            if not 0 <= index < len(document):
                raise NoSuchPage(index)
            page = document[index]
            try:
                width, height = page.get_size()  # points, after the page's own rotation
                scale = longest / max(width, height, 1.0)
                bitmap = page.render(scale=scale, may_draw_forms=False)
                try:
                    picture = bitmap.to_pil().convert("RGB")  # a copy: the bitmap's buffer is freed below
                finally:
                    bitmap.close()
            finally:
                page.close()
        except pdfium.PdfiumError as exc:
            raise ValueError(f"the PDF page could not be drawn ({exc})") from exc
        finally:
            document.close()
    return picture


def page_jpeg(path: Path, index: int = 0, *, longest: int = PAGE_LONGEST) -> bytes:
    """:func:`draw` as JPEG bytes (quality 85: a text page is 150–400 KB)."""
    out = io.BytesIO()
    draw(path, index, longest=longest).save(out, format="JPEG", quality=85)
    return out.getvalue()

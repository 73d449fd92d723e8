"""PDF pages drawn by the service (server/pdf_pictures.py, PDFium): the review view's page
picture (GET .../files/{id}/picture) and the preview, against a real service and real PDFs."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from api_client import APIStatusError, NotFoundError
from server import pdf_pictures
from tests.support.hostile_corpus import pdf_bytes
from tests.support.service import start_service
from tests.support.uploads import signed_in, store_tickets

# A 200 × 100 pt page with one black box, x 20–80 pt, y 20–60 pt from the bottom (PDF
# space): drawn 2,000 px wide, the box is x 200–800 px, y 400–800 px from the top.
_BOX = b"0 0 0 rg 20 20 60 40 re f"
BOXED_PAGE = pdf_bytes(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(_BOX), _BOX),
                       page_extra=b"/Contents 4 0 R")


def _dark(picture: Image.Image, x: float, y: float) -> bool:
    """Whether the picture is dark at (x, y), given as fractions of its size."""
    r, g, b = picture.getpixel((int(x * picture.width), int(y * picture.height)))
    return r + g + b < 150


def _boxed(picture: Image.Image) -> bool:
    return _dark(picture, 0.25, 0.6) and not _dark(picture, 0.75, 0.2) and not _dark(picture, 0.25, 0.2)


@pytest.fixture(scope="module")
def pdf_service(tmp_path_factory):
    handle = start_service(tmp_path_factory.mktemp("pdf-pictures") / "data")
    jpeg = io.BytesIO()
    Image.new("RGB", (60, 40), "white").save(jpeg, format="JPEG")
    handle.stored = store_tickets(handle, "alice@demo.example", [
        (BOXED_PAGE, "application/pdf", "boxed.pdf", "PDF-1", None),
        (jpeg.getvalue(), "image/jpeg", "photo.jpg", "JPG-1", None),
    ])
    yield handle
    handle.stop()


def test_a_page_is_drawn_at_2000_px_on_its_longest_side(tmp_path):
    path = tmp_path / "boxed.pdf"
    path.write_bytes(BOXED_PAGE)
    picture = pdf_pictures.draw(path)
    assert picture.size == (2000, 1000) and picture.mode == "RGB"
    assert _boxed(picture)
    with pytest.raises(pdf_pictures.NoSuchPage):
        pdf_pictures.draw(path, 1)
    path.write_bytes(b"%PDF-1.7\nnot a PDF at all\n%%EOF\n")
    with pytest.raises(ValueError):
        pdf_pictures.draw(path)


def test_the_service_draws_a_pdf_page_for_the_review_view(pdf_service):
    (pdf_ticket, pdf_file), (jpeg_ticket, jpeg_file) = pdf_service.stored
    with signed_in(pdf_service.url, "alice@demo.example") as alice:
        picture = Image.open(io.BytesIO(alice.tickets.page_picture(pdf_ticket, pdf_file)))
        assert picture.format == "JPEG" and picture.size == (2000, 1000) and _boxed(picture.convert("RGB"))
        with pytest.raises(NotFoundError):
            alice.tickets.page_picture(pdf_ticket, pdf_file, page=2)
        with pytest.raises(APIStatusError) as refused:
            alice.tickets.page_picture(jpeg_ticket, jpeg_file)
        assert refused.value.status == 415 and refused.value.code == "not_a_pdf"
        # The preview is the page drawn small, not the placeholder any more.
        preview = Image.open(io.BytesIO(alice.tickets.thumbnail(pdf_ticket, pdf_file))).convert("RGB")
        assert max(preview.size) == 256 and _boxed(preview)
    # Another organisation's Account Owner learns nothing of it.
    with signed_in(pdf_service.url, "owner@other.example") as other, pytest.raises(NotFoundError):
        other.tickets.page_picture(pdf_ticket, pdf_file)

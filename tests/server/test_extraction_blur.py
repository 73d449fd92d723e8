"""Out-of-focus photos: ``read.blur`` measures how soft a page's print is, on
pictures drawn the way the benchmark draws them (every kind of document, a
phone photo JPEG-compressed), and a page above ``SHARPEN_FROM`` goes to both
Tesseract passes through an unsharp mask while a sharp one goes as it is."""

from __future__ import annotations

import io
import random

import pytest
from PIL import Image, ImageChops, ImageFilter

from server.extraction import parse, read, samples
from server.extraction.engine import make_engine
from server.extraction.read import SHARPEN_FROM, blur, read_file, sharpen
from tests.server.test_extraction import store_receipt


def photo(page: Image.Image, seed: int, focus: float, quality: int) -> Image.Image:
    """A phone photo of ``page`` as the service gets it: on a desk, turned, out of focus by ``focus``
    px, through JPEG, back to grey. The same ``seed`` gives the same framing and light."""
    picture = samples.photographed(page, random.Random(seed), blur=focus, max_angle=4, tilt=0.05)
    return Image.open(io.BytesIO(samples.jpeg(picture, quality))).convert("L")


@pytest.mark.parametrize("kind", samples.KINDS)
def test_a_blurred_photo_measures_softer_than_the_same_photo_in_focus(kind):
    page = samples.make(kind, random.Random(kind)).render()[0]
    sharp = photo(page, 7, 0.3, 80)
    soft = photo(page, 7, 1.5, 45)
    # The same picture Gaussian-blurred afterwards, with nothing else changed.
    blurred = sharp.filter(ImageFilter.GaussianBlur(1.5))
    scan = samples.scanned(page, random.Random(3)).convert("L")
    assert blur(scan) < SHARPEN_FROM
    assert blur(sharp) < SHARPEN_FROM < blur(soft)
    assert blur(sharp) < SHARPEN_FROM < blur(blurred)
    assert blur(blurred) > blur(sharp) + 0.5


def test_blur_grows_with_the_focus_blur_and_is_about_it_in_pixels():
    page = samples.make("scale_ticket", random.Random(11)).render()[0]
    measured = [blur(photo(page, 2, focus, 60)) for focus in (0.0, 0.6, 1.2, 1.8)]
    assert measured == sorted(measured) and len(set(measured)) == 4
    assert measured[0] < 0.8  # a sharp photo: its print is antialiased and resampled, not a perfect step
    assert 0.9 < measured[2] < 1.5 and 1.4 < measured[3] < 2.2


def test_a_blank_page_has_no_blur_and_is_not_sharpened():
    white = Image.new("L", (400, 300), 235)
    assert blur(white) == 0.0
    assert sharpen(white) is None


def test_only_a_page_above_the_threshold_is_sharpened():
    page = store_receipt("21.21").render()[0]
    sharp, soft = photo(page, 4, 0.3, 80), photo(page, 4, 1.6, 45)
    assert sharpen(sharp) is None
    sharpened = sharpen(soft)
    assert sharpened is not None and sharpened.size == soft.size
    assert blur(sharpened) < blur(soft)  # its edges are steeper again
    # The decision is the threshold's: the same sharp page is sharpened when the threshold is below it.
    original = read.SHARPEN_FROM
    try:
        read.SHARPEN_FROM = blur(sharp) - 0.01
        assert sharpen(sharp) is not None
    finally:
        read.SHARPEN_FROM = original


class RecordingEngine:
    """The real engine, keeping the pictures each pass is given; ``reading=False``: keeps them only
    (what a pass is given does not depend on what the engine reads)."""

    def __init__(self, reading: bool = True) -> None:
        self._engine = make_engine("tesseract")
        self._reading = reading
        self.name = self._engine.name
        self.sparse_pass = self._engine.sparse_pass
        self.given: list[tuple[bool, Image.Image]] = []

    def read(self, image, *, sparse: bool = False):
        self.given.append((sparse, image.copy()))
        return self._engine.read(image, sparse=sparse) if self._reading else []


def test_a_blurred_photo_is_sharpened_for_both_passes_and_read(tmp_path):
    # Out of focus by 1.8 px and JPEG at 40: Tesseract 5.3 misreads one of its values when it is not
    # sharpened (checked when this test was written; not asserted, it is the engine's business).
    document = store_receipt("48.67")
    picture = samples.photographed(document.render()[0], random.Random(2), blur=1.8, max_angle=3, tilt=0.05)
    path = tmp_path / "soft.jpg"
    path.write_bytes(samples.jpeg(picture, 40))
    engine = RecordingEngine()
    found = parse.parse([r.page for r in read_file(path, "image/jpeg", engine)])
    as_stored = Image.open(path).convert("L")
    assert [sparse for sparse, _ in engine.given] == [False, True]
    (_, layout), (_, sparse) = engine.given
    assert ImageChops.difference(layout, sparse).getbbox() is None  # both passes read the same picture
    assert ImageChops.difference(layout, as_stored).getbbox() is not None  # and it is not the file's
    assert blur(layout) < blur(as_stored)
    assert {k: found[k].value if k in found else None for k in document.truth} == document.truth


def test_a_sharp_photo_reaches_the_engine_as_it_is(tmp_path):
    document = store_receipt("21.21")
    picture = samples.photographed(document.render()[0], random.Random(4), blur=0.4, max_angle=3, tilt=0.04)
    path = tmp_path / "sharp.jpg"
    path.write_bytes(samples.jpeg(picture, 80))
    engine = RecordingEngine(reading=False)
    read_file(path, "image/jpeg", engine)
    as_stored = Image.open(path).convert("L")
    assert [sparse for sparse, _ in engine.given] == [False, True]
    assert all(ImageChops.difference(image, as_stored).getbbox() is None for _, image in engine.given)

"""Phone photos of tickets with the real Tesseract: the values printed in a
column of their own, right of their labels (totals, receipt numbers, weights),
are read, which Tesseract's layout pass alone drops on a photographed sheet.
A scan is read once, a photo twice (the sparse pass), told apart by the edges."""

from __future__ import annotations

import random

from server.extraction import parse, samples
from server.extraction.engine import make_engine
from server.extraction.read import photographed, read_file
from tests.server.test_extraction import store_receipt


class CountingEngine:
    """The real engine, counting its passes."""

    def __init__(self) -> None:
        self._engine = make_engine("tesseract")
        self.name = self._engine.name
        self.sparse_pass = self._engine.sparse_pass
        self.passes: list[bool] = []

    def read(self, image, *, sparse: bool = False):
        self.passes.append(sparse)
        return self._engine.read(image, sparse=sparse)


def photo_of(document, seed: int, tmp_path):
    page = document.render()[0]
    picture = samples.photographed(page, random.Random(seed), blur=0.6, max_angle=3, tilt=0.04)
    path = tmp_path / f"photo-{seed}.jpg"
    path.write_bytes(samples.jpeg(picture, 80))
    return path


def test_right_hand_column_of_a_photo_is_read(tmp_path):
    engine = CountingEngine()
    document = store_receipt("21.21")
    path = photo_of(document, 3, tmp_path)
    found = parse.parse([r.page for r in read_file(path, "image/jpeg", engine)])
    assert engine.passes == [False, True]
    # The layout pass alone reads the labels of this photo but none of the amounts beside them.
    wanted = {k: document.truth[k] for k in ("ticket_number", "date", "total", "currency")}
    assert {k: found[k].value if k in found else None for k in wanted} == wanted


def test_a_scan_is_read_once(tmp_path):
    engine = CountingEngine()
    document = store_receipt("21.21")
    path = tmp_path / "scan.png"
    path.write_bytes(samples.png(samples.scanned(document.render()[0], random.Random(1))))
    found = parse.parse([r.page for r in read_file(path, "image/png", engine)])
    assert engine.passes == [False]
    assert found["total"].value == "21.21"


def test_photos_are_told_from_scans_by_their_edges():
    page = store_receipt("21.21").render()[0]
    rng = random.Random(5)
    assert not photographed(page.convert("L"))
    assert not photographed(samples.scanned(page, rng, max_angle=1.0).convert("L"))
    assert not photographed(page.rotate(4, expand=True, fillcolor=255).convert("L"))
    assert photographed(samples.photographed(page, rng, blur=0.5).convert("L"))

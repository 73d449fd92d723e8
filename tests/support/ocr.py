"""The real OCR engine for tests, remembering what it read per picture: the demo
seed's pages are read once per test process, however many services a test run
seeds (their pictures are the same). Anything else is read for real each time.

Tesseract runs at the test's own priority here, not at the service's ``nice`` 10: the test
waits for the page, and niced it was starved by the suite's other process (and anything else
on the machine) for many times its own CPU time. What it reads is the same."""

from __future__ import annotations

import hashlib
import threading

from PIL import Image

from server.extraction.engine import OcrEngine, TesseractEngine, Word

_lock = threading.Lock()
_seen: dict[str, list[Word]] = {}
_engine: OcrEngine | None = None


class RememberingEngine:
    name = "tesseract"
    sparse_pass = True

    def read(self, image: Image.Image, *, sparse: bool = False) -> list[Word]:
        global _engine
        key = hashlib.sha256(repr((sparse, image.mode, image.size)).encode() + image.tobytes()).hexdigest()
        with _lock:
            if key in _seen:
                return _seen[key]
            if _engine is None:
                _engine = TesseractEngine(nice=0)
        words = _engine.read(image, sparse=sparse)
        with _lock:
            _seen[key] = words
        return words

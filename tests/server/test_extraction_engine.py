"""The Tesseract engine itself, reading for real (tesserocr, the installed models): a known
picture with each model, each worker thread with Tesseract objects of its own, the priority
of a worker thread, the timeout of a pass and the sentence when the model is missing."""

from __future__ import annotations

import os
import sys
import threading

import pytest

from server.extraction import engine as engines
from server.extraction.engine import EngineUnavailableError, TesseractEngine
from tests.server.test_extraction import us_delivery_ticket
from tests.server.test_extraction_german import wiegeschein

german_model = pytest.mark.skipif("deu" not in engines.installed_languages(),
                                  reason="the German model is not installed (./dev setup installs tesseract-ocr-deu)")


@german_model
def test_a_known_picture_is_read_with_each_model():
    page = wiegeschein().render()[0]
    read = {model: TesseractEngine(nice=0, languages=model).read(page) for model in ("eng", "deu")}
    for model, words in read.items():
        text = " ".join(w.text for w in words)
        assert "Kieswerk" in text and "Brutto" in text and "26.340" in text, (model, text)
        for w in words:
            left, top, right, bottom = w.box
            assert 0 <= left < right <= page.width and 0 <= top < bottom <= page.height, (model, w)
            assert 0 < w.confidence <= 1 and w.line[0] == "page", (model, w)
        # The label and its value are on one printed line: the same line key, as the parser needs.
        line = {w.text: w.line for w in words}
        assert line["Brutto"] == line["41.360"], model
    german = " ".join(w.text for w in read["deu"])
    assert "Müller" in german and "Straßenbau" in german
    assert "Straßenbau" not in " ".join(w.text for w in read["eng"])  # English has no ß


def test_each_thread_reads_with_tesseract_of_its_own():
    engine = TesseractEngine(nice=0)
    pages = [us_delivery_ticket().render()[0], wiegeschein().render()[0]]
    alone = [[(w.text, w.box) for w in engine.read(p)] for p in pages]
    both_started = threading.Barrier(2, timeout=60)
    seen: dict[int, dict] = {}

    def work(number: int) -> None:
        both_started.wait()  # both threads alive at once: their objects cannot be one freed and made again
        words = [[(w.text, w.box) for w in engine.read(p)] for p in pages]
        first = dict(engine._thread.apis)
        again = [(w.text, w.box) for w in engine.read(pages[0])]
        seen[number] = {"words": words, "again": again, "apis": first, "kept": dict(engine._thread.apis)}
        both_started.wait()

    threads = [threading.Thread(target=work, args=(n,)) for n in (0, 1)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert set(seen) == {0, 1}
    for record in seen.values():
        assert record["words"] == alone and record["again"] == alone[0]  # as one thread reads them
        assert "eng" in record["apis"]
        assert record["kept"] == record["apis"]  # loaded once, reused for the next page
    ours = {id(api) for api in seen[0]["apis"].values()}
    theirs = {id(api) for api in seen[1]["apis"].values()}
    assert ours and theirs and not ours & theirs
    # The test's own thread, which read the pages first, has its own too.
    assert {id(api) for api in engine._thread.apis.values()}.isdisjoint(ours | theirs)


@pytest.mark.skipif(sys.platform != "linux", reason="threads are niced one by one on Linux only")
def test_a_worker_thread_reads_at_the_lower_priority_and_the_main_thread_keeps_its_own():
    engine = TesseractEngine(nice=10, languages="eng")
    page = us_delivery_ticket().render()[0]
    main_before = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    found = {}

    def work() -> None:
        found["before"] = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
        found["words"] = len(engine.read(page))
        found["after"] = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())

    worker = threading.Thread(target=work)
    worker.start()
    worker.join(120)
    assert found["words"] > 10
    assert found["after"] == max(found["before"], 10) and found["after"] >= 10
    engine.read(page)  # on the main thread: not niced (threads started later would inherit it)
    assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) == main_before


def test_a_pass_that_takes_longer_than_the_timeout_stops_with_a_sentence():
    page = us_delivery_ticket().render()[0]
    engine = TesseractEngine(nice=0, languages="eng", timeout=0.001)
    with pytest.raises(TimeoutError, match=r"Tesseract took more than 0\.001 s to read a page"):
        engine.read(page)
    # The thread's Tesseract is left ready: the next page (with time enough) is read.
    engine._timeout_ms = 60_000
    assert "DELIVERY" in " ".join(w.text for w in engine.read(page)).upper()


def test_a_data_folder_without_the_english_model_is_named_in_the_sentence(tmp_path, monkeypatch):
    monkeypatch.setenv("TESSDATA_PREFIX", str(tmp_path))
    engines.installed_languages.cache_clear()
    try:
        with pytest.raises(EngineUnavailableError) as caught:
            TesseractEngine()
    finally:
        engines.installed_languages.cache_clear()
    message = str(caught.value)
    assert f"TESSDATA_PREFIX is {tmp_path}" in message and "eng.traineddata" in message
    assert "apt-get install tesseract-ocr tesseract-ocr-eng" in message and "\n" not in message

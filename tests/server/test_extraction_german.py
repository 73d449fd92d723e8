"""German tickets and receipts read for real: a weighbridge ticket (Wiegeschein)
and a fuel receipt (Tankquittung) drawn with samples.Document, uploaded through
tus to a real service and read by the real Tesseract, each with the German
model; and the engine's choice of model per page, with its fallback to English
alone when the German model is not installed."""

from __future__ import annotations

import random
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from server.extraction import engine as engines
from server.extraction import samples
from server.extraction.engine import TesseractEngine
from server.extraction.samples import Document, Row
from tests.server.test_extraction import (
    FONT,
    WRITTEN,
    client,
    de_date,
    detail,
    upload,
    us_delivery_ticket,
    values,
)
from tests.support.service import start_service

pytestmark = pytest.mark.skipif("deu" not in engines.installed_languages(),
                                reason="the German model is not installed (./dev setup installs tesseract-ocr-deu)")


def wiegeschein() -> Document:
    """Labels in a column of their own, a two-digit year, weights in kg with a thousands dot, umlauts."""
    written = f"{WRITTEN.day}.{WRITTEN.month}.{WRITTEN.year % 100:02d}"
    rows = [Row([(0.07, "Kieswerk Müller GmbH")], size=1.35), Row([(0.07, "Industriestraße 7, 72581 Dettingen")],
                                                                  size=0.8),
            Row([(0.07, "Wiegeschein")], size=1.2, gap=0.6),
            Row([(0.07, "Wiegeschein-Nr."), (0.40, "2026-0815")]), Row([(0.07, "Datum"), (0.40, f"{written}  07:42")]),
            Row([(0.07, "Kunde"), (0.40, "Straßenbau Kern GmbH")]), Row([(0.07, "Kennzeichen"), (0.40, "RT-KS 880")]),
            Row([(0.07, "Sorte"), (0.40, "Schotter 0/45")]), Row([(0.07, "—")], gap=0.3),
            Row([(0.07, "Brutto"), (-0.6, "41.360 kg")], size=1.1), Row([(0.07, "Tara"), (-0.6, "15.020 kg")], size=1.1),
            Row([(0.07, "Netto"), (-0.6, "26.340 kg")], size=1.1),
            Row([(0.07, "Unterschrift Fahrer: ________")], size=0.8, gap=1)]
    truth = {"ticket_number": "2026-0815", "date": WRITTEN.isoformat(), "vendor": "Kieswerk Müller GmbH",
             "customer": "Straßenbau Kern GmbH", "vehicle": "RT-KS 880", "material": "Schotter 0/45",
             "gross_weight": "41360", "tare_weight": "15020", "net_weight": "26340", "weight_unit": "kg"}
    return Document("scale_ticket", truth, [rows], font=FONT, base_size=26, european=True)


def tankquittung() -> Document:
    """A fuel receipt whose MwSt lines (Netto, MwSt, Brutto) follow its Summe, as German tills print them."""
    w = 0.06
    rows = [Row([(w, "ARAL Tankstelle")], size=1.3), Row([(w, "Hauptstraße 12")], size=0.9),
            Row([(w, "30159 Hannover")], size=0.9), Row([(w, "Tankquittung")], gap=0.5),
            Row([(w, "Beleg-Nr."), (0.55, "4711")]), Row([(w, f"Datum: {de_date(WRITTEN)}  14:05")]),
            Row([(w, "Säule 3")]), Row([(w, "Super E10")], gap=0.5), Row([(w, "45,23 l x 1,759 EUR/l")]),
            Row([(w, "Super E10"), (-0.94, "79,56 €")]), Row([(w, "—")]),
            Row([(w, "Summe EUR"), (-0.94, "79,56")], size=1.2), Row([(w, "Kartenzahlung"), (-0.94, "79,56")], gap=0.4),
            Row([(w, "Netto"), (-0.94, "66,86")]), Row([(w, "MwSt 19%"), (-0.94, "12,70")]),
            Row([(w, "Brutto"), (-0.94, "79,56")]), Row([(w, "Vielen Dank für Ihren Einkauf!")], gap=0.6)]
    truth = {"ticket_number": "4711", "date": WRITTEN.isoformat(), "vendor": "ARAL Tankstelle", "material": "Super E10",
             "quantity": "45.23", "quantity_unit": "l", "total": "79.56", "currency": "EUR"}
    return Document("fuel_receipt", truth, [rows], width=600, font=FONT, base_size=22, european=True)


def scan(doc: Document, seed: int) -> bytes:
    return samples.png(samples.scanned(doc.render()[0], random.Random(seed)))


def test_a_wiegeschein_and_a_tankquittung_are_read_with_their_umlauts(tmp_path):
    service = start_service(tmp_path / "service")
    try:
        alice = client(service, "alice@demo.example")
        docs = {"wiegeschein": wiegeschein(), "tankquittung": tankquittung()}
        ids = {name: upload(alice, [(scan(doc, seed), "image/png", f"{name}.png")])
               for seed, (name, doc) in enumerate(docs.items())}
        assert service.read_tickets() == 2
        bodies = {name: detail(alice, ticket) for name, ticket in ids.items()}
    finally:
        service.stop()
    for name, doc in docs.items():
        body = bodies[name]
        # Exactly these fields: the receipt's Netto and Brutto are its MwSt lines, no weights.
        assert values(body) == doc.truth, name
        assert {f["source"] for f in body["fields"]} == {"ocr"}
        # Every check passes (gross − tare = net; the receipt's total is its line, its MwSt lines left out).
        # Whether a value is sure enough is Tesseract's: its German model gives the receipt number 4711,
        # read right, a confidence of 0.34 on this picture (its English model 0.96).
        checks = {i["code"] for i in body["review"]["issues"]} - {"low_confidence"}
        assert checks == set(), body["review"]


# -- the model of each page ---------------------------------------------------------------------


def words(engine: TesseractEngine, doc: Document) -> list[str]:
    return [w.text for w in engine.read(doc.render()[0])]


def test_each_page_is_read_with_the_model_of_its_language():
    per_page = TesseractEngine(nice=0)
    assert per_page.languages == ("eng", "deu")
    german, english = wiegeschein(), us_delivery_ticket()
    alone = {(doc.kind, model): words(TesseractEngine(nice=0, languages=model), doc)
             for doc, model in ((german, "deu"), (german, "eng"), (english, "eng"))}
    # A German page, then a US one (first tried with German, the previous page's model): each as its
    # own model reads it alone.
    assert words(per_page, german) == alone["scale_ticket", "deu"]
    assert words(per_page, english) == alone["delivery_ticket", "eng"]
    read = " ".join(alone["scale_ticket", "deu"])
    assert "Müller" in read and "Straßenbau" in read and "Industriestraße" in read
    # English alone has no ß: what the German model is installed for.
    assert "Straßenbau" not in " ".join(alone["scale_ticket", "eng"])


def test_without_the_german_model_pages_are_read_in_english_alone(tmp_path, monkeypatch):
    listing = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True, check=True).stdout
    tessdata = Path(re.search(r'"(.+?)/?"', listing).group(1))
    only_english = tmp_path / "tessdata"
    only_english.mkdir()
    shutil.copy(tessdata / "eng.traineddata", only_english)
    monkeypatch.setenv("TESSDATA_PREFIX", str(only_english))
    engines.installed_languages.cache_clear()
    try:
        assert engines.installed_languages() == {"eng"}
        engine = TesseractEngine(nice=0)
        assert engine.languages == ("eng",)
        read = " ".join(words(engine, wiegeschein()))  # a German page: no error, read as English reads it
        assert "Kieswerk" in read and "Brutto" in read
    finally:
        engines.installed_languages.cache_clear()
    monkeypatch.undo()
    assert "deu" in engines.installed_languages()

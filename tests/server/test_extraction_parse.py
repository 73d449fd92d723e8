"""The parser on documents it was not written against: receipts and tickets as
German and US businesses print them, in layouts the drawn corpus
(server/extraction/samples.py) never uses, given as words with positions the
way a PDF's text layer or OCR gives them. And the normalisation of dates,
amounts and weights in both conventions."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from server.extraction import normalise, parse
from server.extraction.engine import Word

CHAR = 10  # pixels per character of these monospaced "prints"
LINE = 24


def page(text: str, confidence: float = 0.96) -> parse.Page:
    """Words of ``text`` at the columns where they stand (one line per row)."""
    words = []
    lines = text.strip("\n").splitlines()
    for number, line in enumerate(lines):
        column = 0
        for part in line.split(" "):
            if part:
                left = column * CHAR
                words.append(Word(part, confidence, (left, number * LINE, left + len(part) * CHAR,
                                                     number * LINE + 16), (1, 1, number)))
            column += len(part) + 1
    width = max(len(line) for line in lines) * CHAR + 20
    return parse.Page(words, width, len(lines) * LINE + 20)


def read(text: str) -> dict[str, str]:
    return {name: value.value for name, value in parse.parse([page(text)]).items()}


def test_a_german_supermarket_receipt():
    found = read("""
REWE Markt GmbH
Hauptstraße 5
50667 Köln
UID Nr.: DE812706034

                              EUR
BANANEN                      1,29 B
VOLLMILCH 3,5%               1,19 B
BROT KRUSTENLAIB             2,49 B
--------------------------------------
SUMME                EUR     4,97
Geg. EC-Cash         EUR     4,97

Steuer  %   Netto   Steuer   Brutto
B=  7,0%    4,64     0,33     4,97

Datum: 14.03.2026      Uhrzeit: 18:22:07
Bon-Nr.: 4711    Markt: 1234
""")
    assert found["vendor"] == "REWE Markt GmbH"
    assert found["total"] == "4.97" and found["currency"] == "EUR"
    assert found["date"] == "2026-03-14"
    assert found["ticket_number"] == "4711"


def test_a_german_weighbridge_ticket_with_tonnes_and_a_comma():
    found = read("""
Schotterwerk Alb GmbH & Co. KG
Wägeschein

Lieferschein-Nr.   2026-118733
Datum              03.02.2026
Kunde              Straßenbau Kern GmbH
Kennzeichen        RT-KS 880
Sorte              Schotter 0/45

Erstwägung   Brutto   41,36 t
Zweitwägung  Tara     15,02 t
Netto                 26,34 t
""")
    assert found["ticket_number"] == "2026-118733" and found["date"] == "2026-02-03"
    assert found["customer"] == "Straßenbau Kern GmbH" and found["vehicle"] == "RT-KS 880"
    assert found["material"] == "Schotter 0/45"
    assert (found["gross_weight"], found["tare_weight"], found["net_weight"], found["weight_unit"]) == \
        ("41.36", "15.02", "26.34", "t")


def test_a_german_fuel_receipt_s_mwst_lines_are_amounts_not_weights():
    receipt = """
ARAL Tankstelle
Hauptstraße 12
30159 Hannover
Tankquittung
Beleg-Nr.: 8812
Datum: 3.12.26     Uhrzeit: 14:05
Säule 3   Super E10
45,23 l x 1,759 EUR/l
Super E10                 79,56 €
Netto                     66,86
MwSt 19%                  12,70
Brutto                    79,56 EUR
Zu zahlen                 79,56 €
"""
    found = read(receipt)
    assert {k: found.get(k) for k in ("ticket_number", "date", "vendor", "material", "quantity", "quantity_unit",
                                      "total", "currency")} == {
        "ticket_number": "8812", "date": "2026-12-03", "vendor": "ARAL Tankstelle", "material": "Super E10",
        "quantity": "45.23", "quantity_unit": "l", "total": "79.56", "currency": "EUR"}
    assert not {"gross_weight", "tare_weight", "net_weight", "weight_unit"} & set(found)
    # Netto above the MwSt line is the receipt's net: it and the tax add up to the total.
    lines = parse.line_amounts([page(receipt)])
    assert (lines["subtotal"], lines["tax"]) == (Decimal("66.86"), Decimal("12.70"))


def test_a_wiegenote_names_its_supplier_and_weighs_in_kilograms_with_a_thousands_dot():
    found = read("""
Wiegenote Nr. 2026-0815
Lieferant: Kieswerk Müller GmbH
Firma:     Straßenbau Kern GmbH
Datum      03.12.2026
Fahrzeug:  M-KX 4412
Artikel:   Splitt 2/5
Brutto     12.340 kg
Tara        8.120 kg
Netto       4.220 kg
Gesamtbetrag            1.234,56 EUR
""")
    assert found["ticket_number"] == "2026-0815" and found["date"] == "2026-12-03"
    # The supplier's label says which company the ticket is from, whatever is printed above it.
    assert found["vendor"] == "Kieswerk Müller GmbH"
    assert found["vehicle"] == "M-KX 4412" and found["material"] == "Splitt 2/5"
    assert (found["gross_weight"], found["tare_weight"], found["net_weight"], found["weight_unit"]) == \
        ("12340", "8120", "4220", "kg")
    assert (found["total"], found["currency"]) == ("1234.56", "EUR")


def test_a_us_hardware_store_receipt_with_tax():
    found = read("""
THE HOME DEPOT
2450 CUMBERLAND PKWY ATLANTA, GA 30339
(770)432-9930

0123 00045 88210   08/07/26 02:14 PM
SALE SELF CHECKOUT

078742112417 2X4 STUD <A>        4.28
   2@2.14
045242302817 WOOD SCREWS <A>     9.97
                 SUBTOTAL       14.25
            SALES TAX            1.14
                 TOTAL         $15.39
XXXXXXXXXXXX1234 VISA           USD$ 15.39
""")
    assert found["vendor"] == "THE HOME DEPOT"
    assert found["total"] == "15.39" and found["currency"] == "USD"
    assert found["date"] == "2026-08-07"
    lines = parse.line_amounts([page("""
2X4 STUD      4.28
WOOD SCREWS   9.97
SUBTOTAL     14.25
SALES TAX     1.14
TOTAL        15.39
""")])
    assert lines["subtotal"] == Decimal("14.25") and lines["tax"] == Decimal("1.14")


def test_a_us_truck_stop_fuel_receipt():
    found = read("""
PILOT TRAVEL CENTER #358
I-40 EXIT 126
AMARILLO, TX

TRAN # 000482911
DATE: 10/21/2026  TIME: 05:41
PUMP  QUANTITY   PRICE
07    112.406    3.789
PRODUCT: DIESEL

FUEL TOTAL          $425.91
TRUCK # 6612
""")
    assert found["ticket_number"] == "000482911" and found["date"] == "2026-10-21"
    assert found["total"] == "425.91" and found["currency"] == "USD"
    assert found["vehicle"] == "6612"
    assert found["material"] == "DIESEL"


def test_a_us_scale_ticket_in_pounds_with_net_tons():
    found = read("""
VULCAN MATERIALS COMPANY
SCALE TICKET
Ticket: 1187302        Date: 11/02/2026
Customer: ACME PAVING INC
Truck: 4471
Product: #57 STONE
Gross     71,240 lb
Tare      29,860 lb
Net       41,380 lb
Net Tons  20.69
""")
    assert found["ticket_number"] == "1187302" and found["date"] == "2026-11-02"
    assert found["customer"] == "ACME PAVING INC" and found["material"] == "#57 STONE"
    assert (found["gross_weight"], found["tare_weight"], found["net_weight"], found["weight_unit"]) == \
        ("71240", "29860", "41380", "lb")


def test_confidence_is_the_engine_s_times_how_sure_the_label_is():
    sure = parse.parse([page("SHELL\nReceipt # 5521\nTOTAL $10.00", confidence=0.98)])
    unsure = parse.parse([page("SHELL\nReceipt # 5521\nTOTAL $10.00", confidence=0.40)])
    assert sure["total"].confidence > unsure["total"].confidence
    assert unsure["total"].confidence <= 0.40
    # A total found with no label (the largest amount with a currency) is less sure than a labelled one.
    guessed = parse.parse([page("SHELL\nsomething $10.00", confidence=0.98)])
    assert guessed["total"].value == "10.00" and guessed["total"].confidence < sure["total"].confidence


@pytest.mark.parametrize(("text", "day_first", "expected"), [
    ("11/29/2026", None, date(2026, 11, 29)), ("29.11.2026", None, date(2026, 11, 29)),
    ("2026-11-29", None, date(2026, 11, 29)), ("29/11/26", True, date(2026, 11, 29)),
    ("03/04/2026", None, date(2026, 3, 4)), ("03/04/2026", True, date(2026, 4, 3)),
    ("Nov 29, 2026", None, date(2026, 11, 29)), ("29. November 2026", None, date(2026, 11, 29)),
    ("29-NOV-26", None, date(2026, 11, 29)), ("3. März 2026", None, date(2026, 3, 3)),
    ("03.12.2026", True, date(2026, 12, 3)), ("3.12.26", True, date(2026, 12, 3)), ("3.12.26", None, date(2026, 12, 3)),
])
def test_dates_as_us_and_european_documents_write_them(text, day_first, expected):
    (found,) = normalise.find_dates(text, day_first=day_first)
    assert found.value == expected


def test_impossible_dates_are_no_dates():
    assert normalise.find_dates("31.02.2026") == [] and normalise.find_dates("13/13/2026") == []


@pytest.mark.parametrize(("text", "unit", "money", "expected"), [
    ("1,234.56", None, True, "1234.56"), ("1.234,56", None, True, "1234.56"), ("1 234,56", None, True, "1234.56"),
    ("1'234.56", None, True, "1234.56"), ("47220", "kg", False, "47220"), ("24.240", "kg", False, "24240"),
    ("24.240", "t", False, "24.24"), ("24,24", "t", False, "24.24"), ("1,234", "lb", False, "1234"),
    ("52,31", "l", False, "52.31"), ("12.5", None, False, "12.5"), ("12.340", "kg", False, "12340"),
    ("12,34", "t", False, "12.34"),
])
def test_numbers_in_both_conventions(text, unit, money, expected):
    assert normalise.parse_number(text, unit=unit, money=money) == Decimal(expected)


@pytest.mark.parametrize(("text", "unit"), [("lbs", "lb"), ("LB", "lb"), ("Tonnen", "t"), ("tons", "t"),
                                            ("kg", "kg"), ("MT", "t")])
def test_weight_units(text, unit):
    assert normalise.weight_unit(text) == unit


def test_a_label_whose_value_is_missing_takes_nothing_from_the_row_below():
    # The receipt number stood in a column the picture lost; the pump number is not it.
    found = read("""
LOVE'S TRAVEL STOP #412
06/24/2026 13:58
Invoice #
Pump # 12
UNLEADED
""")
    assert "ticket_number" not in found
    assert read("Invoice #\n  A-20931\nPump # 12")["ticket_number"] == "A-20931"

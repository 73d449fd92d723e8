"""Reading tickets for real: known pictures uploaded through tus, read by the real
Tesseract (and a PDF's own text layer), each field with its confidence, box and
source; every check that sends a ticket to review; corrections with their
history and who may make them; review; the exports against the list; the
restriction flag; the access export."""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from datetime import date, timedelta
from decimal import Decimal
from xml.etree import ElementTree

import httpx
import pytest

from server.extraction import samples
from server.extraction.samples import Document, Row
from tests.server.tus_raw import TusClient, sign_in
from tests.support.service import start_service

FONT = str(samples.available_fonts()[0]) if samples.available_fonts() else None
TODAY = date.today()
WRITTEN = TODAY - timedelta(days=3)


def de_date(d: date) -> str:
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def us_date(d: date) -> str:
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def german_scale_ticket(net: str = "24.240 kg", number: str = "40517") -> Document:
    rows = [Row([(0.07, "Kieswerk Hofmann GmbH")], size=1.35), Row([(0.07, "Werk Nord")], size=0.8),
            Row([(0.07, "Wiegeschein")], size=1.2, gap=0.6),
            Row([(0.07, f"Wiegeschein-Nr.: {number}")]), Row([(0.07, f"Datum: {de_date(WRITTEN)}  07:42")]),
            Row([(0.07, "Kunde: Tiefbau Schneider GmbH")]), Row([(0.07, "Kennzeichen: HH-AB 1234")]),
            Row([(0.07, "Material: Kies 0/32")]), Row([(0.07, "—")], gap=0.3),
            Row([(0.07, "Brutto"), (-0.6, "38.460 kg")], size=1.1), Row([(0.07, "Tara"), (-0.6, "14.220 kg")], size=1.1),
            Row([(0.07, "Netto"), (-0.6, net)], size=1.1),
            Row([(0.07, "Unterschrift Fahrer: ________")], size=0.8, gap=1)]
    truth = {"ticket_number": number, "date": WRITTEN.isoformat(), "vendor": "Kieswerk Hofmann GmbH",
             "customer": "Tiefbau Schneider GmbH", "vehicle": "HH-AB 1234", "material": "Kies 0/32",
             "gross_weight": "38460", "tare_weight": "14220", "net_weight": "24240", "weight_unit": "kg"}
    return Document("scale_ticket", truth, [rows], font=FONT, base_size=26, european=True)


def us_delivery_ticket() -> Document:
    rows = [Row([(0.07, "Northside Ready Mix")], size=1.4), Row([(0.07, "Batch plant 3")], size=0.8),
            Row([(0.07, "DELIVERY TICKET")], size=1.2, gap=0.6),
            Row([(0.07, "Ticket No."), (0.40, "D-20931")]), Row([(0.07, "Date"), (0.40, us_date(WRITTEN))]),
            Row([(0.07, "Customer"), (0.40, "Riverside Builders LLC")]), Row([(0.07, "Truck No."), (0.40, "214")]),
            Row([(0.07, "Product"), (0.40, "4000 PSI Mix")]), Row([(0.07, "Quantity"), (0.40, "9.5 YD3")]),
            Row([(0.07, "Received by ______________")], size=0.8, gap=1)]
    truth = {"ticket_number": "D-20931", "date": WRITTEN.isoformat(), "vendor": "Northside Ready Mix",
             "customer": "Riverside Builders LLC", "vehicle": "214", "material": "4000 PSI Mix",
             "quantity": "9.5", "quantity_unit": "yd3"}
    return Document("delivery_ticket", truth, [rows], font=FONT, base_size=26)


def fuel_receipt(on: date = WRITTEN, number: str = "88213") -> Document:
    w = 0.06
    rows = [Row([(w, "SHELL")], size=1.3), Row([(w, "1200 Main St")], size=0.9), Row([(w, "Springfield, IL")], size=0.9),
            Row([(w, f"{us_date(on)} 14:05")], gap=0.5), Row([(w, "Receipt #"), (0.55, number)]),
            Row([(w, "Pump # 4")]), Row([(w, "DIESEL")], gap=0.5), Row([(w, "48.213 GAL x 3.899 $/GAL")]),
            Row([(w, "DIESEL"), (-0.94, "187.98")]), Row([(w, "—")]),
            Row([(w, "TOTAL"), (-0.94, "$187.98")], size=1.2), Row([(w, "THANK YOU")], gap=0.6)]
    truth = {"ticket_number": number, "date": on.isoformat(), "vendor": "SHELL", "material": "DIESEL",
             "quantity": "48.213", "quantity_unit": "gal", "total": "187.98", "currency": "USD"}
    return Document("fuel_receipt", truth, [rows], width=600, font=FONT, base_size=22)


def store_receipt(total: str, number: str = "604211") -> Document:
    w = 0.06
    rows = [Row([(w, "HOME SUPPLY CENTER")], size=1.3), Row([(w, "Store #0427")], size=0.9),
            Row([(w, us_date(WRITTEN))], gap=0.4), Row([(w, "Receipt"), (0.45, number)]),
            Row([(w, "Work gloves"), (-0.94, "12.99")]), Row([(w, "Duct tape"), (-0.94, "6.79")]),
            Row([(w, "—")]), Row([(w, "SUBTOTAL"), (-0.94, "19.78")]), Row([(w, "SALES TAX 7.25%"), (-0.94, "1.43")]),
            Row([(w, "TOTAL"), (-0.94, f"${total}")], size=1.2)]
    truth = {"ticket_number": number, "date": WRITTEN.isoformat(), "vendor": "HOME SUPPLY CENTER",
             "total": total, "currency": "USD"}
    return Document("store_receipt", truth, [rows], width=600, font=FONT, base_size=22)


@pytest.fixture
def reading(tmp_path):
    service = start_service(tmp_path / "service")
    try:
        yield service
    finally:
        service.stop()


def client(service, email: str) -> TusClient:
    return TusClient(service.url, sign_in(service.url, email))


_serial = iter(range(10**6))


def upload(tus: TusClient, files: list[tuple[bytes, str, str]], **fields: str) -> str:
    """One ticket of ``files`` ((data, mime, name)), through tus; its id."""
    key = f"ticket-{next(_serial)}"
    reply = None
    for page, (data, mime, name) in enumerate(files, start=1):
        reply = tus.upload(data, filename=name, filetype=mime, ticket_key=key, page=str(page),
                           page_count=str(len(files)), **fields)
    return reply.headers["Ticket-Id"]


def detail(tus: TusClient, ticket_id: str) -> dict:
    reply = tus.get(f"/tickets/{ticket_id}")
    assert reply.status_code == 200, reply.text
    return reply.json()


def values(body: dict) -> dict[str, str]:
    return {f["name"]: f["value"] for f in body["fields"]}


def call(tus: TusClient, method: str, path: str, **kwargs) -> httpx.Response:
    return httpx.request(method, tus.url + "/api/v1" + path, headers={"Authorization": f"Bearer {tus.token}"},
                         timeout=30, **kwargs)


def text_pdf(doc: Document) -> tuple[bytes, str, str]:
    return doc.text_pdf(), "application/pdf", "receipt.pdf"


# -- each field, from pictures the real OCR reads -----------------------------------------------


def test_each_field_is_read_from_a_photo_a_scanned_pdf_and_a_text_pdf(reading):
    import random

    alice = client(reading, "alice@demo.example")
    scale = german_scale_ticket()
    photo = samples.jpeg(samples.photographed(scale.render()[0], random.Random(4), blur=0.5, max_angle=3,
                                              tilt=0.03), 85)
    delivery = us_delivery_ticket()
    fuel = fuel_receipt()
    ids = {"photo": upload(alice, [(photo, "image/jpeg", "wiegeschein.jpg")]),
           "scan": upload(alice, [(delivery.image_pdf(quality=80), "application/pdf", "delivery.pdf")]),
           "text": upload(alice, [text_pdf(fuel)])}
    assert {detail(alice, t)["status"] for t in ids.values()} == {"stored"}  # queued, not read on the request
    assert reading.read_tickets() == 3

    for key, doc, source in (("photo", scale, "ocr"), ("scan", delivery, "ocr"), ("text", fuel, "pdf_text")):
        body = detail(alice, ids[key])
        assert values(body) == doc.truth, key
        assert body["values"] == doc.truth and body["extracted_values"] == doc.truth
        for f in body["fields"]:
            assert f["source"] == source and f["page"] == 1 and f["corrected"] is False
            assert 0 < f["confidence"] <= 1
            box = f["box"]
            assert 0 <= box["left"] < box["right"] <= 1 and 0 <= box["top"] < box["bottom"] <= 1, (key, f)
        assert body["status"] == "extracted" and body["review"] == {"needed": False, "issues": []}, body["review"]

    # The box is where the value is printed: the net weight is the lowest weight, right of its label.
    fields = {f["name"]: f for f in detail(alice, ids["photo"])["fields"]}
    assert fields["gross_weight"]["box"]["bottom"] < fields["net_weight"]["box"]["top"]
    assert fields["vendor"]["box"]["bottom"] < fields["ticket_number"]["box"]["top"]
    assert fields["net_weight"]["raw"].replace(" ", "") == "24.240kg" or fields["net_weight"]["raw"] == "24.240"
    # A text layer is exact: confidence 1 for what was printed beside its label.
    assert {f["name"]: f["confidence"] for f in detail(alice, ids["text"])["fields"]}["ticket_number"] >= 0.95


# -- each check ---------------------------------------------------------------------------------


def issues(body: dict) -> dict[str, list[str]]:
    return {i["code"]: i["fields"] for i in body["review"]["issues"]}


def test_a_net_weight_that_is_not_gross_minus_tare_needs_review_until_corrected(reading):
    alice = client(reading, "alice@demo.example")
    doc = german_scale_ticket(net="24.100 kg")
    ticket = upload(alice, [(samples.png(doc.render()[0]), "image/png", "scale.png")])
    reading.read_tickets()
    body = detail(alice, ticket)
    assert values(body)["net_weight"] == "24100"
    assert body["status"] == "needs_review" and body["review"]["needed"] is True
    assert issues(body) == {"net_weight_mismatch": ["gross_weight", "tare_weight", "net_weight"]}
    assert "24240" in body["review"]["issues"][0]["message"]
    listed = alice.get("/tickets", status="needs_review").json()
    assert [t["id"] for t in listed["items"]] == [ticket]

    fixed = call(alice, "PATCH", f"/tickets/{ticket}/fields/net_weight", json={"value": "24.240"})
    assert fixed.status_code == 200, fixed.text
    assert fixed.json()["status"] == "extracted" and fixed.json()["review"]["issues"] == []
    assert alice.get("/tickets", status="needs_review").json()["total"] == 0


def test_a_date_in_the_future_a_total_that_is_not_its_lines_and_a_number_used_twice(reading):
    alice = client(reading, "alice@demo.example")
    future = upload(alice, [text_pdf(fuel_receipt(on=TODAY + timedelta(days=30), number="51001"))])
    wrong_total = upload(alice, [text_pdf(store_receipt("22.21", number="604211"))])
    right_total = upload(alice, [text_pdf(store_receipt("21.21", number="604212"))])
    again = upload(alice, [text_pdf(store_receipt("21.21", number="604212"))])
    first = upload(alice, [text_pdf(fuel_receipt(number="77001"))])
    reading.read_tickets()
    assert issues(detail(alice, future)) == {"future_date": ["date"]}
    body = detail(alice, wrong_total)
    assert body["status"] == "needs_review" and issues(body) == {"total_mismatch": ["total"]}
    assert "21.21" in body["review"]["issues"][0]["message"]
    # The same receipt uploaded twice: both say the number was seen before.
    assert issues(detail(alice, right_total)) == issues(detail(alice, again)) == {
        "duplicate_number": ["ticket_number"]}
    assert issues(detail(alice, first)) == {}

    # Bob (same organisation) uploads the same receipt number: both now say so; another organisation's does not.
    bob = client(reading, "bob@demo.example")
    second = upload(bob, [text_pdf(fuel_receipt(number="77001"))])
    stranger = client(reading, "owner@other.example")
    elsewhere = upload(stranger, [text_pdf(fuel_receipt(number="77001"))])
    reading.read_tickets()
    assert issues(detail(bob, second)) == {"duplicate_number": ["ticket_number"]}
    assert issues(detail(alice, first)) == {"duplicate_number": ["ticket_number"]}
    assert issues(detail(stranger, elsewhere)) == {}


def test_values_read_with_less_confidence_than_the_setting_need_review(reading):
    alice = client(reading, "alice@demo.example")
    ticket = upload(alice, [text_pdf(fuel_receipt(number="61001"))])
    reading.read_tickets()
    body = detail(alice, ticket)
    assert body["status"] == "extracted"
    confidences = {f["name"]: f["confidence"] for f in body["fields"]}
    lowest = min(confidences.values())
    assert lowest < 1
    reading.settings.review_confidence = lowest + 0.001  # the service setting, as an operator would raise it
    body = detail(alice, ticket)
    unsure = issues(body)["low_confidence"]
    assert unsure == sorted(n for n, c in confidences.items() if c < lowest + 0.001)
    assert body["review"]["needed"] is False  # it was read as fine; the setting applies from the next reading
    with reading.db() as db:
        db.execute("UPDATE extraction_jobs SET state = 'queued' WHERE ticket_id = ?", (ticket,))
    reading.read_tickets()
    assert detail(alice, ticket)["status"] == "needs_review"
    reading.settings.review_confidence = lowest  # nothing below: no such issue
    assert "low_confidence" not in issues(detail(alice, ticket))


def test_a_picture_with_nothing_to_read_needs_review(reading):
    from PIL import Image

    alice = client(reading, "alice@demo.example")
    blank = Image.new("L", (800, 600), 250)
    ticket = upload(alice, [(samples.png(blank), "image/png", "blank.png")])
    reading.read_tickets()
    body = detail(alice, ticket)
    assert body["fields"] == [] and body["status"] == "needs_review"
    assert issues(body) == {"nothing_read": []}


# -- corrections, history, permissions, review -----------------------------------------------------


def test_corrections_keep_their_history_and_only_the_uploader_and_owners_may_make_them(reading):
    alice = client(reading, "alice@demo.example")
    bob = client(reading, "bob@demo.example")
    owner = client(reading, "owner@demo.example")
    stranger = client(reading, "owner@other.example")
    ticket = upload(alice, [text_pdf(fuel_receipt(number="66001"))])
    reading.read_tickets()
    before = detail(alice, ticket)

    # A colleague and another organisation's owner cannot see it, so cannot correct it: 404, nothing kept.
    for who in (bob, stranger):
        refused = call(who, "PATCH", f"/tickets/{ticket}/fields/material", json={"value": "Gasoline"})
        assert refused.status_code == 404, refused.text
        assert call(who, "GET", f"/tickets/{ticket}/history").status_code == 404
        assert call(who, "POST", f"/tickets/{ticket}/review").status_code == 404
    assert detail(alice, ticket)["fields"] == before["fields"]

    mine = call(alice, "PATCH", f"/tickets/{ticket}/fields/material", json={"value": "Diesel #2"})
    assert mine.status_code == 200, mine.text
    theirs = call(owner, "PATCH", f"/tickets/{ticket}/fields/total", json={"value": "$1,187.98"})
    assert theirs.status_code == 200, theirs.text
    added = call(owner, "PATCH", f"/tickets/{ticket}/fields/vehicle", json={"value": "T-12"})
    removed = call(alice, "PATCH", f"/tickets/{ticket}/fields/vehicle", json={"value": ""})
    assert added.status_code == removed.status_code == 200
    same = call(alice, "PATCH", f"/tickets/{ticket}/fields/material", json={"value": " Diesel   #2 "})
    assert same.status_code == 200  # the same value again: nothing new in the history

    body = detail(alice, ticket)
    fields = {f["name"]: f for f in body["fields"]}
    assert fields["material"]["value"] == "Diesel #2" and fields["material"]["source"] == "person"
    assert fields["material"]["confidence"] == 1 and fields["material"]["corrected"] is True
    assert fields["material"]["box"] == {f["name"]: f for f in before["fields"]}["material"]["box"]
    assert fields["total"]["value"] == "1187.98" and "vehicle" not in fields
    assert fields["quantity"]["corrected"] is False

    events = call(alice, "GET", f"/tickets/{ticket}/history").json()["events"]
    assert [e["kind"] for e in events] == ["read", "corrected", "corrected", "corrected", "corrected"]
    corrections = [(e["field"], e["old_value"], e["new_value"], e["by"]["name"]) for e in events[1:]]
    assert corrections == [("material", "DIESEL", "Diesel #2", "Alice Anders"),
                           ("total", "187.98", "1187.98", "Dana Owner"),
                           ("vehicle", None, "T-12", "Dana Owner"),
                           ("vehicle", "T-12", None, "Alice Anders")]
    assert all(e["at"] for e in events) and events == sorted(events, key=lambda e: e["at"])
    assert call(owner, "GET", f"/tickets/{ticket}/history").json()["events"] == events

    # Reading the ticket again keeps every person's value.
    with reading.db() as db:
        db.execute("UPDATE extraction_jobs SET state = 'queued' WHERE ticket_id = ?", (ticket,))
    reading.read_tickets()
    again = {f["name"]: f["value"] for f in detail(alice, ticket)["fields"]}
    assert again["material"] == "Diesel #2" and again["total"] == "1187.98"


def test_a_member_cannot_correct_another_member_s_ticket_but_the_owner_can(reading):
    alice = client(reading, "alice@demo.example")
    bob = client(reading, "bob@demo.example")
    owner = client(reading, "owner@demo.example")
    bobs = upload(bob, [text_pdf(store_receipt("21.21"))])
    reading.read_tickets()
    assert call(alice, "PATCH", f"/tickets/{bobs}/fields/total", json={"value": "1.00"}).status_code == 404
    assert values(detail(bob, bobs))["total"] == "21.21"
    assert call(owner, "PATCH", f"/tickets/{bobs}/fields/total", json={"value": "21,22"}).status_code == 200
    assert values(detail(bob, bobs))["total"] == "21.22"


@pytest.mark.parametrize(("name", "value", "message"), [
    ("date", "tomorrow", "Write the date as YYYY-MM-DD (or 11/29/2026, 29.11.2026)."),
    ("net_weight", "heavy", "Write a number, such as 1234.56 or 1.234,56."),
    ("weight_unit", "stone", "Write the weight unit as kg, t or lb."),
    ("currency", "dollars", "Write the currency as a three-letter code, such as USD or EUR."),
    ("colour", "red", None),
])
def test_a_value_that_is_not_one_is_refused_in_one_sentence_and_changes_nothing(reading, name, value, message):
    alice = client(reading, "alice@demo.example")
    ticket = upload(alice, [text_pdf(fuel_receipt(number="12001"))])
    reading.read_tickets()
    before = detail(alice, ticket)
    reply = call(alice, "PATCH", f"/tickets/{ticket}/fields/{name}", json={"value": value})
    assert reply.status_code == 422, reply.text
    error = reply.json()["error"]["message"]
    if message:
        assert error == message
    else:
        assert error.startswith("“colour” is not a field of a ticket")
    assert error.count(". ") == 0 and "Traceback" not in reply.text
    assert detail(alice, ticket) == before
    assert [e["kind"] for e in call(alice, "GET", f"/tickets/{ticket}/history").json()["events"]] == ["read"]


def test_marking_reviewed_leaves_to_review_and_is_kept_in_the_history(reading):
    alice = client(reading, "alice@demo.example")
    ticket = upload(alice, [text_pdf(store_receipt("22.21"))])
    waiting = upload(alice, [text_pdf(fuel_receipt(number="31001"))], ticket_number="31001")
    assert call(alice, "POST", f"/tickets/{waiting}/review").status_code == 409  # not read yet
    reading.read_tickets()
    assert detail(alice, ticket)["status"] == "needs_review"
    reply = call(alice, "POST", f"/tickets/{ticket}/review")
    assert reply.status_code == 200, reply.text
    body = reply.json()
    assert body["status"] == "extracted" and body["reviewed_at"] and body["review"]["needed"] is False
    assert [i["code"] for i in body["review"]["issues"]] == ["total_mismatch"]  # still shown, no longer blocking
    events = call(alice, "GET", f"/tickets/{ticket}/history").json()["events"]
    assert [(e["kind"], e["by"]["name"] if e["by"] else None) for e in events] == [("read", None),
                                                                                 ("reviewed", "Alice Anders")]
    assert alice.get("/tickets", status="needs_review").json()["total"] == 0


# -- exports equal the list -----------------------------------------------------------------------


def xlsx_rows(data: bytes) -> list[list[str]]:
    """The first sheet's cells as text (shared or inline strings, numbers as written)."""
    ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
    with zipfile.ZipFile(io.BytesIO(data)) as book:
        shared = []
        if "xl/sharedStrings.xml" in book.namelist():
            root = ElementTree.fromstring(book.read("xl/sharedStrings.xml"))
            shared = ["".join(t.text or "" for t in si.iter(f"{{{ns['m']}}}t")) for si in root.findall("m:si", ns)]
        sheet = ElementTree.fromstring(book.read("xl/worksheets/sheet1.xml"))
    rows = []
    for row in sheet.iter(f"{{{ns['m']}}}row"):
        cells: dict[int, str] = {}
        for c in row.findall("m:c", ns):
            letters = re.match(r"[A-Z]+", c.get("r")).group(0)
            col = 0
            for ch in letters:
                col = col * 26 + ord(ch) - 64
            if c.get("t") == "s":
                text = shared[int(c.find("m:v", ns).text)]
            elif c.get("t") == "inlineStr":
                text = "".join(t.text or "" for t in c.iter(f"{{{ns['m']}}}t"))
            else:
                text = c.find("m:v", ns).text
            cells[col - 1] = text
        rows.append([cells.get(i, "") for i in range(max(cells) + 1)] if cells else [])
    return rows


def test_the_exports_hold_exactly_the_filtered_list_and_its_totals(reading):
    alice = client(reading, "alice@demo.example")
    owner = client(reading, "owner@demo.example")
    bob = client(reading, "bob@demo.example")
    upload(alice, [text_pdf(fuel_receipt(number="41001"))])
    upload(alice, [text_pdf(store_receipt("21.21", number="42001"))])
    upload(alice, [text_pdf(store_receipt("22.21", number="42002"))])
    upload(bob, [text_pdf(fuel_receipt(number="41002"))])
    upload(alice, [text_pdf(fuel_receipt(number="41003"))], notes="=cmd|' /C calc'!A0")
    upload(alice, [text_pdf(german_scale_ticket(number="43001"))])
    reading.read_tickets()

    for who, params in ((owner, {"scope": "organisation"}), (alice, {}), (owner, {"status": "needs_review",
                                                                                  "scope": "organisation"}),
                        (owner, {"q": "SHELL", "scope": "organisation"})):
        listed = who.get("/tickets", limit=200, **params).json()
        reply = call(who, "GET", "/tickets/export", params={"format": "csv", **params})
        assert reply.status_code == 200 and reply.headers["content-type"] == "text/csv; charset=utf-8"
        assert "attachment" in reply.headers["content-disposition"]
        text = reply.content.decode("utf-8")
        table = list(csv.DictReader(io.StringIO(text)))
        assert [r["id"] for r in table] == [t["id"] for t in listed["items"]], params
        for row, item in zip(table, listed["items"], strict=True):
            assert {k: v for k, v in row.items() if k in item["values"]} == item["values"]
            assert all(row[k] == "" for k in row if k not in item["values"] and k in _FIELDS)
            assert row["status"] == item["status"]
            assert row["date"] == "" or re.fullmatch(r"\d{4}-\d{2}-\d{2}", row["date"])
        sums: dict[tuple[str, str | None], Decimal] = {}
        for row in table:
            for name, unit in (("gross_weight", "weight_unit"), ("tare_weight", "weight_unit"),
                               ("net_weight", "weight_unit"), ("quantity", "quantity_unit"), ("total", "currency")):
                if row[name]:
                    key = (name, row[unit] or None)
                    sums[key] = sums.get(key, Decimal(0)) + Decimal(row[name])
        assert {(t["field"], t["unit"]): Decimal(t["sum"]) for t in listed["totals"]} == sums
        if "q" not in params and "status" not in params:  # the scale ticket is listed: its weights are summed
            assert {("gross_weight", "kg"), ("tare_weight", "kg"), ("net_weight", "kg")} <= set(sums), params

        book = call(who, "GET", "/tickets/export", params={"format": "xlsx", **params})
        assert book.status_code == 200 and book.headers["content-type"].startswith(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        sheet = xlsx_rows(book.content)
        header = sheet[0]
        assert header == list(table[0].keys()) if table else header
        ids = [r[header.index("id")] for r in sheet[1:]]
        assert ids == [t["id"] for t in listed["items"]]
        for cells, row in zip(sheet[1:], table, strict=True):
            got = dict(zip(header, cells + [""] * (len(header) - len(cells)), strict=True))
            for name in ("total", "gross_weight", "tare_weight", "net_weight", "quantity"):
                assert (Decimal(got[name]) if got[name] else None) == (Decimal(row[name]) if row[name] else None)
            assert got["ticket_number"] == row["ticket_number"] and got["vendor"] == row["vendor"]

    # Text read from a picture or typed never becomes a formula in a spreadsheet.
    text = call(alice, "GET", "/tickets/export", params={"format": "csv"}).content.decode("utf-8")
    assert "'=cmd|" in text and ",=cmd" not in text
    # A member asking for the organisation's list is refused before anything is sent.
    refused = call(alice, "GET", "/tickets/export", params={"format": "csv", "scope": "organisation"})
    assert refused.status_code == 403 and refused.json()["error"]["message"]


_FIELDS = ("ticket_number", "date", "vendor", "customer", "vehicle", "material", "gross_weight", "tare_weight",
           "net_weight", "weight_unit", "quantity", "quantity_unit", "total", "currency")


# -- the restriction flag -----------------------------------------------------------------------


def _restrict(reading, email: str) -> None:
    from server.auth.personal_data import set_flag
    from server.clock import Clock
    from server.db import connect, transaction

    conn = connect(reading.settings.database)
    try:
        user = conn.execute("SELECT id FROM users WHERE email = ?", (email,)).fetchone()["id"]
        with transaction(conn):
            set_flag(conn, user, "restriction", at=Clock().now(), request_id="prq_test", note="test")
    finally:
        conn.close()


def test_a_restriction_stops_reading_before_the_upload_and_after_it(reading):
    alice = client(reading, "alice@demo.example")
    queued = upload(alice, [text_pdf(fuel_receipt(number="81001"))])  # queued before the restriction
    _restrict(reading, "alice@demo.example")
    after = upload(alice, [text_pdf(fuel_receipt(number="81002"))])
    assert reading.read_tickets() == 0
    for ticket in (queued, after):
        body = detail(alice, ticket)
        assert body["status"] == "stored" and body["fields"] == [] and body["has_extracted_values"] is False
    with reading.db() as db:
        assert db.execute("SELECT count(*) FROM extraction_jobs").fetchone()[0] == 0
    # Bob is not restricted: his tickets are read.
    bob = client(reading, "bob@demo.example")
    his = upload(bob, [text_pdf(fuel_receipt(number="81003"))])
    assert reading.read_tickets() == 1 and detail(bob, his)["status"] == "extracted"


# -- the access export ---------------------------------------------------------------------------


def test_the_access_export_holds_each_ticket_s_values_with_their_history(reading):
    from server.db import connect
    from server.extraction.personal_data import export_person

    alice = client(reading, "alice@demo.example")
    owner = client(reading, "owner@demo.example")
    ticket = upload(alice, [text_pdf(fuel_receipt(number="91001"))])
    reading.read_tickets()
    assert call(owner, "PATCH", f"/tickets/{ticket}/fields/material", json={"value": "Diesel #2"}).status_code == 200
    assert call(alice, "POST", f"/tickets/{ticket}/review").status_code == 200

    class Collect:
        def __init__(self) -> None:
            self.files: dict[str, object] = {}

        def add_json(self, name: str, data: object) -> None:
            self.files[name] = json.loads(json.dumps(data))

    conn = connect(reading.settings.database)
    try:
        user = conn.execute("SELECT id FROM users WHERE email = 'alice@demo.example'").fetchone()["id"]
        owner_id = conn.execute("SELECT id FROM users WHERE email = 'owner@demo.example'").fetchone()["id"]
        alices, owners = Collect(), Collect()
        export_person(conn, reading.settings, user, alices)
        export_person(conn, reading.settings, owner_id, owners)
    finally:
        conn.close()
    (entry,) = alices.files["ticket-values.json"]
    assert entry["ticket_id"] == ticket and entry["reviewed_at"]
    exported = {v["name"]: v["value"] for v in entry["values"]}
    assert exported == {**fuel_receipt(number="91001").truth, "material": "Diesel #2"}
    assert {v["name"]: v["source"] for v in entry["values"]}["material"] == "person"
    assert [(h["name"], h["old_value"], h["new_value"], h["by_you"]) for h in entry["history"]] == [
        ("material", "DIESEL", "Diesel #2", 0)]
    # The owner's copy lists the correction they made, on a ticket that is not theirs.
    assert [(c["ticket_id"], c["new_value"]) for c in owners.files["corrections-made.json"]["corrections"]] == [
        (ticket, "Diesel #2")]
    assert alices.files["corrections-made.json"]["reviewed"][0]["ticket_id"] == ticket

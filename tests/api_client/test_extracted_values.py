"""``client.tickets`` for what the service read: fields, corrections, review,
history and export, against the real service with the demo tickets read by the
real Tesseract."""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from datetime import datetime
from decimal import Decimal

import openpyxl
import pytest

from api_client import (
    FIELD_NAMES,
    FieldSource,
    HistoryEvent,
    HistoryKind,
    MalformedResponseError,
    NotFoundError,
    TicketDetail,
    TicketProsClient,
    TicketStatus,
    ValidationError,
)
from tests.support.service import start_service


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """One demo service for the module (seeding and reading it costs seconds): each
    test changes tickets no other test's assertions depend on."""
    handle = start_service(tmp_path_factory.mktemp("extracted") / "service-data", demo_tickets=True)
    handle.read_tickets()  # the demo tickets, by the real OCR (this service runs no workers)
    yield handle
    handle.stop()


@pytest.fixture
def signed_in(demo):
    made: list[TicketProsClient] = []

    def make(email: str) -> TicketProsClient:
        client = TicketProsClient(demo.url, max_retries=0)
        client.login(email, "demo-password", remember=False)
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()


def _everything(client: TicketProsClient, **filters):
    page = client.tickets.list(limit=200, **filters)
    assert page.total == len(page.items)
    return page


def test_fields_carry_confidence_page_box_and_source(signed_in):
    bob = signed_in("bob@demo.example")
    review = bob.tickets.to_review()
    assert review.total >= 1 and all(t.status == TicketStatus.NEEDS_REVIEW for t in review.items)
    everything = _everything(bob)
    assert review.total == sum(t.needs_review for t in everything.items)

    ticket = bob.tickets.get(review.items[0].id)
    assert ticket.review.needed and ticket.review.issues
    flagged = {name for issue in ticket.review.issues for name in issue.fields}
    assert flagged and flagged <= {f.name for f in ticket.fields}
    assert [f.name for f in ticket.fields] == [n for n in FIELD_NAMES if ticket.field_named(n)]
    for f in ticket.fields:
        assert 0 <= f.confidence <= 1
        assert f.source is FieldSource.OCR
        assert 1 <= f.page <= ticket.page_count
        assert 0 <= f.box.left < f.box.right <= 1 and 0 <= f.box.top < f.box.bottom <= 1
        assert ticket.values[f.name] == f.value
    # The list carries the same values as the detail.
    assert next(t for t in everything.items if t.id == ticket.id).values == ticket.values
    assert bob.tickets.fields(ticket.id) == ticket.fields


def test_a_correction_is_kept_with_who_and_when_and_review_ends_it(signed_in):
    bob = signed_in("bob@demo.example")
    ticket = bob.tickets.get(bob.tickets.to_review().items[0].id)
    before = ticket.field_named("net_weight")

    corrected = bob.tickets.correct(ticket.id, "net_weight", "1.234,5")
    net = corrected.field_named("net_weight")
    assert (net.value, net.source, net.confidence, net.corrected) == ("1234.5", FieldSource.PERSON, 1.0, True)
    assert corrected.values["net_weight"] == "1234.5"
    assert bob.tickets.correct(ticket.id, "vehicle", None).field_named("vehicle") is None

    with pytest.raises(ValidationError) as refused:
        bob.tickets.correct(ticket.id, "date", "someday")
    assert "YYYY-MM-DD" in refused.value.message
    with pytest.raises(ValidationError):
        bob.tickets.correct(ticket.id, "colour", "red")

    reviewed = bob.tickets.mark_reviewed(ticket.id)
    assert reviewed.status == TicketStatus.EXTRACTED and not reviewed.review.needed and reviewed.reviewed_at
    assert ticket.id not in {t.id for t in bob.tickets.to_review().items}

    events = bob.tickets.history(ticket.id)
    kinds = [e.kind for e in events]
    assert kinds[0] is HistoryKind.READ and kinds[-1] is HistoryKind.REVIEWED
    corrections = [e for e in events if e.kind is HistoryKind.CORRECTED]
    assert [(e.field, e.old_value, e.new_value) for e in corrections] == [
        ("net_weight", before.value if before else None, "1234.5"),
        ("vehicle", ticket.field_named("vehicle").value, None)]
    me = bob.me().user
    assert all(e.by is not None and e.by.id == me.id and e.by.name == me.name for e in corrections)
    assert [e.at for e in events] == sorted(e.at for e in events)


def test_a_member_cannot_touch_another_members_ticket(signed_in):
    bob, alice = signed_in("bob@demo.example"), signed_in("alice@demo.example")
    bobs = bob.tickets.to_review().items[0]
    for attempt in (lambda: alice.tickets.correct(bobs.id, "net_weight", "1"),
                    lambda: alice.tickets.mark_reviewed(bobs.id), lambda: alice.tickets.history(bobs.id)):
        with pytest.raises(NotFoundError):
            attempt()
    # The owner may correct any of the organisation's tickets.
    owner = signed_in("owner@demo.example")
    assert owner.tickets.correct(bobs.id, "material", "Gravel").values["material"] == "Gravel"
    assert bob.tickets.history(bobs.id)[-1].by.name == owner.me().user.name


def _cell(value: object) -> object:
    """A workbook cell as the CSV writes it: dates are real dates in a workbook."""
    if value is None:
        return ""
    return value.date().isoformat() if isinstance(value, datetime) else value


def _text(cell: object, listed: str | None) -> str:
    """A cell as the list writes its value: a workbook's numbers are numbers (12.5 for "12.50")."""
    if isinstance(cell, (int, float)) and listed is not None and Decimal(str(cell)) == Decimal(listed):
        return listed
    return str(cell)


def _sums(rows) -> dict[tuple[str, str | None], Decimal]:
    # The fields the list sums (what a ticket delivered or cost), each by its unit.
    units = {"gross_weight": "weight_unit", "tare_weight": "weight_unit", "net_weight": "weight_unit",
             "quantity": "quantity_unit", "total": "currency"}
    sums: dict[tuple[str, str | None], Decimal] = defaultdict(Decimal)
    for row in rows:
        for name, unit in units.items():
            if row.get(name) not in (None, ""):
                sums[(name, row.get(unit) or None)] += Decimal(str(row[name]))
    return dict(sums)


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_export_equals_the_list(signed_in, tmp_path, fmt):
    owner = signed_in("owner@demo.example")
    owner.tickets.correct(owner.tickets.to_review().items[0].id, "total", "12,50 €")  # a person's value is exported
    for filters in ({}, {"status": "needs_review"}, {"search": "Hwy 7"}):
        page = _everything(owner, **filters)
        seen: list[tuple[int, int]] = []
        dest = owner.tickets.export(tmp_path / f"out.{fmt}", format=fmt,
                                    progress=lambda *a, seen=seen: seen.append(a), **filters)
        if fmt == "csv":
            text = dest.read_bytes().decode("utf-8")
            rows = list(csv.DictReader(io.StringIO(text)))
        else:
            # Read from memory: openpyxl keeps a file it opened itself until collected.
            sheet = openpyxl.load_workbook(io.BytesIO(dest.read_bytes())).worksheets[0]
            header, *data = [list(r) for r in sheet.iter_rows(values_only=True)]
            rows = [dict(zip(header, map(_cell, r), strict=True)) for r in data]
        assert seen and seen[-1][0] == dest.stat().st_size
        assert [r["id"] for r in rows] == [t.id for t in page.items]
        for row, ticket in zip(rows, page.items, strict=True):
            assert {n: _text(row[n], ticket.values.get(n)) for n in FIELD_NAMES if row[n] != ""} == ticket.values
            assert row["status"] == ticket.status
        # The totals in the file are the totals on screen.
        assert _sums(rows) == {(t.field, t.unit): Decimal(t.sum) for t in page.totals}
        assert not list(tmp_path.glob(".*.part"))


def test_a_member_exporting_the_organisation_is_refused_and_leaves_no_file(signed_in, tmp_path):
    from api_client import PermissionDeniedError

    alice = signed_in("alice@demo.example")
    with pytest.raises(PermissionDeniedError):
        alice.tickets.export(tmp_path / "t.csv", scope="organisation")
    assert list(tmp_path.iterdir()) == []


def test_a_field_out_of_range_is_a_malformed_reply():
    ticket = {"id": "t", "ticket_number": None, "job": None, "ticket_date": None, "notes": None,
              "status": "needs_review", "created_at": "2026-11-01T00:00:00Z", "uploader": None, "page_count": 1,
              "total_bytes": 1, "first_file_id": None, "has_extracted_values": True, "values": {},
              "reviewed_at": None, "files": [], "extracted_values": {},
              "fields": [{"name": "date", "value": "2026-11-01", "confidence": 0.5, "source": "ocr", "page": 1,
                          "box": {"left": 0.1, "top": 0.1, "right": 0.2, "bottom": 0.2}, "raw": "11/1/26",
                          "corrected": False}],
              "review": {"needed": True, "issues": [{"code": "low_confidence", "message": "m", "fields": ["date"]}]}}
    assert TicketDetail.from_json(ticket).field_named("date").box.right == 0.2
    for bad in ({"confidence": 1.5}, {"confidence": True}, {"source": "magic"},
                {"box": {"left": 0.5, "top": 0.1, "right": 0.2, "bottom": 0.2}}):
        broken = {**ticket, "fields": [{**ticket["fields"][0], **bad}]}
        with pytest.raises(MalformedResponseError):
            TicketDetail.from_json(broken)

    event = {"at": "2026-11-01T00:00:00Z", "kind": "corrected", "field": "date", "old_value": None,
             "new_value": "2026-11-01", "by": None}
    assert HistoryEvent.from_json(event).kind is HistoryKind.CORRECTED
    with pytest.raises(MalformedResponseError):
        HistoryEvent.from_json({**event, "kind": "teleported"})

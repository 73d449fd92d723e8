"""``ticketpros tickets show|review|correct|reviewed|history|export`` against the
real service, its demo tickets read by the real Tesseract."""

from __future__ import annotations

import csv
import io
import json
import sys

import pytest

from api_client import FIELD_NAMES, TicketProsClient
from app.cli import main
from tests.support.service import DEMO_PASSWORD, start_service


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """One demo service for the module: each test changes tickets the others do not look at."""
    handle = start_service(tmp_path_factory.mktemp("cli-extraction") / "service-data", demo_tickets=True)
    handle.read_tickets()  # the demo tickets, by the real OCR (this service runs no workers)
    yield handle
    handle.stop()


@pytest.fixture
def cli(demo, monkeypatch, capsys):
    def run(*args: str, stdin: str = "") -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    def login(email: str) -> None:
        code, _, err = run("login", "--server", demo.url, "--email", email, "--password-stdin",
                           stdin=DEMO_PASSWORD + "\n")
        assert code == 0, err

    run.login = login
    return run


def _sdk(demo, email: str) -> TicketProsClient:
    client = TicketProsClient(demo.url, max_retries=0)
    client.login(email, DEMO_PASSWORD, remember=False)
    return client


def test_review_lists_what_needs_a_look_and_show_json_has_confidence(cli, demo):
    cli.login("bob@demo.example")
    code, out, _ = cli("tickets", "review", "--json")
    assert code == 0
    listed = json.loads(out)
    with _sdk(demo, "bob@demo.example") as sdk:
        expected = sdk.tickets.to_review()
    assert listed["total"] == expected.total >= 1
    assert [t["id"] for t in listed["items"]] == [t.id for t in expected.items]
    assert all(t["status"] == "needs_review" and t["review"]["issues"] for t in listed["items"])

    ticket_id = listed["items"][0]["id"]
    code, out, _ = cli("tickets", "show", ticket_id, "--json")
    shown = json.loads(out)
    assert code == 0 and shown["fields"] and shown["review"]["needed"] is True
    for f in shown["fields"]:
        assert f["name"] in FIELD_NAMES and 0 <= f["confidence"] <= 1 and f["source"] == "ocr"
        assert set(f["box"]) == {"left", "top", "right", "bottom"} and f["page"] >= 1

    code, out, _ = cli("tickets", "review")
    assert code == 0 and ticket_id in out and listed["items"][0]["review"]["issues"][0]["message"] in out
    code, out, _ = cli("tickets", "show", ticket_id)
    assert code == 0 and "% sure, OCR" in out and "To review:" in out


def test_correct_then_history_then_reviewed(cli, demo):
    cli.login("bob@demo.example")
    with _sdk(demo, "bob@demo.example") as sdk:
        ticket = sdk.tickets.to_review().items[0]
        old = sdk.tickets.get(ticket.id).field_named("net_weight")

    code, out, err = cli("tickets", "correct", ticket.id, "net_weight", "35,024")
    assert code == 0, err
    assert out.splitlines()[0] == (f"Ticket {ticket.ticket_number or ticket.id}: net_weight "
                                   f"{old.value if old else '(none)'} → 35024")

    code, _, err = cli("tickets", "correct", ticket.id, "date", "tomorrow-ish")
    assert code == 1 and err.startswith("ticketpros: ") and "YYYY-MM-DD" in err and err.count("\n") == 1
    code, _, err = cli("tickets", "correct", ticket.id, "colour", "red")
    assert code == 2 and "not a field of a ticket" in err and "net_weight" in err

    code, out, _ = cli("tickets", "reviewed", ticket.id)
    assert code == 0 and "marked reviewed" in out
    code, out, _ = cli("tickets", "history", ticket.id, "--json")
    events = json.loads(out)["events"]
    assert [e["kind"] for e in events] == ["read", "corrected", "reviewed"]
    assert events[1]["old_value"] == (old.value if old else None) and events[1]["new_value"] == "35024"
    assert events[1]["by"]["name"] == "Bob Brooks"
    code, out, _ = cli("tickets", "history", ticket.id)
    assert code == 0 and "net_weight:" in out and "35024" in out and "(Bob Brooks)" in out
    code, out, _ = cli("tickets", "review", "--json")
    assert ticket.id not in {t["id"] for t in json.loads(out)["items"]}


def test_a_member_cannot_correct_someone_elses_ticket(cli, demo):
    with _sdk(demo, "bob@demo.example") as sdk:
        bobs = sdk.tickets.list().items[0]
    cli.login("alice@demo.example")
    code, _, err = cli("tickets", "correct", bobs.id, "vehicle", "X-1")
    assert code == 1 and err.count("\n") == 1 and "Traceback" not in err
    with _sdk(demo, "bob@demo.example") as sdk:
        assert sdk.tickets.get(bobs.id).values.get("vehicle") != "X-1"


def test_export_csv_and_xlsx_hold_the_listed_tickets(cli, demo, tmp_path):
    import openpyxl

    cli.login("owner@demo.example")
    with _sdk(demo, "owner@demo.example") as sdk:
        listed = sdk.tickets.list(search="Hwy 7", limit=200)
    assert listed.total >= 1

    code, out, err = cli("tickets", "export", "--search", "Hwy 7", "-o", str(tmp_path / "hwy.csv"))
    assert code == 0, err
    assert out.startswith(str(tmp_path / "hwy.csv"))
    rows = list(csv.DictReader(io.StringIO((tmp_path / "hwy.csv").read_text(encoding="utf-8"))))
    assert [r["id"] for r in rows] == [t.id for t in listed.items]
    assert [{n: r[n] for n in FIELD_NAMES if r[n]} for r in rows] == [t.values for t in listed.items]

    code, _, err = cli("tickets", "export", "--search", "Hwy 7", "-o", str(tmp_path / "hwy.xlsx"))
    assert code == 0, err
    workbook = openpyxl.load_workbook(io.BytesIO((tmp_path / "hwy.xlsx").read_bytes()))
    ids = [r[0] for r in workbook.worksheets[0].iter_rows(min_row=2, values_only=True)]
    assert ids == [t.id for t in listed.items]

    with pytest.raises(SystemExit) as usage:  # argparse's own exit: a usage line and one sentence
        cli("tickets", "export", "--from", "29.11.2026", "-o", str(tmp_path / "x.csv"))
    assert usage.value.code == 2
    code, _, err = cli("tickets", "export", "-o", str(tmp_path / "missing" / "x.csv"))
    assert code == 1 and "does not exist" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hwy.csv", "hwy.xlsx"]

"""POST /tickets/merge (service, SDK, CLI) and a photo's quality warning on its ticket
(real service, pages sent through tus as the app sends them)."""

from __future__ import annotations

import hashlib
import io
import json
import sys

import httpx
import pytest

from api_client import ConflictError, HistoryKind, NotFoundError, ValidationError
from app.cli import main
from tests.server.test_ticket_complete import tiny_jpeg
from tests.server.tus_raw import TusClient, sign_in
from tests.support.service import DEMO_PASSWORD
from tests.support.uploads import signed_in


def _ticket(tus: TusClient, key: str, shades: list[int], **metadata: str) -> tuple[str, list[str]]:
    """A ticket of ``len(shades)`` pages; its id and its pages' SHA-256, in page order."""
    ticket_id, hashes = "", []
    for page, shade in enumerate(shades, start=1):
        data = tiny_jpeg(shade)
        reply = tus.upload(data, filename=f"{key}-{page}.jpg", filetype="image/jpeg", ticket_key=key,
                           page=str(page), page_count=str(len(shades)), **metadata)
        ticket_id = reply.headers["Ticket-Id"]
        hashes.append(hashlib.sha256(data).hexdigest())
    return ticket_id, hashes


def _cli(monkeypatch, capsys, *args: str, stdin: str = "") -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_merged_tickets_keep_every_file_in_page_order_and_the_history_says_who(service, monkeypatch, capsys):
    alice_token = sign_in(service.url, "alice@demo.example")
    tus = TusClient(service.url, alice_token)
    first, first_pages = _ticket(tus, "first", [10, 20], ticket_number="M-1")
    second, second_pages = _ticket(tus, "second", [30], job="Quarry", quality_warning="blurred")
    third, third_pages = _ticket(tus, "third", [40, 50])
    refused = tus.create(100, filename="x.jpg", filetype="image/jpeg", quality_warning="<script>")
    assert refused.status_code == 400
    assert refused.json()["error"]["message"] == ("The quality_warning metadata must be a short lower-case word, "
                                                  "such as blurred.")
    alice = signed_in(service.url)
    bob = signed_in(service.url, "bob@demo.example")
    assert alice.tickets.get(second).quality_warning == "blurred"
    alice.tickets.correct(third, "customer", "Riverside Builders LLC")  # a person's value

    # Bob may not touch Alice's tickets: the same 404 as a missing ticket, nothing merged.
    with pytest.raises(NotFoundError):
        bob.tickets.merge([first, second])
    with pytest.raises(ValidationError):
        alice.tickets.merge([first])
    with pytest.raises(ValidationError):
        alice.tickets.merge([first, first])
    assert [f.sha256 for f in alice.tickets.get(second).files] == second_pages

    merged = alice.tickets.merge([first, third, second])
    assert merged.id == first
    assert [(f.page, f.sha256) for f in merged.files] == list(enumerate(first_pages + third_pages + second_pages,
                                                                        start=1))
    assert [f.original_name for f in merged.files] == ["first-1.jpg", "first-2.jpg", "third-1.jpg", "third-2.jpg",
                                                       "second-1.jpg"]
    assert (merged.ticket_number, merged.job, merged.quality_warning) == ("M-1", "Quarry", "blurred")
    # The corrected value stays (a person's); the service reads the five pages again.
    assert merged.status == "stored" and merged.values == {"customer": "Riverside Builders LLC"}
    conn = service.db()
    try:
        assert conn.execute("SELECT state FROM extraction_jobs WHERE ticket_id = ?", (first,)).fetchone()[0] == "queued"
        assert conn.execute("SELECT count(*) FROM extraction_jobs WHERE ticket_id IN (?, ?)",
                            (second, third)).fetchone()[0] == 0
    finally:
        conn.close()
    for gone in (second, third):
        with pytest.raises(NotFoundError):
            alice.tickets.get(gone)
    for file in merged.files:  # every stored byte is still there, under the kept ticket
        reply = httpx.get(f"{service.url}/api/v1/tickets/{first}/files/{file.id}",
                          headers={"Authorization": f"Bearer {alice_token}"})
        assert hashlib.sha256(reply.content).hexdigest() == file.sha256
    history = alice.tickets.history(first)
    [event] = [e for e in history if e.kind is HistoryKind.MERGED]
    assert event.new_value == f"{third}, {second}" and event.by is not None and event.by.name == "Alice Anders"
    assert any(e.kind is HistoryKind.CORRECTED and e.field == "customer" for e in history)  # moved along

    # A ticket still being uploaded (page 1 of 2 arrived) is not merged.
    half = tus.upload(tiny_jpeg(60), filename="half.jpg", filetype="image/jpeg", ticket_key="half", page="1",
                      page_count="2").headers["Ticket-Id"]
    with pytest.raises(ConflictError):
        alice.tickets.merge([first, half])

    # The command line, as the Account Owner (who may merge any of the organisation's tickets).
    fourth, fourth_pages = _ticket(tus, "fourth", [70])
    code, _, err = _cli(monkeypatch, capsys, "login", "--server", service.url, "--email", "owner@demo.example",
                        "--password-stdin", stdin=DEMO_PASSWORD + "\n")
    assert code == 0, err
    code, out, err = _cli(monkeypatch, capsys, "tickets", "merge", first, fourth, "--json")
    assert code == 0, err
    body = json.loads(out)
    assert body["id"] == first and [f["sha256"] for f in body["files"]][-1] == fourth_pages[0]
    assert len(body["files"]) == 6
    code, out, err = _cli(monkeypatch, capsys, "tickets", "show", first)
    assert code == 0 and "Photo check: This photo looks blurred; the numbers may not be readable." in out
    code, out, err = _cli(monkeypatch, capsys, "tickets", "merge", first)
    assert code != 0 and "at least two tickets" in err and "Traceback" not in err
    for client in (alice, bob):
        client.close()


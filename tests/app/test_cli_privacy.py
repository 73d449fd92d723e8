"""``ticketpros privacy show [--json]`` against the real service."""

from __future__ import annotations

import io
import json

from app.cli import main


def login(monkeypatch, service, email: str) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("demo-password\n"))
    assert main(["login", "--server", service.url, "--email", email, "--password-stdin"]) == 0


def test_privacy_show_for_owner_and_member(service, monkeypatch, capsys):
    login(monkeypatch, service, "owner@demo.example")
    capsys.readouterr()
    assert main(["privacy", "show"]) == 0
    out = capsys.readouterr().out
    assert "Dana Owner" in out and "Visa ending in 4242 (full card numbers are never stored)" in out
    assert "Tickets: 0 / 0" in out and "DigitalOcean" in out and "Local network" in out
    assert "Files waiting to upload: 0" in out

    login(monkeypatch, service, "alice@demo.example")
    capsys.readouterr()
    assert main(["privacy", "show", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["inventory"]["account"]["email"] == "alice@demo.example"
    assert data["inventory"]["payment"] is None and data["inventory"]["organisation_data"] is None
    assert [s["name"] for s in data["subprocessors"]["subprocessors"]] == ["DigitalOcean", "Stripe"]
    assert {i["key"] for i in data["this_computer"]["items"]} >= {"upload_queue", "thumbnails", "logs", "settings"}


def test_privacy_show_when_signed_out_is_one_line(capsys):
    assert main(["privacy", "show"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("ticketpros: You are not signed in.") and err.count("\n") == 1

"""``ticketpros upload --duplicates``: what becomes of a file the service already has, and
which of them make the duplicate look-up (real service)."""

from __future__ import annotations

import io
import json
import sys

import pytest

from api_client._tickets import TicketsAPI
from app.cli import main
from tests import media_samples as samples
from tests.support.service import DEMO_PASSWORD


def run(monkeypatch, capsys, *args: str) -> tuple[int, list[dict], str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, (json.loads(out) if out.strip() else []), err


@pytest.fixture
def looked_up(monkeypatch, capsys, service):
    """Signed in; the hashes each batch look-up asked about."""
    monkeypatch.setattr(sys, "stdin", io.StringIO(DEMO_PASSWORD + "\n"))
    assert main(["login", "--server", service.url, "--email", "alice@demo.example", "--password-stdin"]) == 0
    capsys.readouterr()
    asked: list[list[str]] = []
    real = TicketsAPI.lookup_many

    def counted(self, hashes):
        hashes = list(hashes)
        asked.append(hashes)
        return real(self, hashes)

    monkeypatch.setattr(TicketsAPI, "lookup_many", counted)
    return asked


def test_duplicates_upload_sends_again_without_asking_the_service(monkeypatch, capsys, looked_up, tmp_path):
    photo = samples.jpeg_with_gps(tmp_path / "photo.jpg")
    code, first, err = run(monkeypatch, capsys, "upload", str(photo), "--json")
    assert code == 0, err
    assert len(looked_up) == 1 and looked_up[0] == [first[0]["sha256"]]

    code, again, err = run(monkeypatch, capsys, "upload", str(photo), "--duplicates", "upload", "--json")
    assert code == 0, err
    assert again[0]["state"] == "uploaded" and again[0]["ticket_id"] not in (None, first[0]["ticket_id"])
    assert again[0]["sha256"] == first[0]["sha256"]
    assert len(looked_up) == 1  # the answer could change nothing: not asked


def test_duplicates_skip_asks_and_sends_nothing_twice(monkeypatch, capsys, looked_up, tmp_path):
    photo = samples.jpeg_with_gps(tmp_path / "photo.jpg")
    code, first, err = run(monkeypatch, capsys, "upload", str(photo), "--json")
    assert code == 0, err
    code, again, err = run(monkeypatch, capsys, "upload", str(photo), "--duplicates", "skip", "--json")
    assert code == 0, err
    assert again[0]["state"] == "skipped" and again[0]["ticket_id"] is None
    assert len(looked_up) == 2 and looked_up[1] == [first[0]["sha256"]]

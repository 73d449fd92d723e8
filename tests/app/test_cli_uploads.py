"""``ticketpros upload`` and ``ticketpros tickets`` against the real service."""

from __future__ import annotations

import hashlib
import io
import json
import sys
import time
from pathlib import Path

import pytest

from app.cli import main
from tests import media_samples as samples
from tests.support.service import DEMO_PASSWORD


def run(monkeypatch, capsys, *args: str, stdin: str = "") -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def logged_in(monkeypatch, capsys, service):
    code, _, _ = run(monkeypatch, capsys, "login", "--server", service.url, "--email", "alice@demo.example",
                     "--password-stdin", stdin=DEMO_PASSWORD + "\n")
    assert code == 0
    return service


def test_upload_reports_each_rejected_file_on_one_line(monkeypatch, capsys, logged_in, tmp_path):
    good = samples.jpeg_with_gps(tmp_path / "photo.jpg")
    pdf = samples.small_pdf(tmp_path / "ticket.pdf")
    bad = samples.exe_renamed_jpg(tmp_path / "setup.jpg")
    empty = samples.zero_byte(tmp_path / "empty.pdf")
    code, out, err = run(monkeypatch, capsys, "upload", str(good), str(pdf), str(bad), str(empty),
                         str(tmp_path / "missing.jpg"), "--job", "CLI job")
    assert code == 1
    lines = err.strip().splitlines()
    assert len(lines) == 3 and all(line.startswith("ticketpros: ") and line.endswith(".") for line in lines)
    assert any("setup.jpg" in line and "Windows program" in line for line in lines)
    assert any("empty.pdf" in line and "empty" in line for line in lines)
    assert any("missing.jpg" in line for line in lines)
    assert out.count("uploaded (ticket ") == 2


def test_upload_one_ticket_json_then_list_show_download(monkeypatch, capsys, logged_in, tmp_path):
    first = samples.small_pdf(tmp_path / "p1.pdf")
    second = samples.png_with_exif_gps(tmp_path / "p2.png")
    code, out, err = run(monkeypatch, capsys, "upload", str(first), str(second), "--one-ticket",
                         "--ticket-number", "CLI-77", "--notes", "two pages", "--json")
    assert code == 0, err
    results = json.loads(out)
    assert [r["state"] for r in results] == ["uploaded", "uploaded"]
    ticket_id = results[0]["ticket_id"]
    assert results[1]["ticket_id"] == ticket_id and sorted(r["page"] for r in results) == [1, 2]

    code, out, _ = run(monkeypatch, capsys, "tickets", "list", "--search", "CLI-77", "--json")
    listing = json.loads(out)
    assert code == 0 and [t["id"] for t in listing["items"]] == [ticket_id]

    code, out, _ = run(monkeypatch, capsys, "tickets", "show", ticket_id, "--json")
    detail = json.loads(out)
    assert code == 0 and detail["ticket_number"] == "CLI-77" and len(detail["files"]) == 2

    code, out, _ = run(monkeypatch, capsys, "tickets", "show", ticket_id)
    assert "Ticket CLI-77" in out and "Pages:       2" in out

    code, out, _ = run(monkeypatch, capsys, "tickets", "download", ticket_id, "--out", str(tmp_path / "out"))
    written = [line for line in out.splitlines() if line]
    assert code == 0 and len(written) == 2
    digests = {hashlib.sha256(Path(p).read_bytes()).hexdigest() for p in written}
    assert digests == {f["sha256"] for f in detail["files"]}

    # The same file again: flagged as a duplicate and skipped when nobody can be asked.
    code, out, err = run(monkeypatch, capsys, "upload", str(first))
    assert code == 0 and "already uploaded" in err.lower()


def test_tickets_show_unknown_is_one_line(monkeypatch, capsys, logged_in):
    code, _, err = run(monkeypatch, capsys, "tickets", "show", "tkt_nope")
    assert code == 1 and err.count("\n") == 1 and err.startswith("ticketpros: ")


def test_upload_keeps_to_the_bandwidth_limit_set_in_the_app(monkeypatch, capsys, logged_in, tmp_path):
    from app.settings import Settings
    from tests.support.uploads import big_pdf

    settings = Settings.load()
    settings.upload_limit_kib = 256
    settings.save()
    limited = big_pdf(tmp_path / "limited.pdf", 320 * 1024, seed=1)
    started = time.monotonic()
    code, _, err = run(monkeypatch, capsys, "upload", str(limited))
    took = time.monotonic() - started
    assert code == 0, err
    assert took >= 1.0  # 320 KiB at 256 KiB/s, less the limiter's 1/8 s burst: at least 1.1 s

    free = big_pdf(tmp_path / "free.pdf", 320 * 1024, seed=2)
    started = time.monotonic()
    code, _, err = run(monkeypatch, capsys, "upload", str(free), "--limit", "0")
    assert code == 0, err
    assert time.monotonic() - started < took

"""``ticketpros upload`` and ``ticketpros tickets`` against the real service."""

from __future__ import annotations

import hashlib
import io
import json
import os
import signal
import sqlite3
import subprocess
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
    # Three refusals, and one warning: the 64 x 48 sample photo was sent with the photo check's flag.
    assert len(lines) == 4 and all(line.startswith("ticketpros: ") and line.endswith(".") for line in lines)
    assert "ticketpros: photo.jpg: warning: This photo has too few pixels; the numbers may not be readable." in lines
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


# -- the real ``ticketpros`` command, one process per run -------------------------------------------

ROOT = Path(__file__).resolve().parents[2]
TICKETPROS = Path(sys.executable).with_name("ticketpros")
NEWER = "This upload queue was written by a newer Ticket Pros Desktop; update the app"


class Cli:
    """``ticketpros`` in child processes sharing this test's home and a keyring file."""

    def __init__(self, home: Path, url: str) -> None:
        self.url = url
        self.env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONUNBUFFERED": "1",
                    "PYTHON_KEYRING_BACKEND": "tests.support.keyrings.FileKeyring",
                    "TICKETPROS_TEST_KEYRING": str(home / "test-keyring.json")}

    def start(self, *args: str) -> subprocess.Popen:
        # As from a terminal: Ctrl+C (SIGINT) not ignored, whatever this test process inherited or
        # was left with. A child inherits an ignored SIGINT (and Python then installs no handler);
        # a handled one is reset to the default by exec.
        previous = signal.signal(signal.SIGINT, signal.default_int_handler)
        try:
            return subprocess.Popen([str(TICKETPROS), *args], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                    stderr=subprocess.PIPE, text=True, env=self.env, cwd=ROOT)
        finally:
            signal.signal(signal.SIGINT, previous)

    def run(self, *args: str, stdin: str = "", timeout: float = 60) -> subprocess.CompletedProcess:
        return subprocess.run([str(TICKETPROS), *args], input=stdin, capture_output=True, text=True,
                              env=self.env, cwd=ROOT, timeout=timeout, check=False)


@pytest.fixture
def cli(service, isolated_home):
    tool = Cli(isolated_home, service.url)
    done = tool.run("login", "--server", service.url, "--email", "alice@demo.example", "--password-stdin",
                    stdin=DEMO_PASSWORD + "\n")
    assert done.returncode == 0, done.stderr
    return tool


def _cli_rows() -> dict[str, sqlite3.Row]:
    """The command line's queue as another process sees it (empty until it exists)."""
    from app import paths

    db = paths.cli_upload_queue_file()
    if not db.exists():
        return {}
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
    conn.row_factory = sqlite3.Row
    try:
        return {Path(row["source_path"]).name: row for row in conn.execute("SELECT * FROM items")}
    except sqlite3.OperationalError:  # the table is being created
        return {}
    finally:
        conn.close()


def _wait_for(predicate, proc: subprocess.Popen, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, _cli_rows()
        time.sleep(0.05)


def _stored_once(service, *files: Path) -> list[str]:
    """The file ids the service stored for each file's content; each exactly once."""
    from api_client.media import prepare

    ids = []
    with service.db() as conn:
        for path in files:
            sha = prepare(path, path.parent / "check").sha256
            found = conn.execute("SELECT file_id FROM ticket_file_received WHERE sha256 = ?", (sha,)).fetchall()
            assert len(found) == 1, path.name
            ids.append(found[0][0])
    return ids


def test_a_missing_path_is_an_error_and_the_other_files_still_go(cli, service, tmp_path):
    ok = samples.jpeg_with_gps(tmp_path / "ok.jpg")
    done = cli.run("upload", str(ok), str(tmp_path / "missing.jpg"), "--json")
    assert done.returncode == 1, done.stderr
    assert done.stderr == "ticketpros: missing.jpg: No such file or folder.\n"
    results = {r["name"]: r for r in json.loads(done.stdout)}
    assert results["ok.jpg"]["state"] == "uploaded" and results["ok.jpg"]["ticket_id"].startswith("tkt_")
    assert results["ok.jpg"]["quality_warning"] == "low_resolution"  # 64 x 48 pixels: sent, flagged
    assert results["missing.jpg"]["state"] == "failed"
    assert results["missing.jpg"]["error"] == "No such file or folder."
    assert results["missing.jpg"]["file"] == str(tmp_path / "missing.jpg")
    _stored_once(service, ok)
    assert _cli_rows() == {}  # reported, so cleared from the command line's queue


@pytest.mark.slow
@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM, signal.SIGKILL], ids=lambda s: s.name)
def test_an_interrupted_upload_is_finished_by_the_next_run_without_sending_twice(cli, service, tmp_path, stop):
    from tests.support.uploads import MiB, big_pdf

    big = big_pdf(tmp_path / "big.pdf", 4 * MiB, seed=1)
    small = big_pdf(tmp_path / "small.pdf", 64 * 1024, seed=2)
    proc = cli.start("upload", str(big), str(small), "--limit", "512", "--chunk-size", "0.25", "--parallel", "1")
    _wait_for(lambda: (row := _cli_rows().get("big.pdf")) is not None and row["upload_url"]
              and row["offset"] >= MiB, proc)
    proc.send_signal(stop)
    _, err = proc.communicate(timeout=30)
    if stop is signal.SIGKILL:
        assert proc.returncode == -signal.SIGKILL
    else:  # stopped in order: what arrived is recorded, and the person is told what comes next
        assert proc.returncode == 130, err
        assert "stay queued; run the same command again to finish." in err and "Traceback" not in err
    left = _cli_rows()["big.pdf"]
    assert left["state"] in ("uploading", "queued") and 0 < left["offset"] < big.stat().st_size
    url = left["upload_url"]

    again = cli.run("upload", str(big), str(small), "--json")
    assert again.returncode == 0, again.stderr
    resumed = [line for line in again.stderr.splitlines() if "resuming big.pdf" in line]
    assert len(resumed) == 1 and "of 4.0 MB already on the service." in resumed[0], again.stderr
    results = {r["name"]: r for r in json.loads(again.stdout)}
    assert {r["state"] for r in results.values()} == {"uploaded"} and len(results) == 2
    big_file, _ = _stored_once(service, big, small)
    with service.db() as conn:
        uploads = conn.execute("SELECT id FROM uploads").fetchall()
        assert len(uploads) == 2  # the interrupted upload went on: no second one was made
        assert url.rsplit("/", 1)[1] in {row[0] for row in uploads}
        ticket = conn.execute("SELECT ticket_id FROM ticket_files WHERE id = ?", (big_file,)).fetchone()[0]
    assert ticket == results["big.pdf"]["ticket_id"]
    assert _cli_rows() == {}


@pytest.mark.slow
def test_a_second_run_waits_for_the_first_and_says_so(cli, service, tmp_path):
    from tests.support.uploads import big_pdf

    first_file = big_pdf(tmp_path / "first.pdf", 512 * 1024, seed=3)
    second_file = big_pdf(tmp_path / "second.pdf", 64 * 1024, seed=4)
    # About 5 s of sending: long enough that the second run, started once the first has sent
    # something, finds it still running even on a loaded machine (at 2 s it sometimes did not).
    first = cli.start("upload", str(first_file), "--limit", "96", "--chunk-size", "0.25", "--json")
    _wait_for(lambda: (row := _cli_rows().get("first.pdf")) is not None and row["offset"] > 0, first)
    second = cli.start("upload", str(second_file), "--json")
    out2, err2 = second.communicate(timeout=60)
    out1, err1 = first.communicate(timeout=60)
    assert first.returncode == 0 and second.returncode == 0, (err1, err2)
    assert "another ticketpros upload is sending files; waiting for it to finish" in err2
    assert [r["name"] for r in json.loads(out1)] == ["first.pdf"]
    assert [r["name"] for r in json.loads(out2)] == ["second.pdf"]  # each run reported its own file
    _stored_once(service, first_file, second_file)


def test_a_command_line_queue_of_a_newer_app_is_refused_untouched(cli, tmp_path):
    from api_client.uploads import SCHEMA_VERSION, UploadQueue
    from app import paths

    with UploadQueue(paths.cli_upload_queue_file(), paths.cli_staging_dir()):
        pass
    conn = sqlite3.connect(paths.cli_upload_queue_file())
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = paths.cli_upload_queue_file().read_bytes()
    done = cli.run("upload", str(samples.jpeg_with_gps(tmp_path / "ok.jpg")))
    assert done.returncode == 1 and done.stderr == f"ticketpros: {NEWER}\n"
    assert paths.cli_upload_queue_file().read_bytes() == before


def test_the_note_on_a_ticket_finished_without_a_page_is_printed_and_in_the_json(capsys):
    from api_client.uploads import ItemState, UploadItem
    from app.cli.uploads import _report

    note = "Ticket made with the 2 pages that arrived; 1 page was cancelled."

    def page(n: int, state: ItemState, page: int | None, error: str | None = None) -> UploadItem:
        return UploadItem(
            id=n, batch_id="b", name=f"p{n}.pdf", source_path=f"/scans/p{n}.pdf", state=state, error=error,
            next_attempt_at=None, attempts=0, size=10, mime="application/pdf", sha256=f"{n:064x}", staged_path=None,
            removed=(), duplicates=(), page=page, page_count=2, ticket_number=None, job=None, notes=None,
            offset=10, upload_url=None, ticket_id="tkt_1" if state is ItemState.DONE else None, created_at=0.0,
            note=note)

    items = [page(1, ItemState.DONE, 1), page(2, ItemState.REJECTED, 2, "The file changed on disk."),
             page(3, ItemState.DONE, 2)]
    assert _report([], items, set(), as_json=False) == 1
    out, err = capsys.readouterr()
    assert out.splitlines() == ["p1.pdf: uploaded (ticket tkt_1, page 1)", "p3.pdf: uploaded (ticket tkt_1, page 2)",
                                f"ticket tkt_1: {note}"]
    assert err == "ticketpros: p2.pdf: The file changed on disk.\n"
    assert _report([], items, set(), as_json=True) == 1
    assert {r["note"] for r in json.loads(capsys.readouterr().out)} == {note}

"""``ticketpros watch`` in real processes (SIGKILL, SIGTERM) and ``ticketpros upload --split-pages``."""

from __future__ import annotations

import shutil
import signal
import sqlite3
import subprocess
import time

import pytest

from app import paths
from app.settings import Settings
from tests.app import test_cli_uploads
from tests.support.uploads import big_pdf

# The command line's fixtures and helpers, shared with its upload tests.
cli = test_cli_uploads.cli
logged_in = test_cli_uploads.logged_in
run = test_cli_uploads.run
_stored_once = test_cli_uploads._stored_once


def _rows() -> dict[str, sqlite3.Row]:
    """The watch queue as another process sees it."""
    db = paths.watch_queue_file()
    if not db.exists():
        return {}
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
    conn.row_factory = sqlite3.Row
    try:
        return {row["name"]: row for row in conn.execute("SELECT * FROM items")}
    except sqlite3.OperationalError:
        return {}
    finally:
        conn.close()


def _wait(predicate, proc: subprocess.Popen, timeout: float = 40.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, {name: (r["state"], r["offset"]) for name, r in _rows().items()}
        time.sleep(0.05)


def _done(name_count: int) -> bool:
    return sum(1 for r in _rows().values() if r["state"] == "done") >= name_count


@pytest.mark.slow
def test_a_watch_killed_mid_batch_then_stopped_by_sigterm_uploads_every_file_once(cli, service, tmp_path):
    """SIGKILL mid-batch, a new start finishes the batch; then SIGTERM during an upload lets it finish."""
    Settings(server_url=service.url, account="alice@demo.example", upload_concurrency=1,
             upload_limit_kib=512).save()
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    source = [big_pdf(tmp_path / f"scan-{n:02d}.pdf", 64 * 1024, seed=n) for n in range(6)]
    proc = cli.start("watch", str(inbox), "--stable", "0.15", "--job", "Night scans")
    try:
        for path in source:
            shutil.copy(path, inbox / path.name)
        _wait(lambda: _done(2), proc)
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=10)
        uploaded = inbox / "Uploaded"
        assert len(list(uploaded.iterdir())) < len(source)  # killed mid-batch indeed
        proc = cli.start("watch", str(inbox), "--stable", "0.15", "--job", "Night scans")
        _wait(lambda: uploaded.is_dir() and len(list(uploaded.iterdir())) == len(source), proc)
        assert [p.name for p in inbox.iterdir()] == ["Uploaded"]
        _stored_once(service, *source)  # each content stored exactly once on the service

        # SIGTERM while a file is on its way (640 KiB at 512 KiB/s): it is finished, then the watch ends.
        stack = big_pdf(tmp_path / "stack.pdf", 640 * 1024, seed=99)
        shutil.copy(stack, inbox / "stack.pdf")
        _wait(lambda: (row := _rows().get("stack.pdf")) is not None and row["state"] == "uploading", proc)
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, err
    assert "Traceback" not in err
    rows = _rows()
    assert {r["state"] for r in rows.values()} == {"done"} and len(rows) == len(source) + 1
    assert {r["job"] for r in rows.values()} == {"Night scans"}
    assert (uploaded / "stack.pdf").is_file() and not (inbox / "stack.pdf").exists()
    _stored_once(service, stack)
    lines = out.splitlines()
    assert any("stack.pdf: uploaded, moved to Uploaded (ticket tkt_" in line for line in lines), out
    assert lines[-1].endswith(" stopped"), out  # nothing left in the queue


def test_upload_split_pages_sends_one_ticket_per_page(monkeypatch, capsys, logged_in, tmp_path):
    from tests.api_client.test_watch import pdf_of_pages

    stack = pdf_of_pages(tmp_path / "stack.pdf", 3)
    code, out, err = run(monkeypatch, capsys, "upload", "--split-pages", str(stack))
    assert code == 0, err
    lines = out.strip().splitlines()
    assert [line.split(":")[0] for line in lines] == ["stack p01.pdf", "stack p02.pdf", "stack p03.pdf"]
    assert len({line.split("ticket ")[1] for line in lines}) == 3
    assert not any(paths.split_pages_dir().glob("*/*.pdf"))  # the page files went once sent


def test_watch_leaves_a_folder_paused_in_the_app_alone_unless_it_is_named(monkeypatch, capsys, tmp_path):
    import argparse

    from app.cli import watch as watch_command

    scans, phone = tmp_path / "scans", tmp_path / "phone"
    scans.mkdir()
    phone.mkdir()
    Settings(watched_folders=[{"path": str(scans)}, {"path": str(phone)}], paused_folders=[str(scans)]).save()
    # With no FOLDER: the app's folders, the paused one left alone with a line that says why.
    args = argparse.Namespace(folders=[], job="", notes="", grouping="file", after="move")
    folders = watch_command._folders(args, Settings.load())
    assert [f.key for f in folders] == [str(phone)]
    out = capsys.readouterr().out
    assert out.count("\n") == 1 and out.rstrip().endswith(
        f"{scans}: paused in the app, so not watched; resume it on the app's Uploads page, then start this again.")
    # Named: watched all the same, and said so.
    args.folders = [str(scans)]
    assert [(f.key, f.paused) for f in watch_command._folders(args, Settings.load())] == [(str(scans), False)]
    assert capsys.readouterr().out.rstrip().endswith(f"{scans}: paused in the app, watched here because it was named.")

    # Every folder paused: one sentence, before anything is signed in to or locked.
    Settings(watched_folders=[{"path": str(scans)}], paused_folders=[str(scans)]).save()
    code, out, err = run(monkeypatch, capsys, "watch")
    assert code != 0 and out == ""
    assert err.strip() == ("ticketpros: Every watched folder is paused: resume one on the app's Uploads page, "
                           "or name a folder to watch.")

"""The persistent upload queue and its runner against the real service."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from api_client.media import sha256_file
from api_client.uploads import Grouping, ItemState, QueueRunner, UploadQueue
from tests import media_samples as samples
from tests.support.service import ServiceProcess
from tests.support.uploads import MiB, big_pdf, signed_in

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def queue(tmp_path):
    q = UploadQueue(tmp_path / "queue" / "upload-queue.sqlite3", tmp_path / "queue" / "staging")
    yield q
    q.close()


@pytest.fixture
def client(service):
    c = signed_in(service.url)
    yield c
    c.close()


@pytest.fixture
def runner(queue, client):
    r = QueueRunner(queue, client, chunk_size=256 * 1024, poll_interval=0.05)
    r.start()
    yield r
    r.stop()


def _wait(predicate, timeout=20.0, queue=None):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.05)
    detail = [(i.name, i.state, i.error) for i in queue.items()] if queue is not None else ""
    raise AssertionError(f"timed out: {detail}")


def _states(queue):
    return {item.name: item.state for item in queue.items()}


def test_a_batch_with_bad_files_uploads_the_good_ones(queue, runner, client, tmp_path):
    folder = tmp_path / "drop"
    (folder / "sub").mkdir(parents=True)
    samples.jpeg_with_gps(folder / "photo.jpg")
    samples.png_with_exif_gps(folder / "sub" / "scan.png")
    samples.small_pdf(folder / "ticket.pdf")
    samples.truncated_jpeg(folder / "broken.jpg")
    samples.exe_renamed_jpg(folder / "invoice.jpg")
    samples.zero_byte(folder / "empty.jpg")
    hostile = folder / "evil\u202egpj.exe;rm -rf $(x)\x07 ..\\..\\win.jpg"
    samples.jpeg_with_gps(hostile, size=(80, 60))
    before = client.tickets.list().total

    runner.pause_all()  # counted before the runner refuses the bad ones (it would, in milliseconds)
    added = queue.add([folder], grouping=Grouping.ONE_TICKET_EACH, job="J-1")
    assert len(added) == 7 and queue.pending_count() == 7
    runner.resume_all()
    _wait(lambda: all(i.state.finished for i in queue.items()), queue=queue)

    items = {i.source_path: i for i in queue.items()}
    rejected = {Path(p).name: i.error for p, i in items.items() if i.state is ItemState.REJECTED}
    assert set(rejected) == {"broken.jpg", "invoice.jpg", "empty.jpg"}
    for reason in rejected.values():  # one sentence each, for a person
        assert reason and reason.endswith(".") and "\n" not in reason and "Traceback" not in reason
    done = [i for i in items.values() if i.state is ItemState.DONE]
    assert len(done) == 4 and all(i.ticket_id for i in done)
    assert client.tickets.list().total == before + 4
    hostile_item = items[str(hostile)]
    assert "/" not in hostile_item.name and "\x07" not in hostile_item.name
    assert client.tickets.get(hostile_item.ticket_id).job == "J-1"
    assert queue.pending_count() == 0
    # Cleaned copies are removed once uploaded; the sources are untouched.
    assert list(queue.staging_dir.iterdir()) == []
    assert (folder / "photo.jpg").read_bytes() == samples.jpeg_with_gps(tmp_path / "again.jpg").read_bytes()


def test_files_of_one_ticket_become_its_pages(queue, runner, client, tmp_path):
    files = [samples.small_pdf(tmp_path / f"p{n}.pdf") for n in range(3)]
    files.insert(1, samples.exe_renamed_jpg(tmp_path / "not-a-page.jpg"))
    # Three different PDFs (small_pdf is deterministic: make them differ).
    for n, f in enumerate(files):
        if f.suffix == ".pdf":
            f.write_bytes(f.read_bytes().replace(b"[0 0 200 100]", f"[0 0 200 10{n}]".encode()))
    queue.add(files, grouping=Grouping.ONE_MULTI_PAGE_TICKET, ticket_number="T-900", notes="three pages")
    _wait(lambda: all(i.state.finished for i in queue.items()))
    done = [i for i in queue.items() if i.state is ItemState.DONE]
    assert len(done) == 3 and len({i.ticket_id for i in done}) == 1
    assert sorted(i.page for i in done) == [1, 2, 3] and {i.page_count for i in done} == {3}
    ticket = client.tickets.get(done[0].ticket_id)
    assert ticket.ticket_number == "T-900" and ticket.page_count == 3 and ticket.status != "uploading"


def test_a_duplicate_waits_for_the_person(queue, runner, client, tmp_path):
    pdf = samples.small_pdf(tmp_path / "ticket.pdf")
    queue.add([pdf])
    _wait(lambda: queue.items()[0].state is ItemState.DONE)
    first_ticket = queue.items()[0].ticket_id

    again = queue.add([pdf])[0]
    _wait(lambda: queue.get(again.id).state is ItemState.WAITING_DECISION)
    flagged = queue.get(again.id)
    assert any(m.get("ticket_id") == first_ticket for m in flagged.duplicates)
    queue.decide(again.id, upload_anyway=False)
    assert queue.get(again.id).state is ItemState.CANCELLED

    third = queue.add([pdf])[0]
    _wait(lambda: queue.get(third.id).state is ItemState.WAITING_DECISION)
    queue.decide(third.id, upload_anyway=True)
    _wait(lambda: queue.get(third.id).state is ItemState.DONE)
    assert queue.get(third.id).ticket_id != first_ticket


def test_pause_resume_and_cancel(queue, client, tmp_path):
    big = big_pdf(tmp_path / "big.pdf", 6 * MiB)
    other = big_pdf(tmp_path / "other.pdf", 3 * MiB, seed=1)
    runner = QueueRunner(queue, client, chunk_size=256 * 1024, poll_interval=0.05)
    runner.start()
    try:
        a, b = queue.add([big, other])
        _wait(lambda: queue.get(a.id).offset > 0 or queue.get(a.id).state is ItemState.UPLOADING)
        queue.pause(a.id)
        queue.cancel(b.id)
        _wait(lambda: queue.get(a.id).state is ItemState.PAUSED and not runner._busy)
        paused_at = queue.get(a.id).offset
        time.sleep(0.3)
        assert queue.get(a.id).offset == paused_at  # nothing moves while paused
        assert queue.get(b.id).state is ItemState.CANCELLED
        _wait(lambda: queue.get(b.id).upload_url is None)  # its partial upload was removed
        queue.resume(a.id)
        _wait(lambda: queue.get(a.id).state is ItemState.DONE)
        assert client.tickets.get(queue.get(a.id).ticket_id).files[0].sha256 == sha256_file(big)
    finally:
        runner.stop()


def test_service_down_fails_with_next_try_then_retry_now(tmp_path):
    proc = ServiceProcess(tmp_path / "service")
    proc.start()
    queue = UploadQueue(tmp_path / "q.sqlite3", tmp_path / "staging")
    client = signed_in(proc.url)
    runner = QueueRunner(queue, client, max_attempts=2, poll_interval=0.05)
    try:
        proc.stop()
        item = queue.add([samples.small_pdf(tmp_path / "a.pdf")])[0]
        runner.start()
        _wait(lambda: queue.get(item.id).state is ItemState.FAILED)
        failed = queue.get(item.id)
        assert failed.error and failed.error.endswith(".") and failed.next_attempt_at > time.time()
        proc.start()
        queue.retry_now(item.id)
        _wait(lambda: queue.get(item.id).state is ItemState.DONE)
    finally:
        runner.stop()
        queue.close()
        client.close()
        proc.stop()


def test_the_queue_survives_closing(tmp_path):
    db, staging = tmp_path / "q.sqlite3", tmp_path / "staging"
    with UploadQueue(db, staging) as queue:
        queue.add([samples.small_pdf(tmp_path / "a.pdf")], job="J")
    with UploadQueue(db, staging) as queue:
        (item,) = queue.items()
        assert item.state is ItemState.PREPARING and item.job == "J" and queue.pending_count() == 1


_CHILD = textwrap.dedent("""
    import os, signal, sys, time
    from pathlib import Path
    from api_client import TicketProsClient
    from api_client.uploads import QueueRunner, UploadQueue
    url, db, staging, mode, src = sys.argv[1:6]
    client = TicketProsClient(url)
    client.login("alice@demo.example", "demo-password", remember=False)
    queue = UploadQueue(Path(db), Path(staging))
    if mode == "kill-after-create":
        original = queue._update
        def update(item_id, **fields):
            if fields.get("upload_url"):
                os.kill(os.getpid(), signal.SIGKILL)   # the POST succeeded; its Location is not saved
            return original(item_id, **fields)
        queue._update = update
    if src != "-":
        queue.add([Path(src)])
    runner = QueueRunner(queue, client, chunk_size=1024 * 1024, poll_interval=0.05)
    runner.start()
    while True:
        item = queue.items()[0]
        print(item.state, item.offset, flush=True)
        if item.state.finished:
            break
        time.sleep(0.05)
    runner.stop(); queue.close(); client.close()
""")


def _child(url, db, staging, mode, src) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", _CHILD, url, str(db), str(staging), mode, str(src)],
                            stdout=subprocess.PIPE, text=True, cwd=ROOT,
                            env={**os.environ, "PYTHONUNBUFFERED": "1"})


def _uploads_rows(service, sha):
    with service.db() as conn:
        return conn.execute("SELECT count(*) FROM ticket_files WHERE sha256 = ?", (sha,)).fetchone()[0]


@pytest.mark.slow
def test_client_killed_mid_upload_resumes_once(service, tmp_path):
    big = big_pdf(tmp_path / "big.pdf", 30 * MiB)
    db, staging = tmp_path / "q.sqlite3", tmp_path / "staging"
    proc = _child(service.url, db, staging, "normal", big)
    for line in proc.stdout:
        state, offset = line.split()
        if state == "uploading" and int(offset) >= 8 * MiB:
            proc.send_signal(signal.SIGKILL)
            break
    proc.wait(10)
    proc.stdout.close()
    with UploadQueue(db, staging) as queue:
        item = queue.items()[0]
        assert item.upload_url and 0 < item.offset < item.size
    proc = _child(service.url, db, staging, "normal", "-")
    out, _ = proc.communicate(timeout=60)
    assert out.strip().splitlines()[-1].startswith("done")
    with UploadQueue(db, staging) as queue:
        item = queue.items()[0]
    assert item.state is ItemState.DONE and _uploads_rows(service, sha256_file(big)) == 1
    with signed_in(service.url) as client:
        assert client.tickets.get(item.ticket_id).files[0].sha256 == sha256_file(big)


@pytest.mark.slow
def test_client_killed_between_creation_and_saving_the_url(service, tmp_path):
    pdf = big_pdf(tmp_path / "a.pdf", 2 * MiB)
    db, staging = tmp_path / "q.sqlite3", tmp_path / "staging"
    proc = _child(service.url, db, staging, "kill-after-create", pdf)
    proc.communicate(timeout=60)
    assert proc.returncode == -signal.SIGKILL
    with UploadQueue(db, staging) as queue:
        assert queue.items()[0].upload_url is None
    with service.db() as conn:
        uploads_before = conn.execute("SELECT count(*) FROM uploads").fetchone()[0]
    proc = _child(service.url, db, staging, "normal", "-")
    out, _ = proc.communicate(timeout=60)
    assert out.strip().splitlines()[-1].startswith("done")
    with service.db() as conn:
        # The same Idempotency-Key found the same upload: no twin was created.
        assert conn.execute("SELECT count(*) FROM uploads").fetchone()[0] == uploads_before
    assert _uploads_rows(service, sha256_file(pdf)) == 1

"""The service runs out of storage: 507 with a sentence, no half ticket, nothing lost.

Simulated honestly with the service's own storage limit (``Settings.storage_limit``,
``--max-storage-mb``): a write past it fails exactly like a write to a full disk
(``OSError(ENOSPC)``), through the same code path.
"""

from __future__ import annotations

import errno
import time
from pathlib import Path

import httpx
import pytest

from api_client import ServerError, StorageFullError
from api_client.media import sha256_file
from api_client.uploads import STORAGE_FULL_MESSAGE, ItemState, QueueRunner, TusUploader, UploadQueue
from app.errors import describe
from server.uploads import space
from tests.server.tus_raw import TusClient, sign_in
from tests.support.service import start_service
from tests.support.uploads import MiB, big_pdf, pdf_tail, signed_in


@pytest.fixture
def limited_service(tmp_path):
    handle = start_service(tmp_path / "service-data", storage_limit=3 * MiB)
    yield handle
    handle.stop()


def _meta(path: Path, sha: str, key: str) -> dict:
    return {"filename": path.name, "filetype": "application/pdf", "sha256": sha, "ticket_key": key,
            "page": 1, "page_count": 1}


def _count(service, sql: str, *args) -> int:
    with service.db() as conn:
        return conn.execute(sql, args).fetchone()[0]


def test_a_file_that_cannot_fit_is_refused_at_creation_with_507(limited_service, tmp_path):
    tus = TusClient(limited_service.url, sign_in(limited_service.url, "alice@demo.example"))
    reply = tus.create(4 * MiB, filename="big.pdf")
    assert reply.status_code == 507
    error = reply.json()["error"]
    assert error["code"] == "storage_full"
    assert error["message"] == ("The service has run out of storage, so it cannot take this file now; "
                                "try again later.")
    assert _count(limited_service, "SELECT count(*) FROM uploads") == 0


@pytest.mark.disk_storage  # the bytes of a PATCH are written to the data dir's partial file
def test_running_out_mid_upload_keeps_what_arrived_and_resumes_once_there_is_room(limited_service, tmp_path):
    service = limited_service
    first, second = big_pdf(tmp_path / "first.pdf", MiB + 500, seed=1), big_pdf(tmp_path / "second.pdf",
                                                                               int(2.5 * MiB), seed=2)
    with signed_in(service.url) as client:
        uploader = TusUploader(client, chunk_size=MiB)
        tickets_before = client.tickets.list().total
        # The second file starts while there is room for it ...
        url = uploader.create(second.stat().st_size, _meta(second, sha256_file(second), "k2"), idempotency_key="u2")
        uploader._patch(url, 0, second.read_bytes()[:MiB], None, lambda sent: None)
        # ... then the first one takes the room it needed.
        done = uploader.upload(first, metadata=_meta(first, sha256_file(first), "k1"), sha256=sha256_file(first))
        with pytest.raises(StorageFullError) as err:
            uploader.upload(second, metadata=_meta(second, sha256_file(second), "k2"),
                            sha256=sha256_file(second), upload_url=url)
        assert err.value.status == 507 and err.value.code == "storage_full"
        assert err.value.message.startswith("The service has run out of storage")
        # Nothing half-made: no ticket for the second file; what arrived is kept and vouched for.
        assert client.tickets.list().total == tickets_before + 1
        status = uploader.status(url)
        assert MiB <= status.offset < second.stat().st_size and status.ticket_id is None
        upload_id = url.rsplit("/", 1)[1]
        partial = service.settings.data_dir / "uploads" / f"{upload_id}.part"
        assert partial.stat().st_size == status.offset
        # Room again (the person deleted a ticket): the upload goes on from where it stopped.
        client.tickets.delete(done.ticket_id)
        result = uploader.upload(second, metadata=_meta(second, sha256_file(second), "k2"),
                                 sha256=sha256_file(second), upload_url=url)
        assert client.tickets.get(result.ticket_id).files[0].sha256 == sha256_file(second)
    assert _count(service, "SELECT count(*) FROM ticket_files WHERE sha256 = ?", sha256_file(second)) == 1
    assert _count(service, "SELECT count(*) FROM tickets WHERE status = 'uploading'") == 0


def test_the_queue_keeps_the_file_and_says_why_then_sends_it_once(service, tmp_path):
    big = big_pdf(tmp_path / "scan.pdf", 6 * MiB, seed=3)
    queue = UploadQueue(tmp_path / "q.sqlite3", tmp_path / "staging")
    client = signed_in(service.url)
    runner = QueueRunner(queue, client, chunk_size=256 * 1024, concurrency=1, poll_interval=0.05,
                         backoff=lambda attempts: 3600.0)
    try:
        (item,) = queue.add([big])
        runner.start()
        deadline = time.monotonic() + 20
        while queue.get(item.id).offset < 512 * 1024:
            assert time.monotonic() < deadline, queue.get(item.id)
            time.sleep(0.01)
        # The disk fills up while the file is on its way.
        service.settings.storage_limit = space._walk(service.settings.data_dir) + 100_000
        deadline = time.monotonic() + 20
        while queue.get(item.id).state is not ItemState.FAILED:
            assert time.monotonic() < deadline, queue.get(item.id)
            time.sleep(0.02)
        failed = queue.get(item.id)
        assert failed.error == STORAGE_FULL_MESSAGE and failed.upload_url and failed.next_attempt_at > time.time()
        assert queue.pending_count() == 1 and Path(failed.staged_path).exists()
        assert _count(service, "SELECT count(*) FROM tickets") == 0
        # Room again; "Retry now" goes on from the offset the service kept.
        service.settings.storage_limit = None
        queue.retry_now(item.id)
        assert runner.wait_idle(30)
        done = queue.get(item.id)
        assert done.state is ItemState.DONE and done.upload_url == failed.upload_url
        assert _count(service, "SELECT count(*) FROM ticket_files") == 1
    finally:
        runner.stop()
        queue.close()
        client.close()


def test_completion_without_room_leaves_the_upload_whole_and_completes_later(limited_service, tmp_path):
    """The last byte arrived, but the cleaned copy of a photo has no room: 507, no ticket;
    a later HEAD completes it once there is room."""
    from tests import media_samples as samples

    photo = samples.jpeg_with_gps(tmp_path / "p.jpg", size=(1200, 900))
    data = photo.read_bytes()
    service = limited_service
    service.settings.storage_limit = space._walk(service.settings.data_dir) + len(data) + 1000
    tus = TusClient(service.url, sign_in(service.url, "alice@demo.example"))
    location = tus.location(len(data), filename="p.jpg")
    reply = tus.patch(location, 0, data)
    assert reply.status_code == 507 and reply.json()["error"]["code"] == "storage_full"
    assert _count(service, "SELECT count(*) FROM tickets") == 0
    assert _count(service, "SELECT count(*) FROM uploads WHERE status = 'receiving' AND \"offset\" = length") == 1
    assert not list((service.settings.data_dir / "work").glob("*"))
    service.settings.storage_limit = None
    head = tus.head(location)
    assert head.status_code == 200 and head.headers["Ticket-Id"]
    assert _count(service, "SELECT count(*) FROM tickets WHERE status != 'uploading'") == 1


def test_a_real_enospc_is_recognised(tmp_path):
    assert space.is_no_space(OSError(errno.ENOSPC, "No space left on device"))
    assert space.is_no_space(OSError(errno.EDQUOT, "Disk quota exceeded"))
    assert not space.is_no_space(OSError(errno.EACCES, "Permission denied"))


def test_a_507_without_our_error_shape_is_still_a_storage_full_error_with_a_sentence():
    from api_client import TicketProsClient

    def reply(request: httpx.Request) -> httpx.Response:  # a proxy's own 507 page
        return httpx.Response(507, text="<html><h1>507 Insufficient Storage</h1></html>")

    with (TicketProsClient("http://127.0.0.1:9", transport=httpx.MockTransport(reply), max_retries=0) as client,
          pytest.raises(StorageFullError) as err):
        client.request("GET", "/tickets", authenticated=False)
    assert isinstance(err.value, ServerError) and err.value.message.endswith("try again later.")
    sentence = describe(err.value)
    assert sentence.startswith("The service has run out of storage.") and "Traceback" not in sentence


def test_the_uploads_page_says_the_service_is_full_and_keeps_the_file(qtbot, make_desktop, service, tmp_path):
    from app.settings import Settings
    from tests.app.conftest import sign_in
    from tests.support.service import DEMO_PASSWORD

    screenshots = Path(__file__).resolve().parents[2] / "screenshots"
    screenshots.mkdir(exist_ok=True)
    service.settings.storage_limit = space._walk(service.settings.data_dir) + 200_000
    Settings(server_url=service.url).save()
    desktop = make_desktop()
    desktop.start()
    sign_in(qtbot, desktop, "alice@demo.example", DEMO_PASSWORD)
    qtbot.waitUntil(lambda: desktop.main_window is not None and desktop.main_window.isVisible(), timeout=15000)
    window = desktop.main_window
    window.resize(1100, 600)
    window.show_page("uploads")
    page = window.pages["uploads"]
    qtbot.waitUntil(lambda: page.queue is not None, timeout=10000)
    page.add_paths([big_pdf(tmp_path / "scan.pdf", MiB, seed=4)])
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.model.item(0).state is ItemState.FAILED,
                    timeout=15000)
    item = page.model.item(0)
    assert item.error == STORAGE_FULL_MESSAGE and page.queue.pending_count() == 1
    window.grab().save(str(screenshots / "faults-upload-storage-full.png"))
    service.settings.storage_limit = None
    page.queue.retry_now(item.id)
    qtbot.waitUntil(lambda: page.model.item(0).state is ItemState.DONE, timeout=15000)


@pytest.mark.disk_storage  # cuts the data dir's partial file back to what the database vouched for
def test_a_database_too_full_to_record_the_offset_keeps_only_what_it_vouched_for(service, monkeypatch):
    """A truly full disk: SQLite cannot even record how much arrived (its own error, raised
    where it would be). 507, the unrecorded bytes go, and the upload resumes from its offset."""
    import sqlite3

    from server.uploads import receive

    def full(*args, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    head = b"%PDF-1.4\n" + bytes(range(256)) * 400
    data = head + pdf_tail(len(head))
    tus = TusClient(service.url, sign_in(service.url, "alice@demo.example"))
    location = tus.location(len(data), filename="a.pdf")
    monkeypatch.setattr(receive, "sync_and_record", full)
    reply = tus.patch(location, 0, data)
    assert reply.status_code == 507 and reply.json()["error"]["code"] == "storage_full"
    assert reply.headers["Upload-Offset"] == "0"
    monkeypatch.undo()
    assert tus.head(location).headers["Upload-Offset"] == "0"
    done = tus.patch(location, 0, data)
    assert done.status_code == 204 and done.headers["Ticket-Id"]

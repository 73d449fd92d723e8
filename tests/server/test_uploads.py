"""The tus endpoint rule by rule, with a raw httpx client against the real service."""

from __future__ import annotations

import hashlib
import os
import threading
import time
from datetime import timedelta
from pathlib import Path

import httpx
import pytest

from tests import media_samples as samples
from tests.server.tus_raw import TUS, UPLOADS, TusClient, chunk_checksum, sign_in
from tests.support import stored
from tests.support.uploads import big_pdf

# Part of the bounded PostgreSQL run CI makes (./dev test --backend postgres --bounded).
pytestmark = pytest.mark.postgres_ci


@pytest.fixture
def alice(service) -> TusClient:
    return TusClient(service.url, sign_in(service.url, "alice@demo.example"))


@pytest.fixture
def bob(service) -> TusClient:
    return TusClient(service.url, sign_in(service.url, "bob@demo.example"))


@pytest.fixture
def photo(tmp_path) -> bytes:
    return samples.jpeg_with_gps(tmp_path / "photo.jpg", orientation=6, size=(320, 240)).read_bytes()


def pdf_bytes(tmp_path: Path, padding: int = 0) -> bytes:
    """A valid PDF; ``padding`` adds that many opaque bytes inside it (big_pdf)."""
    if not padding:
        return samples.small_pdf(tmp_path / "doc.pdf").read_bytes()
    return big_pdf(tmp_path / "padded.pdf", 1024 + padding, seed=len(os.listdir(tmp_path))).read_bytes()


def ticket_count(service) -> int:
    with service.db() as db:
        return db.execute("SELECT count(*) FROM tickets").fetchone()[0]


def stored_files(service) -> list[str]:
    return stored.keys(service.settings, "files/")


# --- Discovery and protocol version ---------------------------------------------------------------


def test_options_publishes_version_extensions_and_limit_without_auth(service):
    r = httpx.options(service.url + UPLOADS)
    assert r.status_code == 204
    assert r.headers["Tus-Resumable"] == "1.0.0"
    assert r.headers["Tus-Version"] == "1.0.0"
    assert r.headers["Tus-Extension"] == "creation,creation-with-upload,termination,checksum"
    assert r.headers["Tus-Max-Size"] == str(50 * 1024 * 1024) == str(service.settings.max_upload_size)
    assert set(r.headers["Tus-Checksum-Algorithm"].split(",")) == {"sha1", "sha256"}


@pytest.mark.parametrize("version", [None, "0.2.2", "2.0.0"])
def test_requests_without_tus_resumable_1_0_0_are_412(alice, version):
    headers = {"Authorization": alice.auth["Authorization"], "Upload-Length": "10"}
    if version:
        headers["Tus-Resumable"] = version
    r = httpx.post(alice.url + UPLOADS, headers=headers)
    assert r.status_code == 412
    assert r.headers["Tus-Version"] == "1.0.0" and r.headers["Tus-Resumable"] == "1.0.0"
    assert "Tus-Resumable: 1.0.0" in r.json()["error"]["message"]


def test_errors_carry_tus_resumable_and_need_a_token(service):
    r = httpx.post(service.url + UPLOADS, headers={**TUS, "Upload-Length": "10"})
    assert r.status_code == 401 and r.headers["Tus-Resumable"] == "1.0.0"
    assert r.json()["error"]["code"] == "not_signed_in"


# --- Creation -------------------------------------------------------------------------------------


@pytest.mark.disk_storage
def test_creation_answers_201_with_an_absolute_path_location(service, alice):
    r = alice.create(1234, filename="../../etc/passwd", filetype="image/jpeg", page="1", page_count="1")
    assert r.status_code == 201, r.text
    assert r.headers["Location"].startswith("/api/v1/uploads/upl_")
    assert r.headers["Upload-Offset"] == "0" and r.headers["Tus-Resumable"] == "1.0.0"
    assert r.headers["Upload-Expires"].endswith("GMT")
    upload_id = r.headers["Location"].rsplit("/", 1)[1]
    with service.db() as db:
        row = db.execute("SELECT * FROM uploads WHERE id = ?", (upload_id,)).fetchone()
    assert row["length"] == 1234 and row["offset"] == 0 and row["status"] == "receiving"
    # The client's name is display text only: never a path, no folders kept.
    assert '"filename": "passwd"' in row["metadata"]
    on_disk = [p.name for p in service.settings.data_dir.rglob("*")]
    assert "passwd" not in on_disk and f"{upload_id}.part" in on_disk


def test_size_limit_and_empty_files(alice):
    too_big = alice.create(50 * 1024 * 1024 + 1)
    assert too_big.status_code == 413
    assert too_big.json()["error"]["message"] == "The file is larger than the 50 MB the service accepts."
    assert (too_big.json()["error"]["message_code"], too_big.json()["error"]["params"]) == (
        "uploads.file_too_large", {"megabytes": 50})
    empty = alice.create(0)
    assert empty.status_code == 400 and empty.json()["error"]["message"] == "The file is empty."
    missing = httpx.post(alice.url + UPLOADS, headers=alice.auth)
    assert missing.status_code == 400 and "Upload-Length" in missing.json()["error"]["message"]
    assert alice.create(50 * 1024 * 1024).status_code == 201


@pytest.mark.parametrize(
    ("metadata", "words"),
    [
        ("filename !!!", "base64"),
        ("sha256 " + "eHl6", "sha256"),
        ("page Mw==,page_count Mg==", "Page 3"),  # page 3 of 2
        ("ticket_date MjAyNC0xMy0wMQ==", "YYYY-MM-DD"),  # 2024-13-01
    ],
)
def test_malformed_metadata_is_400_with_a_reason(alice, metadata, words):
    r = httpx.post(alice.url + UPLOADS, headers={**alice.auth, "Upload-Length": "5", "Upload-Metadata": metadata})
    assert r.status_code == 400 and words in r.json()["error"]["message"]


def test_idempotency_key_returns_the_same_upload(alice, bob):
    first = alice.create(100, headers={"Idempotency-Key": "k-1"}, filename="a.jpg")
    again = alice.create(100, headers={"Idempotency-Key": "k-1"}, filename="a.jpg")
    assert first.status_code == again.status_code == 201
    assert first.headers["Location"] == again.headers["Location"]
    # Keys are per user, and a key cannot be reused for another file.
    assert bob.create(100, headers={"Idempotency-Key": "k-1"}).headers["Location"] != first.headers["Location"]
    reused = alice.create(200, headers={"Idempotency-Key": "k-1"}, filename="a.jpg")
    assert reused.status_code == 422 and reused.json()["error"]["code"] == "idempotency_key_reused"


# --- Sending, resuming, refusals ------------------------------------------------------------------


@pytest.mark.disk_storage
def test_resume_via_head_after_a_partial_patch(service, alice, photo):
    location = alice.location(len(photo), filename="photo.jpg", sha256=hashlib.sha256(photo).hexdigest())
    first = alice.patch(location, 0, photo[:1000])
    assert first.status_code == 204 and first.headers["Upload-Offset"] == "1000"
    state = alice.head(location)
    assert state.status_code == 200
    assert state.headers["Upload-Offset"] == "1000" and state.headers["Upload-Length"] == str(len(photo))
    assert state.headers["Cache-Control"] == "no-store" and "Ticket-Id" not in state.headers
    done = alice.patch(location, 1000, photo[1000:])
    assert done.status_code == 204 and done.headers["Upload-Offset"] == str(len(photo))
    ticket_id = done.headers["Ticket-Id"]
    after = alice.head(location)
    assert after.headers["Ticket-Id"] == ticket_id and after.headers["Upload-Offset"] == str(len(photo))
    assert not list((service.settings.data_dir / "uploads").iterdir())  # the partial file is gone


def test_offset_mismatch_is_409_and_says_where_to_continue(alice, photo):
    location = alice.location(len(photo))
    alice.patch(location, 0, photo[:500])
    r = alice.patch(location, 0, photo[:500])
    assert r.status_code == 409 and r.headers["Upload-Offset"] == "500"
    assert r.json()["error"]["code"] == "offset_mismatch"
    assert alice.patch(location, 700, photo[700:800]).status_code == 409
    assert alice.head(location).headers["Upload-Offset"] == "500"


@pytest.mark.parametrize("algorithm", ["sha256", "sha1"])
def test_chunk_checksums(alice, photo, algorithm):
    location = alice.location(len(photo))
    bad = alice.patch(location, 0, photo[:800], headers={"Upload-Checksum": chunk_checksum(b"other", algorithm)})
    assert bad.status_code == 460 and bad.json()["error"]["code"] == "checksum_mismatch"
    assert alice.head(location).headers["Upload-Offset"] == "0"  # the chunk was discarded
    good = alice.patch(location, 0, photo[:800], headers={"Upload-Checksum": chunk_checksum(photo[:800], algorithm)})
    assert good.status_code == 204 and good.headers["Upload-Offset"] == "800"
    rest = alice.patch(location, 800, photo[800:], headers={"Upload-Checksum": chunk_checksum(photo[800:], algorithm)})
    assert rest.status_code == 204 and "Ticket-Id" in rest.headers


def test_unsupported_checksum_algorithm_is_400(alice, photo):
    location = alice.location(len(photo))
    r = alice.patch(location, 0, photo[:10], headers={"Upload-Checksum": "md5 " + "A" * 24})
    assert r.status_code == 400 and r.json()["error"]["code"] == "unsupported_checksum"


def test_wrong_content_type_is_415(alice, photo):
    location = alice.location(len(photo))
    r = alice.patch(location, 0, photo[:10], headers={"Content-Type": "application/octet-stream"})
    assert r.status_code == 415 and r.json()["error"]["code"] == "wrong_content_type"
    assert r.headers["Tus-Resumable"] == "1.0.0"


def test_data_past_upload_length_is_413(alice, photo):
    location = alice.location(100)
    r = alice.patch(location, 0, photo[:101])
    assert r.status_code == 413 and r.json()["error"]["code"] == "past_upload_length"

    def chunked():  # no Content-Length: found while streaming
        yield photo[:60]
        yield photo[60:160]

    r = alice.patch(location, 0, chunked())
    assert r.status_code == 413
    assert alice.head(location).headers["Upload-Offset"] == "0"


@pytest.mark.disk_storage
def test_termination_removes_the_partial_data(service, alice, photo):
    location = alice.location(len(photo))
    alice.patch(location, 0, photo[:1000])
    part = service.settings.data_dir / "uploads" / (location.rsplit("/", 1)[1] + ".part")
    assert part.stat().st_size == 1000
    r = alice.delete(location)
    assert r.status_code == 204 and r.headers["Tus-Resumable"] == "1.0.0"
    assert not part.exists()
    assert alice.head(location).status_code == 404
    assert alice.patch(location, 1000, photo[1000:]).status_code == 404


def test_another_users_upload_is_404(alice, bob, photo):
    location = alice.location(len(photo))
    assert bob.head(location).status_code == 404
    assert bob.patch(location, 0, photo[:10]).status_code == 404
    assert bob.delete(location).status_code == 404
    assert alice.head(location).status_code == 200


@pytest.mark.disk_storage
def test_unfinished_uploads_expire_after_a_day(service, alice, photo):
    location = alice.location(len(photo))
    alice.patch(location, 0, photo[:100])
    service.clock.advance(timedelta(hours=25))
    alice.token = sign_in(service.url, "alice@demo.example")
    gone = alice.head(location)
    assert gone.status_code == 404
    alice.create(10)  # creation removes expired uploads, with their data
    with service.db() as db:
        assert db.execute("SELECT count(*) FROM uploads").fetchone()[0] == 1
    assert len(list((service.settings.data_dir / "uploads").iterdir())) == 1


# --- Completion -----------------------------------------------------------------------------------


@pytest.mark.disk_storage
def test_completion_with_the_wrong_sha256_is_460_and_discards(service, alice, photo):
    before = ticket_count(service)
    location = alice.location(len(photo), sha256=hashlib.sha256(b"something else").hexdigest())
    r = alice.patch(location, 0, photo)
    assert r.status_code == 460 and r.json()["error"]["code"] == "file_checksum_mismatch"
    assert "SHA-256" in r.json()["error"]["message"]
    assert ticket_count(service) == before
    assert alice.head(location).status_code == 410  # a retry learns it is gone for good, and why
    retried = alice.patch(location, 0, photo)
    assert retried.status_code == 410 and retried.json()["error"] == r.json()["error"]
    assert not list((service.settings.data_dir / "uploads").iterdir())


@pytest.mark.parametrize("make", [samples.exe_renamed_jpg, "elf"])
def test_programs_renamed_jpg_are_refused(service, alice, tmp_path, make):
    if make == "elf":
        data = b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 8 + b"\x02\x00\x3e\x00" + os.urandom(2000)
    else:
        data = make(tmp_path / "invoice.jpg").read_bytes()
    before, files_before = ticket_count(service), stored_files(service)
    location = alice.location(len(data), filename="invoice.jpg", filetype="image/jpeg")
    r = alice.patch(location, 0, data)
    assert r.status_code == 415
    assert r.json()["error"] == {"code": "unsupported_type",
                                 "message": "This file is not a photo or PDF the service accepts.",
                                 "message_code": "uploads.unsupported_type", "params": {}}
    assert ticket_count(service) == before and stored_files(service) == files_before


def test_damaged_images_are_refused_with_a_reason(alice, tmp_path):
    data = samples.truncated_jpeg(tmp_path / "cut.jpg").read_bytes()
    r = alice.patch(alice.location(len(data)), 0, data)
    assert r.status_code == 422 and r.json()["error"]["code"] == "damaged_file"


def test_a_retried_completing_patch_makes_no_second_ticket(service, alice, photo):
    before = ticket_count(service)
    location = alice.location(len(photo), sha256=hashlib.sha256(photo).hexdigest())
    alice.patch(location, 0, photo[:2000])
    done = alice.patch(location, 2000, photo[2000:])
    retried = alice.patch(location, 2000, photo[2000:])  # the first reply was "lost"
    assert retried.status_code == 204
    assert retried.headers["Ticket-Id"] == done.headers["Ticket-Id"]
    assert retried.headers["Upload-Offset"] == str(len(photo))
    assert alice.head(location).headers["Ticket-Id"] == done.headers["Ticket-Id"]
    assert ticket_count(service) == before + 1
    with service.db() as db:
        pages = db.execute("SELECT count(*) FROM ticket_files WHERE ticket_id = ?",
                           (done.headers["Ticket-Id"],)).fetchone()[0]
    assert pages == 1


def test_a_second_upload_of_the_same_page_joins_the_same_ticket(service, alice, photo):
    first = alice.upload(photo, ticket_key="tk-same", page="1", page_count="1")
    second = alice.upload(photo, ticket_key="tk-same", page="1", page_count="1")
    assert first.headers["Ticket-Id"] == second.headers["Ticket-Id"]
    with service.db() as db:
        assert db.execute("SELECT count(*) FROM ticket_files WHERE ticket_id = ?",
                          (first.headers["Ticket-Id"],)).fetchone()[0] == 1
    other = samples.jpeg_with_comment(Path(service.settings.data_dir) / "other.jpg").read_bytes()
    clash_at = alice.location(len(other), ticket_key="tk-same", page="1")
    clash = alice.patch(clash_at, 0, other)
    assert clash.status_code == 409 and clash.json()["error"]["code"] == "page_taken"
    # The refusal is kept: a retry hears the same reason, with its code and page (migration 7).
    assert clash.json()["error"]["params"] == {"page": 1}
    again = alice.patch(clash_at, 0, other)
    assert again.status_code == 410 and again.json()["error"] == clash.json()["error"]


def test_another_persons_ticket_key_is_not_joined(alice, bob, photo):
    alice.upload(photo, ticket_key="shared-key")
    r = bob.patch(bob.location(len(photo), ticket_key="shared-key"), 0, photo)
    assert r.status_code == 409 and r.json()["error"]["code"] == "ticket_key_taken"


def test_multi_page_ticket(service, alice, photo, tmp_path):
    pdf = pdf_bytes(tmp_path)
    fields = {"ticket_key": "tk-multi", "page_count": "2", "ticket_number": "T-77", "job": "Quarry run",
              "ticket_date": "2026-11-02", "notes": "Two pages"}
    one = alice.upload(photo, filename="front.jpg", page="1", **fields)
    ticket_id = one.headers["Ticket-Id"]
    detail = alice.get(f"/tickets/{ticket_id}").json()
    assert detail["status"] == "uploading" and detail["page_count"] == 1
    two = alice.upload(pdf, filename="back.pdf", page="2", **fields)
    assert two.headers["Ticket-Id"] == ticket_id
    detail = alice.get(f"/tickets/{ticket_id}").json()
    assert detail["status"] == "stored" and detail["page_count"] == 2  # complete, queued for reading
    assert [(f["page"], f["mime"], f["original_name"]) for f in detail["files"]] == [
        (1, "image/jpeg", "front.jpg"), (2, "application/pdf", "back.pdf")]
    assert detail["ticket_number"] == "T-77" and detail["job"] == "Quarry run"
    assert detail["ticket_date"] == "2026-11-02" and detail["notes"] == "Two pages"
    assert service.read_tickets() == 1
    detail = alice.get(f"/tickets/{ticket_id}").json()
    # Both pages hold no text: the number the uploader typed is the ticket's one value.
    assert detail["status"] == "extracted" and detail["extracted_values"] == {"ticket_number": "T-77"}
    assert detail["fields"][0]["source"] == "person"
    assert detail["files"][1]["sha256"] == hashlib.sha256(pdf).hexdigest()  # PDFs are kept as sent


def test_an_upload_without_metadata_still_becomes_a_ticket(alice, photo):
    """What a standard tus client sends: no ticket key, no sha256."""
    location = alice.location(len(photo))
    r = alice.patch(location, 0, photo)
    assert r.status_code == 204
    detail = alice.get(f"/tickets/{r.headers['Ticket-Id']}").json()
    assert detail["files"][0]["original_name"] == "upload"


# --- Crash consistency (in process; the SIGKILL trial is in test_upload_crash.py) ------------------


@pytest.mark.disk_storage
def test_bytes_past_the_recorded_offset_are_dropped(service, alice, photo):
    location = alice.location(len(photo), sha256=hashlib.sha256(photo).hexdigest())
    alice.patch(location, 0, photo[:1000])
    part = service.settings.data_dir / "uploads" / (location.rsplit("/", 1)[1] + ".part")
    with part.open("ab") as file:  # what a crash mid-PATCH leaves: unvouched bytes
        file.write(b"garbage" * 100)
    assert alice.head(location).headers["Upload-Offset"] == "1000"
    assert part.stat().st_size == 1000
    assert alice.patch(location, 1000, photo[1000:]).status_code == 204


@pytest.mark.disk_storage
def test_a_file_lost_behind_the_offset_lowers_it(service, alice, photo):
    location = alice.location(len(photo))
    alice.patch(location, 0, photo[:1000])
    part = service.settings.data_dir / "uploads" / (location.rsplit("/", 1)[1] + ".part")
    os.truncate(part, 400)  # a power cut lost what was not yet on disk
    assert alice.head(location).headers["Upload-Offset"] == "400"
    assert alice.patch(location, 400, photo[400:]).status_code == 204


@pytest.mark.disk_storage
def test_head_finishes_an_upload_the_service_received_but_did_not_complete(service, alice, photo):
    location = alice.location(len(photo), sha256=hashlib.sha256(photo).hexdigest())
    upload_id = location.rsplit("/", 1)[1]
    # As if the service died after the last byte was recorded, before the ticket was made.
    (service.settings.data_dir / "uploads" / f"{upload_id}.part").write_bytes(photo)
    with service.db() as db:
        db.execute('UPDATE uploads SET "offset" = length WHERE id = ?', (upload_id,))
    before = ticket_count(service)
    state = alice.head(location)
    assert state.status_code == 200 and state.headers["Upload-Offset"] == str(len(photo))
    assert "Ticket-Id" in state.headers and ticket_count(service) == before + 1
    assert alice.head(location).headers["Ticket-Id"] == state.headers["Ticket-Id"]


def test_large_single_patch_streams_and_completes(service, alice, tmp_path):
    data = pdf_bytes(tmp_path, padding=12 * 1024 * 1024)

    def body():
        for start in range(0, len(data), 256 * 1024):
            yield data[start:start + 256 * 1024]

    location = alice.location(len(data), sha256=hashlib.sha256(data).hexdigest())
    r = alice.patch(location, 0, body())
    assert r.status_code == 204 and "Ticket-Id" in r.headers
    assert stored.content_key(hashlib.sha256(data).hexdigest()) in stored_files(service)


@pytest.mark.disk_storage
def test_concurrent_patch_on_the_same_upload_is_refused(service, alice, tmp_path):
    data = pdf_bytes(tmp_path, padding=2 * 1024 * 1024)
    location = alice.location(len(data))
    started, release = threading.Event(), threading.Event()

    def slow():
        yield data[:1024]
        started.set()
        release.wait(10)
        yield data[1024:]

    results = {}
    worker = threading.Thread(target=lambda: results.setdefault("r", alice.patch(location, 0, slow())))
    worker.start()
    part = service.settings.data_dir / "uploads" / (location.rsplit("/", 1)[1] + ".part")
    try:
        assert started.wait(10)
        deadline = time.monotonic() + 10
        while part.stat().st_size == 0:  # the first PATCH is writing: it holds the upload
            assert time.monotonic() < deadline
            time.sleep(0.01)
        busy = alice.patch(location, 0, data[:10])
        assert busy.status_code == 409 and busy.json()["error"]["code"] == "upload_busy"
        assert busy.headers["Retry-After"] == "2"
    finally:
        release.set()
        worker.join(20)
    assert results["r"].status_code == 204


@pytest.mark.disk_storage
def test_an_empty_patch_at_the_end_runs_a_pending_completion(service, alice, photo):
    """After a crash between the last byte and the ticket, the client may PATCH nothing at offset == length."""
    location = alice.location(len(photo), sha256=hashlib.sha256(photo).hexdigest())
    upload_id = location.rsplit("/", 1)[1]
    (service.settings.data_dir / "uploads" / f"{upload_id}.part").write_bytes(photo)
    with service.db() as db:
        db.execute('UPDATE uploads SET "offset" = length WHERE id = ?', (upload_id,))
    r = alice.patch(location, len(photo), b"")
    assert r.status_code == 204 and r.headers["Upload-Offset"] == str(len(photo)) and "Ticket-Id" in r.headers
    again = alice.patch(location, len(photo), b"")
    assert again.headers["Ticket-Id"] == r.headers["Ticket-Id"]


def test_a_stalled_patch_lets_go_of_the_upload(service, alice, tmp_path, monkeypatch):
    from server.uploads import receive

    monkeypatch.setattr(receive, "STALL_SECONDS", 0.5)
    data = pdf_bytes(tmp_path, padding=300_000)
    location = alice.location(len(data), sha256=hashlib.sha256(data).hexdigest())
    release = threading.Event()

    def stalls():
        yield data[:1000]
        release.wait(10)  # the network path died; the service never hears of it
        yield data[1000:2000]

    stalled = threading.Thread(target=lambda: _ignore_errors(lambda: alice.patch(location, 0, stalls())))
    stalled.start()
    try:
        deadline = time.monotonic() + 10
        while alice.head(location).headers["Upload-Offset"] != "1000":  # kept what arrived
            assert time.monotonic() < deadline
            time.sleep(0.05)
        r = alice.patch(location, 1000, data[1000:])
        assert r.status_code == 204 and "Ticket-Id" in r.headers
    finally:
        release.set()
        stalled.join(20)


def test_a_patch_waits_out_a_moment_s_claim_and_not_a_long_one(service, alice, photo):
    """A HEAD holds the upload for a moment (to reconcile it): a PATCH arriving then is taken once that
    claim goes, within ACQUIRE_WAIT, not refused with 409 (its client would wait Retry-After). A claim
    held longer still gets the 409."""
    from server.uploads import runtime

    location = alice.location(len(photo), sha256=hashlib.sha256(photo).hexdigest())
    upload_id = location.rsplit("/", 1)[1]

    def hold(seconds: float) -> threading.Thread:
        with service.db() as db:  # as another request's claim: a token and a lease
            db.execute("UPDATE uploads SET claim_token = 'other', claim_holder = 'another node',"
                       " claimed_until = '2999-01-01T00:00:00Z' WHERE id = ?", (upload_id,))

        def let_go() -> None:
            time.sleep(seconds)
            with service.db() as db:
                db.execute("UPDATE uploads SET claim_token = NULL, claim_holder = NULL, claimed_until = NULL"
                           " WHERE id = ?", (upload_id,))

        thread = threading.Thread(target=let_go)
        thread.start()
        return thread

    held = hold(runtime.ACQUIRE_WAIT + 1.0)
    started = time.monotonic()
    busy = alice.patch(location, 0, photo[:100])
    assert busy.status_code == 409 and busy.json()["error"]["code"] == "upload_busy"
    assert runtime.ACQUIRE_WAIT <= time.monotonic() - started < runtime.ACQUIRE_WAIT + 5
    held.join()
    assert alice.head(location).headers["Upload-Offset"] == "0"

    moment = hold(0.1)
    r = alice.patch(location, 0, photo)
    moment.join()
    assert r.status_code == 204 and "Ticket-Id" in r.headers


def _ignore_errors(call) -> None:
    try:
        call()
    except httpx.TransportError:
        pass


def test_pages_completing_at_the_same_time_make_one_ticket(service, alice, tmp_path):
    pages = [samples.jpeg_with_gps(tmp_path / f"p{n}.jpg", size=(64 + n, 48)).read_bytes() for n in range(4)]
    locations = [alice.location(len(data), ticket_key="tk-race", page=str(n + 1), page_count="4")
                 for n, data in enumerate(pages)]
    barrier = threading.Barrier(len(pages))
    replies: dict[int, httpx.Response] = {}

    def send(n: int) -> None:
        barrier.wait(10)
        replies[n] = alice.patch(locations[n], 0, pages[n])

    threads = [threading.Thread(target=send, args=(n,)) for n in range(len(pages))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert [replies[n].status_code for n in range(len(pages))] == [204] * len(pages)
    assert len({r.headers["Ticket-Id"] for r in replies.values()}) == 1
    detail = alice.get(f"/tickets/{replies[0].headers['Ticket-Id']}").json()
    assert [f["page"] for f in detail["files"]] == [1, 2, 3, 4] and detail["status"] == "stored"
    with service.db() as db:  # queued for reading once, however many pages completed it
        assert [tuple(r) for r in db.execute("SELECT ticket_id, state FROM extraction_jobs")] == [
            (replies[0].headers["Ticket-Id"], "queued")]

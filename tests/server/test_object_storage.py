"""The service on S3-compatible object storage (``--storage-url``): a real S3 server on
127.0.0.1 (moto's server mode, tests/support/s3.py), a fresh bucket per test.

These run on object storage whatever ``./dev test --storage`` says; the rest of the
server tests run there too with ``./dev test --storage s3``.
"""

from __future__ import annotations

import hashlib
import io
from datetime import timedelta

import httpx
import pytest
from PIL import Image

from server.uploads.multipart import part_size
from tests import media_samples as samples
from tests.server.test_erasure import erase
from tests.server.tus_raw import TusClient, sign_in
from tests.support import s3, stored
from tests.support.service import ServiceProcess, start_service
from tests.support.uploads import big_pdf

MiB = 1024 * 1024


@pytest.fixture
def bucket() -> str:
    return s3.new_bucket()


@pytest.fixture
def service(tmp_path, bucket):
    handle = start_service(tmp_path / "service-data", storage_url=bucket)
    yield handle
    handle.stop()


@pytest.fixture
def alice(service) -> TusClient:
    return TusClient(service.url, sign_in(service.url, "alice@demo.example"))


def _parts(bucket: str, upload_id: str) -> list[int]:
    """Sizes of the parts S3 holds for the upload's multipart upload (ListParts)."""
    (key, multipart_id), = [u for u in s3.multipart_uploads(bucket) if u[0] == f"uploads/{upload_id}"]
    reply = s3.client().list_parts(Bucket=s3.bucket_of(bucket), Key=key, UploadId=multipart_id)
    return [p["Size"] for p in reply.get("Parts", [])]


def _incomplete_size(bucket: str, upload_id: str) -> int | None:
    try:
        return s3.client().head_object(Bucket=s3.bucket_of(bucket), Key=f"uploads/{upload_id}.part")["ContentLength"]
    except s3.client().exceptions.ClientError:
        return None


def test_small_and_large_patches_become_parts_and_one_content_addressed_object(service, alice, bucket, tmp_path):
    data = big_pdf(tmp_path / "big.pdf", 13 * MiB + 12345).read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    location = alice.location(len(data), sha256=sha, filename="big.pdf")
    upload_id = location.rsplit("/", 1)[1]
    assert part_size(len(data)) == 5 * MiB
    # Many PATCHes below S3's 5 MiB smallest part: held as the incomplete part until a part is whole.
    offset = 0
    for _ in range(6):
        r = alice.patch(location, offset, data[offset:offset + 700_000])
        assert r.status_code == 204, r.text
        offset = int(r.headers["Upload-Offset"])
    assert offset == 4_200_000
    assert _parts(bucket, upload_id) == [] and _incomplete_size(bucket, upload_id) == 4_200_000
    assert alice.head(location).headers["Upload-Offset"] == "4200000"
    # One more small one passes 5 MiB: a whole part goes to S3, the rest stays incomplete.
    r = alice.patch(location, offset, data[offset:offset + 1_200_000])
    offset = int(r.headers["Upload-Offset"])
    assert offset == 5_400_000 and _parts(bucket, upload_id) == [5 * MiB]
    assert _incomplete_size(bucket, upload_id) == 5_400_000 - 5 * MiB
    with service.db() as db:
        row = db.execute("SELECT \"offset\", incomplete_size FROM uploads WHERE id = ?", (upload_id,)).fetchone()
        assert tuple(row) == (5_400_000, 5_400_000 - 5 * MiB)
    # A large PATCH with the rest: whole parts, then the last one smaller.
    r = alice.patch(location, offset, data[offset:])
    assert r.status_code == 204 and r.headers["Upload-Offset"] == str(len(data)), r.text
    ticket_id = r.headers["Ticket-Id"]
    # One object, content-addressed; nothing of the upload is left in the bucket.
    assert s3.multipart_uploads(bucket) == []
    assert s3.keys(bucket, "uploads/") == []
    assert stored.content_key(sha) in s3.keys(bucket, "files/")
    assert stored.read(service.settings, stored.content_key(sha)) == data
    detail = alice.get(f"/tickets/{ticket_id}").json()
    assert detail["files"][0]["sha256"] == sha
    download = alice.get(f"/tickets/{ticket_id}/files/{detail['files'][0]['id']}")
    assert download.status_code == 200 and hashlib.sha256(download.content).hexdigest() == sha


def test_a_chunk_with_a_wrong_checksum_sends_nothing_and_resumes(service, alice, bucket, photo_bytes):
    from tests.server.tus_raw import chunk_checksum

    location = alice.location(len(photo_bytes))
    upload_id = location.rsplit("/", 1)[1]
    r = alice.patch(location, 0, photo_bytes[:1000], headers={"Upload-Checksum": chunk_checksum(b"other")})
    assert r.status_code == 460
    assert alice.head(location).headers["Upload-Offset"] == "0" and _incomplete_size(bucket, upload_id) is None
    r = alice.patch(location, 0, photo_bytes[:1000], headers={"Upload-Checksum": chunk_checksum(photo_bytes[:1000])})
    assert r.headers["Upload-Offset"] == "1000" and _incomplete_size(bucket, upload_id) == 1000
    r = alice.patch(location, 1000, photo_bytes[1000:])
    assert r.status_code == 204 and "Ticket-Id" in r.headers


@pytest.fixture
def photo_bytes(tmp_path) -> bytes:
    return samples.jpeg_with_gps(tmp_path / "photo.jpg", orientation=6, size=(640, 480)).read_bytes()


def test_termination_aborts_the_multipart_upload_and_removes_the_incomplete_part(alice, bucket, tmp_path):
    data = big_pdf(tmp_path / "big.pdf", 6 * MiB).read_bytes()
    location = alice.location(len(data))
    upload_id = location.rsplit("/", 1)[1]
    r = alice.patch(location, 0, data[:5 * MiB + 1000])
    assert r.headers["Upload-Offset"] == str(5 * MiB + 1000)
    assert _parts(bucket, upload_id) == [5 * MiB] and _incomplete_size(bucket, upload_id) == 1000
    assert alice.delete(location).status_code == 204
    assert s3.multipart_uploads(bucket) == [] and s3.keys(bucket, "uploads/") == []
    assert alice.head(location).status_code == 404


def test_a_termination_cut_short_after_its_data_went_leaves_no_multipart_upload(service, alice, bucket,
                                                                              photo_bytes, monkeypatch):
    """The node is killed (here: its database fails) between removing an upload's data and its row:
    the row is left, not a multipart upload nobody knows about, and the termination tried again ends it."""
    from server.uploads import service as uploads

    location = alice.location(len(photo_bytes))
    assert alice.patch(location, 0, photo_bytes[:1000]).status_code == 204
    real = uploads.transaction

    def killed_here(conn):
        raise RuntimeError("the node stopped here")

    monkeypatch.setattr(uploads, "transaction", killed_here)
    assert alice.delete(location).status_code == 500
    monkeypatch.setattr(uploads, "transaction", real)
    assert s3.multipart_uploads(bucket) == [] and s3.keys(bucket, "uploads/") == []
    assert alice.delete(location).status_code == 204  # the client's retry
    assert alice.head(location).status_code == 404


def test_a_multipart_upload_started_but_never_recorded_is_taken_up_not_left_behind(service, alice, bucket,
                                                                                 photo_bytes):
    """A node killed between starting an upload's multipart upload and recording it: the next request
    finds that one (ListMultipartUploads) and goes on with it rather than starting a second."""
    location = alice.location(len(photo_bytes))
    upload_id = location.rsplit("/", 1)[1]
    ((_, started),) = s3.multipart_uploads(bucket)
    with service.db() as db:
        db.execute("UPDATE uploads SET multipart_id = NULL WHERE id = ?", (upload_id,))
    assert alice.patch(location, 0, photo_bytes[:1000]).status_code == 204
    assert s3.multipart_uploads(bucket) == [(f"uploads/{upload_id}", started)]
    with service.db() as db:
        assert db.execute("SELECT multipart_id FROM uploads WHERE id = ?", (upload_id,)).fetchone()[0] == started
    last = alice.patch(location, 1000, photo_bytes[1000:])
    assert last.status_code == 204 and "Ticket-Id" in last.headers, last.text
    assert s3.multipart_uploads(bucket) == [] and s3.keys(bucket, "uploads/") == []


def test_of_two_multipart_uploads_begun_for_one_upload_the_first_recorded_stays(service, alice, bucket):
    """Two begins at once (a creation still recording, a retried request on another node): the one
    that records second aborts its own, so parts only ever go to the one the row holds."""
    from server.db import connect
    from server.uploads import multipart

    upload_id = alice.location(10).rsplit("/", 1)[1]
    ((_, first),) = s3.multipart_uploads(bucket)
    conn = connect(service.settings.database)
    try:
        assert multipart.begin(conn, service.settings, upload_id) == first
    finally:
        conn.close()
    assert s3.multipart_uploads(bucket) == [(f"uploads/{upload_id}", first)]


def test_expired_uploads_leave_no_multipart_upload_behind(service, alice, bucket, photo_bytes):
    location = alice.location(len(photo_bytes))
    alice.patch(location, 0, photo_bytes[:100])
    assert len(s3.multipart_uploads(bucket)) == 1 and len(s3.keys(bucket, "uploads/")) == 1
    service.clock.advance(timedelta(hours=25))
    alice.token = sign_in(service.url, "alice@demo.example")
    assert alice.head(location).status_code == 404
    fresh = alice.location(10)  # creation removes expired uploads, with their data
    assert [key for key, _ in s3.multipart_uploads(bucket)] == [f"uploads/{fresh.rsplit('/', 1)[1]}"]
    assert s3.keys(bucket, "uploads/") == []


def test_a_multipart_upload_no_row_holds_is_aborted_when_expired_ones_are_cleared(service, alice, bucket):
    client, name = s3.client(), s3.bucket_of(bucket)
    client.create_multipart_upload(Bucket=name, Key="uploads/upl_forgotten")
    client.put_object(Bucket=name, Key="uploads/upl_forgotten.part", Body=b"left by a crash")
    service.clock.advance(timedelta(minutes=2))  # past the cleanup interval
    alice.token = sign_in(service.url, "alice@demo.example")
    fresh = alice.location(10)
    assert [key for key, _ in s3.multipart_uploads(bucket)] == [f"uploads/{fresh.rsplit('/', 1)[1]}"]
    assert s3.keys(bucket, "uploads/") == []


@pytest.mark.slow
def test_head_after_the_service_is_killed_gives_the_recorded_offset(tmp_path, bucket):
    data = big_pdf(tmp_path / "big.pdf", 8 * MiB + 4321).read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    service = ServiceProcess(tmp_path / "data", storage_url=bucket).start()
    try:
        alice = TusClient(service.url, sign_in(service.url, "alice@demo.example"))
        location = alice.location(len(data), sha256=sha)
        first = alice.patch(location, 0, data[:3 * MiB])
        second = alice.patch(location, 3 * MiB, data[3 * MiB:6 * MiB + 17])
        assert second.headers["Upload-Offset"] == str(6 * MiB + 17), (first.text, second.text)
        service.kill()  # SIGKILL: nothing in the process survives
        service.stop()  # (only closes its stderr now)
        service.start(seed=False)
        alice.token = sign_in(service.url, "alice@demo.example")
        head = alice.head(location)
        assert head.status_code == 200 and head.headers["Upload-Offset"] == str(6 * MiB + 17)
        last = alice.patch(location, 6 * MiB + 17, data[6 * MiB + 17:])
        assert last.status_code == 204, last.text
        detail = alice.get(f"/tickets/{last.headers['Ticket-Id']}").json()
        assert detail["files"][0]["sha256"] == sha
        assert s3.multipart_uploads(bucket) == [] and s3.keys(bucket, "uploads/") == []
        assert stored.content_key(sha) in s3.keys(bucket, "files/")
    finally:
        service.stop()


def test_pictures_thumbnails_and_deletion_on_object_storage(service, alice, bucket, tmp_path, photo_bytes):
    pdf = samples.small_pdf(tmp_path / "t.pdf").read_bytes()
    pdf_ticket = alice.upload(pdf, filename="t.pdf").headers["Ticket-Id"]
    photo_ticket = alice.upload(photo_bytes, filename="p.jpg").headers["Ticket-Id"]
    other_ticket = TusClient(service.url, sign_in(service.url, "bob@demo.example")).upload(
        photo_bytes, filename="same.jpg").headers["Ticket-Id"]
    pdf_file = alice.get(f"/tickets/{pdf_ticket}").json()["files"][0]
    photo_file = alice.get(f"/tickets/{photo_ticket}").json()["files"][0]
    picture = alice.get(f"/tickets/{pdf_ticket}/files/{pdf_file['id']}/picture")
    assert picture.status_code == 200 and Image.open(io.BytesIO(picture.content)).format == "JPEG"
    thumb = alice.get(f"/tickets/{photo_ticket}/files/{photo_file['id']}/thumbnail")
    assert thumb.status_code == 200 and max(Image.open(io.BytesIO(thumb.content)).size) <= 256
    photo_sha = photo_file["sha256"]
    # The cleaned photo (no GPS) is what is stored, once for both tickets.
    cleaned = stored.read(service.settings, stored.content_key(photo_sha))
    assert hashlib.sha256(cleaned).hexdigest() == photo_sha and cleaned != photo_bytes
    assert alice.delete_path(f"/tickets/{photo_ticket}").status_code == 204
    assert stored.exists(service.settings, stored.content_key(photo_sha))  # bob's ticket still has it
    bob = TusClient(service.url, sign_in(service.url, "bob@demo.example"))
    assert bob.delete_path(f"/tickets/{other_ticket}").status_code == 204
    assert stored.content_key(photo_sha) not in s3.keys(bucket, "files/")
    assert stored.thumbnail_key(photo_sha) not in s3.keys(bucket, "thumbnails/")
    assert alice.delete_path(f"/tickets/{pdf_ticket}").status_code == 204
    assert s3.keys(bucket, "files/") == s3.keys(bucket, "thumbnails/") == []


def test_a_wrong_storage_url_stops_the_start_with_one_sentence(tmp_path):
    import subprocess
    import sys

    for url, expected in (("https://example.test/bucket", "not an s3:// URL"),
                          (f"s3://no-such-bucket?endpoint={s3.endpoint()}&region=us-east-1", "cannot use the bucket")):
        done = subprocess.run([sys.executable, "-m", "server", "--data-dir", str(tmp_path / "d"), "--port", "0",
                               "--storage-url", url], check=False, capture_output=True, text=True,
                              timeout=60)
        assert done.returncode == 1 and expected in done.stderr and "Traceback" not in done.stderr, done.stderr


def test_downloads_stream_from_the_bucket(service, alice, tmp_path):
    data = big_pdf(tmp_path / "dl.pdf", 3 * MiB).read_bytes()
    ticket = alice.upload(data, filename="dl.pdf").headers["Ticket-Id"]
    file = alice.get(f"/tickets/{ticket}").json()["files"][0]
    with httpx.stream("GET", f"{service.url}/api/v1/tickets/{ticket}/files/{file['id']}",
                      headers={"Authorization": f"Bearer {alice.token}"}) as reply:
        assert reply.headers["content-length"] == str(len(data))
        digest = hashlib.sha256()
        for piece in reply.iter_bytes():
            digest.update(piece)
    assert digest.hexdigest() == hashlib.sha256(data).hexdigest()


def test_erasing_a_person_aborts_their_unfinished_uploads(service, alice, bucket, photo_bytes):
    location = alice.location(len(photo_bytes))
    assert alice.patch(location, 0, photo_bytes[:100]).status_code == 204
    assert len(s3.multipart_uploads(bucket)) == 1 and len(s3.keys(bucket, "uploads/")) == 1
    erase(service, "alice@demo.example", delete_tickets=False)
    assert s3.multipart_uploads(bucket) == [] and s3.keys(bucket, "uploads/") == []

"""tus creation-with-upload: the creating POST carries the file's first bytes (raw httpx, real service)."""

from __future__ import annotations

import hashlib

import httpx
import pytest

from tests import media_samples as samples
from tests.server.tus_raw import OCTETS, UPLOADS, TusClient, chunk_checksum, encode_metadata, sign_in

# Part of the bounded PostgreSQL run CI makes (./dev test --backend postgres --bounded).
pytestmark = pytest.mark.postgres_ci


@pytest.fixture
def alice(service) -> TusClient:
    return TusClient(service.url, sign_in(service.url, "alice@demo.example"))


@pytest.fixture
def photo(tmp_path) -> bytes:
    return samples.jpeg_with_gps(tmp_path / "photo.jpg", size=(320, 240)).read_bytes()


def post_with(alice: TusClient, photo: bytes, body: bytes, *, key: str | None = None,
              headers: dict[str, str] | None = None) -> httpx.Response:
    sent = {**alice.auth, "Upload-Length": str(len(photo)), "Content-Type": OCTETS,
            "Upload-Metadata": encode_metadata(filename="photo.jpg", sha256=hashlib.sha256(photo).hexdigest()),
            **({"Idempotency-Key": key} if key else {}), **(headers or {})}
    return httpx.post(alice.url + UPLOADS, headers=sent, content=body, timeout=60)


def tickets(service) -> int:
    with service.db() as db:
        return db.execute("SELECT count(*) FROM tickets").fetchone()[0]


def test_a_whole_file_in_the_creating_post_becomes_a_ticket(service, alice, photo):
    before = tickets(service)
    r = post_with(alice, photo, photo)
    assert r.status_code == 201, r.text
    assert r.headers["Upload-Offset"] == str(len(photo)) and r.headers["Ticket-Id"].startswith("tkt")
    assert r.headers["Location"].startswith(UPLOADS + "/")
    assert tickets(service) == before + 1
    assert alice.head(alice.url + r.headers["Location"]).headers["Ticket-Id"] == r.headers["Ticket-Id"]


def test_a_first_part_in_the_post_then_patch_for_the_rest(alice, photo):
    r = post_with(alice, photo, photo[:1000])
    assert r.status_code == 201 and r.headers["Upload-Offset"] == "1000" and "Ticket-Id" not in r.headers
    location = alice.url + r.headers["Location"]
    done = alice.patch(location, 1000, photo[1000:])
    assert done.status_code == 204 and "Ticket-Id" in done.headers


def test_a_body_with_a_wrong_checksum_is_460_with_the_location_and_resumes_with_head_and_patch(service, alice, photo):
    before = tickets(service)
    r = post_with(alice, photo, photo, headers={"Upload-Checksum": chunk_checksum(b"other")})
    assert r.status_code == 460 and r.json()["error"]["code"] == "checksum_mismatch"
    location = alice.url + r.headers["Location"]
    assert r.headers["Upload-Offset"] == "0"
    assert alice.head(location).headers["Upload-Offset"] == "0"  # nothing unchecked was kept
    done = alice.patch(location, 0, photo)
    assert done.status_code == 204 and "Ticket-Id" in done.headers
    assert tickets(service) == before + 1


def test_the_same_key_again_after_the_bytes_arrived_makes_no_second_ticket(service, alice, photo):
    first = post_with(alice, photo, photo, key="cwu-again")
    before = tickets(service)
    again = post_with(alice, photo, photo, key="cwu-again")  # its reply was lost: sent again whole
    assert again.status_code == 201
    assert again.headers["Location"] == first.headers["Location"]
    assert again.headers["Ticket-Id"] == first.headers["Ticket-Id"]
    assert tickets(service) == before

    part = post_with(alice, photo, photo[:500], key="cwu-part")
    resent = post_with(alice, photo, photo, key="cwu-part")  # the body is not taken twice
    assert resent.status_code == 201 and resent.headers["Upload-Offset"] == "500"
    assert resent.headers["Location"] == part.headers["Location"]


def test_a_malformed_creation_with_upload_makes_no_upload(service, alice, photo):
    with service.db() as db:
        before = db.execute("SELECT count(*) FROM uploads").fetchone()[0]
    wrong_type = post_with(alice, photo, photo, headers={"Content-Type": "application/octet-stream"})
    assert wrong_type.status_code == 415 and wrong_type.json()["error"]["code"] == "wrong_content_type"
    too_long = post_with(alice, photo[:100], photo[:101])
    assert too_long.status_code == 413 and too_long.json()["error"]["code"] == "past_upload_length"
    bad_checksum = post_with(alice, photo, photo, headers={"Upload-Checksum": "md5 " + "A" * 24})
    assert bad_checksum.status_code == 400
    with service.db() as db:
        assert db.execute("SELECT count(*) FROM uploads").fetchone()[0] == before


def test_a_damaged_photo_in_the_post_is_refused_with_its_reason(alice, photo):
    cut = photo[: len(photo) // 2]
    r = post_with(alice, cut, cut)
    assert r.status_code == 422 and r.json()["error"]["code"] == "damaged_file"
    assert alice.head(alice.url + r.headers["Location"]).status_code == 410

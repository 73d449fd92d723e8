"""A deletion request reaches everything of the person on disk: their
tickets' files and previews (when the owner deletes the tickets too) and the
uploads they had not finished."""

from __future__ import annotations

import hashlib
import io
import threading

import httpx
import pytest
from PIL import Image

from tests.server.tus_raw import TusClient, sign_in
from tests.support import stored as blob

# Part of the bounded PostgreSQL run CI makes (./dev test --backend postgres --bounded).
pytestmark = pytest.mark.postgres_ci

PASSWORD = "demo-password"  # the demo seed's documented password


def photo(shade: int) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (80, 60), (shade, 100, 180)).save(buffer, format="JPEG", quality=85)
    return buffer.getvalue()


def erase(service, email: str, *, delete_tickets: bool) -> None:
    token = sign_in(service.url, email)
    filed = httpx.post(service.url + "/api/v1/privacy-requests", json={"type": "deletion", "password": PASSWORD},
                       headers={"Authorization": f"Bearer {token}"})
    assert filed.status_code == 201, filed.text
    owner = sign_in(service.url, "owner@demo.example")
    done = httpx.post(f"{service.url}/api/v1/privacy-requests/{filed.json()['id']}/approve",
                      json={"delete_tickets": delete_tickets}, headers={"Authorization": f"Bearer {owner}"})
    assert done.status_code == 200 and done.json()["state"] == "completed", done.text


def stored(service) -> set[str]:
    """The stored files and previews, by key (on disk or in the service's bucket)."""
    return {*blob.keys(service.settings, "files/"), *blob.keys(service.settings, "thumbnails/")}


@pytest.fixture
def alice(service) -> TusClient:
    return TusClient(service.url, sign_in(service.url, "alice@demo.example"))


def test_deleting_the_tickets_too_removes_their_files_and_previews_but_not_shared_content(service, alice):
    bob = TusClient(service.url, sign_in(service.url, "bob@demo.example"))
    only_hers, shared = photo(30), photo(90)
    alice.upload(only_hers, filename="mine.jpg", ticket_key="a-1")
    alice.upload(shared, filename="same.jpg", ticket_key="a-2")
    before = stored(service)
    bob.upload(shared, filename="same-as-alice.jpg", ticket_key="b-1")
    assert stored(service) == before  # one stored copy (and preview) of the shared content
    assert len(before) == 4

    erase(service, "alice@demo.example", delete_tickets=True)

    sha = hashlib.sha256  # stored names are the SHA-256 of the stored (cleaned) bytes
    [kept] = bob.get("/tickets").json()["items"]
    [page] = bob.get(f"/tickets/{kept['id']}").json()["files"]
    assert {path.rsplit("/", 1)[1] for path in stored(service)} == {page["sha256"], page["sha256"] + ".jpg"}
    download = bob.get(f"/tickets/{kept['id']}/files/{page['id']}")
    assert download.status_code == 200 and sha(download.content).hexdigest() == page["sha256"]


@pytest.mark.disk_storage
def test_uploads_the_person_had_not_finished_go_with_them(service, alice):
    data = photo(60)
    location = alice.location(len(data), filename="half.jpg", sha256=hashlib.sha256(data).hexdigest())
    assert alice.patch(location, 0, data[:100]).status_code == 204
    part = service.settings.data_dir / "uploads" / (location.rsplit("/", 1)[1] + ".part")
    assert part.stat().st_size == 100

    erase(service, "alice@demo.example", delete_tickets=False)

    assert not part.exists()
    with service.db() as db:
        assert db.execute("SELECT count(*) FROM uploads").fetchone()[0] == 0
    db.close()


def test_a_file_whose_last_bytes_arrive_after_its_uploader_was_erased_is_gone_not_a_ticket(service, alice):
    """The PATCH was authorised before the erasure; when it ends, nothing of the
    upload is left to finish: a 404 like any missing upload, not a 500, and no
    ticket naming an erased person."""
    data = photo(70)
    location = alice.location(len(data), filename="late.jpg", sha256=hashlib.sha256(data).hexdigest())
    erased = threading.Event()

    def body():
        yield data[:-10]
        erase(service, "alice@demo.example", delete_tickets=False)
        erased.set()
        yield data[-10:]

    reply = alice.patch(location, 0, body(), headers={"Content-Length": str(len(data))})

    assert erased.is_set()
    assert reply.status_code == 404, reply.text
    assert reply.json()["error"]["code"] == "not_found"
    with service.db() as db:
        assert db.execute("SELECT count(*) FROM tickets t JOIN users u ON u.id = t.uploader_id"
                          " WHERE u.email LIKE 'deleted-%'").fetchone()[0] == 0
        assert db.execute("SELECT count(*) FROM uploads").fetchone()[0] == 0
    db.close()
    assert not list((service.settings.data_dir / "uploads").glob("*.part"))

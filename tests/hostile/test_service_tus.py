"""The hostile corpus sent straight to the service over tus, past every check of the client.

The service must not trust clients: each hostile file is refused with a
reason (never a 5xx, no ticket, nothing kept on disk) or stored safely
(cleaned: the polyglot's ZIP and the HTML comment do not reach storage).
"""

from __future__ import annotations

import hashlib

import pytest

from tests.server.tus_raw import TusClient, sign_in
from tests.support import hostile_corpus as corpus
from tests.support import stored as blob
from tests.support.service import start_service
from tests.support.uploads import MiB

RAW = [entry for entry in corpus.entries(MiB) if entry.raw]


@pytest.fixture(scope="module")
def small_service(tmp_path_factory):
    """One service for the module (1 MB limit): each case checks only its own upload."""
    handle = start_service(tmp_path_factory.mktemp("hostile-service"), max_upload_size=MiB)
    yield handle
    handle.stop()


@pytest.fixture(scope="module")
def alice(small_service) -> TusClient:
    return TusClient(small_service.url, sign_in(small_service.url, "alice@demo.example"))


def _counts(service) -> tuple[int, int]:
    with service.db() as db:
        tickets = db.execute("SELECT count(*) FROM tickets").fetchone()[0]
    files = len(blob.keys(service.settings, "files/"))
    return tickets, files


def _send(alice: TusClient, data: bytes, name: str):
    """Create and send in one PATCH, claiming a photo; the reply that ended it."""
    created = alice.create(len(data), filename=name, filetype="image/jpeg",
                           sha256=hashlib.sha256(data).hexdigest())
    if created.status_code != 201:
        return created, None
    location = alice.url + created.headers["Location"]
    return alice.patch(location, 0, data), location


def _assert_refusal(reply, code: str) -> None:
    assert 400 <= reply.status_code < 500, (reply.status_code, reply.text)
    error = reply.json()["error"]
    assert error["code"] == code, error
    corpus.assert_reason(error["message"])


@pytest.mark.parametrize("entry", RAW, ids=[entry.name for entry in RAW])
def test_hostile_bytes_are_refused_with_a_reason_or_stored_clean(small_service, alice, entry):
    data = corpus.content(entry)
    before = _counts(small_service)
    reply, location = _send(alice, data, entry.name)
    if entry.expect == "accept":
        assert reply.status_code == 204, reply.text
        ticket_id = reply.headers["Ticket-Id"]
        ticket = alice.get(f"/tickets/{ticket_id}").json()
        [page] = ticket["files"]
        stored = alice.get(f"/tickets/{ticket_id}/files/{page['id']}").content
        for forbidden in entry.absent:
            assert forbidden not in stored
        assert _counts(small_service)[0] == before[0] + 1
        return
    _assert_refusal(reply, corpus.service_code(entry))
    if location is not None:  # asking again says the same, for good (410), and nothing was kept
        again = alice.head(location)
        assert again.status_code == 410
        upload_id = location.rsplit("/", 1)[-1]
        assert not (small_service.settings.data_dir / "uploads" / f"{upload_id}.part").exists()
    assert _counts(small_service) == before


def test_more_than_the_limit_is_refused_before_a_byte_is_sent(small_service, alice):
    before = _counts(small_service)
    _assert_refusal(alice.create(MiB + 1, filename="oversize.pdf"), "file_too_large")
    assert "1 MB" in alice.create(MiB + 1, filename="oversize.pdf").json()["error"]["message"]
    assert _counts(small_service) == before


@pytest.mark.parametrize("name, shown", [
    ("../../etc/passwd.jpg", "passwd.jpg"),
    ("..\\..\\windows\\system32\\evil.jpg", "evil.jpg"),
    ("invoice\u202egpj.exe", "invoicegpj.exe"),
    ("tab\there\nnew line\x1b[31m.jpg", "tabherenew line[31m.jpg"),
    (" \u200b ", "upload"),
    ("CON", "CON"),
    ("..", "upload"),
])
def test_hostile_names_are_stored_as_a_plain_base_name(small_service, alice, name, shown):
    data = corpus.jpeg_bytes(shade=sum(map(ord, name)) % 250)
    reply, _ = _send(alice, data, name)
    assert reply.status_code == 204, reply.text
    ticket = alice.get(f"/tickets/{reply.headers['Ticket-Id']}").json()
    assert ticket["files"][0]["original_name"] == shown


def test_a_name_longer_than_255_characters_is_refused_at_creation(small_service, alice):
    reply = alice.create(100, filename="x" * 300 + ".jpg")
    _assert_refusal(reply, "bad_request")
    assert "255" in reply.json()["error"]["message"]

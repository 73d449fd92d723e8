"""Privacy requests end to end: the SDK against the real service on loopback,
its real SQLite file and real files on disk.

Tickets are put in place with ``tests.support.tickets`` (rows in the service's
real database file and real files in its files dir) until uploads land.
"""

from __future__ import annotations

import json
import zipfile
from datetime import timedelta
from pathlib import Path

import httpx
import pytest

from api_client import (
    APIStatusError,
    AuthenticationError,
    ConflictError,
    ExportVerificationError,
    NotFoundError,
    PermissionDeniedError,
    RequestState,
    RequestType,
    SessionEndedError,
    TicketProsClient,
    ValidationError,
    verify_export,
)
from tests.support import stored as blob
from tests.support.tickets import insert_support_message, insert_ticket

PASSWORD = "demo-password"


@pytest.fixture
def sign(service):
    clients: list[TicketProsClient] = []

    def sign_in(email: str) -> TicketProsClient:
        client = TicketProsClient(service.url, max_retries=0)
        client.login(email, PASSWORD)
        clients.append(client)
        return client

    yield sign_in
    for client in clients:
        client.close()


def seeded_request(owner: TicketProsClient):
    """The demo seed's pending access request of Alice."""
    [pending] = [
        r
        for r in owner.privacy_requests.list(approvals=True).items
        if r.state is RequestState.PENDING_OWNER and r.type is RequestType.ACCESS
    ]
    return pending


def read_if_present(path: Path) -> bytes:
    # SQLite removes the -wal and -shm files when its last connection closes,
    # which the service may do between the glob and the read.
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return b""


def states(request) -> list[tuple[str | None, str]]:
    return [(e.from_state, e.to_state) for e in request.events]


def test_access_request_from_filing_to_a_verified_export(service, sign, tmp_path):
    alice, owner, bob = sign("alice@demo.example"), sign("owner@demo.example"), sign("bob@demo.example")
    insert_ticket(
        service,
        "alice@demo.example",
        [("scan one.jpg", b"\xff\xd8alice page 1" * 500), ("../../etc/passwd", b"\xff\xd8alice page 2")],
        values={"Net weight": "12.5 t", "Driver": ""},
        ticket_number="A-100",
    )
    insert_ticket(service, "bob@demo.example", [("bob.jpg", b"\xff\xd8bob's page")], ticket_number="B-200")
    insert_support_message(service, "alice@demo.example", "Invoice", "Alice asks about invoice 17")
    insert_support_message(service, "bob@demo.example", "Hello", "Bob's private message")

    with pytest.raises(ValidationError, match="password"):
        alice.privacy_requests.submit(RequestType.ACCESS)
    seeded = seeded_request(owner)
    alice.privacy_requests.cancel(seeded.id)  # one pending access request at a time: cancel the seeded one
    # Usage Data and the policy acknowledgement are personal information too (policy §1, §8).
    policy = alice.privacy.acknowledge_policy(alice.privacy.policy().version)
    alice.privacy.inventory()
    request = alice.privacy_requests.submit("access", password=PASSWORD, note="Everything, please")
    assert request.state is RequestState.PENDING_OWNER and request.routed_to == "owner"
    assert request.due_at - request.created_at == timedelta(days=30) and not request.overdue

    listing = owner.privacy_requests.list(approvals=True)
    assert listing.pending == 1
    review = owner.privacy_requests.get(request.id)
    assert (
        review.coverage.tickets == 1 and review.coverage.files == 2 and review.coverage.support_messages == 1
    )
    assert review.requester.email == "alice@demo.example"

    done = owner.privacy_requests.approve(request.id)
    assert done.state is RequestState.COMPLETED and done.export_available
    assert states(done) == [
        (None, "pending_owner"),
        ("pending_owner", "approved"),
        ("approved", "in_progress"),
        ("in_progress", "completed"),
    ]
    assert [e.actor for e in done.events] == ["requester", "owner", "service", "service"]

    # The owner decides but never receives the person's copy; nor does a colleague.
    with pytest.raises(NotFoundError):
        owner.privacy_requests.export_link(request.id)
    with pytest.raises(NotFoundError):
        bob.privacy_requests.export_link(request.id)

    seen = []
    path = alice.privacy_requests.download(
        request.id, tmp_path / "out" / "alice.zip", progress=lambda got, total: seen.append((got, total))
    )
    assert seen and seen[-1][0] == seen[-1][1] == path.stat().st_size
    manifest = verify_export(path)
    with zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())
        profile = json.loads(archive.read("profile.json"))
        tickets = json.loads(archive.read("tickets.json"))
        messages = json.loads(archive.read("support_messages.json"))
        history = json.loads(archive.read("sign_in_history.json"))
        usage = json.loads(archive.read("usage.json"))
        acknowledgements = json.loads(archive.read("policy_acknowledgements.json"))
        everything = b"".join(archive.read(n) for n in names)
    assert {e["path"] for e in manifest["entries"]} == names - {"manifest.json"}
    assert profile["email"] == "alice@demo.example" and profile["phone"] == "+1 555 0101"
    assert [t["ticket_number"] for t in tickets] == ["A-100"]
    assert tickets[0]["extracted_values"] == {"Driver": "", "Net weight": "12.5 t"}
    file_paths = [f["path"] for f in tickets[0]["files"]]
    assert file_paths[0].endswith("/1-scan_one.jpg") and file_paths[1].endswith("/2-etc_passwd")
    assert all(p in names for p in file_paths)
    assert [m["body"] for m in messages] == ["Alice asks about invoice 17"]
    assert history["events"] and all(e["kind"] in ("sign_in", "password_check") for e in history["events"])
    assert "GET /privacy/inventory" in {e["action"] for e in usage}
    assert [(a["version"], a["at"]) for a in acknowledgements] == [(policy.version, policy.acknowledged_at)]
    # Exactly Alice's data: nothing of Bob or of the other organisation.
    for foreign in (b"bob", b"Bob", b"B-200", b"Olga", b"Dana Owner"):
        assert foreign not in everything


def test_tampered_or_incomplete_export_is_detected(service, sign, tmp_path):
    alice, owner = sign("alice@demo.example"), sign("owner@demo.example")
    insert_ticket(service, "alice@demo.example", [("p.jpg", b"\xff\xd8original bytes")])
    request = seeded_request(owner)
    owner.privacy_requests.approve(request.id)
    settings = service.settings
    [key] = blob.keys(settings, "exports/")
    kept = tmp_path / "kept.zip"

    # Tampered on the server side: one entry rewritten (valid ZIP, wrong hash).
    original = blob.read(settings, key)
    kept.write_bytes(original)
    with zipfile.ZipFile(kept) as src, zipfile.ZipFile(tmp_path / "t.zip", "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            dst.writestr(info.filename, b"tampered" if info.filename.startswith("files/") else data)
    blob.write(settings, key, (tmp_path / "t.zip").read_bytes())
    target = tmp_path / "alice.zip"
    with pytest.raises(ExportVerificationError) as caught:
        alice.privacy_requests.download(request.id, target)
    assert caught.value.entry.startswith("files/") and "does not match" in caught.value.message
    assert not target.exists() and not list(tmp_path.glob(".*.part"))

    blob.write(settings, key, original)
    good = alice.privacy_requests.download(request.id, target)
    # Locally: an extra entry, and a missing one, are both named.
    with zipfile.ZipFile(good, "a") as archive:
        archive.writestr("extra.txt", b"x")
    with pytest.raises(ExportVerificationError) as caught:
        verify_export(good)
    assert caught.value.entry == "extra.txt"
    with zipfile.ZipFile(kept) as src, zipfile.ZipFile(tmp_path / "m.zip", "w") as dst:
        for info in src.infolist():
            if info.filename != "profile.json":
                dst.writestr(info.filename, src.read(info.filename))
    with pytest.raises(ExportVerificationError) as caught:
        verify_export(tmp_path / "m.zip")
    assert caught.value.entry == "profile.json"


def test_export_link_expires_and_is_reissued(service, sign, tmp_path):
    alice, owner = sign("alice@demo.example"), sign("owner@demo.example")
    request = seeded_request(owner)
    owner.privacy_requests.approve(request.id)
    link = alice.privacy_requests.export_link(request.id)
    service.clock.advance(timedelta(minutes=16))
    with pytest.raises(APIStatusError) as caught:
        alice.request("GET", link.url.removeprefix("/api/v1"))  # refreshes the access token too
    assert caught.value.status == 410 and "expired" in caught.value.message
    # Without the requester's bearer token the link alone is useless.
    fresh = alice.privacy_requests.export_link(request.id)
    assert httpx.get(service.url + fresh.url).status_code == 401
    assert alice.privacy_requests.download(request.id, tmp_path / "a.zip").stat().st_size > 0


def test_deletion_erases_the_person_from_the_database_file(service, sign):
    alice, owner = sign("alice@demo.example"), sign("owner@demo.example")
    ticket_id = insert_ticket(
        service, "alice@demo.example", [("p.jpg", b"\xff\xd8keep me")], values={"Net weight": "3 t"}
    )
    insert_support_message(service, "alice@demo.example", "Private", "Alice Anders' secret words")
    with pytest.raises(PermissionDeniedError, match="password is not correct"):
        alice.privacy_requests.submit("deletion", password="wrong")
    request = alice.privacy_requests.submit("deletion", password=PASSWORD, note="Please forget me, Alice Anders")
    done = owner.privacy_requests.approve(request.id)
    assert done.state is RequestState.COMPLETED and done.requester.name == "Deleted user"
    assert done.requester.deleted and done.note is None

    with service.db() as conn:
        ticket = conn.execute("SELECT uploader_id FROM tickets WHERE id = ?", (ticket_id,)).fetchone()
        message = conn.execute(
            "SELECT user_id, body FROM support_messages WHERE subject = '(erased)'"
        ).fetchone()
    conn.close()
    assert ticket["uploader_id"] is None  # Customer Data stays with the organisation
    assert message["user_id"] is None and message["body"] == ""
    data_dir: Path = service.settings.data_dir
    # SQLite: every byte of the file and its log (secure_delete, the log checkpointed). PostgreSQL
    # holds its files elsewhere (autovacuum reclaims dead rows): every row it holds, as text.
    raw = (service.dump().encode() if service.settings.database_url else
           b"".join(read_if_present(p) for p in data_dir.glob("ticketpros.sqlite3*")))
    for secret in (b"Alice Anders", b"alice@demo.example", b"+1 555 0101", b"secret words"):
        assert secret not in raw, secret
    assert b"Bob Brooks" in raw  # the check would see a name that is there

    # Her session is gone, and signing in fails with the generic error. (Checked
    # after reading the file: a failed sign-in records the typed email for the lockout.)
    with pytest.raises(SessionEndedError):
        alice.privacy_requests.list()
    with TicketProsClient(service.url) as again, pytest.raises(AuthenticationError) as caught:
        again.login("alice@demo.example", PASSWORD)
    assert caught.value.message == "Email or password is incorrect."


def test_owner_can_delete_the_tickets_too(service, sign):
    bob, owner = sign("bob@demo.example"), sign("owner@demo.example")
    insert_ticket(service, "bob@demo.example", [("b.jpg", b"\xff\xd8bob only")])
    shared = b"\xff\xd8same bytes in two tickets"
    insert_ticket(service, "bob@demo.example", [("s.jpg", shared)])
    insert_ticket(service, "owner@demo.example", [("s.jpg", shared)])
    request = bob.privacy_requests.submit("deletion", password=PASSWORD)
    with pytest.raises(ValidationError):
        owner.privacy_requests.approve(seeded_request(owner).id, delete_tickets=True)  # not a deletion
    done = owner.privacy_requests.approve(request.id, delete_tickets=True)
    assert done.delete_tickets and "deleted" in done.events[1].note
    with service.db() as conn:
        assert conn.execute("SELECT COUNT(*) FROM tickets WHERE uploader_id IS NULL").fetchone()[0] == 0
        assert conn.execute("SELECT COUNT(*) FROM tickets").fetchone()[0] == 1
    conn.close()
    files = blob.keys(service.settings, "files/")
    assert len(files) == 1  # the file the owner's ticket still uses stays


def test_correction_restriction_and_objection(service, sign):
    alice, owner = sign("alice@demo.example"), sign("owner@demo.example")
    with pytest.raises(ValidationError, match="phone"):
        alice.privacy_requests.submit("correction", field="phone", value="call me")
    with pytest.raises(ConflictError, match="already uses"):
        alice.privacy_requests.submit("correction", field="email", value="bob@demo.example")
    fix = alice.privacy_requests.submit("correction", field="phone", value="+1 555 0199")
    assert owner.privacy_requests.approve(fix.id).state is RequestState.COMPLETED
    assert alice.me().user.phone == "+1 555 0199"

    for kind in ("restriction", "objection"):
        request = alice.privacy_requests.submit(kind, note="No analytics")
        assert owner.privacy_requests.approve(request.id).state is RequestState.COMPLETED
    with service.db() as conn:
        flags = conn.execute("SELECT flag, request_id FROM user_flags ORDER BY flag").fetchall()
    conn.close()
    assert [f["flag"] for f in flags] == ["objection", "restriction"] and all(f["request_id"] for f in flags)


def test_owner_requests_go_straight_to_the_service(service, sign):
    owner = sign("owner@demo.example")
    request = owner.privacy_requests.submit("objection")
    assert request.routed_to == "service" and request.state is RequestState.COMPLETED
    assert states(request)[:2] == [(None, "pending_owner"), ("pending_owner", "approved")]
    assert request.events[1].actor_name == "Ticket Pros"
    with pytest.raises(PermissionDeniedError):
        owner.privacy_requests.deny(request.id, "no")
    assert request.id not in {r.id for r in owner.privacy_requests.list(approvals=True).items}


def test_who_may_decide_and_see(service, sign):
    alice, bob = sign("alice@demo.example"), sign("bob@demo.example")
    owner, other = sign("owner@demo.example"), sign("owner@other.example")
    request = seeded_request(owner)
    with pytest.raises(PermissionDeniedError):
        alice.privacy_requests.approve(request.id)  # a member, even on her own request
    with pytest.raises(NotFoundError):
        bob.privacy_requests.approve(request.id)  # a colleague cannot even see it
    with pytest.raises(NotFoundError):
        bob.privacy_requests.get(request.id)
    with pytest.raises(NotFoundError):
        other.privacy_requests.approve(request.id)  # another Customer's owner
    with pytest.raises(NotFoundError):
        other.privacy_requests.get(request.id)
    assert other.privacy_requests.list(approvals=True).items == ()
    with pytest.raises(PermissionDeniedError):
        alice.privacy_requests.list(approvals=True)
    with pytest.raises(ValidationError):
        owner.privacy_requests.deny(request.id, "   ")
    owner.privacy_requests.approve(request.id)
    with pytest.raises(ConflictError):
        owner.privacy_requests.approve(request.id)  # a second approval
    with pytest.raises(ConflictError):
        owner.privacy_requests.deny(request.id, "too late")
    with pytest.raises(ConflictError, match="cancelled"):
        alice.privacy_requests.cancel(request.id)  # cancel after approval


def test_deny_cancel_extend_and_overdue(service, sign):
    alice, owner = sign("alice@demo.example"), sign("owner@demo.example")
    seeded = seeded_request(owner)  # filed two days ago
    service.clock.advance(timedelta(days=27))
    assert not alice.privacy_requests.get(seeded.id).overdue
    service.clock.advance(timedelta(days=2))
    late = alice.privacy_requests.get(seeded.id)
    assert late.overdue and late.state is RequestState.PENDING_OWNER
    assert owner.privacy_requests.list(approvals=True).items[0].overdue

    with pytest.raises(ValidationError):
        owner.privacy_requests.extend(seeded.id, days=61, reason="busy")
    extended = owner.privacy_requests.extend(seeded.id, days=60, reason="Waiting for the accountant")
    assert not extended.overdue and extended.extended
    assert alice.privacy_requests.get(seeded.id).extension_reason == "Waiting for the accountant"
    assert extended.due_at - seeded.due_at == timedelta(days=60)
    with pytest.raises(ConflictError, match="already extended"):
        owner.privacy_requests.extend(seeded.id, days=1, reason="again")

    denied = owner.privacy_requests.deny(seeded.id, "You left the company's data with us on purpose.")
    assert denied.state is RequestState.DENIED and denied.decision_reason.startswith("You left")
    assert alice.privacy_requests.get(seeded.id).events[-1].note == denied.decision_reason
    service.clock.advance(timedelta(days=90))
    alice, owner = sign("alice@demo.example"), sign("owner@demo.example")  # sessions expired meanwhile
    assert not alice.privacy_requests.get(seeded.id).overdue  # final states are never overdue

    mine = alice.privacy_requests.submit("restriction")
    cancelled = alice.privacy_requests.cancel(mine.id)
    assert cancelled.state is RequestState.CANCELLED
    assert states(cancelled)[-1] == ("pending_owner", "cancelled")
    with pytest.raises(ConflictError):
        owner.privacy_requests.approve(mine.id)


def test_a_retried_submit_makes_no_twin(service, sign):
    alice = sign("alice@demo.example")
    body = {"type": "objection"}
    one = alice.post_json("/privacy-requests", body, idempotency_key="same-key")
    two = alice.post_json("/privacy-requests", body, idempotency_key="same-key")
    assert one["id"] == two["id"]
    assert len([r for r in alice.privacy_requests.list().items if r.type is RequestType.OBJECTION]) == 1


def test_sdk_enums_mirror_the_openapi_contract(service):
    schema = httpx.get(service.url + "/openapi.json").json()["components"]["schemas"]["PrivacyRequestOut"]
    props = schema["properties"]
    assert set(props["state"]["enum"]) == {s.value for s in RequestState}
    assert set(props["type"]["enum"]) == {t.value for t in RequestType}


def test_export_streams_files_without_holding_them_in_memory(service, tmp_path):
    import os
    import tracemalloc

    from server.db import connect
    from server.requests.fulfilment import write_export

    big = os.urandom(24 * 1024 * 1024)
    insert_ticket(service, "alice@demo.example", [("big.jpg", big)])
    del big
    conn = connect(service.settings.database)
    try:
        row = conn.execute("SELECT * FROM privacy_requests").fetchone()  # Alice's seeded request
        tracemalloc.start()
        size = write_export(conn, service.settings, row, tmp_path / "e.zip")
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    finally:
        conn.close()
    assert size > 24 * 1024 * 1024 and peak < 6 * 1024 * 1024, peak
    verify_export(tmp_path / "e.zip")


def test_a_stored_file_missing_on_disk_is_marked_not_fatal(service, sign, tmp_path):
    alice, owner = sign("alice@demo.example"), sign("owner@demo.example")
    insert_ticket(
        service, "alice@demo.example", [("gone.jpg", b"\xff\xd8vanished"), ("kept.jpg", b"\xff\xd8here")]
    )
    for key in blob.keys(service.settings, "files/"):
        if blob.read(service.settings, key) == b"\xff\xd8vanished":
            blob.delete(service.settings, key)
    done = owner.privacy_requests.approve(seeded_request(owner).id)
    assert done.state is RequestState.COMPLETED
    path = alice.privacy_requests.download(done.id, tmp_path / "a.zip")
    with zipfile.ZipFile(path) as archive:
        files = json.loads(archive.read("tickets.json"))[0]["files"]
    assert files[0]["unavailable"] and files[0]["path"] is None and files[1]["path"]


def test_a_reply_of_the_wrong_shape_is_a_malformed_response_error():
    from api_client import MalformedResponseError, PrivacyRequest

    def reply(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/meta"):
            return httpx.Response(200, json={"service": "ticketpros", "api_version": 1, "max_upload_size": 1})
        if request.url.path.endswith("/auth/login"):
            return httpx.Response(200, json={"access_token": "a", "refresh_token": "r", "expires_in": 900})
        if request.url.path.endswith("/me"):
            return httpx.Response(
                200,
                json={
                    "user": {"id": "u", "email": "a@b.c", "name": "A", "phone": None, "role": "member"},
                    "customer": {"id": "c", "name": "C"},
                },
            )
        return httpx.Response(200, json={"items": [{"id": "prq_1", "state": "teleported"}], "pending": 0})

    with TicketProsClient("http://127.0.0.1:9", transport=httpx.MockTransport(reply)) as client:
        client.login("a@b.c", "pw", remember=False)
        with pytest.raises(MalformedResponseError):
            client.privacy_requests.list()
    with pytest.raises(MalformedResponseError):
        PrivacyRequest.from_json({"id": "x"})


def test_work_left_unfinished_is_resumed_when_the_service_starts(tmp_path):
    """Approved, then the service stopped before carrying it out (simulated by
    writing the state the approval commit leaves behind)."""
    from tests.support.service import start_service

    first = start_service(tmp_path / "data")
    with first.db() as conn:
        conn.execute("UPDATE privacy_requests SET state = 'approved'")
    conn.close()
    first.stop()
    second = start_service(tmp_path / "data", seed=False)
    try:
        with TicketProsClient(second.url) as alice:
            alice.login("alice@demo.example", PASSWORD)
            [request] = alice.privacy_requests.list().items
            assert request.state is RequestState.COMPLETED and request.export_available
            assert states(request)[-2:] == [("approved", "in_progress"), ("in_progress", "completed")]
    finally:
        second.stop()


def test_an_export_is_kept_for_thirty_days(service, sign):
    alice, owner = sign("alice@demo.example"), sign("owner@demo.example")
    request = owner.privacy_requests.approve(seeded_request(owner).id)
    service.clock.advance(timedelta(days=29))
    alice = sign("alice@demo.example")
    assert alice.privacy_requests.export_link(request.id).url
    service.clock.advance(timedelta(days=2))
    alice = sign("alice@demo.example")
    with pytest.raises(APIStatusError) as caught:
        alice.privacy_requests.export_link(request.id)
    assert caught.value.status == 410 and "no longer kept" in caught.value.message
    assert not alice.privacy_requests.get(request.id).export_available
    assert not blob.keys(service.settings, "exports/")

"""Ticket endpoints against the real service and its demo tickets: who sees
what, search, filters, pages, downloads, thumbnails, deletion, duplicates."""

from __future__ import annotations

import base64
import hashlib
import io
from datetime import timedelta
from urllib.parse import unquote

import pytest
from PIL import Image

from tests import media_samples as samples
from tests.server.tus_raw import TusClient, sign_in
from tests.support import stored

# Part of the bounded PostgreSQL run CI makes (./dev test --backend postgres --bounded).
pytestmark = pytest.mark.postgres_ci

# The demo seed (server/tickets/seed.py): Alice 3 tickets, Bob 2, the owner 1; Other Freight 1.
ALICE_TICKETS, BOB_TICKETS, OWNER_TICKETS = 3, 2, 1


@pytest.fixture
def service(demo_service):
    """These tests browse the demo tickets of the seed."""
    return demo_service


@pytest.fixture
def who(service):
    made: dict[str, TusClient] = {}

    def client(name: str) -> TusClient:
        if name not in made:
            email = {"other": "owner@other.example"}.get(name, f"{name}@demo.example")
            made[name] = TusClient(service.url, sign_in(service.url, email))
        return made[name]

    return client


def items(reply) -> list[dict]:
    assert reply.status_code == 200, reply.text
    return reply.json()["items"]


def ticket_by_number(client: TusClient, number: str) -> dict:
    [found] = [t for t in items(client.get("/tickets", q=number)) if t["ticket_number"] == number]
    return found


# --- Visibility -----------------------------------------------------------------------------------


def test_members_see_their_own_tickets_only(who):
    alice = who("alice")
    mine = alice.get("/tickets").json()
    assert mine["total"] == ALICE_TICKETS
    assert {t["uploader"]["name"] for t in mine["items"]} == {"Alice Anders"}
    refused = alice.get("/tickets", scope="organisation")
    assert refused.status_code == 403
    assert refused.json()["error"]["message"] == "Only the Account Owner can see all of the organisation's tickets."


def test_owners_see_the_organisation_by_default_and_their_own_on_request(who):
    owner = who("owner")
    everything = owner.get("/tickets").json()
    assert everything["total"] == ALICE_TICKETS + BOB_TICKETS + OWNER_TICKETS
    assert owner.get("/tickets", scope="organisation").json()["total"] == everything["total"]
    assert owner.get("/tickets", scope="mine").json()["total"] == OWNER_TICKETS
    other = who("other").get("/tickets").json()
    assert other["total"] == 1 and other["items"][0]["ticket_number"] == "X-1"


def test_tickets_of_others_answer_404_like_missing_ones(who):
    alice_ticket = ticket_by_number(who("alice"), "1042")["id"]
    missing = who("bob").get("/tickets/tkt_doesnotexist")
    for name in ("bob", "other"):
        reply = who(name).get(f"/tickets/{alice_ticket}")
        assert reply.status_code == 404 and reply.json() == missing.json()
    assert who("owner").get(f"/tickets/{alice_ticket}").status_code == 200
    file_id = who("alice").get(f"/tickets/{alice_ticket}").json()["files"][0]["id"]
    for path in (f"/tickets/{alice_ticket}/files/{file_id}", f"/tickets/{alice_ticket}/files/{file_id}/thumbnail"):
        assert who("other").get(path).status_code == 404
        assert who("bob").get(path).status_code == 404
        assert who("owner").get(path).status_code == 200


# --- Listing, search, filters, pages --------------------------------------------------------------


def test_summary_fields_and_newest_first(who):
    listed = items(who("alice").get("/tickets"))
    assert [t["created_at"] for t in listed] == sorted((t["created_at"] for t in listed), reverse=True)
    two_pages = next(t for t in listed if t["ticket_number"] == "1043")
    assert two_pages["page_count"] == 2 and two_pages["job"] == "Riverside pour"
    # Read by the real OCR at start: its values in the row, as in its detail.
    detail = who("alice").get(f"/tickets/{two_pages['id']}").json()
    assert two_pages["status"] == detail["status"] and detail["status"] in ("extracted", "needs_review")
    assert two_pages["has_extracted_values"] is True and two_pages["values"]["ticket_number"] == "1043"
    assert two_pages["values"] == {f["name"]: f["value"] for f in detail["fields"]}
    assert two_pages["reviewed_at"] is None
    assert two_pages["quality_warning"] is None  # the demo seed's tickets were not photo-checked
    assert two_pages["first_file_id"].startswith("fil_") and two_pages["total_bytes"] > 0
    assert set(two_pages) == {"id", "ticket_number", "job", "ticket_date", "notes", "status", "created_at",
                              "uploader", "page_count", "total_bytes", "first_file_id", "has_extracted_values",
                              "values", "reviewed_at", "quality_warning"}


@pytest.mark.parametrize(
    ("q", "numbers"),
    [
        ("2210", {"2210"}),  # ticket number
        ("hwy 7", {"2210", "2211"}),  # job, case-insensitive
        ("weighbridge", {"2211"}),  # notes
        ("summary-october", {"900"}),  # file name
        ("100%", set()),  # LIKE wildcards are literal
        ("t_2", {"2211"}),  # "ticket_2211.jpg"
        ("Hwy_7", set()),  # as a wildcard "_" would match "Hwy 7"
    ],
)
def test_search(who, q, numbers):
    assert {t["ticket_number"] for t in items(who("owner").get("/tickets", q=q))} == numbers


def test_status_and_date_filters(service, who):
    owner = who("owner")
    today = service.clock.now().date()
    recent = items(owner.get("/tickets", date_from=(today - timedelta(days=3)).isoformat()))
    assert {t["ticket_number"] for t in recent} == {"1042", "1043", "2210"}
    older = items(owner.get("/tickets", date_to=(today - timedelta(days=5)).isoformat()))
    assert {t["ticket_number"] for t in older} == {None, "2211", "900"}
    # Every demo ticket was read; the one whose net weight does not add up waits in To review.
    everything = items(owner.get("/tickets"))
    statuses = [t["status"] for t in everything]
    for status in ("extracted", "needs_review"):
        filtered = items(owner.get("/tickets", status=status))
        assert [t["id"] for t in filtered] == [t["id"] for t in everything if t["status"] == status]
    assert statuses.count("extracted") + statuses.count("needs_review") == 6
    assert "2210" in {t["ticket_number"] for t in items(owner.get("/tickets", status="needs_review"))}
    assert owner.get("/tickets", status="uploading").json()["total"] == 0
    assert owner.get("/tickets", status="lost").status_code == 422
    assert owner.get("/tickets", date_from="yesterday").status_code == 422


def test_pagination(who):
    owner = who("owner")
    everything = items(owner.get("/tickets"))
    first = owner.get("/tickets", limit=4).json()
    second = owner.get("/tickets", limit=4, offset=4).json()
    assert first["total"] == second["total"] == 6 and (first["offset"], first["limit"]) == (0, 4)
    assert [t["id"] for t in first["items"] + second["items"]] == [t["id"] for t in everything]
    assert owner.get("/tickets", limit=201).status_code == 422
    assert owner.get("/tickets", limit=200).status_code == 200
    assert owner.get("/tickets", offset=-1).status_code == 422


# --- Detail, download, thumbnail ------------------------------------------------------------------


def test_detail_download_and_thumbnail(service, who):
    alice = who("alice")
    detail = alice.get(f"/tickets/{ticket_by_number(alice, '1043')['id']}").json()
    assert [f["page"] for f in detail["files"]] == [1, 2]
    assert detail["extracted_values"] == detail["values"] == {f["name"]: f["value"] for f in detail["fields"]}
    assert detail["values"]["ticket_number"] == "1043"
    pages = {f["name"]: f["page"] for f in detail["fields"]}  # the job record's loads are on its page 2
    assert pages["customer"] == 1 and pages["net_weight"] == 2
    page = detail["files"][0]
    r = alice.get(f"/tickets/{detail['id']}/files/{page['id']}")
    assert r.status_code == 200 and r.headers["content-type"] == "image/jpeg"
    assert int(r.headers["content-length"]) == page["size"] == len(r.content)
    assert hashlib.sha256(r.content).hexdigest() == page["sha256"]
    digest = base64.b64encode(hashlib.sha256(r.content).digest()).decode()
    assert r.headers["Digest"] == f"sha-256={digest}" and r.headers["Repr-Digest"] == f"sha-256=:{digest}:"
    assert r.headers["content-disposition"].endswith("filename*=UTF-8''IMG_2291.jpg")
    thumb = alice.get(f"/tickets/{detail['id']}/files/{page['id']}/thumbnail")
    with Image.open(io.BytesIO(thumb.content)) as preview:
        assert preview.format == "JPEG" and max(preview.size) <= 256
    assert alice.get(f"/tickets/{detail['id']}/files/fil_nope").status_code == 404


def test_download_names_are_safe_and_keep_unicode(who, tmp_path):
    alice = who("alice")
    photo = samples.jpeg_with_gps(tmp_path / "p.jpg").read_bytes()
    ticket_id = alice.upload(photo, filename='Lieferschein "Süd" 7.exe').headers["Ticket-Id"]
    file_id = alice.get(f"/tickets/{ticket_id}").json()["files"][0]["id"]
    disposition = alice.get(f"/tickets/{ticket_id}/files/{file_id}").headers["content-disposition"]
    assert disposition.startswith("attachment; filename=\"Lieferschein _S_d_ 7.exe.jpg\"; ")
    encoded = disposition.split("filename*=UTF-8''", 1)[1]
    assert unquote(encoded) == 'Lieferschein "Süd" 7.exe.jpg'  # the extension matches the content
    assert " " not in encoded and '"' not in encoded


# --- Deletion -------------------------------------------------------------------------------------


def test_members_delete_their_own_tickets_only(service, who):
    alice, bob = who("alice"), who("bob")
    ticket = ticket_by_number(alice, "1042")
    sha = alice.get(f"/tickets/{ticket['id']}").json()["files"][0]["sha256"]
    settings = service.settings
    assert stored.exists(settings, stored.content_key(sha)) and stored.exists(settings, stored.thumbnail_key(sha))
    assert bob.delete_path(f"/tickets/{ticket['id']}").status_code == 404
    assert who("other").delete_path(f"/tickets/{ticket['id']}").status_code == 404
    assert alice.delete_path(f"/tickets/{ticket['id']}").status_code == 204
    assert alice.get(f"/tickets/{ticket['id']}").status_code == 404
    assert not stored.exists(settings, stored.content_key(sha))
    assert not stored.exists(settings, stored.thumbnail_key(sha))
    with service.db() as db:
        assert db.execute("SELECT count(*) FROM ticket_files WHERE ticket_id = ?", (ticket["id"],)).fetchone()[0] == 0
    assert alice.delete_path(f"/tickets/{ticket['id']}").status_code == 404


def test_owner_deletes_any_ticket_of_the_organisation(who):
    owner = who("owner")
    bobs = ticket_by_number(who("bob"), "2210")["id"]
    assert owner.delete_path(f"/tickets/{bobs}").status_code == 204
    assert who("bob").get("/tickets").json()["total"] == BOB_TICKETS - 1
    others = who("other").get("/tickets").json()["items"][0]["id"]
    assert owner.delete_path(f"/tickets/{others}").status_code == 404


def test_shared_content_stays_until_its_last_ticket_goes(service, who, tmp_path):
    alice, bob = who("alice"), who("bob")
    photo = samples.jpeg_with_gps(tmp_path / "same.jpg").read_bytes()
    first = alice.upload(photo).headers["Ticket-Id"]
    second = bob.upload(photo).headers["Ticket-Id"]
    sha = alice.get(f"/tickets/{first}").json()["files"][0]["sha256"]
    assert bob.get(f"/tickets/{second}").json()["files"][0]["sha256"] == sha
    settings, key = service.settings, stored.content_key(sha)
    assert alice.delete_path(f"/tickets/{first}").status_code == 204
    assert stored.exists(settings, key)
    assert bob.get(f"/tickets/{second}/files/{bob.get(f'/tickets/{second}').json()['files'][0]['id']}").content \
        == stored.read(settings, key)
    assert bob.delete_path(f"/tickets/{second}").status_code == 204
    assert not stored.exists(settings, key)
    assert not stored.exists(settings, stored.thumbnail_key(sha))


# --- Duplicates and extraction --------------------------------------------------------------------


def test_duplicate_lookup_shows_only_visible_tickets(who, tmp_path):
    alice = who("alice")
    photo = samples.jpeg_with_gps(tmp_path / "dup.jpg").read_bytes()
    ticket_id = alice.upload(photo, ticket_number="D-1").headers["Ticket-Id"]
    sha = alice.get(f"/tickets/{ticket_id}").json()["files"][0]["sha256"]
    [match] = alice.get("/tickets/lookup", sha256=sha).json()["matches"]
    assert match["ticket_id"] == ticket_id and match["ticket_number"] == "D-1"
    assert match["page"] == 1 and match["uploaded_by_me"] is True and match["created_at"]
    [seen_by_owner] = who("owner").get("/tickets/lookup", sha256=sha.upper()).json()["matches"]
    assert seen_by_owner["uploaded_by_me"] is False
    assert who("bob").get("/tickets/lookup", sha256=sha).json() == {"matches": []}
    assert who("other").get("/tickets/lookup", sha256=sha).json() == {"matches": []}
    assert alice.get("/tickets/lookup", sha256="abc").status_code == 422
    # The photo was cleaned again on arrival: the hash of what was sent finds it too.
    sent = hashlib.sha256(photo).hexdigest()
    assert sent != sha
    assert [m["ticket_id"] for m in alice.get("/tickets/lookup", sha256=sent).json()["matches"]] == [ticket_id]
    assert who("bob").get("/tickets/lookup", sha256=sent).json() == {"matches": []}


def test_batch_lookup_answers_every_hash_with_only_visible_tickets(who, tmp_path):
    """POST /tickets/lookup: one request for a batch, the same visibility as the single look-up."""
    import httpx

    def batch(name: str, hashes: list[str]) -> httpx.Response:
        client = who(name)
        return httpx.post(client.url + "/api/v1/tickets/lookup", json={"sha256": hashes},
                          headers={"Authorization": f"Bearer {client.token}"})

    alice, bob = who("alice"), who("bob")
    photos = [samples.jpeg_with_gps(tmp_path / f"b{n}.jpg", size=(64 + n, 48)).read_bytes() for n in range(2)]
    mine = alice.upload(photos[0], ticket_number="B-1").headers["Ticket-Id"]
    bobs = bob.upload(photos[1], ticket_number="B-2").headers["Ticket-Id"]
    stored = [alice.get(f"/tickets/{mine}").json()["files"][0]["sha256"],
              bob.get(f"/tickets/{bobs}").json()["files"][0]["sha256"]]
    sent = hashlib.sha256(photos[0]).hexdigest()
    nowhere = "f" * 64
    asked = [stored[0].upper(), stored[1], sent, nowhere, stored[1]]
    r = batch("alice", asked)
    assert r.status_code == 200
    matches = r.json()["matches"]
    assert set(matches) == {stored[0], stored[1], sent, nowhere}  # lower case, a repeat once
    [match] = matches[stored[0]]
    assert match["ticket_id"] == mine and match["ticket_number"] == "B-1" and match["uploaded_by_me"] is True
    assert [m["ticket_id"] for m in matches[sent]] == [mine]  # what was sent, before cleaning
    assert matches[stored[1]] == [] and matches[nowhere] == []  # Bob's ticket is not Alice's to know about
    # The same answers, hash by hash, as the single look-up gives.
    for sha in (stored[0], stored[1], sent):
        assert matches[sha] == alice.get("/tickets/lookup", sha256=sha).json()["matches"]
    owner = batch("owner", stored).json()["matches"]
    assert [m["ticket_id"] for m in owner[stored[0]]] == [mine] and owner[stored[0]][0]["uploaded_by_me"] is False
    assert [m["ticket_id"] for m in owner[stored[1]]] == [bobs]
    assert batch("other", stored).json()["matches"] == {stored[0]: [], stored[1]: []}
    assert batch("alice", ["abc"]).status_code == 422
    assert batch("alice", []).status_code == 422
    assert batch("alice", [nowhere] * 501).status_code == 422


def test_no_extraction_while_the_uploader_restricts_processing(service, who, tmp_path):
    alice = who("alice")
    with service.db() as db:
        user_id = db.execute("SELECT id FROM users WHERE email = 'alice@demo.example'").fetchone()[0]
        db.execute("INSERT INTO user_flags (user_id, flag, set_at) VALUES (?, 'restriction', '2026-01-01T00:00:00Z')",
                   (user_id,))
    photo = samples.jpeg_with_gps(tmp_path / "r.jpg").read_bytes()
    detail = alice.get(f"/tickets/{alice.upload(photo, ticket_number='R-1').headers['Ticket-Id']}").json()
    assert detail["status"] == "stored" and detail["extracted_values"] == {}
    assert detail["has_extracted_values"] is False


def test_openapi_documents_uploads_and_tickets(service):
    import httpx

    spec = httpx.get(service.url + "/openapi.json").json()
    for path in ("/api/v1/uploads", "/api/v1/uploads/{upload_id}", "/api/v1/tickets", "/api/v1/tickets/lookup",
                 "/api/v1/tickets/{ticket_id}", "/api/v1/tickets/{ticket_id}/files/{file_id}",
                 "/api/v1/tickets/{ticket_id}/files/{file_id}/thumbnail"):
        assert path in spec["paths"], path
    assert "TicketSummary" in spec["components"]["schemas"]

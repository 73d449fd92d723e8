"""POST /tickets/{id}/complete: a multi-page ticket whose missing pages will never come
is finished with the pages that arrived (real service, pages sent through tus)."""

from __future__ import annotations

import io

import httpx
from PIL import Image

from tests.server.tus_raw import TusClient, sign_in


def tiny_jpeg(shade: int) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (32, 24), (shade, 90, 160)).save(buffer, format="JPEG", quality=80)
    return buffer.getvalue()


def _page(tus: TusClient, key: str, page: int, of: int, shade: int) -> str:
    reply = tus.upload(tiny_jpeg(shade), filename=f"page-{page}.jpg", filetype="image/jpeg", ticket_key=key,
                       page=str(page), page_count=str(of), ticket_number="T-3")
    return reply.headers["Ticket-Id"]


def _complete(url: str, token: str, ticket_id: str) -> httpx.Response:
    return httpx.post(f"{url}/api/v1/tickets/{ticket_id}/complete", headers={"Authorization": f"Bearer {token}"})


def test_pages_one_and_three_of_three_become_a_stored_ticket_of_two_pages(service):
    alice = sign_in(service.url, "alice@demo.example")
    tus = TusClient(service.url, alice)
    ticket_id = _page(tus, "three", 1, 3, shade=10)
    assert _page(tus, "three", 3, 3, shade=30) == ticket_id
    assert tus.get(f"/tickets/{ticket_id}").json()["status"] == "uploading"

    reply = _complete(service.url, alice, ticket_id)
    assert reply.status_code == 200, reply.text
    body = reply.json()
    assert body == tus.get(f"/tickets/{ticket_id}").json()  # the same body as GET
    assert body["status"] == "stored" and body["page_count"] == 2  # queued for reading
    assert [(f["page"], f["original_name"]) for f in body["files"]] == [(1, "page-1.jpg"), (2, "page-3.jpg")]

    again = _complete(service.url, alice, ticket_id)  # a retried call changes nothing
    assert again.status_code == 200 and again.json() == body
    assert service.read_tickets() == 1
    read = tus.get(f"/tickets/{ticket_id}").json()
    assert read["status"] == "extracted" and read["extracted_values"] == {"ticket_number": "T-3"}
    assert _complete(service.url, alice, ticket_id).json() == read  # finished: not queued again
    assert service.read_tickets() == 0


def test_a_restricted_uploader_s_ticket_is_stored_but_not_extracted(service):
    alice = sign_in(service.url, "alice@demo.example")
    tus = TusClient(service.url, alice)
    ticket_id = _page(tus, "restricted", 2, 2, shade=50)
    with service.db() as conn:
        user_id = conn.execute("SELECT id FROM users WHERE email = 'alice@demo.example'").fetchone()[0]
        conn.execute("INSERT INTO user_flags (user_id, flag, set_at) VALUES (?, 'restriction', '2026-01-01')",
                     (user_id,))
    body = _complete(service.url, alice, ticket_id).json()
    assert body["status"] == "stored" and body["extracted_values"] == {}
    assert [f["page"] for f in body["files"]] == [1]
    assert service.read_tickets() == 0  # nothing queued: never read
    assert tus.get(f"/tickets/{ticket_id}").json() == body


def test_only_the_uploader_may_finish_a_ticket_everyone_else_gets_404(service):
    tus = TusClient(service.url, sign_in(service.url, "alice@demo.example"))
    ticket_id = _page(tus, "hers", 1, 2, shade=70)
    for email in ("owner@demo.example", "bob@demo.example", "owner@other.example"):
        reply = _complete(service.url, sign_in(service.url, email), ticket_id)
        assert reply.status_code == 404 and reply.json()["error"]["code"] == "not_found", email
    assert tus.get(f"/tickets/{ticket_id}").json()["status"] == "uploading"  # untouched

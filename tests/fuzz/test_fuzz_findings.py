"""What the API fuzzing found, pinned as plain tests of the real service: each
one failed before its fix in server/."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest

from tests.support.service import start_service


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    """One demo service for the module: these checks leave nothing another reads."""
    handle = start_service(tmp_path_factory.mktemp("findings") / "service-data")
    yield handle
    handle.stop()


@contextmanager
def session(service, email: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=service.url + "/api/v1", timeout=10) as client:
        r = client.post("/auth/login", json={"email": email, "password": "demo-password"})
        assert r.status_code == 200, r.text
        client.headers["Authorization"] = "Bearer " + r.json()["access_token"]
        yield client


def test_405_names_every_method_of_the_path(service):
    # Starlette named only the first matching route's methods (Allow: GET for a GET+DELETE path).
    r = httpx.request("PUT", service.url + "/api/v1/tickets/tkt_x")
    assert r.status_code == 405
    assert r.headers["Allow"] == "DELETE, GET"
    assert r.json()["error"]["code"] == "method_not_allowed"
    # A fixed path beats the template that also matches it, as in routing.
    # (/tickets/lookup: GET for one hash, POST for a batch; never the template's DELETE)
    assert httpx.request("PUT", service.url + "/api/v1/tickets/lookup").headers["Allow"] == "GET, POST"


def test_body_that_is_not_utf8_gets_a_readable_400(service):
    r = httpx.post(service.url + "/api/v1/auth/login", content=b"\xff\xfe{",
                   headers={"Content-Type": "application/json"})
    assert r.status_code == 400
    message = "The request body could not be read; send JSON encoded as UTF-8."
    assert r.json() == {"error": {"code": "bad_request", "message": message,
                                  "message_code": "request.body_unreadable", "params": {}}}


@pytest.mark.parametrize("value", ["0", "1700000000", "2025-1-5"])
def test_ticket_dates_must_be_written_as_dates(service, value):
    # pydantic read "0" as a Unix timestamp (1970-01-01) and filtered on it.
    with session(service, "alice@demo.example") as alice:
        r = alice.get("/tickets", params={"date_to": value})
        assert r.status_code == 422
        assert r.json()["error"]["code"] == "validation_error"
        assert "YYYY-MM-DD" in r.json()["error"]["message"]
        assert alice.get("/tickets", params={"date_to": "2025-01-05"}).status_code == 200


@pytest.mark.parametrize("brand", [" Visa", "Visa\n", "Visa\t"])
def test_card_brand_is_checked_as_documented(service, brand):
    # The service trimmed whitespace the documented pattern does not allow, then accepted it.
    with session(service, "owner@demo.example") as owner:
        r = owner.put("/privacy/billing/payment-method", json={"card_last4": "1234", "card_brand": brand})
        assert r.status_code == 422 and "card brand" in r.json()["error"]["message"]


@pytest.mark.parametrize(("field", "value"), [
    ("email", "new@demo.example\n"),  # re.match with $ let a trailing newline through
    ("phone", "+1 555 0199\n"),
    ("name", "Alice\x00Anders"),
    ("name", "\t\n"),
])
def test_correction_values_are_checked_whole(service, field, value):
    with session(service, "alice@demo.example") as alice:
        r = alice.post("/privacy-requests", json={"type": "correction", "field": field, "value": value})
        assert r.status_code == 422, r.text
        assert r.json()["error"]["code"] == "validation_error"


def test_openapi_documents_the_error_shapes(service):
    doc = httpx.get(service.url + "/openapi.json").json()
    schemas = doc["components"]["schemas"]
    assert "HTTPValidationError" not in schemas
    list_tickets = doc["paths"]["/api/v1/tickets"]["get"]["responses"]
    def body_schema(status: str) -> str:
        return list_tickets[status]["content"]["application/json"]["schema"]["$ref"]

    assert body_schema("422").endswith("/ValidationErrorOut")
    assert body_schema("401").endswith("/ErrorOut")
    # The shape the handler really sends for a request that fails validation.
    r = httpx.get(service.url + "/api/v1/tickets/lookup", params={"sha256": "nope"},
                  headers={"Authorization": "Bearer x"})
    assert r.status_code == 401  # authentication comes first
    with session(service, "alice@demo.example") as alice:
        body = alice.get("/tickets/lookup", params={"sha256": "nope"}).json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message", "message_code", "params", "details"}
    assert (body["error"]["message_code"], body["error"]["params"]) == ("validation.pattern", {"field": "sha256"})
    assert body["error"]["details"][0]["loc"] == ["query", "sha256"]
    tus = doc["paths"]["/api/v1/uploads"]["post"]
    assert {p["name"] for p in tus["parameters"]} >= {"Tus-Resumable", "Upload-Length", "Upload-Metadata"}
    assert "content" not in tus["responses"]["201"]


def test_an_empty_idempotency_key_is_refused_not_a_500(service):
    # The empty key skipped the lookup of earlier requests, then hit the
    # UNIQUE (requester_id, idempotency_key) index on the second request: 500.
    with session(service, "owner@demo.example") as owner:
        for _ in range(2):
            r = owner.post("/privacy-requests", json={"type": "objection"}, headers={"Idempotency-Key": ""})
            assert r.status_code == 422, r.text
            assert r.json()["error"]["code"] == "validation_error"
        r = owner.post("/auth/refresh", json={"refresh_token": "x"}, headers={"Idempotency-Key": ""})
        assert r.status_code == 422


@pytest.mark.parametrize("offset", ["60066609350299566080", str(2**63), "1000000001"])
def test_huge_list_offsets_are_refused_not_a_500(service, offset):
    # SQLite raised OverflowError for offsets past 2**63 - 1: 500.
    with session(service, "alice@demo.example") as alice:
        r = alice.get("/tickets", params={"offset": offset})
        assert r.status_code == 422, r.text
        assert r.json()["error"]["message"].startswith("offset: ")
        assert alice.get("/tickets", params={"offset": "1000000000"}).json()["items"] == []


def test_a_nul_character_in_an_email_or_a_client_id_is_an_unknown_one_not_a_500(service):
    # On PostgreSQL, whose text cannot hold a NUL, a sign-in with one in the email and a device
    # authorization with one in the client id ended in a 500 (the fuzzing's PostgreSQL run).
    # No account or client holds one: answered as an unknown one, as SQLite answers.
    login = httpx.post(service.url + "/api/v1/auth/login",
                       json={"email": "alice\x00@demo.example", "password": "demo-password"})
    assert login.status_code == 401 and login.json()["error"]["code"] == "invalid_credentials", login.text
    device = httpx.post(service.url + "/api/v1/oauth/device-authorization",
                        data={"client_id": "ticketpros-desktop\x00", "scope": "tickets"})
    assert device.status_code == 401 and device.json()["error"] == "invalid_client", device.text
    with session(service, "alice@demo.example"):  # the service carries on
        pass


def test_a_nul_character_that_reaches_postgresql_names_nothing_there_not_a_500(service):
    # Elsewhere PostgreSQL is not asked at all (db.TextWithNulError): nothing stored holds a NUL,
    # so what is looked up with one is not found, as on SQLite (the full fuzzing's PostgreSQL run:
    # a policy version, the tickets of a merge; a 422 there is a valid request refused).
    with session(service, "alice@demo.example") as alice:
        ticket = alice.get("/tickets/tkt_x%00")
        policy = alice.get("/privacy/policy/text", params={"version": "2025-01\x00"})
        merge = alice.post("/tickets/merge", json={"ticket_ids": ["tkt_a\x00", "tkt_b"]})
    for reply in (ticket, policy, merge):
        assert reply.status_code == 404 and reply.json()["error"]["code"] == "not_found", reply.text

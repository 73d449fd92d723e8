"""``client.privacy`` against the real service; MockTransport only for replies
our service would never send."""

from __future__ import annotations

import httpx
import pytest

from api_client import (
    BillingInfo,
    ConflictError,
    MalformedResponseError,
    PermissionDeniedError,
    PrivacyInventory,
    TicketProsClient,
    ValidationError,
)
from server.db import connect
from server.privacy import service as privacy_service
from tests.support.customer_data import add_ticket


@pytest.fixture
def signed_in(service):
    def make(email: str) -> TicketProsClient:
        client = TicketProsClient(service.url, max_retries=0)
        client.login(email, "demo-password", remember=False)
        made.append(client)
        return client

    made: list[TicketProsClient] = []
    yield make
    for client in made:
        client.close()


def test_inventory_is_typed(service, signed_in):
    add_ticket(service, "owner@demo.example", [("image/jpeg", b"x" * 10)], {"total": "3"})
    owner = signed_in("owner@demo.example")
    inv = owner.privacy.inventory()
    assert isinstance(inv, PrivacyInventory)
    assert inv.organisation_data is not None and inv.organisation_data.bytes == 10
    assert inv.payment == BillingInfo("active", "sub_demo_1A2b3C", "4242", "Visa", inv.payment.updated_at)
    assert inv.security_events[0].region == "Local network"
    member = signed_in("alice@demo.example").privacy.inventory()
    assert member.organisation_data is None and member.payment is None and member.scope == "user"


def test_policy_acknowledgement_and_conflict(service, signed_in):
    bob = signed_in("bob@demo.example")
    status = bob.privacy.policy()
    assert status.version == "2025-01" and not status.acknowledged
    conn = connect(service.settings.database)
    try:
        privacy_service.publish_policy(conn, service.settings, version="2026-12", effective_date="2027-01-01",
                                       summary="Clearer retention wording.", text="New policy text.\n")
    finally:
        conn.close()
    with pytest.raises(ConflictError, match="newer version"):
        bob.privacy.acknowledge_policy("2025-01")
    done = bob.privacy.acknowledge_policy("2026-12")
    assert done.acknowledged and done.acknowledged_at
    assert bob.privacy.policy_text().text == "New policy text.\n"
    assert "Stripe" in bob.privacy.policy_text("2025-01").text


def test_billing_errors_are_typed(signed_in):
    with pytest.raises(PermissionDeniedError):
        signed_in("alice@demo.example").privacy.billing()
    owner = signed_in("owner@demo.example")
    with pytest.raises(ValidationError, match="Full card numbers are never stored"):
        owner.privacy.update_payment_method("4242 4242 4242 4242", "Visa")
    assert owner.privacy.update_payment_method("1881", "Visa").card_last4 == "1881"
    subs = owner.privacy.subprocessors()
    assert [s.name for s in subs.subprocessors] == ["DigitalOcean", "Stripe"]


def test_malformed_inventory_raises_malformed_response():
    def reply(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/meta"):
            return httpx.Response(200, json={"service": "ticketpros", "api_version": 1, "max_upload_size": 1})
        if request.url.path.endswith("/auth/login"):
            return httpx.Response(200, json={"access_token": "a", "refresh_token": "r", "expires_in": 900})
        if request.url.path.endswith("/me"):
            return httpx.Response(200, json={"user": {"id": "u", "email": "e", "name": "n", "phone": None,
                                                      "role": "member"}, "customer": {"id": "c", "name": "C"}})
        if request.url.path.endswith("/billing"):
            return httpx.Response(200, json={"payment_status": "active", "subscription_id": None,
                                             "card_last4": "4242424242424242", "card_brand": "Visa",
                                             "updated_at": None})
        return httpx.Response(200, json={"scope": "user", "customer_data": {"mine": {"tickets": "many"}}})

    with TicketProsClient("http://127.0.0.1:1", transport=httpx.MockTransport(reply), max_retries=0) as client:
        client.login("e", "p", remember=False)
        with pytest.raises(MalformedResponseError):
            client.privacy.inventory()
        with pytest.raises(MalformedResponseError):
            client.privacy.billing()  # a full card number is never accepted as "last four"

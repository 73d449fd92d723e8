"""The privacy dashboard endpoints against the real service and SQLite file.

Tickets normally arrive through tus uploads (the uploads feature); here
``tests.support.customer_data`` writes the same rows and files into the test
service's data dir so the inventory is computed from real tables.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

import httpx
import pytest

from server.db import connect
from server.privacy import service as privacy_service
from server.privacy.cards import looks_like_card_number, luhn_ok
from server.privacy.devices import describe_device
from server.privacy.regions import region_for
from tests.support.customer_data import add_ticket, delete_ticket

ROOT = Path(__file__).resolve().parents[2]


@contextmanager
def session(service, email: str, password: str = "demo-password", **headers: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=service.url + "/api/v1", headers=headers, timeout=10) as client:
        r = client.post("/auth/login", json={"email": email, "password": password})
        assert r.status_code == 200, r.text
        client.headers["Authorization"] = "Bearer " + r.json()["access_token"]
        yield client


def inventory(client: httpx.Client) -> dict:
    r = client.get("/privacy/inventory")
    assert r.status_code == 200, r.text
    return r.json()


def test_counts_and_bytes_follow_uploads_and_deletions(service):
    with session(service, "owner@demo.example") as owner, session(service, "alice@demo.example") as alice:
        empty = inventory(owner)["customer_data"]
        assert empty["mine"] == empty["organisation"] == {
            "tickets": 0, "files": 0, "images": 0, "documents": 0, "extracted_values": 0, "bytes": 0}

        first = add_ticket(service, "alice@demo.example",
                           [("image/jpeg", b"\xff\xd8" + b"a" * 998), ("application/pdf", b"%PDF" + b"b" * 496)],
                           {"total": "12.50", "job": "J-7"})
        add_ticket(service, "owner@demo.example", [("image/heic", b"h" * 2000)])
        data = inventory(alice)["customer_data"]
        assert data["mine"] == {"tickets": 1, "files": 2, "images": 1, "documents": 1,
                                "extracted_values": 2, "bytes": 1500}
        assert data["organisation"] is None  # members see their own items only
        org = inventory(owner)["customer_data"]
        assert org["mine"]["tickets"] == 1 and org["mine"]["bytes"] == 2000
        assert org["organisation"] == {"tickets": 2, "files": 3, "images": 2, "documents": 1,
                                       "extracted_values": 2, "bytes": 3500}

        delete_ticket(service, first)
        assert inventory(alice)["customer_data"]["mine"]["tickets"] == 0
        assert inventory(owner)["customer_data"]["organisation"]["bytes"] == 2000


def test_nobody_sees_another_customers_data(service):
    add_ticket(service, "alice@demo.example", [("image/png", b"p" * 700)])
    with session(service, "owner@other.example") as other, session(service, "bob@demo.example") as bob:
        inv = inventory(other)
        assert inv["customer_data"]["organisation"]["tickets"] == 0
        assert inv["account"]["company"] == "Other Freight LLC"
        assert inv["payment"]["card_last4"] == "5454"
        assert inv["support"]["organisation_messages"] == 1  # Olga's own, none of Demo Hauling's
        emails = {e["ip"] for e in inv["security_events"]}
        assert "198.51.100.20" not in emails  # alice's sign-ins stay hers
        assert inventory(bob)["customer_data"]["mine"]["tickets"] == 0
        assert inventory(bob)["support"]["messages"] == 0 and inventory(bob)["payment"] is None


def test_account_support_retention_and_policy_sections(service):
    with session(service, "alice@demo.example") as alice:
        inv = inventory(alice)
    assert inv["scope"] == "user"
    assert inv["account"] == {**inv["account"], "name": "Alice Anders", "email": "alice@demo.example",
                              "phone": "+1 555 0101", "company": "Demo Hauling Co", "role": "member",
                              "billing_contact": "owner@demo.example"}
    assert "password" not in json.dumps(inv["account"]).lower()
    assert inv["support"] == {"messages": 0, "recent": [], "organisation_messages": None}
    assert inv["retention"]["account_status"] == "active"
    assert (inv["retention"]["min_days"], inv["retention"]["max_days"]) == (30, 90)
    assert "30 to 90 days" in inv["retention"]["policy_text"]
    assert inv["policy"]["version"] == "2025-01" and inv["policy"]["acknowledged"] is True


def test_sign_ins_show_approximate_region_and_unfamiliar_ones(service):
    with session(service, "alice@demo.example", **{"User-Agent": "TicketProsDesktop/0.1.0 (Mac OS X 14)"}) as a:
        events = inventory(a)["security_events"]
    newest, *older = events
    assert newest["ip"] == "127.0.0.1" and newest["region"] == "Local network" and newest["success"]
    assert newest["unfamiliar"] is True  # never signed in from here before
    assert older[0]["region"] == "Ontario, Canada" and older[0]["device"] == "Ticket Pros Desktop 0.1.0 on macOS"
    assert not any(e["unfamiliar"] for e in older)
    assert not any(key in json.dumps(events) for key in ("latitude", "longitude", "lat", "lon"))
    # The same place and device again is familiar; a failed attempt is listed as failed.
    with session(service, "alice@demo.example", **{"User-Agent": "TicketProsDesktop/0.1.0 (Mac OS X 14)"}) as a:
        httpx.post(service.url + "/api/v1/auth/login", json={"email": "alice@demo.example", "password": "x"})
        events = inventory(a)["security_events"]
    assert events[0]["success"] is False and events[0]["unfamiliar"] is False
    assert events[1]["success"] is True and events[1]["unfamiliar"] is False


@pytest.mark.parametrize(("ip", "label"), [
    ("127.0.0.1", "Local network"), ("::1", "Local network"), ("10.1.2.3", "Local network"),
    ("192.168.0.9", "Local network"), ("192.0.2.1", "Missouri, United States"),
    ("203.0.113.200", "Bavaria, Germany"), ("2001:db8::5", "North Holland, Netherlands"),
    ("8.8.8.8", "Unknown region"), ("not-an-ip", "Unknown region"), (None, "Unknown region"),
])
def test_region_table(ip, label):
    assert region_for(ip).label == label


def test_device_descriptions():
    assert describe_device("TicketProsDesktop/0.1.0 httpx/0.28") == "Ticket Pros Desktop 0.1.0"
    assert describe_device("Mozilla/5.0 (Windows NT 10.0) Chrome/120 Safari/537") == "Chrome on Windows"
    assert describe_device("curl/8.5") == "Script (curl)"
    assert describe_device(None) == "Unknown device"


@pytest.mark.parametrize("body", [
    {"card_last4": "4242424242424242", "card_brand": "Visa"},
    {"card_last4": "4242 4242 4242 4242", "card_brand": "Visa"},
    {"card_last4": "5555-5555-5555-4444", "card_brand": "Mastercard"},
    {"card_last4": 4111111111111111, "card_brand": "Visa"},
    {"card_last4": "1111", "card_brand": "Visa 4012888888881881"},
    {"card_last4": "1111", "card_brand": "Visa", "card_number": "378282246310005"},
])
def test_full_card_numbers_are_refused_and_never_stored(service, body):
    with session(service, "owner@demo.example") as owner:
        r = owner.put("/privacy/billing/payment-method", json=body)
        assert r.status_code == 422
        assert r.json()["error"]["message"].startswith("Full card numbers are never stored")
        assert owner.get("/privacy/billing").json()["card_last4"] == "4242"
    dump = service.dump()
    for digits in ("4242424242424242", "5555555555554444", "4111111111111111", "4012888888881881", "378282246310005"):
        assert digits not in dump


@pytest.mark.parametrize("last4", ["123", "12345", "12a4", "", None, "1234567890123456"])
def test_last4_must_be_exactly_four_digits(service, last4):
    # 1234567890123456 fails the Luhn check, so it is "not four digits" rather than a card number.
    with session(service, "owner@demo.example") as owner:
        r = owner.put("/privacy/billing/payment-method", json={"card_last4": last4, "card_brand": "Visa"})
    assert r.status_code == 422 and "exactly the last four digits" in r.json()["error"]["message"]


def test_owner_updates_payment_summary_members_get_403(service):
    with session(service, "owner@demo.example") as owner:
        r = owner.put("/privacy/billing/payment-method", json={"card_last4": "0005", "card_brand": "Amex"})
        assert r.status_code == 200 and r.json()["card_last4"] == "0005"
        assert inventory(owner)["payment"] == {**r.json()}
    with session(service, "alice@demo.example") as alice:
        assert alice.get("/privacy/billing").status_code == 403
        r = alice.put("/privacy/billing/payment-method", json={"card_last4": "1234", "card_brand": "Visa"})
        assert r.status_code == 403


def test_card_number_detection():
    assert luhn_ok("4242424242424242") and not luhn_ok("4242424242424241")
    assert looks_like_card_number("pay with 4242-4242-4242-4242 please")
    assert not looks_like_card_number("4242")
    assert not looks_like_card_number("sub_demo_1A2b3C")
    assert not looks_like_card_number("4242424242424241")  # 16 digits, not Luhn


def test_usage_is_recorded_per_request_and_never_when_restricted(service):
    with session(service, "bob@demo.example", **{"User-Agent": "TicketProsDesktop/0.1.0 (Windows 11)"}) as bob:
        bob.get("/me")
        bob.get("/privacy/subprocessors")
        assert bob.get("/privacy/billing").status_code == 403  # failures are not usage
        usage = inventory(bob)["usage"]
        assert usage["events"] == 2 and usage["recording"] is True
        assert usage["devices"] == [{"device": "Ticket Pros Desktop 0.1.0 on Windows", "events": 2,
                                     "last_used_at": usage["last_used_at"]}]
        assert {a["action"] for a in usage["top_actions"]} == {"GET /me", "GET /privacy/subprocessors"}
        with service.db() as db:
            db.execute("INSERT INTO user_flags (user_id, flag, set_at) SELECT id, 'restriction', 'now'"
                       " FROM users WHERE email = 'bob@demo.example'")
            db.commit()
            before = db.execute("SELECT COUNT(*) FROM usage_events").fetchone()[0]
        bob.get("/me")
        usage = inventory(bob)["usage"]
        with service.db() as db:
            after = db.execute("SELECT COUNT(*) FROM usage_events").fetchone()[0]
    assert after == before and usage["recording"] is False
    assert [f["flag"] for f in usage["flags"]] == ["restriction"]


def test_subprocessor_changes_and_objection_window(service):
    with session(service, "alice@demo.example") as alice:
        listed = alice.get("/privacy/subprocessors").json()
        assert [(s["name"], s["location"]) for s in listed["subprocessors"]] == [
            ("DigitalOcean", "United States"), ("Stripe", "United States")]
        assert listed["subprocessors"][1]["data_involved"] == (
            "Billing and transaction data; limited payment method details; payment status")
        assert listed["changes"] == []

        today = service.clock.now().date()
        conn = connect(service.settings.database)
        try:
            privacy_service.add_subprocessor(
                conn, service.settings, name="Acme Mail", purpose="Sending receipts by email",
                data_involved="Email address, receipt contents", location="Ireland",
                effective_date=(today + timedelta(days=30)).isoformat(),
                object_by=(today + timedelta(days=20)).isoformat())
            with pytest.raises(ValueError):
                privacy_service.add_subprocessor(
                    conn, service.settings, name="Late", purpose="p", data_involved="d", location="l",
                    effective_date=today.isoformat(), object_by=(today + timedelta(days=1)).isoformat())
        finally:
            conn.close()
        listed = alice.get("/privacy/subprocessors").json()
        assert "Acme Mail" not in {s["name"] for s in listed["subprocessors"]}  # not yet effective
        change = listed["changes"][0]
        assert change["name"] == "Acme Mail" and change["kind"] == "added" and change["open_for_objection"]
        assert change["objection_deadline"] == (today + timedelta(days=20)).isoformat()

    service.clock.advance(timedelta(days=31))
    with session(service, "alice@demo.example") as alice:
        listed = alice.get("/privacy/subprocessors").json()
        assert "Acme Mail" in {s["name"] for s in listed["subprocessors"]}
        assert listed["changes"][0]["open_for_objection"] is False


def test_operator_commands_publish_policy_and_announce_subprocessors(service, tmp_path):
    text = tmp_path / "policy.txt"
    text.write_text("Privacy Policy — Ticket Pros LLC\nVersion two.\n", "utf-8")

    # The operator names the service's database as the service was started with it.
    database = ["--database-url", service.settings.database_url] if service.settings.database_url else []

    def operator(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "server", *args, "--data-dir", str(service.settings.data_dir),
                               *database], cwd=ROOT, capture_output=True, text=True, timeout=60, check=False)

    done = operator("publish-policy", "--version", "2026-12", "--effective", "2027-01-01",
                    "--summary", "Names Acme Mail as a subprocessor.", "--text", str(text))
    assert done.returncode == 0, done.stderr
    again = operator("publish-policy", "--version", "2026-12", "--effective", "2027-01-01",
                     "--summary", "x", "--text", str(text))
    assert again.returncode == 1 and "already published" in again.stderr
    bad = operator("publish-policy", "--version", "2027-01", "--effective", "soon", "--summary", "x",
                   "--text", str(text))
    assert bad.returncode == 1 and "date like" in bad.stderr
    removed = operator("subprocessor-remove", "--name", "Stripe", "--effective", "2020-01-01")
    assert removed.returncode == 0, removed.stderr

    with session(service, "alice@demo.example") as alice:
        policy = alice.get("/privacy/policy").json()
        assert (policy["version"], policy["acknowledged"], policy["last_acknowledged_version"]) == (
            "2026-12", False, "2025-01")
        assert policy["summary"] == "Names Acme Mail as a subprocessor."
        assert alice.get("/privacy/policy/text").json()["text"].endswith("Version two.\n")
        assert "Ticket Pros LLC" in alice.get("/privacy/policy/text", params={"version": "2025-01"}).json()["text"]
        assert alice.get("/privacy/policy/text", params={"version": "1999"}).status_code == 404
        stale = alice.post("/privacy/policy/acknowledge", json={"version": "2025-01"})
        assert stale.status_code == 409
        ack = alice.post("/privacy/policy/acknowledge", json={"version": "2026-12"})
        assert ack.status_code == 200 and ack.json()["acknowledged"] is True
        assert inventory(alice)["policy"]["acknowledged"] is True
        subs = alice.get("/privacy/subprocessors").json()
        assert [s["name"] for s in subs["subprocessors"]] == ["DigitalOcean"]
        assert subs["changes"][0]["kind"] == "removed"
    with service.db() as db:
        rows = db.execute("SELECT version, at FROM policy_acknowledgements a JOIN users u ON u.id = a.user_id"
                          " WHERE u.email = 'alice@demo.example' ORDER BY at").fetchall()
    assert [r["version"] for r in rows] == ["2025-01", "2026-12"]


def test_packaged_policy_is_the_product_policy():
    shared = Path("/work/shared/product/privacy-policy.txt")
    packaged = privacy_service.packaged_policy_text("2025-01")
    assert packaged is not None and "5.2 Subprocessors List" in packaged
    if shared.exists():
        assert packaged == shared.read_text("utf-8")


def test_endpoints_require_sign_in_and_are_documented(service):
    for path in ("/privacy/inventory", "/privacy/policy", "/privacy/subprocessors", "/privacy/billing"):
        assert httpx.get(service.url + "/api/v1" + path).status_code == 401
    spec = httpx.get(service.url + "/openapi.json").json()
    for path in ("/api/v1/privacy/inventory", "/api/v1/privacy/policy/acknowledge",
                 "/api/v1/privacy/billing/payment-method", "/api/v1/privacy/subprocessors"):
        assert path in spec["paths"]
    assert "Inventory" in spec["components"]["schemas"]


def test_deletion_request_erases_usage_data(service):
    from api_client import TicketProsClient

    with TicketProsClient(service.url, max_retries=0) as alice, TicketProsClient(service.url, max_retries=0) as owner:
        alice.login("alice@demo.example", "demo-password", remember=False)
        owner.login("owner@demo.example", "demo-password", remember=False)
        alice.privacy.acknowledge_policy("2025-01")
        assert alice.privacy.inventory().usage.events > 0
        request = alice.privacy_requests.submit("deletion", password="demo-password")
        owner.privacy_requests.approve(request.id)
    with service.db() as db:
        user_id = db.execute("SELECT id FROM users WHERE name = 'Deleted user'").fetchone()["id"]
        assert db.execute("SELECT COUNT(*) FROM usage_events WHERE user_id = ?", (user_id,)).fetchone()[0] == 0
        acks = db.execute("SELECT ip FROM policy_acknowledgements WHERE user_id = ?", (user_id,)).fetchall()
    db.close()
    assert acks and all(a["ip"] is None for a in acks)

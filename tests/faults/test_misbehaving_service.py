"""The SDK against a service that misbehaves: typed errors with a sentence, never a crash.

``FakeService`` forwards to the real service and answers chosen requests with
what our service never sends (see tests/faults/fake_service.py). Existing tests
cover MockTransport replies to single calls (tests/api_client/test_client.py,
test_privacy.py, requests/test_workflows.py); these go over real sockets, for
every call the app makes on its pages, with cut bodies and hung connections.
"""

from __future__ import annotations

import time

import pytest

from api_client import MalformedResponseError, NetworkError, ServerError, TicketProsClient, TicketProsError
from api_client.uploads import TusUploader
from app.errors import describe
from tests.faults.fake_service import FAULTS, FakeService
from tests.support.service import DEMO_PASSWORD, start_service
from tests.support.uploads import big_pdf

HUNG_TIMEOUT = 0.5

EXPECTED = {
    "malformed_json": MalformedResponseError,
    "wrong_types": MalformedResponseError,
    "html_502": ServerError,
    "truncated": NetworkError,
    "hang": NetworkError,
}


@pytest.fixture(scope="module")
def shared_fake(tmp_path_factory):
    """One real service and one fake in front of it for the whole module (each case is quick)."""
    service = start_service(tmp_path_factory.mktemp("service-data"))
    handle = FakeService(service.url)
    yield handle
    handle.close()
    service.stop()


@pytest.fixture
def fake(shared_fake):
    shared_fake.clear()
    yield shared_fake
    shared_fake.clear()


def _client(fake: FakeService, timeout: float = HUNG_TIMEOUT) -> TicketProsClient:
    return TicketProsClient(fake.url, timeout=timeout, max_retries=0)


def _signed_in(fake: FakeService, timeout: float = HUNG_TIMEOUT) -> TicketProsClient:
    client = _client(fake, timeout)
    client.login("alice@demo.example", DEMO_PASSWORD, remember=False)
    return client


CALLS = {
    "sign-in": ("POST", "/api/v1/auth/login", None),
    "ticket list": ("GET", "/api/v1/tickets", lambda c: c.tickets.list()),
    "privacy inventory": ("GET", "/api/v1/privacy/inventory", lambda c: c.privacy.inventory()),
    "requests list": ("GET", "/api/v1/privacy-requests", lambda c: c.privacy_requests.list()),
}


def _check(exc: TicketProsError, fault: str, started: float) -> None:
    assert isinstance(exc, EXPECTED[fault]), (fault, type(exc), exc.message)
    assert exc.message and exc.message.endswith(".") and "Traceback" not in exc.message
    sentence = describe(exc)
    assert sentence.count(". ") <= 1 and "{" not in sentence and "<html" not in sentence.lower()
    if fault == "hang":  # the timeout, not forever
        assert time.monotonic() - started < HUNG_TIMEOUT + 3


@pytest.mark.parametrize("fault", FAULTS)
@pytest.mark.parametrize("call", list(CALLS))
def test_every_page_call_gives_a_typed_error(fake, call, fault):
    method, path, action = CALLS[call]
    client = _client(fake) if action is None else _signed_in(fake)
    try:
        fake.fail(method, path, fault)
        started = time.monotonic()
        with pytest.raises(TicketProsError) as err:
            if action is None:
                client.login("alice@demo.example", DEMO_PASSWORD, remember=False)
            else:
                action(client)
        _check(err.value, fault, started)
        # Nothing broke for good: with the service behaving again, the same call works.
        fake.clear()
        if action is None:
            client.login("alice@demo.example", DEMO_PASSWORD, remember=False)
        else:
            action(client)
    finally:
        client.close()


UPLOAD_EXPECTED = dict(EXPECTED, html_502=(ServerError, NetworkError))


@pytest.mark.parametrize("fault", FAULTS)
@pytest.mark.parametrize("step", ["create", "patch"])
def test_upload_create_and_patch_give_typed_errors_and_the_upload_goes_on(fake, tmp_path, step, fault):
    pdf = big_pdf(tmp_path / "scan.pdf", 300_000)
    client = _signed_in(fake)
    uploader = TusUploader(client, chunk_size=100_000, stall_timeout=HUNG_TIMEOUT, max_attempts=1)
    meta = {"filename": "scan.pdf", "filetype": "application/pdf", "ticket_key": f"k-{step}-{fault}",
            "page": 1, "page_count": 1}
    created: list[str] = []
    try:
        fake.fail("POST" if step == "create" else "PATCH", "/api/v1/uploads", fault, times=1)
        started = time.monotonic()
        with pytest.raises(TicketProsError) as err:
            uploader.upload(pdf, metadata=meta, idempotency_key=f"key-{step}-{fault}", on_created=created.append)
        expected = UPLOAD_EXPECTED[fault]
        assert isinstance(err.value, expected), (type(err.value), err.value.message)
        assert err.value.message.endswith(".")
        if fault == "hang":
            assert time.monotonic() - started < HUNG_TIMEOUT + 3
        fake.clear()
        # Nothing lost: the same upload (same Idempotency-Key, or its saved address) completes once.
        # With the service behaving again, the client need not give up after HUNG_TIMEOUT: on a
        # busy machine one reply of the real service took longer (CI rehearsal, a ReadTimeout).
        steady = _signed_in(fake, timeout=10.0)
        try:
            result = TusUploader(steady, chunk_size=100_000, max_attempts=1).upload(
                pdf, metadata=meta, idempotency_key=f"key-{step}-{fault}", upload_url=created[0] if created else None)
            assert steady.tickets.get(result.ticket_id).page_count == 1
        finally:
            steady.close()
    finally:
        client.close()

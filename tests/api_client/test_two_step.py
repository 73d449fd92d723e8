"""``client.two_step``, ``client.organisation`` and sign-in with a code, against
the real service. Codes are made by pyotp at the service's clock, as an
authenticator app would make them."""

from __future__ import annotations

from datetime import timedelta

import pyotp
import pytest

from api_client import (
    BrowserSignInRequiredError,
    CodeRequiredError,
    ConflictError,
    Enrolment,
    InvalidCodeError,
    PermissionDeniedError,
    SignInPolicy,
    TicketProsClient,
    TwoStepStatus,
    ValidationError,
)

PASSWORD = "demo-password"


@pytest.fixture
def connect(service):
    made: list[TicketProsClient] = []

    def make(email: str | None = None) -> TicketProsClient:
        client = TicketProsClient(service.url, max_retries=0)
        made.append(client)
        if email:
            client.login(email, PASSWORD, remember=False)
        return client

    yield make
    for client in made:
        client.close()


def code_at(service, enrolment_or_secret, *, steps_later: int = 0) -> str:
    """The code an authenticator app shows now by the service's clock."""
    secret = getattr(enrolment_or_secret, "secret", enrolment_or_secret)
    return pyotp.TOTP(secret).at(service.clock.now() + timedelta(seconds=30 * steps_later))


def enrol(service, client: TicketProsClient) -> tuple[Enrolment, tuple[str, ...]]:
    enrolment = client.two_step.begin_enrolment()
    return enrolment, client.two_step.confirm_enrolment(code_at(service, enrolment))


def test_enrolment_turns_two_step_on_with_ten_recovery_codes(service, connect):
    alice = connect("alice@demo.example")
    assert alice.two_step.status() == TwoStepStatus(False, None, 0, False)
    enrolment = alice.two_step.begin_enrolment()
    assert enrolment.otpauth_uri.startswith("otpauth://totp/Ticket%20Pros:alice%40demo.example?")
    assert f"secret={enrolment.secret}" in enrolment.otpauth_uri
    assert (enrolment.digits, enrolment.period, enrolment.issuer) == (6, 30, "Ticket Pros")
    assert enrolment.secret not in repr(enrolment)
    assert enrolment.grouped_secret.replace(" ", "") == enrolment.secret
    with pytest.raises(ValidationError, match="That code is not right"):
        alice.two_step.confirm_enrolment("000000" if code_at(service, enrolment) != "000000" else "111111")
    codes = alice.two_step.confirm_enrolment(code_at(service, enrolment))
    assert len(codes) == 10 and len(set(codes)) == 10
    status = alice.two_step.status()
    assert status.enabled and status.recovery_codes_left == 10 and status.enrolled_at
    with pytest.raises(ConflictError):
        alice.two_step.begin_enrolment()
    assert alice.privacy.inventory().account.two_step is True


def test_password_sign_in_asks_for_the_code_then_takes_it(service, connect):
    enrolment, _ = enrol(service, connect("bob@demo.example"))
    client = connect()
    with pytest.raises(CodeRequiredError, match="6-digit code"):
        client.login("bob@demo.example", PASSWORD, remember=False)
    assert not client.signed_in
    with pytest.raises(InvalidCodeError, match="not right"):
        # The step enrolment used is never accepted again.
        client.login("bob@demo.example", PASSWORD, code=code_at(service, enrolment), remember=False)
    service.clock.advance(timedelta(seconds=30))
    me = client.login("bob@demo.example", PASSWORD, code=code_at(service, enrolment), remember=False)
    assert me.user.email == "bob@demo.example"
    event = client.privacy.inventory().security_events[0]
    assert (event.kind, event.success, event.method, event.factor) == ("sign_in", True, "password", "password+totp")


def test_a_recovery_code_signs_in_once(service, connect):
    _, codes = enrol(service, connect("alice@demo.example"))
    client = connect()
    client.login("alice@demo.example", PASSWORD, code=codes[3].lower(), remember=False)
    assert client.two_step.status().recovery_codes_left == 9
    assert client.privacy.inventory().security_events[0].factor == "password+recovery_code"
    with pytest.raises(InvalidCodeError):
        connect().login("alice@demo.example", PASSWORD, code=codes[3], remember=False)


def test_turning_off_needs_the_password(service, connect):
    alice = connect("alice@demo.example")
    enrol(service, alice)
    with pytest.raises(PermissionDeniedError, match="password is not correct"):
        alice.two_step.turn_off("not-the-password")
    assert alice.two_step.status().enabled
    alice.two_step.turn_off(PASSWORD)
    assert not alice.two_step.status().enabled
    connect().login("alice@demo.example", PASSWORD, remember=False)  # no code asked for


def test_owner_sets_the_organisation_rules(service, connect):
    owner = connect("owner@demo.example")
    assert owner.organisation.sign_in_policy() == SignInPolicy(require_two_step=False, allow_app_password=True)
    with pytest.raises(PermissionDeniedError):
        connect("alice@demo.example").organisation.sign_in_policy()
    assert owner.organisation.set_sign_in_policy(SignInPolicy(True, True)) == SignInPolicy(True, True)
    with pytest.raises(BrowserSignInRequiredError) as refused:
        connect().login("alice@demo.example", PASSWORD, remember=False)
    assert refused.value.enrolment_needed and "two-step" in refused.value.message
    owner.organisation.set_sign_in_policy(SignInPolicy(False, False))
    with pytest.raises(BrowserSignInRequiredError) as refused:
        connect().login("alice@demo.example", PASSWORD, remember=False)
    assert not refused.value.enrolment_needed and "browser" in refused.value.message

"""Signing a person in: the rules every way in shares.

The app's password sign-in (``POST /auth/login``) and the browser page
(``pages``) both go through :func:`first_factor` and :func:`second_factor`:
the same lockout, the same failure count per email, the same sign-in
history. Which factors are needed follows the person and their organisation
(:func:`next_step`).
"""

from __future__ import annotations

from enum import StrEnum

from .. import sentences as S
from ..config import Settings
from ..db import Connection, transaction
from ..errors import Forbidden, SignInFailed
from . import policy, service, two_step
from .service import Account, ClientInfo, IssuedTokens

#: How a sign-in was made (``security_events.method``).
METHOD_APP_PASSWORD = "password"
METHOD_BROWSER = "browser"
METHOD_DEVICE = "device"

TWO_STEP_REQUIRED = S.TWO_STEP_REQUIRED()
BROWSER_ONLY = S.BROWSER_ONLY()
ENROL_IN_BROWSER = S.ENROL_IN_BROWSER()


class Step(StrEnum):
    """What the person still has to do after their password."""

    DONE = "done"
    CODE = "code"  # type a code from the authenticator app (or a recovery code)
    ENROL = "enrol"  # the organisation requires two-step and they have none yet


def next_step(conn: Connection, account: Account) -> Step:
    if two_step.enabled(conn, account.user_id):
        return Step.CODE
    if policy.of_customer(conn, account.customer_id).require_two_step:
        return Step.ENROL
    return Step.DONE


def first_factor(conn: Connection, settings: Settings, email: str, password: str,
                 client: ClientInfo, *, method: str) -> Account:
    return service.check_password(conn, settings, email, password, client, method=method)


def second_factor(conn: Connection, settings: Settings, account: Account, code: str,
                  client: ClientInfo, *, method: str) -> str:
    return service.check_second_factor(conn, settings, account, code, client, method=method)


def _refuse(conn: Connection, settings: Settings, account: Account, client: ClientInfo,
            error: Forbidden) -> Forbidden:
    with transaction(conn):
        service.record_security_event(
            conn, kind="sign_in", at=settings.clock.now(), client=client, success=False,
            user_id=account.user_id, customer_id=account.customer_id, detail=error.code,
            method=METHOD_APP_PASSWORD,
        )
    return error


def app_login(conn: Connection, settings: Settings, email: str, password: str, code: str | None,
              client: ClientInfo) -> IssuedTokens:
    """``POST /auth/login``: the password, then the code when the person has two-step on.

    Without a code the reply asks for one (``two_step_required``; no failure is
    counted: the password was right). An organisation that allows only the
    browser, or requires two-step of someone not enrolled yet, is refused with
    the way forward (the browser page enrols them)."""
    account = first_factor(conn, settings, email, password, client, method=METHOD_APP_PASSWORD)
    rules = policy.of_customer(conn, account.customer_id)
    if not rules.allow_app_password:
        raise _refuse(conn, settings, account, client, Forbidden("browser_sign_in_required", BROWSER_ONLY))
    step = next_step(conn, account)
    if step is Step.ENROL:
        raise _refuse(conn, settings, account, client,
                      Forbidden("two_step_enrolment_required", ENROL_IN_BROWSER))
    factor = two_step.FACTOR_PASSWORD
    if step is Step.CODE:
        if not code:
            raise SignInFailed("two_step_required", TWO_STEP_REQUIRED)
        factor = second_factor(conn, settings, account, code, client, method=METHOD_APP_PASSWORD)
    now = settings.clock.now()
    with transaction(conn):
        service.complete_sign_in(conn, settings, account, client, method=METHOD_APP_PASSWORD, factor=factor)
        return service.start_session(conn, settings, account.user_id, client, now)

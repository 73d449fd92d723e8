"""The browser sign-in page, step by step (the rules; ``pages`` is its HTTP side).

Two ways in: an app's authorization request (``/oauth/authorize``, RFC 8252)
and a device's user code (``/oauth/device``, RFC 8628). Either way the person
then proves who they are with the same rules as the app's password sign-in
(``signin``: lockout, failure count, history), enrols in two-step when their
organisation requires it, and the page either sends the app its code or
tells the device it may go on.

What the browser keeps between steps is one cookie: a random id naming a row
of ``signin_states`` (stored as its hash), which says which request the page
answers and how far the person got. The form's CSRF token is derived from that
id (a hash: the id cannot be read back from it), so a form posted from anywhere
but the page the service served is refused. The id changes once the password is
right, so an id planted before (session fixation) is worth nothing after.
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum

from ..clock import iso, parse_iso
from ..config import Settings
from ..db import Connection, transaction
from ..errors import SignInFailed, TooManyAttempts
from . import oauth, service, signin, tokens, two_step
from .oauth import AuthorizationRequest, PageError, RedirectError
from .service import Account, ClientInfo

COOKIE = "tp_signin"
STATE_PREFIX = "tps_"
#: Wrong codes one page may take before it must be started again (the email's lockout counts too).
MAX_CODE_ATTEMPTS = 5

EXPIRED = "This sign-in page has expired. Go back to the app and start the sign-in again."
NOT_CHECKED = "This form could not be checked. Go back to the app and start the sign-in again."
TOO_MANY_CODES = "Too many wrong codes. Go back to the app and start the sign-in again."
DEVICE_GONE = "The device stopped waiting for this sign-in. Start again on the device."
WRONG_USER_CODE = "That code is not right, or it has expired. Check the code your device shows."
MISSING_CREDENTIALS = "Enter your email and password."
MISSING_CODE = "Enter the code from your authenticator app, or a recovery code."
MISSING_ENROL_CODE = "Enter the 6-digit code your authenticator app shows for Ticket Pros."
WRONG_ENROL_CODE = ("That code is not right. Check that the app shows Ticket Pros with your email, "
                    "and type the code it shows now.")
TOO_MANY_USER_CODES = "Too many wrong codes were typed here. Try again in {wait}."


class Stage(StrEnum):
    DEVICE_CODE = "device_code"  # type the code the device shows
    CREDENTIALS = "credentials"  # email and password
    CODE = "code"  # the authenticator app's code, or a recovery code
    ENROL = "enrol"  # set up two-step (the organisation requires it)
    RECOVERY_CODES = "recovery_codes"  # save the ten codes, then go on
    APPROVE = "approve"  # allow the device to sign in as me


@dataclass
class PageState:
    id: str
    flow: str  # "authorize" or "device"
    stage: Stage
    authorization: AuthorizationRequest | None = None
    user_code: str | None = None
    user_id: str | None = None
    factor: str | None = None
    attempts: int = 0
    expires_at: datetime | None = None

    @property
    def csrf(self) -> str:
        return csrf_token(self.id)

    @property
    def method(self) -> str:
        return signin.METHOD_BROWSER if self.flow == "authorize" else signin.METHOD_DEVICE

    def request_json(self) -> str:
        if self.authorization is not None:
            return json.dumps({"authorization": json.loads(self.authorization.to_json())})
        return json.dumps({"user_code": self.user_code})


def csrf_token(state_id: str) -> str:
    return tokens.token_hash("csrf:" + state_id)[:43]


@dataclass(frozen=True)
class PageForm:
    csrf: str | None = None
    action: str | None = None
    email: str | None = None
    password: str | None = None
    code: str | None = None
    user_code: str | None = None


@dataclass(frozen=True)
class Show:
    """Render the page of ``state.stage``; ``error``: the one sentence of what went wrong."""

    state: PageState
    error: str | None = None
    enrolment: two_step.Enrolment | None = None
    recovery_codes: list[str] = field(default_factory=list)
    #: The device's code, prefilled when the link carried a well-formed one.
    user_code_hint: str | None = None
    device_name: str | None = None


@dataclass(frozen=True)
class Redirect:
    """Back to the app: ``location`` carries the code (or the error) and ``state``."""

    location: str
    origin: str


@dataclass(frozen=True)
class Finished:
    """Nothing more to do on this page (the device flow's end)."""

    message: str
    approved: bool


Outcome = Show | Redirect | Finished


# -- keeping the state --------------------------------------------------------------------------


def _new_id() -> str:
    return STATE_PREFIX + secrets.token_urlsafe(32)


def _insert(conn: Connection, settings: Settings, state: PageState) -> PageState:
    now = settings.clock.now()
    state.expires_at = now + settings.sign_in_page_ttl
    with transaction(conn):
        conn.execute("DELETE FROM signin_states WHERE expires_at < ?", (iso(now),))
        conn.execute(
            "INSERT INTO signin_states (id_hash, flow, request, stage, created_at, expires_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (tokens.token_hash(state.id), state.flow, state.request_json(), state.stage, iso(now),
             iso(state.expires_at)),
        )
    return state


def _save(conn: Connection, state: PageState, *, old_id: str | None = None) -> None:
    """Inside the caller's transaction; ``old_id``: the id the row had (it is being replaced)."""
    conn.execute(
        "UPDATE signin_states SET id_hash = ?, request = ?, stage = ?, user_id = ?, factor = ?, attempts = ?"
        " WHERE id_hash = ?",
        (tokens.token_hash(state.id), state.request_json(), state.stage, state.user_id, state.factor,
         state.attempts, tokens.token_hash(old_id or state.id)),
    )


def _drop(conn: Connection, state: PageState) -> None:
    conn.execute("DELETE FROM signin_states WHERE id_hash = ?", (tokens.token_hash(state.id),))


def load(conn: Connection, settings: Settings, cookie: str | None) -> PageState | None:
    """The state the browser's cookie names, unless it is unknown or expired."""
    if not cookie or not cookie.startswith(STATE_PREFIX) or len(cookie) > 100:
        return None
    row = conn.execute("SELECT * FROM signin_states WHERE id_hash = ?",
                       (tokens.token_hash(cookie),)).fetchone()
    if row is None or parse_iso(row["expires_at"]) <= settings.clock.now():
        return None
    request = json.loads(row["request"])
    authorization = request.get("authorization")
    return PageState(
        id=cookie, flow=row["flow"], stage=Stage(row["stage"]),
        authorization=AuthorizationRequest(**authorization) if authorization else None,
        user_code=request.get("user_code"), user_id=row["user_id"], factor=row["factor"],
        attempts=row["attempts"], expires_at=parse_iso(row["expires_at"]),
    )


# -- the ways in ----------------------------------------------------------------------------------


def begin_authorize(conn: Connection, settings: Settings, params: dict[str, str | None]) -> Show:
    """An app's authorization request; raises PageError or RedirectError when it is refused."""
    request = oauth.check_authorization_request(conn, params)
    state = PageState(id=_new_id(), flow="authorize", stage=Stage.CREDENTIALS, authorization=request)
    return Show(_insert(conn, settings, state))


def begin_device(conn: Connection, settings: Settings, user_code: str | None) -> Show:
    state = PageState(id=_new_id(), flow="device", stage=Stage.DEVICE_CODE)
    # Only a well-formed code is put back in the field: nothing else of the link is shown.
    return Show(_insert(conn, settings, state), user_code_hint=oauth.normal_user_code(user_code))


# -- one step -------------------------------------------------------------------------------------


def _account(conn: Connection, state: PageState) -> Account:
    row = conn.execute("SELECT id, customer_id, email FROM users WHERE id = ? AND status = 'active'",
                       (state.user_id,)).fetchone()
    if row is None:
        raise PageError(EXPIRED)
    return Account(user_id=row["id"], customer_id=row["customer_id"], email=row["email"])


def _device_name(conn: Connection, settings: Settings, state: PageState) -> str:
    device = oauth.pending_device(conn, settings, state.user_code or "")
    if device is None:
        raise PageError(DEVICE_GONE)
    return device["client_name"]


def submit(conn: Connection, settings: Settings, state: PageState, form: PageForm, client: ClientInfo,
           issuer: str) -> Outcome:
    """One form post of the page whose state is ``state`` (the caller checked the CSRF token)."""
    if form.action == "cancel":
        return _cancel(conn, settings, state, issuer)
    if state.stage is Stage.DEVICE_CODE:
        return _device_code(conn, settings, state, form, client)
    if state.stage is Stage.CREDENTIALS:
        return _credentials(conn, settings, state, form, client, issuer)
    if state.stage is Stage.CODE:
        return _code(conn, settings, state, form, client, issuer)
    if state.stage is Stage.ENROL:
        return _enrol(conn, settings, state, form, client)
    if state.stage is Stage.RECOVERY_CODES:
        return _finish(conn, settings, state, client, issuer)
    return _approve(conn, settings, state, client, approved=form.action == "approve")


def _cancel(conn: Connection, settings: Settings, state: PageState, issuer: str) -> Outcome:
    with transaction(conn):
        _drop(conn, state)
    if state.authorization is not None:
        refusal = RedirectError(state.authorization.redirect_uri, state.authorization.state, "access_denied",
                                "The sign-in was cancelled.")
        return Redirect(refusal.location(issuer), oauth.origin_of(state.authorization.redirect_uri))
    if state.stage is Stage.APPROVE and state.user_code and state.user_id:
        # Only someone who signed in may decline for the device; a stranger's cancel leaves it waiting.
        with transaction(conn):
            oauth.decide_device(conn, settings, state.user_code, user_id=state.user_id,
                                factor=state.factor or two_step.FACTOR_PASSWORD, approved=False)
    return Finished("Nothing was signed in. You can close this page.", approved=False)


def _device_code(conn: Connection, settings: Settings, state: PageState, form: PageForm,
                 client: ClientInfo) -> Outcome:
    # Guessing codes is slowed down per address, with the sign-in lockout's counters.
    key = tokens.token_hash(f"user_code:{client.ip}")
    now = settings.clock.now()
    locked = service.locked_for(conn, key, now)
    if locked:
        return Show(state, error=TOO_MANY_USER_CODES.format(wait=_wait(locked)))
    user_code = oauth.normal_user_code(form.user_code)
    if user_code is None or oauth.pending_device(conn, settings, user_code) is None:
        with transaction(conn):
            service.register_failure(conn, settings, key, now)
        return Show(state, error=WRONG_USER_CODE)
    with transaction(conn):
        state.user_code, state.stage = user_code, Stage.CREDENTIALS
        _save(conn, state)
    return Show(state)


def _wait(seconds: int) -> str:
    return f"{seconds} seconds" if seconds < 90 else f"{max(1, round(seconds / 60))} minutes"


def _credentials(conn: Connection, settings: Settings, state: PageState, form: PageForm,
                 client: ClientInfo, issuer: str) -> Outcome:
    if not form.email or not form.password or len(form.email) > 320 or len(form.password) > 1024:
        return Show(state, error=MISSING_CREDENTIALS)
    try:
        account = signin.first_factor(conn, settings, form.email, form.password, client, method=state.method)
    except (SignInFailed, TooManyAttempts) as exc:
        return Show(state, error=exc.message)
    step = signin.next_step(conn, account)
    old_id = state.id
    state = replace(state, id=_new_id(), user_id=account.user_id)
    if step is signin.Step.DONE:
        with transaction(conn):
            _save(conn, state, old_id=old_id)
        return _finish(conn, settings, replace(state, factor=two_step.FACTOR_PASSWORD), client, issuer)
    with transaction(conn):
        if step is signin.Step.CODE:
            state.stage = Stage.CODE
        else:
            state.stage = Stage.ENROL
            two_step.new_enrolment(conn, settings, account.user_id, account.email)
        _save(conn, state, old_id=old_id)
    if state.stage is Stage.ENROL:
        return _show_enrolment(conn, settings, state, None)
    return Show(state)


def _count_attempt(conn: Connection, state: PageState) -> None:
    state.attempts += 1
    with transaction(conn):
        if state.attempts >= MAX_CODE_ATTEMPTS:
            _drop(conn, state)
        else:
            _save(conn, state)
    if state.attempts >= MAX_CODE_ATTEMPTS:
        raise PageError(TOO_MANY_CODES)


def _code(conn: Connection, settings: Settings, state: PageState, form: PageForm, client: ClientInfo,
          issuer: str) -> Outcome:
    if not form.code or len(form.code) > 40:
        return Show(state, error=MISSING_CODE)
    account = _account(conn, state)
    try:
        factor = signin.second_factor(conn, settings, account, form.code, client, method=state.method)
    except TooManyAttempts as exc:
        with transaction(conn):
            _drop(conn, state)
        raise PageError(exc.message) from None
    except SignInFailed as exc:
        _count_attempt(conn, state)
        return Show(state, error=exc.message)
    return _finish(conn, settings, replace(state, factor=factor), client, issuer)


def _show_enrolment(conn: Connection, settings: Settings, state: PageState, error: str | None) -> Show:
    account = _account(conn, state)
    enrolment = two_step.waiting_enrolment(conn, settings, account.user_id, account.email)
    if enrolment is None:  # enrolled elsewhere meanwhile (the app): sign in with a code instead
        with transaction(conn):
            state.stage = Stage.CODE
            _save(conn, state)
        return Show(state)
    return Show(state, error=error, enrolment=enrolment)


def _enrol(conn: Connection, settings: Settings, state: PageState, form: PageForm,
           client: ClientInfo) -> Outcome:
    if not form.code or len(form.code) > 40:
        return _show_enrolment(conn, settings, state, MISSING_ENROL_CODE)
    account = _account(conn, state)
    with transaction(conn):
        codes = two_step.confirm_enrolment(conn, settings, account.user_id, form.code)
        if codes is not None:
            service.record_security_event(
                conn, kind="two_step_on", at=settings.clock.now(), client=client, success=True,
                user_id=account.user_id, customer_id=account.customer_id, method=state.method,
            )
            state.stage, state.factor = Stage.RECOVERY_CODES, two_step.FACTOR_TOTP
            _save(conn, state)
    if codes is None:
        _count_attempt(conn, state)
        return _show_enrolment(conn, settings, state, WRONG_ENROL_CODE)
    return Show(state, recovery_codes=codes)


def _finish(conn: Connection, settings: Settings, state: PageState, client: ClientInfo,
            issuer: str) -> Outcome:
    """Every factor is proven: the app gets its code, or the device is asked about."""
    account = _account(conn, state)
    factor = state.factor or two_step.FACTOR_PASSWORD
    if state.authorization is None:
        with transaction(conn):
            state.stage, state.factor = Stage.APPROVE, factor
            _save(conn, state)
        return Show(state, device_name=_device_name(conn, settings, state))
    with transaction(conn):
        service.complete_sign_in(conn, settings, account, client, method=state.method, factor=factor)
        code = oauth.issue_code(conn, settings, state.authorization, account.user_id, factor)
        _drop(conn, state)
    return Redirect(oauth.code_location(state.authorization, code, issuer),
                    oauth.origin_of(state.authorization.redirect_uri))


def _approve(conn: Connection, settings: Settings, state: PageState, client: ClientInfo, *,
             approved: bool) -> Outcome:
    if not approved:
        return Show(state, device_name=_device_name(conn, settings, state))
    account = _account(conn, state)
    factor = state.factor or two_step.FACTOR_PASSWORD
    with transaction(conn):
        done = state.user_code is not None and oauth.decide_device(
            conn, settings, state.user_code, user_id=account.user_id, factor=factor, approved=True)
        if done:
            service.complete_sign_in(conn, settings, account, client, method=state.method, factor=factor)
        _drop(conn, state)
    if not done:
        raise PageError(DEVICE_GONE)
    return Finished("Your device is signed in. You can close this page; the device goes on by itself.",
                    approved=True)

"""The browser sign-in page (HTTP only; the steps are ``page_flow``'s).

``GET /oauth/authorize`` (an app's authorization request, RFC 8252) and
``GET /oauth/device`` (a device's code, RFC 8628) open the page; every form
of it posts to ``POST /oauth/sign-in``. Served outside the API prefix: these
are pages for a browser, and the device page's address is typed by people.

What every page keeps to (policy §3.3, issue 15):

* server-rendered, no script at all; labels on every field, the error in one
  sentence next to the form (``role="alert"``, and the field says it is
  invalid), focus on the field to fill;
* nothing typed or sent is ever written back into a page (Jinja's autoescape
  guards the rest); a well-formed device code in the link is the one exception,
  put back only when it matches the code alphabet;
* one cookie, the short sign-in state: ``HttpOnly``, ``SameSite=Lax``, ``Path=/oauth``,
  ``Secure`` unless the service is on this computer's loopback;
* a strict Content-Security-Policy: nothing loads from anywhere (the stylesheet
  is inline, allowed by its hash), forms post only here (and, at the end, to the
  app's own redirect URI), no framing; no analytics, no other origin;
* ``Cache-Control: no-store``: a page with a secret on it (the two-step key,
  recovery codes) is never kept by the browser.
"""

from __future__ import annotations

import base64
import hashlib
from importlib import resources
from typing import Annotated, Any

import jinja2
import segno
from fastapi import APIRouter, Cookie, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from ..deps import ClientInfoDep, DbDep, SettingsDep
from ..urls import is_loopback_host, issuer_of
from . import oauth, page_flow, tokens, two_step
from .oauth import PageError, RedirectError
from .page_flow import Finished, PageForm, PageState, Redirect, Show, Stage

router = APIRouter(tags=["sign-in page"])

_templates = jinja2.Environment(
    loader=jinja2.PackageLoader("server.auth", "templates"),
    autoescape=jinja2.select_autoescape(["html"]),
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)
#: Put into the page exactly as hashed below (base.html: ``| safe``; escaped, it would not match its hash).
CSS = resources.files("server.auth").joinpath("templates/signin.css").read_text("utf-8")
CSS_SOURCE = "'sha256-" + base64.b64encode(hashlib.sha256(CSS.encode("utf-8")).digest()).decode() + "'"

PAGE_TITLES = {
    Stage.DEVICE_CODE: "Sign in a device",
    Stage.CREDENTIALS: "Sign in",
    Stage.CODE: "Enter your code",
    Stage.ENROL: "Set up two-step verification",
    Stage.RECOVERY_CODES: "Save your recovery codes",
    Stage.APPROVE: "Allow this device?",
}
TEMPLATES = {
    Stage.DEVICE_CODE: "device_code.html",
    Stage.CREDENTIALS: "credentials.html",
    Stage.CODE: "code.html",
    Stage.ENROL: "enrol.html",
    Stage.RECOVERY_CODES: "recovery.html",
    Stage.APPROVE: "approve.html",
}

HTML_PAGE = {"content": {"text/html": {"schema": {"type": "string"}}}}
#: A form body the framework cannot parse at all is refused before the page sees it, in the API's shape.
HTML_OR_UNREADABLE = {"content": {"text/html": {"schema": {"type": "string"}},
                                  "application/json": {"schema": {"$ref": "#/components/schemas/ErrorOut"}}}}


def security_headers(form_origin: str | None = None) -> dict[str, str]:
    form_action = "'self'" + (f" {form_origin}" if form_origin else "")
    return {
        "Content-Security-Policy": (
            f"default-src 'none'; style-src {CSS_SOURCE}; form-action {form_action}; "
            "frame-ancestors 'none'; base-uri 'none'"
        ),
        "Cache-Control": "no-store",
        # same-origin, not no-referrer: with no-referrer a browser sends "Origin: null" on the
        # page's own form posts, and the Origin check below could not tell them from a forgery.
        "Referrer-Policy": "same-origin",
        "X-Content-Type-Options": "nosniff",
        "X-Frame-Options": "DENY",
        "Cross-Origin-Opener-Policy": "same-origin",
    }


def render(template: str, status: int = 200, *, form_origin: str | None = None, **context: Any) -> HTMLResponse:
    html = _templates.get_template(template).render(css=CSS, **context)
    return HTMLResponse(html, status, headers=security_headers(form_origin))


def message_page(title: str, message: str, status: int, *, alert: bool = False) -> HTMLResponse:
    return render("message.html", status, title=title, message=message, error=None,
                  role="alert" if alert else None)


def _qr_svg(uri: str) -> str:
    return segno.make(uri, error="m").svg_inline(scale=4, border=2, omitsize=True,
                                                 title="QR code for your authenticator app")


def _purpose(state: PageState, device_name: str | None) -> str:
    if state.authorization is not None:
        return f"Sign in to use {state.authorization.client_name} on this computer."
    return f"Sign in to use {device_name or 'Ticket Pros'} on your device."


def _set_cookie(response: Response, request: Request, state: PageState | None, settings_ttl: int) -> None:
    secure = not is_loopback_host(request.url.hostname or "")
    if state is None:
        response.delete_cookie(page_flow.COOKIE, path="/oauth", secure=secure, httponly=True, samesite="lax")
    else:
        response.set_cookie(page_flow.COOKIE, state.id, max_age=settings_ttl, path="/oauth", secure=secure,
                            httponly=True, samesite="lax")


def _show(request: Request, show: Show, ttl: int) -> HTMLResponse:
    state = show.state
    context: dict[str, Any] = {
        "title": PAGE_TITLES[state.stage], "error": show.error, "csrf": state.csrf,
        "purpose": _purpose(state, show.device_name),
    }
    if state.stage is Stage.ENROL and show.enrolment is not None:
        context.update(qr=_qr_svg(show.enrolment.uri), secret=two_step.grouped_secret(show.enrolment.secret))
    elif state.stage is Stage.RECOVERY_CODES:
        context.update(codes=show.recovery_codes)
    elif state.stage is Stage.DEVICE_CODE:
        context.update(user_code_hint=show.user_code_hint)
    elif state.stage is Stage.APPROVE:
        context.update(device_name=show.device_name, user_code=state.user_code)
    origin = state.authorization and oauth.origin_of(state.authorization.redirect_uri)
    response = render(TEMPLATES[state.stage], 400 if show.error else 200, form_origin=origin, **context)
    _set_cookie(response, request, state, ttl)
    return response


def _redirect(request: Request, location: str, origin: str | None) -> RedirectResponse:
    response = RedirectResponse(location, status_code=303, headers=security_headers(origin))
    _set_cookie(response, request, None, 0)
    return response


def _finished(request: Request, done: Finished) -> HTMLResponse:
    title = "Device signed in" if done.approved else "Sign-in cancelled"
    response = message_page(title, done.message, 200)
    _set_cookie(response, request, None, 0)
    return response


COULD_NOT_CONTINUE = "Sign-in could not continue"


@router.get(
    "/oauth/authorize", response_class=HTMLResponse, summary="Sign-in page for an app (OAuth 2.0 authorization endpoint)",
    description="RFC 6749 §4.1.1 with PKCE (S256 only) and `state` required. A request with an unknown "
                "client or redirect URI is answered by a page (400); other refusals go back to the "
                "redirect URI (303) with `error` and `state`.",
    responses={200: HTML_PAGE, 303: {"description": "Refused: back to the app with error and state."},
               400: {"description": "Not a valid sign-in request.", **HTML_PAGE}},
)
def authorize(
    request: Request, conn: DbDep, settings: SettingsDep,
    response_type: str | None = None, client_id: str | None = None, redirect_uri: str | None = None,
    state: str | None = None, code_challenge: str | None = None, code_challenge_method: str | None = None,
    scope: str | None = None,
) -> Response:
    params = {"response_type": response_type, "client_id": client_id, "redirect_uri": redirect_uri,
              "state": state, "code_challenge": code_challenge, "code_challenge_method": code_challenge_method}
    try:
        show = page_flow.begin_authorize(conn, settings, params)
    except PageError as exc:
        return message_page(COULD_NOT_CONTINUE, str(exc), 400, alert=True)
    except RedirectError as refusal:
        return _redirect(request, refusal.location(issuer_of(request)), None)
    return _show(request, show, int(settings.sign_in_page_ttl.total_seconds()))


@router.get(
    "/oauth/device", response_class=HTMLResponse, summary="Sign-in page for a device's code (RFC 8628 §3.3)",
    responses={200: HTML_PAGE},
)
def device(request: Request, conn: DbDep, settings: SettingsDep, user_code: str | None = None) -> Response:
    show = page_flow.begin_device(conn, settings, user_code)
    return _show(request, show, int(settings.sign_in_page_ttl.total_seconds()))


@router.post(
    "/oauth/sign-in", response_class=HTMLResponse, summary="A step of the sign-in page (its forms post here)",
    description="Needs the page's cookie and the CSRF token of its form; a post from another origin is "
                "refused (403).",
    responses={200: HTML_PAGE, 303: {"description": "Signed in: back to the app with code and state."},
               400: {"description": "The step was refused; the page says why.", **HTML_OR_UNREADABLE},
               403: {"description": "Posted from another site.", **HTML_PAGE}},
)
def sign_in_step(
    request: Request, conn: DbDep, settings: SettingsDep, client: ClientInfoDep,
    tp_signin: Annotated[str | None, Cookie(description="The page's sign-in state.")] = None,
    csrf: Annotated[str | None, Form()] = None,
    action: Annotated[str | None, Form()] = None,
    email: Annotated[str | None, Form()] = None,
    password: Annotated[str | None, Form()] = None,
    code: Annotated[str | None, Form()] = None,
    user_code: Annotated[str | None, Form()] = None,
) -> Response:
    issuer = issuer_of(request)
    origin = request.headers.get("origin")
    if origin is not None and origin != issuer:
        return message_page(COULD_NOT_CONTINUE, page_flow.NOT_CHECKED, 403, alert=True)
    state = page_flow.load(conn, settings, tp_signin)
    if state is None:
        return message_page(COULD_NOT_CONTINUE, page_flow.EXPIRED, 400, alert=True)
    if not csrf or not tokens.constant_time_equal(csrf, state.csrf):
        return message_page(COULD_NOT_CONTINUE, page_flow.NOT_CHECKED, 400, alert=True)
    form = PageForm(csrf=csrf, action=action, email=email, password=password, code=code, user_code=user_code)
    ttl = int(settings.sign_in_page_ttl.total_seconds())
    try:
        outcome = page_flow.submit(conn, settings, state, form, client, issuer)
    except PageError as exc:
        response = message_page(COULD_NOT_CONTINUE, str(exc), 400, alert=True)
        _set_cookie(response, request, None, 0)
        return response
    if isinstance(outcome, Redirect):
        return _redirect(request, outcome.location, outcome.origin)
    if isinstance(outcome, Finished):
        return _finished(request, outcome)
    return _show(request, outcome, ttl)

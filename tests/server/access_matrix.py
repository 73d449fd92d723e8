"""Who may call what: the service's tenant and role matrix, one entry per endpoint.

Every operation of the service's OpenAPI document ("METHOD /path") must have
an entry here, and every entry must still be in the document;
``test_access_matrix.py`` fails otherwise ("add GET /api/v1/x to the access
matrix"). An entry says which status each role gets and how to make a request
that is valid for an allowed role (so a 422 there is a failure, not noise).

Roles (demo seed, server/seed.py):

* ``owner``: the Account Owner of Demo Hauling Co (owner@demo.example).
* ``member``: Alice, an Authorized User of Demo Hauling Co. The resources in
  paths (tickets, files, uploads, privacy requests, exports) are hers, so the
  owner reaches them through the organisation.
* ``colleague``: Bob, another member of the same Customer: Alice's things are
  not his, and answer 404 like missing ones.
* ``foreign_owner``: the Account Owner of Other Freight LLC. Every id in a path
  is Demo Hauling Co's, so he must get 404, exactly as for an id that does not
  exist; endpoints without ids act on his own Customer.
* ``signed_out``: no Authorization header.
* ``expired``: the owner's access token after the service's clock moved past
  the access token's lifetime.
* ``revoked``: Alice's access token after she signed out (POST /auth/logout).

``ids`` names the resource the path parameters come from (see the ``World``
in the test); ``fresh_*`` resources are made anew for each case, so
destructive calls (delete, decide, sign out) never depend on the order cases run.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

ROLES = ("owner", "member", "colleague", "foreign_owner", "signed_out", "expired", "revoked")

#: The roles whose 404s must be indistinguishable from the 404 for a missing id
#: (the resource is not theirs to know about).
OUTSIDERS = ("colleague", "foreign_owner")

TUS = {"Tus-Resumable": "1.0.0"}


@dataclass(frozen=True)
class Access:
    """The status each role gets."""

    owner: int
    member: int
    colleague: int
    foreign_owner: int
    signed_out: int = 401
    expired: int = 401
    revoked: int = 401

    def __getitem__(self, role: str) -> int:
        return getattr(self, role)


def public(status: int) -> Access:
    """No sign-in needed; a token, even an expired one, changes nothing."""
    return Access(status, status, status, status, status, status, status)


def signed_in(status: int) -> Access:
    """Anyone signed in, each on their own data."""
    return Access(status, status, status, status)


def owner_only(status: int) -> Access:
    """Account Owners only (each on their own Customer); members get 403."""
    return Access(owner=status, member=403, colleague=403, foreign_owner=status)


def the_members(status: int, *, owner: int | None = None) -> Access:
    """Alice's resource: hers, her Account Owner's (unless ``owner`` says
    otherwise), 404 for everyone else."""
    return Access(owner=status if owner is None else owner, member=status, colleague=404, foreign_owner=404)


def owners_decision(status: int) -> Access:
    """A decision on Alice's request: her Account Owner's; 403 for Alice, who
    may see the request; 404 for everyone else."""
    return Access(owner=status, member=403, colleague=404, foreign_owner=404)


# A body may depend on the case (a version, a token): a callable gets the case's ``Call``.
Body = Mapping[str, Any] | Callable[[Any], Mapping[str, Any]] | None


@dataclass(frozen=True)
class Entry:
    access: Access
    #: The resource filling the path parameters (a ``World`` method name).
    ids: str | None = None
    json: Body = None
    params: Mapping[str, str] = field(default_factory=dict)
    headers: Mapping[str, str] = field(default_factory=dict)
    content: bytes | None = None
    #: The case signs in anew, so the call may end that session (sign-out, refresh).
    fresh_session: bool = False
    #: A ``World`` method run before the call with the case (to clear what the call would clash with).
    prepare: str | None = None
    #: A ``World`` method run after the call (to undo what it changed for the roles' later sign-ins).
    cleanup: str | None = None
    #: A form body (``application/x-www-form-urlencoded``): the OAuth endpoints and the sign-in page.
    form: Body = None


HEX64 = "0" * 64
#: A valid authorization request of the desktop app (PKCE: RFC 7636 Appendix B's challenge).
AUTHORIZE = {"response_type": "code", "client_id": "ticketpros-desktop",
             "redirect_uri": "http://127.0.0.1:50123/callback", "state": "access-matrix-state",
             "code_challenge": "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", "code_challenge_method": "S256"}

MATRIX: dict[str, Entry] = {
    # --- Public ---------------------------------------------------------------------------------
    "GET /api/v1/meta": Entry(public(200)),
    "POST /api/v1/auth/login": Entry(public(200), json=lambda call: call.credentials()),
    "POST /api/v1/auth/refresh": Entry(
        public(200), json=lambda call: {"refresh_token": call.world.fresh_refresh_token(call.role)}
    ),
    # The policy is what people agree to by using the Service: readable before signing in.
    "GET /api/v1/privacy/policy/text": Entry(public(200)),
    # tus discovery (any tus client asks before it has a token; the id is not looked up).
    "OPTIONS /api/v1/uploads": Entry(public(204)),
    "OPTIONS /api/v1/uploads/{upload_id}": Entry(public(204), ids="upload"),
    # OAuth 2.0 for the app (a token, even a dead one, changes nothing: the form says who).
    "POST /api/v1/oauth/token": Entry(public(200), form=lambda call: {
        "grant_type": "refresh_token", "refresh_token": call.world.fresh_refresh_token(call.role),
        "client_id": "ticketpros-desktop"}),
    "POST /api/v1/oauth/device-authorization": Entry(public(200), form={"client_id": "ticketpros-desktop"}),
    "GET /.well-known/oauth-authorization-server": Entry(public(200)),
    # The sign-in pages are for browsers: no bearer token is read there, whoever sends one.
    "GET /oauth/authorize": Entry(public(200), params=AUTHORIZE),
    "GET /oauth/device": Entry(public(200)),
    "POST /oauth/sign-in": Entry(public(200), form=lambda call: call.world.sign_in_page_form()),
    # --- Session and profile --------------------------------------------------------------------
    "POST /api/v1/auth/logout": Entry(signed_in(204), fresh_session=True),
    "GET /api/v1/me": Entry(signed_in(200)),
    # --- Two-step verification: each person's own -------------------------------------------------
    "GET /api/v1/me/two-step": Entry(signed_in(200)),
    "POST /api/v1/me/two-step/enrolment": Entry(signed_in(200)),
    "POST /api/v1/me/two-step/enrolment/confirm": Entry(
        signed_in(200), prepare="start_enrolment", json=lambda call: {"code": call.world.current_code(call.role)},
        cleanup="turn_two_step_off",
    ),
    "POST /api/v1/me/two-step/disable": Entry(
        signed_in(204), prepare="turn_two_step_on", json={"password": "demo-password"}, cleanup="turn_two_step_off",
    ),
    # --- The organisation's sign-in rules (left as they are: the other cases sign in with passwords) --
    "GET /api/v1/organisation/sign-in-policy": Entry(owner_only(200)),
    "PUT /api/v1/organisation/sign-in-policy": Entry(
        owner_only(200), json={"require_two_step": False, "allow_app_password": True}
    ),
    # --- Privacy dashboard ----------------------------------------------------------------------
    "GET /api/v1/privacy/inventory": Entry(signed_in(200)),
    "GET /api/v1/privacy/policy": Entry(signed_in(200)),
    "POST /api/v1/privacy/policy/acknowledge": Entry(
        signed_in(200), json=lambda call: {"version": call.world.policy_version}
    ),
    "GET /api/v1/privacy/subprocessors": Entry(signed_in(200)),
    "GET /api/v1/privacy/billing": Entry(owner_only(200)),
    "PUT /api/v1/privacy/billing/payment-method": Entry(
        owner_only(200), json={"card_last4": "4242", "card_brand": "Visa"}
    ),
    # --- Privacy requests -----------------------------------------------------------------------
    "POST /api/v1/privacy-requests": Entry(
        signed_in(201), json={"type": "objection", "note": "Access matrix."}, prepare="clear_pending"
    ),
    "GET /api/v1/privacy-requests": Entry(signed_in(200)),
    "GET /api/v1/privacy-requests/{request_id}": Entry(the_members(200), ids="pending_request"),
    "POST /api/v1/privacy-requests/{request_id}/approve": Entry(
        owners_decision(200), ids="fresh_pending_request", json={}
    ),
    "POST /api/v1/privacy-requests/{request_id}/deny": Entry(
        owners_decision(200), ids="fresh_pending_request",
        json={"reason": "Access matrix."},
    ),
    # Only the person who filed it cancels; the owner sees the request, so 403 tells nothing new.
    "POST /api/v1/privacy-requests/{request_id}/cancel": Entry(
        the_members(200, owner=403), ids="fresh_pending_request"
    ),
    "POST /api/v1/privacy-requests/{request_id}/extend": Entry(
        owners_decision(200), ids="fresh_pending_request",
        json={"days": 10, "reason": "Access matrix."},
    ),
    # The owner decides on the request but never receives the person's copy.
    "POST /api/v1/privacy-requests/{request_id}/export-link": Entry(
        the_members(200, owner=404), ids="export"
    ),
    "GET /api/v1/privacy-requests/{request_id}/export/{token}": Entry(
        the_members(200, owner=404), ids="fresh_export_link"
    ),
    # --- Uploads (tus): an upload in progress is its uploader's alone --------------------------
    "POST /api/v1/uploads": Entry(
        signed_in(201), headers={**TUS, "Upload-Length": "10", "Upload-Metadata": "filename bWF0cml4LmpwZw=="}
    ),
    "HEAD /api/v1/uploads/{upload_id}": Entry(the_members(200, owner=404), ids="upload", headers=TUS),
    "PATCH /api/v1/uploads/{upload_id}": Entry(
        the_members(204, owner=404), ids="fresh_upload",
        headers={**TUS, "Content-Type": "application/offset+octet-stream", "Upload-Offset": "0"},
        content=b"0123456789",
    ),
    "DELETE /api/v1/uploads/{upload_id}": Entry(the_members(204, owner=404), ids="fresh_upload", headers=TUS),
    # --- Tickets --------------------------------------------------------------------------------
    "GET /api/v1/tickets": Entry(signed_in(200)),
    "GET /api/v1/tickets/lookup": Entry(signed_in(200), params={"sha256": HEX64}),
    "POST /api/v1/tickets/lookup": Entry(signed_in(200), json={"sha256": [HEX64, "1" * 64]}),
    "GET /api/v1/tickets/{ticket_id}": Entry(the_members(200), ids="ticket"),
    # Only the uploader finishes her ticket; her Account Owner, who may read it, gets 404 too.
    "POST /api/v1/tickets/{ticket_id}/complete": Entry(the_members(200, owner=404), ids="ticket"),
    "DELETE /api/v1/tickets/{ticket_id}": Entry(the_members(204), ids="fresh_ticket"),
    # Like the other edits of a ticket: Alice merges hers, her Account Owner any of the organisation's.
    "POST /api/v1/tickets/merge": Entry(the_members(200), json=lambda call: call.world.fresh_ticket_pair(call)),
    "GET /api/v1/tickets/{ticket_id}/files/{file_id}": Entry(the_members(200), ids="ticket"),
    "GET /api/v1/tickets/export": Entry(signed_in(200), params={"format": "csv"}),
    "GET /api/v1/tickets/{ticket_id}/history": Entry(the_members(200), ids="ticket"),
    "PATCH /api/v1/tickets/{ticket_id}/fields/{name}": Entry(
        the_members(200), ids="ticket_field", json={"value": "Access matrix Co"}),
    "POST /api/v1/tickets/{ticket_id}/review": Entry(the_members(200), ids="ticket"),
    "GET /api/v1/tickets/{ticket_id}/files/{file_id}/thumbnail": Entry(the_members(200), ids="ticket"),
    "GET /api/v1/tickets/{ticket_id}/files/{file_id}/picture": Entry(the_members(200), ids="pdf_ticket"),
}

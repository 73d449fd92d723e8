"""``/privacy-requests`` (under the API prefix): file, list, decide, cancel, extend, download exports."""

from __future__ import annotations

import json
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Header, Query, Request
from fastapi.responses import FileResponse, Response, StreamingResponse
from pydantic import BaseModel, ConfigDict, Field

from .. import blobs
from ..clock import iso
from ..deps import ClientInfoDep, CurrentUser, DbDep, SettingsDep
from ..http_errors import error_responses
from . import exports, fulfilment, service

router = APIRouter(tags=["privacy requests"], responses=error_responses(401))

RequestType = Literal["access", "correction", "deletion", "restriction", "objection"]
# Inline enums in /openapi.json (a Literal, not a schema of its own), from the service's one list.
RequestState = Literal[tuple(state.value for state in service.RequestState)]  # type: ignore[valid-type]


def _document_new_request(schema: dict) -> None:
    """Which fields each type needs, as the service checks them (service.submit);
    the model itself stays one lenient shape so that the replies can say in a
    sentence what is missing. Fields a type does not use are ignored."""
    loose = {name: dict(prop) for name, prop in schema["properties"].items()}
    password = {"type": "string", "minLength": 1, "maxLength": 1024,
                "description": "The requester's password (a wrong one counts as a failed sign-in)."}

    def variant(types: list[str], required: list[str], **props: dict) -> dict:
        return {"type": "object", "required": ["type", *required],
                "properties": {**loose, "type": {"type": "string", "enum": types}, **props}}

    def correction(field: str, value: dict) -> dict:
        return variant(["correction"], ["field", "value"],
                       field={"type": "string", "enum": [field]}, value={"type": "string", **value})

    schema["oneOf"] = [
        variant(["access", "deletion"], ["password"], password=password),
        correction("name", {"pattern": f"^{service.NAME_PATTERN}$", "maxLength": service.NAME_MAX}),
        correction("phone", {"pattern": f"^{service.PHONE_PATTERN}$"}),
        correction("email", {"pattern": f"^{service.EMAIL_PATTERN}$", "maxLength": service.EMAIL_MAX}),
        variant(["restriction", "objection"], []),
    ]


class NewRequestIn(BaseModel):
    model_config = ConfigDict(json_schema_extra=_document_new_request)

    type: RequestType
    note: str | None = Field(
        default=None, max_length=2000, description="Anything the Account Owner should know."
    )
    password: str | None = Field(
        default=None,
        max_length=1024,
        description="Required for access and deletion: the requester's password.",
    )
    field: Literal["name", "phone", "email"] | None = Field(default=None, description="Correction only.")
    value: str | None = Field(default=None, max_length=320, description="Correction only: the new value.")


class ApproveIn(BaseModel):
    note: str | None = Field(default=None, max_length=2000)
    delete_tickets: bool = Field(
        default=False, description="Deletion only: also delete the person's tickets."
    )


class DenyIn(BaseModel):
    reason: str = Field(min_length=1, max_length=2000)


class ExtendIn(BaseModel):
    days: int = Field(ge=1, le=service.MAX_EXTENSION_DAYS)
    reason: str = Field(min_length=1, max_length=2000)


class PersonOut(BaseModel):
    id: str
    name: str
    email: str
    deleted: bool


class EventOut(BaseModel):
    at: str
    actor: Literal["requester", "owner", "service"]
    actor_name: str = Field(description="Resolved when read; 'Ticket Pros' for the service.")
    from_state: RequestState | None
    to_state: RequestState
    note: str | None
    note_code: str | None = Field(
        default=None, description="The stable code of a note the service wrote (server/sentences.py), for a "
                                  "client to say it in its language; none for a person's note or an old event.")
    note_params: dict[str, Any] | None = Field(default=None, description="The values put into that note, by name.")


class CoverageOut(BaseModel):
    tickets: int
    files: int
    file_bytes: int
    support_messages: int
    security_events: int
    active_sessions: int


class PrivacyRequestOut(BaseModel):
    id: str
    type: RequestType
    state: RequestState
    routed_to: Literal["owner", "service"]
    requester: PersonOut
    note: str | None
    correction_field: Literal["name", "phone", "email"] | None
    correction_value: str | None
    delete_tickets: bool
    decision_reason: str | None
    created_at: str
    updated_at: str
    due_at: str
    overdue: bool = Field(description="Past due_at and not yet completed, denied or cancelled.")
    extended: bool
    extension_reason: str | None
    completed_at: str | None
    export_available: bool
    export_size: int | None
    events: list[EventOut]
    coverage: CoverageOut | None = Field(description="What the request covers (open requests).")


class PrivacyRequestList(BaseModel):
    items: list[PrivacyRequestOut]
    pending: int = Field(description="How many in this list wait for the Account Owner.")


class ExportLinkOut(BaseModel):
    url: str = Field(description="Path of the download; GET it with the requester's bearer token.")
    expires_at: str


def _out(conn, settings, row, *, with_coverage: bool = True) -> PrivacyRequestOut:
    who = service.person(conn, row["requester_id"])
    return PrivacyRequestOut(
        id=row["id"],
        type=row["type"],
        state=row["state"],
        routed_to=row["routed_to"],
        requester=PersonOut(
            id=who["id"], name=who["name"], email=who["email"], deleted=who["status"] == "deleted"
        ),
        note=row["note"],
        correction_field=row["correction_field"],
        correction_value=row["correction_value"],
        delete_tickets=bool(row["delete_tickets"]),
        decision_reason=row["decision_reason"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        due_at=row["due_at"],
        overdue=service.is_overdue(row, settings.clock.now()),
        extended=row["extended_at"] is not None,
        extension_reason=row["extension_reason"],
        completed_at=row["completed_at"],
        export_available=row["export_key"] is not None,
        export_size=row["export_size"],
        events=[
            EventOut(
                at=e["at"],
                actor=e["actor_kind"],
                actor_name="Ticket Pros" if e["actor_kind"] == "service" else (e["actor_name"] or "Unknown"),
                from_state=e["from_state"],
                to_state=e["to_state"],
                note=e["note"],
                note_code=e["note_code"],
                note_params=json.loads(e["note_params"]) if e["note_params"] else None,
            )
            for e in service.events(conn, row["id"])
        ],
        coverage=CoverageOut(**service.coverage(conn, row["requester_id"]))
        if with_coverage and row["state"] not in service.FINAL_STATES
        else None,
    )


def _reply(conn, settings, principal, request_id) -> PrivacyRequestOut:
    return _out(conn, settings, service.get_visible(conn, principal, request_id))


@router.post(
    "/privacy-requests",
    response_model=PrivacyRequestOut,
    status_code=201,
    summary="File a privacy request (routed to the Account Owner)",
    responses=error_responses(403, 409, 422, 429, _403="The password is not correct.",
                              _409="A request of this type is already waiting, or the email is taken."),
)
def submit(
    body: NewRequestIn,
    principal: CurrentUser,
    conn: DbDep,
    settings: SettingsDep,
    client: ClientInfoDep,
    idempotency_key: Annotated[str | None, Header(min_length=1, max_length=200)] = None,
) -> PrivacyRequestOut:
    request_id, fulfil_now = service.submit(
        conn,
        settings,
        principal,
        service.NewRequest(
            type=body.type, note=body.note, password=body.password, field=body.field, value=body.value
        ),
        client,
        idempotency_key,
    )
    reply = _reply(conn, settings, principal, request_id)
    if fulfil_now:
        fulfilment.fulfil(conn, settings, request_id)
        if body.type != "deletion":  # after a deletion the requester no longer exists to read it
            reply = _reply(conn, settings, principal, request_id)
    return reply


@router.get(
    "/privacy-requests",
    response_model=PrivacyRequestList,
    summary="My requests, or (owners) the organisation's requests waiting for a decision",
    responses=error_responses(403, 422),
)
def list_requests(
    principal: CurrentUser,
    conn: DbDep,
    settings: SettingsDep,
    view: Annotated[Literal["mine", "approvals"], Query()] = "mine",
) -> PrivacyRequestList:
    rows = service.list_visible(conn, principal, view)
    items = [_out(conn, settings, r, with_coverage=False) for r in rows]
    pending = sum(1 for i in items if i.state == service.RequestState.PENDING_OWNER)
    return PrivacyRequestList(items=items, pending=pending)


@router.get("/privacy-requests/{request_id}", response_model=PrivacyRequestOut, summary="One request",
            responses=error_responses(404))
def get_request(
    request_id: str, principal: CurrentUser, conn: DbDep, settings: SettingsDep
) -> PrivacyRequestOut:
    return _reply(conn, settings, principal, request_id)


@router.post(
    "/privacy-requests/{request_id}/approve",
    response_model=PrivacyRequestOut,
    summary="Approve (Account Owner); the service fulfils it right away",
    responses=error_responses(403, 404, 409, 422),
)
def approve(
    request_id: str, body: ApproveIn, principal: CurrentUser, conn: DbDep, settings: SettingsDep
) -> PrivacyRequestOut:
    service.approve(conn, settings, principal, request_id, note=body.note, delete_tickets=body.delete_tickets)
    fulfilment.fulfil(conn, settings, request_id)
    return _reply(conn, settings, principal, request_id)


@router.post(
    "/privacy-requests/{request_id}/deny",
    response_model=PrivacyRequestOut,
    summary="Deny with a reason (Account Owner)",
    responses=error_responses(403, 404, 409, 422),
)
def deny(
    request_id: str, body: DenyIn, principal: CurrentUser, conn: DbDep, settings: SettingsDep
) -> PrivacyRequestOut:
    service.deny(conn, settings, principal, request_id, body.reason)
    return _reply(conn, settings, principal, request_id)


@router.post(
    "/privacy-requests/{request_id}/cancel",
    response_model=PrivacyRequestOut,
    summary="Cancel my request while it waits for the Account Owner",
    responses=error_responses(403, 404, 409),
)
def cancel(request_id: str, principal: CurrentUser, conn: DbDep, settings: SettingsDep) -> PrivacyRequestOut:
    service.cancel(conn, settings, principal, request_id)
    return _reply(conn, settings, principal, request_id)


@router.post(
    "/privacy-requests/{request_id}/extend",
    response_model=PrivacyRequestOut,
    summary="Extend the deadline once, by up to 60 days, with a reason (Account Owner)",
    responses=error_responses(403, 404, 409, 422),
)
def extend(
    request_id: str, body: ExtendIn, principal: CurrentUser, conn: DbDep, settings: SettingsDep
) -> PrivacyRequestOut:
    service.extend(conn, settings, principal, request_id, days=body.days, reason=body.reason)
    return _reply(conn, settings, principal, request_id)


@router.post(
    "/privacy-requests/{request_id}/export-link",
    response_model=ExportLinkOut,
    summary="A short-lived download link for my access export (re-issue when it expires)",
    responses=error_responses(404, 409, 410, _409="The export is not ready yet.",
                              _410="The export is no longer kept."),
)
def export_link(
    request_id: str, request: Request, principal: CurrentUser, conn: DbDep, settings: SettingsDep
) -> ExportLinkOut:
    token, expires = exports.issue_link(conn, settings, principal, request_id)
    url = request.app.url_path_for("download_export", request_id=request_id, token=token)
    return ExportLinkOut(url=str(url), expires_at=iso(expires))


@router.get(
    "/privacy-requests/{request_id}/export/{token}",
    response_class=FileResponse,
    summary="Download my access export (ZIP); needs the link and my bearer token",
    responses={200: {"content": {"application/zip": {}}, "description": "The ZIP."},
               **error_responses(404, 410, _410="The link expired or the export is gone.")},
)
def download_export(
    request_id: str, token: str, principal: CurrentUser, conn: DbDep, settings: SettingsDep
) -> Response:
    found = exports.linked_file(conn, settings, principal, request_id, token)
    name = f"ticketpros-export-{request_id}.zip"
    if found.local is not None:
        return FileResponse(found.local, media_type="application/zip", filename=name)
    # From object storage: streamed through piece by piece (the link's checks stay the service's).
    return StreamingResponse(blobs.store(settings).iter_bytes(found.key), media_type="application/zip",
                             headers={"Content-Length": str(found.size),
                                      "Content-Disposition": f'attachment; filename="{name}"'})

"""``/tickets`` (under the API prefix): correcting values, review, history, exports."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, Field

from ..deps import CurrentUser, DbDep, SettingsDep
from ..http_errors import error_responses
from ..tickets import service as tickets
from ..tickets.router import IsoDate, Status, TicketDetail, detail
from . import export, service
from .parse import FIELDS

router = APIRouter(tags=["tickets"], responses=error_responses(401))

#: A field's name (one of parse.FIELDS); checked after the ticket, so that someone else's ticket answers 404.
FieldName = Annotated[str, Path(max_length=40, description="One of: " + ", ".join(FIELDS) + ".")]


class Correction(BaseModel):
    value: str | None = Field(max_length=service.MAX_VALUE,
                              description="The right value; empty or null: the ticket has none.")


class Person(BaseModel):
    id: str
    name: str


class HistoryEvent(BaseModel):
    at: str
    kind: Literal["read", "read_failed", "corrected", "reviewed", "merged"]
    field: str | None
    old_value: str | None
    new_value: str | None = Field(description="For ``merged``: the ids of the tickets merged into this one, "
                                  "comma-separated.")
    by: Person | None = Field(description="Null for the service, or once that person's account was erased.")


class History(BaseModel):
    events: list[HistoryEvent]


_EXPORT_TYPES = {"csv": "text/csv; charset=utf-8",
                 "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}


@router.get(
    "/tickets/export", summary="The ticket list as CSV or an Excel workbook",
    response_class=StreamingResponse,
    responses={200: {"content": {t: {} for t in _EXPORT_TYPES.values()}, "description": "The file."},
               **error_responses(403, 422, _403="scope=organisation asked by a member.")},
    description="The same filters as the list; every ticket they select (not one page), newest first, one column "
    "per field. CSV is UTF-8 with ISO dates; numbers are plain decimals (a point, no grouping).",
)
def export_tickets(
    principal: CurrentUser,
    settings: SettingsDep,
    format: Literal["csv", "xlsx"] = "csv",
    scope: Literal["mine", "organisation"] | None = None,
    q: Annotated[str | None, Query(max_length=200)] = None,
    status: Status | None = None,
    date_from: IsoDate | None = None,
    date_to: IsoDate | None = None,
) -> StreamingResponse:
    query = tickets.TicketQuery(scope=scope, q=q, status=status, date_from=date_from, date_to=date_to)
    tickets.resolve_scope(principal, scope)  # a member asking for the organisation is refused before streaming
    name = f"tickets-{datetime.now(UTC).date().isoformat()}.{format}"
    headers = {"Content-Disposition": tickets.content_disposition(name), "Cache-Control": "private, no-store",
               "X-Content-Type-Options": "nosniff"}
    if format == "csv":
        body = export.csv_chunks(settings, principal, query)
    else:
        path = export.write_xlsx(settings, principal, query)
        headers["Content-Length"] = str(os.path.getsize(path))
        body = export.file_chunks(path)
    return StreamingResponse(body, media_type=_EXPORT_TYPES[format], headers=headers)


@router.patch(
    "/tickets/{ticket_id}/fields/{name}", response_model=TicketDetail, summary="Correct one value of a ticket",
    responses=error_responses(404, 409, 422),
    description="Members correct their own tickets, the Account Owner any of the organisation's. The value is "
    "normalised as the service keeps it (dates ISO, numbers plain); old and new value, who and when are kept "
    "in the ticket's history. An empty value removes it.",
)
def correct_field(ticket_id: str, name: FieldName, body: Correction, principal: CurrentUser, conn: DbDep,
                  settings: SettingsDep) -> TicketDetail:
    service.correct(conn, settings, principal, ticket_id, name, body.value)
    return detail(conn, settings, principal, ticket_id)


@router.post(
    "/tickets/{ticket_id}/review", response_model=TicketDetail, summary="Mark a ticket's values reviewed",
    responses=error_responses(404, 409),
    description="It leaves To review (status ``extracted``); who and when are kept in its history.",
)
def mark_reviewed(ticket_id: str, principal: CurrentUser, conn: DbDep, settings: SettingsDep) -> TicketDetail:
    service.mark_reviewed(conn, settings, principal, ticket_id)
    return detail(conn, settings, principal, ticket_id)


@router.get("/tickets/{ticket_id}/history", response_model=History, summary="What happened to a ticket's values",
            responses=error_responses(404))
def ticket_history(ticket_id: str, principal: CurrentUser, conn: DbDep) -> History:
    return History(events=[HistoryEvent(**e) for e in service.history(conn, principal, ticket_id)])

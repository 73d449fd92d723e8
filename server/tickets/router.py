"""``/tickets`` (under the API prefix): list, search, details, completion, downloads, thumbnails,
PDF pages drawn, deletion, duplicate lookup."""

from __future__ import annotations

import base64
import re
from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query
from fastapi.responses import FileResponse, Response, StreamingResponse
from pydantic import BaseModel, BeforeValidator, Field
from pydantic_core import PydanticCustomError

from .. import blobs
from ..deps import CurrentUser, DbDep, SettingsDep
from ..extraction import service as extraction
from ..extraction.parse import FIELDS
from ..http_errors import error_responses
from ..sentences import coded
from . import merge as merging
from . import service

_FIELD_ORDER = {name: i for i, name in enumerate(FIELDS)}

router = APIRouter(tags=["tickets"], responses=error_responses(401))

def _iso_date(value: object) -> object:
    # pydantic also reads numbers ("0") as Unix timestamps; the document says YYYY-MM-DD.
    if isinstance(value, str) and not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value):
        # pydantic's own type for a date it cannot read: said as validation.not_date (server.http_errors)
        raise PydanticCustomError("date_parsing", "use a date written as YYYY-MM-DD")
    return value


IsoDate = Annotated[date, BeforeValidator(_iso_date)]
Status = Literal["uploading", "stored", "processing", "extracted", "needs_review", "failed"]
Sha256 = Annotated[str, Query(pattern=r"^[0-9a-fA-F]{64}$", description="Hex SHA-256 of the cleaned file.")]


class Uploader(BaseModel):
    id: str
    name: str


class TicketSummary(BaseModel):
    id: str
    ticket_number: str | None
    job: str | None
    ticket_date: str | None = Field(description="YYYY-MM-DD written on the ticket, if given.")
    notes: str | None
    status: Status
    created_at: str
    uploader: Uploader | None = Field(description="Null once the uploader's account was erased.")
    page_count: int = Field(description="Pages stored so far.")
    total_bytes: int
    first_file_id: str | None
    has_extracted_values: bool
    values: dict[str, str] = Field(description="Each field's value (see TicketDetail.fields for confidence).")
    reviewed_at: str | None = Field(description="When a person marked the values reviewed.")
    quality_warning: str | None = Field(
        None, description="What the client's photo check found on a page that was sent anyway: blurred, dark, "
        "washed_out, low_resolution or small_page (null: nothing, or not checked).")


class TicketFile(BaseModel):
    id: str
    page: int
    mime: str
    size: int
    sha256: str
    original_name: str = Field(description="The name the file had on the uploader's computer (display only).")
    created_at: str


class Box(BaseModel):
    """Where on its page a value is, as fractions of the page's width and height."""

    left: float
    top: float
    right: float
    bottom: float


class TicketField(BaseModel):
    name: str
    value: str
    confidence: float = Field(ge=0, le=1)
    source: Literal["pdf_text", "ocr", "person"]
    page: int | None
    box: Box | None
    raw: str | None = Field(description="As printed on the page, before normalising.")
    corrected: bool


class ReviewIssue(BaseModel):
    code: str
    message: str = Field(description="Why, in one sentence (English).")
    message_code: str | None = Field(
        default=None, description="The sentence's stable code (server/sentences.py), for a client to say it in "
                                  "its own language.")
    params: dict[str, Any] | None = Field(default=None, description="The values put into the sentence, by name.")
    fields: list[str]


class ReviewState(BaseModel):
    needed: bool
    issues: list[ReviewIssue]


class TicketDetail(TicketSummary):
    files: list[TicketFile]
    extracted_values: dict[str, str] = Field(description="The same values as ``values`` (kept for older clients).")
    fields: list[TicketField]
    review: ReviewState


class Total(BaseModel):
    field: str
    unit: str | None = Field(description="The weight or volume unit, or the currency, of the sum.")
    sum: str
    tickets: int


class TicketPage(BaseModel):
    items: list[TicketSummary]
    total: int
    totals: list[Total] = Field(description="Sums over every ticket the filters select, by field and unit.")
    offset: int
    limit: int


class DuplicateMatch(BaseModel):
    ticket_id: str
    ticket_number: str | None
    page: int
    created_at: str
    uploaded_by_me: bool


class LookupResult(BaseModel):
    matches: list[DuplicateMatch]


def _summary(row, values: dict[str, str] | None = None) -> dict:
    uploader = (
        Uploader(id=row["uploader_id"], name=row["uploader_name"])
        if row["uploader_id"] is not None and row["uploader_name"] is not None
        else None
    )
    return {
        "id": row["id"], "ticket_number": row["ticket_number"], "job": row["job"],
        "ticket_date": row["ticket_date"], "notes": row["notes"], "status": row["status"],
        "created_at": row["created_at"], "uploader": uploader, "page_count": row["page_count"],
        "total_bytes": row["total_bytes"], "first_file_id": row["first_file_id"],
        "has_extracted_values": bool(row["has_extracted_values"]),
        "values": values or {}, "reviewed_at": row["reviewed_at"], "quality_warning": row["quality_warning"],
    }


@router.get(
    "/tickets", response_model=TicketPage, summary="List tickets, newest first",
    responses=error_responses(403, 422, _403="scope=organisation asked by a member."),
    description="Members always see their own tickets; the Account Owner sees the organisation's "
    "(``scope=mine`` for their own). ``q`` searches ticket number, job, notes and file names. "
    "``date_from``/``date_to`` filter on the ticket's date, or the upload day when it has none.",
)
def list_tickets(
    principal: CurrentUser,
    conn: DbDep,
    scope: Literal["mine", "organisation"] | None = None,
    q: Annotated[str | None, Query(max_length=200)] = None,
    status: Status | None = None,
    date_from: IsoDate | None = None,
    date_to: IsoDate | None = None,
    offset: Annotated[int, Query(ge=0, le=service.MAX_OFFSET)] = 0,
    limit: Annotated[int, Query(ge=1, le=service.MAX_LIMIT)] = 50,
) -> TicketPage:
    query = service.TicketQuery(scope=scope, q=q, status=status, date_from=date_from, date_to=date_to,
                                offset=offset, limit=limit)
    rows, total = service.list_tickets(conn, principal, query)
    values = service.values_of(conn, [r["id"] for r in rows])
    return TicketPage(items=[TicketSummary(**_summary(r, values[r["id"]])) for r in rows], total=total,
                      totals=[Total(**t) for t in service.totals(conn, principal, query)], offset=offset, limit=limit)


@router.get("/tickets/lookup", response_model=LookupResult, summary="Tickets that already hold this content",
            responses=error_responses(422))
def lookup(principal: CurrentUser, conn: DbDep, sha256: Sha256) -> LookupResult:
    rows = service.lookup(conn, principal, sha256.lower())
    return LookupResult(matches=[
        DuplicateMatch(ticket_id=r["ticket_id"], ticket_number=r["ticket_number"], page=r["page"],
                       created_at=r["created_at"], uploaded_by_me=bool(r["uploaded_by_me"]))
        for r in rows
    ])


Hex64 = Annotated[str, Field(pattern=r"^[0-9a-fA-F]{64}$", description="Hex SHA-256 of a cleaned file.")]


class BatchLookupRequest(BaseModel):
    sha256: list[Hex64] = Field(
        min_length=1, max_length=service.MAX_LOOKUP,
        description="The contents to look for (a batch of files about to be uploaded); a repeat is looked up once.")


class BatchLookupResult(BaseModel):
    matches: dict[str, list[DuplicateMatch]] = Field(
        description="For every SHA-256 asked (lower case), the tickets the caller may see that hold it; "
        "an empty list when there are none.")


@router.post("/tickets/lookup", response_model=BatchLookupResult,
             summary="Tickets that already hold any of these contents (one look-up for a batch)",
             responses=error_responses(422))
def lookup_batch(principal: CurrentUser, conn: DbDep, body: BatchLookupRequest) -> BatchLookupResult:
    wanted = list(dict.fromkeys(h.lower() for h in body.sha256))
    found = service.lookup_many(conn, principal, wanted)
    return BatchLookupResult(matches={sha: [
        DuplicateMatch(ticket_id=r["ticket_id"], ticket_number=r["ticket_number"], page=r["page"],
                       created_at=r["created_at"], uploaded_by_me=bool(r["uploaded_by_me"]))
        for r in found.get(sha, [])
    ] for sha in wanted})


class MergeRequest(BaseModel):
    ticket_ids: list[Annotated[str, Field(min_length=1, max_length=100)]] = Field(
        min_length=2, max_length=merging.MAX_MERGE,
        # Documented, so that a client (and the fuzzer) knows a ticket named twice is refused.
        json_schema_extra={"uniqueItems": True},
        description="The tickets to merge, the one to keep first; the others' pages follow its own in this order.")


@router.post(
    "/tickets/merge", response_model=TicketDetail, summary="Merge tickets into one",
    responses=error_responses(404, 409, 422),
    description="The pages of the other tickets follow the first ticket's own, in the order given, each file "
    "with its bytes and SHA-256; the others are removed. Typed details and people's values are kept, values "
    "read by the service are read again from every page. Members merge their own tickets, the Account Owner "
    "any of the organisation's; who merged and when is kept in the ticket's history.",
)
def merge_tickets(body: MergeRequest, principal: CurrentUser, conn: DbDep, settings: SettingsDep) -> TicketDetail:
    kept = merging.merge(conn, settings, principal, body.ticket_ids)
    return detail(conn, settings, principal, kept)


@router.get("/tickets/{ticket_id}", response_model=TicketDetail, summary="One ticket with its pages",
            responses=error_responses(404))
def get_ticket(ticket_id: str, principal: CurrentUser, conn: DbDep, settings: SettingsDep) -> TicketDetail:
    return detail(conn, settings, principal, ticket_id)


@router.post(
    "/tickets/{ticket_id}/complete", response_model=TicketDetail,
    summary="Finish a multi-page ticket with the pages that arrived", responses=error_responses(404),
    description="For the uploader, when some pages of the ticket will never come (cancelled or refused on "
    "their computer): the stored pages are numbered 1..n in their order, the ticket becomes ``stored`` and "
    "its values are extracted. A ticket already finished is returned as it is. Anyone else gets 404.",
)
def complete_ticket(ticket_id: str, principal: CurrentUser, conn: DbDep, settings: SettingsDep) -> TicketDetail:
    service.complete_ticket(conn, settings, principal, ticket_id)
    return detail(conn, settings, principal, ticket_id)


def detail(conn, settings, principal, ticket_id: str) -> TicketDetail:
    row, files, values = service.get_ticket(conn, principal, ticket_id)
    fields = []
    for f in extraction.fields(conn, ticket_id):
        box = (Box(left=f["box_left"], top=f["box_top"], right=f["box_right"], bottom=f["box_bottom"])
               if f["box_left"] is not None else None)
        fields.append(TicketField(name=f["name"], value=f["value"], confidence=f["confidence"], source=f["source"],
                                  page=f["page"], box=box, raw=f["raw"], corrected=bool(f["corrected"])))
    state = extraction.review(conn, settings, row)
    return TicketDetail(
        **_summary(row, values),
        files=[TicketFile(id=f["id"], page=f["page"], mime=f["mime"], size=f["size"], sha256=f["sha256"],
                          original_name=f["original_name"], created_at=f["created_at"]) for f in files],
        extracted_values=values,
        fields=sorted(fields, key=lambda f: _FIELD_ORDER.get(f.name, len(_FIELD_ORDER))),
        review=ReviewState(needed=state.needed, issues=[ReviewIssue(code=i.code, message=i.message, **coded(i.message),
                                                                    fields=list(i.fields)) for i in state.issues]),
    )


def _stored_response(settings, stored: service.StoredBytes, *, media_type: str, headers: dict[str, str]) -> Response:
    """A stored file's bytes: sent from disk as a file, or streamed from object storage piece by piece."""
    if stored.local is not None:
        return FileResponse(stored.local, media_type=media_type, headers=headers)
    return StreamingResponse(blobs.store(settings).iter_bytes(stored.key), media_type=media_type,
                             headers={**headers, "Content-Length": str(stored.size)})


@router.get(
    "/tickets/{ticket_id}/files/{file_id}", summary="Download a stored (cleaned) file",
    response_class=FileResponse,
    responses={200: {"content": {"application/octet-stream": {}}, "description": "The file's bytes."},
               **error_responses(404)},
)
def download(ticket_id: str, file_id: str, principal: CurrentUser, conn: DbDep, settings: SettingsDep):
    row = service.get_file(conn, principal, ticket_id, file_id)
    stored = service.stored_file(settings, row)
    digest = base64.b64encode(bytes.fromhex(row["sha256"])).decode()
    name = service.download_name(row["original_name"], row["mime"], row["page"])
    return _stored_response(
        settings, stored, media_type=row["mime"],
        headers={
            "Content-Disposition": service.content_disposition(name),
            "Digest": f"sha-256={digest}",
            "Repr-Digest": f"sha-256=:{digest}:",
            "ETag": f'"{row["sha256"]}"',
            "X-Content-Type-Options": "nosniff",
            "Cache-Control": "private, no-store",
        },
    )


@router.get(
    "/tickets/{ticket_id}/files/{file_id}/thumbnail", summary="A JPEG preview (at most 256 px)",
    response_class=FileResponse,
    responses={200: {"content": {"image/jpeg": {}}, "description": "The preview."}, **error_responses(404)},
)
def file_thumbnail(ticket_id: str, file_id: str, principal: CurrentUser, conn: DbDep, settings: SettingsDep):
    stored = service.stored_thumbnail(settings, service.get_file(conn, principal, ticket_id, file_id))
    return _stored_response(settings, stored, media_type="image/jpeg",
                            headers={"Cache-Control": "private, max-age=3600", "X-Content-Type-Options": "nosniff"})


@router.get(
    "/tickets/{ticket_id}/files/{file_id}/picture",
    summary="A page of a PDF drawn as a JPEG (at most 2,000 px on its longest side), for viewing",
    response_class=Response,
    responses={200: {"content": {"image/jpeg": {}}, "description": "The page, drawn."},
               **error_responses(404, 415, 422)},
)
def file_picture(ticket_id: str, file_id: str, principal: CurrentUser, conn: DbDep, settings: SettingsDep,
                 page: Annotated[int, Query(ge=1, le=10_000, description="The PDF's page, from 1.")] = 1):
    picture = service.page_picture(settings, service.get_file(conn, principal, ticket_id, file_id), page)
    # Customer Data drawn on request and never stored: not cached either.
    return Response(picture, media_type="image/jpeg",
                    headers={"Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff"})


@router.delete("/tickets/{ticket_id}", status_code=204, summary="Delete a ticket and its files",
               responses=error_responses(403, 404))
def delete_ticket(ticket_id: str, principal: CurrentUser, conn: DbDep, settings: SettingsDep) -> None:
    service.delete_ticket(conn, settings, principal, ticket_id)

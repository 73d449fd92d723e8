"""Tickets: list, search, open, download and delete (``client.tickets``).

::

    page = client.tickets.list(search="J-12", limit=50)
    for ticket in page.items:
        print(ticket.ticket_number, ticket.page_count)
    detail = client.tickets.get(page.items[0].id)
    client.tickets.download(detail.id, detail.files[0].id, Path("scan.jpg"))
    for ticket in client.tickets.to_review().items:
        client.tickets.correct(ticket.id, "net_weight", "35024")
        client.tickets.mark_reviewed(ticket.id)
    client.tickets.export(Path("tickets.xlsx"), format="xlsx", status="extracted")
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any
from urllib.parse import quote

from . import _sentences as S
from ._errors import APIStatusError, MalformedResponseError, TicketProsError
from ._extraction import ExportFormat, HistoryEvent, ReviewState, TicketField, Total
from ._models import field
from ._resource import APIResource

#: Most tickets one list call returns (the service's limit).
MAX_PAGE_SIZE = 200
_DOWNLOAD_PIECE = 256 * 1024
#: The review state of a ticket the service said nothing about (an older service).
NOT_IN_REVIEW = ReviewState(needed=False, issues=())


class TicketScope(StrEnum):
    MINE = "mine"
    ORGANISATION = "organisation"


class TicketStatus(StrEnum):
    UPLOADING = "uploading"
    STORED = "stored"
    PROCESSING = "processing"
    EXTRACTED = "extracted"
    #: Read, but some values are uncertain or do not add up: in To review.
    NEEDS_REVIEW = "needs_review"
    FAILED = "failed"


#: SHA-256s per batch look-up request (the service takes up to 500).
LOOKUP_BATCH = 500

@dataclass(frozen=True)
class Uploader:
    id: str
    name: str

    @classmethod
    def from_json(cls, data: Any) -> Uploader:
        return cls(id=field(data, "id", str), name=field(data, "name", str))


@dataclass(frozen=True)
class TicketSummary:
    """One row of the ticket list."""

    id: str
    ticket_number: str | None
    job: str | None
    ticket_date: str | None
    notes: str | None
    status: str
    created_at: str
    uploader: Uploader | None
    page_count: int
    total_bytes: int
    first_file_id: str | None
    has_extracted_values: bool
    #: Each field's value (``TicketDetail.fields`` has confidence, page and box).
    values: dict[str, str]
    #: When a person marked the values reviewed (None: never).
    reviewed_at: str | None
    #: What the photo check found on a page sent anyway (``media.Problem`` values: "blurred", "dark"…).
    quality_warning: str | None = None

    @property
    def needs_review(self) -> bool:
        return self.status == TicketStatus.NEEDS_REVIEW

    @classmethod
    def _fields(cls, data: Any) -> dict[str, Any]:
        uploader = field(data, "uploader", dict, optional=True)
        values = field(data, "values", dict, optional=True) or {}
        return {
            "id": field(data, "id", str),
            "ticket_number": field(data, "ticket_number", str, optional=True),
            "job": field(data, "job", str, optional=True),
            "ticket_date": field(data, "ticket_date", str, optional=True),
            "notes": field(data, "notes", str, optional=True),
            "status": field(data, "status", str),
            "created_at": field(data, "created_at", str),
            "uploader": Uploader.from_json(uploader) if uploader is not None else None,
            "page_count": field(data, "page_count", int),
            "total_bytes": field(data, "total_bytes", int),
            "first_file_id": field(data, "first_file_id", str, optional=True),
            "has_extracted_values": field(data, "has_extracted_values", bool),
            "values": _text_map(values, "values"),
            "reviewed_at": field(data, "reviewed_at", str, optional=True),
            "quality_warning": field(data, "quality_warning", str, optional=True),
        }

    @classmethod
    def from_json(cls, data: Any) -> TicketSummary:
        return cls(**cls._fields(data))

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class TicketFile:
    """One page of a ticket: the stored (cleaned) file."""

    id: str
    page: int
    mime: str
    size: int
    sha256: str
    original_name: str
    created_at: str

    @classmethod
    def from_json(cls, data: Any) -> TicketFile:
        return cls(
            id=field(data, "id", str),
            page=field(data, "page", int),
            mime=field(data, "mime", str),
            size=field(data, "size", int),
            sha256=field(data, "sha256", str),
            original_name=field(data, "original_name", str),
            created_at=field(data, "created_at", str),
        )


@dataclass(frozen=True)
class TicketDetail(TicketSummary):
    """A ticket with its pages and the values extracted from it."""

    files: tuple[TicketFile, ...] = ()
    extracted_values: dict[str, str] | None = None
    #: The values with confidence, source, page and box, in the service's field order.
    fields: tuple[TicketField, ...] = ()
    review: ReviewState = NOT_IN_REVIEW

    @classmethod
    def from_json(cls, data: Any) -> TicketDetail:
        files = field(data, "files", list)
        values = field(data, "extracted_values", dict, optional=True) or {}
        review = field(data, "review", dict, optional=True)
        return cls(
            **cls._fields(data),
            files=tuple(TicketFile.from_json(f) for f in files),
            extracted_values=_text_map(values, "extracted_values"),
            fields=tuple(TicketField.from_json(f) for f in field(data, "fields", list, optional=True) or ()),
            review=ReviewState.from_json(review) if review is not None else NOT_IN_REVIEW,
        )

    def field_named(self, name: str) -> TicketField | None:
        return next((f for f in self.fields if f.name == name), None)


@dataclass(frozen=True)
class TicketPage:
    """One page of the ticket list: ``items`` from ``offset``, of ``total``."""

    items: tuple[TicketSummary, ...]
    total: int
    offset: int
    limit: int
    #: Sums over every ticket the filters select (not just this page), by field and unit.
    totals: tuple[Total, ...] = ()

    @classmethod
    def from_json(cls, data: Any) -> TicketPage:
        return cls(
            items=tuple(TicketSummary.from_json(i) for i in field(data, "items", list)),
            total=field(data, "total", int),
            offset=field(data, "offset", int),
            limit=field(data, "limit", int),
            totals=tuple(Total.from_json(t) for t in field(data, "totals", list, optional=True) or ()),
        )


@dataclass(frozen=True)
class DuplicateMatch:
    """A ticket that already has a file with the same content."""

    ticket_id: str
    ticket_number: str | None
    page: int | None
    created_at: str | None
    uploaded_by_me: bool

    @classmethod
    def from_json(cls, data: Any) -> DuplicateMatch:
        return cls(
            ticket_id=field(data, "ticket_id", str),
            ticket_number=field(data, "ticket_number", str, optional=True),
            page=field(data, "page", int, optional=True),
            created_at=field(data, "created_at", str, optional=True),
            uploaded_by_me=field(data, "uploaded_by_me", bool),
        )

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _text_map(data: dict, name: str) -> dict[str, str]:
    if not all(isinstance(k, str) and isinstance(v, str) for k, v in data.items()):
        raise MalformedResponseError(S.REPLY_UNREADABLE_FIELD(name=name))
    return dict(data)


class DownloadError(TicketProsError):
    """A download arrived incomplete or different from what the service stored."""


class TicketsAPI(APIResource):
    """``client.tickets``: the tickets the signed-in person may see."""

    def list(
        self,
        *,
        scope: TicketScope | str | None = None,
        search: str | None = None,
        status: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        offset: int = 0,
        limit: int = 50,
    ) -> TicketPage:
        """Newest first. ``scope`` "organisation" is for Account Owners (their default)."""
        params = _filters(scope, search, status, date_from, date_to)
        params.update(offset=offset, limit=min(max(1, limit), MAX_PAGE_SIZE))
        return TicketPage.from_json(self._get_json("/tickets", params=params))

    def to_review(self, *, scope: TicketScope | str | None = None, search: str | None = None,
                  offset: int = 0, limit: int = 50) -> TicketPage:
        """The tickets in To review (status ``needs_review``), newest first; ``total`` is the badge's count."""
        return self.list(scope=scope, search=search, status=TicketStatus.NEEDS_REVIEW, offset=offset, limit=limit)

    def fields(self, ticket_id: str) -> tuple[TicketField, ...]:
        """The values read from a ticket, with confidence, source, page and box."""
        return self.get(ticket_id).fields

    def correct(self, ticket_id: str, name: str, value: str | None) -> TicketDetail:
        """Set one field to what the ticket really says (``None`` or empty: it has none).

        The service keeps it normalised (ISO dates, plain numbers) with source
        ``person`` and confidence 1, and records old value, new value, who and
        when in the history. A value it cannot read raises ``ValidationError``
        with a sentence saying how to write it."""
        path = f"/tickets/{quote(ticket_id, safe='')}/fields/{quote(name, safe='')}"
        return TicketDetail.from_json(self._patch_json(path, {"value": value}))

    def mark_reviewed(self, ticket_id: str) -> TicketDetail:
        """Take a ticket out of To review (status ``extracted``); who and when are kept."""
        return TicketDetail.from_json(self._post_json(f"/tickets/{quote(ticket_id, safe='')}/review"))

    def merge(self, ticket_ids: list[str] | tuple[str, ...]) -> TicketDetail:
        """Merge tickets into the first of them: the others' pages follow its own, in the order
        given, every file with its bytes and SHA-256; the others are gone. Typed details and
        people's values stay, values read by the service are read again from every page; the
        history says who merged and when. Members merge their own tickets, the Account Owner
        any of the organisation's (``NotFoundError`` otherwise); ``ConflictError`` while one is
        still being uploaded."""
        return TicketDetail.from_json(self._post_json("/tickets/merge", {"ticket_ids": list(ticket_ids)}))

    def history(self, ticket_id: str) -> tuple[HistoryEvent, ...]:
        """What happened to the ticket's values, oldest first: read, corrections, reviews, merges."""
        data = self._get_json(f"/tickets/{quote(ticket_id, safe='')}/history")
        return tuple(HistoryEvent.from_json(e) for e in field(data, "events", list))

    def export(
        self,
        dest: str | os.PathLike[str],
        *,
        format: ExportFormat | str = ExportFormat.CSV,
        scope: TicketScope | str | None = None,
        search: str | None = None,
        status: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        progress: Callable[[int, int], None] | None = None,
        cancel: Any = None,
    ) -> Path:
        """Stream every ticket the filters select (the list's filters, not one
        page) to ``dest`` as CSV (UTF-8, ISO dates) or an Excel workbook.

        Written to a temporary name next to ``dest`` and renamed when complete.
        ``progress(received, total)``: ``total`` is 0 when the service does not
        say the size beforehand (CSV is produced as it is sent)."""
        params = _filters(scope, search, status, date_from, date_to)
        params["format"] = ExportFormat(format).value
        return self._stream_to("/tickets/export", Path(dest), params=params, progress=progress, cancel=cancel)

    def get(self, ticket_id: str) -> TicketDetail:
        return TicketDetail.from_json(self._get_json(f"/tickets/{quote(ticket_id, safe='')}"))

    def complete(self, ticket_id: str) -> TicketDetail:
        """Finish one of your multi-page tickets with the pages that arrived (the
        others were cancelled): pages renumbered 1..n, then stored and extracted.
        A ticket already finished comes back as it is."""
        return TicketDetail.from_json(self._post_json(f"/tickets/{quote(ticket_id, safe='')}/complete"))

    def delete(self, ticket_id: str) -> None:
        """Delete a ticket and its files (owners: any of the organisation's; members: their own)."""
        self._delete(f"/tickets/{quote(ticket_id, safe='')}")

    def lookup(self, sha256: str) -> list[DuplicateMatch]:
        """Tickets (that the caller may see) holding a file with this SHA-256."""
        data = self._get_json("/tickets/lookup", params={"sha256": sha256.lower()})
        return [DuplicateMatch.from_json(m) for m in field(data, "matches", list)]

    def lookup_many(self, hashes: Iterable[str]) -> dict[str, list[DuplicateMatch]]:
        """:meth:`lookup` for a batch of contents in one request per ``LOOKUP_BATCH``; every
        SHA-256 asked (lower case) is a key, with an empty list when no ticket holds it. A
        service without the batch look-up is asked one SHA-256 at a time."""
        wanted = list(dict.fromkeys(h.lower() for h in hashes))
        found: dict[str, list[DuplicateMatch]] = {}
        for start in range(0, len(wanted), LOOKUP_BATCH):
            part = wanted[start:start + LOOKUP_BATCH]
            try:
                data = self._post_json("/tickets/lookup", {"sha256": part})
            except APIStatusError as exc:
                if exc.status not in (404, 405):
                    raise
                found.update((sha, self.lookup(sha)) for sha in wanted[start:])  # an older service
                return found
            matches = field(data, "matches", dict)
            for sha in part:
                listed = matches.get(sha, [])
                if not isinstance(listed, list):
                    raise MalformedResponseError(S.REPLY_UNREADABLE_FIELD(name="matches"))
                found[sha] = [DuplicateMatch.from_json(m) for m in listed]
        return found

    def thumbnail(self, ticket_id: str, file_id: str) -> bytes:
        """A JPEG preview (at most 256 px) of one page."""
        return self._get_bytes(self._file_path(ticket_id, file_id) + "/thumbnail")

    def page_picture(self, ticket_id: str, file_id: str, page: int = 1) -> bytes:
        """Page ``page`` (from 1) of a PDF file drawn by the service as a JPEG (at most
        2,000 px on its longest side; in memory, for showing it). A file that is a picture
        already is refused (an ``APIStatusError`` with status 415, code ``not_a_pdf``); an
        older service, without the drawing, raises ``NotFoundError``."""
        return self._get_bytes(self._file_path(ticket_id, file_id) + "/picture", params={"page": str(page)})

    def content(self, ticket_id: str, file_id: str, *, max_bytes: int = 64 * 1024 * 1024) -> bytes:
        """One page's bytes in memory (for showing it; nothing written to disk),
        checked against the digest the service sends."""
        digest, pieces, received = hashlib.sha256(), [], 0
        with self._stream(self._file_path(ticket_id, file_id)) as response:
            for piece in response.iter_bytes(_DOWNLOAD_PIECE):
                received += len(piece)
                if received > max_bytes:
                    raise DownloadError(S.DOWNLOAD_TOO_LARGE())
                digest.update(piece)
                pieces.append(piece)
            expected = _digest_header(response.headers)
        if expected is not None and expected != digest.digest():
            raise DownloadError(S.DOWNLOAD_DAMAGED())
        return b"".join(pieces)

    def download(
        self,
        ticket_id: str,
        file_id: str,
        dest: str | os.PathLike[str],
        *,
        progress: Callable[[int, int], None] | None = None,
        cancel: Any = None,
    ) -> Path:
        """Stream one page to ``dest`` (written to a temporary name next to it,
        renamed when complete and checked, so ``dest`` is never half a file).

        ``progress(received, total)``; ``cancel`` is an optional ``threading.Event``.
        """
        return self._stream_to(self._file_path(ticket_id, file_id), Path(dest), progress=progress, cancel=cancel)

    def _stream_to(self, path: str, dest: Path, *, params: dict[str, Any] | None = None,
                   progress: Callable[[int, int], None] | None, cancel: Any) -> Path:
        partial = dest.with_name(f".{dest.name}.{secrets.token_hex(6)}.part")
        digest = hashlib.sha256()
        received = 0
        try:
            with self._stream(path, params=params) as response:
                total = int(response.headers.get("content-length") or 0)
                with partial.open("wb") as out:
                    for piece in response.iter_bytes(_DOWNLOAD_PIECE):
                        if cancel is not None and cancel.is_set():
                            raise DownloadError(S.DOWNLOAD_CANCELLED())
                        out.write(piece)
                        digest.update(piece)
                        received += len(piece)
                        if progress is not None:
                            progress(received, total)
                expected = _digest_header(response.headers)
            if total and received != total:
                raise DownloadError(S.DOWNLOAD_CUT_OFF())
            if expected is not None and expected != digest.digest():
                raise DownloadError(S.DOWNLOAD_DAMAGED())
            os.replace(partial, dest)
        finally:
            with contextlib.suppress(OSError):
                partial.unlink()
        return dest

    @staticmethod
    def _file_path(ticket_id: str, file_id: str) -> str:
        return f"/tickets/{quote(ticket_id, safe='')}/files/{quote(file_id, safe='')}"


def _filters(scope: Any, search: str | None, status: str | None, date_from: str | None,
             date_to: str | None) -> dict[str, Any]:
    """The list's filters as the service names them (the list and the export share them)."""
    return {name: str(value) for name, value in (("scope", scope), ("q", search), ("status", status),
                                                  ("date_from", date_from), ("date_to", date_to)) if value}


def _digest_header(headers: Any) -> bytes | None:
    """The SHA-256 from ``Repr-Digest: sha-256=:b64:`` or ``Digest: sha-256=b64``, if any."""
    import base64

    for name in ("repr-digest", "digest"):
        value = headers.get(name)
        if not value:
            continue
        for part in value.split(","):
            algo, _, encoded = part.strip().partition("=")
            if algo.strip().lower() == "sha-256":
                try:
                    return base64.b64decode(encoded.strip().strip(":"))
                except ValueError:
                    raise MalformedResponseError(S.REPLY_UNREADABLE_PART(part="digest")) from None
    return None

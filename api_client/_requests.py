"""Privacy requests (``client.privacy_requests``): file, follow, decide, download exports.

Request types and states mirror the ``RequestType`` / ``RequestState`` enums of
the service's OpenAPI contract (``/openapi.json``, schema ``PrivacyRequestOut``).

Access exports are verified before they are kept::

    path = client.privacy_requests.download(request.id, Path("my-data.zip"), progress=print)

streams the ZIP to a temporary file, checks every entry against its
``manifest.json`` (SHA-256 and size; no entry missing, none extra) and only then
moves it to ``path``. A mismatch raises :class:`ExportVerificationError` naming
the entry, and nothing is left behind.
"""

from __future__ import annotations

import hashlib
import json
import os
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from . import _sentences as S
from ._constants import API_PREFIX
from ._errors import APIStatusError, MalformedResponseError, TicketProsError
from ._models import field
from ._resource import APIResource
from ._service_sentences import ServiceSentence, read_sentence, service_sentence

__all__ = [
    "CORRECTABLE_FIELDS",
    "ExportLink",
    "ExportVerificationError",
    "PrivacyRequest",
    "PrivacyRequestList",
    "PrivacyRequestsAPI",
    "RequestCoverage",
    "RequestEvent",
    "RequestPerson",
    "RequestState",
    "RequestType",
    "verify_export",
]

CHUNK = 256 * 1024


class RequestType(StrEnum):
    ACCESS = "access"
    CORRECTION = "correction"
    DELETION = "deletion"
    RESTRICTION = "restriction"
    OBJECTION = "objection"

    @property
    def needs_password(self) -> bool:
        """Access and deletion ask the requester to re-enter their password."""
        return self in (RequestType.ACCESS, RequestType.DELETION)


class RequestState(StrEnum):
    PENDING_OWNER = "pending_owner"
    APPROVED = "approved"
    DENIED = "denied"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    CANCELLED = "cancelled"

    @property
    def is_final(self) -> bool:
        return self in (RequestState.DENIED, RequestState.COMPLETED, RequestState.CANCELLED)


#: What a correction request may change.
CORRECTABLE_FIELDS = ("name", "phone", "email")


class ExportVerificationError(TicketProsError):
    """A downloaded export does not match its manifest; ``entry`` names the culprit."""

    def __init__(self, message: str, *, entry: str | None = None) -> None:
        super().__init__(message)
        self.entry = entry


def _enum(data: Any, name: str, kind: type[StrEnum], *, optional: bool = False) -> Any:
    value = field(data, name, str, optional=optional)
    if value is None:
        return None
    try:
        return kind(value)
    except ValueError:
        raise MalformedResponseError(
            S.REPLY_UNREADABLE_FIELD(name=name)
        ) from None


def _time(data: Any, name: str, *, optional: bool = False) -> datetime | None:
    value = field(data, name, str, optional=optional)
    if value is None:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        raise MalformedResponseError(
            S.REPLY_UNREADABLE_FIELD(name=name)
        ) from None


@dataclass(frozen=True)
class RequestPerson:
    id: str
    name: str
    email: str
    deleted: bool

    @classmethod
    def from_json(cls, data: Any) -> RequestPerson:
        return cls(
            id=field(data, "id", str),
            name=field(data, "name", str),
            email=field(data, "email", str),
            deleted=field(data, "deleted", bool),
        )


@dataclass(frozen=True)
class RequestEvent:
    """One row of the audit trail: who moved the request, when, from what to what."""

    at: datetime
    actor: str
    actor_name: str
    from_state: RequestState | None
    to_state: RequestState
    #: A person's words, or the service's sentence (a :class:`ServiceSentence` when it sent its code).
    note: str | None

    @property
    def note_sentence(self) -> ServiceSentence | None:
        """The service's coded note (``code``, ``params``, ``text``); None for a person's note,
        an event kept before notes had codes, or an older service."""
        return service_sentence(self.note)

    @classmethod
    def from_json(cls, data: Any) -> RequestEvent:
        note = field(data, "note", str, optional=True)
        return cls(
            at=_time(data, "at"),
            actor=field(data, "actor", str),
            actor_name=field(data, "actor_name", str),
            from_state=_enum(data, "from_state", RequestState, optional=True),
            to_state=_enum(data, "to_state", RequestState),
            note=None if note is None else read_sentence(note, data.get("note_code"), data.get("note_params")),
        )


@dataclass(frozen=True)
class RequestCoverage:
    """What a request about a person covers (shown to the owner before deciding)."""

    tickets: int
    files: int
    file_bytes: int
    support_messages: int
    security_events: int
    active_sessions: int

    @classmethod
    def from_json(cls, data: Any) -> RequestCoverage:
        return cls(
            **{
                name: field(data, name, int)
                for name in (
                    "tickets",
                    "files",
                    "file_bytes",
                    "support_messages",
                    "security_events",
                    "active_sessions",
                )
            }
        )


@dataclass(frozen=True)
class PrivacyRequest:
    id: str
    type: RequestType
    state: RequestState
    routed_to: str
    requester: RequestPerson
    note: str | None
    correction_field: str | None
    correction_value: str | None
    delete_tickets: bool
    decision_reason: str | None
    created_at: datetime
    updated_at: datetime
    due_at: datetime
    overdue: bool
    extended: bool
    extension_reason: str | None
    completed_at: datetime | None
    export_available: bool
    export_size: int | None
    events: tuple[RequestEvent, ...]
    coverage: RequestCoverage | None

    @classmethod
    def from_json(cls, data: Any) -> PrivacyRequest:
        coverage = field(data, "coverage", dict, optional=True)
        return cls(
            id=field(data, "id", str),
            type=_enum(data, "type", RequestType),
            state=_enum(data, "state", RequestState),
            routed_to=field(data, "routed_to", str),
            requester=RequestPerson.from_json(field(data, "requester", dict)),
            note=field(data, "note", str, optional=True),
            correction_field=field(data, "correction_field", str, optional=True),
            correction_value=field(data, "correction_value", str, optional=True),
            delete_tickets=field(data, "delete_tickets", bool),
            decision_reason=field(data, "decision_reason", str, optional=True),
            created_at=_time(data, "created_at"),
            updated_at=_time(data, "updated_at"),
            due_at=_time(data, "due_at"),
            overdue=field(data, "overdue", bool),
            extended=field(data, "extended", bool),
            extension_reason=field(data, "extension_reason", str, optional=True),
            completed_at=_time(data, "completed_at", optional=True),
            export_available=field(data, "export_available", bool),
            export_size=field(data, "export_size", int, optional=True),
            events=tuple(RequestEvent.from_json(e) for e in field(data, "events", list)),
            coverage=RequestCoverage.from_json(coverage) if coverage is not None else None,
        )


@dataclass(frozen=True)
class PrivacyRequestList:
    items: tuple[PrivacyRequest, ...]
    #: How many of ``items`` wait for the Account Owner.
    pending: int

    @classmethod
    def from_json(cls, data: Any) -> PrivacyRequestList:
        return cls(
            items=tuple(PrivacyRequest.from_json(i) for i in field(data, "items", list)),
            pending=field(data, "pending", int),
        )


@dataclass(frozen=True)
class ExportLink:
    url: str
    expires_at: datetime

    @classmethod
    def from_json(cls, data: Any) -> ExportLink:
        url = field(data, "url", str)
        if not url.startswith(API_PREFIX + "/"):
            raise MalformedResponseError(S.REPLY_UNREADABLE_FIELD(name="url"))
        return cls(url=url, expires_at=_time(data, "expires_at"))


def _hash_member(archive: zipfile.ZipFile, name: str) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    with archive.open(name) as member:
        while chunk := member.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def verify_export(path: Path) -> dict:
    """Check an export ZIP against its manifest; returns the manifest.

    Raises :class:`ExportVerificationError` naming the first entry that is
    missing, unexpected, or whose SHA-256 or size differs.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            try:
                manifest = json.loads(archive.read("manifest.json"))
                listed = {e["path"]: e for e in manifest["entries"]}
            except KeyError:
                raise ExportVerificationError(
                    S.EXPORT_NO_MANIFEST(), entry="manifest.json"
                ) from None
            except (ValueError, TypeError):
                raise ExportVerificationError(
                    S.EXPORT_BAD_MANIFEST(), entry="manifest.json"
                ) from None
            present = [n for n in archive.namelist() if n != "manifest.json"]
            for name in present:
                if name not in listed:
                    raise ExportVerificationError(
                        S.EXPORT_UNLISTED(name=name), entry=name
                    )
            for name, entry in listed.items():
                if name not in present:
                    raise ExportVerificationError(S.EXPORT_MISSING(name=name), entry=name)
                try:
                    sha, size = _hash_member(archive, name)
                except zipfile.BadZipFile:
                    raise ExportVerificationError(S.EXPORT_DAMAGED(name=name), entry=name) from None
                if sha != entry.get("sha256") or size != entry.get("size"):
                    raise ExportVerificationError(S.EXPORT_CHECKSUM(name=name), entry=name)
            return manifest
    except zipfile.BadZipFile:
        raise ExportVerificationError(S.EXPORT_NOT_ZIP()) from None


class PrivacyRequestsAPI(APIResource):
    """``client.privacy_requests``: privacy requests of the signed-in person (and,
    for the Account Owner, those of their team)."""

    def submit(
        self,
        type: RequestType | str,
        *,
        password: str | None = None,
        note: str | None = None,
        field: str | None = None,
        value: str | None = None,
    ) -> PrivacyRequest:
        """File a request. Access and deletion need ``password``; correction
        needs ``field`` (name, phone or email) and the new ``value``."""
        body: dict[str, Any] = {"type": str(RequestType(type))}
        for key, item in (("password", password), ("note", note), ("field", field), ("value", value)):
            if item is not None:
                body[key] = item
        return PrivacyRequest.from_json(self._post_json("/privacy-requests", body))

    def list(self, *, approvals: bool = False) -> PrivacyRequestList:
        """My requests, newest first; ``approvals=True`` (owners): the team's requests."""
        data = self._get_json(
            "/privacy-requests", params={"view": "approvals" if approvals else "mine"}
        )
        return PrivacyRequestList.from_json(data)

    def get(self, request_id: str) -> PrivacyRequest:
        return PrivacyRequest.from_json(self._get_json(f"/privacy-requests/{request_id}"))

    def cancel(self, request_id: str) -> PrivacyRequest:
        return PrivacyRequest.from_json(self._post_json(f"/privacy-requests/{request_id}/cancel"))

    def approve(
        self, request_id: str, *, note: str | None = None, delete_tickets: bool = False
    ) -> PrivacyRequest:
        """Approve (Account Owner). The service fulfils it before answering."""
        return PrivacyRequest.from_json(
            self._post_json(
                f"/privacy-requests/{request_id}/approve", {"note": note, "delete_tickets": delete_tickets}
            )
        )

    def deny(self, request_id: str, reason: str) -> PrivacyRequest:
        return PrivacyRequest.from_json(
            self._post_json(f"/privacy-requests/{request_id}/deny", {"reason": reason})
        )

    def extend(self, request_id: str, *, days: int, reason: str) -> PrivacyRequest:
        """Extend the deadline once by up to 60 days; the requester sees ``reason``."""
        return PrivacyRequest.from_json(
            self._post_json(f"/privacy-requests/{request_id}/extend", {"days": days, "reason": reason})
        )

    def export_link(self, request_id: str) -> ExportLink:
        return ExportLink.from_json(self._post_json(f"/privacy-requests/{request_id}/export-link"))

    def download(
        self, request_id: str, destination: Path, progress: Callable[[int, int | None], None] | None = None
    ) -> Path:
        """Download and verify my access export; returns ``destination``.

        ``progress(received_bytes, total_bytes_or_None)`` is called as data
        arrives. An expired link is re-issued once.
        """
        destination = Path(destination)
        destination.parent.mkdir(parents=True, exist_ok=True)
        partial = destination.with_name(f".{destination.name}.part")
        try:
            for attempt in range(2):
                link = self.export_link(request_id)
                try:
                    self._fetch(link, partial, progress)
                    break
                except APIStatusError as exc:
                    if exc.status != 410 or exc.code != "link_expired" or attempt:
                        raise
            verify_export(partial)
            os.replace(partial, destination)
        finally:
            partial.unlink(missing_ok=True)
        return destination

    def _fetch(self, link: ExportLink, partial: Path, progress) -> None:
        with self._stream(link.url.removeprefix(API_PREFIX)) as response:
            total = int(response.headers["content-length"]) if "content-length" in response.headers else None
            received = 0
            with partial.open("wb") as out:
                for chunk in response.iter_bytes(CHUNK):
                    out.write(chunk)
                    received += len(chunk)
                    if progress is not None:
                        progress(received, total)

"""What the service read from a ticket: fields with confidence and boxes, the
review state, the history of corrections, the list's totals.

::

    detail = client.tickets.get(ticket_id)
    for f in detail.fields:
        print(f.name, f.value, f"{f.confidence:.0%}", f.source, f.page, f.box)
    client.tickets.correct(ticket_id, "net_weight", "35024")
    client.tickets.mark_reviewed(ticket_id)
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from enum import StrEnum
from typing import Any

from . import _sentences as S
from ._errors import MalformedResponseError
from ._models import field
from ._service_sentences import ServiceSentence, read_sentence, service_sentence

#: The fields the service reads, in the order it lists them (and exports them).
FIELD_NAMES = ("ticket_number", "date", "vendor", "customer", "vehicle", "material", "gross_weight",
               "tare_weight", "net_weight", "weight_unit", "quantity", "quantity_unit", "total", "currency")


class FieldSource(StrEnum):
    """Where a value came from."""

    PDF_TEXT = "pdf_text"
    OCR = "ocr"
    PERSON = "person"


class HistoryKind(StrEnum):
    READ = "read"
    READ_FAILED = "read_failed"
    CORRECTED = "corrected"
    REVIEWED = "reviewed"
    #: Other tickets were merged into this one (``new_value``: their ids, comma-separated).
    MERGED = "merged"


class ExportFormat(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"


def _fraction(data: Any, name: str) -> float:
    value = data.get(name) if isinstance(data, dict) else None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
        raise MalformedResponseError(S.REPLY_UNREADABLE_FIELD(name=name))
    return float(value)


def _choice(data: Any, name: str, kind: type[StrEnum]) -> Any:
    value = field(data, name, str)
    if value not in kind._value2member_map_:
        raise MalformedResponseError(S.REPLY_UNREADABLE_FIELD(name=name))
    return kind(value)


@dataclass(frozen=True)
class FieldBox:
    """Where on its page a value is, as fractions (0..1) of the page's width and height."""

    left: float
    top: float
    right: float
    bottom: float

    @classmethod
    def from_json(cls, data: Any) -> FieldBox:
        box = cls(*(_fraction(data, side) for side in ("left", "top", "right", "bottom")))
        if box.right < box.left or box.bottom < box.top:
            raise MalformedResponseError(S.REPLY_UNREADABLE_FIELD(name="box"))
        return box


@dataclass(frozen=True)
class TicketField:
    """One value read from (or given to) a ticket."""

    name: str
    value: str
    #: How sure the service is, 0..1 (1 for a value a person gave).
    confidence: float
    source: FieldSource
    #: The page (1-based) and the box the value was read from, if known.
    page: int | None
    box: FieldBox | None
    #: As printed on the page, before normalising.
    raw: str | None
    #: A person changed this value at least once (see the history).
    corrected: bool

    @classmethod
    def from_json(cls, data: Any) -> TicketField:
        box = field(data, "box", dict, optional=True)
        return cls(
            name=field(data, "name", str),
            value=field(data, "value", str),
            confidence=_fraction(data, "confidence"),
            source=_choice(data, "source", FieldSource),
            page=field(data, "page", int, optional=True),
            box=FieldBox.from_json(box) if box is not None else None,
            raw=field(data, "raw", str, optional=True),
            corrected=field(data, "corrected", bool),
        )


@dataclass(frozen=True)
class ReviewIssue:
    """Why a ticket needs a person's look: ``code`` (low_confidence, net_mismatch, …),
    a sentence (a :class:`ServiceSentence` when the service coded it), and the fields concerned."""

    code: str
    message: str
    fields: tuple[str, ...]

    @property
    def sentence(self) -> ServiceSentence | None:
        """The coded sentence (``code``, ``params``, ``text``); None from a service that sent no code."""
        return service_sentence(self.message)

    @classmethod
    def from_json(cls, data: Any) -> ReviewIssue:
        names = field(data, "fields", list)
        if not all(isinstance(n, str) for n in names):
            raise MalformedResponseError(S.REPLY_UNREADABLE_FIELD(name="fields"))
        return cls(code=field(data, "code", str), message=read_sentence(field(data, "message", str), data.get("message_code"), data.get("params")),
                   fields=tuple(names))


@dataclass(frozen=True)
class ReviewState:
    #: The ticket is in To review (its status is ``needs_review``).
    needed: bool
    issues: tuple[ReviewIssue, ...]

    @classmethod
    def from_json(cls, data: Any) -> ReviewState:
        return cls(needed=field(data, "needed", bool),
                   issues=tuple(ReviewIssue.from_json(i) for i in field(data, "issues", list)))

    def issues_of(self, name: str) -> tuple[ReviewIssue, ...]:
        return tuple(i for i in self.issues if name in i.fields)


@dataclass(frozen=True)
class Person:
    id: str
    name: str

    @classmethod
    def from_json(cls, data: Any) -> Person:
        return cls(id=field(data, "id", str), name=field(data, "name", str))


@dataclass(frozen=True)
class HistoryEvent:
    """One thing that happened to a ticket's values. ``by`` is None for the
    service, or once that person's account was erased."""

    at: str
    kind: HistoryKind
    field: str | None
    old_value: str | None
    new_value: str | None
    by: Person | None

    @classmethod
    def from_json(cls, data: Any) -> HistoryEvent:
        by = field(data, "by", dict, optional=True)
        return cls(
            at=field(data, "at", str),
            kind=_choice(data, "kind", HistoryKind),
            field=field(data, "field", str, optional=True),
            old_value=field(data, "old_value", str, optional=True),
            new_value=field(data, "new_value", str, optional=True),
            by=Person.from_json(by) if by is not None else None,
        )

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Total:
    """A sum over every ticket a list's filters select: one field, one unit (or currency)."""

    field: str
    unit: str | None
    sum: str
    tickets: int

    @classmethod
    def from_json(cls, data: Any) -> Total:
        return cls(field=field(data, "field", str), unit=field(data, "unit", str, optional=True),
                   sum=field(data, "sum", str), tickets=field(data, "tickets", int))

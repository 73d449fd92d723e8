"""tus 1.0.0 headers: parsing and checking what a client sent.

Every refusal is a :class:`~server.errors.Malformed` with a sentence a person can read
(coded: ``server/sentences.py``). The protocol is https://tus.io/protocols/resumable-upload
(core, creation, creation-with-upload, termination and checksum extensions).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
import unicodedata
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import date

from .. import sentences as S
from ..errors import Malformed

TUS_VERSION = "1.0.0"
TUS_EXTENSIONS = "creation,creation-with-upload,termination,checksum"
OFFSET_CONTENT_TYPE = "application/offset+octet-stream"
CHECKSUM_ALGORITHMS: dict[str, Callable[[], hashlib._Hash]] = {"sha1": hashlib.sha1, "sha256": hashlib.sha256}
MAX_PAGES = 500

_KEY = re.compile(r"[A-Za-z0-9_.\-]{1,64}")
_HEX64 = re.compile(r"[0-9a-fA-F]{64}")


def bad_request(message: str, code: str = "bad_request") -> Malformed:
    return Malformed(code, message)


def parse_int_header(value: str | None, name: str) -> int:
    """A non-negative decimal integer header (``Upload-Length``, ``Upload-Offset``)."""
    if value is None:
        raise bad_request(S.TUS_HEADER_MISSING(name=name))
    value = value.strip()
    if not value.isascii() or not value.isdigit() or len(value) > 18:
        raise bad_request(S.TUS_HEADER_NOT_BYTES(name=name))
    return int(value)


@dataclass(frozen=True)
class Checksum:
    algorithm: str
    digest: bytes

    def new(self) -> hashlib._Hash:
        return CHECKSUM_ALGORITHMS[self.algorithm]()


def parse_checksum(value: str | None) -> Checksum | None:
    """``Upload-Checksum: <algorithm> <base64 digest>``."""
    if value is None:
        return None
    algorithm, _, encoded = value.strip().partition(" ")
    algorithm = algorithm.lower()
    if algorithm not in CHECKSUM_ALGORITHMS:
        raise bad_request(S.TUS_CHECKSUM_ALGORITHM(), "unsupported_checksum")
    try:
        digest = base64.b64decode(encoded.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise bad_request(S.TUS_CHECKSUM_BASE64()) from None
    if len(digest) != CHECKSUM_ALGORITHMS[algorithm]().digest_size:
        raise bad_request(S.TUS_CHECKSUM_LENGTH(algorithm=algorithm))
    return Checksum(algorithm, digest)


def parse_metadata(value: str | None) -> dict[str, str]:
    """``Upload-Metadata``: comma-separated ``key base64(value)`` pairs (value optional)."""
    pairs: dict[str, str] = {}
    if value is None or not value.strip():
        return pairs
    for item in value.split(","):
        key, _, encoded = item.strip().partition(" ")
        if not _KEY.fullmatch(key):
            raise bad_request(S.TUS_METADATA_KEY())
        if key in pairs:
            raise bad_request(S.TUS_METADATA_TWICE(key=key))
        try:
            pairs[key] = base64.b64decode(encoded.strip(), validate=True).decode("utf-8")
        except (binascii.Error, ValueError):
            raise bad_request(S.TUS_METADATA_VALUE(key=key)) from None
    return pairs


@dataclass(frozen=True)
class UploadInfo:
    """What the service keeps of ``Upload-Metadata`` (unknown keys are dropped)."""

    filename: str
    filetype: str | None
    sha256: str | None
    ticket_key: str | None
    page: int
    page_count: int
    ticket_number: str | None
    job: str | None
    ticket_date: str | None
    notes: str | None
    #: What the client's photo check found on a photo sent anyway (``blurred``, ``dark``…); None: nothing.
    quality_warning: str | None = None

    def to_json(self) -> dict:
        data = asdict(self)
        if data["quality_warning"] is None:  # as uploads made before the check kept it
            del data["quality_warning"]
        return data

    @classmethod
    def from_json(cls, data: dict) -> UploadInfo:
        return cls(**data)


def _text(raw: dict[str, str], key: str, limit: int, too_long: S.Template) -> str | None:
    value = raw.get(key)
    if value is None:
        return None
    # Control characters have no place in names or notes (line breaks in notes excepted).
    value = "".join(c for c in value if c in "\n\t" or unicodedata.category(c)[0] != "C").strip()
    if len(value) > limit:
        raise bad_request(too_long(limit=limit))
    return value or None


def _number(raw: dict[str, str], key: str, default: int, not_a_number: S.Template) -> int:
    value = raw.get(key)
    if value is None or value == "":
        return default
    if not value.isascii() or not value.isdigit() or not 1 <= int(value) <= MAX_PAGES:
        raise bad_request(not_a_number(most=MAX_PAGES))
    return int(value)


def upload_info(raw: dict[str, str]) -> UploadInfo:
    # Only the last part of a path: folders can name people ("C:\\Users\\alice\\...").
    filename = (_text(raw, "filename", 1000, S.TUS_FILENAME_TOO_LONG) or "").replace("\\", "/").rsplit("/", 1)[-1]
    # No line breaks or tabs either (notes may have them, a name may not): names are shown on one line.
    filename = "".join(c for c in filename if unicodedata.category(c)[0] != "C").strip()
    if len(filename) > 255:
        raise bad_request(S.TUS_FILENAME_TOO_LONG(limit=255))
    if filename in ("", ".", ".."):
        filename = "upload"
    sha256 = raw.get("sha256") or None
    if sha256 is not None:
        if not _HEX64.fullmatch(sha256):
            raise bad_request(S.TUS_SHA256())
        sha256 = sha256.lower()
    page = _number(raw, "page", 1, S.TUS_PAGE_NUMBER)
    page_count = _number(raw, "page_count", page, S.TUS_PAGE_COUNT)
    if page > page_count:
        raise bad_request(S.TUS_PAGE_BEYOND(page=page, page_count=page_count))
    ticket_date = raw.get("ticket_date") or None
    if ticket_date is not None:
        try:
            ticket_date = date.fromisoformat(ticket_date).isoformat()
        except ValueError:
            raise bad_request(S.TUS_TICKET_DATE()) from None
    return UploadInfo(
        filename=filename,
        filetype=_text(raw, "filetype", 100, S.TUS_FILETYPE_TOO_LONG),
        sha256=sha256,
        ticket_key=_text(raw, "ticket_key", 200, S.TUS_TICKET_KEY_TOO_LONG),
        page=page,
        page_count=page_count,
        ticket_number=_text(raw, "ticket_number", 100, S.TUS_TICKET_NUMBER_TOO_LONG),
        job=_text(raw, "job", 200, S.TUS_JOB_TOO_LONG),
        ticket_date=ticket_date,
        notes=_text(raw, "notes", 2000, S.TUS_NOTES_TOO_LONG),
        quality_warning=_quality_warning(raw),
    )


_QUALITY_WARNING = re.compile(r"[a-z][a-z_]{0,39}")


def _quality_warning(raw: dict[str, str]) -> str | None:
    value = raw.get("quality_warning") or None
    if value is not None and not _QUALITY_WARNING.fullmatch(value):
        raise bad_request(S.TUS_QUALITY_WARNING())
    return value

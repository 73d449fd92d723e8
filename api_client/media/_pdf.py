"""Checking a PDF before it leaves the machine: whole, readable, and passive.

Policy: **PDFs with active content are refused**, with a sentence saying what
was found. Ticket Pros stores paper tickets and documents so values can be
read from them; a scan or an invoice never needs any of these, while each is
a way to attack whoever opens the file later (the office downloads and opens
what drivers upload):

* JavaScript (``/JS``, ``/JavaScript``, XFA forms): runs in the reader;
* ``/Launch`` actions: start a program on the reader's computer;
* embedded files (``/EmbeddedFiles``, ``/EF``, rich media): carry any file,
  an ``.exe`` included, past the photo-or-PDF check;
* ``/SubmitForm``, ``/ImportData``, ``/GoToE``: send or pull data.

A plain ``/OpenAction`` (open at page 1, fit the window) is harmless and very
common, so it is not refused by itself; only what it leads to counts.

Encrypted PDFs are refused too: their objects cannot be inspected without
the password, and nobody could read values from them either. A PDF with other
data after its end (``%%EOF``) is refused, because that is where polyglots
hide a ZIP or a program.

The reference service applies the same policy with its own code (it never
trusts the client). We only *parse* PDFs here, with pypdf, from the trailer
through every object a reader would reach (object streams included, names
like ``/J#61vaScript`` decoded); nothing is rendered or run. pypdf bounds how
much a compressed stream may expand to.
"""

from __future__ import annotations

from pathlib import Path

from .. import _sentences as S
from ._types import PDF_DAMAGED, MediaError

_TAIL = 1024
"""``%%EOF`` must be in the last kilobyte, where readers look for it."""
_SEARCH_TAIL = 1024 * 1024
"""How far back we look for an earlier ``%%EOF`` to tell "data after the end" from "cut short"."""
MAX_OBJECTS = 200_000
"""Objects visited at most; a PDF with more is refused as too complex to check."""

DAMAGED = PDF_DAMAGED
# Short enough to fit the Uploads table's status column; the warning icon says "refused".
ENCRYPTED = S.PDF_ENCRYPTED()
TRAILING = S.PDF_TRAILING()
TOO_COMPLEX = S.PDF_TOO_COMPLEX()

# What each name means for people; the name may be a dictionary key or a value.
_ACTIVE: dict[str, str] = {
    "/JS": S.PDF_KIND_JAVASCRIPT(),
    "/JavaScript": S.PDF_KIND_JAVASCRIPT(),
    "/XFA": S.PDF_KIND_JAVASCRIPT(),
    "/Launch": S.PDF_KIND_LAUNCH(),
    "/EmbeddedFiles": S.PDF_KIND_EMBEDDED_FILES(),
    "/EmbeddedFile": S.PDF_KIND_EMBEDDED_FILES(),
    "/EF": S.PDF_KIND_EMBEDDED_FILES(),
    "/RichMedia": S.PDF_KIND_EMBEDDED_FILES(),
    "/RichMediaExecute": S.PDF_KIND_EMBEDDED_FILES(),
    "/SubmitForm": S.PDF_KIND_FORM_ACTIONS(),
    "/ImportData": S.PDF_KIND_FORM_ACTIONS(),
    "/GoToE": S.PDF_KIND_EMBEDDED_FILES(),
}


def active_content_reason(kinds: list[str]) -> str:
    return S.PDF_ACTIVE(kinds=", ".join(kinds))


def check_pdf(path: Path) -> None:
    """Raise :class:`MediaError` unless ``path`` is a complete, unencrypted PDF without active content."""
    _check_end(path)
    from pypdf import PdfReader
    from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, NameObject

    try:
        # An open file, not the path: given a path, pypdf reads the whole file into memory.
        with Path(path).open("rb") as file:
            reader = PdfReader(file, strict=False)
            if reader.is_encrypted:
                raise MediaError(ENCRYPTED)
            if len(reader.pages) < 1:
                raise MediaError(DAMAGED)
            found: list[str] = []
            seen: set[tuple[int, int]] = set()
            stack: list[object] = [reader.trailer]
            visited = 0
            while stack:
                obj = stack.pop()
                if isinstance(obj, IndirectObject):
                    key = (obj.idnum, obj.generation)
                    if key in seen:
                        continue
                    seen.add(key)
                    obj = obj.get_object()
                visited += 1
                if visited > MAX_OBJECTS:
                    raise MediaError(TOO_COMPLEX)
                if isinstance(obj, DictionaryObject):  # stream dictionaries too; stream data is not decoded
                    for name, value in obj.items():
                        _note(found, name)
                        stack.append(value)
                elif isinstance(obj, ArrayObject):
                    stack.extend(obj)
                elif isinstance(obj, NameObject):
                    _note(found, obj)
    except MediaError:
        raise
    except Exception as exc:  # whatever a hostile file makes the parser raise
        raise MediaError(DAMAGED) from exc
    if found:
        raise MediaError(active_content_reason(found))


def _note(found: list[str], name: object) -> None:
    kind = _ACTIVE.get(str(name))
    if kind is not None and kind not in found:
        found.append(kind)


def _check_end(path: Path) -> None:
    """``%%EOF`` in the last kilobyte; else say whether data follows the end or the end is missing."""
    with path.open("rb") as file:
        file.seek(0, 2)
        size = file.tell()
        file.seek(max(0, size - _SEARCH_TAIL))
        tail = file.read()
    if b"%%EOF" in tail[-_TAIL:]:
        return
    raise MediaError(TRAILING if b"%%EOF" in tail and size > _TAIL else DAMAGED)

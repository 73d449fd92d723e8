"""Turn whatever a file was called into a name that is safe to *show*.

The result is for display and for the upload's ``filename`` field only; it is
never used as a path. Bidi overrides and zero-width characters are removed as
well as control characters, because ``invoice\\u202egpj.exe`` renders as
``invoiceexe.jpg``.
"""

from __future__ import annotations

import re
import unicodedata

MAX_NAME_BYTES = 255
_FALLBACK = "untitled"
_SEPARATORS = re.compile(r"[/\\]")
_MAX_SUFFIX_BYTES = 16
_UNDECODABLE = re.compile("[\udc80-\udcff]")


def safe_display_name(name: str) -> str:
    """The base name of ``name`` without path parts or invisible characters, at most 255 UTF-8 bytes.

    Bytes that were not valid UTF-8 become U+FFFD, so such a name can still
    be shown, stored and sent (the service wants UTF-8).

    Both ``/`` and ``\\`` count as separators whatever the platform, since the
    name may have come from another system. Empty results become "untitled".
    """
    base = _SEPARATORS.split(name)[-1]
    # Bytes that were not UTF-8 (Linux names come as surrogate escapes) show as "\ufffd".
    base = _UNDECODABLE.sub("\ufffd", base)
    visible = "".join(ch for ch in unicodedata.normalize("NFC", base) if unicodedata.category(ch)[0] != "C")
    cleaned = visible.strip()
    if cleaned in ("", ".", ".."):
        return _FALLBACK
    return _truncate(cleaned)


def _truncate(name: str) -> str:
    """Cut to :data:`MAX_NAME_BYTES` on a character boundary, keeping a short extension."""
    if len(name.encode()) <= MAX_NAME_BYTES:
        return name
    stem, dot, suffix = name.rpartition(".")
    tail = dot + suffix if stem and len((dot + suffix).encode()) <= _MAX_SUFFIX_BYTES else ""
    head = name[: len(name) - len(tail)] if tail else name
    budget = MAX_NAME_BYTES - len(tail.encode())
    return head.encode()[:budget].decode(errors="ignore").rstrip() + tail

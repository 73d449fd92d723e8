"""How the app writes sizes and times as plain text, without Qt.

The command line uses all of it; the GUI uses the times (its sizes and counts
follow the user's locale: ``app.formatting``). Times from the service are
UTC; people read them in their own time zone, written the same way in the
command line and on every page: "2026-11-29 14:38".
"""

from __future__ import annotations

from datetime import datetime

#: SI units, as Finder and Files show sizes (and as Qt's DataSizeSIFormat does).
_UNITS = ("kB", "MB", "GB", "TB", "PB", "EB")


def format_size(size: float | None) -> str:
    """1536 → "1.5 kB": decimal units with one decimal, English digits (the
    command line is not translated; the GUI's ``app.formatting.format_size``
    follows the locale). The unit is chosen as Qt chooses it, so both agree."""
    if size is None:
        return ""
    size = int(size)
    if size == 1:
        return "1 byte"
    if abs(size) < 1000:
        return f"{size} bytes"
    power = min((len(str(abs(size))) - 1) // 3, len(_UNITS))
    return f"{size / 1000 ** power:,.1f} {_UNITS[power - 1]}"


def _local(moment: str | datetime | None, fmt: str) -> str:
    if moment is None or moment == "":
        return ""
    if isinstance(moment, str):
        try:
            moment = datetime.fromisoformat(moment)  # reads the service's "…Z" (Python 3.11+)
        except ValueError:
            return moment  # not a time: shown as it came rather than hidden
    return moment.astimezone().strftime(fmt)


def local_time(moment: str | datetime | None) -> str:
    """A time from the service (ISO text or datetime) in local time:
    "2026-11-29 14:38"."""
    return _local(moment, "%Y-%m-%d %H:%M")


def local_date(moment: str | datetime | None) -> str:
    """The local day of a time from the service: "2026-11-29"."""
    return _local(moment, "%Y-%m-%d")

"""How the GUI writes numbers and the service's code words for people (Qt).

One place, so every page says "1.5 MB" the same way, in the user's locale,
and every translated label is translated at the moment it is shown (the
catalogue may be installed after these modules are imported). Times, and the
command line's plain sizes, need no Qt: they are in ``app.textformat``.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from . import textformat


class Context:
    """A translation context for code outside a QObject: ``Sizes = Context("Sizes")``,
    then ``Sizes.tr("%n byte(s)", "", n)``, the call form pyside6-lupdate reads
    (with its plural forms; the variable's name is the context it records)."""

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate(self.name, text, disambiguation, n)


Sizes = Context("Sizes")


def format_size(size: float | None) -> str:
    """1536 → "1.5 kB": decimal units, as Finder and Files show them, with the
    locale's decimal separator (Qt translates the unit names)."""
    if size is None:
        return ""
    size = int(size)
    if size == 1:
        return Sizes.tr("1 byte")
    if size < 1000:
        return Sizes.tr("{count} bytes").format(count=size)
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


def format_count(count: int) -> str:
    """10000 → "10,000", grouped as the user's locale groups digits (as in
    English where no locale is set)."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return locale.toString(count)


def _locale_formats() -> QLocale | None:
    """The user's locale, or None where there is none (C): then ISO 8601."""
    locale = QLocale()
    return None if locale.language() == QLocale.Language.C else locale


def _moment(moment: str | datetime | None) -> datetime | None:
    if isinstance(moment, str):
        try:
            moment = datetime.fromisoformat(moment)  # reads the service's "…Z" (Python 3.11+)
        except ValueError:
            return None
    return moment.astimezone() if isinstance(moment, datetime) else None


def local_time(moment: str | datetime | None) -> str:
    """A time from the service, in local time, as the user's locale writes
    it ("2/12/26 14:05" in Spanish, "12/2/26 2:05 PM" in American English)."""
    locale, local = _locale_formats(), _moment(moment)
    if locale is None or local is None:
        return textformat.local_time(moment)
    value = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return locale.toString(value, QLocale.FormatType.ShortFormat)


def local_date(moment: str | datetime | None) -> str:
    """The local day of a time from the service, or a day ("2026-11-29": the
    date on a paper ticket), as the user's locale writes it."""
    if isinstance(moment, str) and len(moment) == 10:
        day = QDate.fromString(moment, "yyyy-MM-dd")
        locale = _locale_formats()
        if day.isValid() and locale is not None:
            return locale.toString(day, QLocale.FormatType.ShortFormat)
    locale, local = _locale_formats(), _moment(moment)
    if locale is None or local is None:
        return textformat.local_date(moment)
    return locale.toString(QDate(local.year, local.month, local.day), QLocale.FormatType.ShortFormat)


def humanize(code: str) -> str:
    """A service code word nobody has a label for yet: "past_due" → "Past due"."""
    return code.replace("_", " ").capitalize()


def label_for(context: str, labels: Mapping[str, str], code: str) -> str:
    """The translated label of a service code word. ``labels`` maps codes to
    source texts marked with ``QT_TRANSLATE_NOOP(context, …)``; unknown codes
    (a newer service) are shown humanized rather than hidden."""
    source = labels.get(code)
    return QCoreApplication.translate(context, source) if source else humanize(code)

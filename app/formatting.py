"""How the GUI writes numbers and the service's code words for people (Qt).

One place, so every page says "1.5 MB" the same way, in the user's locale,
and every translated label is translated at the moment it is shown (the
catalogue may be installed after these modules are imported). Times, and the
command line's plain sizes, need no Qt: they are in ``app.textformat``.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QLocale


def format_size(size: float | None) -> str:
    """1536 → "1.5 kB": decimal units, as Finder and Files show them, with the
    locale's decimal separator (Qt translates the unit names)."""
    if size is None:
        return ""
    size = int(size)
    if size == 1:
        return QCoreApplication.translate("Sizes", "1 byte")
    if size < 1000:
        return QCoreApplication.translate("Sizes", "{count} bytes").format(count=size)
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


def format_count(count: int) -> str:
    """10000 → "10,000", grouped as the user's locale groups digits (as in
    English where no locale is set)."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return locale.toString(count)


def humanize(code: str) -> str:
    """A service code word nobody has a label for yet: "past_due" → "Past due"."""
    return code.replace("_", " ").capitalize()


def label_for(context: str, labels: Mapping[str, str], code: str) -> str:
    """The translated label of a service code word. ``labels`` maps codes to
    source texts marked with ``QT_TRANSLATE_NOOP(context, …)``; unknown codes
    (a newer service) are shown humanized rather than hidden."""
    source = labels.get(code)
    return QCoreApplication.translate(context, source) if source else humanize(code)

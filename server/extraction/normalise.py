"""Dates, amounts, weights and quantities as people write them on US and European
tickets and receipts, brought to one form.

- Dates → ISO ``YYYY-MM-DD``: ``11/29/2026``, ``29.11.2026``, ``2026-11-29``,
  ``29/11/26`` (day first when the document is European), ``Nov 29, 2026``,
  ``29. November 2026``, ``29-NOV-26``.
- Numbers → a :class:`~decimal.Decimal`: ``1,234.56``, ``1.234,56``, ``1 234,56``,
  ``1'234.56``, ``47220``. A single separator followed by exactly three digits
  (``24.240``) is a thousands separator for kilograms, pounds and money and a
  decimal point for tonnes and litres, as each is written in practice.
- Units: ``kg``/``t``/``lb`` for weights (``tons``, ``tonnes``, ``lbs``, ``MT``…),
  ``l``/``gal``/``m3``/``yd3`` for volumes, ISO codes for currencies.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

# -- units ---------------------------------------------------------------------------------

WEIGHT_UNITS = {
    "kg": "kg", "kgs": "kg", "kilo": "kg", "kilos": "kg", "kilogram": "kg", "kilograms": "kg", "kilogramm": "kg",
    "t": "t", "to": "t", "tn": "t", "ton": "t", "tons": "t", "tonne": "t", "tonnes": "t", "tonnen": "t",
    "mt": "t", "st": "t",
    "lb": "lb", "lbs": "lb", "pound": "lb", "pounds": "lb", "#": "lb",
    # OCR reads the l of "lb" as I or 1 at times
    "ib": "lb", "ibs": "lb", "1b": "lb", "1bs": "lb",
}
VOLUME_UNITS = {
    "l": "l", "ltr": "l", "ltrs": "l", "litre": "l", "litres": "l", "liter": "l", "liters": "l",
    "gal": "gal", "gals": "gal", "gallon": "gal", "gallons": "gal", "g": "gal",
    "m3": "m3", "m³": "m3", "cbm": "m3", "cu.m": "m3",
    "yd3": "yd3", "yd³": "yd3", "cu yd": "yd3", "cuyd": "yd3", "cu.yd.": "yd3",
    # OCR of the superscript in "m³": "m?", "m>", "m°"
    "m?": "m3", "m>": "m3", "m°": "m3", "cu. yd": "yd3", "cu m": "m3", "cy": "yd3", "cyd": "yd3", "yds": "yd3", "yd": "yd3", "cu.yd": "yd3",
}
CURRENCY_SIGNS = {"$": "USD", "€": "EUR", "£": "GBP", "us$": "USD", "usd": "USD", "eur": "EUR", "euro": "EUR",
                  "gbp": "GBP", "chf": "CHF", "cad": "CAD", "c$": "CAD", "fr.": "CHF", "sfr": "CHF"}

#: Units whose values are written with decimals (so ``24.240 t`` is 24.24, not 24240).
_DECIMAL_UNITS = {"t", "l", "gal", "m3", "yd3"}


def weight_unit(text: str) -> str | None:
    return WEIGHT_UNITS.get(text.strip().lower().rstrip(".:"))


def volume_unit(text: str) -> str | None:
    return VOLUME_UNITS.get(text.strip().lower().rstrip(":").rstrip("."))


def currency(text: str) -> str | None:
    return CURRENCY_SIGNS.get(text.strip().lower())


# -- numbers -------------------------------------------------------------------------------

NUMBER = r"[-−]?\d{1,3}(?:[ .,'’\u202f\u00a0]\d{3})+(?:[.,]\d+)?|[-−]?\d+(?:[.,]\d+)?"
_NUMBER_RE = re.compile(rf"^(?:{NUMBER})$")


def parse_number(text: str, *, unit: str | None = None, money: bool = False) -> Decimal | None:
    """The number written as ``text``; None when it is not one. ``unit`` and
    ``money`` settle a lone separator before three digits (see the module text)."""
    text = text.strip().replace("−", "-").replace("O", "0") if _looks_numeric(text) else text.strip()
    if not _NUMBER_RE.match(text):
        return None
    sign = -1 if text.startswith("-") else 1
    text = text.lstrip("-")
    for space in (" ", "'", "’", "\u202f", "\u00a0"):
        text = text.replace(space, "")
    dots, commas = text.count("."), text.count(",")
    if dots and commas:
        decimal_sep = "." if text.rfind(".") > text.rfind(",") else ","
    elif dots + commas == 0:
        decimal_sep = None
    else:
        sep = "." if dots else ","
        head, _, tail = text.rpartition(sep)
        if dots + commas > 1:
            decimal_sep = None  # 1.234.567: only thousands
        elif len(tail) == 3 and head not in ("0", "") and not (unit in _DECIMAL_UNITS and not money):
            decimal_sep = None  # 24.240 kg, 1,234 lb, 1.234 €
        else:
            decimal_sep = sep
    if decimal_sep is None:
        digits = text.replace(".", "").replace(",", "")
    else:
        thousands = "," if decimal_sep == "." else "."
        digits = text.replace(thousands, "").replace(decimal_sep, ".")
    try:
        return sign * Decimal(digits)
    except InvalidOperation:
        return None


def _looks_numeric(text: str) -> bool:
    # OCR reads 0 as O inside numbers ("1O5"); only fix it where digits surround it.
    return bool(re.fullmatch(r"[-−]?[\dO][\dO .,'’]*", text.strip())) and any(c.isdigit() for c in text)


def plain(value: Decimal) -> str:
    """``Decimal`` as plain text without exponent or trailing zeros: 24240, 23.61, 9.5."""
    text = format(value.normalize(), "f")
    return text if "." not in text else text.rstrip("0").rstrip(".")


def money(value: Decimal) -> str:
    return format(value.quantize(Decimal("0.01")), "f")


# -- dates ---------------------------------------------------------------------------------

MONTHS = {
    # English, German, French, Spanish, Dutch, Italian abbreviations and names
    "jan": 1, "january": 1, "januar": 1, "jänner": 1, "janvier": 1, "enero": 1, "januari": 1, "gennaio": 1,
    "feb": 2, "february": 2, "februar": 2, "février": 2, "fevrier": 2, "febrero": 2, "februari": 2,
    "mar": 3, "march": 3, "mär": 3, "märz": 3, "maerz": 3, "mrz": 3, "mars": 3, "marzo": 3, "maart": 3,
    "apr": 4, "april": 4, "avril": 4, "abril": 4, "aprile": 4,
    "may": 5, "mai": 5, "mayo": 5, "mei": 5, "maggio": 5,
    "jun": 6, "june": 6, "juni": 6, "juin": 6, "junio": 6, "giugno": 6,
    "jul": 7, "july": 7, "juli": 7, "juillet": 7, "julio": 7, "luglio": 7,
    "aug": 8, "august": 8, "août": 8, "aout": 8, "agosto": 8, "augustus": 8,
    "sep": 9, "sept": 9, "september": 9, "septembre": 9, "septiembre": 9, "settembre": 9,
    "oct": 10, "okt": 10, "october": 10, "oktober": 10, "octobre": 10, "octubre": 10, "ottobre": 10,
    "nov": 11, "november": 11, "novembre": 11, "noviembre": 11,
    "dec": 12, "dez": 12, "december": 12, "dezember": 12, "décembre": 12, "decembre": 12, "diciembre": 12,
    "dicembre": 12,
}
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))

_NUMERIC_DATE = re.compile(r"(?<![\d.,/-])(\d{1,4})([./-])(\d{1,2})\2(\d{2,4})(?![\d/]|[.,]\d)")
_NAMED_DAY_FIRST = re.compile(rf"(?<!\d)(\d{{1,2}})(?:st|nd|rd|th)?\.?[ -]?({_MONTH_NAMES})\.?,?[ -]?(\d{{2,4}})(?!\d)",
                              re.IGNORECASE)
_NAMED_MONTH_FIRST = re.compile(rf"\b({_MONTH_NAMES})\.? (\d{{1,2}})(?:st|nd|rd|th)?,? (\d{{4}})(?!\d)", re.IGNORECASE)


@dataclass(frozen=True)
class FoundDate:
    value: date
    start: int
    end: int
    #: Day and month could be read the other way round (3/4/2026) and the document's convention chose.
    ambiguous: bool = False


def find_dates(text: str, *, day_first: bool | None = None) -> list[FoundDate]:
    """Every date written in ``text``, in order. ``day_first`` decides 03/04/2026
    (None: month first with ``/`` as in the US, day first with ``.`` and ``-``)."""
    found: list[FoundDate] = []
    for m in _NUMERIC_DATE.finditer(text):
        a, sep, b, c = m.group(1), m.group(2), m.group(3), m.group(4)
        parsed = _numeric(a, sep, b, c, day_first)
        if parsed:
            found.append(FoundDate(parsed[0], m.start(), m.end(), parsed[1]))
    for m in _NAMED_DAY_FIRST.finditer(text):
        d = _make(_year(m.group(3)), MONTHS[m.group(2).lower()], int(m.group(1)))
        if d:
            found.append(FoundDate(d, m.start(), m.end()))
    for m in _NAMED_MONTH_FIRST.finditer(text):
        d = _make(int(m.group(3)), MONTHS[m.group(1).lower()], int(m.group(2)))
        if d:
            found.append(FoundDate(d, m.start(), m.end()))
    found.sort(key=lambda f: f.start)
    # A named date also matches partly as another pattern; keep the first of overlapping ones.
    kept: list[FoundDate] = []
    for f in found:
        if not kept or f.start >= kept[-1].end:
            kept.append(f)
    return kept


def _numeric(a: str, sep: str, b: str, c: str, day_first: bool | None) -> tuple[date, bool] | None:
    if len(a) == 4:  # 2026-11-29, 2026/11/29
        d = _make(int(a), int(b), int(c)) if len(c) <= 2 else None
        return (d, False) if d else None
    if len(a) > 2:
        return None
    year = _year(c)
    first, second = int(a), int(b)
    if day_first is None:
        day_first = sep in ".-"
    if first > 12 >= second:
        d, ambiguous = _make(year, second, first), False
    elif second > 12 >= first:
        d, ambiguous = _make(year, first, second), False
    elif day_first:
        d, ambiguous = _make(year, second, first), first != second
    else:
        d, ambiguous = _make(year, first, second), first != second
    return (d, ambiguous) if d else None


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < 70 else 1900
    return year


def _make(year: int, month: int, day: int) -> date | None:
    if not 1900 <= year <= 2100:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None

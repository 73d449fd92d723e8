"""Fields from the words of a ticket's pages.

Words (from a PDF's text layer or from OCR) are put back into printed rows —
deskewed, and split into columns where a wide gap separates them — and each
field is looked for after the labels that tickets and receipts use for it in
English and German (and a few other European languages), on the same row or
just below. A few fields have no label on real documents: the vendor is the
name printed at the top, a fuel receipt's product is a row of its own, and a
date or an amount may stand alone.

Each value keeps the page it was found on, its box relative to the page
(0..1), how sure the reader is (the engine's confidence of its words times
how sure the label is) and the words as printed.
"""

from __future__ import annotations

import itertools
import re
import statistics
from dataclasses import dataclass, field
from decimal import Decimal

from . import normalise
from .engine import Word

FIELDS = ("ticket_number", "date", "vendor", "customer", "vehicle", "material", "gross_weight", "tare_weight",
          "net_weight", "weight_unit", "quantity", "quantity_unit", "total", "currency")


@dataclass
class Page:
    words: list[Word]
    width: float
    height: float


@dataclass
class Value:
    value: str
    confidence: float
    page: int
    box: tuple[float, float, float, float] | None
    raw: str


@dataclass
class _Segment:
    words: list[Word]
    page: int
    row: int
    text: str = ""

    def __post_init__(self) -> None:
        self.text = " ".join(w.text for w in self.words)

    @property
    def left(self) -> float:
        return self.words[0].box[0]

    def confidence(self, start: int = 0, end: int | None = None) -> float:
        words = self.words_in(start, end)
        return statistics.fmean(w.confidence for w in words) if words else 0.0

    def words_in(self, start: int = 0, end: int | None = None) -> list[Word]:
        """Words overlapping the characters ``start:end`` of ``text``."""
        end = len(self.text) if end is None else end
        out, pos = [], 0
        for w in self.words:
            if pos < end and pos + len(w.text) > start:
                out.append(w)
            pos += len(w.text) + 1
        return out


@dataclass
class _Doc:
    pages: list[Page]
    rows: list[list[_Segment]] = field(default_factory=list)  # in reading order, each row's segments left→right
    european: bool = False


# -- rows ----------------------------------------------------------------------------------


def _rows(page_index: int, page: Page) -> list[list[_Segment]]:
    lines: dict[tuple, list[Word]] = {}
    for w in page.words:
        lines.setdefault(w.line, []).append(w)
    if not lines:
        return []
    heights = [w.box[3] - w.box[1] for w in page.words]
    height = statistics.median(heights) if heights else 10
    slopes = []
    for words in lines.values():
        words.sort(key=lambda w: w.box[0])
        if len(words) >= 2 and words[-1].box[0] - words[0].box[0] > height * 4:
            a, b = words[0].box, words[-1].box
            slopes.append(((b[1] + b[3]) - (a[1] + a[3])) / 2 / (b[0] - a[0]))
    slope = statistics.median(slopes) if slopes else 0.0

    def level(w: Word) -> float:
        return (w.box[1] + w.box[3]) / 2 - slope * (w.box[0] + w.box[2]) / 2

    # Lines the engine read apart but printed on one row (label and value columns) are joined.
    groups: list[list[Word]] = []
    for words in sorted(lines.values(), key=lambda ws: statistics.fmean(level(w) for w in ws)):
        y = statistics.fmean(level(w) for w in words)
        for group in groups:
            gy = statistics.fmean(level(w) for w in group)
            overlaps = any(not (w.box[2] < g.box[0] or w.box[0] > g.box[2]) for w in words for g in group)
            if abs(gy - y) < height * 0.6 and not overlaps:
                group.extend(words)
                break
        else:
            groups.append(list(words))
    groups.sort(key=lambda ws: statistics.fmean(level(w) for w in ws))
    rows = []
    for number, words in enumerate(groups):
        words.sort(key=lambda w: w.box[0])
        segments, current = [], [words[0]]
        for previous, w in itertools.pairwise(words):
            if w.box[0] - previous.box[2] > height * 2.2:
                segments.append(current)
                current = []
            current.append(w)
        segments.append(current)
        rows.append([_Segment(s, page_index, number) for s in segments])
    return rows


# -- labels --------------------------------------------------------------------------------

_NO = r"(?:no\b\.?|nr\b\.?|n[ez]\b\.?|number|nummer|num\b\.?|#|n°|nº)"
#: What German, Austrian and Swiss weighbridges and depots call their ticket: Wiegeschein, Wägeschein,
#: Wiegenote, Wiegekarte, Lieferschein, Ladeschein, Lieferzettel.
_GERMAN_TICKET = r"(?:wiege|wäge|liefer|lade)(?:schein|note|karte|zettel)"
LABELS: dict[str, list[str]] = {
    "ticket_number": [
        rf"(?:scale |weigh |delivery |load |job )?ticket\s*-?\s*{_NO}?", _GERMAN_TICKET + rf"\s*-?\s*{_NO}?",
        (rf"(?:receipt|invoice|transaction|trans|tran|inv|bon|beleg|kassenbon|rechnung|quittung|job|auftrag|order|"
         rf"document|doc|ref|reference|bill|delivery|note)\s*-?\s*{_NO}"), rf"{_NO}(?=\s*:?\s*[A-Z0-9-]*\d)",
        r"receipt(?=\s*:?\s*[A-Z0-9-]*\d)", r"bon(?=\s*:?\s*\d)", r"belegnr\.?", r"ticketnr\.?",
    ],
    "date": [r"date(?:\s*/\s*time)?", r"datum", r"fecha", r"data", r"issued", r"delivery date", r"lieferdatum",
             r"wiegedatum", r"date in"],
    # Most tickets print their company at the top with no label (see _vendor); some name it.
    "vendor": [r"lieferant", r"lieferfirma", r"firma", r"supplier", r"vendor"],
    "customer": [r"customer(?: name| no\.?)?", r"sold to", r"bill to", r"client", r"kunde(?:nname)?", r"auftraggeber",
                 r"empfänger", r"abnehmer", r"account(?: name)?", r"consignee", r"klant", r"cliente"],
    "vehicle": [r"truck(?: no\.?| #| number| id)?", r"vehicle(?: no\.?| id| #)?", r"(?:amtl\. )?kennzeichen",
                r"kfz(?:-kennzeichen)?", r"fahrzeug(?:-nr\.?)?", r"lkw(?:-nr\.?)?", r"(?:license )?plate(?: no\.?)?",
                r"reg(?:istration)?\.? no\.?", r"unit(?: no\.?| #)", r"kenteken", r"camion", r"immatriculation"],
    "material": [r"material", r"product(?: code)?", r"produkt", r"artikel", r"sorte", r"description", r"mix(?: code)?",
                 r"grade", r"commodity", r"warenbezeichnung", r"ware", r"materiaal", r"produit", r"fuel type",
                 r"kraftstoff"],
    "gross_weight": [r"gross(?: weight| wt\.?)?", r"brutto(?:gewicht)?", r"vollgewicht", r"1st weight", r"erst(?:wägung|verwiegung|gewicht)",
                     r"first weight", r"weight in", r"poids brut", r"bruto(?:gewicht)?", r"lordo"],
    "tare_weight": [r"tare(?: weight| wt\.?)?", r"tara(?:gewicht)?", r"leergewicht", r"2nd weight", r"zweit(?:wägung|verwiegung|gewicht)", r"second weight",
                    r"weight out", r"poids (?:à vide|tare)", r"tarra"],
    "net_weight": [r"total net(?: weight)?", r"net(?:to)? total", r"netto gesamt", r"gesamt netto",
                   r"net(?: weight| wt\.?| tons?| lbs?)?", r"netto(?:gewicht)?", r"nett", r"poids net", r"neto(?:gewicht)?",
                   r"netto ?\(t\)"],
    "quantity": [r"qty", r"quantity", r"load qty", r"menge", r"liefermenge", r"volume", r"volumen", r"delivered",
                 r"abgabe", r"hoeveelheid", r"quantité"],
    # Not "Total Net 107.51 t" or "Total weight": a sum of weights is no amount of money.
    "total": [(r"total(?: due| sale| amount| eur| usd| \$| €| to pay| ttc)?(?!\s*(?:net|netto|weight|gewicht|tons?|"
               r"tonnes|kg|lbs?|loads?)\b)"), r"grand total", r"amount due",
              r"balance due", r"amount", r"summe(?: eur)?", r"gesamt(?:betrag|summe)?", r"zu zahlen", r"endbetrag",
              r"betrag(?: eur)?", r"montant(?: ttc)?", r"totaal", r"importe total", r"sale total"],
}
#: Labels that look like another field's but are not (checked first).
_NOT_LABELS = re.compile(r"^(?:sub ?total|zwischensumme|total (?:tax|savings|items|qty|weight)|net ?tons?\b.*\d{4,}|"
                         r"pump|säule|zapfsäule|tax|mwst|vat|ust|change|cash|rückgeld)", re.IGNORECASE)
_COMPILED = {name: [re.compile(rf"^\s*({p})(?![^\W\d_])\s*[:.#]?\s*", re.IGNORECASE) for p in patterns]
             for name, patterns in LABELS.items()}
#: Labels that are one only when their value stands in the next column ("No | 405313", "Bon | 2133").
_COLUMN_LABELS = {"ticket_number": [re.compile(rf"^\s*({p})\s*[:.#]?\s*$", re.IGNORECASE)
                                    for p in (_NO, r"receipt", r"bon", r"beleg", r"ticket", r"invoice",
                                              # "Beleg-Nr." as OCR reads it at times: "Beleg-N2", "Bon-\\"
                                              (rf"(?:beleg|bon|ticket|receipt|rechnung|auftrag|job|order|"
                                               rf"{_GERMAN_TICKET})-\S{{1,3}}"))]}
_ALL_LABELS = re.compile("(?:" + "|".join(rf"(?:{p})" for ps in LABELS.values() for p in ps) + r")(?![^\W\d_])",
                         re.IGNORECASE)
_TITLES = re.compile(r"(ticket|receipt|quittung|beleg|schein|wiegenote|wiegekarte|invoice|rechnung|record|nachweis|"
                     r"certificate|welcome|willkommen|kassenbon|bon\b|delivery|lieferung)", re.IGNORECASE)
_COMPANY = re.compile(r"\b(inc|llc|ltd|co|corp|company|gmbh|kg|ag|sa|bv|nv|srl|sas|plc|oy|ab|as)\b\.?",
                      re.IGNORECASE)
_EUROPEAN_HINTS = re.compile(r"(€|\bEUR\b|\bmwst|\bust\b|\bdatum\b|\bkunde\b|\bbrutto\b|\bnetto\b|\bsumme\b|"
                             r"\bgesamt|\bmenge\b|\bkennzeichen|\bbetrag\b|\bmontant\b|\bttc\b|\bbtw\b|\biva\b|"
                             r"\bstraße\b|str\.|\bgmbh\b|\d{1,2}\.\d{1,2}\.\d{2,4})", re.IGNORECASE)
_TAX_ROW = re.compile(r"^(?:mwst|ust|vat|tax|sales tax|steuer|gst|hst|btw|tva|iva)\b", re.IGNORECASE)
_CURRENCY_AFTER = re.compile(r"^\s?(?:€|EUR\b|USD\b|\$|£|GBP\b|CHF\b)", re.IGNORECASE)
_FUELS = re.compile(r"^(diesel(?: #?[12])?|unleaded(?: plus)?|regular|premium|super(?: e10| e5| plus)?|e10|e5|"
                    r"adblue|def|benzin|gasoline|petrol|gazole|sp95|sp98|b7|lpg|autogas|ultimate diesel)$", re.IGNORECASE)

_TICKET_TOKEN = re.compile(r"^[A-Z0-9][A-Z0-9\-/.]*\d[A-Z0-9\-/]*$|^[A-Z0-9]*\d[A-Z0-9\-/.]*$", re.IGNORECASE)
_AMOUNT = re.compile(rf"(?P<pre>US\$|C\$|[$€£])?\s?(?P<num>{normalise.NUMBER})\s?(?P<post>€|EUR|USD|\$|£|GBP|CHF)?"
                     r"(?![\d%])", re.IGNORECASE)
_MEASURE = re.compile(rf"(?P<num>{normalise.NUMBER})\s?(?P<unit>[a-zA-Z#][a-zA-Z0-9³.?>°]*(?:\s?[a-zA-Z][a-zA-Z0-9³]*)?)?")


# -- the reader ----------------------------------------------------------------------------


def parse(pages: list[Page]) -> dict[str, Value]:
    doc = _Doc(pages)
    for index, page in enumerate(pages):
        doc.rows.extend(_rows(index, page))
    whole = "\n".join(s.text for row in doc.rows for s in row)
    doc.european = len(_EUROPEAN_HINTS.findall(whole)) >= 2
    found: dict[str, Value] = {}
    _ticket_number(doc, found)
    _date(doc, found)
    _vendor(doc, found)
    for name in ("customer", "vehicle", "material"):
        _text_field(doc, found, name)
    if "material" not in found:
        _fuel_product(doc, found)
    _weights(doc, found)
    _quantity(doc, found)
    _total(doc, found)
    return found


def _value(doc: _Doc, seg: _Segment, start: int, end: int, text: str, factor: float) -> Value:
    words = seg.words_in(start, end)
    page = doc.pages[seg.page]
    box = None
    if words and page.width and page.height:
        box = (round(min(w.box[0] for w in words) / page.width, 4), round(min(w.box[1] for w in words) / page.height, 4),
               round(max(w.box[2] for w in words) / page.width, 4), round(max(w.box[3] for w in words) / page.height, 4))
    conf = seg.confidence(start, end) if words else 0.0
    return Value(text, round(max(0.0, min(1.0, conf * factor)), 3), seg.page + 1, box, seg.text[start:end].strip())


def _labelled(doc: _Doc, name: str):
    """(segment, offset where the value starts) for each row labelled as ``name``, in the order to
    try: the rest of the label's segment, then (when that rest holds no digit: nothing, a unit or a
    qualifier, as in "Zweitwägung Tara | 15,02 t" or "SUMME | EUR | 4,97") the next segments of the
    row, else the row below."""
    for r, row in enumerate(doc.rows):
        for s, seg in enumerate(row):
            if _NOT_LABELS.match(seg.text):
                continue
            for pattern in _COMPILED[name]:
                m = pattern.match(seg.text)
                if not m:
                    continue
                rest = seg.text[m.end():]
                if rest.strip():
                    yield seg, m.end()
                if s + 1 < len(row):
                    if not any(c.isdigit() for c in rest):
                        for later in row[s + 1:]:
                            yield later, 0
                elif not rest.strip() and r + 1 < len(doc.rows) and m.end() >= len(seg.text.rstrip()):
                    below = doc.rows[r + 1]
                    # the value under its label: the segment nearest the label's column
                    near = min(below, key=lambda b: abs(b.left - seg.left))
                    # not another label's row ("Invoice #" above "Pump # 12": the number is elsewhere)
                    if not _ALL_LABELS.match(near.text) and not _NOT_LABELS.match(near.text):
                        yield near, 0
                break
            else:
                if s + 1 < len(row) and any(p.match(seg.text) for p in _COLUMN_LABELS.get(name, ())):
                    yield row[s + 1], 0


def _ticket_number(doc: _Doc, found: dict[str, Value]) -> None:
    for seg, start in _labelled(doc, "ticket_number"):
        rest = seg.text[start:]
        offset = start
        for token in rest.split(" "):
            cleaned = token.strip(":#.,;")
            if cleaned and _TICKET_TOKEN.match(cleaned) and not normalise.find_dates(cleaned):
                begin = seg.text.index(cleaned, offset)
                found["ticket_number"] = _value(doc, seg, begin, begin + len(cleaned), cleaned, 0.97)
                return
            offset += len(token) + 1
            if offset - start > 3 and cleaned and not cleaned.isalpha():
                break


def _date(doc: _Doc, found: dict[str, Value]) -> None:
    day_first = True if doc.european else None
    for seg, start in _labelled(doc, "date"):
        dates = normalise.find_dates(seg.text[start:], day_first=day_first)
        if dates:
            d = dates[0]
            found["date"] = _value(doc, seg, start + d.start, start + d.end, d.value.isoformat(),
                                   0.85 if d.ambiguous and not doc.european else 0.97)
            return
    for row in doc.rows:
        for seg in row:
            dates = normalise.find_dates(seg.text, day_first=day_first)
            if dates:
                d = dates[0]
                found["date"] = _value(doc, seg, d.start, d.end, d.value.isoformat(),
                                       0.8 if d.ambiguous and not doc.european else 0.93)
                return


def _vendor(doc: _Doc, found: dict[str, Value]) -> None:
    _text_field(doc, found, "vendor")
    if "vendor" in found:
        return
    candidates = []
    for row in doc.rows[:6]:
        seg = row[0]
        if seg.page != 0:
            break
        text = seg.text.strip()
        letters = sum(c.isalpha() for c in text)
        if letters < 3 or _ALL_LABELS.match(text) or normalise.find_dates(text) or text[:1].isdigit():
            continue
        if _TITLES.search(text) and not _COMPANY.search(text):
            continue
        candidates.append(seg)
    if not candidates:
        return
    company = [s for s in candidates[:3] if _COMPANY.search(s.text)]
    seg = company[0] if company else candidates[0]
    found["vendor"] = _value(doc, seg, 0, len(seg.text), seg.text.strip(), 0.93 if company or seg is candidates[0]
                             else 0.8)


def _text_field(doc: _Doc, found: dict[str, Value], name: str) -> None:
    for seg, start in _labelled(doc, name):
        text = seg.text[start:].strip(" :")
        if len(text) >= 1 and any(c.isalnum() for c in text):
            found[name] = _value(doc, seg, start, len(seg.text), text, 0.95)
            return


def _fuel_product(doc: _Doc, found: dict[str, Value]) -> None:
    for row in doc.rows:
        seg = row[0]
        if _FUELS.match(seg.text.strip()):
            found["material"] = _value(doc, seg, 0, len(seg.text), seg.text.strip(), 0.9)
            return


def _measure(text: str, kind: str, default_unit: str | None = None):
    """(number, unit, start, end) of the first number in ``text`` with a unit of ``kind``."""
    for m in _MEASURE.finditer(text):
        unit_text = (m.group("unit") or "").strip()
        unit = (normalise.weight_unit(unit_text) if kind == "weight" else normalise.volume_unit(unit_text)) \
            if unit_text else None
        if unit is None and unit_text:
            first = unit_text.split()[0]
            unit = normalise.weight_unit(first) if kind == "weight" else normalise.volume_unit(first)
        number = normalise.parse_number(m.group("num"), unit=unit or default_unit)
        if number is None:
            continue
        end = m.end() if unit else m.end("num")
        return number, unit, m.start(), end
    return None


def _weights(doc: _Doc, found: dict[str, Value]) -> None:
    header_unit = None
    whole = " ".join(s.text for row in doc.rows for s in row)
    m = re.search(r"\((kg|t|lbs?|tons?)\)", whole, re.IGNORECASE)
    if m:
        header_unit = normalise.weight_unit(m.group(1))
    # Netto, Brutto (and net, gross) also head the tax lines of a receipt: "Netto 66,86  MwSt 12,70
    # Brutto 79,56". An amount printed with its currency is no weight, nor, on a document that prints a
    # tax line, a number with cents and no weight unit.
    taxed = any(_TAX_ROW.match(seg.text) for row in doc.rows for seg in row)
    read: dict[str, list[tuple[Decimal, str | None, Value]]] = {}
    for name in ("gross_weight", "tare_weight", "net_weight"):
        for seg, start in _labelled(doc, name):
            got = _measure(seg.text[start:], "weight", header_unit)
            if got is None:
                continue
            number, unit, a, b = got
            if unit is None and header_unit is None and (_CURRENCY_AFTER.match(seg.text[start + b:]) or
                                 (taxed and re.search(r"[.,]\d{2}$", seg.text[start + a:start + b]))):
                continue
            read.setdefault(name, []).append(
                (number, unit or header_unit, _value(doc, seg, start + a, start + b, normalise.plain(number), 0.96)))
    units = [u for entries in read.values() for _, u, _ in entries if u]
    main_unit = statistics.mode(units) if units else None
    for name, entries in read.items():
        # Prefer a value in the unit the others use (a ticket may add "Net tons" below a net in pounds).
        same = [e for e in entries if e[1] == main_unit] or entries
        number, unit, value = same[0]
        if unit is None:
            value.confidence = round(value.confidence * 0.85, 3)
        found[name] = value
    if main_unit and read:
        source = found.get("net_weight") or found.get("gross_weight") or next(iter(found.values()))
        found["weight_unit"] = Value(main_unit, source.confidence, source.page, source.box, main_unit)


def _quantity(doc: _Doc, found: dict[str, Value]) -> None:
    for seg, start in _labelled(doc, "quantity"):
        got = _measure(seg.text[start:], "volume")
        if got:
            number, unit, a, b = got
            value = _value(doc, seg, start + a, start + b, normalise.plain(number), 0.95 if unit else 0.8)
            found["quantity"] = value
            if unit:
                found["quantity_unit"] = Value(unit, value.confidence, value.page, value.box, unit)
            return
    # A fuel receipt: "48.213 GAL @ 3.899" / "52,31 l x 1,789 EUR/l"
    for row in doc.rows:
        for seg in row:
            # OCR reads a lone "l" as "1", "I" or "|" at times; before "x 1,789 EUR/l" it can only be litres.
            m = re.search(rf"({normalise.NUMBER})\s?(gal|gals|l|ltr|liter|litre|litres|1|I|\|)\.?\s*(?:x|@|\*|à)",
                          seg.text, re.IGNORECASE)
            if m:
                unit = normalise.volume_unit(m.group(2)) or "l"
                number = normalise.parse_number(m.group(1), unit=unit)
                if number is not None:
                    value = _value(doc, seg, m.start(), m.end(2), normalise.plain(number), 0.9)
                    found["quantity"] = value
                    found["quantity_unit"] = Value(unit, value.confidence, value.page, value.box, unit)
                    return


def _amount(text: str):
    for m in _AMOUNT.finditer(text):
        number = normalise.parse_number(m.group("num"), money=True)
        if number is None:
            continue
        cur = normalise.currency(m.group("pre") or m.group("post") or "")
        return number, cur, m.start(), m.end()
    return None


def _total(doc: _Doc, found: dict[str, Value]) -> None:
    best = None
    for seg, start in _labelled(doc, "total"):
        label = seg.text[:start]
        got = _amount(seg.text[start:])
        if got is None:
            continue
        number, cur, a, b = got
        if cur is None:
            cur = normalise.currency(m.group(0)) if (m := re.search(r"\b(EUR|USD|GBP|CHF)\b|[$€£]", label,
                                                                    re.IGNORECASE)) else None
        # The grand total is the largest of the totals printed (a subtotal or a line total is less).
        if best is None or number > best[0]:
            best = (number, cur, _value(doc, seg, start + a, start + b, normalise.money(number), 0.95))
    if best is None:
        # No total label read (smudged, or OCR's "Gesamibetrag"): the largest amount printed with its currency.
        for row in doc.rows:
            for seg in row:
                for m in _AMOUNT.finditer(seg.text):
                    cur = normalise.currency(m.group("pre") or m.group("post") or "")
                    number = normalise.parse_number(m.group("num"), money=True)
                    if cur and number is not None and (best is None or number > best[0]):
                        best = (number, cur, _value(doc, seg, m.start(), m.end(), normalise.money(number), 0.75))
        if best is None:
            return
    number, cur, value = best
    found["total"] = value
    if cur is None:
        whole = " ".join(s.text for row in doc.rows for s in row)
        signs = re.findall(r"\b(?:EUR|USD|GBP|CHF)\b|[$€£]", whole)
        cur = normalise.currency(statistics.mode(signs)) if signs else None
        factor = 0.9
        if cur is None:  # nothing printed says which: the currency of where the document is from, unsure
            cur, factor = ("EUR" if doc.european else "USD"), 0.6
    else:
        factor = 1.0
    if cur:
        found["currency"] = Value(cur, round(value.confidence * factor, 3), value.page, value.box, cur)


def line_amounts(pages: list[Page]) -> dict[str, Decimal]:
    """What a receipt's total should be made of: ``lines`` (the amounts printed at
    the end of the rows above the total), ``subtotal`` and ``tax`` when printed."""
    doc = _Doc(pages)
    for index, page in enumerate(pages):
        doc.rows.extend(_rows(index, page))
    out: dict[str, Decimal] = {}
    lines: list[Decimal] = []
    for row in doc.rows:
        first, last = row[0].text, row[-1].text
        if any(p.match(first) for p in _COMPILED["total"]) and not _NOT_LABELS.match(first):
            break
        if len(row) < 2:
            continue
        got = _amount(last)
        if got is None or normalise.find_dates(last):
            continue
        if re.match(r"^(sub ?total|zwischensumme)", first, re.IGNORECASE):
            out["subtotal"] = got[0]
        elif re.match(r"^netto(?:betrag|summe)?\b", first, re.IGNORECASE) and \
                re.search(r"\d[.,]\d{2}(?:\s?(?:€|EUR))?$", last.strip(), re.IGNORECASE):
            out["subtotal"] = got[0]  # a German receipt's net before its MwSt lines ("Netto 66,86")
        elif re.match(r"^(sales tax|tax|vat|mwst|ust|gst|hst)", first, re.IGNORECASE):
            out["tax"] = out.get("tax", Decimal(0)) + got[0]
        elif re.search(r"[.,]\d{2}$", re.sub(r"[\s€$A-Za-z]+$", "", last)) and not re.match(r"^\d{1,2}$", first):
            lines.append(got[0])
    if lines:
        out["lines"] = sum(lines, Decimal(0))
    return out

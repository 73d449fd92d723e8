"""Drawn documents with known values: the demo seed's tickets, and the pictures
the extraction benchmark distorts (tests/benchmarks/bench_extraction.py).

Each kind is laid out the way such documents are printed in the US or in
Europe (a weighbridge ticket of a quarry, a ready-mix delivery ticket, a fuel
receipt, a store receipt with lines, a multi-page job record), with wording,
order, fonts and sizes drawn from ``random.Random``. ``truth`` holds the values
as the service normalises them (ISO dates, plain decimals, unit and currency codes).
"""

from __future__ import annotations

import io
import math
import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from functools import cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from .normalise import money, plain

KINDS = ("scale_ticket", "delivery_ticket", "fuel_receipt", "store_receipt", "job_record")

_FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/truetype/liberation"),
              Path("/usr/share/fonts/opentype/urw-base35"), Path("/usr/share/fonts/truetype/freefont"))
_FONT_NAMES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSerif.ttf", "DejaVuSansMono.ttf",
               "LiberationSans-Regular.ttf", "LiberationMono-Regular.ttf", "LiberationSerif-Regular.ttf",
               "NimbusSans-Regular.otf", "NimbusMonoPS-Regular.otf", "NimbusRoman-Regular.otf",
               "C059-Roman.otf", "URWGothic-Book.otf", "FreeSans.ttf", "FreeMono.ttf")


@cache
def available_fonts() -> tuple[Path, ...]:
    """Font files on this machine (DejaVu comes with the Qt libraries ./dev installs)."""
    return tuple(d / n for n in _FONT_NAMES for d in _FONT_DIRS if (d / n).is_file())


@cache
def _font(path: str | None, size: int) -> ImageFont.ImageFont | ImageFont.FreeTypeFont:
    if path is None:
        return ImageFont.load_default(size)
    return ImageFont.truetype(path, size)


@dataclass
class Row:
    """One printed line: cells at fractions of the page width."""

    cells: list[tuple[float, str]]
    size: float = 1.0
    gap: float = 0.0


@dataclass
class Document:
    kind: str
    truth: dict[str, str]
    pages: list[list[Row]]
    width: int = 1000
    #: Font file and base size in pixels (None: Pillow's own font).
    font: str | None = None
    base_size: int = 26
    european: bool = False
    images: list[Image.Image] = field(default_factory=list)

    def relabel(self, name: str, value: str) -> None:
        """Print ``value`` where the document printed its ``name``."""
        old = self.truth[name]
        self.pages = [[Row([(x, text.replace(old, value)) for x, text in row.cells], row.size, row.gap)
                       for row in rows] for rows in self.pages]
        self.truth[name] = value
        self.images = []

    def render(self) -> list[Image.Image]:
        """White pages with the rows drawn in black (greyscale)."""
        if not self.images:
            self.images = [_render(rows, self.width, self.font, self.base_size) for rows in self.pages]
        return self.images

    def text_pdf(self) -> bytes:
        """The same document as a PDF with a text layer (Helvetica, one text object per cell)."""
        return _text_pdf(self.pages, self.width, self.base_size)

    def image_pdf(self, quality: int = 75) -> bytes:
        """A scanned PDF: each page a JPEG, no text layer."""
        pages = [p.convert("RGB") for p in self.render()]
        out = io.BytesIO()
        pages[0].save(out, format="PDF", save_all=True, append_images=pages[1:], resolution=150, quality=quality)
        return out.getvalue()


def _render(rows: list[Row], width: int, font: str | None, base: int) -> Image.Image:
    margin = int(width * 0.06)
    height = margin * 2 + sum(int(base * r.size * 1.6 + base * r.gap) for r in rows)
    image = Image.new("L", (width, max(height, int(width * 0.5))), 255)
    draw = ImageDraw.Draw(image)
    y = margin
    for row in rows:
        y += int(base * row.gap)
        f = _font(font, max(10, int(base * row.size)))
        for x, text in row.cells:
            if x < 0:  # right-aligned at -x
                length = draw.textlength(text, font=f)
                draw.text((int(width * -x) - length, y), text, fill=0, font=f)
            elif text == "—":
                draw.line([margin, y + base // 2, width - margin, y + base // 2], fill=90, width=2)
            else:
                draw.text((int(width * x), y), text, fill=0, font=f)
        y += int(base * row.size * 1.6)
    return image


# -- documents -----------------------------------------------------------------------------

_US_QUARRIES = ("Granite Rock Quarry Inc.", "Blue Ridge Aggregates LLC", "Prairie Sand & Gravel Co.",
                "Martin Stone Products", "Lakeside Materials Corp.", "Summit Crushed Stone Inc.")
_EU_QUARRIES = ("Kieswerk Müller GmbH", "Steinbruch Hofmann KG", "Baustoffe Weber GmbH & Co. KG",
                "Sandgrube Lindner GmbH", "Carrières du Nord SA", "Grindbedrijf Jansen BV")
_CUSTOMERS = ("Riverside Builders LLC", "Demo Hauling Co", "Hwy 7 Paving Inc.", "City of Springfield",
              "Oak Valley Construction", "Bau AG Nord", "Tiefbau Schneider GmbH", "Harbor Site Works")
_MATERIALS_US = ('3/4" Crushed Stone', "#57 Gravel", "Fill Sand", "Rip Rap", "Road Base", "Screenings",
                 "Asphalt Millings")
_MATERIALS_EU = ("Kies 0/32", "Schotter 16/32", "Sand 0/2", "Recycling 0/45", "Mineralgemisch 0/32",
                 "Splitt 2/5")
_READY_MIX = ("Northside Ready Mix", "Valley Concrete Supply", "Transportbeton Meyer GmbH", "Metro Redi-Mix Inc.")
_MIXES = ("4000 PSI Mix", "3000 PSI Pump Mix", "C25/30 XC2", "C30/37 F3", "Flowable Fill")
_STATIONS = (("SHELL", "1200 Main St", "Springfield, IL"), ("CHEVRON", "88 Harbor Blvd", "Oakland, CA"),
             ("LOVE'S TRAVEL STOP #412", "I-70 Exit 89", "Hays, KS"), ("ARAL Tankstelle", "Hauptstr. 12",
                                                                        "30159 Hannover"),
             ("TotalEnergies", "Route de Lyon", "69800 Saint-Priest"), ("Shell Station", "Industrieweg 4",
                                                                        "3542 AD Utrecht"))
_STORES = (("HOME SUPPLY CENTER", "Store #0427"), ("Ace Hardware", "Oak Valley"), ("BAUHAUS", "Filiale 612"),
           ("Hornbach Baumarkt", "Markt 104"))
_ITEMS = (("Work gloves", "12.99"), ("Tie straps 4pk", "8.49"), ("Safety vest", "14.95"), ("Tarp 10x12", "19.99"),
          ("Duct tape", "6.79"), ("Chain binder", "34.50"), ("Spray paint", "5.29"), ("Bungee cords", "9.99"))


def _ticket_no(rng: random.Random) -> str:
    style = rng.randrange(4)
    if style == 0:
        return str(rng.randrange(10000, 999999))
    if style == 1:
        return f"{rng.choice('ABDKST')}-{rng.randrange(1000, 99999)}"
    if style == 2:
        return f"{rng.randrange(2024, 2027)}-{rng.randrange(1, 99999):05d}"
    return f"{rng.choice(('WS', 'LS', 'DT'))}{rng.randrange(100000, 999999)}"


def _write_date(d: date, rng: random.Random, european: bool) -> str:
    if european:
        return rng.choice((f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day}.{d.month}.{d.year}",
                           f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}", d.isoformat()))
    names = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    return rng.choice((f"{d.month:02d}/{d.day:02d}/{d.year}", f"{d.month}/{d.day}/{d.year}",
                       f"{d.month:02d}/{d.day:02d}/{d.year % 100:02d}", d.isoformat(),
                       f"{names[d.month - 1]} {d.day}, {d.year}"))


def _group(value: int, european: bool, rng: random.Random) -> str:
    if rng.random() < 0.3:
        return str(value)
    return f"{value:,}".replace(",", "." if european else ",")


def _decimal(value: Decimal, places: int, european: bool) -> str:
    text = f"{value:,.{places}f}"
    if european:
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def _label_row(rng: random.Random, label: str, value: str, *, columns: bool) -> Row:
    if columns:
        return Row([(0.07, label), (0.40, value)])
    return Row([(0.07, f"{label}{rng.choice((':', ':', ''))} {value}")])


def make(kind: str, rng: random.Random, *, on: date | None = None, european: bool | None = None,
         font: str | None = "random") -> Document:
    """One document of ``kind`` (see ``KINDS``) drawn from ``rng``."""
    if european is None:
        european = rng.random() < 0.4
    if on is None:
        on = date(2026, 1, 1) + timedelta(days=rng.randrange(320))
    if font == "random":
        fonts = available_fonts()
        font = str(rng.choice(fonts)) if fonts else None
    maker = {"scale_ticket": _scale_ticket, "delivery_ticket": _delivery_ticket, "fuel_receipt": _fuel_receipt,
             "store_receipt": _store_receipt, "job_record": _job_record}[kind]
    doc = maker(rng, on, european)
    doc.font = font
    doc.base_size = rng.choice((22, 24, 26, 28)) if doc.width >= 900 else rng.choice((20, 22, 24))
    return doc


def _scale_ticket(rng: random.Random, on: date, eu: bool, *, net_error: int = 0) -> Document:
    vendor = rng.choice(_EU_QUARRIES if eu else _US_QUARRIES)
    number, customer = _ticket_no(rng), rng.choice(_CUSTOMERS)
    vehicle = (f"{rng.choice(('HH', 'B', 'M', 'H', 'OS'))}-{rng.choice('ABKMX')}{rng.choice('ABKMX')} "
               f"{rng.randrange(100, 9999)}") if eu else rng.choice((f"T-{rng.randrange(10, 999)}",
                                                                     f"{rng.randrange(100, 999)}", f"TRK {rng.randrange(1, 99)}"))
    material = rng.choice(_MATERIALS_EU if eu else _MATERIALS_US)
    unit = rng.choice(("kg", "kg", "t")) if eu else rng.choice(("lb", "lb", "t"))
    tare_kg = rng.randrange(9000, 16000)
    net_kg = rng.randrange(8000, 28000)
    if unit == "lb":
        tare, net = tare_kg * 2 + rng.randrange(0, 10) * 20, net_kg * 2 + rng.randrange(0, 10) * 20
        gross = tare + net
        shown = [(_group(v, False, rng) + rng.choice((" lb", " lbs", " LB"))) for v in (gross, tare, net + net_error)]
        truth_w = [str(gross), str(tare), str(net + net_error)]
    elif unit == "kg":
        tare, net = tare_kg // 20 * 20, net_kg // 20 * 20
        gross = tare + net
        shown = [_group(v, eu, rng) + " kg" for v in (gross, tare, net + net_error)]
        truth_w = [str(gross), str(tare), str(net + net_error)]
    else:
        t_tare, t_net = Decimal(tare_kg // 10) / 100, Decimal(net_kg // 10) / 100
        t_gross = t_tare + t_net
        word = rng.choice((" t", " t", " tons", " TN")) if not eu else " t"
        vals = (t_gross, t_tare, t_net + Decimal(net_error) / 100)
        shown = [_decimal(v, 2, eu) + word for v in vals]
        truth_w = [plain(v) for v in vals]
    labels = (("Brutto", "Tara", "Netto") if eu and rng.random() < 0.8 else
              rng.choice((("Gross", "Tare", "Net"), ("GROSS WEIGHT", "TARE WEIGHT", "NET WEIGHT"),
                          ("Gross Wt", "Tare Wt", "Net Wt"))))
    columns = rng.random() < 0.5
    title = rng.choice(("Wiegeschein", "WIEGESCHEIN", "Wägeschein")) if eu else rng.choice(
        ("SCALE TICKET", "Weighmaster Certificate", "WEIGH TICKET"))
    number_label = rng.choice(("Nr.", "Wiegeschein-Nr.", "Beleg-Nr.")) if eu else rng.choice(
        ("Ticket No.", "Ticket #", "TICKET NUMBER", "Ticket"))
    rows = [Row([(0.07, vendor)], size=1.35), Row([(0.07, rng.choice(("Werk Nord", "Plant 2", "Pit 14",
                                                                      "Route 9, Box 220")))], size=0.8),
            Row([(0.07, title)], size=1.2, gap=0.6)]
    head = [_label_row(rng, number_label, number, columns=columns),
            _label_row(rng, "Datum" if eu else "Date", _write_date(on, rng, eu) +
                       rng.choice(("", f"  {rng.randrange(6, 18):02d}:{rng.randrange(60):02d}")), columns=columns)]
    body = [_label_row(rng, rng.choice(("Kunde", "Auftraggeber")) if eu else rng.choice(("Customer", "Sold To")),
                       customer, columns=columns),
            _label_row(rng, rng.choice(("Kennzeichen", "Fahrzeug", "LKW")) if eu else rng.choice(
                ("Truck", "Truck No.", "Vehicle")), vehicle, columns=columns),
            _label_row(rng, rng.choice(("Material", "Sorte", "Artikel")) if eu else rng.choice(
                ("Material", "Product")), material, columns=columns)]
    rng.shuffle(body)
    weights = [Row([(0.07, labels[i]), (-0.6 if columns else 0.4, shown[i])], size=1.1) for i in range(3)]
    rows += head + body + [Row([(0.07, "—")], gap=0.3)] + weights
    if unit == "lb" and rng.random() < 0.5:
        rows.append(Row([(0.07, "Net Tons"), (-0.6 if columns else 0.4, _decimal(Decimal(int(truth_w[2])) / 2000, 2,
                                                                                  False))]))
    rows.append(Row([(0.07, rng.choice(("Unterschrift Fahrer: ________", "Weighmaster: J. Ortiz",
                                        "Deputy weighmaster ________")))], size=0.8, gap=1))
    truth = {"ticket_number": number, "date": on.isoformat(), "vendor": vendor, "customer": customer,
             "vehicle": vehicle, "material": material, "gross_weight": truth_w[0], "tare_weight": truth_w[1],
             "net_weight": truth_w[2], "weight_unit": unit}
    return Document("scale_ticket", truth, [rows], european=eu)


def _delivery_ticket(rng: random.Random, on: date, eu: bool) -> Document:
    vendor = rng.choice(_READY_MIX)
    number, customer = _ticket_no(rng), rng.choice(_CUSTOMERS)
    vehicle = str(rng.randrange(10, 400))
    product = rng.choice(_MIXES)
    unit = "m3" if eu else "yd3"
    qty = Decimal(rng.randrange(10, 110)) / 10
    qty_text = _decimal(qty, rng.choice((1, 2)), eu) + (rng.choice((" m³", " m3", " cbm")) if eu else
                                                         rng.choice((" YD3", " yd3", " CY", " cu yd")))
    columns = rng.random() < 0.5
    rows = [Row([(0.07, vendor)], size=1.4), Row([(0.07, rng.choice(("Batch plant 3", "Plant: Eastside",
                                                                      "Werk Süd")))], size=0.8),
            Row([(0.07, "Lieferschein" if eu else "DELIVERY TICKET")], size=1.2, gap=0.6),
            _label_row(rng, rng.choice(("Lieferschein-Nr.", "Nr.")) if eu else rng.choice(
                ("Ticket No.", "Delivery Ticket #", "Ticket #")), number, columns=columns),
            _label_row(rng, "Datum" if eu else "Date", _write_date(on, rng, eu), columns=columns),
            _label_row(rng, "Kunde" if eu else rng.choice(("Customer", "Sold To", "Customer Name")), customer,
                       columns=columns),
            _label_row(rng, "Baustelle" if eu else "Job", rng.choice(("Riverside pour", "Lot 14", "Halle 3")),
                       columns=columns),
            _label_row(rng, "Fahrzeug" if eu else rng.choice(("Truck", "Truck No.")), vehicle, columns=columns),
            _label_row(rng, "Sorte" if eu else rng.choice(("Product", "Mix Code")), product, columns=columns),
            _label_row(rng, "Menge" if eu else rng.choice(("Quantity", "Qty", "Load Qty")), qty_text,
                       columns=columns),
            Row([(0.07, rng.choice(("Wasserzugabe: 0 l", "Water added: 0 gal", "Slump: 4 in")))], gap=0.4),
            Row([(0.07, "Received by ______________")], size=0.8, gap=1)]
    truth = {"ticket_number": number, "date": on.isoformat(), "vendor": vendor, "customer": customer,
             "vehicle": vehicle, "material": product, "quantity": plain(qty), "quantity_unit": unit}
    return Document("delivery_ticket", truth, [rows], european=eu)


def _fuel_receipt(rng: random.Random, on: date, eu: bool) -> Document:
    stations = _STATIONS[3:] if eu else _STATIONS[:3]
    name, street, city = rng.choice(stations)
    volume = Decimal(rng.randrange(20000, 400000)) / 1000
    price = Decimal(rng.randrange(1400, 2100 if eu else 4600)) / 1000
    if not eu:
        price += Decimal(2)
    total = (volume * price).quantize(Decimal("0.01"))
    product = rng.choice(("Diesel", "DIESEL", "Unleaded", "Super E10") if eu else ("DIESEL", "Diesel #2", "UNLEADED"))
    receipt = str(rng.randrange(1000, 99999))
    cur = "EUR" if eu else "USD"
    sign = "€" if eu else "$"
    vol_unit = "l" if eu else "gal"
    w = 0.06
    rows = [Row([(w, name)], size=1.3), Row([(w, street)], size=0.9), Row([(w, city)], size=0.9),
            Row([(w, (f"{on.day:02d}.{on.month:02d}.{on.year}" if eu else f"{on.month:02d}/{on.day:02d}/{on.year}")
                  + f" {rng.randrange(6, 22):02d}:{rng.randrange(60):02d}")], gap=0.5),
            Row([(w, rng.choice(("Beleg-Nr.", "Bon-Nr.", "Belegnr.")) if eu else rng.choice(
                ("Receipt #", "TRAN #", "Invoice #")), ), (0.55, receipt)]),
            Row([(w, ("Säule" if eu else "Pump #") + f" {rng.randrange(1, 16)}")]),
            Row([(w, product)], gap=0.5),
            Row([(w, (f"{_decimal(volume, 3, eu)} {'l' if eu else 'GAL'} x {_decimal(price, 3, eu)} "
                      f"{'EUR/l' if eu else '$/GAL'}"))]),
            Row([(w, product), (-0.94, _decimal(total, 2, eu) + (" €" if eu and rng.random() < 0.5 else ""))]),
            Row([(w, "—")]),
            Row([(w, rng.choice(("Summe EUR", "SUMME", "Gesamtbetrag")) if eu else rng.choice(("TOTAL", "Total Sale",
                                                                                            "TOTAL DUE"))),
                 (-0.94, (f"{_decimal(total, 2, eu)} €" if eu else f"{sign}{_decimal(total, 2, eu)}"))], size=1.2),
            Row([(w, "Kartenzahlung" if eu else "VISA ************4242"),
                 (-0.94, _decimal(total, 2, eu))], gap=0.4)]
    if eu:
        vat = (total - total / Decimal("1.19")).quantize(Decimal("0.01"))
        rows.append(Row([(w, "MwSt 19%"), (-0.94, _decimal(vat, 2, eu))]))
    else:
        rows.append(Row([(w, f"Vehicle: {rng.randrange(100, 999)}")], size=0.9))
    rows.append(Row([(w, "Vielen Dank!" if eu else "THANK YOU")], gap=0.6))
    truth = {"ticket_number": receipt, "date": on.isoformat(), "vendor": name, "material": product.title()
             if product.isupper() else product, "quantity": plain(volume), "quantity_unit": vol_unit,
             "total": money(total), "currency": cur}
    doc = Document("fuel_receipt", truth, [rows], width=600, european=eu)
    if product.isupper():
        doc.truth["material"] = product  # as printed
    return doc


def _store_receipt(rng: random.Random, on: date, eu: bool, *, total_error: Decimal = Decimal(0)) -> Document:
    name, branch = rng.choice(_STORES[2:] if eu else _STORES[:2])
    items = rng.sample(_ITEMS, rng.randrange(2, 5))
    w = 0.06
    rows = [Row([(w, name)], size=1.3), Row([(w, branch)], size=0.9),
            Row([(w, (f"{on.day:02d}.{on.month:02d}.{on.year}" if eu else f"{on.month}/{on.day}/{on.year}"))],
                gap=0.4),
            Row([(w, "Bon" if eu else "Receipt"), (0.45, (number := str(rng.randrange(100000, 999999))))])]
    subtotal = Decimal(0)
    for label, price in items:
        value = Decimal(price)
        subtotal += value
        rows.append(Row([(w, label), (-0.94, _decimal(value, 2, eu))]))
    tax = Decimal(0) if eu else (subtotal * Decimal("0.0725")).quantize(Decimal("0.01"))
    total = subtotal + tax + total_error
    rows.append(Row([(w, "—")]))
    if not eu:
        rows.append(Row([(w, "SUBTOTAL"), (-0.94, _decimal(subtotal, 2, eu))]))
        rows.append(Row([(w, "SALES TAX 7.25%"), (-0.94, _decimal(tax, 2, eu))]))
    rows.append(Row([(w, "SUMME" if eu else "TOTAL"), (-0.94, _decimal(total, 2, eu) + (" EUR" if eu else ""))],
                    size=1.2))
    rows.append(Row([(w, "EC-Karte" if eu else "MASTERCARD"), (-0.94, _decimal(total, 2, eu))]))
    truth = {"ticket_number": number, "date": on.isoformat(), "vendor": name, "total": money(total),
             "currency": "EUR" if eu else "USD"}
    return Document("store_receipt", truth, [rows], width=600, european=eu)


def _job_record(rng: random.Random, on: date, eu: bool) -> Document:
    vendor = rng.choice(("Demo Hauling Co", "Ortiz Trucking LLC", "Spedition Krause GmbH", "Lakeside Haulage Ltd"))
    customer = rng.choice(_CUSTOMERS)
    number = f"J-{on.year}-{rng.randrange(100, 999)}"
    material = rng.choice(_MATERIALS_EU if eu else _MATERIALS_US)
    vehicle = f"T-{rng.randrange(10, 99)}"
    loads = [Decimal(rng.randrange(1800, 2600)) / 100 for _ in range(rng.randrange(3, 7))]
    total = sum(loads)
    page1 = [Row([(0.07, vendor)], size=1.4), Row([(0.07, "Job Record" if not eu else "Auftragsnachweis")],
                                                   size=1.2, gap=0.5),
             _label_row(rng, "Job No." if not eu else "Auftrag-Nr.", number, columns=True),
             _label_row(rng, "Date" if not eu else "Datum", _write_date(on, rng, eu), columns=True),
             _label_row(rng, "Customer" if not eu else "Kunde", customer, columns=True),
             _label_row(rng, "Truck" if not eu else "Fahrzeug", vehicle, columns=True),
             _label_row(rng, "Material", material, columns=True),
             Row([(0.07, "Driver notes: loads listed on page 2." if not eu else "Fuhren siehe Seite 2.")], gap=1),
             Row([(0.07, "Page 1 of 2" if not eu else "Seite 1 von 2")], size=0.8, gap=2)]
    page2 = [Row([(0.07, "Loads" if not eu else "Fuhren")], size=1.2),
             Row([(0.07, "#"), (0.2, "Time" if not eu else "Zeit"), (-0.9, "Net (t)" if not eu else "Netto (t)")])]
    for i, load in enumerate(loads, start=1):
        page2.append(Row([(0.07, str(i)), (0.2, f"{7 + i:02d}:{rng.randrange(60):02d}"),
                          (-0.9, _decimal(load, 2, eu))]))
    page2 += [Row([(0.07, "—")]),
              Row([(0.07, "Total Net" if not eu else "Netto gesamt"), (-0.9, _decimal(total, 2, eu) + " t")], size=1.1),
              Row([(0.07, "Page 2 of 2" if not eu else "Seite 2 von 2")], size=0.8, gap=2)]
    truth = {"ticket_number": number, "date": on.isoformat(), "vendor": vendor, "customer": customer,
             "vehicle": vehicle, "material": material, "net_weight": plain(total), "weight_unit": "t"}
    return Document("job_record", truth, [page1, page2], european=eu)


def scale_ticket_with_wrong_net(rng: random.Random, on: date, european: bool = False) -> Document:
    """A scale ticket whose printed net is not gross − tare (the demo's inconsistent ticket)."""
    doc = _scale_ticket(rng, on, european, net_error=140)
    doc.font = str(available_fonts()[0]) if available_fonts() else None
    return doc


# -- PDFs with a text layer ----------------------------------------------------------------


def _pdf_escape(text: str) -> bytes:
    raw = text.encode("cp1252", "replace")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _text_pdf(pages: list[list[Row]], width_px: int, base: int) -> bytes:
    scale = 595 / width_px  # A4 width in points
    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>", b""]
    kids = []
    font_ref = 3
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    for rows in pages:
        height = int((width_px * 0.12 + sum(base * r.size * 1.6 + base * r.gap for r in rows)) * scale) + 40
        height = max(height, 300)
        y = height - width_px * 0.06 * scale
        ops = []
        for row in rows:
            y -= base * row.gap * scale
            size = base * row.size * scale
            y -= size
            for x, text in row.cells:
                if text == "—":
                    ops.append(b"0.4 G 36 %.1f m %.1f %.1f l S" % (y + size / 2, 595 - 36, y + size / 2))
                    continue
                if x < 0:  # right aligned: Helvetica is about 0.5 em per character
                    left = 595 * -x - len(text) * size * 0.52
                else:
                    left = 595 * x
                ops.append(b"BT /F1 %.1f Tf %.1f %.1f Td (%s) Tj ET" % (size, left, y, _pdf_escape(text)))
            y -= base * row.size * 0.6 * scale
        stream = b"\n".join(ops)
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
        content_ref = len(objects)
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 %d] /Contents %d 0 R"
                       b" /Resources << /Font << /F1 %d 0 R >> >> >>" % (height, content_ref, font_ref))
        kids.append(len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    body = b"%PDF-1.4\n"
    offsets = []
    for number, content in enumerate(objects, start=1):
        offsets.append(len(body))
        body += b"%d 0 obj\n%s\nendobj\n" % (number, content)
    xref = len(body)
    body += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    body += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    body += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return body


# -- how pages reach the service: scanned, photographed -----------------------------------


def scanned(page: Image.Image, rng: random.Random, *, max_angle: float = 1.0) -> Image.Image:
    """A flatbed scan: slightly turned, a little grey, a little noisy."""
    angle = rng.uniform(-max_angle, max_angle)
    out = page.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255)
    return out.point(lambda v: int(v * 0.92 + 14))


def photographed(page: Image.Image, rng: random.Random, *, blur: float = 0.0, max_angle: float = 5.0,
                 tilt: float = 0.06) -> Image.Image:
    """A phone photo of the sheet on a desk: turned up to ``max_angle`` degrees, in
    perspective (``tilt``: how far the corners move, as a fraction of the size),
    lit unevenly, slightly out of focus (``blur``, pixels), in colour."""
    from PIL import ImageFilter

    sheet = page.convert("RGB")
    w, h = sheet.size
    pad = int(max(w, h) * 0.12)
    desk = Image.new("RGB", (w + 2 * pad, h + 2 * pad), (rng.randrange(70, 120), rng.randrange(60, 100),
                                                         rng.randrange(50, 90)))
    desk.paste(sheet, (pad, pad))
    W, H = desk.size
    # Turned and in perspective in ONE resampling: the source quadrilateral is the desk's
    # rectangle turned about its centre, each corner moved by up to ``tilt``.
    angle = math.radians(rng.uniform(-max_angle, max_angle))
    cos, sin = math.cos(angle), math.sin(angle)

    def corner(x: float, y: float) -> tuple[float, float]:
        dx, dy = x - W / 2, y - H / 2
        return (W / 2 + dx * cos - dy * sin + rng.uniform(-tilt, tilt) * W,
                H / 2 + dx * sin + dy * cos + rng.uniform(-tilt, tilt) * H)

    corners = [corner(0, 0), corner(0, H), corner(W, H), corner(W, 0)]  # PIL's order: UL, LL, LR, UR
    desk = desk.transform((W, H), Image.Transform.QUAD, [c for xy in corners for c in xy],
                          resample=Image.Resampling.BILINEAR, fillcolor=desk.getpixel((0, 0)))
    # Light from one side: a gradient multiplied in.
    light = Image.linear_gradient("L").rotate(rng.choice((0, 90, 180, 270))).resize((W, H))
    light = light.point(lambda v: 175 + v * 80 // 255)
    desk = Image.composite(desk, Image.new("RGB", (W, H), 0), light.point(lambda v: v))
    if blur:
        desk = desk.filter(ImageFilter.GaussianBlur(blur))
    return desk


def jpeg(image: Image.Image, quality: int = 80) -> bytes:
    out = io.BytesIO()
    image.convert("RGB").save(out, format="JPEG", quality=quality)
    return out.getvalue()


def png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()

"""The ticket list as a file: CSV (UTF-8, ISO dates, one column per field) or an
Excel workbook, with the same filters as the list and in its order.

Rows are read in batches from a connection of the export's own (the reply is
streamed after the request's connection is closed). CSV goes out as it is
written; a workbook is written by XlsxWriter in ``constant_memory`` mode (each
row flushed to a temporary file as it is done, so memory stays flat for any
number of tickets), then streamed and removed.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from collections.abc import Iterator
from datetime import date
from decimal import Decimal

from ..auth.service import Principal
from ..config import Settings
from ..db import connect
from ..tickets.service import TicketQuery, conditions, values_of
from .parse import FIELDS

BATCH = 500
COLUMNS = ("id", "status", "uploaded_at", "uploader", "job", "notes", "pages", *FIELDS, "reviewed_at")
_NUMBERS = {"gross_weight", "tare_weight", "net_weight", "quantity", "total"}


def _rows(settings: Settings, principal: Principal, query: TicketQuery) -> Iterator[dict[str, str | None]]:
    condition, params = conditions(principal, query)
    conn = connect(settings.database)
    try:
        offset = 0
        while True:
            batch = conn.execute(
                "SELECT t.id, t.status, t.created_at, t.job, t.notes, t.reviewed_at, u.name AS uploader,"
                " (SELECT count(*) FROM ticket_files f WHERE f.ticket_id = t.id) AS pages"
                f" FROM tickets t LEFT JOIN users u ON u.id = t.uploader_id WHERE {condition}"
                " ORDER BY t.created_at DESC, t.id DESC LIMIT ? OFFSET ?", [*params, BATCH, offset]).fetchall()
            if not batch:
                return
            values = values_of(conn, [r["id"] for r in batch])
            for r in batch:
                yield {"id": r["id"], "status": r["status"], "uploaded_at": r["created_at"],
                       "uploader": r["uploader"], "job": r["job"], "notes": r["notes"], "pages": str(r["pages"]),
                       **{name: values[r["id"]].get(name) for name in FIELDS}, "reviewed_at": r["reviewed_at"]}
            offset += BATCH
    finally:
        conn.close()


def _safe(text: str | None) -> str:
    # A cell starting with = + - @ is a formula to a spreadsheet: text read from a picture must stay text.
    if text and text[0] in "=+-@\t\r":
        return "'" + text
    return text or ""


def csv_chunks(settings: Settings, principal: Principal, query: TicketQuery) -> Iterator[bytes]:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for count, row in enumerate(_rows(settings, principal, query), start=1):
        writer.writerow([row[c] or "" if c in _NUMBERS or c == "pages" else _safe(row[c]) for c in COLUMNS])
        if count % 200 == 0:
            yield buffer.getvalue().encode("utf-8")
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue().encode("utf-8")


def write_xlsx(settings: Settings, principal: Principal, query: TicketQuery) -> str:
    """The workbook in a temporary file; the caller streams and removes it."""
    import xlsxwriter

    handle, path = tempfile.mkstemp(prefix="ticket-export-", suffix=".xlsx", dir=settings.data_dir)
    os.close(handle)
    workbook = xlsxwriter.Workbook(path, {"constant_memory": True, "tmpdir": str(settings.data_dir),
                                          "strings_to_formulas": False, "strings_to_urls": False})
    try:
        sheet = workbook.add_worksheet("Tickets")
        bold = workbook.add_format({"bold": True})
        day = workbook.add_format({"num_format": "yyyy-mm-dd"})
        amount = workbook.add_format({"num_format": "#,##0.00"})
        number = workbook.add_format({"num_format": "#,##0.###"})
        for col, name in enumerate(COLUMNS):
            sheet.write_string(0, col, name, bold)
        sheet.freeze_panes(1, 0)
        for line, row in enumerate(_rows(settings, principal, query), start=1):
            for col, name in enumerate(COLUMNS):
                value = row[name]
                if value is None:
                    continue
                if name in _NUMBERS:
                    try:
                        sheet.write_number(line, col, float(Decimal(value)), amount if name == "total" else number)
                        continue
                    except ArithmeticError:
                        pass
                elif name == "date":
                    try:
                        sheet.write_datetime(line, col, _midnight(date.fromisoformat(value)), day)
                        continue
                    except ValueError:
                        pass
                elif name == "pages":
                    sheet.write_number(line, col, int(value))
                    continue
                sheet.write_string(line, col, value)
    finally:
        workbook.close()
    return path


def _midnight(d: date):
    from datetime import datetime

    return datetime(d.year, d.month, d.day)


def file_chunks(path: str, piece: int = 256 * 1024) -> Iterator[bytes]:
    try:
        with open(path, "rb") as file:
            while chunk := file.read(piece):
                yield chunk
    finally:
        os.unlink(path)

"""``ticketpros tickets list|show|download|review|correct|history|merge|export``."""

from __future__ import annotations

import argparse
import dataclasses
import os
import re
import sys
import tempfile
from datetime import date
from pathlib import Path

from api_client import FIELD_NAMES, ExportFormat, HistoryKind, TicketDetail, TicketSummary
from api_client.media import extension_for

from ..sdk_sentences import localise
from ..textformat import local_time
from ..translation import QT_TRANSLATE_NOOP
from ._common import Cli, CommandError, print_json, quality_text, signed_in_client


def register(subparsers: argparse._SubParsersAction) -> None:
    tickets = subparsers.add_parser("tickets", help=Cli.tr("list, show, download, review, correct and export tickets"))
    sub = tickets.add_subparsers(dest="tickets_command", metavar="ACTION", required=True)

    list_ = sub.add_parser("list", help=Cli.tr("list tickets, newest first"))
    list_.add_argument("--scope", choices=("mine", "organisation"),
                       help=Cli.tr("whose tickets (Account Owners see the organisation's by default)"))
    list_.add_argument("--search", help=Cli.tr("search ticket number, job, notes and file names"))
    list_.add_argument("--status", help=Cli.tr("only tickets with this status"))
    list_.add_argument("--limit", type=int, default=50, help=Cli.tr("how many (at most 200)"))
    list_.add_argument("--offset", type=int, default=0)
    list_.add_argument("--json", action="store_true")
    list_.set_defaults(func=cmd_list)

    show = sub.add_parser("show", help=Cli.tr("show one ticket: pages, details, extracted values"))
    show.add_argument("ticket_id", metavar="ID")
    show.add_argument("--json", action="store_true")
    show.set_defaults(func=cmd_show)

    download = sub.add_parser("download", help=Cli.tr("download every page of a ticket"))
    download.add_argument("ticket_id", metavar="ID")
    download.add_argument("--out", type=Path, default=Path("."), metavar="DIR", help=Cli.tr("folder to write to"))
    download.set_defaults(func=cmd_download)

    review = sub.add_parser("review", help=Cli.tr("list the tickets whose values need a person's look (To review)"))
    review.add_argument("--scope", choices=("mine", "organisation"),
                        help=Cli.tr("whose tickets (Account Owners see the organisation's by default)"))
    review.add_argument("--limit", type=int, default=50, help=Cli.tr("how many (at most 200)"))
    review.add_argument("--offset", type=int, default=0)
    review.add_argument("--json", action="store_true")
    review.set_defaults(func=cmd_review)

    correct = sub.add_parser("correct", help=Cli.tr("set one value of a ticket to what the ticket says"),
                             description="Set one value of a ticket. FIELD is one of: " + ", ".join(FIELD_NAMES)
                             + ". An empty VALUE (\"\") removes it. Old and new value are kept in the history.")
    correct.add_argument("ticket_id", metavar="ID")
    correct.add_argument("field", metavar="FIELD")
    correct.add_argument("value", metavar="VALUE")
    correct.add_argument("--reviewed", action="store_true", help=Cli.tr("then mark the ticket reviewed"))
    correct.add_argument("--json", action="store_true")
    correct.set_defaults(func=cmd_correct)

    reviewed = sub.add_parser("reviewed", help=Cli.tr("mark a ticket's values reviewed (it leaves To review)"))
    reviewed.add_argument("ticket_id", metavar="ID")
    reviewed.set_defaults(func=cmd_reviewed)

    history = sub.add_parser("history", help=Cli.tr("what happened to a ticket's values: read, corrected, reviewed"))
    history.add_argument("ticket_id", metavar="ID")
    history.add_argument("--json", action="store_true")
    history.set_defaults(func=cmd_history)

    register_merge(sub)

    export = sub.add_parser("export", help=Cli.tr("write the tickets the filters select to a CSV file or Excel workbook"))
    export.add_argument("--format", choices=[f.value for f in ExportFormat], default=None,
                        help=Cli.tr("csv or xlsx (default: from the file name, else csv)"))
    export.add_argument("--scope", choices=("mine", "organisation"),
                        help=Cli.tr("whose tickets (Account Owners export the organisation's by default)"))
    export.add_argument("--search", help=Cli.tr("search ticket number, job, notes and file names"))
    export.add_argument("--status", help=Cli.tr("only tickets with this status (needs_review: To review)"))
    export.add_argument("--from", dest="date_from", type=_iso_date, metavar="YYYY-MM-DD",
                        help=Cli.tr("tickets dated on or after this day"))
    export.add_argument("--to", dest="date_to", type=_iso_date, metavar="YYYY-MM-DD",
                        help=Cli.tr("tickets dated on or before this day"))
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE",
                        help=Cli.tr("the file to write (- for standard output)"))
    export.set_defaults(func=cmd_export)


def register_merge(sub: argparse._SubParsersAction) -> None:
    merge = sub.add_parser(
        "merge", help=Cli.tr("merge tickets into one: the others' pages follow the first ticket's"),
        description=Cli.tr("Merge tickets into the first one named: the pages of the others follow its own, in the "
        "order given, every file with its SHA-256; the others are removed. Typed details and corrected values "
        "stay; the service reads the values again from every page. The history says who merged and when."))
    merge.add_argument("ticket_ids", metavar="ID", nargs="+", help=Cli.tr("the ticket to keep first, then the others"))
    merge.add_argument("--json", action="store_true")
    merge.set_defaults(func=cmd_merge)


def cmd_merge(args: argparse.Namespace) -> int:
    if len(args.ticket_ids) < 2:
        raise CommandError(Cli.tr("Name at least two tickets to merge (the one to keep first)."))
    with signed_in_client() as client:
        ticket = client.tickets.merge(args.ticket_ids)
    if args.json:
        print_json(dataclasses.asdict(ticket))
        return 0
    print(Cli.tr("Merged %n tickets into {ticket}: {pages} pages.", "", len(args.ticket_ids) - 1).format(
        ticket=ticket.id, pages=len(ticket.files)))
    _print_detail(ticket)
    return 0


def _iso_date(text: str) -> str:
    try:
        return date.fromisoformat(text).isoformat() if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text) else _bad_date(text)
    except ValueError:
        return _bad_date(text)


def _bad_date(text: str) -> str:
    raise argparse.ArgumentTypeError(Cli.tr("'{text}' is not a date written as YYYY-MM-DD").format(text=text))


def _label(ticket: TicketSummary) -> str:
    return ticket.ticket_number or ticket.id


def cmd_list(args: argparse.Namespace) -> int:
    with signed_in_client() as client:
        page = client.tickets.list(scope=args.scope, search=args.search, status=args.status,
                                   offset=args.offset, limit=args.limit)
    if args.json:
        print_json({"items": [t.to_dict() for t in page.items], "total": page.total,
                    "offset": page.offset, "limit": page.limit})
        return 0
    if not page.items:
        print(Cli.tr("No tickets found.") if args.search or args.status else
              Cli.tr("No tickets yet. Upload one with: ticketpros upload PATH"))
        return 0
    print(f"{'ID':<24} {'NUMBER':<14} {'JOB':<14} {'PAGES':>5} {'STATUS':<10} CREATED")
    for t in page.items:
        print(f"{t.id:<24} {(t.ticket_number or '-')[:14]:<14} {(t.job or '-')[:14]:<14} "
              f"{t.page_count:>5} {t.status:<10} {local_time(t.created_at)}")
    shown_to = page.offset + len(page.items)
    if shown_to < page.total:
        print(Cli.tr("… {count} more (use --offset {offset})").format(count=page.total - shown_to, offset=shown_to))
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    with signed_in_client() as client:
        ticket = client.tickets.get(args.ticket_id)
    if args.json:
        print_json(dataclasses.asdict(ticket))
        return 0
    _print_detail(ticket)
    return 0


def _print_detail(t: TicketDetail) -> None:
    print(Cli.tr("Ticket {number}  ({status})").format(number=_label(t), status=t.status))
    for name, value in ((Cli.tr("Job"), t.job), (Cli.tr("Date"), t.ticket_date), (Cli.tr("Notes"), t.notes),
                        (Cli.tr("Uploaded by"), t.uploader.name if t.uploader else None),
                        (Cli.tr("Created"), local_time(t.created_at)), (Cli.tr("Pages"), str(t.page_count))):
        if value:
            print(f"  {name + ':':<13}{value}")
    if t.quality_warning:
        label = Cli.tr("Photo check")
        print(f"  {label + ':':<13}{quality_text(t.quality_warning)}")
    for f in t.files:
        print(f"    {f.page:>3}. {f.original_name}  ({f.mime}, " + Cli.tr("{size} bytes").format(size=f"{f.size:,}")
              + ")  " + Cli.tr("file {id}").format(id=f.id))
    if t.fields:
        print("  " + Cli.tr("Values read from it:"))
        flagged = {name for issue in t.review.issues for name in issue.fields}
        width = max(len(f.name) for f in t.fields) + 1
        for f in t.fields:
            where = Cli.tr("page {page}").format(page=f.page) if f.page else ""
            mark = "  ← " + Cli.tr("check") if f.name in flagged else ""
            print(f"    {f.name + ':':<{width}} {f.value}  ({_sureness(f.confidence, f.source)}"
                  f"{', ' + where if where else ''}){mark}")
    elif t.extracted_values:
        print("  " + Cli.tr("Extracted values:"))
        for name, value in sorted(t.extracted_values.items()):
            print(f"    {name}: {value}")
    if t.review.needed:
        print("  " + Cli.tr("To review:"))
        for issue in t.review.issues:
            print(f"    - {localise(issue.message)}" + (f" ({', '.join(issue.fields)})" if issue.fields else ""))
    elif t.reviewed_at:
        print(f"  {Cli.tr('Reviewed') + ':':<13}{local_time(t.reviewed_at)}")


def _sureness(confidence: float, source: str) -> str:
    if source == "person":
        return Cli.tr("given by a person")
    return Cli.tr("{percent} sure, {source}").format(
        percent=f"{confidence:.0%}", source=Cli.tr("PDF text") if source == "pdf_text" else "OCR")


def cmd_review(args: argparse.Namespace) -> int:
    with signed_in_client() as client:
        page = client.tickets.to_review(scope=args.scope, offset=args.offset, limit=args.limit)
        details = [client.tickets.get(t.id) for t in page.items]
    if args.json:
        print_json({"items": [{**t.to_dict(), "review": dataclasses.asdict(d.review)}
                              for t, d in zip(page.items, details, strict=True)],
                    "total": page.total, "offset": page.offset, "limit": page.limit})
        return 0
    if not page.items:
        print(Cli.tr("Nothing to review."))
        return 0
    print(f"{'ID':<24} {'NUMBER':<14} {'DATE':<10}  WHY")
    for d in details:
        why = "; ".join(localise(i.message) or "" for i in d.review.issues) or "-"
        print(f"{d.id:<24} {(d.ticket_number or '-')[:14]:<14} {(d.ticket_date or '-'):<10}  {why}")
    shown_to = page.offset + len(page.items)
    if shown_to < page.total:
        print(Cli.tr("… {count} more (use --offset {offset})").format(count=page.total - shown_to, offset=shown_to))
    return 0


def cmd_correct(args: argparse.Namespace) -> int:
    if args.field not in FIELD_NAMES:
        print("ticketpros: " + Cli.tr("'{field}' is not a field of a ticket; the fields are {fields}.").format(
            field=args.field, fields=", ".join(FIELD_NAMES)), file=sys.stderr)
        return 2
    with signed_in_client() as client:
        before = client.tickets.get(args.ticket_id).field_named(args.field)
        ticket = client.tickets.correct(args.ticket_id, args.field, args.value or None)
        if args.reviewed:
            ticket = client.tickets.mark_reviewed(ticket.id)
    after = ticket.field_named(args.field)
    if args.json:
        print_json(dataclasses.asdict(ticket))
        return 0
    none = Cli.tr("(none)")
    old, new = (before.value if before else none), (after.value if after else none)
    print(Cli.tr("Ticket {number}: {field} {old} → {new}").format(number=_label(ticket), field=args.field, old=old,
                                                                   new=new) if old != new else
          Cli.tr("Ticket {number}: {field} is already {new}").format(number=_label(ticket), field=args.field, new=new))
    if args.reviewed:
        print(Cli.tr("Marked reviewed."))
    elif ticket.review.needed:
        print(Cli.tr("Still to review: {issues}").format(issues="; ".join(localise(i.message) or "" for i in ticket.review.issues)))
    return 0


def cmd_reviewed(args: argparse.Namespace) -> int:
    with signed_in_client() as client:
        ticket = client.tickets.mark_reviewed(args.ticket_id)
    print(Cli.tr("Ticket {number} marked reviewed.").format(number=_label(ticket)))
    return 0


_EVENT_TEXT = {HistoryKind.READ: QT_TRANSLATE_NOOP("Cli", "read by the service"),
               HistoryKind.READ_FAILED: QT_TRANSLATE_NOOP("Cli", "could not be read"),
               HistoryKind.REVIEWED: QT_TRANSLATE_NOOP("Cli", "marked reviewed")}


def cmd_history(args: argparse.Namespace) -> int:
    with signed_in_client() as client:
        events = client.tickets.history(args.ticket_id)
    if args.json:
        print_json({"events": [e.to_dict() for e in events]})
        return 0
    if not events:
        print(Cli.tr("Nothing has happened to this ticket's values yet."))
    none = Cli.tr("(none)")
    for e in events:
        who = e.by.name if e.by else (Cli.tr("the service") if e.kind in (HistoryKind.READ, HistoryKind.READ_FAILED)
                                      else Cli.tr("a former user"))
        if e.kind is HistoryKind.CORRECTED:
            what = f"{e.field}: {e.old_value or none} → {e.new_value or none}"
        elif e.kind is HistoryKind.MERGED:
            what = Cli.tr("merged with {tickets}").format(tickets=e.new_value)
        else:
            what = Cli.tr(_EVENT_TEXT[e.kind]) if e.kind in _EVENT_TEXT else e.kind
        print(f"{local_time(e.at)}  {what}  ({who})")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    out: Path = args.output
    to_stdout = str(out) == "-"
    fmt = args.format or ("xlsx" if out.suffix.lower() == ".xlsx" else "csv")
    if to_stdout and fmt == "xlsx" and sys.stdout.isatty():
        print("ticketpros: " + Cli.tr("a workbook is not for a terminal; write it to a file with -o FILE.xlsx"),
              file=sys.stderr)
        return 2
    tty = sys.stderr.isatty()

    def progress(received: int, total: int) -> None:
        if tty:
            shown = f"{received / total:4.0%}" if total else Cli.tr("{size} bytes").format(size=f"{received:,}")
            sys.stderr.write("\r" + Cli.tr("Exporting: {progress}").format(progress=shown))
            sys.stderr.flush()

    filters = {"scope": args.scope, "search": args.search, "status": args.status, "date_from": args.date_from,
               "date_to": args.date_to}
    with signed_in_client() as client:
        if to_stdout:
            with tempfile.TemporaryDirectory(prefix="ticketpros-export-") as folder:
                written = client.tickets.export(Path(folder) / f"export.{fmt}", format=fmt, progress=progress,
                                                **filters)
                sys.stdout.flush()
                with written.open("rb") as data:
                    while piece := data.read(256 * 1024):
                        sys.stdout.buffer.write(piece)
                sys.stdout.buffer.flush()
        else:
            if out.parent and not out.parent.is_dir():
                raise CommandError(Cli.tr("The folder {folder} does not exist.").format(folder=out.parent))
            written = client.tickets.export(out, format=fmt, progress=progress, **filters)
    if tty:
        sys.stderr.write("\r" + " " * 40 + "\r")
    if not to_stdout:
        print(f"{written} (" + Cli.tr("{size} bytes").format(size=f"{os.path.getsize(written):,}") + ")")
    return 0


def _safe(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", text).strip("._") or "ticket"


def cmd_download(args: argparse.Namespace) -> int:
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    with signed_in_client() as client:
        ticket = client.tickets.get(args.ticket_id)
        if not ticket.files:
            print("ticketpros: " + Cli.tr("ticket {number} has no pages to download yet.").format(number=_label(ticket)),
                  file=sys.stderr)
            return 1
        tty = sys.stderr.isatty()
        for f in ticket.files:
            stem = _safe(_label(ticket)) + (f"-page{f.page}" if len(ticket.files) > 1 else "")
            dest = _unique(out / (stem + extension_for(f.mime, ".bin")))

            def progress(received: int, total: int, name: str = dest.name) -> None:
                if tty and total:
                    sys.stderr.write(f"\r{name}: {received / total:4.0%}")
                    sys.stderr.flush()

            client.tickets.download(ticket.id, f.id, dest, progress=progress)
            if tty:
                sys.stderr.write("\r" + " " * 60 + "\r")
            print(dest)
    return 0


def _unique(path: Path) -> Path:
    candidate, n = path, 1
    while candidate.exists():
        candidate = path.with_name(f"{path.stem} ({n}){path.suffix}")
        n += 1
    return candidate

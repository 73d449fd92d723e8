"""``ticketpros tickets list|show|download``."""

from __future__ import annotations

import argparse
import dataclasses
import re
import sys
from pathlib import Path

from api_client import TicketDetail, TicketSummary
from api_client.media import extension_for

from ..textformat import local_time
from ._common import print_json, signed_in_client


def register(subparsers: argparse._SubParsersAction) -> None:
    tickets = subparsers.add_parser("tickets", help="list, show and download tickets")
    sub = tickets.add_subparsers(dest="tickets_command", metavar="ACTION", required=True)

    list_ = sub.add_parser("list", help="list tickets, newest first")
    list_.add_argument("--scope", choices=("mine", "organisation"),
                       help="whose tickets (Account Owners see the organisation's by default)")
    list_.add_argument("--search", help="search ticket number, job, notes and file names")
    list_.add_argument("--status", help="only tickets with this status")
    list_.add_argument("--limit", type=int, default=50, help="how many (at most 200)")
    list_.add_argument("--offset", type=int, default=0)
    list_.add_argument("--json", action="store_true")
    list_.set_defaults(func=cmd_list)

    show = sub.add_parser("show", help="show one ticket: pages, details, extracted values")
    show.add_argument("ticket_id", metavar="ID")
    show.add_argument("--json", action="store_true")
    show.set_defaults(func=cmd_show)

    download = sub.add_parser("download", help="download every page of a ticket")
    download.add_argument("ticket_id", metavar="ID")
    download.add_argument("--out", type=Path, default=Path("."), metavar="DIR", help="folder to write to")
    download.set_defaults(func=cmd_download)


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
        print("No tickets found." if args.search or args.status else
              "No tickets yet. Upload one with: ticketpros upload PATH")
        return 0
    print(f"{'ID':<24} {'NUMBER':<14} {'JOB':<14} {'PAGES':>5} {'STATUS':<10} CREATED")
    for t in page.items:
        print(f"{t.id:<24} {(t.ticket_number or '-')[:14]:<14} {(t.job or '-')[:14]:<14} "
              f"{t.page_count:>5} {t.status:<10} {local_time(t.created_at)}")
    shown_to = page.offset + len(page.items)
    if shown_to < page.total:
        print(f"… {page.total - shown_to} more (use --offset {shown_to})")
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
    print(f"Ticket {_label(t)}  ({t.status})")
    for name, value in (("Job", t.job), ("Date", t.ticket_date), ("Notes", t.notes),
                        ("Uploaded by", t.uploader.name if t.uploader else None),
                        ("Created", local_time(t.created_at))):
        if value:
            print(f"  {name + ':':<13}{value}")
    print(f"  Pages:       {t.page_count}")
    for f in t.files:
        print(f"    {f.page:>3}. {f.original_name}  ({f.mime}, {f.size:,} bytes)  file {f.id}")
    if t.extracted_values:
        print("  Extracted values:")
        for name, value in sorted(t.extracted_values.items()):
            print(f"    {name}: {value}")


def _safe(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", text).strip("._") or "ticket"


def cmd_download(args: argparse.Namespace) -> int:
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    with signed_in_client() as client:
        ticket = client.tickets.get(args.ticket_id)
        if not ticket.files:
            print(f"ticketpros: ticket {_label(ticket)} has no pages to download yet.", file=sys.stderr)
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

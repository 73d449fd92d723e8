"""``requests submit|list|show|approve|deny|cancel|extend|download``: privacy requests."""

from __future__ import annotations

import argparse
import dataclasses
import getpass
import sys
from datetime import datetime
from enum import Enum
from pathlib import Path

from api_client import CORRECTABLE_FIELDS, PrivacyRequest, RequestState, RequestType

from ..sdk_sentences import localise
from ..textformat import local_date, local_time
from ..translation import QT_TRANSLATE_NOOP
from ._common import Cli, print_json, signed_in_client

STATE_WORDS = {
    RequestState.PENDING_OWNER: QT_TRANSLATE_NOOP("Cli", "waiting for the Account Owner"),
    RequestState.APPROVED: QT_TRANSLATE_NOOP("Cli", "approved"),
    RequestState.DENIED: QT_TRANSLATE_NOOP("Cli", "denied"),
    RequestState.IN_PROGRESS: QT_TRANSLATE_NOOP("Cli", "in progress"),
    RequestState.COMPLETED: QT_TRANSLATE_NOOP("Cli", "completed"),
    RequestState.CANCELLED: QT_TRANSLATE_NOOP("Cli", "cancelled"),
}


def register(subparsers: argparse._SubParsersAction) -> None:
    group = subparsers.add_parser("requests", help=Cli.tr("privacy requests: file, follow, decide, download"))
    commands = group.add_subparsers(dest="requests_command", metavar="ACTION", required=True)

    submit = commands.add_parser("submit", help=Cli.tr("file a privacy request"))
    submit.add_argument("type", choices=[t.value for t in RequestType])
    submit.add_argument("--field", choices=CORRECTABLE_FIELDS, help=Cli.tr("correction: what to correct"))
    submit.add_argument("--value", help=Cli.tr("correction: the new value"))
    submit.add_argument("--note", help=Cli.tr("anything the Account Owner should know"))
    submit.add_argument(
        "--password-stdin",
        action="store_true",
        help=Cli.tr("access and deletion: read the password from standard input"),
    )
    submit.add_argument("--json", action="store_true")
    submit.set_defaults(func=cmd_submit)

    listing = commands.add_parser("list", help=Cli.tr("my requests (or, with --approvals, my team's)"))
    listing.add_argument("--approvals", action="store_true", help=Cli.tr("Account Owner: requests to decide on"))
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(func=cmd_list)

    for name, helptext in (("show", "one request with its history"), ("cancel", "cancel a pending request")):
        cmd = commands.add_parser(name, help=helptext)
        cmd.add_argument("id")
        cmd.add_argument("--json", action="store_true")
        cmd.set_defaults(func=cmd_show if name == "show" else cmd_cancel)

    approve = commands.add_parser("approve", help=Cli.tr("Account Owner: approve (Ticket Pros then fulfils it)"))
    approve.add_argument("id")
    approve.add_argument("--note")
    approve.add_argument(
        "--delete-tickets", action="store_true", help=Cli.tr("deletion: also delete the tickets the person uploaded")
    )
    approve.add_argument("--json", action="store_true")
    approve.set_defaults(func=cmd_approve)

    deny = commands.add_parser("deny", help=Cli.tr("Account Owner: deny, with a reason the requester sees"))
    deny.add_argument("id")
    deny.add_argument("--reason", required=True)
    deny.add_argument("--json", action="store_true")
    deny.set_defaults(func=cmd_deny)

    extend = commands.add_parser("extend", help=Cli.tr("Account Owner: extend the deadline once (up to 60 days)"))
    extend.add_argument("id")
    extend.add_argument("--days", type=int, required=True)
    extend.add_argument("--reason", required=True)
    extend.add_argument("--json", action="store_true")
    extend.set_defaults(func=cmd_extend)

    download = commands.add_parser("download", help=Cli.tr("download and verify my access export"))
    download.add_argument("id")
    download.add_argument("--output", "-o", type=Path, help=Cli.tr("where to save the ZIP (default: current folder)"))
    download.set_defaults(func=cmd_download)


def as_json(request: PrivacyRequest) -> dict:
    def plain(value):
        if isinstance(value, Enum):
            return value.value
        if isinstance(value, datetime):
            return value.isoformat()
        if isinstance(value, dict):
            return {k: plain(v) for k, v in value.items()}
        if isinstance(value, (list, tuple)):
            return [plain(v) for v in value]
        return value

    return plain(dataclasses.asdict(request))


def state_text(request: PrivacyRequest) -> str:
    text = Cli.tr(STATE_WORDS[request.state])
    return Cli.tr("{state} (OVERDUE)").format(state=text) if request.overdue else text


def _print_request(request: PrivacyRequest) -> None:
    print(f"{request.id}  " + Cli.tr("{type} request by {name}").format(type=request.type.value,
                                                                        name=request.requester.name))
    print("  " + Cli.tr("State: {state}").format(state=state_text(request)))
    print("  " + Cli.tr("Filed: {filed}    Due: {due}").format(filed=local_date(request.created_at),
                                                            due=local_date(request.due_at)))
    if request.correction_field:
        print("  " + Cli.tr("Correct {field} to: {value}").format(field=request.correction_field,
                                                                  value=request.correction_value))
    if request.note:
        print("  " + Cli.tr("Note: {note}").format(note=request.note))
    if request.extension_reason:
        print("  " + Cli.tr("Deadline extended: {reason}").format(reason=request.extension_reason))
    if request.decision_reason:
        print("  " + Cli.tr("Reason: {reason}").format(reason=request.decision_reason))
    if request.export_available:
        print("  " + Cli.tr("Export ready: {command}").format(command=f"ticketpros requests download {request.id}"))
    print("  " + Cli.tr("History:"))
    for event in request.events:
        note = f" — {localise(event.note_sentence) if event.note_sentence else event.note}" if event.note else ""
        print(f"    {local_time(event.at)}  {Cli.tr(STATE_WORDS[event.to_state])} ({event.actor_name}){note}")


def _show(request: PrivacyRequest, as_json_flag: bool) -> int:
    if as_json_flag:
        print_json(as_json(request))
    else:
        _print_request(request)
    return 0


def _read_password(from_stdin: bool) -> str:
    if from_stdin or not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    return getpass.getpass(Cli.tr("Your password (to confirm): "))


def cmd_submit(args: argparse.Namespace) -> int:
    kind = RequestType(args.type)
    if kind is RequestType.CORRECTION and (not args.field or args.value is None):
        print("ticketpros: " + Cli.tr("a correction needs --field and --value."), file=sys.stderr)
        return 2
    password = _read_password(args.password_stdin) if kind.needs_password else None
    with signed_in_client() as client:
        request = client.privacy_requests.submit(
            kind, password=password, note=args.note, field=args.field, value=args.value
        )
    if not args.json:
        print(Cli.tr("Filed; sent to Ticket Pros.") if request.routed_to == "service"
              else Cli.tr("Filed; sent to your Account Owner."))
    return _show(request, args.json)


def cmd_list(args: argparse.Namespace) -> int:
    with signed_in_client() as client:
        listing = client.privacy_requests.list(approvals=args.approvals)
    if args.json:
        print_json({"items": [as_json(r) for r in listing.items], "pending": listing.pending})
        return 0
    if not listing.items:
        print(
            Cli.tr("No requests waiting for you.")
            if args.approvals
            else Cli.tr("You have not filed any privacy request. File one with: ticketpros requests submit TYPE")
        )
        return 0
    for r in listing.items:
        who = f"  {r.requester.name}" if args.approvals else ""
        due = Cli.tr("due {date}").format(date=local_date(r.due_at))
        print(f"{r.id}  {r.type.value:<11}  {state_text(r):<32}  {due}{who}")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    with signed_in_client() as client:
        return _show(client.privacy_requests.get(args.id), args.json)


def cmd_cancel(args: argparse.Namespace) -> int:
    with signed_in_client() as client:
        return _show(client.privacy_requests.cancel(args.id), args.json)


def cmd_approve(args: argparse.Namespace) -> int:
    with signed_in_client() as client:
        return _show(
            client.privacy_requests.approve(args.id, note=args.note, delete_tickets=args.delete_tickets), args.json
        )


def cmd_deny(args: argparse.Namespace) -> int:
    with signed_in_client() as client:
        return _show(client.privacy_requests.deny(args.id, args.reason), args.json)


def cmd_extend(args: argparse.Namespace) -> int:
    with signed_in_client() as client:
        return _show(client.privacy_requests.extend(args.id, days=args.days, reason=args.reason), args.json)


def cmd_download(args: argparse.Namespace) -> int:
    target = args.output or Path.cwd() / f"ticketpros-export-{args.id}.zip"
    if target.is_dir():
        target = target / f"ticketpros-export-{args.id}.zip"
    show_progress = sys.stderr.isatty()

    def progress(received: int, total: int | None) -> None:
        if show_progress:
            shown = f"{received * 100 // total}%" if total else f"{received // 1024} KiB"
            print("\r" + Cli.tr("Downloading… {progress}").format(progress=shown), end="", file=sys.stderr, flush=True)

    with signed_in_client() as client:
        path = client.privacy_requests.download(args.id, target, progress=progress)
    if show_progress:
        print(file=sys.stderr)
    print(Cli.tr("Saved and verified (every file matches its SHA-256): {path}").format(path=path))
    return 0

"""``privacy show``: what Ticket Pros holds about me, from the command line."""

from __future__ import annotations

import argparse
import dataclasses

from ..privacy.local_data import measure
from ..textformat import format_size, local_time
from ._common import print_json, signed_in_client


def register(subparsers: argparse._SubParsersAction) -> None:
    privacy = subparsers.add_parser("privacy", help="what Ticket Pros keeps about you")
    commands = privacy.add_subparsers(dest="privacy_command", metavar="COMMAND", required=True)
    show = commands.add_parser("show", help="show the privacy dashboard")
    show.add_argument("--json", action="store_true", help="machine-readable output")
    show.set_defaults(func=cmd_show)


def cmd_show(args: argparse.Namespace) -> int:
    with signed_in_client() as client:
        inv = client.privacy.inventory()
        subs = client.privacy.subprocessors()
    local = measure()
    if args.json:
        print_json({
            "server": client.base_url,
            "inventory": dataclasses.asdict(inv),
            "subprocessors": dataclasses.asdict(subs),
            "this_computer": {
                "items": [dict(dataclasses.asdict(i), location=str(i.location)) for i in local.items],
                "pending_uploads": local.pending_uploads,
            },
        })
        return 0
    a = inv.account
    lines = [
        f"Privacy policy {inv.policy.version} (effective {inv.policy.effective_date}): "
        + ("acknowledged" if inv.policy.acknowledged else f"NOT acknowledged — what changed: {inv.policy.summary}"),
        "",
        "Account information",
        f"  Name: {a.name}", f"  Email: {a.email}", f"  Phone: {a.phone or 'not given'}",
        f"  Company: {a.company}", f"  Role: {'Account Owner' if a.role == 'owner' else 'Member'}",
        "  Password: stored as a hash only",
    ]
    lines.append("Payment information")
    if inv.payment is not None:
        p = inv.payment
        card = f"{p.card_brand or 'card'} ending in {p.card_last4}" if p.card_last4 else "no card on file"
        lines += [f"  Status: {p.payment_status}", f"  Subscription: {p.subscription_id or '—'}",
                  f"  Card: {card} (full card numbers are never stored)"]
    else:
        lines.append("  Shown to your Account Owner only.")
    lines += ["Support and communications", f"  Messages you sent: {inv.support.messages}"]
    lines.append("Customer Data" + ("" if inv.organisation_data is None else " (mine / organisation)"))
    for label, attr in (("Tickets", "tickets"), ("Images", "images"), ("Documents", "documents"),
                        ("Extracted values", "extracted_values"), ("Stored size", "bytes")):
        fmt = format_size if attr == "bytes" else str
        value = fmt(getattr(inv.my_data, attr))
        if inv.organisation_data is not None:
            value += f" / {fmt(getattr(inv.organisation_data, attr))}"
        lines.append(f"  {label}: {value}")
    u = inv.usage
    lines += ["Usage data",
              (f"  {'recorded' if u.recording else 'NOT recorded (' + ', '.join(u.flags) + ')'}; "
               f"{u.events} request(s) in the last {u.window_days} days")]
    lines += [f"  {d.device}: {d.events}" for d in u.devices]
    lines.append("Security events (recent sign-ins)")
    for e in inv.security_events:
        result = "ok" if e.success else "FAILED"
        flag = "  <- unfamiliar" if e.unfamiliar else ""
        lines.append(f"  {local_time(e.at)}  {result:6}  {e.ip or '-':15}  {e.region}  {e.device}{flag}")
    lines.append("Subprocessors")
    lines += [f"  {s.name}: {s.purpose} — {s.data_involved} ({s.location})" for s in subs.subprocessors]
    for c in subs.changes:
        status = f"object by {c.objection_deadline}" if c.open_for_objection else "closed"
        lines.append(f"  Change: {c.summary} (effective {c.effective_date}, {status})")
    r = inv.retention
    lines += ["Retention", (f"  Account status: {r.account_status}; after cancellation Customer Data is kept "
                            f"{r.min_days}–{r.max_days} days, then deleted or anonymised.")]
    lines.append("On this computer")
    for item in local.items:
        kept = "" if item.cleared else " (kept when clearing)"
        lines.append(f"  {item.label}: {format_size(item.size)} at {item.location}{kept}")
    pending = local.pending_uploads
    lines.append(f"  Files waiting to upload: {'unknown' if pending is None else pending}")
    print("\n".join(lines))
    return 0

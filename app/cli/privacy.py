"""``privacy show``: what Ticket Pros holds about me, from the command line."""

from __future__ import annotations

import argparse
import dataclasses

from ..privacy.local_data import measure
from ..textformat import format_size, local_time
from ..translation import QT_TRANSLATE_NOOP
from ._common import Cli, print_json, signed_in_client


def register(subparsers: argparse._SubParsersAction) -> None:
    privacy = subparsers.add_parser("privacy", help=Cli.tr("what Ticket Pros keeps about you"))
    commands = privacy.add_subparsers(dest="privacy_command", metavar="COMMAND", required=True)
    show = commands.add_parser("show", help=Cli.tr("show the privacy dashboard"))
    show.add_argument("--json", action="store_true", help=Cli.tr("machine-readable output"))
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
        Cli.tr("Privacy policy {version} (effective {date}): ").format(version=inv.policy.version,
                                                                  date=inv.policy.effective_date)
        + (Cli.tr("acknowledged") if inv.policy.acknowledged
           else Cli.tr("NOT acknowledged — what changed: {summary}").format(summary=inv.policy.summary)),
        "",
        Cli.tr("Account information"),
        "  " + Cli.tr("Name: {value}").format(value=a.name), "  " + Cli.tr("Email: {value}").format(value=a.email),
        "  " + Cli.tr("Phone: {value}").format(value=a.phone or Cli.tr("not given")),
        "  " + Cli.tr("Company: {value}").format(value=a.company),
        "  " + Cli.tr("Role: {value}").format(value=Cli.tr("Account Owner") if a.role == "owner" else Cli.tr("Member")),
        "  " + Cli.tr("Password: stored as a hash only"),
    ]
    lines.append(Cli.tr("Payment information"))
    if inv.payment is not None:
        p = inv.payment
        card = (Cli.tr("{brand} ending in {last4}").format(brand=p.card_brand or Cli.tr("card"), last4=p.card_last4)
                if p.card_last4 else Cli.tr("no card on file"))
        lines += ["  " + Cli.tr("Status: {value}").format(value=p.payment_status),
                  "  " + Cli.tr("Subscription: {value}").format(value=p.subscription_id or "—"),
                  "  " + Cli.tr("Card: {card} (full card numbers are never stored)").format(card=card)]
    else:
        lines.append("  " + Cli.tr("Shown to your Account Owner only."))
    lines += [Cli.tr("Support and communications"),
              "  " + Cli.tr("Messages you sent: {count}").format(count=inv.support.messages)]
    lines.append(Cli.tr("Customer Data") if inv.organisation_data is None else Cli.tr("Customer Data (mine / organisation)"))
    for label, attr in ((QT_TRANSLATE_NOOP("Cli", "Tickets"), "tickets"), (QT_TRANSLATE_NOOP("Cli", "Images"), "images"),
                        (QT_TRANSLATE_NOOP("Cli", "Documents"), "documents"),
                        (QT_TRANSLATE_NOOP("Cli", "Extracted values"), "extracted_values"),
                        (QT_TRANSLATE_NOOP("Cli", "Stored size"), "bytes")):
        fmt = format_size if attr == "bytes" else str
        value = fmt(getattr(inv.my_data, attr))
        if inv.organisation_data is not None:
            value += f" / {fmt(getattr(inv.organisation_data, attr))}"
        lines.append(f"  {Cli.tr(label)}: {value}")
    u = inv.usage
    recorded = Cli.tr("recorded") if u.recording else Cli.tr("NOT recorded ({flags})").format(flags=", ".join(u.flags))
    lines += [Cli.tr("Usage data"),
              "  " + Cli.tr("{recorded}; %n requests in the last {days} days", "", u.events).format(
                  recorded=recorded, days=u.window_days)]
    lines += [f"  {d.device}: {d.events}" for d in u.devices]
    lines.append(Cli.tr("Security events (recent sign-ins)"))
    for e in inv.security_events:
        result = Cli.tr("ok") if e.success else Cli.tr("FAILED")
        flag = "  <- " + Cli.tr("unfamiliar") if e.unfamiliar else ""
        lines.append(f"  {local_time(e.at)}  {result:6}  {e.ip or '-':15}  {e.region}  {e.device}{flag}")
    lines.append(Cli.tr("Subprocessors"))
    lines += [f"  {s.name}: {s.purpose} — {s.data_involved} ({s.location})" for s in subs.subprocessors]
    for c in subs.changes:
        status = Cli.tr("object by {date}").format(date=c.objection_deadline) if c.open_for_objection else Cli.tr("closed")
        lines.append("  " + Cli.tr("Change: {summary} (effective {date}, {status})").format(
            summary=c.summary, date=c.effective_date, status=status))
    r = inv.retention
    lines += [Cli.tr("Retention"), "  " + Cli.tr("Account status: {status}; after cancellation Customer Data is kept "
                                     "{min}–{max} days, then deleted or anonymised.").format(
                                         status=r.account_status, min=r.min_days, max=r.max_days)]
    lines.append(Cli.tr("On this computer"))
    for item in local.items:
        kept = "" if item.cleared else " " + Cli.tr("(kept when clearing)")
        lines.append("  " + Cli.tr("{what}: {size} at {where}").format(what=item.label, size=format_size(item.size),
                                                                  where=item.location) + kept)
    pending = local.pending_uploads
    lines.append("  " + Cli.tr("Files waiting to upload: {count}").format(count=Cli.tr("unknown") if pending is None else pending))
    print("\n".join(lines))
    return 0

"""Operator commands of the service (not part of the HTTP API):

    python -m server publish-policy --data-dir D --version 2025-06 --effective 2025-07-01 \\
        --summary "What changed" --text policy.txt
    python -m server subprocessor-add --data-dir D --name Acme --purpose "..." --data "..." \\
        --location "United States" --effective 2025-07-01 [--object-by 2025-06-20]
    python -m server subprocessor-remove --data-dir D --name Acme --effective 2025-07-01

They write to the service's database; running services pick the change up on
the next request (clients show the policy banner / the change notice).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from ..config import Settings, add_database_option, database_url
from ..db import connect, initialise
from . import service

COMMANDS = ("publish-policy", "subprocessor-add", "subprocessor-remove")


def _parser(default_data_dir: Path) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m server", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text)
        p.add_argument("--data-dir", type=Path, default=default_data_dir)
        add_database_option(p)
        return p

    publish = command("publish-policy", "publish a new version of the privacy policy")
    publish.add_argument("--version", required=True)
    publish.add_argument("--effective", required=True, help="effective date, YYYY-MM-DD")
    publish.add_argument("--summary", required=True, help="summary of changes shown to every user")
    publish.add_argument("--text", type=Path, required=True, help="UTF-8 text file with the full policy")

    add = command("subprocessor-add", "announce a new subprocessor")
    add.add_argument("--name", required=True)
    add.add_argument("--purpose", required=True)
    add.add_argument("--data", required=True, help="data involved")
    add.add_argument("--location", required=True)
    add.add_argument("--effective", required=True, help="date it starts, YYYY-MM-DD")
    add.add_argument("--object-by", help="objection deadline (default: the effective date)")
    add.add_argument("--summary")

    remove = command("subprocessor-remove", "announce that a subprocessor stops being used")
    remove.add_argument("--name", required=True)
    remove.add_argument("--effective", required=True)
    remove.add_argument("--object-by")
    remove.add_argument("--summary")
    return parser


def run(args: argparse.Namespace, settings: Settings) -> str:
    """Apply one parsed operator command to ``settings``' database; returns what was done."""
    initialise(settings.database)
    conn = connect(settings.database)
    try:
        actions: dict[str, Callable[[], str]] = {
            "publish-policy": lambda: (
                service.publish_policy(
                    conn, settings, version=args.version, effective_date=args.effective,
                    summary=args.summary, text=args.text.read_text("utf-8"),
                ) or f"Published privacy policy {args.version}, effective {args.effective}."
            ),
            "subprocessor-add": lambda: (
                service.add_subprocessor(
                    conn, settings, name=args.name, purpose=args.purpose, data_involved=args.data,
                    location=args.location, effective_date=args.effective, object_by=args.object_by,
                    summary=args.summary,
                ) or f"Announced subprocessor {args.name}, effective {args.effective}."
            ),
            "subprocessor-remove": lambda: (
                service.remove_subprocessor(
                    conn, settings, name=args.name, effective_date=args.effective,
                    object_by=args.object_by, summary=args.summary,
                ) or f"Announced the end of subprocessor {args.name}, effective {args.effective}."
            ),
        }
        return actions[args.command]()
    finally:
        conn.close()


def main(argv: list[str], default_data_dir: Path) -> int:
    args = _parser(default_data_dir).parse_args(argv)
    settings = Settings(data_dir=args.data_dir.resolve(), database_url=database_url(args.database_url))
    try:
        print(run(args, settings))
    except (ValueError, OSError) as exc:
        print(f"python -m server {args.command}: {exc}", file=sys.stderr)
        return 1
    return 0

"""``login``, ``logout``, ``whoami``."""

from __future__ import annotations

import argparse
import dataclasses
import getpass
import sys

from ..connection import make_client
from ..settings import Settings
from ._common import NotSignedInError, print_json, signed_in_client


def register(subparsers: argparse._SubParsersAction) -> None:
    login = subparsers.add_parser("login", help="sign in and keep the session in the system keyring")
    login.add_argument("--server", help="service address (default: the last one used)")
    login.add_argument("--email", required=True)
    login.add_argument("--password-stdin", action="store_true",
                       help="read the password from standard input instead of prompting")
    login.add_argument("--insecure-http", action="store_true",
                       help="allow plain http:// to a host other than this computer")
    login.set_defaults(func=cmd_login)

    logout = subparsers.add_parser("logout", help="end the session here and on the service")
    logout.set_defaults(func=cmd_logout)

    whoami = subparsers.add_parser("whoami", help="show who is signed in")
    whoami.add_argument("--json", action="store_true")
    whoami.set_defaults(func=cmd_whoami)


def _read_password(from_stdin: bool) -> str:
    if from_stdin or not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    return getpass.getpass("Password: ")


def cmd_login(args: argparse.Namespace) -> int:
    settings = Settings.load()
    if args.insecure_http:
        settings.allow_insecure_http = True
    client = make_client(settings, server_url=args.server)
    password = _read_password(args.password_stdin)
    with client:
        me = client.login(args.email, password, remember=True)
        settings = dataclasses.replace(settings, server_url=client.base_url, account=me.user.email)
        settings.save()
        print(f"Signed in as {me.user.name} <{me.user.email}> ({me.customer.name}).")
        if client.unsaved_token:
            print("Note: the system keyring is not available, so this session was not saved; "
                  "commands run later will ask you to sign in again.", file=sys.stderr)
    return 0


def cmd_logout(args: argparse.Namespace) -> int:
    settings = Settings.load()
    try:
        client = signed_in_client(settings)
    except NotSignedInError:
        print("You are not signed in.")
        return 0
    with client:
        revoked = client.logout()
    settings.account = ""
    settings.save()
    print("Signed out." if revoked else
          "Signed out on this computer (the service could not be reached to end the session there).")
    return 0


def cmd_whoami(args: argparse.Namespace) -> int:
    with signed_in_client() as client:
        me = client.me()
        if args.json:
            print_json({"server": client.base_url, "user": dataclasses.asdict(me.user),
                        "customer": dataclasses.asdict(me.customer)})
        else:
            role = "Account Owner" if me.user.is_owner else "Member"
            print(f"{me.user.name} <{me.user.email}>")
            print(f"{role} of {me.customer.name}")
            print(f"Server: {client.base_url}")
    return 0

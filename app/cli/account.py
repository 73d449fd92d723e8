"""``login``, ``logout``, ``whoami``."""

from __future__ import annotations

import argparse
import dataclasses
import getpass
import os
import sys
import webbrowser

from api_client import APIStatusError, CodeRequiredError, Me, TicketProsClient

from ..connection import make_client
from ..settings import Settings
from ..translation import QT_TRANSLATE_NOOP, Context
from ._common import CommandError, NotSignedInError, print_json, setting_option, signed_in_client

Cli = Context("Cli")

#: The service's sign-in page waits ten minutes; so does the command.
BROWSER_WAIT = 600.0
#: Password sign-ins the service sends to the browser, said for the command line.
USE_THE_BROWSER = {
    "browser_sign_in_required": QT_TRANSLATE_NOOP("Cli", "Your organisation signs in through the browser only: "
                                                         "run ticketpros login --browser (or --device)."),
    "two_step_enrolment_required": QT_TRANSLATE_NOOP("Cli", "Your organisation requires two-step verification: "
                                                            "run ticketpros login --browser to set it up."),
}
#: With --password-stdin the code is the line after the password.
NO_CODE = QT_TRANSLATE_NOOP("Cli", "Your account uses two-step verification: give the code from your authenticator "
                                   "app (or a recovery code) on the line after the password, or run ticketpros "
                                   "login --browser.")


def register(subparsers: argparse._SubParsersAction) -> None:
    login = subparsers.add_parser(
        "login", help=Cli.tr("sign in and keep the session in the system keyring"),
        description=Cli.tr("Sign in with --browser (the service's page, with two-step verification and whatever "
                    "your organisation requires), --device (a code to type on another device), or "
                    "--email and a password."))
    setting_option(login, "--server", setting="server_url", help=Cli.tr("service address (default: the last one used)"))
    how = login.add_mutually_exclusive_group()
    how.add_argument("--browser", action="store_true",
                     help=Cli.tr("sign in on the service's page in your web browser (the address is printed too)"))
    how.add_argument("--device", action="store_true",
                     help=Cli.tr("sign in on another device: open the address shown there and type the code"))
    how.add_argument("--email", help=Cli.tr("sign in here with your email and password"))
    login.add_argument("--no-open", action="store_true",
                       help=Cli.tr("with --browser: only print the address, do not start a browser"))
    login.add_argument("--password-stdin", action="store_true",
                       help=Cli.tr("read the password from standard input instead of prompting (and, with two-step "
                            "verification, the code from the next line)"))
    setting_option(login, "--insecure-http", setting="allow_insecure_http", action="store_true",
                   help=Cli.tr("allow plain http:// to a host other than this computer"))
    login.set_defaults(func=cmd_login)

    logout = subparsers.add_parser("logout", help=Cli.tr("end the session here and on the service"))
    logout.set_defaults(func=cmd_logout)

    whoami = subparsers.add_parser("whoami", help=Cli.tr("show who is signed in"))
    whoami.add_argument("--json", action="store_true")
    whoami.set_defaults(func=cmd_whoami)


def _read_password(from_stdin: bool) -> str:
    if from_stdin or not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    return getpass.getpass(Cli.tr("Password: "))


def _read_code(from_stdin: bool) -> str:
    if from_stdin or not sys.stdin.isatty():
        return sys.stdin.readline().strip()
    return input(Cli.tr("Code from your authenticator app (or a recovery code): ")).strip()


def _password_sign_in(client: TicketProsClient, email: str, from_stdin: bool) -> Me:
    password = _read_password(from_stdin)
    try:
        try:
            return client.login(email, password, remember=True)
        except CodeRequiredError:
            code = _read_code(from_stdin)
            if not code:
                raise CommandError(Cli.tr(NO_CODE)) from None
            return client.login(email, password, code=code, remember=True)
    except APIStatusError as exc:
        if exc.code in USE_THE_BROWSER:
            raise CommandError(Cli.tr(USE_THE_BROWSER[exc.code])) from exc
        raise


def _can_show_a_browser() -> bool:
    """Not over SSH on a machine without a desktop: Python would start a text
    browser inside this terminal there."""
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or os.environ.get("BROWSER"))


def _browser_sign_in(client: TicketProsClient, open_browser: bool) -> Me:
    with client.browser_sign_in(remember=True) as flow:
        opened = open_browser and _can_show_a_browser() and webbrowser.open(flow.url)
        if opened:
            print(Cli.tr("Your browser opens the sign-in page; finish signing in there. If it did not open, "
                         "visit this address on this computer:"), file=sys.stderr)
        else:
            print(Cli.tr("Open this address in a web browser on this computer to sign in:"), file=sys.stderr)
        print(flow.url, file=sys.stderr, flush=True)
        return flow.wait(timeout=BROWSER_WAIT)


def _device_sign_in(client: TicketProsClient) -> Me:
    with client.device_sign_in(remember=True) as flow:
        minutes = max(1, flow.expires_in // 60)
        print(Cli.tr("On a phone or computer, open {uri} and type the code {code}.").format(
                  uri=flow.verification_uri, code=flow.user_code), file=sys.stderr)
        print(Cli.tr("Waiting for the sign-in there (up to %n minutes; Ctrl+C to stop).", "", minutes),
              file=sys.stderr, flush=True)
        return flow.wait()


def cmd_login(args: argparse.Namespace) -> int:
    if not (args.browser or args.device or args.email):
        raise CommandError(Cli.tr("Choose how to sign in: --browser, --device, or --email EMAIL."))
    settings = Settings.load()
    if args.insecure_http:
        settings.allow_insecure_http = True
    client = make_client(settings, server_url=args.server)
    with client:
        if args.browser:
            me = _browser_sign_in(client, open_browser=not args.no_open)
        elif args.device:
            me = _device_sign_in(client)
        else:
            me = _password_sign_in(client, args.email, args.password_stdin)
        settings = dataclasses.replace(settings, server_url=client.base_url, account=me.user.email)
        settings.save()
        print(Cli.tr("Signed in as {name} <{email}> ({organisation}).").format(
            name=me.user.name, email=me.user.email, organisation=me.customer.name))
        if client.unsaved_token:
            print(Cli.tr("Note: the system keyring is not available, so this session was not saved; "
                         "commands run later will ask you to sign in again."), file=sys.stderr)
    return 0


def cmd_logout(args: argparse.Namespace) -> int:
    settings = Settings.load()
    try:
        client = signed_in_client(settings)
    except NotSignedInError:
        print(Cli.tr("You are not signed in."))
        return 0
    with client:
        revoked = client.logout()
    settings.account = ""
    settings.save()
    print(Cli.tr("Signed out.") if revoked else
          Cli.tr("Signed out on this computer (the service could not be reached to end the session there)."))
    return 0


def cmd_whoami(args: argparse.Namespace) -> int:
    with signed_in_client() as client:
        me = client.me()
        if args.json:
            print_json({"server": client.base_url, "user": dataclasses.asdict(me.user),
                        "customer": dataclasses.asdict(me.customer)})
        else:
            print(f"{me.user.name} <{me.user.email}>")
            print((Cli.tr("Account Owner of {organisation}") if me.user.is_owner
                   else Cli.tr("Member of {organisation}")).format(organisation=me.customer.name))
            print(Cli.tr("Server: {url}").format(url=client.base_url))
    return 0

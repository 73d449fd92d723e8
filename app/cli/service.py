"""``demo`` and ``server``: the embedded reference service.

The service always runs as its own program (``python -m server``, or the
bundle's executable with TICKETPROS_SERVICE_CHILD=1): the app shares nothing
with it but HTTP, exactly as with the hosted service. ``server`` becomes that
program (exec) where it can, so that stopping it stops the service.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

from api_client import NetworkError, TicketProsClient

from .. import paths
from ..settings import Settings
from ..translation import QT_TRANSLATE_NOOP
from ._common import Cli, CommandError, ManagedSettingError, QtNotInstalledError

DEMO_PORT = 8765
#: Seconds ``demo`` waits for its port before saying another program has it:
#: longer than a quitting demo gives its service to stop (10 s, then SIGKILL).
PORT_WAIT = 15.0
#: After this many seconds of waiting, ``demo`` says what it waits for.
PORT_NOTICE = 1.0
DEMO_ACCOUNTS = ("owner@demo.example", "alice@demo.example", "bob@demo.example", "owner@other.example")
#: The documented, public demo password of the demo seed. Demo only.
DEMO_PASSWORD = "demo-password"


def register(subparsers: argparse._SubParsersAction) -> None:
    demo = subparsers.add_parser("demo", help=Cli.tr("run the app against a local demo service"))
    demo.add_argument("--port", type=int, default=DEMO_PORT)
    demo.add_argument("--data-dir", type=Path, help=f"demo service data (default: {paths.demo_service_dir()})")
    demo.set_defaults(func=cmd_demo)

    server = subparsers.add_parser(
        "server", add_help=False,
        help=Cli.tr("run the reference service (see: ticketpros server --help)"),
    )
    server.add_argument("server_args", nargs=argparse.REMAINDER)
    server.set_defaults(func=cmd_server)


class ServiceNotInstalledError(CommandError):
    reason = QT_TRANSLATE_NOOP("Cli", "The reference service is not installed. Install it with: "
                                      "pip install 'ticketpros-desktop[server]'")


def _server_command(*args: str) -> tuple[list[str], dict[str, str]]:
    """The command (and environment) that runs the reference service."""
    if getattr(sys, "frozen", False):
        # In a bundle the same executable runs the service (see build.spec).
        return [sys.executable, *args], {**os.environ, "TICKETPROS_SERVICE_CHILD": "1"}
    if importlib.util.find_spec("server") is None or importlib.util.find_spec("fastapi") is None \
            or importlib.util.find_spec("uvicorn") is None:
        raise ServiceNotInstalledError()
    return [sys.executable, "-m", "server", *args], dict(os.environ)


def cmd_server(args: argparse.Namespace) -> int:
    server_args = args.server_args
    if server_args[:1] == ["--"]:
        server_args = server_args[1:]
    command, env = _server_command(*server_args)
    if os.name == "posix" and not getattr(sys, "frozen", False):
        # Become the service: a signal sent to ``ticketpros server`` (Ctrl+C, a
        # supervisor's SIGTERM) reaches it directly and no wrapper is left behind.
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
        os.execve(command[0], command, env)
    # Windows has no exec (os.execv starts a new process and ends this one, so
    # the console would see the command end at once), and in a bundle the
    # PyInstaller bootloader is the program: there the service is a child
    # process that receives every stop signal this process gets.
    return run_forwarding_signals(command, env)


def run_forwarding_signals(command: list[str], env: dict[str, str]) -> int:
    """Run ``command`` as a child; SIGTERM, SIGINT and SIGHUP sent to this process
    go to it too; return its exit status (128 + N for signal N, as shells say)."""
    proc: subprocess.Popen | None = None
    early: list[int] = []  # a stop asked for before the child existed

    def forward(signum: int, frame: object) -> None:
        if proc is None:
            early.append(signum)
        elif proc.poll() is None:
            proc.send_signal(signum)

    if os.name == "nt":
        # Ctrl+C reaches every process of the console by itself; SIGTERM is
        # Popen's TerminateProcess there.
        handled = {signal.SIGTERM: forward, signal.SIGINT: signal.SIG_IGN}
    else:
        handled = {signal.SIGTERM: forward, signal.SIGINT: forward, signal.SIGHUP: forward}
    previous = {signum: signal.signal(signum, handler) for signum, handler in handled.items()}
    try:
        proc = subprocess.Popen(command, env=env)
        for signum in early:
            proc.send_signal(signum)
        code = proc.wait()
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
    return 128 - code if code < 0 else code


def _port_free(port: int) -> bool:
    """Whether the service could listen on ``port`` now. Probed as uvicorn binds
    (SO_REUSEADDR on POSIX): the connections of a service that just stopped
    linger in TIME_WAIT for a minute and must not count as "in use". Not on
    Windows, where SO_REUSEADDR would let the probe share a port in use."""
    with socket.socket() as sock:
        if os.name == "posix":
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


class PortInUseError(CommandError):
    def __init__(self, port: int) -> None:
        super().__init__(Cli.tr("Port {port} is in use by another program; start the demo on another port with "
                                "--port.").format(port=port))


def wait_for_port(port: int, timeout: float) -> None:
    """Return once ``port`` is free, saying so on stderr when it takes a while
    (the last demo's service may still be stopping); PortInUseError after
    ``timeout`` seconds."""
    started = time.monotonic()
    noticed = False
    while not _port_free(port):
        waited = time.monotonic() - started
        if waited >= timeout:
            raise PortInUseError(port)
        if not noticed and waited >= PORT_NOTICE:
            print(Cli.tr("Waiting for port {port} to be free (the last demo may still be stopping)…").format(
                port=port),
                  file=sys.stderr, flush=True)
            noticed = True
        time.sleep(0.1)


def start_demo_service(data_dir: Path, port: int, *,
                       port_wait: float | None = None) -> tuple[subprocess.Popen, str]:
    """Start the seeded service on ``port`` and wait until it answers.

    Always that port, waiting up to ``port_wait`` seconds (default PORT_WAIT)
    for it: the app remembers the session by server address, so a demo
    restarted on another port would have the person sign in again."""
    wait_for_port(port, PORT_WAIT if port_wait is None else port_wait)
    url = f"http://127.0.0.1:{port}"
    command, env = _server_command("--host", "127.0.0.1", "--port", str(port),
                                   "--data-dir", str(data_dir), "--seed-demo", "--exit-with-parent")
    # What the service says goes to a file, not a pipe: nobody reads a pipe while the
    # app runs, and a service that filled it would stop at its next warning.
    log_file = paths.demo_service_log()
    log_file.parent.mkdir(parents=True, exist_ok=True)
    with log_file.open("w", encoding="utf-8") as log:
        proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=log)
    deadline = time.monotonic() + 60
    # Through the SDK, as the app talks to it: one place knows the API's paths.
    with TicketProsClient(url, timeout=1, max_retries=0) as client:
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                detail = log_file.read_text("utf-8", errors="replace").strip().splitlines()
                raise CommandError(Cli.tr("The demo service stopped: {reason}").format(
                    reason=detail[-1] if detail else Cli.tr("no reason given")))
            try:
                client.server_info()
                return proc, url
            except NetworkError:
                time.sleep(0.1)
    proc.kill()
    proc.wait()
    raise CommandError(Cli.tr("The demo service did not start within a minute."))


def cmd_demo(args: argparse.Namespace) -> int:
    if args.gui is None:
        raise QtNotInstalledError()
    if "server_url" in Settings.load().locked:
        raise ManagedSettingError(Cli.tr("Your organisation manages server_url on this computer, so the demo "
                                         "cannot point the app at its local service."))
    data_dir = args.data_dir or paths.demo_service_dir()
    proc, url = start_demo_service(data_dir, args.port)
    print(Cli.tr("Demo service running on {url} (data in {folder}).").format(url=url, folder=data_dir))
    print(Cli.tr("Sign in as {accounts}; demo password: {password}").format(
        accounts=", ".join(DEMO_ACCOUNTS), password=DEMO_PASSWORD))
    try:
        return args.gui.run_gui(server_url=url)
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()

"""The ``ticketpros`` processes behave: ``server`` stops with its service,
``demo`` keeps its port across a restart, and output into a pipe whose reader
went away (``ticketpros … | head``) ends quietly."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

from api_client import NetworkError, TicketProsClient
from app.cli import main, service
from app.cli.service import PortInUseError, start_demo_service
from tests.support.secret_service import AVAILABLE, SKIP_REASON, secret_service
from tests.support.service import DEMO_PASSWORD, free_port

ROOT = Path(__file__).resolve().parents[2]
posix_only = pytest.mark.skipif(os.name != "posix", reason="signals and /proc as on POSIX")


def wait_until_answering(url: str, proc: subprocess.Popen, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    with TicketProsClient(url, timeout=1, max_retries=0) as client:
        while True:
            if proc.poll() is not None:
                raise AssertionError(f"exited with {proc.returncode}")
            try:
                client.server_info()
                return
            except NetworkError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)


def listening(port: int) -> bool:
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) == 0


def processes_mentioning(text: str) -> list[int]:
    """Live processes whose command line holds ``text`` (a zombie's is empty)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and int(entry.name) != os.getpid():
            try:
                if text.encode() in (entry / "cmdline").read_bytes():
                    found.append(int(entry.name))
            except OSError:
                continue  # ended meanwhile
    return found


def stop_leftovers(data_dir: Path) -> None:
    """Kill what a failing test would leave behind (only processes serving its own data dir)."""
    for pid in processes_mentioning(str(data_dir)):
        os.kill(pid, signal.SIGKILL)


def assert_stopped_within(port: int, data_dir: Path, seconds: float = 5) -> None:
    deadline = time.monotonic() + seconds
    while (listening(port) or processes_mentioning(str(data_dir))) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not listening(port), f"port {port} still served"
    assert processes_mentioning(str(data_dir)) == [], "a service process remains"


# -- ticketpros server ---------------------------------------------------------


@posix_only
def test_sigterm_to_ticketpros_server_stops_its_service(tmp_path):
    port, data = free_port(), tmp_path / "data"
    proc = subprocess.Popen([sys.executable, "-m", "app", "server", "--port", str(port), "--data-dir", str(data)],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_until_answering(f"http://127.0.0.1:{port}", proc)
        # ticketpros server became the service (exec): no wrapper to outlive.
        assert b"-m\0server\0" in Path(f"/proc/{proc.pid}/cmdline").read_bytes()
        proc.send_signal(signal.SIGTERM)
        proc.wait(10)
        assert_stopped_within(port, data)
    finally:
        proc.kill()
        proc.wait()
        stop_leftovers(data)


@posix_only
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT, signal.SIGHUP])
def test_the_wrapper_of_windows_and_bundles_passes_stop_signals_on(tmp_path, signum):
    """Where there is no exec (Windows, the frozen bundle), the service is a
    child; a stop signal to the parent stops it too."""
    port, data = free_port(), tmp_path / "data"
    code = ("import sys; from app.cli.service import _server_command, run_forwarding_signals; "
            f"sys.exit(run_forwarding_signals(*_server_command('--port', '{port}', '--data-dir', {str(data)!r})))")
    wrapper = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    try:
        wait_until_answering(f"http://127.0.0.1:{port}", wrapper)
        assert len(processes_mentioning(str(data))) == 2  # the wrapper, and the service its child
        wrapper.send_signal(signum)
        code = wrapper.wait(10)
        assert_stopped_within(port, data)
        # The service's own status, as a shell reports it: 0 after a clean stop,
        # or 128 + N when it ends by re-raising the signal (uvicorn does, for SIGTERM).
        assert code in (0, 128 + signum)
    finally:
        wrapper.kill()
        wrapper.wait()
        stop_leftovers(data)


# -- ticketpros demo: the same port after a restart --------------------------


def stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    proc.wait(10)
    if proc.stderr:
        proc.stderr.close()


def test_demo_restarted_at_once_keeps_its_port(tmp_path):
    """Quit with connections open (their TIME_WAIT holds the port for a minute
    on Linux), start again: the same address, so the remembered session holds."""
    port = free_port()
    proc, url = start_demo_service(tmp_path / "demo", port)
    with httpx.Client() as browser:
        for _ in range(3):
            assert browser.get(url + "/api/v1/meta").status_code == 200
        stop(proc)
    started = time.monotonic()
    again, url_again = start_demo_service(tmp_path / "demo", port, port_wait=5)
    try:
        assert url_again == url == f"http://127.0.0.1:{port}"
        assert time.monotonic() - started < 5
    finally:
        stop(again)


def test_demo_waits_for_its_port_and_says_so(tmp_path, capsys):
    port = free_port()
    holder = socket.create_server(("127.0.0.1", port))  # the last demo, still stopping
    threading.Timer(2.0, holder.close).start()
    proc, url = start_demo_service(tmp_path / "demo", port, port_wait=15)
    try:
        assert url == f"http://127.0.0.1:{port}"
        err = capsys.readouterr().err
        assert f"Waiting for port {port}" in err and err.count("\n") == 1
    finally:
        stop(proc)


def test_demo_port_kept_by_another_program_is_one_sentence(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(service, "PORT_WAIT", 1.5)
    port = free_port()

    class NoGui:
        def run_gui(self, *, server_url=None):
            raise AssertionError("the GUI must not start without its service")

        def run_self_test(self):
            raise AssertionError("not asked for")

    with socket.create_server(("127.0.0.1", port)):
        with pytest.raises(PortInUseError):
            start_demo_service(tmp_path / "demo", port, port_wait=0.5)
        capsys.readouterr()
        code = main(["demo", "--port", str(port), "--data-dir", str(tmp_path / "demo")], gui=NoGui())
    out, err = capsys.readouterr()
    assert code == 1 and out == ""
    lines = err.splitlines()
    assert lines[-1] == (f"ticketpros: Port {port} is in use by another program; "
                         "start the demo on another port with --port.")
    assert len(lines) == 2 and lines[0].startswith(f"Waiting for port {port}")
    assert not (tmp_path / "demo").exists()  # no service was started


# -- ticketpros … | head -------------------------------------------------------


def run_into_closed_pipe(args: list[str], env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """Run ``ticketpros ARGS`` with stdout a pipe whose reader is already gone:
    every write fails, as when ``head`` has read its lines and exited."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        return subprocess.run([sys.executable, "-m", "app", *args], stdout=write_end, stderr=subprocess.PIPE,
                              text=True, cwd=ROOT, env=env, timeout=60, check=False)
    finally:
        os.close(write_end)


@posix_only
@pytest.mark.skipif(not AVAILABLE, reason=SKIP_REASON)
def test_json_into_a_closed_pipe_ends_quietly(service, tmp_path):
    with secret_service(tmp_path / "home") as env:
        login = subprocess.run([sys.executable, "-m", "app", "login", "--server", service.url, "--email",
                                "owner@demo.example", "--password-stdin"], input=DEMO_PASSWORD + "\n",
                               capture_output=True, text=True, cwd=ROOT, env=env, timeout=60, check=False)
        assert login.returncode == 0, login.stderr
        for command in (["tickets", "list", "--json"], ["privacy", "show", "--json"], ["whoami"]):
            result = run_into_closed_pipe(command, env)
            assert (result.returncode, result.stderr) == (141, ""), (command, result.stderr)
        # And with a reader, the same commands still write everything.
        whole = subprocess.run([sys.executable, "-m", "app", "whoami"], capture_output=True, text=True,
                               cwd=ROOT, env=env, timeout=60, check=False)
        assert whole.returncode == 0 and "Dana Owner <owner@demo.example>" in whole.stdout

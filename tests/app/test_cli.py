"""The ``ticketpros`` command line against the real service."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main
from app.cli.service import start_demo_service
from app.settings import Settings
from tests.support.service import DEMO_PASSWORD, free_port

ROOT = Path(__file__).resolve().parents[2]


def run(monkeypatch, capsys, *args: str, stdin: str = "") -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_login_whoami_logout(monkeypatch, capsys, service, test_keyring):
    code, out, _ = run(monkeypatch, capsys, "login", "--server", service.url, "--email", "alice@demo.example",
                       "--password-stdin", stdin=DEMO_PASSWORD + "\n")
    assert code == 0 and "Signed in as Alice Anders" in out
    assert Settings.load().account == "alice@demo.example"

    code, out, _ = run(monkeypatch, capsys, "whoami")
    assert code == 0 and out.splitlines()[:2] == ["Alice Anders <alice@demo.example>", "Member of Demo Hauling Co"]
    code, out, _ = run(monkeypatch, capsys, "whoami", "--json")
    data = json.loads(out)
    assert data["user"]["role"] == "member" and data["customer"]["name"] == "Demo Hauling Co"

    code, out, _ = run(monkeypatch, capsys, "logout")
    assert code == 0 and out.strip() == "Signed out."
    assert test_keyring.entries == {}
    code, _, err = run(monkeypatch, capsys, "whoami")
    assert code == 1 and err.count("\n") == 1 and "not signed in" in err


def test_wrong_password_is_one_line_and_non_zero(monkeypatch, capsys, service):
    code, out, err = run(monkeypatch, capsys, "login", "--server", service.url, "--email", "alice@demo.example",
                         "--password-stdin", stdin="wrong\n")
    assert code == 1 and out == "" and err == "ticketpros: Email or password is incorrect.\n"


def test_server_down_is_one_line(monkeypatch, capsys):
    code, _, err = run(monkeypatch, capsys, "login", "--server", f"http://127.0.0.1:{free_port()}",
                       "--email", "a@b.c", "--password-stdin", stdin="x\n")
    assert code == 1 and err.startswith("ticketpros: Can't reach the service") and "Traceback" not in err


def test_gui_commands_without_qt_are_one_sentence(capsys):
    """Where only the command line is installed, the launcher passes no GUI."""
    for argv in ([], ["demo"], ["--self-test"]):
        assert main(argv, gui=None) == 1
        out, err = capsys.readouterr()
        assert (out, err) == ("", "ticketpros: The app needs its Qt part: pip install 'ticketpros-desktop[gui]'\n")


def test_runs_with_no_stdout_as_in_the_windows_gui_executable(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdout", None)  # a windowed PyInstaller app has none
    assert main(["whoami"]) == 1
    assert "not signed in" in capsys.readouterr().err


def test_demo_service_starts_seeded(tmp_path):
    proc, url = start_demo_service(tmp_path / "demo", free_port())
    try:
        import httpx

        r = httpx.post(url + "/api/v1/auth/login", json={"email": "owner@demo.example", "password": DEMO_PASSWORD})
        assert r.status_code == 200
    finally:
        proc.terminate()
        proc.wait(10)
        proc.stderr.close()


@pytest.mark.skipif(not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")),
                    reason="needs dbus-run-session and gnome-keyring (./dev test installs them)")
def test_real_secret_service_round_trip(service, isolated_home):
    """The product's default keyring backend on Linux, for real: login, whoami
    and logout in separate processes share the session only through it."""
    (isolated_home / ".cache").mkdir(exist_ok=True)
    cli = f"{sys.executable} -m app"
    script = f"""
set -e
echo -n test-pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
echo {DEMO_PASSWORD} | {cli} login --server {service.url} --email owner@demo.example --password-stdin
{cli} whoami
{sys.executable} -c 'import keyring; s = keyring.get_password("Ticket Pros ({service.url})", "owner@demo.example"); print("secret-bytes", len(s.encode("utf-16-le")))'
{cli} logout
{cli} whoami || echo "after-logout-exit=$?"
"""
    env = {k: v for k, v in os.environ.items() if k != "DBUS_SESSION_BUS_ADDRESS"}
    env["PYTHONPATH"] = str(ROOT)
    result = subprocess.run(["dbus-run-session", "--", "sh", "-c", script], capture_output=True, text=True,
                            env=env, timeout=60, cwd=ROOT, check=False)
    out = result.stdout
    assert "Signed in as Dana Owner" in out, result.stderr
    assert "Account Owner of Demo Hauling Co" in out
    size = int(out.split("secret-bytes ")[1].split()[0])
    assert 0 < size <= 2560
    assert "Signed out." in out and "after-logout-exit=1" in out


def test_demo_service_stops_when_the_app_is_killed(tmp_path):
    """SIGKILL the process that ran ``start_demo_service``: the service follows."""
    port = free_port()
    code = (
        "import sys, time; from pathlib import Path; from app.cli.service import start_demo_service;"
        f"proc, url = start_demo_service(Path({str(tmp_path / 'demo')!r}), {port});"
        "print(proc.pid, flush=True); time.sleep(60)"
    )
    parent = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    service_pid = int(parent.stdout.readline())
    parent.kill()
    parent.wait()
    parent.stdout.close()
    import time

    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and Path(f"/proc/{service_pid}").exists():
        time.sleep(0.2)
    assert not Path(f"/proc/{service_pid}").exists() or "Z" in Path(f"/proc/{service_pid}/stat").read_text().split()[2]

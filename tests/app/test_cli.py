"""The ``ticketpros`` command line against the real service."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from app import paths
from app.cli import main
from app.cli._common import CommandError
from app.cli.service import start_demo_service
from app.settings import Settings
from tests.support.secret_service import AVAILABLE, SKIP_REASON, secret_service
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


def test_a_demo_service_that_cannot_start_says_why_from_its_log(tmp_path):
    in_the_way = tmp_path / "demo"
    in_the_way.write_text("a file where the data folder should be")
    with pytest.raises(CommandError) as err:
        start_demo_service(in_the_way, free_port())
    assert err.value.reason == f"The demo service stopped: The service cannot use {in_the_way}: File exists."
    assert paths.demo_service_log().read_text().strip().splitlines()[-1] in err.value.reason


@pytest.mark.skipif(not AVAILABLE, reason=SKIP_REASON)
def test_real_secret_service_round_trip(service, tmp_path):
    """The product's default keyring backend on Linux, for real: login, whoami
    and logout in separate processes share the session only through it."""
    with secret_service(tmp_path / "home") as env:
        def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
            return subprocess.run([sys.executable, "-m", "app", *args], input=stdin, capture_output=True,
                                  text=True, env=env, timeout=60, cwd=ROOT, check=False)

        login = run("login", "--server", service.url, "--email", "owner@demo.example", "--password-stdin",
                    stdin=DEMO_PASSWORD)
        assert login.returncode == 0, login.stderr
        whoami = run("whoami")
        read_secret = (f"import keyring; s = keyring.get_password('Ticket Pros ({service.url})', "
                       "'owner@demo.example'); print(len(s.encode('utf-16-le')))")
        secret = subprocess.run([sys.executable, "-c", read_secret], capture_output=True, text=True, env=env,
                                timeout=60, check=False)
        logout = run("logout")
        after = run("whoami")
    assert "Signed in as Dana Owner" in login.stdout
    assert "Dana Owner <owner@demo.example>" in whoami.stdout, whoami.stderr
    assert "Account Owner of Demo Hauling Co" in whoami.stdout
    assert 0 < int(secret.stdout) <= 2560, secret.stderr
    assert "Signed out." in logout.stdout
    assert after.returncode == 1


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

"""``pip install ticketpros-desktop``, no extras, as the README promises for
scripts: a real venv built from the package, without Qt, runs every kind of
command-line work against the real service with the real Secret Service, and
the GUI's commands say in one sentence what to install.

The venv is built once per session: by uv from its cache when ./dev gives one (seconds),
else by pip (about half a minute from its cache).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from filelock import FileLock

from tests import media_samples as samples
from tests.support.secret_service import AVAILABLE, SKIP_REASON, secret_service
from tests.support.service import DEMO_PASSWORD

ROOT = Path(__file__).resolve().parents[2]
QT_MISSING = "ticketpros: The app needs its Qt part: pip install 'ticketpros-desktop[gui]'\n"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not AVAILABLE, reason=SKIP_REASON),
    # The first test also builds the venv (its fixture's time counts).
    pytest.mark.timeout(900),
]


@pytest.fixture(scope="session")
def no_gui_venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # One venv for the whole run: under pytest-xdist each process has its own session, so
    # the first builds it in the folder they share, under a lock, and the others use it.
    shared = tmp_path_factory.getbasetemp().parent if os.environ.get("PYTEST_XDIST_WORKER") \
        else tmp_path_factory.getbasetemp()
    base = shared / "no-gui"
    with FileLock(shared / "no-gui.lock"):
        if not (base / "built").exists():
            _build_venv(base)
            (base / "built").touch()
    return base / "venv"


def _build_venv(base: Path) -> None:
    shutil.rmtree(base, ignore_errors=True)
    project = base / "project"
    # From a copy: pip builds in the source folder, which would leave build/
    # and *.egg-info in the worktree.
    shutil.copytree(ROOT, project, ignore=shutil.ignore_patterns(
        ".venv", ".git", "build", "dist", "*.egg-info", "__pycache__", "tests", ".pytest_cache"))
    venv = base / "venv"
    uv = os.environ.get("TICKETPROS_DEV_UV")  # set by ./dev: the same install from uv's cache, in seconds
    if uv:
        commands = [[uv, "venv", "-q", "--python", sys.executable, str(venv)],
                    [uv, "pip", "install", "-q", "--python", str(venv / "bin" / "python"), str(project)]]
    else:
        commands = [[sys.executable, "-m", "venv", str(venv)],
                    [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", str(project)]]
    for command in commands:
        installed = subprocess.run(command, capture_output=True, text=True, timeout=840, check=False)
        assert installed.returncode == 0, installed.stderr[-4000:]


@pytest.fixture
def env(tmp_path: Path):
    """A home of its own with an unlocked Secret Service on its own bus."""
    with secret_service(tmp_path / "home") as environment:
        yield environment


def ticketpros(venv: Path, env: dict[str, str], *args: str, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run([str(venv / "bin" / "ticketpros"), *args], input=stdin, capture_output=True,
                          text=True, env=env, timeout=120, check=False, cwd=venv)


def test_the_venv_has_no_qt_and_the_gui_says_what_to_install(no_gui_venv, env):
    probe = subprocess.run([str(no_gui_venv / "bin" / "python"), "-c", "import PySide6"], capture_output=True,
                           text=True, env=env, check=False, cwd=no_gui_venv)
    assert probe.returncode == 1 and "No module named 'PySide6'" in probe.stderr

    helped = ticketpros(no_gui_venv, env, "--help")
    assert helped.returncode == 0 and helped.stderr == ""
    assert all(command in helped.stdout for command in ("login", "whoami", "upload", "tickets", "privacy"))

    for gui_command in ((), ("demo",), ("--self-test",)):
        result = ticketpros(no_gui_venv, env, *gui_command)
        assert (result.returncode, result.stdout, result.stderr) == (1, "", QT_MISSING), gui_command


def test_login_whoami_upload_list_privacy_without_qt(no_gui_venv, env, service, tmp_path):
    signed_in = ticketpros(no_gui_venv, env, "login", "--server", service.url, "--email", "alice@demo.example",
                           "--password-stdin", stdin=DEMO_PASSWORD + "\n")
    # No stderr: the note "the system keyring is not available" would be there.
    assert (signed_in.returncode, signed_in.stderr) == (0, ""), signed_in.stderr
    assert "Signed in as Alice Anders" in signed_in.stdout
    kept = subprocess.run(
        [str(no_gui_venv / "bin" / "python"), "-c",
         ("import keyring; print(type(keyring.get_keyring()).__module__, "
          f"keyring.get_password('Ticket Pros ({service.url})', 'alice@demo.example') is not None)")],
        capture_output=True, text=True, env=env, check=False, cwd=no_gui_venv)
    assert kept.stdout.split() == ["keyring.backends.SecretService", "True"], kept.stderr

    who = ticketpros(no_gui_venv, env, "whoami")
    assert who.returncode == 0 and who.stdout.splitlines()[:2] == [
        "Alice Anders <alice@demo.example>", "Member of Demo Hauling Co"], who.stderr

    photo = samples.jpeg_with_gps(tmp_path / "photo.jpg")
    sent = ticketpros(no_gui_venv, env, "upload", str(photo), "--ticket-number", "NOQT-1")
    # The sample is a small photo: the check before sending flags it (one line), and it is sent.
    assert sent.returncode == 0 and sent.stderr == (
        "ticketpros: photo.jpg: warning: This photo has too few pixels; the numbers may not be readable.\n"), sent.stderr

    listed = ticketpros(no_gui_venv, env, "tickets", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    page = json.loads(listed.stdout)
    assert page["total"] == 1 and page["items"][0]["ticket_number"] == "NOQT-1"
    table = ticketpros(no_gui_venv, env, "tickets", "list")
    assert table.returncode == 0 and "NOQT-1" in table.stdout

    shown = ticketpros(no_gui_venv, env, "privacy", "show")
    assert shown.returncode == 0 and shown.stderr == "", shown.stderr
    assert "Email: alice@demo.example" in shown.stdout and "Tickets: 1" in shown.stdout
    assert "Files waiting to upload: 0" in shown.stdout

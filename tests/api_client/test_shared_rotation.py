"""The app and the command line on one computer renew the same session, at once.

Both keep the refresh token in the same keyring entry, and the service ends
the whole session when a rotated refresh token is presented again. Two real
processes share a real Secret Service (gnome-keyring on a private D-Bus,
tests/support/secret_service.py): one
stands for the app (tests/support/rotation_race.py: the app's make_client,
three worker threads), the other runs the real ``ticketpros whoami`` over and
over. The service's access tokens last one second, so every call renews the
session; 200 renewals must pass with nobody signed out.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest

from tests.support.secret_service import AVAILABLE, SKIP_REASON, secret_service
from tests.support.service import DEMO_PASSWORD, start_service

ROOT = Path(__file__).resolve().parents[2]
RENEWALS = 200
CLI_RUNS = 10  # at least this many `ticketpros whoami` ran while the app renewed
HOLD_LOCK = ("import sys, filelock; lock = filelock.FileLock(sys.argv[1]); lock.acquire(); "
             "print('held', flush=True); sys.stdin.read()")


def rotations(service) -> int:
    with service.db() as db:
        return db.execute("SELECT count(*) FROM refresh_tokens WHERE used_at IS NOT NULL").fetchone()[0]


def revocations(service) -> list[str]:
    with service.db() as db:
        return [r[0] for r in db.execute("SELECT revoked_reason FROM sessions WHERE revoked_at IS NOT NULL")]


@pytest.mark.slow
@pytest.mark.timeout(360)
@pytest.mark.skipif(not AVAILABLE, reason=SKIP_REASON)
def test_app_and_command_line_renew_one_session_200_times_without_signing_out(tmp_path):
    service = start_service(tmp_path / "svc", access_token_ttl=timedelta(seconds=1))
    stop, app_result = tmp_path / "stop", tmp_path / "app.json"
    cli = str(Path(sys.executable).with_name("ticketpros"))
    cli_runs: list[tuple[int, str]] = []  # (exit status, stderr) of each `ticketpros whoami`
    try:
        with secret_service(tmp_path / "home") as env:
            login = subprocess.run([cli, "login", "--server", service.url, "--email", "owner@demo.example",
                                    "--password-stdin"], input=DEMO_PASSWORD, env=env, capture_output=True,
                                   text=True, timeout=60, check=False)
            assert login.returncode == 0, login.stderr
            app = subprocess.Popen([sys.executable, "-m", "tests.support.rotation_race", str(stop), str(app_result)],
                                   env=env, cwd=ROOT, stderr=subprocess.PIPE, text=True)
            try:
                deadline = time.monotonic() + 300
                while not (rotations(service) >= RENEWALS and len(cli_runs) >= CLI_RUNS):
                    if revocations(service) or app.poll() is not None:
                        break
                    assert time.monotonic() < deadline, f"only {rotations(service)} renewals, {len(cli_runs)} CLI runs"
                    whoami = subprocess.run([cli, "whoami"], env=env, capture_output=True, text=True, timeout=60,
                                            check=False)
                    cli_runs.append((whoami.returncode, whoami.stderr.strip()))
                    if whoami.returncode:
                        break
            finally:
                stop.touch()
                _, app_errors = app.communicate(timeout=60)
            renewed, revoked = rotations(service), revocations(service)
    finally:
        service.stop()

    result = json.loads(app_result.read_text()) if app_result.exists() else {"errors": [app_errors]}
    failed = [err for status, err in cli_runs if status]
    assert revoked == [], f"signed out after {renewed} renewals: {revoked}; app {result}; cli {failed}"
    assert app.returncode == 0, app_errors
    assert result["errors"] == [] and failed == [], (result, failed)
    assert renewed >= RENEWALS and result["calls"] > 0 and len(cli_runs) >= CLI_RUNS


def test_the_rotation_lock_names_no_one_and_a_held_one_is_a_clear_wait(tmp_path, monkeypatch):
    from api_client import KeyringTokenStore, TokenStoreError

    monkeypatch.setattr("api_client._tokens.ROTATION_LOCK_TIMEOUT", 0.2)
    store = KeyringTokenStore(lock_dir=tmp_path / "locks")
    path = store.lock_file("https://tickets.example.com", "alice@demo.example")
    assert "alice" not in path.name and "example" not in path.name
    assert path != store.lock_file("https://tickets.example.com", "bob@demo.example")
    path.parent.mkdir(parents=True)
    held = subprocess.Popen(  # another process (the command line) renewing the same session
        [sys.executable, "-c", HOLD_LOCK, str(path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        assert held.stdout.readline().strip() == "held"
        with pytest.raises(TokenStoreError) as err, \
                store.rotation_lock("https://tickets.example.com", "alice@demo.example"):
            pass
        assert err.value.locked and "renewing the session" in err.value.message
    finally:
        held.communicate("")
    with store.rotation_lock("https://tickets.example.com", "alice@demo.example"):
        pass  # free again once the other process let go

"""The app and the command line on one computer renew the same session, at once.

Both keep the refresh token in the same keyring entry, and the service ends
the whole session when a rotated refresh token is presented again. Two real
processes share a real Secret Service (gnome-keyring on a private D-Bus): one
stands for the app (tests/support/rotation_race.py: the app's make_client,
three worker threads), the other runs the real ``ticketpros whoami`` over and
over. The service's access tokens last one second, so every call renews the
session; 200 renewals must pass with nobody signed out.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest

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
@pytest.mark.skipif(not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")),
                    reason="needs dbus-run-session and gnome-keyring (./dev test installs them)")
def test_app_and_command_line_renew_one_session_200_times_without_signing_out(tmp_path, isolated_home):
    service = start_service(tmp_path / "svc", access_token_ttl=timedelta(seconds=1))
    (isolated_home / ".cache").mkdir(exist_ok=True)
    stop, app_result = tmp_path / "stop", tmp_path / "app.json"
    cli_runs, cli_errors = tmp_path / "cli.runs", tmp_path / "cli.err"
    cli = Path(sys.executable).with_name("ticketpros")
    script = f"""
set -e
echo -n test-pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
echo {DEMO_PASSWORD} | {cli} login --server {service.url} --email owner@demo.example --password-stdin >/dev/null
{sys.executable} -m tests.support.rotation_race {stop} {app_result} &
while [ ! -e {stop} ]; do
    if {cli} whoami >/dev/null 2>>{cli_errors}; then echo ok >>{cli_runs}; else echo fail >>{cli_runs}; fi
done
wait
"""
    env = {k: v for k, v in os.environ.items() if k != "DBUS_SESSION_BUS_ADDRESS"}
    env["PYTHONPATH"] = str(ROOT)
    proc = subprocess.Popen(["dbus-run-session", "--", "sh", "-c", script], env=env, cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 300
        while True:
            runs = cli_runs.read_text().split() if cli_runs.exists() else []
            if (rotations(service) >= RENEWALS and len(runs) >= CLI_RUNS) or revocations(service) \
                    or "fail" in runs or app_result.exists() or proc.poll() is not None:
                break
            assert time.monotonic() < deadline, f"only {rotations(service)} renewals and {len(runs)} CLI runs"
            time.sleep(0.2)
        stop.touch()
        _, err = proc.communicate(timeout=60)
        renewed, revoked = rotations(service), revocations(service)
    finally:
        stop.touch()
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
        service.stop()

    assert proc.returncode == 0, err
    app = json.loads(app_result.read_text())
    runs = cli_runs.read_text().split()
    problems = cli_errors.read_text() if cli_errors.exists() else ""
    assert revoked == [], f"signed out after {renewed} renewals: {revoked}; app {app}; cli {problems}"
    assert app["errors"] == [] and "fail" not in runs, (app, problems)
    assert renewed >= RENEWALS and app["calls"] > 0 and len(runs) >= CLI_RUNS


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

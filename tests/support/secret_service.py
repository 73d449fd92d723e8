"""A real Secret Service (gnome-keyring on its own D-Bus session bus) for tests
that run the ``ticketpros`` program in child processes.

The product's default keyring backend on Linux talks to it as it would on a
desktop; the test keyring of ``tests/conftest.py`` only reaches code in the
test process. Never keyrings.alt: that is a plain file, not what users have.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

#: The keyring's unlock password; a test value, this keyring lives in a temporary home.
UNLOCK_PASSWORD = b"test-keyring-password"

AVAILABLE = all(shutil.which(tool) for tool in ("dbus-daemon", "dbus-send", "gnome-keyring-daemon"))
SKIP_REASON = "needs dbus-daemon, dbus-send and gnome-keyring (./dev test installs them)"


def home_env(home: Path) -> dict[str, str]:
    """This process's environment with its own home: platformdirs and
    gnome-keyring (whose keyring file is under XDG_DATA_HOME) read these."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("DBUS_SESSION_BUS_ADDRESS", "PYTHON_KEYRING_BACKEND", "PYTHONPATH")}
    env["HOME"] = str(home)
    for var, sub in (("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"), ("XDG_CACHE_HOME", "cache"),
                     ("XDG_STATE_HOME", "state"), ("XDG_RUNTIME_DIR", "run")):
        (home / sub).mkdir(mode=0o700, parents=True, exist_ok=True)
        env[var] = str(home / sub)
    return env


def _secrets_on_bus(env: dict[str, str]) -> bool:
    reply = subprocess.run(
        ["dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus", "/org/freedesktop/DBus",
         "org.freedesktop.DBus.NameHasOwner", "string:org.freedesktop.secrets"],
        env=env, capture_output=True, text=True, timeout=10, check=False,
    )
    return "boolean true" in reply.stdout


@contextmanager
def secret_service(home: Path) -> Iterator[dict[str, str]]:
    """Yield an environment (home included) whose processes use an unlocked
    Secret Service; both daemons stop at the end."""
    env = home_env(home)
    bus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"], env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    daemon = None
    try:
        assert bus.stdout is not None
        env["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().strip()
        daemon = subprocess.Popen(["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
                                  env=env, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.DEVNULL)
        assert daemon.stdin is not None
        daemon.stdin.write(UNLOCK_PASSWORD)
        daemon.stdin.close()
        # Until the daemon owns the name, a client would start (D-Bus activation)
        # another, locked one.
        deadline = time.monotonic() + 10
        while not _secrets_on_bus(env):
            if time.monotonic() > deadline or daemon.poll() is not None:
                raise RuntimeError("gnome-keyring-daemon did not come up on the test bus")
            time.sleep(0.05)
        yield env
    finally:
        for proc in (daemon, bus):
            if proc is not None and proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(10)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
        if bus.stdout is not None:
            bus.stdout.close()

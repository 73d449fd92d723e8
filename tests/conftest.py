"""Shared fixtures: a real service on loopback, an isolated home, a test keyring."""

from __future__ import annotations

import gc
import os
import re
import signal
import sys
import threading
import time
from pathlib import Path

# Before anything imports Qt: there is no display here, and without this Qt
# aborts the whole run with no message.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

# A command started in the background by a script (`.ci/run &`, `nohup ... &` from a shell
# without job control) begins with SIGINT ignored, as POSIX says for such a shell's
# asynchronous commands: Python then installs no Ctrl+C handler, and every process the tests
# start inherits the ignored SIGINT (a CLI run that must stop on Ctrl+C went on to the end,
# in CI only). No test leaves it so; the suite starts as from a terminal, whoever started it.
if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)

import keyring
import pytest

from tests.support import postgres, s3
from tests.support.keyrings import MemoryKeyring
from tests.support.service import DEMO_PASSWORD, start_service


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The PostgreSQL run (``./dev test --backend postgres``) skips what only SQLite has; the
    object-storage run (``--storage s3``) skips the tests that look at the data dir's own files
    (tests/server/test_object_storage.py checks the same on the bucket)."""
    on_postgres, on_s3 = postgres.enabled(), s3.tests_on_s3()
    disk_only = pytest.mark.skip(reason="reads or writes the data dir's own files (partial uploads, a release's data dir)")
    for item in items:
        marker = item.get_closest_marker("sqlite_only")
        if on_postgres and marker is not None:
            reason = marker.kwargs.get("reason") or (marker.args[0] if marker.args else "SQLite only")
            item.add_marker(pytest.mark.skip(reason=f"SQLite only: {reason}"))
        if on_s3 and item.get_closest_marker("disk_storage"):
            item.add_marker(disk_only)


@pytest.fixture(autouse=True)
def postgres_databases():
    """The PostgreSQL run: the databases a test's services used are dropped when it ends."""
    yield
    if postgres.enabled():
        postgres.drop_test_databases()


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own config, data, cache and log dirs (platformdirs
    reads these variables), so nothing touches the real home."""
    home = tmp_path_factory.mktemp("home")
    for var, sub in (("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"),
                     ("XDG_CACHE_HOME", "cache"), ("XDG_STATE_HOME", "state")):
        (home / sub).mkdir()
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.setenv("HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def collect_garbage_on_the_main_thread():
    """Qt objects in reference cycles must be collected on the GUI thread; a
    collection triggered later on a worker thread would destroy them there.

    What survives the collection is the suite's lasting state (modules, Qt's type
    wrappers, caches): it is frozen (``gc.freeze``), so that the next collection walks
    only what later tests made. Collecting all of it after each test cost 130–190 ms
    of this thread's CPU (about 185,000 objects), and the suite has some 1,400 tests.

    A test whose app switched automatic collection off (app/heap.py, from DesktopApp.start) shuts
    it down, which switches it on again: left off, the rest of the suite would run without it."""
    yield
    left_off = not gc.isenabled()
    gc.enable()
    gc.collect()
    gc.freeze()
    assert not left_off, "the test left automatic garbage collection off (heap.stop_collecting() ends it)"


#: Threads of the upload queue's runner ("upload-N") and of the tus engine's read-ahead ("tus-read_N").
UPLOAD_THREADS = re.compile(r"upload-\d+|tus-read_\d+")


@pytest.fixture(autouse=True)
def no_upload_threads_left():
    """A test stops the upload workers and tus readers it started (QueueRunner.stop,
    the Uploads page's shutdown): left running they go on sending in later tests."""
    before = set(threading.enumerate())
    yield
    deadline = time.monotonic() + 2.0  # a stopping worker may still be finishing its step
    while True:
        left = sorted(t.name for t in threading.enumerate()
                      if t not in before and t.is_alive() and UPLOAD_THREADS.fullmatch(t.name))
        if not left or time.monotonic() > deadline:
            break
        time.sleep(0.02)
    if left:
        pytest.fail(f"the test left upload threads running: {', '.join(left)}", pytrace=False)


@pytest.fixture(autouse=True)
def test_keyring() -> MemoryKeyring:
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def service(tmp_path: Path):
    """The reference service with the demo seed, on 127.0.0.1, with its own data dir."""
    handle = start_service(tmp_path / "service-data")
    yield handle
    handle.stop()


@pytest.fixture
def demo_service(tmp_path: Path):
    """The reference service with the whole demo seed, demo tickets included."""
    handle = start_service(tmp_path / "service-data", demo_tickets=True)
    yield handle
    handle.stop()


@pytest.fixture
def demo_password() -> str:
    return DEMO_PASSWORD


# The API fuzzing summary (tests/fuzz). Here, not in tests/fuzz/conftest.py: under
# pytest-xdist the controlling process loads only this conftest, and it is the one
# that prints; the workers send it their tallies.
@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node, error) -> None:
    tally = getattr(node, "workeroutput", {}).get("fuzz_tally")
    if tally:
        from tests.fuzz.harness import TALLY

        TALLY.merge(tally)


def pytest_terminal_summary(terminalreporter) -> None:
    harness = sys.modules.get("tests.fuzz.harness")  # loaded only when fuzzing ran (or was reported)
    if harness is not None and harness.TALLY.cases:
        terminalreporter.write_sep("-", "API fuzzing")
        terminalreporter.write_line(harness.TALLY.summary(harness.current_profile()))

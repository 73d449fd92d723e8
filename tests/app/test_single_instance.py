"""One copy of the app per user: a second start wakes the first and exits."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

from app.single_instance import SingleInstance


def test_a_second_copy_wakes_the_first_and_does_not_start(qtbot, isolated_home):
    first = SingleInstance()
    second = SingleInstance()
    try:
        assert first.acquire()
        with qtbot.waitSignal(first.activated, timeout=5000):
            assert not second.acquire()
    finally:
        first.release()
    assert second.acquire()  # the first quit: the next start runs
    second.release()


def test_a_copy_that_was_killed_does_not_block_the_next_start(qtbot, isolated_home):
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent("""
        import sys, time
        from PySide6.QtCore import QCoreApplication
        from app.single_instance import SingleInstance
        app = QCoreApplication([])
        instance = SingleInstance()
        assert instance.acquire()
        print("running", flush=True)
        time.sleep(60)
    """)], env={**os.environ}, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "running"
        assert not SingleInstance().acquire()  # it runs: this start gives way
        holder.send_signal(signal.SIGKILL)
        holder.wait(10)
        instance = SingleInstance()
        assert instance.acquire()  # its lock is stale now
        instance.release()
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait(10)
        holder.stdout.close()


def test_a_second_start_while_the_first_paints_wakes_it_once_it_listens(qtbot, isolated_home):
    """The first copy listens only after its first paint (QtNetwork is not imported before it);
    a second start in between keeps trying for a moment and still brings it to the front."""
    first = SingleInstance()
    assert first.acquire(listen=False)
    second = subprocess.Popen([sys.executable, "-c", textwrap.dedent("""
        from PySide6.QtCore import QCoreApplication
        from app.single_instance import SingleInstance
        app = QCoreApplication([])
        instance = SingleInstance()
        print("asking", flush=True)
        print("second", instance.acquire(), flush=True)
    """)], env={**os.environ}, stdout=subprocess.PIPE, text=True)
    try:
        assert second.stdout.readline().strip() == "asking"
        qtbot.wait(500)  # the second start found nobody listening and is trying again
        with qtbot.waitSignal(first.activated, timeout=10000):
            first.listen()
        assert second.communicate(timeout=20)[0].strip() == "second False"  # it gave way
    finally:
        first.release()
        if second.poll() is None:
            second.kill()
            second.wait(10)

"""A runner that was shut down starts nothing new (a page's poll timer firing
late must not start work the pool's destructor would wait for)."""

from __future__ import annotations

import threading

from app.workers import TaskRunner


def test_no_task_starts_after_shutdown(qtbot):
    runner = TaskRunner()
    ran = threading.Event()
    runner.run(ran.set)
    qtbot.waitUntil(lambda: runner.active == 0)
    assert ran.is_set()
    ran.clear()
    assert runner.shutdown()
    runner.run(ran.set)
    assert runner.active == 0 and not ran.wait(0.2)

"""Once the main window is painted, what start-up made is frozen out of the garbage collector's
walks (app/heap.py): a full collection, which holds the GIL and so the GUI thread, then walks
only what was made since; and from then on collections run on the GUI thread only."""

from __future__ import annotations

import gc
import threading
import weakref

import pytest

from app import heap
from app.settings import Settings


class _Cycle:
    def __init__(self) -> None:
        self.me = self


class _CycleThatTells(_Cycle):
    """Says which thread destroyed it (a Qt object in a cycle must be destroyed on the GUI thread)."""

    def __init__(self, where: list[str]) -> None:
        super().__init__()
        self.where = where

    def __del__(self) -> None:
        self.where.append(threading.current_thread().name)


@pytest.fixture
def collector(qapp):
    """The app's collector, stopped at the end: automatic collection on again, thresholds as they were."""
    thresholds = gc.get_threshold()
    yield heap.GuiCollector.instance()
    heap.stop_collecting()
    gc.set_threshold(*thresholds)


def test_settle_collects_the_cycles_left_before_it_freezes(collector) -> None:
    garbage = _Cycle()
    gone = weakref.ref(garbage)
    del garbage
    kept = _Cycle()
    heap.settle()
    assert gone() is None  # collected, not frozen for ever
    assert gc.get_freeze_count() > 0
    assert not gc.is_tracked(kept) or kept not in gc.get_objects()  # frozen: no collection walks it


def test_the_main_window_freezes_what_start_up_made(qtbot, make_desktop, service, demo_password,
                                                    test_keyring) -> None:
    from tests.app.conftest import sign_in

    gc.unfreeze()  # the suite's lasting state is frozen after each test (tests/conftest.py)
    Settings(server_url=service.url).save()
    desktop = make_desktop()
    desktop.start()
    walked_before = len(gc.get_objects())
    assert not gc.isenabled()  # from the start, collections run on the GUI thread's timer
    collected_on: set[str] = set()

    def note_thread(phase: str, info: dict) -> None:
        if phase == "start":
            collected_on.add(threading.current_thread().name)

    gc.callbacks.append(note_thread)
    try:
        # Signing in imports the SDK and every page on a worker: allocations enough for many collections.
        sign_in(qtbot, desktop, "alice@demo.example", demo_password)
        qtbot.waitUntil(lambda: desktop.main_window is not None and desktop.main_window.isVisible(),
                        timeout=15000)
        # Nothing was frozen since unfreeze(); the settle after the window's first paint freezes what survives.
        qtbot.waitUntil(lambda: gc.get_freeze_count() > 0, timeout=5000)
    finally:
        gc.callbacks.remove(note_thread)
    assert collected_on == {threading.current_thread().name}
    walked_after = len(gc.get_objects())
    # The signed-in app's modules, classes and pages are out of the walk: a full collection now
    # visits a small fraction of them.
    assert walked_after < walked_before / 10, (walked_before, walked_after)
    desktop.shutdown()
    assert gc.isenabled()  # shut down: the workers being stopped collect where they are, as before


def test_a_worker_allocating_never_collects_and_the_gui_thread_does(qtbot, collector) -> None:
    where: list[str] = []
    heap.collect_on_gui_thread()
    assert not gc.isenabled()
    _CycleThatTells(where)  # garbage at once, but only a collection finds it

    def allocate() -> None:
        kept = [_Cycle() for _ in range(20_000)]  # far over the youngest generation's threshold
        del kept

    worker = threading.Thread(target=allocate, name="a-worker")
    worker.start()
    worker.join(10)
    assert where == []  # without the collector, the worker's allocations collected it there
    qtbot.waitUntil(lambda: where != [], timeout=3 * heap.GuiCollector.INTERVAL_MS)
    assert where == [threading.current_thread().name]
    assert collector.collections[0] >= 1


def test_the_collector_runs_the_generation_the_counts_call_for(collector) -> None:
    gc.disable()
    gc.set_threshold(100, 2, 1_000_000)
    gc.collect()  # every count 0
    assert collector.collect_due() is None  # the youngest is under its threshold: nothing to do
    kept: list[list] = []
    dues = []
    for _ in range(4):
        kept.append([[] for _ in range(200)])  # 200 new tracked objects each time, none freed
        dues.append(collector.collect_due())
    # Each young collection counts one for the middle generation: after two it is over its 2.
    assert dues == [0, 0, 0, 1]

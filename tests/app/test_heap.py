"""Once the main window is painted, what start-up made is frozen out of the garbage collector's
walks (app/heap.py): a full collection, which holds the GIL and so the GUI thread, then walks
only what was made since."""

from __future__ import annotations

import gc
import weakref

from app import heap
from app.settings import Settings


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_settle_collects_the_cycles_left_before_it_freezes() -> None:
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
    sign_in(qtbot, desktop, "alice@demo.example", demo_password)
    qtbot.waitUntil(lambda: desktop.main_window is not None and desktop.main_window.isVisible(), timeout=15000)
    # Nothing was frozen since unfreeze(); the settle after the window's first paint freezes what survives.
    qtbot.waitUntil(lambda: gc.get_freeze_count() > 0, timeout=5000)
    walked_after = len(gc.get_objects())
    # The signed-in app's modules, classes and pages are out of the walk: a full collection now
    # visits a small fraction of them.
    assert walked_after < walked_before / 10, (walked_before, walked_after)

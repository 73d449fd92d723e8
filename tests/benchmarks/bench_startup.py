"""Start-up to first paint: the app's sign-in window against a bare PySide6
window, each in a fresh process, measured in the same run.

Time is taken by the parent from process start until the child reports its
first paint event, so interpreter start and imports count for both. The app is
started as ``ticketpros`` starts it (``app.launcher``), from compiled modules as
an installed app runs (``./dev bench`` compiles the project first).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from tests.benchmarks.table import Row, ratio_target

ROOT = Path(__file__).resolve().parents[2]
RUNS = 7

_FIRST_PAINT = """
from PySide6.QtCore import QEvent, QObject
class _Paint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and obj is WINDOW:
            print("painted", flush=True)
            import os; os._exit(0)
        return False
"""

BARE = _FIRST_PAINT + """
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
WINDOW = QWidget(); WINDOW.resize(420, 360)
f = _Paint(); WINDOW.installEventFilter(f)
WINDOW.show()
app.exec()
"""

# As a person starts it: ``ticketpros`` (app.launcher, then the command line, then app.gui.run_gui).
# The probe wraps DesktopApp.start when app.gui is first imported, to watch its sign-in window; it
# imports nothing the app would not (importlib.machinery is loaded with the interpreter). The app's
# own paths (single instance, crash handler, log file after the paint) all count.
APP = """
import importlib.machinery, sys

class _WatchSignIn:
    def find_spec(self, name, path=None, target=None):
        if name != "app.gui":
            return None
        sys.meta_path.remove(self)
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        exec_module = spec.loader.exec_module

        def exec_and_wrap(module):
            exec_module(module)
            start = module.DesktopApp.start

            def start_watched(desktop):
                from PySide6.QtCore import QEvent, QObject

                class Paint(QObject):
                    def eventFilter(self, obj, event):
                        if event.type() == QEvent.Type.Paint and obj is desktop.sign_in_window:
                            print("painted", flush=True)
                            import os; os._exit(0)
                        return False

                desktop.sign_in_window.installEventFilter(Paint(desktop.sign_in_window))
                start(desktop)

            module.DesktopApp.start = start_watched

        spec.loader.exec_module = exec_and_wrap
        return spec

sys.meta_path.insert(0, _WatchSignIn())
sys.argv = ["ticketpros"]
from app.launcher import main
main([])
"""


def first_paint_seconds(code: str, env: dict[str, str]) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, text=True)
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - start
    proc.wait(30)
    proc.stdout.close()
    if line.strip() != "painted":
        raise RuntimeError("child did not paint")
    return elapsed


@dataclass(frozen=True)
class StartupResult:
    bare: list[float]  # seconds, one per run
    app: list[float]

    def rows(self) -> list[Row]:
        return [Row("startup", "start-up to first paint: sign-in window (median ms, lower is better)",
                    statistics.median(self.app) * 1000, statistics.median(self.bare) * 1000, "ms",
                    "bare PySide6 window", target=ratio_target("<=", 1.5),
                    note=f"best {min(self.app) * 1000:.0f} vs {min(self.bare) * 1000:.0f} ms, {len(self.app)} runs")]


def measure(quick: bool = False) -> StartupResult:
    runs = 2 if quick else RUNS
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": home,
               "XDG_CONFIG_HOME": f"{home}/c", "XDG_STATE_HOME": f"{home}/s",
               "XDG_DATA_HOME": f"{home}/d", "XDG_CACHE_HOME": f"{home}/k", "XDG_RUNTIME_DIR": f"{home}/r"}
        os.mkdir(f"{home}/r", 0o700)
        first_paint_seconds(BARE, env)  # warm the page cache for both
        first_paint_seconds(APP, env)
        bare, ours = [], []
        for _ in range(runs):  # interleaved so drift hits both alike
            bare.append(first_paint_seconds(BARE, env))
            ours.append(first_paint_seconds(APP, env))
    return StartupResult(bare, ours)


def main(quick: bool = False) -> None:
    result = measure(quick)
    bare, ours = result.bare, result.app
    b, o = statistics.median(bare), statistics.median(ours)
    print(f"{'start-up to first paint':32} {'median ms':>10} {'min ms':>8}")
    print(f"{'bare PySide6 window':32} {b * 1000:10.0f} {min(bare) * 1000:8.0f}")
    print(f"{'Ticket Pros sign-in window':32} {o * 1000:10.0f} {min(ours) * 1000:8.0f}")
    print(f"ratio app / bare: {o / b:.2f}x  ({len(ours)} runs each, interleaved)")


if __name__ == "__main__":
    main()

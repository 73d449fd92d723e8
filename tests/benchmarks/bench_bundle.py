"""Cold start of the PyInstaller bundle against the same app run from source.

Both start on a real X server (Xvfb) with the xcb platform; the time is taken
from launch until the sign-in window is mapped on screen (polled with xdotool).
Build the bundle first (``./dev bundle``). Needs xvfb and xdotool (apt).
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from tests.benchmarks.table import Row

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "ticketpros" / "ticketpros"
RUNS = 5


def time_to_window(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen(command, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        # Polled every 20 ms: xdotool's own --sync only looks twice a second.
        deadline = start + 60
        while time.perf_counter() < deadline:
            found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "Sign in"],
                                   env=env, capture_output=True, check=False)
            if found.returncode == 0:
                return time.perf_counter() - start
            time.sleep(0.02)
        raise RuntimeError("the sign-in window never appeared")
    finally:
        proc.kill()
        proc.wait()


@dataclass(frozen=True)
class BundleResult:
    skipped: str = ""  # why nothing was measured
    source: tuple[float, ...] = ()  # seconds to the sign-in window, one per run
    bundle: tuple[float, ...] = ()
    size: int = 0  # bytes of the bundle folder

    def rows(self) -> list[Row]:
        what = "cold start to sign-in window: PyInstaller bundle (median ms, lower is better)"
        if self.skipped:
            return [Row.skip("bundle", what, self.skipped)]
        return [Row("bundle", what, statistics.median(self.bundle) * 1000, statistics.median(self.source) * 1000,
                    "ms", "from source: python -m app",
                    note=f"Xvfb, {len(self.bundle)} runs interleaved; bundle {self.size / 2**20:.0f} MiB")]


def measure(quick: bool = False) -> BundleResult:
    if not BUNDLE.exists():
        return BundleResult(skipped="skipped: run ./dev bundle first")
    if not (shutil.which("Xvfb") and shutil.which("xdotool")):
        return BundleResult(skipped="skipped: needs Xvfb and xdotool (apt-get install xvfb xdotool)")
    runs = 1 if quick else RUNS
    display = ":97"
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1)
    try:
        with tempfile.TemporaryDirectory() as home:
            env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
            env.update(DISPLAY=display, HOME=home, XDG_CONFIG_HOME=f"{home}/c", XDG_DATA_HOME=f"{home}/d",
                       XDG_STATE_HOME=f"{home}/s", XDG_CACHE_HOME=f"{home}/k", QT_QPA_PLATFORM="xcb")
            source_cmd = [sys.executable, "-m", "app"]
            bundle_cmd = [str(BUNDLE)]
            time_to_window(source_cmd, env)  # warm the page cache for both
            time_to_window(bundle_cmd, env)
            source, bundle = [], []
            for _ in range(runs):
                source.append(time_to_window(source_cmd, env))
                bundle.append(time_to_window(bundle_cmd, env))
    finally:
        xvfb.kill()
        xvfb.wait()
    size = sum(p.stat().st_size for p in BUNDLE.parent.rglob("*") if p.is_file() and not p.is_symlink())
    return BundleResult(source=tuple(source), bundle=tuple(bundle), size=size)


def main(quick: bool = False) -> None:
    result = measure(quick)
    if result.skipped:
        print(f"no bundle measured ({BUNDLE}): {result.skipped}")
        return
    source, bundle = result.source, result.bundle
    s, b = statistics.median(source), statistics.median(bundle)
    print(f"{'cold start to sign-in window':30} {'median ms':>10} {'min ms':>8}")
    print(f"{'from source (python -m app)':30} {s * 1000:10.0f} {min(source) * 1000:8.0f}")
    print(f"{'PyInstaller bundle':30} {b * 1000:10.0f} {min(bundle) * 1000:8.0f}")
    print(f"ratio bundle / source: {b / s:.2f}x  ({len(bundle)} runs each, interleaved); "
          f"bundle size {result.size / 2**20:.0f} MiB")


if __name__ == "__main__":
    main()

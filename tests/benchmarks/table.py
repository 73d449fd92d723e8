"""One table of every benchmark's ratios, each against a baseline measured in the same run.

Each ``bench_<name>.py`` module exposes ``measure(quick=False)`` returning its
own result object with a ``rows()`` method; this module only runs them in
turn, collects the :class:`Row` objects, prints one table and writes it as
Markdown and JSON (``bench-results/latest.md`` and ``latest.json``).

A benchmark that fails does not lose the others: its row says ``error``.
The 1-minute load average is written next to each row, because the machine
is shared and the numbers are only as quiet as it was.

Run: ``./dev bench`` (everything), ``./dev bench --quick`` (fewer repetitions,
smaller files; minutes become seconds), ``./dev bench table tickets media``
(only those rows).
"""

from __future__ import annotations

import importlib
import json
import math
import os
import platform
import subprocess
import sys
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT_DIR = ROOT / "bench-results"

#: The table's rows, in this order; cheap ones first so a broken harness shows early.
BENCHMARKS = ("tickets", "media", "quality", "startup", "gui_stall", "batch", "upload", "upload_service", "upload_storage",
              "upload_limit", "upload_memory", "extraction", "watch", "bundle")

_COMPARE: dict[str, Callable[[float, float], bool]] = {
    "<": lambda a, b: a < b, "<=": lambda a, b: a <= b, ">": lambda a, b: a > b, ">=": lambda a, b: a >= b,
}


@dataclass(frozen=True)
class Target:
    """A threshold on the row's ``ratio`` or on its ``result`` (in the row's unit)."""

    on: str  # "ratio" | "result"
    op: str  # one of _COMPARE
    value: float

    def text(self, unit: str) -> str:
        if self.on == "ratio":
            return f"{self.op} {self.value:g}×"
        return f"{self.op} {self.value:g} {unit}"

    def met(self, row: Row) -> bool:
        value = row.ratio if self.on == "ratio" else row.result
        return value is not None and _COMPARE[self.op](value, self.value)


def ratio_target(op: str, value: float) -> Target:
    return Target("ratio", op, value)


def result_target(op: str, value: float) -> Target:
    return Target("result", op, value)


@dataclass(frozen=True)
class Row:
    """One line of the table: ``result`` against ``baseline`` (same unit, same run).

    ``ratio`` is always result ÷ baseline; the ``measure`` text says whether
    higher (rates) or lower (times, memory) is better.
    """

    bench: str
    measure: str
    result: float | None
    baseline: float | None
    unit: str
    baseline_label: str = ""
    target: Target | None = None
    note: str = ""
    skipped: str = ""  # why there is no number ("run ./dev bundle first", an error)

    @property
    def ratio(self) -> float | None:
        if self.result is None or not self.baseline:
            return None
        return self.result / self.baseline

    @property
    def status(self) -> str:
        if self.skipped:
            return "error" if self.skipped.startswith("error") else "skipped"
        if self.target is None:
            return "info"
        return "pass" if self.target.met(self) else "fail"

    @classmethod
    def skip(cls, bench: str, measure: str, reason: str) -> Row:
        return cls(bench, measure, None, None, "", skipped=reason)


@dataclass
class TableRun:
    quick: bool
    started: str
    commit: str
    rows: list[Row] = field(default_factory=list)
    loads: list[float] = field(default_factory=list)  # 1-minute load average after each row's benchmark
    seconds: dict[str, float] = field(default_factory=dict)  # wall time of each benchmark
    uptime: dict[str, list[float]] = field(default_factory=dict)  # "start"/"end": 1, 5, 15-minute load

    def to_json(self) -> dict:
        return {
            "started": self.started, "quick": self.quick, "commit": self.commit,
            "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "system": platform.platform()},
            "seconds": self.seconds, "load_average": self.uptime,
            "rows": [
                {**{k: v for k, v in asdict(row).items() if k != "target"},
                 "ratio": row.ratio, "status": row.status,
                 "target": row.target.text(row.unit) if row.target else None, "load_1min": load}
                for row, load in zip(self.rows, self.loads, strict=True)
            ],
        }


def _loads(values: list[float] | None) -> str:
    return " ".join(f"{v:.2f}" for v in values) if values else "?"


def _number(value: float | None, unit: str = "") -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    digits = 0 if abs(value) >= 100 else 1 if abs(value) >= 10 else 2
    return f"{value:.{digits}f} {unit}".strip()


def _cells(row: Row, load: float, *, with_note: bool = True) -> list[str]:
    measure = f"{row.measure} — {row.note}" if row.note and with_note else row.measure
    if row.skipped:
        return [measure, row.skipped, "", "", "", row.status, f"{load:.2f}"]
    baseline = _number(row.baseline, row.unit)
    if row.baseline_label:
        baseline = f"{baseline} ({row.baseline_label})"
    ratio = row.ratio
    return [measure, _number(row.result, row.unit), baseline, "—" if ratio is None else f"{ratio:.2f}×",
            row.target.text(row.unit) if row.target else "", row.status, f"{load:.2f}"]


HEADERS = ["measure", "result", "baseline", "ratio", "target", "pass/fail", "load"]


def markdown(run: TableRun) -> str:
    mode = "quick mode (fewer repetitions, smaller files: not comparable to a full run)" if run.quick else "full run"
    lines = [
        (f"Benchmarks, {run.started}, commit {run.commit}, {mode}; "
        f"{os.cpu_count()} CPUs shared; load average (1, 5, 15 min) at the start "
        f"{_loads(run.uptime.get('start'))}, at the end {_loads(run.uptime.get('end'))}; "
        "the load column: 1-minute load average after the row's benchmark."),
        "",
        "| " + " | ".join(HEADERS) + " |",
        "|" + "|".join("---" for _ in HEADERS) + "|",
    ]
    for row, load in zip(run.rows, run.loads, strict=True):
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in _cells(row, load)) + " |")
    return "\n".join(lines) + "\n"


def plain(run: TableRun) -> str:
    """The table for a terminal: aligned columns, each note on a line of its own."""
    pairs = list(zip(run.rows, run.loads, strict=True))
    cells = [HEADERS] + [_cells(row, load, with_note=False) for row, load in pairs]
    widths = [max(len(r[i]) for r in cells) for i in range(len(HEADERS))]
    widths[0] = min(widths[0], 72)
    out = []
    for index, line in enumerate(cells):
        out.append("  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip())
        if index and pairs[index - 1][0].note:
            out.append(f"    {pairs[index - 1][0].note}")
    return "\n".join(out) + "\n"


def _commit() -> str:
    try:
        out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                             timeout=10, check=False)
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT,
                               capture_output=True, text=True, timeout=10, check=False).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return (out.stdout.strip() or "unknown") + ("+changes" if dirty else "")


def run(names: Sequence[str] = BENCHMARKS, *, quick: bool = False, out_dir: Path | None = OUT_DIR,
        log: Callable[[str], None] = lambda text: print(text, file=sys.stderr, flush=True)) -> TableRun:
    """Run the benchmarks ``names`` in turn and collect their rows; write
    ``latest.md`` and ``latest.json`` into ``out_dir`` (None: write nothing)."""
    table = TableRun(quick=quick, started=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"), commit=_commit())
    table.uptime["start"] = [round(v, 2) for v in os.getloadavg()]
    for name in names:
        log(f"[{datetime.now().strftime('%H:%M:%S')}] {name}: running"
            f" (load {os.getloadavg()[0]:.2f}){' quick' if quick else ''}…")
        start = time.perf_counter()
        try:
            module = importlib.import_module(f"tests.benchmarks.bench_{name}")
            rows = module.measure(quick=quick).rows()
        except Exception as exc:  # noqa: BLE001 - one broken benchmark must not lose the others' minutes
            rows = [Row.skip(name, name, f"error: {type(exc).__name__}: {exc}".splitlines()[0][:200])]
            log(traceback.format_exc())
        table.seconds[name] = round(time.perf_counter() - start, 1)
        load = os.getloadavg()[0]
        table.rows.extend(rows)
        table.loads.extend([load] * len(rows))
        log(f"    {name}: {table.seconds[name]:.0f} s")
    table.uptime["end"] = [round(v, 2) for v in os.getloadavg()]
    if out_dir is not None:
        out_dir.mkdir(parents=True, exist_ok=True)
        (out_dir / "latest.md").write_text(markdown(table), encoding="utf-8")
        (out_dir / "latest.json").write_text(json.dumps(table.to_json(), indent=2) + "\n", encoding="utf-8")
    return table


def main(names: Sequence[str], *, quick: bool = False, out_dir: Path = OUT_DIR) -> int:
    unknown = [n for n in names if n not in BENCHMARKS]
    if unknown:
        print(f"unknown benchmark(s): {', '.join(unknown)}; available: {', '.join(BENCHMARKS)}")
        return 2
    table = run(names or BENCHMARKS, quick=quick, out_dir=out_dir)
    print()
    print(markdown(table).splitlines()[0])
    print()
    print(plain(table))
    print(f"written to {out_dir / 'latest.md'} and latest.json")
    return 0

"""``python -m tests.benchmarks [table] [--quick] [NAME...]``.

* no NAME (or ``table NAME...``): one table of ratios (:mod:`tests.benchmarks.table`),
  also written to ``bench-results/latest.md`` and ``latest.json``;
* ``NAME...`` without ``table``: run those ``bench_<NAME>.py`` on their own, with
  their detailed output.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from pathlib import Path

# As in tests/conftest.py: the offscreen platform's complaints about having no
# window manager are about that, not us.
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

from tests.benchmarks import table


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="./dev bench", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("names", nargs="*", metavar="NAME",
                        help=f"'table' and/or benchmarks: {', '.join(table.BENCHMARKS)}")
    parser.add_argument("--quick", action="store_true", help="fewer repetitions, smaller files")
    parser.add_argument("--out", type=Path, default=table.OUT_DIR, help="where latest.md/.json go (table only)")
    args = parser.parse_args(argv)
    names = list(args.names)
    if not names or names[0] == "table":
        return table.main(names[1:], quick=args.quick, out_dir=args.out)
    available = set(table.BENCHMARKS)
    unknown = [n for n in names if n not in available]
    if unknown:
        print(f"unknown benchmark(s): {', '.join(unknown)}; available: {', '.join(table.BENCHMARKS)}")
        return 2
    for name in names:
        print(f"\n== {name} ==", flush=True)
        importlib.import_module(f"tests.benchmarks.bench_{name}").main(quick=args.quick)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

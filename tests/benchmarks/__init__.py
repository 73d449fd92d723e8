"""Benchmarks: scripts named bench_*.py, each printing ratios against a
baseline measured in the same run. Run them all with ``./dev bench``
(or one: ``./dev bench startup``). Not collected by pytest."""

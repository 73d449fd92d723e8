"""Benchmarks: modules named bench_*.py, each measuring against a baseline
from the same run; ``measure(quick=False)`` returns structured results whose
``rows()`` feed one table (``table.py``), ``main()`` prints the details.
``./dev bench`` runs the table; ``./dev bench startup`` one benchmark alone.
pytest does not collect bench_*.py; ``test_table.py`` checks the table's
machinery on its cheapest row in quick mode."""

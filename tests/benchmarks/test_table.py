"""The benchmark table's machinery, on its cheapest row, so ``./dev bench`` cannot rot.

Runs the real ticket-list benchmark in quick mode (200 tickets against 100,
services in-process) through ``table.run`` and checks the table, the Markdown
and the JSON it writes; the numbers themselves are not judged here (the
machine is shared), only that they are there and consistent.
"""

from __future__ import annotations

import json

import pytest

from tests.benchmarks import table
from tests.benchmarks.table import Row, ratio_target, result_target


def test_quick_table_of_the_ticket_list(qapp, tmp_path):
    logged: list[str] = []
    run = table.run(["tickets", "no_such_benchmark"], quick=True, out_dir=tmp_path, log=logged.append)

    tickets = [row for row in run.rows if row.bench == "tickets"]
    assert len(tickets) == 3
    for row in tickets:
        assert row.result > 0 and row.baseline > 0 and row.unit == "ms"
        assert row.ratio == pytest.approx(row.result / row.baseline)
        assert row.status in ("pass", "fail") and row.target is not None
    assert "200 tickets" in tickets[0].measure and tickets[0].baseline_label == "same at 100"
    # A benchmark that breaks leaves an error row; the others keep their numbers.
    broken = run.rows[-1]
    assert broken.status == "error" and "ModuleNotFoundError" in broken.skipped
    assert [line for line in logged if "tickets: running" in line]

    md = (tmp_path / "latest.md").read_text(encoding="utf-8")
    assert "quick mode" in md and "| measure | result | baseline | ratio | target | pass/fail | load |" in md
    assert md.count("\n| ") == 1 + len(run.rows)
    saved = json.loads((tmp_path / "latest.json").read_text(encoding="utf-8"))
    assert saved["quick"] is True and set(saved["seconds"]) == {"tickets", "no_such_benchmark"}
    assert [r["measure"] for r in saved["rows"]] == [r.measure for r in run.rows]
    first = saved["rows"][0]
    assert first["ratio"] == pytest.approx(first["result"] / first["baseline"])
    assert first["target"] == "< 150 ms" and first["status"] == tickets[0].status
    assert isinstance(first["load_1min"], float)


@pytest.mark.parametrize(("target", "result", "baseline", "status"), [
    (ratio_target(">=", 0.9), 90.0, 100.0, "pass"),
    (ratio_target(">=", 0.9), 89.0, 100.0, "fail"),
    (ratio_target(">", 1), 100.0, 100.0, "fail"),
    (result_target("<", 60), 59.9, 10.0, "pass"),
    (result_target("<", 60), 60.0, 10.0, "fail"),
    (None, 1.0, 2.0, "info"),
])
def test_targets_judge_the_ratio_or_the_result(target, result, baseline, status):
    row = Row("x", "a measure", result, baseline, "MB", target=target)
    assert row.status == status
    assert row.ratio == pytest.approx(result / baseline)


def test_a_skipped_row_says_why_and_has_no_ratio():
    row = Row.skip("bundle", "cold start", "skipped: run ./dev bundle first")
    assert row.status == "skipped" and row.ratio is None
    assert table._cells(row, 1.5)[1] == "skipped: run ./dev bundle first"

"""Upload concurrency and bandwidth limit: pressing OK in Settings reaches the running queue."""

from __future__ import annotations

import logging
import time

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from api_client.uploads import ItemState
from app.settings import Settings
from tests.app.conftest import sign_in
from tests.support.uploads import MiB, big_pdf

KiB = 1024


def _uploads_page(qtbot, desktop):
    qtbot.waitUntil(lambda: desktop.main_window is not None and desktop.main_window.isVisible(), timeout=10000)
    page = desktop.main_window.pages["uploads"]
    qtbot.waitUntil(lambda: page.queue_runner is not None, timeout=5000)
    return page


def _change_settings(qtbot, desktop, *, concurrency: int, limit_kib: int) -> float:
    """Through the real dialog, as a person would; returns how long OK took on the GUI thread."""
    desktop.main_window.settings_requested.emit()
    dialog = desktop.settings_dialog
    assert "not" not in dialog.limit_spin.toolTip() and "next time" not in dialog.concurrency_spin.toolTip()
    dialog.concurrency_spin.setValue(concurrency)
    dialog.limit_spin.clear()
    qtbot.keyClicks(dialog.limit_spin, str(limit_kib))
    start = time.monotonic()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    return time.monotonic() - start


def _item(page, name: str):
    for row in range(page.model.rowCount()):
        item = page.model.item(row)
        if item.name == name:
            return item
    return None


@pytest.mark.timing  # measures how long the GUI thread takes: run alone (./dev test's second pass)
def test_settings_reach_the_running_queue_without_signing_in_again(qtbot, make_desktop, service, demo_password,
                                                                    tmp_path, caplog):
    caplog.set_level(logging.INFO, logger="api_client.uploads")
    Settings(server_url=service.url, upload_concurrency=1).save()
    desktop = make_desktop()
    desktop.start()
    sign_in(qtbot, desktop, "alice@demo.example", demo_password)
    page = _uploads_page(qtbot, desktop)
    runner = page.queue_runner
    assert (runner.concurrency, runner.rate_limit) == (1, 0)

    took = _change_settings(qtbot, desktop, concurrency=3, limit_kib=256)
    assert took < 0.25, took  # the GUI thread neither restyles nor waits for the queue
    qtbot.waitUntil(lambda: runner.concurrency == 3 and runner.workers == 3, timeout=3000)
    assert runner.rate_limit == 256 * KiB
    assert page.queue_runner is runner and runner.running  # the same queue, not restarted
    qtbot.waitUntil(lambda: (Settings.load().upload_concurrency, Settings.load().upload_limit_kib) == (3, 256))

    # The limit is enforced: 1 MiB at 256 KiB/s is still going after a second, and moving.
    page.add_paths([big_pdf(tmp_path / "big.pdf", MiB)])
    qtbot.waitUntil(lambda: _item(page, "big.pdf") is not None and page.model.totals()[0] > 0, timeout=5000)
    first = page.model.totals()[0]
    qtbot.wait(1000)
    item = _item(page, "big.pdf")
    assert item.state is ItemState.UPLOADING
    assert first < page.model.totals()[0] < MiB
    assert "limited to 256 KiB/s" in page.total_label.text()  # why it is slow

    # Lifted in the dialog: the file in flight finishes at full speed, without starting over.
    _change_settings(qtbot, desktop, concurrency=1, limit_kib=0)
    qtbot.waitUntil(lambda: _item(page, "big.pdf").state is ItemState.DONE, timeout=3000)
    assert _item(page, "big.pdf").attempts == 0
    # Not even a resumed chunk: pressing OK did not cut the connection the file was going over.
    assert not [r for r in caplog.records if "resuming" in r.getMessage()]
    qtbot.waitUntil(lambda: runner.workers == 1, timeout=3000)  # idle workers above the new number leave
    assert runner.rate_limit == 0
    # The totals line follows 100 ms after the change (the page's Soon timer coalesces changes).
    qtbot.waitUntil(lambda: "limited" not in page.total_label.text(), timeout=1000)

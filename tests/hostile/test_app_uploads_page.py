"""A folder of hostile files dropped on the real Uploads page, against the real service."""

from __future__ import annotations

import pytest

from api_client.uploads import ItemState
from app.logs import setup_logging
from app.shell.pages import PageContext
from app.uploads import UploadsPage
from app.workers import TaskRunner
from tests.app.test_uploads_page import drop
from tests.support import hostile_corpus as corpus
from tests.support.uploads import signed_in

FAST = {"chunk_size": 256 * 1024, "poll_interval": 0.05, "max_attempts": 2}


@pytest.fixture
def page(qtbot, small_service, tmp_path):
    client = signed_in(small_service.url)
    runner = TaskRunner()
    errors: list[BaseException] = []
    context = PageContext(me=client.me(), client=client, runner=runner, report_error=errors.append,
                          navigate=lambda key, args: None)
    page = UploadsPage(context, queue_path=tmp_path / "data" / "queue.sqlite3",
                       staging_dir=tmp_path / "data" / "staging", thumbnail_dir=tmp_path / "thumbs",
                       runner_options=FAST)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitUntil(lambda: page.queue is not None, timeout=5000)
    page.errors = errors
    yield page
    page.shutdown()
    assert runner.shutdown(15000)
    client.close()


def test_dropped_hostile_folder_shows_each_reason_and_uploads_the_rest(qtbot, page, written, tmp_path):
    log_file = setup_logging(log_file=tmp_path / "app.log")
    drop(page, [tmp_path / "corpus"])
    qtbot.waitUntil(lambda: page.model.rowCount() == len(written), timeout=10000)
    # The small photos of the corpus are held by the check before sending: each is sent anyway.
    qtbot.waitUntil(lambda: all(page.model.item(r).state.finished or page.model.item(r).state is ItemState.HELD
                                for r in range(page.model.rowCount())), timeout=30000)
    for r in range(page.model.rowCount()):
        if page.model.item(r).state is ItemState.HELD:
            page.queue.send_anyway(page.model.item(r).id)
    qtbot.waitUntil(lambda: all(page.model.item(r).state.finished for r in range(page.model.rowCount())),
                    timeout=30000)

    rows = {page.model.item(r).source_path: r for r in range(page.model.rowCount())}
    bad = {str(s.path.absolute()) for s in corpus.refused(written)}
    for sample in written:
        row = rows[str(sample.path.absolute())]
        item = page.model.item(row)
        shown = page.model.index(row, page.model.STATUS).data()
        tooltip = page.model.index(row, page.model.NAME).data(role=3)  # ToolTipRole: the path, printable
        assert not [c for c in tooltip if c in "\x1b\u202e\x00" or 0xDC80 <= ord(c) <= 0xDCFF], repr(tooltip)
        if str(sample.path.absolute()) in bad:
            assert item.state is ItemState.REJECTED, (sample.entry.name, item.state, item.error)
            corpus.assert_reason(shown, sample.entry.words)
        else:
            assert item.state is ItemState.DONE, (sample.entry.name, item.state, item.error)
    done = len(written) - len(bad)
    # The totals are redrawn at most ten times a second.
    qtbot.waitUntil(lambda: f"{done} of {len(written)} files uploaded" in page.total_label.text(), timeout=2000)
    assert f"{len(bad)} with problems" in page.total_label.text()
    assert page.errors == []
    page.grab().save(str(tmp_path / "hostile-uploads.png"))  # to look at: pytest --basetemp=DIR
    page.table.scrollTo(page.model.index(rows[str((tmp_path / "corpus" / "js-openaction.pdf").absolute())], 0))
    page.grab().save(str(tmp_path / "hostile-uploads-pdfs.png"))
    text = log_file.read_text(encoding="utf-8") if log_file.exists() else ""
    assert "Traceback" not in text and " ERROR " not in text and " CRITICAL " not in text, text

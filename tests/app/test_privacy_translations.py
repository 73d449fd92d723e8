"""The Privacy page's own text goes through Qt's translation system."""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTranslator
from PySide6.QtWidgets import QAbstractButton, QTableView

from api_client import TicketProsClient
from app.privacy import PrivacyPage
from app.privacy.page import Section
from app.shell.pages import PageContext
from app.workers import TaskRunner
from tests.support.pseudo_translation import build_pseudo_qm


def test_privacy_page_text_is_all_translated(qtbot, qapp, tmp_path, service, demo_password):
    translator = QTranslator()
    assert translator.load(str(build_pseudo_qm(tmp_path)))
    qapp.installTranslator(translator)
    runner = TaskRunner()
    client = TicketProsClient(service.url, max_retries=0)
    try:
        me = client.login("owner@demo.example", demo_password, remember=False)
        errors: list[BaseException] = []
        page = PrivacyPage(PageContext(me=me, client=client, runner=runner, report_error=errors.append,
                                       navigate=lambda key, args: None))
        qtbot.addWidget(page)
        page.show()
        qtbot.waitUntil(lambda: page.inventory is not None and page.local_report is not None
                        and page.subprocessor_model.rowCount() > 0, timeout=10000)
        texts = [b.text() for b in page.findChildren(QAbstractButton) if b.text()]
        texts += [s.title.text() for s in page.findChildren(Section)]
        texts += [s.description.text() for s in page.findChildren(Section) if s.description.text()]
        for view in page.findChildren(QTableView):
            model = view.model()
            texts += [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
        texts += [page.data_summary.text(), page.usage_summary.text(), page.retention_status.text(),
                  page.pending_label.text(), page.payment_card.text()]
        untranslated = [t for t in texts if "⟦" not in t]
        assert untranslated == [] and errors == []
    finally:
        qapp.removeTranslator(translator)
        runner.shutdown()
        client.close()
        page.notice.deleteLater()  # not in a main window here, so nobody else owns it
        runner.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()

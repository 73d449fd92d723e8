"""The Tickets page against the real service: 200 tickets, search, detail, download, delete."""

from __future__ import annotations

import hashlib

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.confirm import Confirmation
from app.shell.pages import PageContext
from app.tickets import TicketsPage
from app.workers import TaskRunner
from tests.support.uploads import add_tickets, signed_in


@pytest.fixture
def service(demo_service):
    """These tests browse the demo tickets of the seed."""
    return demo_service


@pytest.fixture
def make_page(qtbot, tmp_path):
    made = []

    def make(url: str, email: str):
        client = signed_in(url, email)
        runner = TaskRunner()
        errors: list[BaseException] = []
        navigated: list[str] = []
        context = PageContext(me=client.me(), client=client, runner=runner, report_error=errors.append,
                              navigate=lambda key, args: navigated.append(key))
        page = TicketsPage(context, thumbnail_dir=tmp_path / "thumbs")
        qtbot.addWidget(page)
        page.resize(1100, 700)
        page.show()
        made.append((runner, client))
        return page, errors, navigated

    yield make
    for runner, client in made:
        assert runner.shutdown(10000)
        client.close()


def _loaded(page: TicketsPage) -> bool:
    return page.model.loaded_once and not page.model.loading


def test_two_hundred_tickets_page_in_as_you_scroll(qtbot, make_page, service):
    add_tickets(service, "alice@demo.example", 200)
    page, errors, _ = make_page(service.url, "alice@demo.example")
    qtbot.waitUntil(lambda: _loaded(page) and page.model.rowCount() == 50, timeout=10000)
    total = page.model.total
    assert total >= 200 and "Showing 50 of" in page.status_label.text()
    while page.model.rowCount() < total:
        page.table.scrollToBottom()
        if page.model.canFetchMore():
            page.model.fetchMore()
        qtbot.waitUntil(lambda: not page.model.loading, timeout=10000)
    assert page.model.rowCount() == total
    assert len({page.model.ticket(r).id for r in range(total)}) == total
    # Thumbnails are asked for lazily and arrive from the service (then the disk cache).
    qtbot.waitUntil(lambda: page.model.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is not None, timeout=10000)
    assert errors == []


def test_search_filters_and_opens_the_detail(qtbot, make_page, service):
    add_tickets(service, "alice@demo.example", 12, job="Searchable")
    page, errors, _ = make_page(service.url, "alice@demo.example")
    qtbot.waitUntil(lambda: _loaded(page), timeout=10000)
    qtbot.keyClicks(page.search_edit, "B-0003")
    qtbot.waitUntil(lambda: _loaded(page) and page.model.rowCount() == 1, timeout=5000)
    assert page.model.ticket(0).ticket_number == "B-0003"
    qtbot.waitUntil(lambda: page.detail.ticket is not None, timeout=5000)
    assert page.detail.title.text() == "Ticket B-0003"
    assert page.detail.pages_model.rowCount() == 1 and page.detail.fields["job"].text() == "Searchable"

    page.search_edit.setText("no such ticket anywhere")
    qtbot.waitUntil(lambda: _loaded(page) and page.model.rowCount() == 0, timeout=5000)
    assert "No tickets match" in page.empty.text() and page.clear_filters.isVisible()
    page.clear_filters.click()
    qtbot.waitUntil(lambda: _loaded(page) and page.model.rowCount() >= 12, timeout=5000)
    assert errors == []


def test_download_writes_the_file_and_delete_asks_first(qtbot, make_page, service, tmp_path, monkeypatch):
    add_tickets(service, "alice@demo.example", 1, job="Delete me")
    page, errors, _ = make_page(service.url, "alice@demo.example")
    qtbot.keyClicks(page.search_edit, "Delete me")
    qtbot.waitUntil(lambda: _loaded(page) and page.model.rowCount() == 1, timeout=5000)
    qtbot.waitUntil(lambda: page.detail.ticket is not None, timeout=5000)
    ticket = page.detail.ticket
    assert page.detail.delete_button.isVisible()  # her own ticket

    target = tmp_path / "saved.jpg"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(page.detail.download_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: target.exists() and page.detail.download_button.isEnabled(), timeout=10000)
    assert hashlib.sha256(target.read_bytes()).hexdigest() == ticket.files[0].sha256
    assert page.detail.progress.value() == 1000

    qtbot.mouseClick(page.detail.delete_button, Qt.MouseButton.LeftButton)
    box = page.findChild(Confirmation)
    assert "cannot be undone" in box.text() and box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.findChild(Confirmation) is None)
    qtbot.wait(100)
    assert page.model.rowCount() == 1  # Cancel keeps it

    qtbot.mouseClick(page.detail.delete_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.findChild(Confirmation).action_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=5000)
    with signed_in(service.url) as client:
        assert all(t.id != ticket.id for t in client.tickets.list(search="Delete me").items)
    assert errors == []


def test_members_cannot_delete_others_and_owners_switch_scope(qtbot, make_page, service):
    add_tickets(service, "bob@demo.example", 2, job="Bob's")
    owner, errors, _ = make_page(service.url, "owner@demo.example")
    assert owner.scope_combo.isVisible()
    qtbot.waitUntil(lambda: _loaded(owner) and owner.model.rowCount() > 0, timeout=10000)
    organisation = owner.model.total
    owner.scope_combo.setCurrentIndex(owner.scope_combo.findData("mine"))
    qtbot.waitUntil(lambda: _loaded(owner), timeout=5000)
    assert owner.model.total < organisation
    qtbot.waitUntil(lambda: owner.detail.ticket is not None, timeout=5000)
    assert owner.detail.delete_button.isVisible()

    alice, _, _ = make_page(service.url, "alice@demo.example")
    assert not alice.scope_combo.isVisible()
    bob_ticket = signed_in(service.url, "bob@demo.example")
    with bob_ticket as client:
        summary = client.tickets.list().items[0]
    assert not alice.can_delete(summary)
    assert errors == []

"""Approving a deletion request asks first (it erases a person for good); other approvals do not."""

from __future__ import annotations

from PySide6.QtCore import Qt

from api_client import RequestState, RequestType
from app.confirm import Confirmation
from tests.app.test_requests_pages import PASSWORD, desktop_for, sdk  # noqa: F401 - fixtures
from tests.support.uploads import add_tickets


def stored_tickets(service) -> int:
    """Every ticket on the service: the ones Bob uploads are the only ones."""
    with service.db() as db:
        return db.execute("SELECT COUNT(*) FROM tickets").fetchone()[0]


def test_approving_a_deletion_asks_first_and_cancel_changes_nothing(qtbot, desktop_for, sdk, service):  # noqa: F811
    add_tickets(service, "bob@demo.example", 2, job="Bob's")
    bob = sdk("bob@demo.example")
    filed = bob.privacy_requests.submit("deletion", password=PASSWORD, note="I am leaving")
    desktop = desktop_for("owner@demo.example")
    window = desktop.main_window
    page = window.pages["approvals"]
    window.show_page("approvals")
    qtbot.waitUntil(lambda: page.model.row_of(filed.id) >= 0)
    page.select(filed.id)
    qtbot.waitUntil(lambda: page.selected_request().coverage is not None)
    page.delete_tickets_check.setChecked(True)

    qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    box = page.findChild(Confirmation)
    assert box is not None and box.isVisible()
    assert "Bob Brooks" in box.text() and "cannot be undone" in box.text()
    assert "The 2 tickets they uploaded are deleted too." in box.informativeText()
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # Cancel is also the default button
    qtbot.waitUntil(lambda: page.findChild(Confirmation) is None)
    qtbot.wait(200)
    owner = sdk("owner@demo.example")
    assert owner.privacy_requests.get(filed.id).state is RequestState.PENDING_OWNER
    assert stored_tickets(service) == 2

    qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.findChild(Confirmation).action_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.selected_request().state is RequestState.COMPLETED, timeout=10000)
    assert stored_tickets(service) == 0


def test_approving_an_access_request_is_not_asked_twice(qtbot, desktop_for, sdk):  # noqa: F811
    desktop = desktop_for("owner@demo.example")
    page = desktop.main_window.pages["approvals"]
    desktop.main_window.show_page("approvals")
    qtbot.waitUntil(lambda: page.selected_request() is not None)
    assert page.selected_request().type is RequestType.ACCESS  # the seed's request from Alice
    qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    assert page.findChild(Confirmation) is None
    qtbot.waitUntil(lambda: page.selected_request().state is RequestState.COMPLETED, timeout=10000)

"""The Requests and Approvals pages driven through real widgets, against the
real service (the other side acts through the SDK)."""

from __future__ import annotations

import zipfile

import pytest
from PySide6.QtCore import Qt

from api_client import RequestState, TicketProsClient
from app.settings import Settings
from tests.app.conftest import sign_in

PASSWORD = "demo-password"


@pytest.fixture
def desktop_for(qtbot, make_desktop, service):
    def open_as(email: str):
        Settings(server_url=service.url).save()
        desktop = make_desktop()
        desktop.start()
        sign_in(qtbot, desktop, email, PASSWORD)
        qtbot.waitUntil(
            lambda: desktop.main_window is not None and desktop.main_window.isVisible(), timeout=10000
        )
        return desktop

    return open_as


@pytest.fixture
def sdk(service):
    clients = []

    def as_user(email: str) -> TicketProsClient:
        client = TicketProsClient(service.url, max_retries=0)
        client.login(email, PASSWORD)
        clients.append(client)
        return client

    yield as_user
    for client in clients:
        client.close()


def rows(page) -> list[tuple[str, ...]]:
    model = page.model
    return [
        tuple(model.index(r, c).data() for c in range(model.columnCount())) for r in range(model.rowCount())
    ]


def nav_titles(window) -> list[str]:
    return [window.nav_model.item(r).text() for r in range(window.nav_model.rowCount())]


def test_member_files_a_request_and_sees_it_completed(qtbot, desktop_for, sdk):
    desktop = desktop_for("alice@demo.example")
    window = desktop.main_window
    window.show_page("requests", {"type": "correction", "field": "phone", "subject": "Account information"})
    page = window.pages["requests"]
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)  # the seeded access request
    assert page.field_combo.currentData() == "phone" and page.note_edit.text() == "About: Account information"
    assert not page.form.isRowVisible(page.password_edit)  # corrections need no password

    qtbot.mouseClick(page.submit_button, Qt.MouseButton.LeftButton)
    assert page.form_message.text() == "Enter the correct value."
    qtbot.keyClicks(page.value_edit, "+1 555 0177")
    qtbot.mouseClick(page.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert page.form_message.text() == "Sent to your Account Owner."
    assert rows(page)[0][:2] == ("Correction", "Waiting for the Account Owner")
    assert page.cancel_button.isVisible() and not page.download_button.isVisible()
    assert page.detail.values["asks"].text() == "Change phone to “+1 555 0177”"

    # Access needs the password; a wrong one says so, for the person to fix.
    page.type_combo.setCurrentIndex(page.type_combo.findData("deletion"))
    assert page.form.isRowVisible(page.password_edit)
    qtbot.keyClicks(page.password_edit, "not my password")
    qtbot.mouseClick(page.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "password is not correct" in page.form_message.text())
    assert page.password_edit.text() == ""

    owner = sdk("owner@demo.example")
    request_id = page.selected_request().id
    owner.privacy_requests.approve(request_id)
    page.refresh()  # the minute's poll, now
    qtbot.waitUntil(lambda: page.selected_request().state is RequestState.COMPLETED)
    assert rows(page)[0][1] == "Completed"
    title, text = desktop.notifier.sent[-1]
    assert title == "Privacy request: Completed" and text.startswith("“Correction”, filed ")
    assert text.endswith(", is now completed.")
    timeline = [
        page.detail.timeline_model.index(r).data() for r in range(page.detail.timeline_model.rowCount())
    ]
    assert len(timeline) == 4 and "Approved (Dana Owner)" in timeline[1] and "Ticket Pros" in timeline[3]


def test_member_cancels_and_downloads_a_verified_export(qtbot, desktop_for, sdk, tmp_path):
    desktop = desktop_for("alice@demo.example")
    page = desktop.main_window.pages["requests"]
    desktop.main_window.show_page("requests")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.select(page.model.items()[0].id)
    sdk("owner@demo.example").privacy_requests.approve(page.selected_request().id)
    page.refresh()
    qtbot.waitUntil(lambda: page.selected_request().export_available)
    assert page.download_button.isVisible() and not page.cancel_button.isVisible()
    target = tmp_path / "mine.zip"
    page.download_to(target)
    qtbot.waitUntil(lambda: "Every file matched" in page.detail_message.text(), timeout=10000)
    with zipfile.ZipFile(target) as archive:
        assert "manifest.json" in archive.namelist()

    page.type_combo.setCurrentIndex(page.type_combo.findData("objection"))
    qtbot.mouseClick(page.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.selected_request().state is RequestState.CANCELLED)
    assert not page.cancel_button.isVisible()


def test_owner_badge_notification_and_approval(qtbot, desktop_for, sdk):
    desktop = desktop_for("owner@demo.example")
    window = desktop.main_window
    page = window.pages["approvals"]
    qtbot.waitUntil(lambda: nav_titles(window)[-1] == "Approvals (1)")
    assert page.selected_request().requester.name == "Alice Anders"  # the waiting one is selected
    qtbot.waitUntil(lambda: page.detail.values["covers"].text().startswith("Tickets 0 · files 0"))

    sdk("bob@demo.example").privacy_requests.submit("deletion", password=PASSWORD, note="I am leaving")
    page.refresh()
    qtbot.waitUntil(lambda: nav_titles(window)[-1] == "Approvals (2)")
    assert desktop.notifier.sent[-1] == ("New privacy request", "Bob Brooks asks for: deletion.")

    window.show_page("approvals")
    page.select(next(r.id for r in page.model.items() if r.requester.name == "Bob Brooks"))
    assert page.delete_tickets_check.isVisible()
    assert not page.deny_button.isEnabled()  # a reason first
    qtbot.keyClicks(page.reason_edit, "Keep the tickets, please stay")
    assert page.deny_button.isEnabled()
    page.reason_edit.clear()

    page.select(next(r.id for r in page.model.items() if r.requester.name == "Alice Anders"))
    qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.selected_request().state is RequestState.COMPLETED, timeout=10000)
    assert nav_titles(window)[-1] == "Approvals (1)"
    assert "completed" in page.message.text()
    assert not page.decision_box.isVisible()


def test_owner_denies_with_a_reason_the_requester_sees(qtbot, desktop_for, sdk):
    bob = sdk("bob@demo.example")
    filed = bob.privacy_requests.submit("restriction", note="No analytics on me")
    desktop = desktop_for("owner@demo.example")
    page = desktop.main_window.pages["approvals"]
    desktop.main_window.show_page("approvals")
    qtbot.waitUntil(lambda: page.model.row_of(filed.id) >= 0)
    page.select(filed.id)
    assert not page.delete_tickets_check.isVisible()  # only for deletion requests
    qtbot.keyClicks(page.reason_edit, "Analytics are already off for everyone.")
    qtbot.mouseClick(page.deny_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.selected_request().state is RequestState.DENIED)
    assert page.detail.values["reason"].text() == "Analytics are already off for everyone."
    assert bob.privacy_requests.get(filed.id).decision_reason == "Analytics are already off for everyone."


def test_every_control_has_an_accessible_name(qtbot, desktop_for):
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QWidget,
    )

    desktop = desktop_for("owner@demo.example")
    for key in ("requests", "approvals"):
        page = desktop.main_window.pages[key]
        controls = [
            w
            for kind in (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QAbstractSpinBox)
            for w in page.findChildren(kind)
            # (the insides of combo boxes, spin boxes and views are theirs)
            if not any(
                isinstance(o, (QComboBox, QAbstractSpinBox, QAbstractItemView)) and o.isAncestorOf(w)
                for o in page.findChildren(QWidget)
            )
        ]
        assert controls
        unnamed = [f"{type(w).__name__} {w.objectName()}" for w in controls if not w.accessibleName()]
        assert not unnamed, (key, unnamed)

"""The account menu's two-step verification dialog and the owner's sign-in
rules, end to end against the real service: the code typed is the one an
authenticator app makes from the key the dialog shows (pyotp, at the
service's clock)."""

from __future__ import annotations

import os
import stat
from datetime import timedelta

import pyotp
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from api_client import CodeRequiredError, InvalidCodeError, SignInPolicy, TicketProsClient
from app.account.two_step import TwoStepDialog
from app.settings import Settings
from tests.app.conftest import sign_in
from tests.app.test_accessibility import controls, unnamed


def signed_in(qtbot, make_desktop, service, email, password, *, remember=True):
    settings = Settings(server_url=service.url)
    settings.save()
    desktop = make_desktop(settings)
    desktop.start()
    sign_in(qtbot, desktop, email, password, remember=remember)
    qtbot.waitUntil(lambda: desktop.main_window is not None and desktop.main_window.isVisible(), timeout=10000)
    return desktop


def open_dialog(qtbot, desktop) -> TwoStepDialog:
    desktop.main_window.two_step_action.trigger()
    dialog = desktop.main_window.two_step_dialog
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.pages.currentWidget() is not dialog.loading_page)
    return dialog


def message(qtbot, dialog, text) -> str:
    qtbot.waitUntil(lambda: text in dialog.message.text() and dialog.message.isVisible(), timeout=10000)
    return dialog.message.text()


def test_enrolment_from_the_account_menu(qtbot, make_desktop, service, demo_password, tmp_path):
    desktop = signed_in(qtbot, make_desktop, service, "alice@demo.example", demo_password)
    dialog = open_dialog(qtbot, desktop)
    assert dialog.pages.currentWidget() is dialog.off_page and "organisation requires" not in dialog.off_intro.text()
    assert len(controls(dialog)) >= 8 and unnamed(controls(dialog)) == []  # every step's controls, shown or not

    qtbot.mouseClick(dialog.set_up_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentWidget() is dialog.enrol_page)
    assert dialog.qr.modules >= 21  # a real QR symbol (version 1 is 21 modules a side)
    secret = dialog.secret_label.text().replace(" ", "")
    assert len(secret) == 32 and dialog.code_edit.hasFocus()
    totp = pyotp.TOTP(secret)

    wrong = "000000" if totp.at(service.clock.now()) != "000000" else "111111"
    qtbot.keyClicks(dialog.code_edit, wrong)
    qtbot.keyClick(dialog.code_edit, Qt.Key.Key_Return)
    message(qtbot, dialog, "That code is not right")
    assert dialog.pages.currentWidget() is dialog.enrol_page and dialog.message.objectName() == "ErrorText"

    dialog.code_edit.clear()
    qtbot.keyClicks(dialog.code_edit, totp.at(service.clock.now()))
    qtbot.mouseClick(dialog.turn_on_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentWidget() is dialog.codes_page)
    codes = [label.text() for label in dialog.code_labels]
    assert len(set(codes)) == 10 and all(len(code) == 14 for code in codes)
    assert dialog.secret_label.text() == "" and dialog.qr.modules == 0  # the key is gone once it is set up

    qtbot.mouseClick(dialog.copy_codes_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text().split("\n") == codes
    target = tmp_path / "codes.txt"
    dialog.choose_save_path = lambda: str(target)
    qtbot.mouseClick(dialog.save_codes_button, Qt.MouseButton.LeftButton)
    message(qtbot, dialog, f"Saved to {target}")
    assert [line for line in target.read_text().splitlines() if line in codes] == codes
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600

    assert not dialog.done_button.isEnabled()
    dialog.saved_check.setChecked(True)
    qtbot.mouseClick(dialog.done_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: desktop.main_window.two_step_dialog is None)

    # It is on for real: a password alone no longer signs in, a recovery code from the dialog does.
    with TicketProsClient(service.url, max_retries=0) as other:
        with pytest.raises(CodeRequiredError):
            other.login("alice@demo.example", demo_password, remember=False)
        other.login("alice@demo.example", demo_password, code=codes[9], remember=False)
        assert other.privacy.inventory().account.two_step is True

    reopened = open_dialog(qtbot, desktop)
    assert reopened.pages.currentWidget() is reopened.on_page
    assert "9 of 10 recovery codes left" in reopened.on_summary.text()


def enrol(service, email, password) -> tuple[str, ...]:
    with TicketProsClient(service.url, max_retries=0) as client:
        client.login(email, password, remember=False)
        enrolment = client.two_step.begin_enrolment()
        codes = client.two_step.confirm_enrolment(pyotp.TOTP(enrolment.secret).at(service.clock.now()))
    service.clock.advance(timedelta(seconds=30))
    return codes


def test_turning_off_asks_for_the_password(qtbot, make_desktop, service, demo_password):
    codes = enrol(service, "bob@demo.example", demo_password)
    settings = Settings(server_url=service.url)
    settings.save()
    desktop = make_desktop(settings)
    desktop.start()
    sign_in(qtbot, desktop, "bob@demo.example", demo_password)
    window = desktop.sign_in_window
    qtbot.waitUntil(lambda: window.in_code_step and window.code_button.isEnabled(), timeout=10000)
    qtbot.keyClicks(window.code_edit, codes[0])
    qtbot.keyClick(window.code_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desktop.main_window is not None and desktop.main_window.isVisible(), timeout=10000)

    dialog = open_dialog(qtbot, desktop)
    assert dialog.pages.currentWidget() is dialog.on_page and dialog.turn_off_box.isVisible()
    assert "9 of 10 recovery codes left" in dialog.on_summary.text()
    qtbot.keyClicks(dialog.password_edit, "not-the-password")
    qtbot.mouseClick(dialog.turn_off_button, Qt.MouseButton.LeftButton)
    message(qtbot, dialog, "The password is not correct")
    assert dialog.pages.currentWidget() is dialog.on_page and dialog.password_edit.hasFocus()

    dialog.password_edit.clear()
    qtbot.keyClicks(dialog.password_edit, demo_password)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    message(qtbot, dialog, "Two-step verification is off")
    qtbot.waitUntil(lambda: dialog.pages.currentWidget() is dialog.off_page)
    with TicketProsClient(service.url, max_retries=0) as other:
        other.login("bob@demo.example", demo_password, remember=False)  # no code asked for now


def test_owner_requires_two_step_and_a_member_is_asked_to_set_it_up(qtbot, make_desktop, service, demo_password):
    # Alice signed in (remembered) before her organisation required two-step.
    alice = signed_in(qtbot, make_desktop, service, "alice@demo.example", demo_password)
    assert not hasattr(alice.main_window, "sign_in_rules_action")  # members have no such menu entry
    alice.main_window.close()
    alice.shutdown()
    remembered = Settings.load()
    assert remembered.account == "alice@demo.example"

    desktop = make_desktop(Settings(server_url=service.url))
    desktop.session.sign_in(service.url, "owner@demo.example", demo_password, False)
    qtbot.waitUntil(lambda: desktop.main_window is not None, timeout=10000)
    window = desktop.main_window
    window.sign_in_rules_action.trigger()
    dialog = window.sign_in_rules_dialog
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled())
    assert not dialog.require_two_step.isChecked() and dialog.allow_password.isChecked()
    assert unnamed(controls(dialog)) == []
    dialog.require_two_step.setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.sign_in_rules_dialog is None)
    assert desktop.session.client.organisation.sign_in_policy() == SignInPolicy(True, True)
    # The owner has no two-step yet either: the app asks them at once.
    qtbot.waitUntil(lambda: window.two_step_dialog is not None and window.two_step_dialog.isVisible())

    # Alice's next start resumes her session; the app asks her to set two-step up.
    again = make_desktop(remembered)
    again.start()
    qtbot.waitUntil(lambda: again.main_window is not None and again.main_window.two_step_dialog is not None,
                    timeout=10000)
    asked = again.main_window.two_step_dialog
    qtbot.waitUntil(lambda: asked.pages.currentWidget() is asked.off_page)
    assert "Your organisation requires two-step verification" in asked.off_intro.text()
    assert asked.isVisible() and again.main_window.account_button.text().startswith("Alice")


def test_privacy_page_says_two_step_is_on_and_how_each_sign_in_was_made(qtbot, make_desktop, service,
                                                                       demo_password):
    codes = enrol(service, "bob@demo.example", demo_password)
    with TicketProsClient(service.url, max_retries=0) as other, pytest.raises(InvalidCodeError):
        other.login("bob@demo.example", demo_password, code="ZZZZ-ZZZZ-ZZZZ", remember=False)
    settings = Settings(server_url=service.url)
    settings.save()
    desktop = make_desktop(settings)
    desktop.start()
    sign_in(qtbot, desktop, "bob@demo.example", demo_password)
    window = desktop.sign_in_window
    qtbot.waitUntil(lambda: window.in_code_step and window.code_button.isEnabled(), timeout=10000)
    qtbot.keyClicks(window.code_edit, codes[4])
    qtbot.keyClick(window.code_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desktop.main_window is not None and desktop.main_window.isVisible(), timeout=10000)
    desktop.main_window.show_page("privacy")
    page = desktop.main_window.pages["privacy"]
    qtbot.waitUntil(lambda: page.inventory is not None, timeout=10000)

    account = page.account_section.model
    rows = {account.record(r)[1]: account.record(r)[2] for r in range(account.rowCount())}
    assert rows["Two-step verification"] == "On"
    events = page.security_section.model
    columns = {events.headerData(c, Qt.Orientation.Horizontal): c for c in range(events.columnCount())}
    how, result = columns["How"], columns["Result"]
    shown = [(events.data(events.index(r, result)), events.data(events.index(r, how)))
             for r in range(events.rowCount())]
    assert shown[0] == ("Signed in", "Password in the app · password and recovery code")
    assert ("Recovery code used", "Password in the app") in shown
    assert ("Failed: wrong code", "Password in the app") in shown
    assert ("Two-step verification turned on", "—") in shown

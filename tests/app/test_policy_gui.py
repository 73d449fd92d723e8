"""Managed settings in the GUI: locked settings greyed with "Set by your organisation",
the About box lists them, and saving keeps the person's own values."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from app import about, paths
from app.settings import Settings
from app.settings import policy as policy_module
from app.settings.dialog import SettingsDialog
from app.settings.policy import Policy
from tests.app.conftest import sign_in
from tests.app.test_signin_flow import wait_for_main_window

LOCKED = {"server_url": "https://tickets.example.org", "proxy_mode": "manual",
          "proxy_url": "http://proxy.example.org:3128", "upload_limit_kib": 512}


def notes(dialog) -> list[QLabel]:
    return [label for label in dialog.findChildren(QLabel) if label.property("ticketpros_managed_note")]


def test_locked_settings_are_greyed_with_a_note_and_saving_keeps_the_persons_own(qtbot):
    own = {"server_url": "https://mine.example", "upload_limit_kib": 100, "theme": "dark"}
    paths.settings_file().parent.mkdir(parents=True)
    paths.settings_file().write_text(json.dumps(own), "utf-8")
    settings = Settings.load(policy=Policy(LOCKED, {}, "test"))
    dialog = SettingsDialog(settings, proxy_in_use=None)
    qtbot.addWidget(dialog)
    dialog.show()

    widgets = dialog.setting_widgets
    assert set(widgets) <= set(Settings.saved_fields())  # the registry names real settings
    for name in LOCKED:
        assert not widgets[name].isEnabled(), name
        assert widgets[name].toolTip() == "Set by your organisation" == widgets[name].accessibleDescription()
    # start_minimised is greyed on a desktop without a tray, policy or not.
    assert all(widgets[name].isEnabled() for name in set(widgets) - set(LOCKED) - {"start_minimised"})
    assert widgets["server_url"].text() == LOCKED["server_url"]
    assert widgets["upload_limit_kib"].value() == 512
    # One note per locked control, right under it, visible on the control's tab.
    shown = notes(dialog)
    assert len(shown) == len(LOCKED) and all(n.text() == "Set by your organisation" for n in shown)
    for note in shown:
        page = next(dialog.tabs.widget(i) for i in range(dialog.tabs.count())
                    if dialog.tabs.widget(i).isAncestorOf(note))
        dialog.tabs.setCurrentWidget(page)
        assert note.isVisible()
    # The proxy address of a locked manual proxy stays greyed whatever the radio buttons do.
    dialog._update_enabled()
    assert not widgets["proxy_url"].isEnabled()
    assert widgets["proxy_exclusions"].isEnabled()  # not locked; manual mode is on

    dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData("light"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    result = dialog.result_settings()
    assert result is not None and result.locked == set(LOCKED)
    result.save()
    on_disk = json.loads(paths.settings_file().read_text("utf-8"))
    assert (on_disk["server_url"], on_disk["upload_limit_kib"], on_disk["theme"]) == (
        "https://mine.example", 100, "light")
    assert "proxy_mode" not in on_disk and "proxy_url" not in on_disk


def test_without_a_policy_nothing_is_greyed(qtbot):
    dialog = SettingsDialog(Settings.load(policy=Policy()), proxy_in_use=None)
    qtbot.addWidget(dialog)
    assert notes(dialog) == []
    assert dialog.server_edit.isEnabled() and dialog.limit_spin.isEnabled() and dialog.proxy_choice.isEnabled()


def test_about_lists_the_managed_settings():
    assert "organisation" not in about.about_text()
    text = about.about_text(frozenset({"upload_limit_kib", "server_url"}))
    assert "<b>Set by your organisation:</b> server_url, upload_limit_kib</p>" in text


@pytest.fixture
def machine_policy(tmp_path, monkeypatch):
    monkeypatch.setattr(policy_module, "PLATFORM", "linux")
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "xdg"))

    def write(values: dict) -> None:
        path = tmp_path / "xdg" / "TicketPros" / "policy.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(values), "utf-8")

    return write


def test_the_app_signs_in_to_the_locked_server_and_about_says_so(qtbot, make_desktop, service, demo_password,
                                                                  machine_policy, monkeypatch):
    Settings(server_url="http://127.0.0.1:9").save()  # the person's own (nothing listens there)
    machine_policy({"server_url": service.url, "upload_limit_kib": 256})
    desktop = make_desktop()  # settings from disk, under the policy, as the app starts
    desktop.start()
    edit = desktop.sign_in_window.server_edit
    assert edit.text() == service.url and not edit.isEnabled()
    assert edit.toolTip() == "Set by your organisation"
    sign_in(qtbot, desktop, "alice@demo.example", demo_password)
    window = wait_for_main_window(qtbot, desktop)
    assert not edit.isEnabled()  # the sign-in's busy state gave the inputs back, but not this one

    shown = []
    monkeypatch.setattr(about.QMessageBox, "about", lambda parent, title, text: shown.append(text))
    next(a for a in window.menuBar().actions() if a.text() == "&Help").menu().actions()[-1].trigger()
    assert shown and "Set by your organisation:</b> server_url, upload_limit_kib" in shown[0]
    on_disk = json.loads(paths.settings_file().read_text("utf-8"))
    assert on_disk["server_url"] == "http://127.0.0.1:9" and on_disk["account"] == "alice@demo.example"

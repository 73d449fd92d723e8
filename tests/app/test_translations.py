"""Every user-visible string goes through Qt's translation system."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit

from app.signin import SignInWindow
from tests.support.pseudo_translation import build_pseudo_qm


@pytest.fixture
def pseudo_locale(qapp, tmp_path):
    translator = QTranslator()
    assert translator.load(str(build_pseudo_qm(tmp_path)))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def test_sign_in_window_text_is_all_translated(qtbot, pseudo_locale):
    window = SignInWindow(server_url="https://api.ticketpros.io")
    qtbot.addWidget(window)
    assert window.windowTitle().startswith("⟦")
    texts = [w.text() for w in window.findChildren(QAbstractButton)]
    texts += [w.text() for w in window.findChildren(QLabel) if w.text()]
    texts += [w.placeholderText() for w in window.findChildren(QLineEdit) if w.placeholderText()]
    untranslated = [t for t in texts if t and "⟦" not in t and "://" not in t]
    assert untranslated == []

"""Asking before an action that cannot be undone: one dialog for every confirmation.

The question is window-modal and shown with ``open()``, never ``exec()``: no
nested event loop, so the window keeps painting and the task runner keeps
delivering results while it is up. Cancel is the default button and Escape's;
the other button is named for the action ("Delete", "Clear"), never "Yes".
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget


class Confirmation(QMessageBox):
    """The question; ``action_button`` carries out the action, Cancel does nothing."""

    def __init__(self, parent: QWidget, *, title: str, text: str, action: str, details: str = "",
                 destructive: bool = True) -> None:
        super().__init__(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, parent)
        if details:
            self.setInformativeText(details)
        role = QMessageBox.ButtonRole.DestructiveRole if destructive else QMessageBox.ButtonRole.AcceptRole
        self.action_button = self.addButton(action, role)
        self.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.setEscapeButton(QMessageBox.StandardButton.Cancel)

    @property
    def confirmed(self) -> bool:
        return self.clickedButton() is self.action_button


def confirm(parent: QWidget, *, title: str, text: str, action: str, on_confirm: Callable[[], None],
            details: str = "", destructive: bool = True) -> Confirmation:
    """Show the question over ``parent`` and return at once; ``on_confirm()``
    runs if the person presses the action's button. The dialog is a child of
    ``parent`` until it closes (tests find it with ``findChild(Confirmation)``)."""
    box = Confirmation(parent, title=title, text=text, action=action, details=details, destructive=destructive)

    def answered(_result: int) -> None:
        confirmed = box.confirmed
        box.setParent(None)  # gone from findChild at once, deleted on the next loop
        box.deleteLater()
        if confirmed:
            on_confirm()

    box.finished.connect(answered)
    box.open()
    return box

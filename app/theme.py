"""Palette, stylesheet and icons, applied from ``resources``.

Fusion style with a light or dark palette; ``"system"`` follows the
platform's colour scheme (Qt 6.5+ ``QStyleHints.colorScheme``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication

import resources

THEMES = ("system", "light", "dark")

#: The style every theme is drawn with, and the QApplication property that says it was made with it
#: (``-style Fusion`` among its arguments: app.gui.create_qapplication).
FUSION = "Fusion"
FUSION_BY_ARGV = "ticketpros_fusion_by_argv"

#: The colour of text that reports a failure or needs attention (a failed
#: upload, an overdue request, an unfamiliar sign-in), one per theme. Each
#: keeps at least 4.5:1 contrast (WCAG AA) with its palette's window, base and
#: alternate-base colours (tests/app/test_theme.py measures it).
ERROR_COLOURS = {"light": "#b3261e", "dark": "#ff8a80"}


def icon(name: str) -> QIcon:
    return QIcon(str(resources.icon_path(name)))


def effective_theme(choice: str) -> str:
    if choice in ("light", "dark"):
        return choice
    scheme = QGuiApplication.styleHints().colorScheme()
    return "dark" if scheme == Qt.ColorScheme.Dark else "light"


def current_theme() -> str:
    """``"light"`` or ``"dark"``: the theme in effect, as ``apply_theme`` chose it,
    else read from the palette (before any theme is applied)."""
    app = QGuiApplication.instance()
    theme = app.property("ticketpros_theme") if app is not None else None
    if theme in ("light", "dark"):
        return theme
    return "dark" if QGuiApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128 else "light"


def error_colour() -> QColor:
    """Error text of the current theme, for models and painted widgets; labels
    get it from the stylesheet (``objectName`` ``ErrorText``)."""
    return QColor(ERROR_COLOURS[current_theme()])


def _palette(theme: str) -> QPalette:
    palette = QPalette()
    if theme == "dark":
        colours = {
            QPalette.ColorRole.Window: "#232830", QPalette.ColorRole.WindowText: "#e6e9ee",
            QPalette.ColorRole.Base: "#1a1e24", QPalette.ColorRole.AlternateBase: "#262c35",
            QPalette.ColorRole.Text: "#e6e9ee", QPalette.ColorRole.Button: "#2c323c",
            QPalette.ColorRole.ButtonText: "#e6e9ee", QPalette.ColorRole.Highlight: "#3b82f6",
            QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.ToolTipBase: "#2c323c",
            QPalette.ColorRole.ToolTipText: "#e6e9ee", QPalette.ColorRole.PlaceholderText: "#8b95a3",
            QPalette.ColorRole.Link: "#7fb0ff",
        }
    else:
        colours = {
            QPalette.ColorRole.Window: "#f7f8fa", QPalette.ColorRole.WindowText: "#1f2733",
            QPalette.ColorRole.Base: "#ffffff", QPalette.ColorRole.AlternateBase: "#f1f3f7",
            QPalette.ColorRole.Text: "#1f2733", QPalette.ColorRole.Button: "#eef0f4",
            QPalette.ColorRole.ButtonText: "#1f2733", QPalette.ColorRole.Highlight: "#2f7de1",
            QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.ToolTipBase: "#ffffff",
            QPalette.ColorRole.ToolTipText: "#1f2733", QPalette.ColorRole.PlaceholderText: "#7a8494",
            QPalette.ColorRole.Link: "#1b56a8",
        }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    disabled = QColor("#6b7480" if theme == "dark" else "#9aa3ae")
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def apply_theme(app: QApplication, choice: str = "system") -> str:
    """Apply a theme without restarting; returns the theme in effect."""
    theme = effective_theme(choice)
    # Already the style (made so, or set before): setting it again costs a re-polish.
    if not app.property(FUSION_BY_ARGV) and app.style().name().lower() != FUSION.lower():
        app.setStyle(FUSION)
    app.setPalette(_palette(theme))
    # The error colour (#ErrorText, a value to check, the To review badge) comes from ERROR_COLOURS,
    # the one place that knows it.
    error = ERROR_COLOURS[theme]
    app.setStyleSheet(resources.stylesheet(theme) + f"\n#ErrorText, #ConfidenceLow {{ color: {error}; }}"
                      f"\n#Badge {{ background: {error}; }}\n")
    app.setProperty("ticketpros_theme", theme)
    return theme

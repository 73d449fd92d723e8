"""The error colour: one per theme, readable on that theme, used everywhere error text is shown."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel

from app.theme import ERROR_COLOURS, apply_theme, error_colour

#: WCAG 2.x AA for normal-size text.
AA_NORMAL_TEXT = 4.5


def relative_luminance(colour: QColor) -> float:
    """WCAG 2.x relative luminance of an sRGB colour."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF())


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_contrast_formula_matches_known_values():
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)  # the usual AA miss


@pytest.fixture
def themed(qapp):
    yield qapp
    apply_theme(qapp, "light")  # what the other GUI tests use


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_error_text_is_readable_on_every_background_of_its_theme(themed, qtbot, theme):
    apply_theme(themed, theme)
    palette = themed.palette()
    colour = error_colour()
    assert colour == QColor(ERROR_COLOURS[theme])
    # Error text sits on the window (labels), in tables (base) and on their alternate rows.
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.AlternateBase):
        ratio = contrast(colour, palette.color(role))
        assert ratio >= AA_NORMAL_TEXT, f"{theme}: {colour.name()} on {role.name} is {ratio:.2f}:1"

    # Labels named ErrorText get the same colour from the stylesheet.
    label = QLabel("Can't reach the service.")
    label.setObjectName("ErrorText")
    qtbot.addWidget(label)
    label.ensurePolished()
    assert label.palette().color(label.foregroundRole()) == colour


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_models_paint_errors_in_the_theme_colour(themed, tmp_path, theme):
    from api_client import SecurityEvent
    from api_client.uploads import ItemState, UploadQueue
    from app.privacy.models import Column, RecordTableModel
    from app.uploads.model import UploadQueueModel
    from tests.media_samples import jpeg_with_gps

    apply_theme(themed, theme)
    expected = QColor(ERROR_COLOURS[theme])

    # An unfamiliar sign-in on the Privacy page.
    events = RecordTableModel([Column("Where", lambda e: e.region)], emphasis=lambda e: e.unfamiliar)
    events.set_rows([SecurityEvent(kind="sign_in", at="2026-01-01T00:00:00Z", ip="203.0.113.7",
                                   region="Bavaria, Germany", device="Firefox on Linux", success=True,
                                   unfamiliar=True)])
    assert events.data(events.index(0, 0), Qt.ItemDataRole.ForegroundRole).color() == expected

    # A failed upload (the queue's red was the light theme's on the dark theme too: 2.6:1).
    with UploadQueue(tmp_path / "queue.sqlite3", tmp_path / "staging", owner="test") as queue:
        [item] = queue.add([jpeg_with_gps(tmp_path / "a.jpg")])
    uploads = UploadQueueModel()
    uploads.reset_items([dataclasses.replace(item, state=ItemState.FAILED, error="The service refused it.")])
    assert uploads.data(uploads.index(0, UploadQueueModel.STATUS), Qt.ItemDataRole.ForegroundRole) == expected


def test_no_other_module_spells_an_error_colour():
    """The colours live in app/theme.py only: a copy elsewhere would not follow the theme."""
    root = Path(__file__).resolve().parents[2]
    sources = [*(root / "app").rglob("*.py"), *(root / "resources" / "styles").glob("*.qss")]
    spelled = [f"{path.relative_to(root)}: {colour}" for path in sources if path.name != "theme.py"
               for colour in ERROR_COLOURS.values() if colour.lower() in path.read_text("utf-8").lower()]
    assert len(sources) > 20 and spelled == []


def test_every_url_in_every_stylesheet_names_a_file_that_exists():
    """A url() that names no file draws nothing, silently (a check box with no mark)."""
    import re

    import resources

    sheets = sorted((resources.ROOT / "styles").glob("*.qss"))
    assert sheets
    for sheet in sheets:
        text = resources.stylesheet(sheet.stem)
        assert resources.ICONS_PLACEHOLDER not in text
        for url in re.findall(r"""url\(\s*["']?([^"')]*?)["']?\s*\)""", text):
            assert Path(url).is_file(), f"{sheet.name}: url({url}) names no file"


def test_a_dark_check_box_shows_its_box_and_its_mark(themed, qtbot):
    """Fusion's own box is a shade off the dark window (about 1.1:1): the stylesheet rings it, and a
    checked box shows a white mark on blue, which only its SVG draws."""
    from PySide6.QtWidgets import QCheckBox

    apply_theme(themed, "dark")
    window = themed.palette().color(QPalette.ColorRole.Window)

    def pixels(checked: bool) -> list[QColor]:
        box = QCheckBox()
        qtbot.addWidget(box)
        box.setChecked(checked)
        box.resize(box.sizeHint())
        image = box.grab().toImage()
        return [image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())]

    unchecked, checked = pixels(False), pixels(True)
    # The box's outline: 3:1 against the window (WCAG 1.4.11, as the radio buttons' ring).
    assert max(contrast(colour, window) for colour in unchecked) >= 3
    # The mark: white pixels inside a checked box, none in an unchecked one.
    white = [c for c in checked if min(c.red(), c.green(), c.blue()) >= 230]
    assert white and not [c for c in unchecked if min(c.red(), c.green(), c.blue()) >= 230]

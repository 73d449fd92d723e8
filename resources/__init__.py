"""Icons, stylesheets and translations, found through this one module.

Plain file access (no Qt) so it works the same from source, from a wheel and
inside a PyInstaller bundle; ``app.theme`` turns these into Qt objects.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent


def icon_path(name: str) -> Path:
    """``icon_path("app")`` → the SVG of the application icon."""
    path = ROOT / "icons" / f"{name}.svg"
    if not path.is_file():
        raise FileNotFoundError(f"no icon named {name!r}")
    return path


#: Stands for the icons folder in a stylesheet's ``url(...)``: the folder moves (source, wheel, bundle).
ICONS_PLACEHOLDER = "@ICONS@"


def stylesheet(theme: str) -> str:
    """The Qt stylesheet for ``"light"`` or ``"dark"``, its ``url("@ICONS@/…")`` pointing into the icons folder."""
    text = (ROOT / "styles" / f"{theme}.qss").read_text("utf-8")
    return text.replace(ICONS_PLACEHOLDER, (ROOT / "icons").as_posix())


def translations_dir() -> Path:
    return ROOT / "translations"

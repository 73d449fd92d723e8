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


def stylesheet(theme: str) -> str:
    """The Qt stylesheet for ``"light"`` or ``"dark"``."""
    return (ROOT / "styles" / f"{theme}.qss").read_text("utf-8")


def translations_dir() -> Path:
    return ROOT / "translations"

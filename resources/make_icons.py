"""Render resources/icons/app.svg to the platform icon files.

``python -m resources.make_icons OUT_DIR`` writes ``app.png`` (512 px),
``app.ico`` (16–256 px) and ``app.icns`` (16–1024 px). Qt's SVG renderer
draws the pixels (Pillow cannot read SVG); Pillow writes the containers.
build.spec runs this, so the icons always match the SVG.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from PIL import Image

from . import icon_path


def render(size: int) -> Image.Image:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(["make_icons"])
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(icon_path("app"))).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(data))).convert("RGBA")


def main(out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    big = render(1024)
    big.resize((512, 512), Image.Resampling.LANCZOS).save(out_dir / "app.png")
    big.save(out_dir / "app.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    big.save(out_dir / "app.icns")


if __name__ == "__main__":
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "build/icons"))

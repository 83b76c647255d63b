"""Render the app icon's SVG to the PNG and ICO the installers need.

Qt's own SVG renderer and ICO writer, so no extra tools. Run after changing the SVG.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"


def render(size: int) -> QImage:
    """The icon at *size* x *size*, on transparency."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(ICONS / "apaleo-inspector.svg")).render(painter)
    painter.end()
    return image


def main() -> int:
    """Write apaleo-inspector.png (512 px, for macOS and Linux) and .ico (256 px, Windows)."""
    app = QGuiApplication(sys.argv[:1])
    ok = render(512).save(str(ICONS / "apaleo-inspector.png"))
    ok &= render(256).save(str(ICONS / "apaleo-inspector.ico"))
    del app
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

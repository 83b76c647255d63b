"""Windows that fit the screen they open on: a share of it, never more.

A saved size is restored only when it still fits.

A hotel's front-desk PC may be a 1024x768 screen, or a 2560x1440 one at 200 % (1280x720 for
Qt); a laptop moves between a dock and its own panel. Fixed sizes run off such screens, and a
geometry saved on a large monitor opens half off a small one.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

#: The share of the screen's available area a window takes at most.
MAX_SHARE = 0.92


def available_area(window: QWidget) -> QRect:
    """Where *window* may go: its screen's area without task bars and docks."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def place(
    window: QWidget,
    preferred: tuple[int, int],
    saved: object = None,
    *,
    share: float = MAX_SHARE,
) -> None:
    """Size *window* for its screen, a new size centred on it.

    *saved* (``saveGeometry()``) when it fits the screen, else *preferred*, never more than
    *share* of the screen.

    Minimum sizes larger than the screen are lowered to it, so the layout (scroll areas where
    content is long) gives way rather than the window running off the edge.
    """
    area = available_area(window)
    limit_w, limit_h = int(area.width() * share), int(area.height() * share)
    window.setMinimumSize(min(window.minimumWidth(), limit_w), min(window.minimumHeight(), limit_h))
    if isinstance(saved, QByteArray) and not saved.isEmpty() and window.restoreGeometry(saved):
        # Qt squeezes a restored geometry onto a smaller screen rather than refusing it, and the
        # frame is added only once shown: a saved size is kept only within the share here too.
        inside = area.contains(window.geometry())
        if window.isMaximized() or (
            inside and window.width() <= limit_w and window.height() <= limit_h
        ):
            return
    width = min(preferred[0], limit_w)
    height = min(preferred[1], limit_h)
    window.resize(width, height)
    window.move(
        area.x() + max(0, (area.width() - width) // 2),
        area.y() + max(0, (area.height() - height) // 2),
    )


def fits(window: QWidget) -> bool:
    """Whether *window*, frame included, lies within its screen's available area."""
    return available_area(window).contains(window.frameGeometry())


__all__ = ["MAX_SHARE", "available_area", "fits", "place"]

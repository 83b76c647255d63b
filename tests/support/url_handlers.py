"""What the desktop is asked to open, recorded: Qt's own QDesktopServices.setUrlHandler hook.

The offscreen platform has no browser and no file manager; Qt routes the URLs of the given
schemes to a receiver instead (the seam Qt offers for this; no app code is replaced).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices


class UrlRecorder(QObject):
    """Records each address the app asks the desktop to open, as text."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toString())


@contextmanager
def recording(*schemes: str) -> Iterator[UrlRecorder]:
    """Route *schemes* to a new recorder while the block runs."""
    recorder = UrlRecorder()
    for scheme in schemes:
        # PySide takes the slot's name as str here; its stub says bytes
        QDesktopServices.setUrlHandler(scheme, recorder, "open")  # type: ignore[arg-type]
    try:
        yield recorder
    finally:
        for scheme in schemes:
            QDesktopServices.unsetUrlHandler(scheme)

"""What a window shows while apaleo makes it wait, and the reference apaleo's support asks for.

Both live in the inspector's status bar: a countdown for waits ("apaleo's rate limit: continuing
in 12 s"), and the ``apaleo-tracking-id`` of the last API error, with a Copy button.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStatusBar, QWidget

#: What each kind of wait is called in the status bar.
WAIT_WORDS = {
    "rate limit": "apaleo's rate limit",
    "server error": "apaleo answered with an error",
    "network": "the connection failed",
}


def wait_words(reason: str, seconds_left: int) -> str:
    """The status bar's line while a request waits."""
    return f"{WAIT_WORDS.get(reason, reason)}: continuing in {seconds_left} s"


class PauseRelay(QObject):
    """Carries the API client's waits from worker threads to the GUI thread (queued).

    Signals:
        paused(float, str): seconds to wait, and why.
    """

    paused = Signal(float, str)


class WaitCountdown(QObject):
    """Counts a wait down in the status bar, a second at a time."""

    def __init__(self, bar: QStatusBar) -> None:
        super().__init__(bar)
        self._bar = bar
        self._deadline = 0.0
        self._reason = ""
        self._stopped = False
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)

    @Slot(float, str)
    def start(self, seconds: float, reason: str) -> None:
        """Show *reason* with the seconds left; waits under a second pass unannounced."""
        if seconds < 1 or self._stopped:  # a wait reported after the window closed
            return
        self._deadline = time.monotonic() + seconds
        self._reason = reason
        self._tick()
        self._timer.start()

    def stop(self) -> None:
        """Stop counting for good (the window closes)."""
        self._stopped = True
        self._timer.stop()

    @Slot()
    def _tick(self) -> None:
        left = round(self._deadline - time.monotonic())
        if left <= 0:
            self._timer.stop()
            self._bar.clearMessage()
            return
        self._bar.showMessage(wait_words(self._reason, left))


class SupportReference(QWidget):
    """The last API error's ``apaleo-tracking-id``, with Copy (hidden until there is one)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel("")
        self.label.setObjectName("supportReference")
        self.copy_button = QPushButton("Copy reference")
        self.copy_button.setAccessibleName("Copy apaleo's support reference")
        self.copy_button.clicked.connect(self._copy)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.copy_button)
        self.reference = ""
        self.hide()

    def show_for(self, error: object) -> None:
        """Show the reference of *error*, if apaleo gave one."""
        reference = getattr(error, "tracking_id", None)
        if not isinstance(reference, str) or not reference:
            return
        self.reference = reference
        self.label.setText(f"apaleo support reference: {reference}")
        self.setToolTip(
            "apaleo's support asks for this reference when you report a problem with a request."
        )
        self.show()

    @Slot()
    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.reference)

"""What a window shows while apaleo makes it wait: a countdown in the inspector's status bar.

"apaleo's rate limit: continuing in 12 s". (apaleo's support reference of an error is in the
message bar's details.)
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QStatusBar

from desktop_app.core.i18n import said, translate

#: What each kind of wait is called in the status bar.
WAIT_WORDS = {
    "rate limit": said("Support", "apaleo's rate limit"),
    "server error": said("Support", "apaleo answered with an error"),
    "network": said("Support", "the connection failed"),
}


def wait_words(reason: str, seconds_left: int) -> str:
    """The status bar's line while a request waits."""
    why = WAIT_WORDS.get(reason)
    return translate("Support", "{why}: continuing in {seconds} s").format(
        why=why.shown() if why else reason, seconds=seconds_left
    )


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

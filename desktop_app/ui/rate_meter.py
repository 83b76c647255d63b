"""The rate-limit meter in the status bar: shown only while apaleo's budget runs low.

apaleo counts requests per app and account in a window (a minute; 200 requests for development
accounts, 3,500 for live ones) and says what is left in ``X-Rate-Limit-Remaining`` on every
answer. Below 10 % the status bar says so, with the time the window resets; above it the meter
hides again. It hears every call from :mod:`desktop_app.net.call_log`, on the GUI thread.
"""

from __future__ import annotations

import time

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QLabel, QWidget

from desktop_app.core.i18n import translate
from desktop_app.net.call_log import Call, CallLog
from desktop_app.net.retry import http_time
from desktop_app.ui.recent_requests import CallRelay

#: Below this share of the budget the meter shows.
LOW = 0.10


class RateMeter(QLabel):
    """The budget left ("12 of 200 requests left until 10:42:00"), while that is low."""

    def __init__(self, calls: CallLog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rateMeter")
        self._calls = calls
        self._relay = CallRelay(self)
        self._relay.added.connect(self.heard)
        self._stop = calls.added.add(self._relay.added.emit)
        self.hide()

    @Slot(object)
    def heard(self, call: Call) -> None:
        """Show or hide the meter by what the newest call said of the budget."""
        if call.rate_remaining is None:
            return
        told = self._calls.budget_left()
        if told is None:
            return
        remaining, budget = told
        if remaining >= budget * LOW:
            self.hide()
            return
        reset = http_time(call.rate_reset)
        until = time.strftime("%H:%M:%S", time.localtime(reset)) if reset else "?"
        text = translate(
            "RateMeter", "apaleo's rate limit: {remaining} of {budget} requests left until {time}"
        ).format(remaining=remaining, budget=budget, time=until)
        self.setText(text)
        self.setAccessibleName(text)
        self.setToolTip(
            translate(
                "RateMeter",
                "apaleo allows each app a number of requests a minute. When none are left, the "
                "app waits until the window resets.",
            )
        )
        self.show()

    def stop(self) -> None:
        """Stop listening (the window closes)."""
        self._stop()


__all__ = ["LOW", "RateMeter"]

"""The last calls this app made, for *Help ▸ Recent requests*, the support report and the rate meter.

Every request any part of the app sends passes :class:`~desktop_app.net.http.InspectorSession`,
which adds one :class:`Call` here: method, host, path (never the query: a callback's code or a
form's secret could be in it), status, time, duration, apaleo's ``apaleo-tracking-id`` and its
rate-limit headers. Nothing of a body or header that could hold a credential is kept. A window
subscribes to :attr:`CallLog.added` to follow the rate limit; the log keeps the last 50 only.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from dataclasses import asdict, dataclass
from typing import Any

from desktop_app.core.listeners import Listeners

#: How many calls are kept (and go into a support report).
KEPT = 50


@dataclass(frozen=True)
class Call:
    """One request and what came back (``status`` 0: no answer; ``error`` says why)."""

    method: str
    host: str
    path: str
    status: int
    at: float
    ms: int
    tracking_id: str | None = None
    #: ``X-Rate-Limit-Remaining`` / ``-Limit`` (a window such as ``1m``) / ``-Reset``, as sent.
    rate_remaining: int | None = None
    rate_window: str | None = None
    rate_reset: str | None = None
    error: str | None = None

    def to_json(self) -> dict[str, Any]:
        """The call as plain data (the time in UTC, ISO 8601)."""
        data = asdict(self)
        data["at"] = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(self.at))
        return data


def rate_budget(remaining: int, most_seen: int) -> int:
    """The requests a window holds, judged from what was seen (apaleo sends no count).

    apaleo's windows are 200 requests a minute for development and trial accounts and 3,500 for
    live ones; a count above 200 ever seen means a live account.
    """
    return 3500 if max(remaining, most_seen) >= 200 else 200


class CallLog:
    """The last :data:`KEPT` calls, thread-safe; :attr:`added` is told of each from its thread."""

    def __init__(self, kept: int = KEPT) -> None:
        self._calls: deque[Call] = deque(maxlen=kept)
        self._lock = threading.Lock()
        self._most_remaining = 0
        #: Told of every call as it is added (from the thread that made it).
        self.added: Listeners[[Call]] = Listeners()

    def add(self, call: Call) -> None:
        """Keep *call* (the oldest goes beyond :data:`KEPT`) and tell the listeners."""
        with self._lock:
            self._calls.append(call)
            if call.rate_remaining is not None:
                self._most_remaining = max(self._most_remaining, call.rate_remaining)
        self.added.tell(call)

    def recent(self) -> list[Call]:
        """The kept calls, oldest first."""
        with self._lock:
            return list(self._calls)

    def budget_left(self) -> tuple[int, int] | None:
        """(remaining, budget) of apaleo's rate limit by the newest call that told it, or None."""
        with self._lock:
            told = next((c for c in reversed(self._calls) if c.rate_remaining is not None), None)
            most = self._most_remaining
        if told is None or told.rate_remaining is None:
            return None
        return told.rate_remaining, rate_budget(told.rate_remaining, most)

    def clear(self) -> None:
        """Forget every call (tests)."""
        with self._lock:
            self._calls.clear()
            self._most_remaining = 0


#: The process's log: every transport's session writes here unless given its own.
RECENT = CallLog()

__all__ = ["KEPT", "RECENT", "Call", "CallLog", "rate_budget"]

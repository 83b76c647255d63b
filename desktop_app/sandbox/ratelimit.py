"""apaleo's rate limit, per client: a window of N requests, told in ``X-Rate-Limit-*`` headers.

apaleo answers 429 when a client goes over (200 requests a minute on development and trial
accounts, 3,500 on live ones) and tells every answer's limit, what is left and when the window
resets (an ISO time). Whether its 429 carries ``Retry-After`` is unconfirmed: both are offered.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class _Window:
    started: float
    used: int = 0


class RateLimiter:
    """A fixed window of *limit* requests every *window_s* seconds for each client."""

    def __init__(
        self,
        limit: int = 200,
        window_s: float = 60.0,
        *,
        retry_after: bool = False,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.limit = limit
        self.window_s = window_s
        self.retry_after = retry_after
        self._clock = clock
        self._windows: dict[str, _Window] = {}
        self._lock = threading.Lock()
        self.refused = 0
        self._spent_until = 0.0

    def spend_window(self) -> None:
        """Spend every client's budget for the current window (the doctor's red rate limit)."""
        with self._lock:
            self._spent_until = self._clock() + self.window_s

    def reset(self) -> None:
        """A fresh window for every client."""
        with self._lock:
            self._windows.clear()
            self._spent_until = 0.0

    def take(self, client: str) -> tuple[bool, dict[str, str]]:
        """Count one request of *client*: (allowed, the headers to send with the answer)."""
        now = self._clock()
        with self._lock:
            window = self._windows.get(client)
            if window is None or now >= window.started + self.window_s:
                window = self._windows[client] = _Window(now)
            if now < self._spent_until:
                window.used = max(window.used, self.limit)
            allowed = window.used < self.limit
            if allowed:
                window.used += 1
            else:
                self.refused += 1
            reset = window.started + self.window_s
            left = max(0, self.limit - window.used)
        seconds = int(self.window_s)
        headers = {
            "X-Rate-Limit-Limit": f"{seconds // 60}m" if seconds % 60 == 0 else f"{seconds}s",
            "X-Rate-Limit-Remaining": str(left),
            "X-Rate-Limit-Reset": dt.datetime.fromtimestamp(reset, dt.UTC)
            .isoformat(timespec="milliseconds")
            .replace("+00:00", "Z"),
        }
        if not allowed and self.retry_after:
            headers["Retry-After"] = str(max(1, int(reset - now + 0.999)))
        return allowed, headers

"""Calls sent before anyone asks for them: a new inspector's first reads, while it is built.

apaleo is 30-150 ms away from a hotel. Building the window takes tens of milliseconds of the
GUI thread; sending its first reads only once it is built puts that time in front of every
round trip. So the controller sends them as it starts building (:meth:`ApiClient.send_early`),
each in a thread of its own, and when the window's workers then ask for the same reads they
take the answers (or wait for the ones still on their way) instead of asking again.

An answer is taken once; one nobody takes within :data:`MAX_AGE_S` is dropped, as is every
answer when the client closes (the window went away). A failure is raised to whoever takes it,
exactly as if that caller had made the call.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Hashable
from typing import Any

from desktop_app.core.errors import Cancelled

#: An early answer older than this is not used: the caller asks afresh.
MAX_AGE_S = 30.0
#: How often a caller waiting for an early answer looks at its own cancel flag.
_POLL_S = 0.05


class _Call:
    """One call in its own thread: its answer or its failure, once it has ended."""

    def __init__(self, run: Callable[[threading.Event], Any]) -> None:
        self.started = time.monotonic()
        self.cancel = threading.Event()
        self.ended = threading.Event()
        self.value: Any = None
        self.failure: BaseException | None = None
        self._run = run
        threading.Thread(target=self._work, name="early-call", daemon=True).start()

    def _work(self) -> None:
        try:
            self.value = self._run(self.cancel)
        except BaseException as exc:  # noqa: BLE001 - handed to the caller who takes it
            self.failure = exc
        finally:
            self._run = None  # type: ignore[assignment]
            self.ended.set()

    def outcome(self, cancel: threading.Event | None) -> Any:
        """The answer (waiting for it), or the call's failure raised here."""
        while not self.ended.wait(_POLL_S):
            if cancel is not None and cancel.is_set():
                raise Cancelled("Cancelled.")
        if self.failure is not None:
            failure, self.failure = self.failure, None
            raise failure
        return self.value


class EarlyCalls:
    """Calls started ahead of their callers, keyed by what identifies the call."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._calls: dict[Hashable, _Call] = {}

    def send(self, key: Hashable, run: Callable[[threading.Event], Any]) -> None:
        """Start ``run(cancel)`` now (unless a call with *key* is already waiting)."""
        with self._lock:
            if key not in self._calls:
                self._calls[key] = _Call(run)

    def take(self, key: Hashable) -> _Call | None:
        """The early call with *key*, once (None if there is none or it is too old)."""
        with self._lock:
            call = self._calls.pop(key, None)
        if call is not None and time.monotonic() - call.started > MAX_AGE_S:
            call.cancel.set()
            return None
        return call

    def drop(self) -> None:
        """Forget every early call (those still running stop at their next chance)."""
        with self._lock:
            calls, self._calls = list(self._calls.values()), {}
        for call in calls:
            call.cancel.set()

    def __len__(self) -> int:
        with self._lock:
            return len(self._calls)

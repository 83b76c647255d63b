"""Callbacks told of an event from any thread: the one listener list every object here keeps.

A listener that raises is logged and skipped, so one broken window never keeps the others (or
the session that tells them) from hearing.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Generic, ParamSpec

P = ParamSpec("P")
log = logging.getLogger(__name__)


class Listeners(Generic[P]):
    """An ordered set of callbacks; :meth:`tell` calls each with the same arguments."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._callbacks: list[Callable[P, object]] = []

    def add(self, callback: Callable[P, object]) -> Callable[[], None]:
        """Call *callback* on every :meth:`tell`; returns what stops it."""
        with self._lock:
            self._callbacks.append(callback)
        return lambda: self.remove(callback)

    def remove(self, callback: Callable[P, object]) -> None:
        """Stop calling *callback* (a window closes); nothing when it is not listening."""
        with self._lock:
            if callback in self._callbacks:
                self._callbacks.remove(callback)

    def tell(self, *args: P.args, **kwargs: P.kwargs) -> None:
        """Call every listener, in the order they were added, on this thread."""
        with self._lock:
            callbacks = list(self._callbacks)
        for callback in callbacks:
            try:
                callback(*args, **kwargs)
            except Exception:
                log.warning("a listener failed", exc_info=True)

    def __len__(self) -> int:
        with self._lock:
            return len(self._callbacks)


__all__ = ["Listeners"]

"""Background work: one shape for every blocking call (network, keyring), after superqt's workers.

A :class:`Worker` lives in the GUI thread and carries the public signals; the function runs in a
QThread of its own and reports through a private runner. Results are re-checked in the GUI thread
before they are emitted, so once :meth:`Worker.abort` returns no late answer can reach the window,
however the threads interleave.

Signals (of :class:`Worker`):
    started(): the function began.
    returned(object): its return value.
    errored(object): the exception it raised.
    yielded(object): each value a generator function yields.
    finished(): after returned/errored, unless aborted.
"""

from __future__ import annotations

import inspect
import logging
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

log = logging.getLogger(__name__)


class _Runner(QObject):
    """Runs the function in the worker thread; its signals cross back to the GUI thread."""

    started = Signal()
    returned = Signal(object)
    errored = Signal(object)
    yielded = Signal(object)
    done = Signal()

    def __init__(
        self,
        fn: Callable[..., Any],
        args: tuple[Any, ...],
        kwargs: dict[str, Any],
        cancel: threading.Event,
    ) -> None:
        super().__init__()
        self._fn, self._args, self._kwargs, self._cancel = fn, args, kwargs, cancel

    @Slot()
    def run(self) -> None:
        self.started.emit()
        try:
            result = self._fn(*self._args, **self._kwargs)
            if inspect.isgenerator(result):
                for item in result:
                    if self._cancel.is_set():
                        result.close()
                        break
                    self.yielded.emit(item)
                result = None
            if not self._cancel.is_set():
                self.returned.emit(result)
        except Exception as exc:  # noqa: BLE001 - every failure goes to errored, never lost
            if not self._cancel.is_set():
                self.errored.emit(exc)
        finally:
            self.done.emit()
            # End the thread from inside, so a bounded wait works even when the GUI event loop
            # no longer runs (on quit), not only after _on_done is delivered.
            thread = QThread.currentThread()
            if thread is not None:
                thread.quit()


class Worker(QObject):
    """A function running in its own QThread, with a cooperative abort flag (``cancel``)."""

    started = Signal()
    returned = Signal(object)
    errored = Signal(object)
    yielded = Signal(object)
    finished = Signal()
    _cleanup = Signal(object)

    def __init__(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        super().__init__()
        self.cancel = threading.Event()
        try:
            if "cancel" in inspect.signature(fn).parameters and "cancel" not in kwargs:
                kwargs["cancel"] = self.cancel
        except (TypeError, ValueError):
            pass
        self.name = getattr(fn, "__qualname__", repr(fn))
        self._thread = QThread()
        self._thread.setObjectName(f"worker:{self.name}")
        self._runner = _Runner(fn, args, kwargs, self.cancel)
        self._runner.moveToThread(self._thread)
        self._thread.started.connect(self._runner.run)
        self._runner.started.connect(self._on_started)
        self._runner.returned.connect(self._on_returned)
        self._runner.errored.connect(self._on_errored)
        self._runner.yielded.connect(self._on_yielded)
        self._runner.done.connect(self._on_done)
        self._running = False

    @property
    def aborted(self) -> bool:
        """Whether :meth:`abort` was called."""
        return self.cancel.is_set()

    @property
    def is_running(self) -> bool:
        """Whether the thread still runs."""
        return self._thread.isRunning()

    def start(self) -> Worker:
        """Start the thread."""
        self._running = True
        self._thread.start()
        return self

    def abort(self) -> None:
        """Ask the function to stop and drop whatever it still reports."""
        self.cancel.set()

    def wait(self, timeout_ms: int) -> bool:
        """Wait for the thread to end; True if it did."""
        return bool(self._thread.wait(max(0, timeout_ms)))

    @Slot()
    def _on_started(self) -> None:
        if not self.aborted:
            self.started.emit()

    @Slot(object)
    def _on_returned(self, value: object) -> None:
        if not self.aborted:
            self.returned.emit(value)

    @Slot(object)
    def _on_errored(self, exc: object) -> None:
        if not self.aborted:
            self.errored.emit(exc)

    @Slot(object)
    def _on_yielded(self, value: object) -> None:
        if not self.aborted:
            self.yielded.emit(value)

    @Slot()
    def _on_done(self) -> None:
        self._thread.quit()
        self._thread.wait(2000)
        self._running = False
        if not self.aborted:
            self.finished.emit()
        self._cleanup.emit(self)


class WorkerPool(QObject):
    """Owns the running workers: keyed supersession, abort on sign-out, bounded stop on quit."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # The GUI thread shares the GIL with the workers: a busy worker (parsing a page of JSON)
        # holds it for up to the switch interval each time the GUI needs it. 1 ms instead of 5
        # keeps painting and input smooth while pages load.
        sys.setswitchinterval(min(sys.getswitchinterval(), 0.001))
        self._workers: list[Worker] = []
        self._keys: dict[str, Worker] = {}

    def start(
        self, fn: Callable[..., Any], *args: Any, key: str | None = None, **kwargs: Any
    ) -> Worker:
        """Run ``fn(*args, **kwargs)`` in the background; a running worker with *key* is aborted.

        Connect to the returned worker's signals right away: they are delivered through the
        event loop, so nothing is emitted before control returns to it.
        """
        if key is not None and key in self._keys:
            self._keys.pop(key).abort()
        worker = Worker(fn, *args, **kwargs)
        worker._cleanup.connect(self._forget)
        self._workers.append(worker)
        if key is not None:
            self._keys[key] = worker
        return worker.start()

    @Slot(object)
    def _forget(self, worker: Worker) -> None:
        if worker in self._workers:
            self._workers.remove(worker)
        for key, value in list(self._keys.items()):
            if value is worker:
                del self._keys[key]
        worker.deleteLater()

    def current(self, key: str) -> Worker | None:
        """The live worker started under *key*, if any."""
        return self._keys.get(key)

    def abort(self, key: str) -> None:
        """Abort the worker started under *key*, if any."""
        worker = self._keys.pop(key, None)
        if worker is not None:
            worker.abort()

    def abort_all(self) -> None:
        """Abort every worker (sign-out, profile switch)."""
        self._keys.clear()
        for worker in list(self._workers):
            worker.abort()

    def active_count(self) -> int:
        """How many workers' threads still run."""
        return sum(1 for w in self._workers if w.is_running)

    def stop_all(self, timeout_ms: int = 3000) -> bool:
        """Abort everything and wait (bounded) for the threads; True if all ended."""
        self.abort_all()
        deadline = time.monotonic() + timeout_ms / 1000
        ok = True
        for worker in list(self._workers):
            left = int((deadline - time.monotonic()) * 1000)
            if not worker.wait(left):
                log.warning("worker %s did not stop in time", worker.name)
                ok = False
        return ok

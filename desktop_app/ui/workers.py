"""Background work: one shape for every blocking call (network, keyring), after superqt's workers.

A :class:`Worker` lives in the GUI thread and carries the public signals; the function runs as a
task on the pool's own :class:`QThreadPool` (threads are reused, none is made per call) and
reports through a private signals object. Results are re-checked in the GUI thread before they
are emitted, so once :meth:`Worker.abort` returns no late answer can reach the window, however
the threads interleave. Nothing in the GUI thread ever waits for a worker, except the bounded
wait on quit (:meth:`WorkerPool.stop_all`).

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
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

#: Threads of the pool. Calls are network and keyring I/O (they mostly wait, not compute), and a
#: sign-in waits minutes for the browser: a CPU-count pool would queue the window's loads
#: behind it.
MAX_THREADS = 16


class _Signals(QObject):
    """Emitted from the pool thread; delivered (queued) to the :class:`Worker` in the GUI thread.

    Not parented, so neither side's end deletes it under the other: the task and the worker each
    hold a reference, and no event is ever posted to it (it only sends).
    """

    started = Signal()
    returned = Signal(object)
    errored = Signal(object)
    yielded = Signal(object)
    done = Signal()


def _emit(signal: Any, *args: Any) -> None:
    """Emit, unless the app already tore the receivers down (quitting): then nobody listens."""
    try:
        signal.emit(*args)
    except RuntimeError:
        log.debug("a worker finished after its receivers were deleted")


class _Task(QRunnable):
    """Runs the function on a pool thread (a plain QRunnable: the signals are composed in)."""

    def __init__(
        self,
        fn: Callable[..., Any],
        args: tuple[Any, ...],
        kwargs: dict[str, Any],
        cancel: threading.Event,
        signals: _Signals,
        ended: threading.Event,
    ) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn, self._args, self._kwargs = fn, args, kwargs
        self._cancel, self._signals, self._ended = cancel, signals, ended

    def run(self) -> None:
        signals = self._signals
        try:
            if self._cancel.is_set():  # aborted while queued: never start
                return
            _emit(signals.started)
            result = self._fn(*self._args, **self._kwargs)
            if inspect.isgenerator(result):
                for item in result:
                    if self._cancel.is_set():
                        result.close()
                        break
                    _emit(signals.yielded, item)
                result = None
            if not self._cancel.is_set():
                _emit(signals.returned, result)
        except Exception as exc:  # noqa: BLE001 - every failure goes to errored, never lost
            if not self._cancel.is_set():
                _emit(signals.errored, exc)
        finally:
            _emit(signals.done)
            self._ended.set()
            self._fn = self._args = self._kwargs = None  # type: ignore[assignment]


class Worker(QObject):
    """A function running on the pool, with a cooperative abort flag (``cancel``)."""

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
        self._ended = threading.Event()
        self._submitted = False
        self._signals = _Signals()
        self._signals.started.connect(self._on_started)
        self._signals.returned.connect(self._on_returned)
        self._signals.errored.connect(self._on_errored)
        self._signals.yielded.connect(self._on_yielded)
        self._signals.done.connect(self._on_done)
        self._task: _Task | None = _Task(fn, args, kwargs, self.cancel, self._signals, self._ended)

    @property
    def aborted(self) -> bool:
        """Whether :meth:`abort` was called."""
        return self.cancel.is_set()

    @property
    def is_running(self) -> bool:
        """Whether the task was submitted and has not ended yet (queued counts as running)."""
        return self._submitted and not self._ended.is_set()

    def submit(self, threads: QThreadPool) -> Worker:
        """Queue the task on *threads*."""
        task, self._task = self._task, None
        assert task is not None, "a worker runs once"
        self._submitted = True
        threads.start(task)
        return self

    def abort(self) -> None:
        """Ask the function to stop and drop whatever it still reports."""
        self.cancel.set()

    def wait(self, timeout_ms: int) -> bool:
        """Wait for the task to end; True if it did. For quitting and tests, not the GUI."""
        return self._ended.wait(max(0, timeout_ms) / 1000)

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
        if not self.aborted:
            self.finished.emit()
        self._cleanup.emit(self)


class WorkerPool(QObject):
    """Owns the running workers: keyed supersession, abort on sign-out, bounded stop on quit."""

    def __init__(self, parent: QObject | None = None, *, max_threads: int = MAX_THREADS) -> None:
        super().__init__(parent)
        self.threads = QThreadPool(self)
        self.threads.setMaxThreadCount(max_threads)
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
        return worker.submit(self.threads)

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

    def idle(self) -> bool:
        """Whether every worker has ended and its last signal was delivered (or dropped)."""
        return not self._workers

    def active_count(self) -> int:
        """How many workers are queued or running."""
        return sum(1 for w in self._workers if w.is_running)

    def stop_all(self, timeout_ms: int = 3000) -> bool:
        """Abort everything and wait (bounded) for the tasks; True if all ended."""
        self.abort_all()
        ok = bool(self.threads.waitForDone(max(0, timeout_ms)))
        if not ok:
            for worker in self._workers:
                if worker.is_running:
                    log.warning("worker %s did not stop in time", worker.name)
        return ok

"""Background work: one shape for every blocking call (network, keyring), after superqt's workers.

A :class:`Worker` lives in the GUI thread and carries the public signals; the function runs as a
task on the pool's own :class:`QThreadPool` (threads are reused, none is made per call). Results
are re-checked in the GUI thread before they are emitted, so once :meth:`Worker.abort` returns no
late answer can reach the window, however the threads interleave. Nothing in the GUI thread ever
waits for a worker, except the bounded wait on quit (:meth:`WorkerPool.stop_all`).

Where things end matters as much: Python frees an object on the thread that drops its last
reference, and a Qt object freed off its own thread can crash the app (a per-task signals
object, or a closed window whose method ran in the background, deleted on a pool thread). So a
task reports through its pool's one relay (a QObject of the GUI thread that lives as long as
the pool), puts what it made into its job's outbox, and lets go of the job before it says it
is done: the GUI thread always holds the last reference and drops it.

Signals (of :class:`Worker`):
    started(): the function began.
    returned(object): its return value.
    errored(object): the exception it raised.
    yielded(object): each value a generator function yields.
    finished(): after returned/errored, unless aborted.
"""

from __future__ import annotations

import inspect
import itertools
import logging
import threading
from collections import deque
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

#: Threads of the pool. Calls are network and keyring I/O (they mostly wait, not compute), and a
#: sign-in waits minutes for the browser: a CPU-count pool would queue the window's loads
#: behind it.
MAX_THREADS = 16

_ids = itertools.count(1)


class _Job:
    """One call, shared by its task (pool thread) and its worker (GUI thread); no Qt in it.

    The worker holds it until the GUI thread has taken the last report, so whatever it refers
    to (the function, often a window's bound method, and the arguments) is let go there.
    """

    __slots__ = ("args", "cancel", "ended", "fn", "id", "kwargs", "outbox")

    def __init__(
        self, fn: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]
    ) -> None:
        self.id = next(_ids)
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.cancel = threading.Event()
        self.ended = threading.Event()
        #: (kind, value) reports in order; appended on the pool thread, taken on the GUI thread.
        self.outbox: deque[tuple[str, object]] = deque()


class _Relay(QObject):
    """The pool's messenger: ``report(job id)`` is queued to the GUI thread.

    One per pool, created and deleted on the GUI thread, so no Qt object's life ever ends on a
    pool thread (as a per-task signals object's would, dropped with its auto-deleted task).
    """

    report = Signal(int)


def _notify(report: Any, job_id: int) -> None:
    """Tell the GUI thread, unless the app already tore the pool down (quitting)."""
    try:
        report.emit(job_id)
    except RuntimeError:
        log.debug("a worker finished after its pool was deleted")


def _first(fn: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
    """("returned", value), ("pages", generator) or ("errored", exc).

    Takes the function, not the job: a traceback keeps this frame's locals, and a job there
    would make a cycle (job → outbox → exception → frame → job) that the cyclic collector could
    free on any thread.
    """
    try:
        result = fn(*args, **kwargs)
    except Exception as exc:  # noqa: BLE001 - every failure goes to errored, never lost
        return ("errored", exc)
    return ("pages" if inspect.isgenerator(result) else "returned", result)


def _step(pages: Any) -> tuple[str, object]:
    """The generator's next page, or how it ended."""
    try:
        return ("yielded", next(pages))
    except StopIteration:
        return ("returned", None)
    except Exception as exc:  # noqa: BLE001 - every failure goes to errored, never lost
        return ("errored", exc)


class _Task(QRunnable):
    """Runs the job on a pool thread; holds the job only while it runs.

    One report per outbox entry, sent only after this thread let go of the entry: the GUI
    thread takes one entry per report, so it always holds the last reference to what it takes.
    """

    def __init__(self, job: _Job, report: Any) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._job: _Job | None = job
        self._report = report

    def run(self) -> None:
        job, self._job = self._job, None
        assert job is not None, "a task runs once"
        report, job_id, ended = self._report, job.id, job.ended
        try:
            if not job.cancel.is_set():  # aborted while queued: never start
                self._call(job, report)
        finally:
            job.outbox.append(("done", None))
            del job  # the worker's reference is now the last one: it ends on the GUI thread
            ended.set()
            _notify(report, job_id)

    @staticmethod
    def _call(job: _Job, report: Any) -> None:
        job.outbox.append(("started", None))
        _notify(report, job.id)
        first = _first(job.fn, job.args, job.kwargs)
        if first[0] != "pages":
            job.outbox.append(first)
            del first
            _notify(report, job.id)
            return
        pages = first[1]
        del first
        try:
            while not job.cancel.is_set():
                step = _step(pages)
                kind = step[0]
                job.outbox.append(step)
                del step
                _notify(report, job.id)
                if kind != "yielded":
                    break
        finally:
            pages.close()


class Worker(QObject):
    """A function running on the pool, with a cooperative abort flag (``cancel``)."""

    started = Signal()
    returned = Signal(object)
    errored = Signal(object)
    yielded = Signal(object)
    finished = Signal()

    def __init__(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        super().__init__()
        job = _Job(fn, args, kwargs)
        try:
            if "cancel" in inspect.signature(fn).parameters and "cancel" not in kwargs:
                kwargs["cancel"] = job.cancel
        except (TypeError, ValueError):
            pass
        self.cancel = job.cancel
        self.name = getattr(fn, "__qualname__", repr(fn))
        self._job: _Job | None = job
        self._ended = job.ended
        self._submitted = False

    @property
    def aborted(self) -> bool:
        """Whether :meth:`abort` was called."""
        return self.cancel.is_set()

    @property
    def is_running(self) -> bool:
        """Whether the task was submitted and has not ended yet (queued counts as running)."""
        return self._submitted and not self._ended.is_set()

    def abort(self) -> None:
        """Ask the function to stop and drop whatever it still reports."""
        self.cancel.set()

    def wait(self, timeout_ms: int) -> bool:
        """Wait for the task to end; True if it did. For quitting and tests, not the GUI."""
        return self._ended.wait(max(0, timeout_ms) / 1000)

    def _deliver(self) -> bool:
        """Emit the task's next report (GUI thread, one per report); True once it is done."""
        job = self._job
        if job is None or not job.outbox:
            return job is None
        kind, value = job.outbox.popleft()
        if kind == "done":
            self._job = None  # the function and its arguments are let go here
            if not self.aborted:
                self.finished.emit()
            return True
        if self.aborted:
            return False
        if kind == "started":
            self.started.emit()
        elif kind == "returned":
            self.returned.emit(value)
        elif kind == "errored":
            self.errored.emit(value)
        elif kind == "yielded":
            self.yielded.emit(value)
        return False


class WorkerPool(QObject):
    """Owns the running workers: keyed supersession, abort on sign-out, bounded stop on quit.

    Signals:
        drained(): the last worker ended and its last signal was delivered (:meth:`idle`).
    """

    drained = Signal()

    def __init__(self, parent: QObject | None = None, *, max_threads: int = MAX_THREADS) -> None:
        super().__init__(parent)
        # Made before the relay, so deleted before it: the pool's destructor waits for the
        # tasks, which report through the relay until they end.
        self.threads = QThreadPool(self)
        self.threads.setMaxThreadCount(max_threads)
        self._relay = _Relay(self)
        self._relay.report.connect(self._on_report)
        self._workers: dict[int, Worker] = {}
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
        job = worker._job
        assert job is not None
        self._workers[job.id] = worker
        if key is not None:
            self._keys[key] = worker
        worker._submitted = True
        self.threads.start(_Task(job, self._relay.report))
        return worker

    @Slot(int)
    def _on_report(self, job_id: int) -> None:
        worker = self._workers.get(job_id)
        if worker is not None and worker._deliver():
            self._forget(job_id, worker)

    def _forget(self, job_id: int, worker: Worker) -> None:
        self._workers.pop(job_id, None)
        for key, value in list(self._keys.items()):
            if value is worker:
                del self._keys[key]
        worker.deleteLater()
        if not self._workers:
            self.drained.emit()

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
        for worker in list(self._workers.values()):
            worker.abort()

    def idle(self) -> bool:
        """Whether every worker has ended and its last signal was delivered (or dropped)."""
        return not self._workers

    def active_count(self) -> int:
        """How many workers are queued or running."""
        return sum(1 for w in self._workers.values() if w.is_running)

    def stop_all(self, timeout_ms: int = 3000) -> bool:
        """Abort everything and wait (bounded) for the tasks; True if all ended."""
        self.abort_all()
        ok = bool(self.threads.waitForDone(max(0, timeout_ms)))
        if not ok:
            for worker in self._workers.values():
                if worker.is_running:
                    log.warning("worker %s did not stop in time", worker.name)
        return ok

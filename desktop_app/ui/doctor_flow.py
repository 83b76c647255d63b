"""The doctor as a flow object: it runs the checks on the worker pool and announces each result.

Like :class:`~desktop_app.ui.signin_flow.SignInFlow`, it holds the state (idle, running, done,
cancelled) and says every change in a signal; :class:`~desktop_app.ui.doctor_window.DoctorWindow`
renders it and tests wait on its signals. Results of a run that was stopped or started over are
dropped (the run number is checked), so a late answer never lands in the new run's rows.

Signals:
    state_changed(str): "running", "done" or "cancelled".
    result(object): one :class:`~desktop_app.doctor.model.Result`, as its check finishes.
    finished(object): every result of the run (a list), in the checks' order.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

if TYPE_CHECKING:
    from desktop_app.connection import Connection
    from desktop_app.doctor.model import Result
    from desktop_app.ui.workers import Worker, WorkerPool

_DONE = object()


def _stream(connection: Connection, cancel: threading.Event) -> Iterator[object]:
    """Run the doctor (on a pool thread) and yield each result as it comes, then the list."""
    from desktop_app.doctor.checks import run_doctor

    heard: queue.Queue[object] = queue.Queue()
    outcome: list[list[Result]] = []

    def run() -> None:
        try:
            outcome.append(run_doctor(connection, heard.put, cancel))
        finally:
            heard.put(_DONE)

    threading.Thread(target=run, name="doctor", daemon=True).start()
    while True:
        item = heard.get()
        if item is _DONE:
            break
        yield item
    yield outcome[0] if outcome else []


class DoctorFlow(QObject):
    """One connection's check, run again on demand."""

    state_changed = Signal(str)
    result = Signal(object)
    finished = Signal(object)

    def __init__(self, connection: Connection, pool: WorkerPool, parent: QObject | None = None):
        super().__init__(parent)
        self.connection = connection
        self._pool = pool
        self._worker: Worker | None = None
        self._run = 0
        self.state = "idle"
        #: The current run's results so far, in the order they arrived.
        self.results: list[Result] = []
        self.started_at = 0.0
        self.seconds = 0.0

    @property
    def running(self) -> bool:
        """Whether checks are under way."""
        return self.state == "running"

    def start(self) -> None:
        """Run every check (a run under way is stopped first)."""
        self.stop(announce=False)
        self._run += 1
        run = self._run
        self.results = []
        self.started_at = time.monotonic()
        self._set("running")
        worker = self._pool.start(_stream, self.connection, key=f"doctor-{id(self)}")
        worker.yielded.connect(lambda item: self._heard(run, item))
        worker.errored.connect(lambda _exc: self._ended(run, None))
        self._worker = worker

    @Slot()
    def stop(self, *, announce: bool = True) -> None:
        """Stop the run under way (its checks' answers are dropped)."""
        if self._worker is not None:
            self._worker.abort()
            self._worker = None
        if self.state == "running":
            self._run += 1
            self.seconds = time.monotonic() - self.started_at
            if announce:
                self._set("cancelled")

    def _heard(self, run: int, item: object) -> None:
        if run != self._run:
            return
        if isinstance(item, list):
            self._ended(run, item)
            return
        self.results.append(item)  # type: ignore[arg-type]
        self.result.emit(item)

    def _ended(self, run: int, results: list[Result] | None) -> None:
        if run != self._run:
            return
        self._worker = None
        self.seconds = time.monotonic() - self.started_at
        self._set("done")
        self.finished.emit(results if results is not None else list(self.results))

    def _set(self, state: str) -> None:
        self.state = state
        self.state_changed.emit(state)


__all__ = ["DoctorFlow"]

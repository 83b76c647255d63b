"""The worker shape: results, errors, pages, abort dropping late answers, supersession, quit."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject, Qt, Signal
from pytestqt.qtbot import QtBot

from desktop_app.ui.workers import WorkerPool
from tests.support import waits


@pytest.fixture
def pool(qtbot: QtBot) -> Iterator[WorkerPool]:
    p = WorkerPool()
    yield p
    assert p.stop_all(5000)
    assert p.active_count() == 0


def test_returned_and_finished(qtbot: QtBot, pool: WorkerPool) -> None:
    events: list[object] = []
    worker = pool.start(lambda a, b: a + b, 2, 3)
    worker.returned.connect(events.append)
    worker.finished.connect(lambda: events.append("finished"))
    qtbot.waitUntil(lambda: "finished" in events, timeout=5000)
    assert events == [5, "finished"]


def test_errors_arrive_as_objects(qtbot: QtBot, pool: WorkerPool) -> None:
    def boom() -> None:
        raise ValueError("broken")

    events: list[object] = []
    worker = pool.start(boom)
    worker.errored.connect(events.append)
    with qtbot.assertNotEmitted(worker.returned), qtbot.waitSignal(worker.finished, timeout=5000):
        pass
    assert len(events) == 1
    assert isinstance(events[0], ValueError)


def test_generator_yields_each_page(qtbot: QtBot, pool: WorkerPool) -> None:
    pages: list[object] = []

    def pages_of_three() -> Iterator[list[int]]:
        for n in range(3):
            yield [n]

    done: list[object] = []
    worker = pool.start(pages_of_three)
    worker.yielded.connect(pages.append)
    worker.finished.connect(lambda: done.append(True))
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    assert pages == [[0], [1], [2]]


def test_abort_drops_the_late_answer(qtbot: QtBot, pool: WorkerPool) -> None:
    release = threading.Event()

    def slow(cancel: threading.Event) -> str:
        release.wait(5)
        return "late"

    events: list[object] = []
    worker = pool.start(slow)
    worker.returned.connect(events.append)
    worker.finished.connect(lambda: events.append("finished"))
    worker.abort()
    assert worker.cancel.is_set()
    release.set()
    assert worker.wait(5000)
    # once the pool forgot the worker, its queued deliveries all ran: none reached a receiver
    waits.drained(qtbot, pool, 5000)
    assert events == []


def test_same_key_supersedes(qtbot: QtBot, pool: WorkerPool) -> None:
    release = threading.Event()
    answers: list[object] = []
    first = pool.start(lambda: (release.wait(5), "first")[1], key="details")
    first.returned.connect(answers.append)
    second = pool.start(lambda: "second", key="details")
    second.returned.connect(answers.append)
    assert first.aborted
    assert pool.current("details") is second
    release.set()
    waits.drained(qtbot, pool, 5000)
    assert answers == ["second"]


def test_stop_all_waits_for_cooperative_workers(qtbot: QtBot, pool: WorkerPool) -> None:
    started = threading.Event()

    def until_cancelled(cancel: threading.Event) -> None:
        started.set()
        cancel.wait(30)

    workers = [pool.start(until_cancelled) for _ in range(5)]
    assert started.wait(5)
    assert pool.stop_all(5000)
    assert not any(w.is_running for w in workers)


def test_threads_are_reused_not_made_per_call(qtbot: QtBot, pool: WorkerPool) -> None:
    names: list[int] = []
    for _ in range(40):
        worker = pool.start(threading.get_ident)
        worker.returned.connect(names.append)
        with qtbot.waitSignal(worker.finished, timeout=5000):
            pass
    assert len(names) == 40
    assert len(set(names)) <= pool.threads.maxThreadCount()
    assert len(set(names)) < 10  # one after the other: a handful of pool threads serve them all


def test_a_worker_aborted_while_queued_never_runs(qtbot: QtBot) -> None:
    small = WorkerPool(max_threads=1)
    release = threading.Event()
    ran: list[str] = []
    blocker = small.start(lambda: release.wait(5))
    queued = small.start(lambda: ran.append("ran"))
    queued.abort()
    release.set()
    assert blocker.wait(5000)
    assert queued.wait(5000)
    waits.drained(qtbot, small, 5000)
    assert ran == []
    assert small.stop_all(5000)


def test_the_gui_thread_never_waits_for_a_worker(qtbot: QtBot, pool: WorkerPool) -> None:
    """Starting, superseding and aborting return while every worker is still blocked."""
    release = threading.Event()
    running = threading.Semaphore(0)

    def blocked() -> None:
        running.release()
        release.wait(30)

    workers = []
    for _ in range(5):
        workers.append(pool.start(blocked, key="same"))  # each supersedes the one before
        assert running.acquire(timeout=5)  # it runs before the next one comes
    pool.abort_all()
    # had any call above waited for a worker, that worker could only have ended by its release
    assert not any(w.wait(0) for w in workers)
    release.set()
    waits.drained(qtbot, pool, 5000)


class _Tracked:
    """Notes the thread that drops its last reference."""

    def __init__(self, released: list[tuple[str, int]], name: str) -> None:
        self._released, self._name = released, name

    def __del__(self) -> None:
        self._released.append((self._name, threading.get_ident()))


class _Call(_Tracked):
    """A call that returns, yields or raises objects that note where they are let go."""

    def __init__(self, released: list[tuple[str, int]], shape: str) -> None:
        super().__init__(released, f"{shape}: the function")
        self.shape = shape

    def __call__(self, arg: _Tracked) -> object:
        made = _Tracked(self._released, f"{self.shape}: what it gave")
        if self.shape == "raise":
            raise RuntimeError(made)
        if self.shape == "yield":
            return iter([made])
        return made


class _Owner(QObject):
    """A window-like QObject whose method runs in the background."""

    def work(self) -> str:
        return "done"


@pytest.mark.parametrize("shape", ["return", "yield", "raise"])
def test_what_a_call_held_is_let_go_on_the_gui_thread(
    qtbot: QtBot, pool: WorkerPool, shape: str
) -> None:
    """Nothing a call touched is last held by a pool thread.

    Qt objects must end on their own thread, and Python frees an object where its last reference
    goes: the function (a window's bound method), its arguments, and what it returned, yielded or
    raised.
    """
    released: list[tuple[str, int]] = []
    fn, arg = _Call(released, shape), _Tracked(released, f"{shape}: the argument")
    worker = pool.start(fn, arg)
    worker.returned.connect(lambda _value: None)  # seen, not kept
    worker.yielded.connect(lambda _value: None)
    worker.errored.connect(lambda _value: None)
    del fn, arg
    with qtbot.waitSignal(worker.finished, timeout=5000):
        pass
    del worker
    qtbot.waitUntil(lambda: len(released) == 3, timeout=5000)
    gui = threading.get_ident()
    assert [name for name, thread in released if thread != gui] == []


def test_a_qobject_method_run_in_the_background_ends_on_the_gui_thread(
    qtbot: QtBot, pool: WorkerPool
) -> None:
    """The worker may hold the last reference to a Python-owned QObject (a closed window)."""
    ended: list[int] = []
    owner = _Owner()
    owner.destroyed.connect(
        lambda: ended.append(threading.get_ident()), Qt.ConnectionType.DirectConnection
    )
    worker = pool.start(owner.work)
    del owner
    with qtbot.waitSignal(worker.finished, timeout=5000):
        pass
    del worker
    qtbot.waitUntil(lambda: bool(ended), timeout=5000)
    assert ended == [threading.get_ident()]


class _Announcer(QObject):
    said = Signal(str)


def test_reports_keep_their_order_with_signals_the_call_emitted(
    qtbot: QtBot, pool: WorkerPool
) -> None:
    """A call that emits a signal (the session's "tokens changed") and then returns: the window
    sees the signal first, as the call made them. (A draining design that emitted every waiting
    result at the first report had "A new access token was issued." before the new token.)"""
    seen: list[str] = []
    announcer = _Announcer()
    announcer.said.connect(seen.append)  # queued: emitted on a pool thread, received here

    def call() -> str:
        announcer.said.emit("tokens changed")
        return "returned"

    worker = pool.start(call)
    worker.returned.connect(seen.append)
    assert worker.wait(5000)  # everything is posted before the GUI thread looks at any of it
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=5000)
    assert seen == ["tokens changed", "returned"]

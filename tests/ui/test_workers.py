"""The worker shape: results, errors, pages, abort dropping late answers, supersession, quit."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.ui.workers import WorkerPool


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
    worker.returned.connect(events.append)
    qtbot.waitUntil(lambda: bool(events), timeout=5000)
    qtbot.wait(50)
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
    qtbot.wait(200)  # let any queued delivery run: none may reach the receivers
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
    qtbot.waitUntil(lambda: pool.active_count() == 0, timeout=5000)
    qtbot.wait(200)
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

"""Waiting on what the app says, not on what a widget happens to show.

:func:`until` checks a condition each time a signal is emitted (and once first, since the thing
waited for may already have happened): the test wakes when something changed, never on a timer,
and a signal that never comes fails with the condition named. The signals: the sign-in flow's
and window's, a tab's ``busy`` (each call's end), the pool's ``drained``, the main window's
``properties_loaded``.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest
from PySide6.QtCore import SignalInstance
from pytestqt.qtbot import QtBot

from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.signin_window import SignInWindow
from desktop_app.ui.workers import WorkerPool

WAIT_MS = 20_000


def until(
    qtbot: QtBot,
    signal: SignalInstance,
    done: Callable[[], object],
    timeout: int = WAIT_MS,
    what: str = "",
) -> None:
    """Return once *done()* holds, checked now and after each emission of *signal*."""
    deadline = time.monotonic() + timeout / 1000
    while not done():
        left = int((deadline - time.monotonic()) * 1000)
        if left <= 0:
            pytest.fail(f"timed out waiting for {what or done}")
        # Connected before control returns to the event loop: nothing can slip past.
        with qtbot.waitSignal(signal, timeout=left, raising=False):
            pass


def drained(qtbot: QtBot, pool: WorkerPool, timeout: int = WAIT_MS) -> None:
    """Until every call of *pool* ended and delivered its last signal."""
    until(qtbot, pool.drained, pool.idle, timeout, "the pool to drain")


def loaded(qtbot: QtBot, window: MainWindow, rows: int = 6, timeout: int = WAIT_MS) -> None:
    """Until *window* holds *rows* properties and no page is still coming."""
    tab = window.properties
    until(
        qtbot,
        tab.busy,
        lambda: tab.model.rowCount() == rows and not tab.loading,
        timeout,
        f"{rows} properties",
    )


def address(qtbot: QtBot, signin: SignInWindow, timeout: int = WAIT_MS) -> str:
    """Until the sign-in waits for the browser; the address it waits at."""
    flow = signin.flow
    until(qtbot, flow.waiting, lambda: flow.url, timeout, "the sign-in address")
    assert flow.url is not None
    return flow.url


def error(qtbot: QtBot, signin: SignInWindow, timeout: int = WAIT_MS) -> str:
    """Until the sign-in window shows an error; its text."""
    until(qtbot, signin.error_shown, signin.error_label.isVisible, timeout, "an error")
    return str(signin.error_label.text())

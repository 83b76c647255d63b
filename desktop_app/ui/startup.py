"""Start-up: the QApplication, the paint hooks and the probes benchmarks and packaging read.

Kept apart from the controller so the first window's imports stay small and the probes' one
job (print a timestamp when an event happened) is in one place.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import (
    QEvent,
    QMessageLogContext,
    QObject,
    QTimer,
    QtMsgType,
    SignalInstance,
    qInstallMessageHandler,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app import APP_ID, APP_NAME, __version__
from desktop_app.core.resources import resource_path

#: For benchmarks and packaging checks: print a timestamp when each listed event happened
#: ("first-paint", "properties-loaded", comma-separated), then quit after the last one.
PROBE_ENV = "APALEO_INSPECTOR_PROBE"


def probes() -> list[str]:
    """The events asked for in the environment."""
    return [p for p in os.environ.get(PROBE_ENV, "").split(",") if p]


_probed: set[str] = set()


def probe(event: str) -> None:
    """Print when *event* happened (once), and quit after the last one asked for."""
    if event in _probed:
        return
    _probed.add(event)
    print(f"PROBE {event} {time.monotonic():.6f}", file=sys.stderr, flush=True)
    if set(probes()) <= _probed:
        QTimer.singleShot(0, QApplication.quit)


class FirstPaint(QObject):
    """Reports the first paint of any window it watches (the ``first-paint`` probe)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            probe("first-paint")
        return False


def watch_start(first: QWidget, main_window_shown: SignalInstance) -> None:
    """Report the probes asked for (see :data:`PROBE_ENV`) on the windows of one start.

    *first* is the window shown first; *main_window_shown(window)* tells of each inspector
    window, synchronously after its ``show()``, so its first paint is still to come.
    """
    asked = probes()
    if not asked:
        return
    painted = FirstPaint(first) if "first-paint" in asked else None
    if painted is not None:
        first.installEventFilter(painted)

    def shown(window: QWidget) -> None:
        if painted is not None:
            window.installEventFilter(painted)  # a saved sign-in paints this window first
        if "properties-loaded" in asked:
            window.properties_loaded.connect(lambda _n: probe("properties-loaded"))  # type: ignore[attr-defined]

    main_window_shown.connect(shown)


class AfterPaint(QObject):
    """Runs a callback once, in the event loop, after the watched window's first paint."""

    def __init__(self, watched: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(watched)
        self._callback = callback
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._callback)
        return False


def _qt_message(mode: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    """Qt's own warnings go through logging, and so through redaction.

    Qt quotes whole URLs in some warnings (an authorization URL with its state, say).
    """
    level = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
    }.get(mode, logging.ERROR)
    logging.getLogger("qt").log(level, "%s", message)


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with the app's names and icon (reused if one exists, as in tests)."""
    from desktop_app.ui import runtime

    runtime.tune()
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        qInstallMessageHandler(_qt_message)
        app = QApplication(argv or [sys.argv[0]])
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_ID)
    app.setDesktopFileName(APP_ID)
    icon = resource_path("icons", "apaleo-inspector.svg")
    if os.path.exists(icon):
        app.setWindowIcon(QIcon(icon))
    from desktop_app.ui import language

    language.start()  # before any window: every word is translated when it is made
    return app


__all__ = [
    "PROBE_ENV",
    "AfterPaint",
    "FirstPaint",
    "make_application",
    "probe",
    "probes",
    "resource_path",
]

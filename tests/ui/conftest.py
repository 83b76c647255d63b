from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from desktop_app.auth.secret_store import SecretStore
from desktop_app.connection import open_connection
from desktop_app.core.config import Profile, ProfileStore
from desktop_app.net.retry import wait_or_cancel
from desktop_app.sandbox import Fault, Sandbox
from desktop_app.ui.app import Controller, make_application
from desktop_app.ui.context import WindowContext
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.options import StartOptions
from desktop_app.ui.workers import WorkerPool
from tests.support import waits
from tests.support.language import in_language
from tests.support.signin import sign_in
from tests.support.transport import quick

ALL = ("account.manage", "setup.read", "units.read", "identity:account-users.read")


@pytest.fixture(autouse=True)
def _english(qapp: Any) -> Iterator[None]:
    """Windows built outside make_application speak English with its plural forms too."""
    with in_language("en"):
        yield


@pytest.fixture(autouse=True)
def _private_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test gets its own profiles file and QSettings store."""
    monkeypatch.setenv("APALEO_INSPECTOR_CONFIG_DIR", str(tmp_path / "config"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings")
    )


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(any_loopback_port=True) as sb:
        yield sb


def save_profile(sb: Sandbox, mode: str = "authorization_code", **changes: Any) -> Profile:
    """A profile for *sb* in the profiles file, its secret in the real keyring."""
    changes.setdefault("redirect_port", 0)
    profile = sb.profile(f"ui-{uuid.uuid4().hex[:6]}", mode=mode, **changes)
    ProfileStore().put(profile, make_current=True)
    SecretStore(profile).set_client_secret(sb.client_secret_for(profile))
    return profile


@pytest.fixture
def make_controller(qtbot: QtBot) -> Iterator[Callable[..., Controller]]:
    made: list[Controller] = []

    def make(**options: object) -> Controller:
        controller = Controller(StartOptions(**options), make_application())  # type: ignore[arg-type]
        qtbot.addWidget(controller.signin)
        made.append(controller)
        return controller

    yield make
    for controller in made:
        controller.shutdown()
        if controller.main is not None:
            controller.main.close()
        controller.signin.close()


@pytest.fixture
def open_window(qtbot: QtBot) -> Iterator[Callable[..., tuple[MainWindow, Sandbox]]]:
    opened: list[tuple[MainWindow, Sandbox, WorkerPool]] = []

    def open_(
        *,
        scopes: tuple[str, ...] = ALL,
        property_count: int | None = None,
        faults: list[Fault] | None = None,
        max_retries: int = 4,
        before_start: Callable[[Sandbox], None] | None = None,
        **sandbox_options: Any,
    ) -> tuple[MainWindow, Sandbox]:
        """A signed-in inspector window on a new sandbox (*sandbox_options* go to Sandbox).

        *before_start* may change the sandbox's account before it serves anything.
        """
        sb = Sandbox(any_loopback_port=True, property_count=property_count, **sandbox_options)
        if before_start is not None:
            before_start(sb)
        sb.start()
        for fault in faults or []:
            sb.faults.add(fault)
        profile = sb.profile("window-test", redirect_port=0, scopes=scopes, ephemeral=True)
        connection = open_connection(
            profile,
            SecretStore(profile, memory_only=True),
            client_secret=sb.client_secret_for(profile),
            # the app's own pauses (the window shows them), with short backoffs
            transport=quick(retries=max_retries, wait=wait_or_cancel),
        )
        sign_in(sb, connection.session)
        pool = WorkerPool()
        context = WindowContext.open(connection, ProfileStore(), pool, QSettings())
        window = MainWindow(context)
        qtbot.addWidget(window)
        window.show()
        opened.append((window, sb, pool))
        return window, sb

    yield open_
    for window, sb, pool in opened:
        window.close()
        assert pool.stop_all(5000)
        sb.stop()


def loaded(qtbot: QtBot, window: MainWindow, rows: int = 6, timeout_ms: int = 20_000) -> None:
    """Wait until *window* holds *rows* properties and no page is still coming."""
    waits.loaded(qtbot, window, rows, timeout_ms)


def ready(qtbot: QtBot, controller: Controller, timeout_ms: int = 20_000) -> None:
    """Start *controller* and wait until its session is prepared (saved sign-in tried)."""
    with qtbot.waitSignal(controller.session_ready, timeout=timeout_ms):
        controller.start()


# --------------------------------------------------------------------------- leaks
# After napari's dangling-QThread/QTimer checks: every QTimer started and every QThread started
# during a test must be stopped (or destroyed with its owner) when the test's fixtures are torn
# down, and every WorkerPool made must be idle. A window that forgets to stop its clock, or a
# worker still running into the next test, fails the test that leaked it.
@pytest.fixture(autouse=True)
def _no_leaked_timers_or_threads(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent, QThread, QTimer

    timers: list[QTimer] = []
    threads: list[QThread] = []
    pools: list[WorkerPool] = []
    timer_start, thread_start, pool_init = QTimer.start, QThread.start, WorkerPool.__init__

    def start_timer(self: QTimer, *args: Any) -> None:
        timers.append(self)
        timer_start(self, *args)

    def start_thread(self: QThread, *args: Any) -> None:
        threads.append(self)
        thread_start(self, *args)

    def make_pool(self: WorkerPool, *args: Any, **kwargs: Any) -> None:
        pool_init(self, *args, **kwargs)
        pools.append(self)

    monkeypatch.setattr(QTimer, "start", start_timer)
    monkeypatch.setattr(QThread, "start", start_thread)
    monkeypatch.setattr(WorkerPool, "__init__", make_pool)
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
    leaked = [
        f"QTimer {t.objectName() or '?'} of {type(t.parent()).__name__}"
        for t in timers
        if shiboken6.isValid(t) and t.isActive()
    ]
    leaked += [
        f"QThread {t.objectName() or '?'}"
        for t in threads
        if shiboken6.isValid(t) and t.isRunning()
    ]
    leaked += [
        f"WorkerPool with {p.active_count()} running"
        for p in pools
        if shiboken6.isValid(p) and p.active_count()
    ]
    assert not leaked, "left running after the test: " + ", ".join(leaked)

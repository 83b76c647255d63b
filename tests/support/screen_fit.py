"""Child process for the screen-fit tests: every window of a start, opened on the screen the
parent configured (QT_QPA_PLATFORM=offscreen:configfile=…), reported as JSON.

Run as ``python -m tests.support.screen_fit``; with ``SAVED=WxH`` the main window finds a
geometry of that size saved first.
"""

from __future__ import annotations

import json
import os
import sys

from PySide6.QtCore import QByteArray, QRect, QSettings
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from desktop_app.auth.secret_store import SecretStore
from desktop_app.connection import open_connection
from desktop_app.core.config import ProfileStore
from desktop_app.sandbox import Sandbox
from desktop_app.ui.context import WindowContext
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.settings_dialog import SettingsDialog
from desktop_app.ui.setup_wizard import SetupWizard
from desktop_app.ui.signin_window import SignInWindow
from desktop_app.ui.startup import make_application
from desktop_app.ui.workers import WorkerPool
from tests.support.signin import sign_in


def _saved_geometry(width: int, height: int) -> QByteArray:
    """What saveGeometry() gives for a window of that size (at 40, 40)."""
    window = QMainWindow()
    window.setGeometry(QRect(40, 40, width, height))
    saved = window.saveGeometry()
    window.deleteLater()
    return saved


def _report(window: QWidget) -> dict[str, object]:
    window.show()
    QApplication.processEvents()
    frame = window.frameGeometry()
    area = window.screen().availableGeometry()
    return {
        "frame": [frame.x(), frame.y(), frame.width(), frame.height()],
        "area": [area.x(), area.y(), area.width(), area.height()],
        "fits": area.contains(frame),
    }


def main() -> int:
    app = make_application(sys.argv[:1])
    pool = WorkerPool()
    settings = QSettings()
    if os.environ.get("SAVED"):  # e.g. "1800x1000": left on a bigger monitor
        width, height = (int(n) for n in os.environ["SAVED"].split("x"))
        settings.setValue("main/geometry", _saved_geometry(width, height))
    found: dict[str, object] = {"scale": app.primaryScreen().devicePixelRatio()}
    with Sandbox(any_loopback_port=True) as sb:
        profile = sb.profile("Hotel", redirect_port=0, ephemeral=True)
        connection = open_connection(
            profile,
            SecretStore(profile, memory_only=True),
            client_secret=sb.client_secret_for(profile),
        )
        found["signin"] = _report(SignInWindow(pool))
        found["settings"] = _report(SettingsDialog(ProfileStore(), pool))
        found["wizard"] = _report(SetupWizard(ProfileStore(), pool))
        sign_in(sb, connection.session)
        main_window = MainWindow(WindowContext.open(connection, ProfileStore(), pool, settings))
        found["main"] = _report(main_window)
        main_window.close()
        pool.stop_all(5000)
        connection.close()
    print("SCREEN " + json.dumps(found), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Started by a test under LANG=de_DE.UTF-8: the sign-in window and the inspector, as German.

Prints one JSON object: the language the app chose from the system, the locale for numbers, and
every text of both windows (see visible_texts). Run as ``python -m tests.support.german_start``.
"""

from __future__ import annotations

import json
import time

from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication

from desktop_app.auth.secret_store import SecretStore
from desktop_app.connection import open_connection
from desktop_app.core import i18n
from desktop_app.core.config import ProfileStore
from desktop_app.sandbox import Sandbox
from desktop_app.ui.context import WindowContext
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.signin_window import SignInWindow
from desktop_app.ui.startup import make_application
from desktop_app.ui.workers import WorkerPool
from tests.support.signin import sign_in
from tests.support.visible_texts import window_texts


def _until(condition: object, timeout_s: float = 30.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not get there in time")
        QApplication.processEvents()
        time.sleep(0.01)


def main() -> None:
    app = make_application()  # chooses the language from the system, as a real start does
    pool = WorkerPool()
    with Sandbox(any_loopback_port=True, property_count=2_500) as sb:
        profile = sb.profile("Hotel", redirect_port=0, ephemeral=True)
        connection = open_connection(
            profile,
            SecretStore(profile, memory_only=True),
            client_secret=sb.client_secret_for(profile),
        )
        session = connection.session
        signin = SignInWindow(pool)
        signin.set_profiles([profile.name], profile.name)
        signin.set_session(session)
        signin.show()
        signin_texts = window_texts(signin)
        sign_in(sb, session)
        window = MainWindow(WindowContext.open(connection, ProfileStore(), pool, QSettings()))
        window.show()
        _until(
            lambda: window.properties.model.rowCount() == 2_500 and not window.properties.loading
        )
        window.properties.table.selectRow(0)
        _until(lambda: bool(window.properties.details.values["id"].text()))
        for index in range(window.tabs.count()):  # builds the lazy tabs as a click would
            window.tabs.setCurrentIndex(index)
            QApplication.processEvents()
        _until(lambda: window.users.model.rowCount() > 0)
        result = {
            "language": i18n.language(),
            "locale": QLocale().name(),
            "count": window.properties.count_label.text(),
            "created": window.properties.details.values["created"].text(),
            "signin": signin_texts,
            "main": window_texts(window),
        }
        window.close()
        signin.close()
        pool.stop_all(5000)
    print(json.dumps(result, ensure_ascii=False))
    app.quit()


if __name__ == "__main__":
    main()

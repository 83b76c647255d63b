"""Screenshots for the README gallery: first-run setup, sign-in, every tab, an error, 10,000 rows.

Run on a real X server: ``xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python scripts/screenshots.py``
(``scripts/screenshots.sh`` does exactly that). Writes PNGs to docs/screenshots/. Everything runs
on sandboxes; profiles and settings go to a temporary folder, secrets stay in memory.
"""

from __future__ import annotations

import os
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
os.environ["APALEO_INSPECTOR_CONFIG_DIR"] = tempfile.mkdtemp(prefix="inspector-shots-")

import requests  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtGui import QColor, QPalette  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from desktop_app.core import i18n  # noqa: E402
from desktop_app.ui import language  # noqa: E402
from desktop_app.ui.app import Controller, make_application  # noqa: E402
from desktop_app.ui.context import WindowContext  # noqa: E402
from desktop_app.ui.main_window import MainWindow  # noqa: E402
from desktop_app.ui.options import StartOptions  # noqa: E402


def wait_until(check: Callable[[], object], timeout_s: float = 60.0) -> None:
    """Run the event loop until *check* holds (a script, not a test: polling is fine here)."""
    deadline = time.monotonic() + timeout_s
    while not check():
        if time.monotonic() > deadline:
            raise TimeoutError("the screen never got there")
        QApplication.processEvents()
        time.sleep(0.02)
    for _ in range(5):
        QApplication.processEvents()
        time.sleep(0.02)


#: The variant being photographed: a file-name prefix and the views it wants (None: all).
VARIANT: dict[str, object] = {"prefix": "", "only": None}


def grab(widget: QWidget, name: str) -> None:
    """Save *widget* as docs/screenshots/<prefix><name>.png once pending paints are done."""
    only = VARIANT["only"]
    if isinstance(only, set) and name not in only:
        return
    wait_until(lambda: True)
    path = OUT / f"{VARIANT['prefix']}{name}.png"
    widget.grab().save(str(path))
    print(f"wrote {path}")


def first_run(app: QApplication) -> None:
    """The guided setup a first start opens."""
    controller = Controller(StartOptions(no_browser=True), app)
    controller.start()
    wait_until(lambda: controller.setup is not None and controller.setup.isVisible())
    wizard = controller.setup
    assert wizard is not None
    grab(wizard, "setup-kind")
    wizard.next()
    grab(wizard, "setup-register")
    wizard.reject()
    controller.shutdown()
    controller.signin.close()


def demo(app: QApplication) -> None:
    """Sign-in, every tab, the filter and an error bar on the demo account."""
    from desktop_app.sandbox import Fault

    controller = Controller(StartOptions(demo=True, no_browser=True), app)
    controller.start()
    wait_until(
        lambda: controller.session is not None and not controller.signin.progress.isVisible()
    )
    grab(controller.signin, "sign-in")
    controller.signin.start_sign_in()
    wait_until(lambda: bool(controller.signin.url_field.text()))
    grab(controller.signin, "sign-in-waiting")
    url = controller.signin.url_field.text()

    def consent() -> None:
        assert controller.demo is not None
        callback = controller.demo.approve(url)
        redirect_uri = parse_qs(urlsplit(url).query)["redirect_uri"][0]
        requests.get(f"{redirect_uri}?{urlsplit(callback).query}", timeout=10)

    threading.Thread(target=consent, daemon=True).start()
    wait_until(lambda: controller.main is not None)
    window = controller.main
    assert window is not None
    window.resize(1360, 820)
    wait_until(lambda: window.properties.model.rowCount() == 6 and not window.properties.loading)
    codes = [window.properties.proxy.index(r, 0).data() for r in range(6)]
    window.properties.table.selectRow(codes.index("BER"))
    wait_until(lambda: window.properties.details.values["units"].text().isdigit())
    window.properties.details.language.setCurrentIndex(
        max(0, window.properties.details.language.findData(i18n.language()))
    )
    wait_until(lambda: window.users.model.rowCount() > 0)
    grab(window, "properties")
    for tab, name in ((window.scopes, "scopes"), (window.token, "token"), (window.users, "users")):
        window.tabs.setCurrentWidget(tab)
        grab(window, name)
    window.tabs.setCurrentWidget(window.properties)
    window.properties.filter_box.setText("zzzz")
    grab(window, "filter-empty")
    window.properties.filter_box.setText("")
    wait_until(lambda: window.properties.details.values["units"].text().isdigit())
    assert controller.demo is not None
    controller.demo.faults.add(Fault("status", path="/inventory/v1/properties", status=503))
    window.ctx.api.max_retries = 0
    window.reload()
    wait_until(lambda: window.message_bar.isVisible() and not window._busy)
    window.message_bar.details_button.setChecked(True)
    grab(window, "error-bar")
    # apaleo refuses the sign-in itself: the bar's action is the fix
    controller.demo.faults.clear()
    controller.demo.faults.add(Fault("status", path="/inventory/v1/properties", status=401))
    window.reload()
    wait_until(lambda: window.message_bar.sign_in_button.isVisible() and not window._busy)
    grab(window, "error-sign-in-again")
    # the connection doctor: a healthy run, then the same with a secret replaced in apaleo
    controller.demo.faults.clear()
    window.open_doctor()
    doctor = window.doctor
    assert doctor is not None
    doctor.resize(1040, 680)
    wait_until(lambda: doctor.flow.state == "done")
    grab(doctor, "doctor-healthy")
    controller.demo.plays.play("wrong_secret")
    doctor.start()
    wait_until(lambda: doctor.flow.state == "done")
    grab(doctor, "doctor-failing")
    controller.demo.plays.heal()
    doctor.close()
    window.open_recent_requests()
    recent = window.recent_requests
    assert recent is not None
    grab(recent, "recent-requests")
    recent.close()
    controller.shutdown()
    window.close()
    controller.signin.close()


def settings_and_guide(app: QApplication) -> None:
    """Settings as it opens over a saved profile, and the guide's test waiting for a browser."""
    from desktop_app.auth.secret_store import SecretStore
    from desktop_app.core.config import ProfileStore
    from desktop_app.sandbox import CONNECT_CLIENT_ID, Sandbox
    from desktop_app.ui.settings_dialog import SettingsDialog
    from desktop_app.ui.setup_pages import USER
    from desktop_app.ui.setup_wizard import SetupWizard
    from desktop_app.ui.workers import WorkerPool

    pool = WorkerPool()
    with Sandbox(redirect_port=47833) as sb:
        profile = sb.profile("Hotel Berlin")
        store = ProfileStore()
        store.put(profile, make_current=True)
        SecretStore(profile, memory_only=True).set_client_secret(sb.client_secret_for(profile))
        dialog = SettingsDialog(store, pool)
        dialog.show()
        grab(dialog, "settings-open")
        dialog.reject()
        store.remove(profile.name)
        wizard = SetupWizard(store, pool, no_browser=True)
        wizard.show()
        wizard.kind_page.buttons[USER].setChecked(True)
        wizard.next()
        wizard.next()
        form = wizard.credentials_page.form
        form.name.setText("Hotel Berlin")
        form.client_id.setText(CONNECT_CLIENT_ID)
        form.secret.setText(sb.connect_client.client_secret)
        form.identity_url.setText(sb.identity_url)
        form.api_url.setText(sb.api_url)
        wizard.next()
        wizard.test_page.test_button.click()
        wait_until(lambda: wizard.flow.url is not None)
        grab(wizard, "setup-waiting")
        wizard.stop_test()
        wizard.reject()
        pool.stop_all(5000)


def small_screen(app: QApplication) -> None:
    """The whole of a 1024x768 screen with the inspector on it (run on such a screen)."""
    controller = Controller(StartOptions(demo=True, no_browser=True), app)
    controller.start()
    wait_until(
        lambda: controller.session is not None and not controller.signin.progress.isVisible()
    )
    controller.signin.start_sign_in()
    wait_until(lambda: controller.signin.flow.url is not None)
    url = controller.signin.flow.url
    assert url is not None
    assert controller.demo is not None
    callback = controller.demo.approve(url)
    redirect_uri = parse_qs(urlsplit(url).query)["redirect_uri"][0]
    threading.Thread(
        target=lambda: requests.get(f"{redirect_uri}?{urlsplit(callback).query}", timeout=10),
        daemon=True,
    ).start()
    wait_until(lambda: controller.main is not None)
    window = controller.main
    assert window is not None
    wait_until(lambda: window.properties.model.rowCount() == 6 and not window.properties.loading)
    wait_until(lambda: True)
    path = OUT / "small-screen.png"
    app.primaryScreen().grabWindow(0).save(str(path))  # the screen, not the window
    print(f"wrote {path}")
    controller.shutdown()
    window.close()
    controller.signin.close()


def many_rows(app: QApplication) -> None:
    """10,000 properties, filtered and sorted, after a reload in place."""
    from desktop_app.auth.secret_store import SecretStore
    from desktop_app.connection import open_connection
    from desktop_app.core.config import ProfileStore
    from desktop_app.sandbox import Sandbox
    from desktop_app.ui.workers import WorkerPool

    with Sandbox(any_loopback_port=True, property_count=10_000) as sb:
        profile = sb.profile("Generated (10,000)", redirect_port=0).with_changes(ephemeral=True)
        connection = open_connection(
            profile,
            SecretStore(profile, memory_only=True),
            client_secret=sb.client_secret_for(profile),
        )
        session = connection.session
        attempt = session.begin_sign_in()
        callback = sb.approve(attempt.authorization_url)
        threading.Thread(
            target=lambda: requests.get(
                f"{attempt.redirect_uri}?{urlsplit(callback).query}", timeout=10
            ),
            daemon=True,
        ).start()
        attempt.wait(threading.Event(), 30)
        pool = WorkerPool()
        window = MainWindow(WindowContext.open(connection, ProfileStore(), pool, QSettings()))
        window.resize(1360, 820)
        window.show()
        wait_until(
            lambda: window.properties.model.rowCount() == 10_000 and not window.properties.loading,
            120,
        )
        window.properties.filter_box.setText("berlin")
        window.properties.table.selectRow(0)
        wait_until(lambda: window.properties.details.values["units"].text() not in ("", "Loading…"))
        grab(window, "ten-thousand")
        window.close()
        pool.stop_all(5000)
        session.close()


def _palette(kind: str) -> QPalette:
    """A dark or a high-contrast palette, as a desktop theme would set it."""
    colours = {
        "dark": {
            "Window": "#2b2d31",
            "WindowText": "#e6e6e6",
            "Base": "#1e1f22",
            "AlternateBase": "#26282c",
            "Text": "#e6e6e6",
            "Button": "#35373c",
            "ButtonText": "#e6e6e6",
            "Highlight": "#3d7bd9",
            "HighlightedText": "#ffffff",
            "ToolTipBase": "#35373c",
            "ToolTipText": "#e6e6e6",
            "PlaceholderText": "#9a9da3",
            "Link": "#8ab4f8",
            "Mid": "#4a4d52",
            "Dark": "#151618",
            "Light": "#45484d",
        },
        "contrast": {
            "Window": "#000000",
            "WindowText": "#ffffff",
            "Base": "#000000",
            "AlternateBase": "#101010",
            "Text": "#ffffff",
            "Button": "#000000",
            "ButtonText": "#ffffff",
            "Highlight": "#ffff00",
            "HighlightedText": "#000000",
            "ToolTipBase": "#000000",
            "ToolTipText": "#ffffff",
            "PlaceholderText": "#c0c0c0",
            "Link": "#00ffff",
            "Mid": "#ffffff",
            "Dark": "#ffffff",
            "Light": "#ffffff",
        },
    }[kind]
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(QPalette.ColorRole[role], QColor(colour))
    disabled = "#8a8a8a" if kind == "dark" else "#00ff00"
    for role in ("Text", "WindowText", "ButtonText"):
        palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole[role], QColor(disabled))
    return palette


def variants(app: QApplication) -> None:
    """The demo again: in German, then in a dark and a high-contrast palette."""
    original = app.palette()
    for prefix, code, kind, only in (
        (
            "de-",
            "de",
            None,
            {
                "sign-in",
                "sign-in-waiting",
                "properties",
                "scopes",
                "token",
                "users",
                "error-bar",
                "error-sign-in-again",
                "doctor-failing",
            },
        ),
        ("dark-", "en", "dark", {"properties", "error-bar"}),
        ("contrast-", "en", "contrast", {"properties", "error-bar"}),
    ):
        language.apply(code)
        app.setPalette(_palette(kind) if kind else original)
        VARIANT.update(prefix=prefix, only=only)
        demo(app)
    VARIANT.update(prefix="", only=None)
    app.setPalette(original)
    language.apply("en")


def main() -> int:
    """Photograph each view."""
    OUT.mkdir(parents=True, exist_ok=True)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat,
        QSettings.Scope.UserScope,
        os.environ["APALEO_INSPECTOR_CONFIG_DIR"],
    )
    app = make_application()
    try:
        language.apply("en")  # the main gallery is English whatever this machine speaks
        if os.environ.get("SHOTS") == "small-screen":
            small_screen(app)
            return 0
        first_run(app)
        settings_and_guide(app)
        demo(app)
        many_rows(app)
        variants(app)
    except TimeoutError as exc:
        print(f"screenshots: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Screenshots of the main views on the demo account, for the README.

Run on a real X server: ``xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python scripts/screenshots.py``
(``scripts/screenshots.sh`` does exactly that). Writes PNGs to docs/screenshots/.
"""

from __future__ import annotations

import argparse
import sys
import threading
from pathlib import Path
from urllib.parse import urlsplit

import requests
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.ui.app import Controller, make_application
from desktop_app.ui.main_window import MainWindow

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


def grab(widget: QWidget, name: str) -> None:
    """Save *widget* as docs/screenshots/<name>.png once pending paints are done."""
    QApplication.processEvents()
    path = OUT / f"{name}.png"
    widget.grab().save(str(path))
    print(f"wrote {path}")


def main() -> int:
    """Start the demo, sign in over HTTP, and photograph each view."""
    OUT.mkdir(parents=True, exist_ok=True)
    app = make_application()
    controller = Controller(
        argparse.Namespace(demo=True, profile=None, no_browser=True, debug=False), app
    )
    failures: list[str] = []

    def consent(url: str) -> None:
        assert controller.demo is not None
        callback = controller.demo.approve(url)
        attempt = controller.signin._attempt
        assert attempt is not None
        requests.get(f"{attempt.redirect_uri}?{urlsplit(callback).query}", timeout=10)

    def on_ready(_session: object) -> None:
        grab(controller.signin, "sign-in")
        controller.signin.start_sign_in()

        def wait_for_url() -> None:
            url = controller.signin.url_field.text()
            if not url:
                QTimer.singleShot(100, wait_for_url)
                return
            grab(controller.signin, "sign-in-waiting")
            threading.Thread(target=consent, args=(url,), daemon=True).start()

        QTimer.singleShot(100, wait_for_url)

    def on_main(window: MainWindow) -> None:
        window.resize(1360, 820)

        def shoot() -> None:
            codes = [
                window.properties.proxy.index(r, 0).data()
                for r in range(window.properties.proxy.rowCount())
            ]
            window.properties.table.selectRow(codes.index("BER"))
            QTimer.singleShot(1500, after_details)

        def after_details() -> None:
            grab(window, "properties")
            for index, name in ((1, "scopes"), (2, "token"), (3, "users")):
                window.tabs.setCurrentIndex(index)
                grab(window, name)
            window.tabs.setCurrentIndex(0)
            window.properties.filter_box.setText("ber")
            grab(window, "filter")
            app.quit()

        window.properties_loaded.connect(lambda _n: QTimer.singleShot(800, shoot))

    controller.session_ready.connect(on_ready)
    controller.main_window_shown.connect(on_main)
    controller.start()

    def give_up() -> None:
        failures.append("timeout")
        app.quit()

    QTimer.singleShot(60_000, give_up)
    app.exec()
    controller.shutdown()
    if failures:
        print("screenshots timed out", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

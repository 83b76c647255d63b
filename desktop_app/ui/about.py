"""The About box: version, what the app does, and the licences it ships under."""

from __future__ import annotations

import html

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app import APP_NAME, __version__
from desktop_app.core.i18n import translate


def show_about(parent: QWidget) -> None:
    """Show the About box."""
    QMessageBox.about(
        parent,
        translate("About", "About {app}").format(app=APP_NAME),
        translate(
            "About",
            "<h3>{app} {version}</h3><p>Sign in to apaleo and see your account, its "
            "properties, the scopes this app was granted and the access token's details.</p>"
            "<p>Your refresh token is kept in the system keyring; nothing secret is written to "
            "disk.</p><p>Qt {qt} · Qt for Python {pyside} (LGPL v3)</p>",
        ).format(
            app=html.escape(APP_NAME),
            version=html.escape(__version__),
            qt=html.escape(qVersion()),
            pyside=html.escape(pyside_version),
        ),
    )

"""Words where admins look: nothing cut off, no jargon, no command-line options.

Checked in the window (a real sign-in window at its narrowest) and in the Scopes vocabulary.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.core.i18n import shown
from desktop_app.core.scopes import IN_THIS_APP
from desktop_app.sandbox import Sandbox
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.signin_window import SignInWindow
from desktop_app.ui.workers import WorkerPool


def test_the_browser_hint_wraps_rather_than_being_cut_off(qtbot: QtBot) -> None:
    window = SignInWindow(WorkerPool(), no_browser=True)
    qtbot.addWidget(window)
    window.resize(window.minimumWidth(), 380)
    window.show()
    window._show_url("https://identity.apaleo.com/connect/authorize?client_id=x", opened=True)
    QApplication.processEvents()
    hint = window.url_hint
    text = hint.text()
    metrics = hint.fontMetrics()
    assert metrics.horizontalAdvance(text) > hint.width()  # longer than one line here
    needed = metrics.boundingRect(
        QRect(0, 0, hint.width(), 10_000), int(Qt.TextFlag.TextWordWrap), text
    ).height()
    assert hint.height() >= needed, "the hint is cut off"


def test_no_profile_yet_points_at_the_guide_not_at_a_command_line_option(qtbot: QtBot) -> None:
    window = SignInWindow(WorkerPool())
    qtbot.addWidget(window)
    window.set_profiles([], None)
    words = window.error_label.text()
    assert "--" not in words
    assert "Set up a connection" in words


def test_the_scopes_tab_explains_openid_without_protocol_terms() -> None:
    granted, refused = IN_THIS_APP["openid"]
    for text in (shown(granted), shown(refused)):
        assert "id_token" not in text
        assert "token" not in text.lower()


def test_every_technical_row_of_the_token_tab_explains_itself(
    qtbot: QtBot, open_window: Callable[..., tuple[MainWindow, Sandbox]]
) -> None:
    window, _sb = open_window()
    window.tabs.setCurrentIndex(window.tabs.indexOf(window.token))
    tab = window.token
    for key, label in tab.claim_labels.items():
        assert label.toolTip(), key
    assert tab.saved_sign_in.toolTip()
    assert tab.raw_token.toolTip()
    assert "renews" in tab.claim_labels["exp"].toolTip()

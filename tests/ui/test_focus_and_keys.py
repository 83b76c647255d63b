"""Each window opens with the focus on its first useful control; the guide shares no Alt key."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.core.config import ProfileStore
from desktop_app.sandbox import Sandbox
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.setup_wizard import SetupWizard
from desktop_app.ui.signin_window import SignInWindow
from desktop_app.ui.workers import WorkerPool

MNEMONIC = re.compile(r"&([^&\s])")


def _visible_mnemonics(window: QWidget) -> list[str]:
    letters = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QAbstractButton | QLabel):
            match = MNEMONIC.search(widget.text().replace("&&", ""))
            if match:
                letters.append(match.group(1).lower())
    return letters


def test_no_two_visible_controls_of_the_guide_share_an_alt_key(qtbot: QtBot) -> None:
    wizard = SetupWizard(ProfileStore(), WorkerPool())
    qtbot.addWidget(wizard)
    wizard.show()
    pages = 0
    while True:
        QApplication.processEvents()
        letters = _visible_mnemonics(wizard)
        assert sorted(letters) == sorted(set(letters)), (wizard.currentPage().title(), letters)
        pages += 1
        if wizard.currentPage() is wizard.test_page:
            break
        if wizard.currentPage() is wizard.credentials_page:
            wizard.credentials_page.form.client_id.setText("client")
            wizard.credentials_page.form.secret.setText("secret")
        wizard.next()
    assert pages == 4


def test_the_sign_in_window_without_a_connection_focuses_the_guided_setup(qtbot: QtBot) -> None:
    window = SignInWindow(WorkerPool())
    qtbot.addWidget(window)
    window.set_profiles([], None)
    window.show()
    assert window.focusWidget() is window.setup_button


def test_the_main_window_opens_in_its_table_and_names_its_parts(
    qtbot: QtBot, open_window: Callable[..., tuple[MainWindow, Sandbox]]
) -> None:
    window, _sb = open_window()
    assert window.focusWidget() is window.properties.table
    assert window.tabs.tabBar().accessibleName()
    assert window.properties.details.accessibleName()

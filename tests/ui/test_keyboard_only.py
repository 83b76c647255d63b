"""Keyboard only: from the start to signed in, through every tab, a reload and the export.

Every step is a key press sent to whatever has focus, as the keyboard would; no widget is
clicked or called. The browser's part (the apaleo sign-in page) is real Chromium.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from selenium import webdriver

from desktop_app.core import i18n
from desktop_app.core.i18n import translate
from desktop_app.sandbox import Sandbox
from desktop_app.ui import language
from desktop_app.ui.app import Controller
from desktop_app.ui.export_dialog import ExportDialog
from desktop_app.ui.main_window import MainWindow
from tests.support import waits
from tests.support.chromium import consent_in_browser
from tests.ui.conftest import ready, save_profile

WAIT_MS = 20_000
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def _focus(qtbot: QtBot, window: QWidget) -> QWidget:
    """The widget the keyboard types into, once *window* is the active one (as a WM makes it)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=WAIT_MS)
    focused = QApplication.focusWidget()
    assert focused is not None
    return focused


def _press(
    qtbot: QtBot,
    window: QWidget,
    key: Qt.Key,
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    qtbot.keyClick(_focus(qtbot, window), key, modifier)


#: Per window language: the count line after filtering to Vienna, and the token's Show key.
LANGUAGES = {
    "en": ("1 of 6 properties", Qt.Key.Key_W),  # Sho&w
    "de": ("1 von 6 Unterkünften", Qt.Key.Key_G),  # Anzei&gen
}


@pytest.mark.browser
@pytest.mark.keyring
@pytest.mark.parametrize("code", list(LANGUAGES))
def test_start_sign_in_every_tab_reload_and_export_without_the_mouse(
    qtbot: QtBot,
    sandbox: Sandbox,
    make_controller: Callable[..., Controller],
    chromium: webdriver.Chrome,
    tmp_path: Path,
    code: str,
) -> None:
    count_words, show_key = LANGUAGES[code]
    QSettings().setValue(language.SETTING, code)  # as View > Language leaves it
    save_profile(sandbox)
    controller = make_controller()
    assert i18n.language() == code
    ready(qtbot, controller)
    signin = controller.signin
    with qtbot.waitSignal(controller.main_window_shown, timeout=60_000) as shown:
        assert _focus(qtbot, signin) is signin.sign_in_button
        _press(qtbot, signin, Qt.Key.Key_Return)  # Enter signs in
        waits.address(qtbot, signin, WAIT_MS)
        consent_in_browser(chromium, signin.url_field.text())
    main: MainWindow = shown.args[0]
    waits.until(
        qtbot,
        main.properties.busy,
        lambda: main.properties.model.rowCount() == 6 and not main.properties.loading,
        WAIT_MS,
    )
    # Ctrl+F: the filter; typing filters; Tab leaves for the table; Enter opens the details
    _press(qtbot, main, Qt.Key.Key_F, CTRL)
    assert QApplication.focusWidget() is main.properties.filter_box
    qtbot.keyClicks(main.properties.filter_box, "vienna")
    assert main.properties.count_label.text() == count_words
    _press(qtbot, main, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is main.properties.table
    waits.until(
        qtbot,
        main.properties.busy,
        lambda: main.properties.details.values["id"].text() == "VIE",
        WAIT_MS,
    )
    _press(qtbot, main, Qt.Key.Key_Return)
    focused = QApplication.focusWidget()
    assert focused is not None
    assert focused is main.properties.details or main.properties.details.isAncestorOf(focused)
    # every tab by its shortcut
    for number, tab in ((2, main.scopes), (3, main.token), (4, main.users), (1, main.properties)):
        _press(qtbot, main, Qt.Key(Qt.Key.Key_0 + number), ALT)
        assert main.tabs.currentWidget() is tab
    _press(qtbot, main, Qt.Key.Key_3, ALT)
    _press(qtbot, main, show_key, ALT)  # Show the token (a mnemonic animates its click)
    waits.until(  # the animated click toggles the button when it ends
        qtbot,
        main.token.reveal_token.toggled,
        lambda: main.token.raw_token.echoMode() == QLineEdit.EchoMode.Normal,
        WAIT_MS,
    )
    _press(qtbot, main, Qt.Key.Key_1, ALT)
    # F5 reloads in place
    with qtbot.waitSignal(main.properties_loaded, timeout=WAIT_MS):
        _press(qtbot, main, Qt.Key.Key_F5)
    # Ctrl+E: the export, the file name typed, Enter exports
    _press(qtbot, main, Qt.Key.Key_E, CTRL)
    qtbot.waitUntil(
        lambda: main.exporting is not None and main.exporting.isVisible(), timeout=WAIT_MS
    )
    dialog = main.exporting
    assert isinstance(dialog, ExportDialog)
    target = tmp_path / "keyboard.xlsx"  # the default format: a workbook for Excel
    assert _focus(qtbot, dialog) is dialog.path  # the file name, ready to type over
    _press(qtbot, dialog, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(_focus(qtbot, dialog), str(target))
    with qtbot.waitSignal(dialog.finished, timeout=WAIT_MS):
        _press(qtbot, dialog, Qt.Key.Key_Return)
    assert target.exists()
    with zipfile.ZipFile(target) as book:
        strings = book.read("xl/sharedStrings.xml").decode("utf-8")
    assert "Vienna" in strings  # the filtered row, as shown
    assert "keyboard.xlsx" in main.statusBar().currentMessage()


def _mnemonics_in_view(window: MainWindow) -> list[str]:
    """The Alt+letter keys live at once: menu titles, tab titles, visible buddies and buttons."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    texts = [a.text() for a in window.menuBar().actions()]
    texts += [window.tabs.tabText(i) for i in range(window.tabs.count())]
    texts += [w.text() for w in window.findChildren(QLabel) if w.buddy() and w.isVisible()]
    texts += [w.text() for w in window.findChildren(QAbstractButton) if w.isVisible()]
    letters = []
    for text in texts:
        cleaned = text.replace("&&", "")
        if "&" in cleaned:
            letters.append(cleaned[cleaned.index("&") + 1].lower())
    return letters


@pytest.mark.parametrize("code", list(LANGUAGES))
def test_no_two_visible_controls_share_an_alt_key_on_any_tab(
    qtbot: QtBot, open_window: Callable[..., tuple[MainWindow, Sandbox]], code: str
) -> None:
    from desktop_app.core.errors import NetworkError
    from desktop_app.words.errors import describe

    language.apply(code)  # the autouse fixture puts English back afterwards
    window, _sb = open_window()
    waits.until(
        qtbot, window.properties.busy, lambda: window.properties.model.rowCount() == 6, WAIT_MS
    )
    # the busiest view: an error bar with its details open, and a retry in the pane
    window.message_bar.show_problem(describe(NetworkError("down"), "load x"), lambda: None)
    window.message_bar.details_button.setChecked(True)
    window.properties.status.say("…", translate("Properties", "Try a&gain"))
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        letters = _mnemonics_in_view(window)
        assert len(letters) == len(set(letters)), (window.tabs.tabText(index), sorted(letters))

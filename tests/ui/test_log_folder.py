"""Help ▸ Open the log folder: the file manager gets the platform's log folder, or the admin its path.

Opening a folder goes to the desktop's file manager, which the offscreen platform has none of:
the first test routes file URLs to a receiver with Qt's own QDesktopServices.setUrlHandler (the
seam Qt offers for this; no app code is replaced); the second meets the offscreen platform as it
is, where opening fails, and the admin must still learn where the folder is.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from desktop_app.sandbox import Sandbox
from desktop_app.ui.main_window import MainWindow
from tests.support.url_handlers import recording


def _action(window: MainWindow) -> QAction:
    action = window.findChild(QAction, "open_log_folder")
    assert action is not None
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    assert isinstance(help_menu, QMenu)
    assert action in help_menu.actions()
    return action


def test_help_opens_the_log_folder_in_the_file_manager(
    qtbot: QtBot, open_window: Callable[..., tuple[MainWindow, Sandbox]]
) -> None:
    window, _sb = open_window()
    with recording("file") as manager:
        _action(window).trigger()
    folder = Path(os.environ["APALEO_INSPECTOR_CONFIG_DIR"]) / "logs"
    assert [Path(QUrl(u).toLocalFile()) for u in manager.opened] == [folder]
    assert folder.is_dir()
    assert window.findChild(QMessageBox, "log_folder_message") is None


def test_where_no_file_manager_opens_the_admin_reads_the_path(
    qtbot: QtBot, open_window: Callable[..., tuple[MainWindow, Sandbox]]
) -> None:
    window, _sb = open_window()
    _action(window).trigger()
    box = window.findChild(QMessageBox, "log_folder_message")
    assert box is not None
    assert box.isVisible()
    folder = Path(os.environ["APALEO_INSPECTOR_CONFIG_DIR"]) / "logs"
    assert box.text().endswith(str(folder))
    box.close()

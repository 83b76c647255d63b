"""Help ▸ Open the log folder: where support asks an admin to look, opened in the file manager."""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.core.i18n import translate


def log_folder() -> Path:
    """The folder of the log file this process writes (the platform's log folder)."""
    from desktop_app.core.folders import log_dir
    from desktop_app.core.log import log_file_in_use

    current = log_file_in_use()
    return current.parent if current is not None else log_dir()


def open_log_folder(parent: QWidget) -> bool:
    """Open the log folder in the file manager; where none can, say where it is instead."""
    folder = log_folder()
    with contextlib.suppress(OSError):  # the message below names it all the same
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
        return True
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(translate("LogFolder", "Log folder"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(
        translate("LogFolder", "The log folder could not be opened here. It is:\n{folder}").format(
            folder=str(folder)
        )
    )
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setObjectName("log_folder_message")
    box.open()
    return False

"""View ▸ Language: follow the system, or always Deutsch or English; takes effect at a restart.

Every window is built in one language (its words are translated as it is made), so a new choice
is saved and the admin is offered a restart now or later, never a half-translated window.
"""

from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from desktop_app import APP_NAME
from desktop_app.core.i18n import language, translate
from desktop_app.ui import language as languages

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox


def relaunch_command() -> list[str]:
    """The program and arguments that start this app again, as it was started."""
    if getattr(sys, "frozen", False):  # the bundle: the executable is the app
        return [sys.executable, *sys.argv[1:]]
    return [sys.executable, *sys.argv]


def relaunch(app: QCoreApplication) -> None:
    """Start this app again (a new window language), then quit this copy.

    Where the new copy cannot be started, the admin is told to start it by hand, and this copy
    quits all the same (its language is already the old one's).
    """
    from PySide6.QtCore import QProcess

    program, *arguments = relaunch_command()
    log.info("Restarting for a new window language")
    if not QProcess.startDetached(program, arguments):
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(
            None,
            APP_NAME,
            translate("App", "The app could not restart itself. Please start it again."),
        )
    app.quit()


class LanguageMenu(QMenu):
    """The choices, checked as saved; a change asks whether to restart now.

    Signals:
        restart_requested(): the admin chose "Restart now" after a change.
    """

    restart_requested = Signal()

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(translate("MainWindow", "&Language"), parent)
        self.setObjectName("languageMenu")
        self._settings = settings
        self._group = QActionGroup(self)
        self._group.setExclusive(True)
        system = languages.native_name(languages.system_language())
        self.actions_by_code: dict[str, QAction] = {}
        choices = [
            ("", translate("MainWindow", "As the &system ({language})").format(language=system))
        ]
        choices += [(code, languages.native_name(code)) for code in languages.LANGUAGES]
        current = languages.chosen(settings)
        for code, title in choices:
            action = QAction(title, self)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.setData(code)
            action.triggered.connect(lambda _c=False, c=code: self.choose(c))
            self._group.addAction(action)
            self.addAction(action)
            self.actions_by_code[code] = action
        self.prompt: QMessageBox | None = None

    @Slot()
    def choose(self, code: str) -> None:
        """Save *code* ("" follows the system); offer a restart if the window language changes."""
        self._settings.setValue(languages.SETTING, code)
        self._settings.sync()
        self.actions_by_code[code].setChecked(True)
        wanted = code or languages.system_language()
        if wanted == language():
            return
        # made when asked for: QMessageBox's enums cost ~2 ms at start, for a rare prompt
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self.parentWidget())
        box.setObjectName("restartPrompt")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(translate("MainWindow", "Language"))
        box.setText(
            translate("MainWindow", "{app} will speak {language} from its next start.").format(
                app=APP_NAME, language=languages.native_name(wanted)
            )
        )
        box.setInformativeText(translate("MainWindow", "Restart it now?"))
        restart = box.addButton(
            translate("MainWindow", "&Restart now"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(translate("MainWindow", "&Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restart)
        box.finished.connect(lambda _r: self._answered(box.clickedButton() is restart))
        self.prompt = box
        box.open()  # window-modal, no nested event loop

    def _answered(self, restart: bool) -> None:
        self.prompt = None
        if restart:
            self.restart_requested.emit()


__all__ = ["LanguageMenu", "relaunch_command"]

"""The inspector window: it only composes the header, the message bar, the tabs and the menus.

Each tab (``ui/tabs/``) loads and shows its own part and reports ``busy`` and ``error``; the
window turns those into the status bar, the busy indicator and the message bar. Nothing here
waits on the network, and nothing reads state back from a widget: the session announces its
tokens (``tokens_changed``), the tabs follow.

Signals:
    sign_out_requested(): File ▸ Sign out.
    switch_profile_requested(str): Account ▸ Switch profile ▸ <name>.
    settings_requested(): Account ▸ Settings…, or a tab's "Edit connection".
    sign_in_again_requested(): "Sign in again" (the Scopes tab, or a refused sign-in in the bar).
    setup_requested(): Account ▸ Set up a new connection….
    properties_loaded(int): every property arrived (probes, tests, benchmarks).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMainWindow,
    QProgressBar,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app import APP_NAME
from desktop_app.core.i18n import translate
from desktop_app.ui.announce import announce
from desktop_app.ui.context import WindowContext
from desktop_app.ui.geometry import place
from desktop_app.ui.header import AccountHeader
from desktop_app.ui.language_menu import LanguageMenu
from desktop_app.ui.message_bar import MessageBar
from desktop_app.ui.renewal import AheadRenewal
from desktop_app.ui.support import PauseRelay, WaitCountdown
from desktop_app.ui.tabs.base import InspectorTab
from desktop_app.ui.tabs.properties import PropertiesTab
from desktop_app.ui.tabs.scopes import ScopesTab
from desktop_app.ui.tabs.token import TokenTab
from desktop_app.ui.tabs.users import UsersTab
from desktop_app.words.errors import describe

if TYPE_CHECKING:
    from desktop_app.ui.doctor_window import DoctorWindow
    from desktop_app.ui.recent_requests import RecentRequestsWindow

#: Tabs built when first shown (or asked for): nothing the first paint does not need.
LAZY_TABS: tuple[tuple[str, type[InspectorTab]], ...] = (
    ("scopes", ScopesTab),
    ("token", TokenTab),
    ("users", UsersTab),
)


class MainWindow(QMainWindow):
    """The signed-in window."""

    sign_out_requested = Signal()
    switch_profile_requested = Signal(str)
    settings_requested = Signal()
    sign_in_again_requested = Signal()
    setup_requested = Signal()
    restart_requested = Signal()
    properties_loaded = Signal(int)

    def __init__(self, context: WindowContext) -> None:
        super().__init__()
        self.ctx = context
        self.setObjectName("MainWindow")
        self.setWindowTitle(f"{APP_NAME} — {context.profile.name}")
        self.setMinimumWidth(640)
        self.events = context.events
        tab_context = context
        self._busy: dict[str, str] = {}
        #: The export dialog while it is open.
        self.exporting: QDialog | None = None
        self.header = AccountHeader(tab_context)
        self.message_bar = MessageBar()
        #: The loads that failed since the bar last showed nothing (its Retry runs them all).
        self._failed_loads: list[Callable[[], object]] = []
        self._shown_once = False
        self.message_bar.sign_in_requested.connect(self.sign_in_again_requested)
        self.message_bar.doctor_requested.connect(self.open_doctor)
        #: The doctor's and the recent requests' windows while open.
        self.doctor: DoctorWindow | None = None
        self.recent_requests: RecentRequestsWindow | None = None
        self.properties = PropertiesTab(tab_context)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("inspectorTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.tabBar().setAccessibleName(translate("MainWindow", "Views"))
        #: The parts built so far; the other tabs are built when first shown (or asked for).
        self.parts: list[InspectorTab] = [self.properties, self.header]
        self._tab_context = tab_context
        self._built: dict[str, InspectorTab] = {}
        for part in self.parts:
            self._wire(part)
        self.tabs.addTab(self.properties, PropertiesTab.TITLE.shown())
        for name, kind in LAZY_TABS:
            placeholder = QWidget()
            placeholder.setObjectName(f"{name}Placeholder")
            self.tabs.addTab(placeholder, kind.TITLE.shown())
        self.tabs.currentChanged.connect(self._tab_shown)
        self.properties.loaded.connect(self.properties_loaded)
        self.properties.loaded.connect(
            lambda n: announce(
                self, translate("MainWindow", "Loading done: %Ln properties.", None, n)
            )
        )
        # the Users tab needs a call: made once the table is filled, not before the first paint
        self.properties.loaded.connect(lambda _n: QTimer.singleShot(0, self, lambda: self.users))
        self._build_status_bar()
        self.properties.progress.connect(self._progress)
        self.properties.updated.connect(self.updated_label.setText)
        self._build_menus()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addWidget(self.header)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.renewal = AheadRenewal(context.session, context.pool, self.events, self)
        self.renewal.failed.connect(
            lambda e: self._show_error(translate("MainWindow", "renew the access token"), e, None)
        )
        #: Ticks each second: the header says the token's time left (tests wait on its ticks).
        self.lifetime_clock = QTimer(self)
        self.lifetime_clock.setObjectName("lifetimeClock")
        self.lifetime_clock.setInterval(1000)
        self.lifetime_clock.timeout.connect(self._tick)
        self.lifetime_clock.start()
        self._restore_geometry()
        self.reload()

    # ---------------------------------------------------------------- layout
    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.busy = QProgressBar()
        self.busy.setObjectName("busy")
        self.busy.setAccessibleName(translate("MainWindow", "Loading"))
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setMaximumHeight(12)
        self.busy.setTextVisible(False)
        self.busy.hide()
        #: When the properties were last loaded in full ("Updated 10:42").
        self.updated_label = QLabel("")
        self.updated_label.setObjectName("updated")
        from desktop_app.ui.rate_meter import RateMeter

        self.rate_meter = RateMeter(self.ctx.transport.calls)
        bar.addPermanentWidget(self.rate_meter)
        bar.addPermanentWidget(self.updated_label)
        bar.addPermanentWidget(self.busy)
        self.wait_countdown = WaitCountdown(bar)
        self._pauses = PauseRelay(self)
        self._pauses.paused.connect(self.wait_countdown.start)
        self._stop_pauses = self.ctx.transport.pauses.add(self._pauses.paused.emit)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(translate("MainWindow", "&File"))
        self.export_action = QAction(translate("MainWindow", "&Export properties…"), self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(self.export_dialog)
        quit_action = QAction(translate("MainWindow", "&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        edit_menu = bar.addMenu(translate("MainWindow", "&Edit"))
        copy_action = QAction(translate("MainWindow", "&Copy"), self)
        copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        copy_action.triggered.connect(self.copy_selection)
        edit_menu.addAction(copy_action)
        find_action = QAction(translate("MainWindow", "&Find…"), self)
        find_action.setShortcut(QKeySequence.StandardKey.Find)
        find_action.triggered.connect(self._focus_filter)
        edit_menu.addAction(find_action)
        view_menu = bar.addMenu(translate("MainWindow", "&View"))
        refresh_action = QAction(translate("MainWindow", "&Reload"), self)
        refresh_action.setShortcuts([QKeySequence(Qt.Key.Key_F5), QKeySequence("Ctrl+R")])
        refresh_action.triggered.connect(self.reload)
        view_menu.addAction(refresh_action)
        view_menu.addSeparator()
        titles = [PropertiesTab.TITLE.shown(), *(kind.TITLE.shown() for _name, kind in LAZY_TABS)]
        for number, title in enumerate(titles, start=1):
            action = QAction(title, self)
            action.setShortcut(QKeySequence(f"Alt+{number}"))
            action.triggered.connect(lambda _c=False, i=number - 1: self.tabs.setCurrentIndex(i))
            view_menu.addAction(action)
        view_menu.addSeparator()
        self.language_menu = LanguageMenu(self.ctx.settings, self)
        self.language_menu.restart_requested.connect(self.restart_requested)
        view_menu.addMenu(self.language_menu)
        account_menu = bar.addMenu(translate("MainWindow", "&Account"))
        self.switch_menu = account_menu.addMenu(translate("MainWindow", "S&witch profile"))
        for profile in self.ctx.store.profiles:
            action = self.switch_menu.addAction(profile.name)
            action.setEnabled(profile.name != self.ctx.profile.name)
            action.triggered.connect(
                lambda _c=False, n=profile.name: self.switch_profile_requested.emit(n)
            )
        self.switch_menu.setEnabled(len(self.ctx.store.profiles) > 1)
        settings_action = QAction(translate("MainWindow", "&Settings…"), self)
        settings_action.triggered.connect(self.settings_requested)
        setup_action = QAction(translate("MainWindow", "Set &up a new connection…"), self)
        setup_action.triggered.connect(self.setup_requested)
        account_menu.addAction(setup_action)
        sign_out_action = QAction(translate("MainWindow", "Sign &out"), self)
        sign_out_action.triggered.connect(self.sign_out_requested)
        account_menu.addAction(settings_action)
        account_menu.addSeparator()
        account_menu.addAction(sign_out_action)
        help_menu = bar.addMenu(translate("MainWindow", "&Help"))
        about_action = QAction(translate("MainWindow", "&About {app}").format(app=APP_NAME), self)
        about_action.triggered.connect(self.show_about)
        log_action = QAction(translate("MainWindow", "Open the &log folder"), self)
        log_action.setObjectName("open_log_folder")
        log_action.triggered.connect(self.open_log_folder)
        doctor_action = QAction(translate("MainWindow", "&Check the connection…"), self)
        doctor_action.setObjectName("check_connection")
        doctor_action.triggered.connect(self.open_doctor)
        requests_action = QAction(translate("MainWindow", "Recent &requests"), self)
        requests_action.setObjectName("recent_requests")
        requests_action.triggered.connect(self.open_recent_requests)
        help_menu.addAction(doctor_action)
        help_menu.addAction(requests_action)
        help_menu.addAction(log_action)
        help_menu.addSeparator()
        help_menu.addAction(about_action)
        self.addActions([copy_action, find_action, refresh_action])

    # ------------------------------------------------------------------ tabs
    def _wire(self, part: InspectorTab) -> None:
        part.busy.connect(self._set_busy)
        part.error.connect(self._show_error)

    def _ensure(self, name: str) -> InspectorTab:
        """The tab called *name*, built (in place of its placeholder) on first use."""
        built = self._built.get(name)
        if built is not None:
            return built
        names = [n for n, _kind in LAZY_TABS]
        kind = LAZY_TABS[names.index(name)][1]
        tab = kind(self._tab_context)
        self._wire(tab)
        if isinstance(tab, ScopesTab):
            tab.sign_in_again_requested.connect(self.sign_in_again_requested)
            tab.edit_connection_requested.connect(self.settings_requested)
        index = 1 + names.index(name)
        current = self.tabs.currentIndex()
        placeholder = self.tabs.widget(index)
        self.tabs.blockSignals(True)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, tab, kind.TITLE.shown())
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        if placeholder is not None:
            placeholder.deleteLater()
        self._built[name] = tab
        self.parts.append(tab)
        tab.reload()
        return tab

    @Slot(int)
    def _tab_shown(self, index: int) -> None:
        if index >= 1:
            self._ensure(LAZY_TABS[index - 1][0])

    @property
    def scopes(self) -> ScopesTab:
        """The Scopes tab (built now if it was not yet)."""
        return cast(ScopesTab, self._ensure("scopes"))

    @property
    def token(self) -> TokenTab:
        """The Token tab (built now if it was not yet)."""
        return cast(TokenTab, self._ensure("token"))

    @property
    def users(self) -> UsersTab:
        """The Users tab (built now if it was not yet)."""
        return cast(UsersTab, self._ensure("users"))

    @Slot()
    def _tick(self) -> None:
        self.header.tick()
        token = self._built.get("token")
        if isinstance(token, TokenTab):
            token.tick()

    # ---------------------------------------------------------- busy, errors
    @Slot(str, bool, str)
    def _set_busy(self, key: str, busy: bool, message: str) -> None:
        if busy:
            self._busy[key] = message
        else:
            self._busy.pop(key, None)
        self.busy.setVisible(bool(self._busy))
        if busy:
            self.statusBar().showMessage(message)
        elif message:
            self.statusBar().showMessage(message, 8000)
        elif self._busy:
            self.statusBar().showMessage(next(reversed(self._busy.values())))
        else:
            self.statusBar().clearMessage()

    @Slot(int, int)
    def _progress(self, done: int, total: int) -> None:
        self.busy.setRange(0, total)  # 0, 0: busy without a known end
        if total:
            self.busy.setValue(done)

    @Slot(str, object, object)
    def _show_error(self, what: str, exc: object, retry: object) -> None:
        """One message for every failure since the bar was last closed; Retry retries them all.

        A renewal that fails fails the account's, the properties' and the users' reads at once:
        the bar says the latest, and its Retry runs each failed load again, not only that one.
        """
        words = describe(exc, what)
        if words.sign_in_again:
            self.header.refused()  # the lifetime line must not say the token is fine
        if not self.message_bar.isVisible():
            self._failed_loads.clear()
        if callable(retry) and retry not in self._failed_loads:
            self._failed_loads.append(retry)
        self.message_bar.show_problem(words, self._retry_failed if self._failed_loads else None)

    def _retry_failed(self) -> None:
        failed, self._failed_loads = self._failed_loads, []
        for retry in failed:
            retry()

    # ------------------------------------------------------------- commands
    @Slot()
    def reload(self) -> None:
        """Load (again) everything the window shows: the properties first."""
        self.message_bar.dismiss()
        for part in self.parts:  # the properties first; tabs not built yet load when shown
            part.reload()

    @Slot()
    def copy_selection(self) -> None:
        """Copy the selected rows of the tab in front (or the properties') as tab-separated text."""
        current = self.tabs.currentWidget()
        tab = current if isinstance(current, InspectorTab) and current.table else self.properties
        copied = tab.copy_selection()
        if copied:
            self.statusBar().showMessage(
                translate("MainWindow", "Copied %Ln rows.", None, copied), 4000
            )

    @Slot()
    def _focus_filter(self) -> None:
        current = self.tabs.currentWidget()
        if (
            current is not self.properties
            and isinstance(current, InspectorTab)
            and (current.focus_filter())
        ):
            return
        self.tabs.setCurrentWidget(self.properties)
        self.properties.focus_filter()

    @Slot()
    def export_dialog(self) -> None:
        """Ask what and where (window-modal, the loop keeps running), then export."""
        from desktop_app.ui.export_dialog import ExportDialog

        if self.exporting is not None:
            self.exporting.raise_()
            return
        dialog = ExportDialog(self.properties, self.header.account_code, self)
        dialog.finished.connect(lambda _r: self._exported(dialog))
        self.exporting = dialog
        dialog.open()

    def _exported(self, dialog: QDialog) -> None:
        self.exporting = None
        message = getattr(dialog, "message", "")
        dialog.deleteLater()
        if message:
            self.statusBar().showMessage(message, 8000)

    def show_about(self) -> None:
        """The About box."""
        from desktop_app.ui.about import show_about

        show_about(self)

    def open_doctor(self) -> None:
        """Help ▸ Check the connection…: the doctor on this window's connection, run at once."""
        from desktop_app.ui.doctor_window import open_doctor

        self.doctor = open_doctor(self.doctor, self.ctx.connection, self.ctx.pool, self)

    def open_recent_requests(self) -> None:
        """Help ▸ Recent requests."""
        from desktop_app.ui.recent_requests import RecentRequestsWindow

        if self.recent_requests is None:
            self.recent_requests = RecentRequestsWindow(self.ctx.transport.calls, self)
        if self.recent_requests.isVisible():
            self.recent_requests.raise_()  # already open: to the front
        else:
            self.recent_requests.show()

    def open_log_folder(self) -> None:
        """Help ▸ Open the log folder (what support asks for first)."""
        from desktop_app.ui.log_folder import open_log_folder

        open_log_folder(self)

    # ------------------------------------------------------------ lifecycle
    def _restore_geometry(self) -> None:
        # the saved size only where it still fits this screen; else most of the screen
        place(self, (1200, 760), self.ctx.settings.value("main/geometry"))

    def shutdown(self) -> None:
        """Stop timers, forget the session's events and drop every call this window started."""
        self.lifetime_clock.stop()
        self.renewal.stop()
        self.wait_countdown.stop()
        self.events.detach()
        for part in self.parts:
            part.shutdown()
        self._stop_pauses()
        self.rate_meter.stop()
        for window in (self.doctor, self.recent_requests):
            if window is not None:
                window.close()
        self.ctx.api.drop_early()
        self.ctx.pool.abort_all()

    def showEvent(self, event: QShowEvent) -> None:
        """The window opens with the focus in the properties table, not on the tab bar."""
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self.properties.table.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.ctx.settings.setValue("main/geometry", self.saveGeometry())
        self.shutdown()
        super().closeEvent(event)


__all__ = ["MainWindow"]

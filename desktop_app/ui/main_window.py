"""The inspector: account, properties with details, scopes, token and users. Never waits on the network.

Every call runs in a worker keyed by what it loads, so a newer request supersedes an older one and
the older answer is dropped; errors appear in the window in words, with Retry where it helps.

Signals:
    sign_out_requested(): File ▸ Sign out.
    switch_profile_requested(str): Account ▸ Switch profile ▸ <name>.
    settings_requested(): Account ▸ Settings….
"""

from __future__ import annotations

import datetime as dt
import gc
import html
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QByteArray,
    QItemSelection,
    QModelIndex,
    QSettings,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app import APP_NAME
from desktop_app.access_words import forbidden_words, scopes_summary, signed_in_as
from desktop_app.api.errors import Forbidden
from desktop_app.ui.details import PropertyDetails
from desktop_app.ui.models import (
    OBJECT_ROLE,
    SORT_ROLE,
    PropertyFilterProxy,
    PropertyTableModel,
    ScopesModel,
    UsersModel,
    local_time,
)
from desktop_app.ui.signin_window import error_text
from desktop_app.ui.support import PauseRelay, SupportReference, WaitCountdown

if TYPE_CHECKING:
    from desktop_app.api.client import ApiClient, PropertyPage
    from desktop_app.api.models import Account, Property
    from desktop_app.auth.session import AuthSession
    from desktop_app.auth.tokens import TokenSet
    from desktop_app.config import Profile, ProfileStore
    from desktop_app.sandbox import Sandbox
    from desktop_app.ui.workers import WorkerPool


def loading_words(done: int, total: int | None) -> str:
    """The status line while properties load: "Loading properties… 600 of 10,000"."""
    if total is not None and total >= done:
        return f"Loading properties… {done:,} of {total:,}"
    return f"Loading properties… {done:,} so far"


#: Below this many seconds left, the expiry turns into a warning.
EXPIRY_WARNING_S = 300
#: Shown while a kept sign-in waits for its first renewal (the window paints before it).
RENEWING = "Renewing your saved sign-in…"
PAGE_SIZE = 200


@dataclass
class AppContext:
    """Everything a signed-in window needs."""

    profile: Profile
    session: AuthSession
    api: ApiClient
    store: ProfileStore
    pool: WorkerPool
    settings: QSettings
    demo: Sandbox | None = None


def _table(model: Any) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.setWordWrap(False)
    return view


def _sorted(model: Any, parent: Any) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    return proxy


def _note(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class MainWindow(QMainWindow):
    """The signed-in window."""

    sign_out_requested = Signal()
    switch_profile_requested = Signal(str)
    settings_requested = Signal()
    properties_loaded = Signal(int)

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.ctx = context
        self.setObjectName("MainWindow")
        self.setWindowTitle(f"{APP_NAME} — {context.profile.name}")
        self._busy: set[str] = set()
        self.expiry_warning = False
        self._load_started = 0.0
        self._rows_loaded = 0
        self._build_header()
        self._build_tabs()
        self._build_actions()
        self._build_status_bar()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self._clock = QTimer(self)
        self._clock.setInterval(1000)
        self._clock.timeout.connect(self._update_expiry)
        self._clock.start()
        self._restore_geometry()
        self._update_token_view()
        self.reload()

    # ---------------------------------------------------------------- layout
    def _build_header(self) -> None:
        self.header = QWidget()
        self.account_label = QLabel("<b>Loading your account…</b>")
        self.account_label.setObjectName("account")
        self.user_label = _note("")
        self.user_label.setObjectName("user")
        self.expiry_label = QLabel("")
        self.expiry_label.setObjectName("expiry")
        self.expiry_label.setAccessibleName("Time until the access token expires")
        # Said up front when this sign-in will not survive a restart (no refresh token, or no
        # working keyring): otherwise the admin learns it only when the token runs out.
        self.keep_warning = QLabel("")
        self.keep_warning.setObjectName("keepWarning")
        self.keep_warning.setWordWrap(True)
        self.keep_warning.setTextFormat(Qt.TextFormat.PlainText)
        self.keep_warning.hide()
        left = QVBoxLayout()
        left.addWidget(self.account_label)
        left.addWidget(self.user_label)
        left.addWidget(self.keep_warning)
        row = QHBoxLayout(self.header)
        row.setContentsMargins(4, 0, 4, 4)
        row.addLayout(left, 1)
        row.addWidget(self.expiry_label, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)

    def _build_tabs(self) -> None:
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        # Properties: filter + table | details
        self.model = PropertyTableModel(self)
        self.proxy = PropertyFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = _table(self.proxy)
        self.table.setObjectName("properties")
        # Fit columns to a sample of rows, not to every loaded row: cheap at 10,000.
        self.table.horizontalHeader().setResizeContentsPrecision(20)
        self.table.sortByColumn(PropertyTableModel.COL_CODE, Qt.SortOrder.AscendingOrder)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.filter_box = QLineEdit()
        self.filter_box.setPlaceholderText("Filter by code, name or city  (Ctrl+F)")
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.setAccessibleName("Filter properties")
        self.filter_box.textChanged.connect(self._filter_changed)
        self.count_label = QLabel("")
        self.properties_note = _note("")
        self.properties_note.setObjectName("propertiesNote")
        self.properties_retry = QPushButton("&Retry")
        self.properties_retry.clicked.connect(self.load_properties)
        self.properties_retry.hide()
        top = QHBoxLayout()
        top.addWidget(self.filter_box, 1)
        top.addWidget(self.count_label)
        note_row = QHBoxLayout()
        note_row.addWidget(self.properties_note, 1)
        note_row.addWidget(self.properties_retry)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 4, 0, 0)
        left_layout.addLayout(top)
        left_layout.addLayout(note_row)
        left_layout.addWidget(self.table, 1)
        self.details = PropertyDetails()
        self.details.retry_requested.connect(self._load_details)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([820, 480])
        self.tabs.addTab(self.splitter, "&Properties")
        # Scopes
        self.scopes_model = ScopesModel(self)
        self.scopes_proxy = _sorted(self.scopes_model, self)
        self.scopes_table = _table(self.scopes_proxy)
        self.scopes_table.setObjectName("scopes")
        # Asked-for scopes first, in the profile's order, until the admin sorts by a column.
        self.scopes_table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.scopes_proxy.sort(-1)
        self.scopes_summary = _note("")
        self.scopes_summary.setObjectName("scopesSummary")
        scopes = QWidget()
        scopes_layout = QVBoxLayout(scopes)
        scopes_layout.addWidget(self.scopes_summary)
        scopes_layout.addWidget(self.scopes_table, 1)
        self.tabs.addTab(scopes, "&Scopes")
        # Token
        token = QWidget()
        form = QFormLayout()
        self.claim_labels: dict[str, QLabel] = {}
        for key, title in (
            ("iss", "Issuer"),
            ("aud", "Audience"),
            ("client_id", "Client"),
            ("sub", "Subject (user)"),
            ("account_code", "Account"),
            ("iat", "Issued"),
            ("nbf", "Not before"),
            ("exp", "Expires"),
            ("id_token", "id_token"),
        ):
            label = _note("")
            label.setObjectName(f"claim_{key}")
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.claim_labels[key] = label
            form.addRow(f"{title}:", label)
        # Whether the next start signs in without the browser, and where that is kept.
        self.saved_sign_in = _note("")
        self.saved_sign_in.setObjectName("savedSignIn")
        self.saved_sign_in.setAccessibleName("Saved sign-in")
        form.addRow("Saved sign-in:", self.saved_sign_in)
        self.raw_token = QLineEdit()
        self.raw_token.setObjectName("rawToken")
        self.raw_token.setReadOnly(True)
        self.raw_token.setEchoMode(QLineEdit.EchoMode.Password)
        self.raw_token.setAccessibleName("Access token (hidden)")
        self.reveal_token = QPushButton("Show")
        self.reveal_token.setCheckable(True)
        self.reveal_token.toggled.connect(self._toggle_token)
        raw_row = QHBoxLayout()
        raw_row.addWidget(self.raw_token, 1)
        raw_row.addWidget(self.reveal_token)
        form.addRow("Access token:", raw_row)
        self.refresh_button = QPushButton("Refresh &now")
        self.refresh_button.clicked.connect(self.refresh_token_now)
        self.token_note = _note("")
        self.token_note.setObjectName("tokenNote")
        token_layout = QVBoxLayout(token)
        token_layout.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(self.refresh_button)
        row.addWidget(self.token_note, 1)
        token_layout.addLayout(row)
        token_layout.addStretch(1)
        self.tabs.addTab(token, "&Token")
        # Users
        self.users_model = UsersModel(self)
        self.users_proxy = _sorted(self.users_model, self)
        self.users_table = _table(self.users_proxy)
        self.users_table.setObjectName("users")
        self.users_note = _note("")
        self.users_note.setObjectName("usersNote")
        self.users_proxy.setFilterKeyColumn(-1)  # name, e-mail, properties and roles
        self.users_proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.users_filter = QLineEdit()
        self.users_filter.setPlaceholderText("Filter by name, e-mail, property or role")
        self.users_filter.setClearButtonEnabled(True)
        self.users_filter.setAccessibleName("Filter users")
        self.users_filter.textChanged.connect(self.users_proxy.setFilterFixedString)
        users = QWidget()
        users_layout = QVBoxLayout(users)
        users_layout.addWidget(self.users_note)
        users_layout.addWidget(self.users_filter)
        users_layout.addWidget(self.users_table, 1)
        self.tabs.addTab(users, "&Users")

    def _build_actions(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        self.export_csv_action = QAction("Export properties as &CSV…", self)
        self.export_csv_action.triggered.connect(lambda: self.export_dialog("csv"))
        self.export_json_action = QAction("Export properties as &JSON…", self)
        self.export_json_action.triggered.connect(lambda: self.export_dialog("json"))
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addActions([self.export_csv_action, self.export_json_action])
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        edit_menu = bar.addMenu("&Edit")
        copy_action = QAction("&Copy", self)
        copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        copy_action.triggered.connect(self.copy_selection)
        find_action = QAction("&Find…", self)
        find_action.setShortcut(QKeySequence.StandardKey.Find)
        find_action.triggered.connect(self._focus_filter)
        edit_menu.addActions([copy_action, find_action])
        view_menu = bar.addMenu("&View")
        refresh_action = QAction("&Refresh", self)
        refresh_action.setShortcuts([QKeySequence(Qt.Key.Key_F5), QKeySequence("Ctrl+R")])
        refresh_action.triggered.connect(self.reload)
        view_menu.addAction(refresh_action)
        account_menu = bar.addMenu("&Account")
        self.switch_menu = account_menu.addMenu("S&witch profile")
        for profile in self.ctx.store.profiles:
            action = self.switch_menu.addAction(profile.name)
            action.setEnabled(profile.name != self.ctx.profile.name)
            action.triggered.connect(
                lambda _c=False, n=profile.name: self.switch_profile_requested.emit(n)
            )
        self.switch_menu.setEnabled(len(self.ctx.store.profiles) > 1)
        settings_action = QAction("&Settings…", self)
        settings_action.triggered.connect(self.settings_requested)
        sign_out_action = QAction("Sign &out", self)
        sign_out_action.triggered.connect(self.sign_out_requested)
        account_menu.addAction(settings_action)
        account_menu.addSeparator()
        account_menu.addAction(sign_out_action)
        help_menu = bar.addMenu("&Help")
        about_action = QAction(f"&About {APP_NAME}", self)
        about_action.triggered.connect(self.show_about)
        help_menu.addAction(about_action)
        self.addActions([copy_action, find_action, refresh_action])

    def _build_status_bar(self) -> None:
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setMaximumHeight(12)
        self.busy.setTextVisible(False)
        self.busy.hide()
        #: When the properties were last loaded in full ("Updated 10:42").
        self.updated_label = QLabel("")
        self.updated_label.setObjectName("updated")
        self.statusBar().addPermanentWidget(self.updated_label)
        self.statusBar().addPermanentWidget(self.busy)
        self.support_reference = SupportReference()
        self.statusBar().addPermanentWidget(self.support_reference)
        self.wait_countdown = WaitCountdown(self.statusBar())
        self._pauses = PauseRelay(self)
        self._pauses.paused.connect(self.wait_countdown.start)
        self.ctx.api.on_pause = self._pauses.paused.emit

    # ---------------------------------------------------------------- busy
    def _set_busy(self, key: str, busy: bool, message: str | None = None) -> None:
        (self._busy.add if busy else self._busy.discard)(key)
        self.busy.setVisible(bool(self._busy))
        if message is not None:
            self.statusBar().showMessage(message, 0 if busy else 8000)
        elif not self._busy:
            self.statusBar().clearMessage()

    def _run(
        self,
        key: str,
        fn: Any,
        *args: Any,
        message: str,
        on_result: Any,
        on_error: Any,
        on_page: Any = None,
    ) -> None:
        self._set_busy(key, True, message)
        worker = self.ctx.pool.start(fn, *args, key=f"{id(self)}:{key}")
        worker.returned.connect(on_result)
        worker.errored.connect(on_error)
        worker.errored.connect(self.support_reference.show_for)
        if on_page is not None:
            worker.yielded.connect(on_page)
        worker.returned.connect(lambda _r: self._set_busy(key, False))
        worker.errored.connect(lambda _e: self._set_busy(key, False))

    # -------------------------------------------------------------- loading
    @Slot()
    def reload(self) -> None:
        """Load (again) everything the window shows."""
        self._update_scopes()
        self._update_token_view()
        self.load_properties()  # first: it is what the admin waits for
        self._run(
            "account",
            self.ctx.api.current_account,
            message="Loading your account…",
            on_result=self._show_account,
            on_error=self._account_failed,
        )
        self._run(
            "user",
            self.ctx.session.userinfo,
            message="Loading your account…",
            on_result=self._show_user,
            on_error=lambda e: self.user_label.setText(error_text(e)),
        )
        self._run(
            "users",
            self.ctx.api.users,
            message="Loading users…",
            on_result=self._show_users,
            on_error=self._users_failed,
        )

    @Slot()
    def load_properties(self) -> None:
        """Load every page; with rows on screen, reload them in place (F5).

        Rows change where they are, so the selection, sort, filter and scroll position stay put.
        """
        if self.model.rowCount():
            self.model.begin_reload()
        else:
            self.model.clear()
            self.details.clear()
            self.properties_note.setText("Loading properties…")
        self.properties_retry.hide()
        self._load_started = time.monotonic()
        self._rows_loaded = 0
        self._run(
            "properties",
            self.ctx.api.iter_property_pages,
            PAGE_SIZE,
            message="Loading properties…",
            on_result=self._properties_done,
            on_error=self._properties_failed,
            on_page=self._properties_page,
        )

    @Slot(object)
    def _properties_page(self, page: PropertyPage) -> None:
        first = self.model.rowCount() == 0
        self.model.merge(page)
        # Loaded rows live until the next reload: keep the cyclic collector from re-walking them
        # on every full collection (each walk holds the GIL, so it would stall this thread too).
        gc.freeze()
        if first:
            # Fit the columns to the first page once, in an event of its own so the page and the
            # measuring are two short GUI-thread slices; later pages do not move them.
            QTimer.singleShot(0, self._fit_columns)
        self._rows_loaded += len(page)
        if not self.model.reloading:
            self._update_count()
        self.statusBar().showMessage(loading_words(self._rows_loaded, page.total))
        if page.total:  # determinate while the total is known
            self.busy.setRange(0, page.total)
            self.busy.setValue(min(self._rows_loaded, page.total))

    @Slot()
    def _fit_columns(self) -> None:
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        width = header.sectionSize(PropertyTableModel.COL_NAME)
        header.resizeSection(PropertyTableModel.COL_NAME, min(max(width, 160), 320))

    @Slot(object)
    def _properties_done(self, _result: object) -> None:
        self.model.end_reload()
        self.busy.setRange(0, 0)
        self.updated_label.setText(f"Updated {dt.datetime.now():%H:%M}")
        count = self.model.rowCount()
        if count == 0:
            self.properties_note.setText("This account has no properties yet.")
        else:
            self.properties_note.setText("")
        self.properties_note.setVisible(count == 0)
        self._update_count()
        self.statusBar().showMessage(f"Loaded {count} properties.", 8000)
        if count and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)
        self.properties_loaded.emit(count)

    @Slot(object)
    def _properties_failed(self, exc: object) -> None:
        self.model.end_reload(complete=False)  # keep every row: the missing pages never came
        self.busy.setRange(0, 0)
        self.properties_note.setText(f"Properties could not be loaded. {error_text(exc)}")
        self.properties_note.show()
        self.properties_retry.show()
        self.statusBar().showMessage("Loading properties failed.", 8000)

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(
            f"{total} properties" if shown == total else f"{shown} of {total} properties"
        )

    @Slot(object)
    def _show_account(self, account: Account) -> None:
        name = html.escape(account.name or account.code)
        kind = html.escape(account.type or "unknown type")
        self.account_label.setText(
            f"<b style='font-size:large'>{name}</b> &nbsp; account {html.escape(account.code)} · {kind}"
            f" · profile {html.escape(self.ctx.profile.name)}"
        )

    @Slot(object)
    def _account_failed(self, exc: object) -> None:
        self.account_label.setText(
            f"<b>Account details could not be loaded.</b> {html.escape(error_text(exc))}"
        )

    @Slot(object)
    def _show_user(self, info: dict[str, Any]) -> None:
        if not info:
            self.user_label.setText(
                f"Connected as the app itself (client {self.ctx.profile.client_id}), no user."
            )
            return
        self.user_label.setText(signed_in_as(info))

    @Slot(object)
    def _show_users(self, users: list[Any]) -> None:
        self.users_model.set_users(users)
        self.users_table.resizeColumnsToContents()
        self.users_note.setText(
            f"{len(users)} people have access to this account."
            if users
            else "No users were listed."
        )
        self.users_table.show()

    @Slot(object)
    def _users_failed(self, exc: object) -> None:
        self.users_model.set_users([])
        if isinstance(exc, Forbidden):
            self.users_note.setText(
                forbidden_words(
                    "list the account's users",
                    exc.missing_scopes,
                    fine_grained=self.ctx.session.fine_grained,
                )
            )
        else:
            self.users_note.setText(f"Users could not be loaded. {error_text(exc)}")
        self.users_table.hide()

    # --------------------------------------------------------------- details
    @Slot(QItemSelection, QItemSelection)
    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._load_details()

    def selected_property(self) -> Property | None:
        """The property of the current row, if any."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        value = rows[0].data(OBJECT_ROLE)
        return value  # type: ignore[no-any-return]

    @Slot()
    def _load_details(self) -> None:
        prop = self.selected_property()
        if prop is None:
            return
        self.details.clear(f"Loading {prop.display_name}…")
        self._run(
            "details",
            self.ctx.api.property,
            prop.id,
            message="Loading property details…",
            on_result=self._show_details,
            on_error=self._details_failed,
        )
        api = self.ctx.api
        self._run(
            "units",
            api.unit_count,
            prop.id,
            message="Loading counts…",
            on_result=lambda n: self.details.show_count("units", str(n)),
            on_error=lambda e: self._count_failed("units", e),
        )
        self._run(
            "unit_groups",
            api.unit_group_count,
            prop.id,
            message="Loading counts…",
            on_result=lambda n: self.details.show_count("unit_groups", str(n)),
            on_error=lambda e: self._count_failed("unit_groups", e),
        )

    @Slot(object)
    def _show_details(self, prop: Property) -> None:
        units, groups = (
            self.details.values["units"].text(),
            self.details.values["unit_groups"].text(),
        )
        self.details.show_property(prop)
        # counts may have arrived before the details
        if units and not units.startswith("Loading"):
            self.details.show_count("units", units)
        if groups and not groups.startswith("Loading"):
            self.details.show_count("unit_groups", groups)

    @Slot(object)
    def _details_failed(self, exc: object) -> None:
        self.details.set_status(f"Details could not be loaded. {error_text(exc)}", retry=True)

    def _count_failed(self, key: str, exc: object) -> None:
        if isinstance(exc, Forbidden):
            what = "see unit groups" if key == "unit_groups" else "see units"
            text = "Not available. " + forbidden_words(
                what, exc.missing_scopes, fine_grained=self.ctx.session.fine_grained
            )
        else:
            text = f"Could not be loaded. {error_text(exc)}"
        self.details.show_count(key, text)

    # ----------------------------------------------------------- filtering
    @Slot(str)
    def _filter_changed(self, text: str) -> None:
        self.proxy.set_needle(text)
        self._update_count()

    @Slot()
    def _focus_filter(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.filter_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_box.selectAll()

    # -------------------------------------------------------------- scopes
    def _update_scopes(self) -> None:
        session = self.ctx.session
        if session.restoring:  # the grant is known once the kept sign-in is renewed
            self.scopes_model.set_scopes(session.requested_scopes, ())
            self.scopes_summary.setText(RENEWING)
            return
        self.scopes_model.set_scopes(session.requested_scopes, session.granted_scopes)
        self.scopes_summary.setText(
            scopes_summary(
                session.requested_scopes,
                session.granted_scopes,
                session.missing_scopes,
                session.extra_scopes,
            )
        )
        self.scopes_table.resizeColumnsToContents()

    # --------------------------------------------------------------- token
    def _update_token_view(self) -> None:
        tokens = None if self.ctx.session.restoring else self.ctx.session.tokens
        claims = (tokens.access_claims if tokens else None) or {}
        for key, label in self.claim_labels.items():
            if key == "id_token":
                if tokens is None or tokens.id_token is None:
                    label.setText("None (no openid scope, or the server sent none)")
                else:
                    label.setText(
                        "Verified (signature, issuer, audience, expiry, nonce)"
                        if tokens.id_token_verified
                        else "Not verified"
                    )
                continue
            value = claims.get(key)
            if key in ("iat", "nbf", "exp") and isinstance(value, int | float):
                moment = dt.datetime.fromtimestamp(value, dt.UTC)
                label.setText(f"{local_time(moment)} local · {moment:%Y-%m-%d %H:%M:%S} UTC")
            elif isinstance(value, list):
                label.setText(", ".join(str(v) for v in value))
            elif value is None:
                label.setText("—" if claims else "— (the access token is opaque)")
            else:
                label.setText(str(value))
        self.raw_token.setText(tokens.access_token if tokens else "")
        state = self.ctx.session.refresh_state
        self.saved_sign_in.setText(state.words)
        self.keep_warning.setText("" if state.as_intended else f"⚠ {state.words}")
        self.keep_warning.setVisible(bool(self.keep_warning.text()))
        self.keep_warning.setToolTip(state.words)
        self._update_expiry()

    @Slot(bool)
    def _toggle_token(self, checked: bool) -> None:
        self.raw_token.setEchoMode(
            QLineEdit.EchoMode.Normal if checked else QLineEdit.EchoMode.Password
        )
        self.reveal_token.setText("Hide" if checked else "Show")
        self.raw_token.setAccessibleName("Access token" if checked else "Access token (hidden)")

    @Slot()
    def refresh_token_now(self) -> None:
        """Get a new access token now."""
        self.refresh_button.setEnabled(False)
        self.token_note.setText("Refreshing…")

        def done(_tokens: TokenSet) -> None:
            self.refresh_button.setEnabled(True)
            self.token_note.setText("A new access token was issued.")
            self._update_token_view()
            self._update_scopes()

        def failed(exc: object) -> None:
            self.refresh_button.setEnabled(True)
            self.token_note.setText(f"Refresh failed. {error_text(exc)}")

        self._run(
            "refresh",
            self.ctx.session.refresh,
            message="Refreshing the access token…",
            on_result=done,
            on_error=failed,
        )

    @Slot()
    def _update_expiry(self) -> None:
        session = self.ctx.session
        if session.restoring:
            problem = session.renewal_problem
            self.expiry_label.setText(
                f"Your saved sign-in could not be renewed yet. {problem}" if problem else RENEWING
            )
            return
        tokens = session.tokens
        if tokens is None:
            self.expiry_label.setText("Signed out")
            return
        if self.raw_token.text() != tokens.access_token:
            # renewed in the background by an API call (the first one, after a restart)
            self._update_token_view()
            self._update_scopes()
            return
        left = int(tokens.expires_in())
        if left <= 0:
            self.expiry_label.setText("⚠ Access token expired — it is renewed on the next call")
        else:
            text = f"Token expires in {left // 60:02d}:{left % 60:02d}"
            self.expiry_label.setText(f"⚠ {text}" if left < EXPIRY_WARNING_S else text)
        warn = left < EXPIRY_WARNING_S
        font = self.expiry_label.font()
        font.setBold(warn)
        self.expiry_label.setFont(font)
        self.expiry_warning = warn

    # ------------------------------------------------------------ commands
    @Slot()
    def copy_selection(self) -> None:
        """Copy the selected cells of the focused table as tab-separated text."""
        view = next(
            (v for v in (self.table, self.scopes_table, self.users_table) if v.hasFocus()),
            self.table,
        )
        indexes = sorted(
            view.selectionModel().selectedIndexes(), key=lambda i: (i.row(), i.column())
        )
        if not indexes:
            return
        rows: dict[int, list[str]] = {}
        for index in indexes:
            rows.setdefault(index.row(), []).append(str(index.data() or ""))
        QGuiApplication.clipboard().setText("\n".join("\t".join(cells) for cells in rows.values()))
        self.statusBar().showMessage(
            f"Copied {len(rows)} row{'s' if len(rows) != 1 else ''}.", 4000
        )

    def visible_properties(self) -> list[Property]:
        """The properties as the table shows them (filter and sort applied)."""
        return [self.proxy.index(r, 0).data(OBJECT_ROLE) for r in range(self.proxy.rowCount())]

    def export_dialog(self, kind: str) -> None:
        """Ask where to save, then export the shown properties."""
        from desktop_app.ui.export import export_properties

        suffix = "csv" if kind == "csv" else "json"
        path, _ = QFileDialog.getSaveFileName(
            self,
            "Export properties",
            f"properties.{suffix}",
            f"{suffix.upper()} files (*.{suffix})",
        )
        if not path:
            return
        try:
            count = export_properties(self.visible_properties(), path, kind)
        except OSError as exc:
            QMessageBox.warning(
                self, "Export failed", f"The file could not be written: {exc.strerror}."
            )
            return
        self.statusBar().showMessage(f"Exported {count} properties to {path}.", 8000)

    def show_about(self) -> None:
        """The About box."""
        from desktop_app.ui.about import show_about

        show_about(self)

    # ------------------------------------------------------------ lifecycle
    def _restore_geometry(self) -> None:
        geometry = self.ctx.settings.value("main/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 760)
        state = self.ctx.settings.value("main/splitter")
        if isinstance(state, QByteArray):
            self.splitter.restoreState(state)

    def shutdown(self) -> None:
        """Stop timers and drop every call this window started."""
        self._clock.stop()
        self.wait_countdown.stop()
        self.ctx.api.on_pause = None
        self.ctx.pool.abort_all()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.ctx.settings.setValue("main/geometry", self.saveGeometry())
        self.ctx.settings.setValue("main/splitter", self.splitter.saveState())
        self.shutdown()
        super().closeEvent(event)


__all__ = ["AppContext", "MainWindow", "QModelIndex"]

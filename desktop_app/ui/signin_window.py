"""The sign-in window: one button for the admin, and every stage of the sign-in in words.

It renders a :class:`~desktop_app.ui.signin_flow.SignInFlow`, which runs the blocking work
(binding the listener, waiting for the browser, the code exchange, keyring access) in workers
and holds the sign-in's state; the window only shows progress, time left, the address, and
errors in plain words.

It is the first window most starts paint, and it never touches PySide6's ``Qt`` namespace:
the first touch builds that namespace's ~100 Python enums (~12 ms, a tenth of a bare window's
start). Keys are named in words, labels take their flags through Qt's property system, and
focus is given with ``setFocus()`` (its reason is "other" either way).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop_app import APP_NAME
from desktop_app.core.i18n import shown, translate
from desktop_app.ui.announce import announce
from desktop_app.ui.signin_flow import FlowState, SignInFlow
from desktop_app.words.errors import error_text

if TYPE_CHECKING:
    from desktop_app.auth.session import AuthSession
    from desktop_app.auth.tokens import TokenSet
    from desktop_app.connection import Connection
    from desktop_app.ui.doctor_window import DoctorWindow
    from desktop_app.ui.workers import WorkerPool


#: Qt::PlainText and Qt::TextSelectableByMouse, as Qt's property system takes them (see the module).
_PLAIN_TEXT = 0
_SELECTABLE_BY_MOUSE = 1


def _plain(label: QLabel, *, selectable: bool = False) -> None:
    """Show *label*'s text as plain text (never as rich text), optionally selectable."""
    label.setProperty("textFormat", _PLAIN_TEXT)
    if selectable:
        label.setProperty("textInteractionFlags", _SELECTABLE_BY_MOUSE)


class SignInWindow(QWidget):
    """Asks the admin to sign in, and shows the sign-in as it happens.

    Signals:
        signed_in(object): the TokenSet, once the session holds it.
        profile_chosen(str): the admin picked another profile in the list.
        settings_requested(): the admin wants to add or edit profiles.
        retry_requested(): "Try again" with the saved sign-in (apaleo was unreachable).
        setup_requested(): the guided setup of a new connection.
        error_shown(str): an error is shown (a failed or cancelled sign-in, a refused start).

    Beside every error, *Check the connection* opens the doctor on the connection that
    :attr:`connection_of` gives (the Controller's current one).
    """

    signed_in = Signal(object)
    profile_chosen = Signal(str)
    settings_requested = Signal()
    retry_requested = Signal()
    setup_requested = Signal()
    error_shown = Signal(str)

    def __init__(self, pool: WorkerPool, *, no_browser: bool = False) -> None:
        super().__init__()
        self.setWindowTitle(translate("SignInWindow", "Sign in — {app}").format(app=APP_NAME))
        self.setObjectName("SignInWindow")
        self._pool = pool
        self._no_browser = no_browser
        self._session: AuthSession | None = None
        #: The current profile's connection, for the doctor (set by the Controller).
        self.connection_of: Callable[[], Connection | None] = lambda: None
        self.doctor: DoctorWindow | None = None
        #: The sign-in this window shows (tests wait on its signals).
        self.flow = SignInFlow(pool, parent=self)
        self.flow.state_changed.connect(self._show_state)
        self.flow.waiting.connect(self._waiting)
        self.flow.succeeded.connect(self._done)
        self.flow.failed.connect(self._failed)
        self.flow.cancelled.connect(self._cancelled)

        title = QLabel(f"<h2>{APP_NAME}</h2>")
        intro = QLabel(
            translate(
                "SignInWindow",
                "Sign in with your apaleo account to see your properties, what this app may do, "
                "and your sign-in's details. Your password is entered in your browser, never here.",
            )
        )
        intro.setWordWrap(True)
        self.profile_box = QComboBox()
        self.profile_box.setAccessibleName(translate("SignInWindow", "Connection profile"))
        self.profile_box.activated.connect(
            lambda _i: self.profile_chosen.emit(self.profile_box.currentText())
        )
        profile_label = QLabel(translate("SignInWindow", "&Connection:"))
        profile_label.setBuddy(self.profile_box)
        self.settings_button = QPushButton(translate("SignInWindow", "&Settings…"))
        self.settings_button.clicked.connect(self.settings_requested)
        self.setup_button = QPushButton(translate("SignInWindow", "Set &up a connection…"))
        self.setup_button.setObjectName("setupConnection")
        self.setup_button.setToolTip(
            translate("SignInWindow", "A guided setup for your apaleo account")
        )
        self.setup_button.clicked.connect(self.setup_requested)
        profile_row = QHBoxLayout()
        profile_row.addWidget(profile_label)
        profile_row.addWidget(self.profile_box, 1)
        profile_row.addWidget(self.settings_button)
        profile_row.addWidget(self.setup_button)

        self.sign_in_button = QPushButton(translate("SignInWindow", "Sign in with apaleo"))
        self.sign_in_button.setDefault(True)
        self.sign_in_button.setAutoDefault(True)
        self.sign_in_button.setMinimumHeight(36)
        self.sign_in_button.clicked.connect(self.start_sign_in)
        self.cancel_button = QPushButton(translate("SignInWindow", "Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        QShortcut(QKeySequence("Esc"), self, self.cancel)
        # A plain window has no default button: Enter starts the sign-in here, as in a dialog.
        for key in ("Return", "Enter"):
            QShortcut(QKeySequence(key), self, self._enter)

        self.stage_label = QLabel("")
        self.stage_label.setObjectName("stage")
        self.stage_label.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.progress.hide()
        self.time_left = QLabel("")
        self.time_left.setObjectName("timeLeft")

        self.url_hint = QLabel(
            translate("SignInWindow", "Open this address in your browser to sign in:")
        )
        self.url_hint.setWordWrap(True)  # the long hint (browser opened) is never cut off
        self.url_field = QLineEdit()
        self.url_field.setReadOnly(True)
        self.url_field.setAccessibleName(translate("SignInWindow", "Sign-in address"))
        self.copy_button = QPushButton(translate("SignInWindow", "Cop&y"))
        self.copy_button.setAccessibleName(translate("SignInWindow", "Copy the sign-in address"))
        self.copy_button.clicked.connect(self._copy_url)
        self.reopen_button = QPushButton(translate("SignInWindow", "&Open the browser again"))
        self.reopen_button.setObjectName("reopenBrowser")
        self.reopen_button.clicked.connect(self._reopen_browser)
        url_row = QHBoxLayout()
        url_row.addWidget(self.url_field, 1)
        url_row.addWidget(self.copy_button)
        url_row.addWidget(self.reopen_button)
        self._url_widgets = (self.url_hint, self.url_field, self.copy_button, self.reopen_button)
        for widget in self._url_widgets:
            widget.hide()

        self.error_label = QLabel("")
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)
        _plain(self.error_label, selectable=True)
        self.error_label.hide()
        self.retry_button = QPushButton(translate("SignInWindow", "&Try again"))
        self.retry_button.setObjectName("tryAgain")
        self.retry_button.setToolTip(
            translate("SignInWindow", "Try the saved sign-in again, without the browser")
        )
        self.retry_button.clicked.connect(self.retry_requested)
        self.retry_button.hide()
        self.doctor_button = QPushButton(translate("SignInWindow", "&Check the connection"))
        self.doctor_button.setObjectName("checkConnection")
        self.doctor_button.setToolTip(
            translate("SignInWindow", "Check every link from this computer to apaleo and say why")
        )
        self.doctor_button.clicked.connect(self.open_doctor)
        self.doctor_button.hide()
        self.warning_label = QLabel("")
        self.warning_label.setObjectName("warning")
        self.warning_label.setWordWrap(True)
        _plain(self.warning_label)
        self.warning_label.hide()

        buttons = QHBoxLayout()
        buttons.addWidget(self.sign_in_button, 1)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(profile_row)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.stage_label)
        layout.addWidget(self.time_left)
        layout.addWidget(self.url_hint)
        layout.addLayout(url_row)
        error_row = QHBoxLayout()
        error_row.addWidget(self.error_label, 1)
        retry_column = QVBoxLayout()  # the button level with the error's first line
        retry_column.addWidget(self.retry_button)
        retry_column.addWidget(self.doctor_button)
        retry_column.addStretch(1)
        error_row.addLayout(retry_column)
        layout.addLayout(error_row)
        layout.addWidget(self.warning_label)
        layout.addStretch(1)
        self.setMinimumWidth(480)
        self.resize(520, 380)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)

    # ------------------------------------------------------------- setup
    def set_profiles(self, names: list[str], current: str | None) -> None:
        """Fill the profile list."""
        self.profile_box.clear()
        self.profile_box.addItems(names)
        if current in names:
            self.profile_box.setCurrentText(current)
        self.sign_in_button.setEnabled(bool(names))
        if not names:
            self.show_error(
                translate(
                    "SignInWindow",
                    "There is no connection to apaleo yet. Choose Set up a connection: it guides "
                    "you step by step.",
                )
            )

    def set_session(self, session: AuthSession | None) -> None:
        """The session to sign in (None: no usable profile); a sign-in of another one ends."""
        if session is not self._session:
            self.flow.reset()
            if self.doctor is not None and self.doctor.connection.session is not session:
                self.doctor.close()  # it checked the connection that just ended
                self.doctor = None
        self._session = session
        self.sign_in_button.setEnabled(session is not None)
        if session is not None and self.focusWidget() is not self.profile_box:
            self.sign_in_button.setFocus()  # Enter signs in
        if session is not None:
            client_credentials = session.profile.mode == "client_credentials"
            self.sign_in_button.setText(
                translate("SignInWindow", "Connect")
                if client_credentials
                else translate("SignInWindow", "Sign in with apaleo")
            )
            self.show_warning(shown(session.store.problem) if session.store.problem else None)

    def show_error(self, text: str | None, *, retry: bool = False) -> None:
        """Show (or clear) an error in plain words; *retry* offers "Try again" (saved sign-in)."""
        self.error_label.setText(text or "")
        self.error_label.setVisible(bool(text))
        if text:
            announce(self, text, assertive=True)
        self.retry_button.setVisible(bool(text) and retry)
        self.doctor_button.setVisible(bool(text) and self.connection_of() is not None)
        if text and retry:
            self.retry_button.setFocus()
        if text:
            self.error_shown.emit(text)

    def open_doctor(self) -> None:
        """*Check the connection*: the doctor on the current connection, run at once."""
        from desktop_app.ui.doctor_window import open_doctor

        connection = self.connection_of()
        if connection is not None:
            self.doctor = open_doctor(self.doctor, connection, self._pool, self)

    def show_notice(self, text: str) -> None:
        """Say how something ended that went well (a sign-out), where the stages are said."""
        self.stage_label.setText(text)

    def show_warning(self, text: str | None) -> None:
        """Show (or clear) a warning, e.g. that the keyring is not a real OS store."""
        self.warning_label.setText(text or "")
        self.warning_label.setVisible(bool(text))

    def set_busy(self, text: str | None) -> None:
        """Show progress with *text*, or return to idle with None."""
        busy = text is not None
        self.progress.setVisible(busy)
        self.stage_label.setText(text or "")
        if text:
            announce(self, text)
        self.cancel_button.setVisible(busy)
        self.sign_in_button.setEnabled(not busy and self._session is not None)
        self.profile_box.setEnabled(not busy)
        self.settings_button.setEnabled(not busy)
        if not busy:
            self._countdown.stop()
            self.time_left.setText("")
            # Disabling the sign-in button while busy pushed the focus along the chain; give it
            # back, so Enter signs in again (unless the admin is in the profile list).
            if self.sign_in_button.isEnabled() and self.focusWidget() is not self.profile_box:
                self.sign_in_button.setFocus()

    # ------------------------------------------------------------ sign-in
    @Slot()
    def start_sign_in(self) -> None:
        """Begin: the flow binds the listener and builds the address, then the browser opens."""
        session = self._session
        if session is None or self.flow.busy:
            return
        from desktop_app.auth.signin import SignInStage

        self.show_error(None)
        self._hide_url()
        self.set_busy(
            translate("SignInWindow", "Connecting to apaleo…")
            if session.profile.mode == "client_credentials"
            else SignInStage.OPENING_BROWSER.label
        )
        self.flow.start(session)

    @Slot(str, float)
    def _waiting(self, url: str, _deadline: float) -> None:
        """The browser is waited for: open it (unless told not to) and show the address."""
        opened = False if self._no_browser else QDesktopServices.openUrl(QUrl(url))
        # Shown either way: the browser may have opened behind other windows, or in the wrong
        # profile; the admin can copy the address or open it again.
        self._show_url(url, opened=opened)
        self._tick()
        self._countdown.start()

    @Slot(object)
    def _show_state(self, state: FlowState) -> None:
        from desktop_app.auth.signin import SignInStage

        stage = {
            FlowState.WAITING: SignInStage.WAITING_FOR_BROWSER,
            FlowState.EXCHANGING: SignInStage.EXCHANGING_CODE,
            FlowState.VERIFYING: SignInStage.VERIFYING,
        }.get(state)
        if stage is None:
            return
        self.stage_label.setText(stage.label)
        announce(self, stage.label)
        if state is not FlowState.WAITING:
            self._countdown.stop()
            self.time_left.setText("")

    @Slot()
    def _tick(self) -> None:
        left = self.flow.seconds_left()
        self.time_left.setText(
            translate("SignInWindow", "Time left to sign in: {time}").format(
                time=f"{left // 60}:{left % 60:02d}"
            )
        )

    @Slot(object)
    def _done(self, tokens: TokenSet) -> None:
        self.set_busy(translate("SignInWindow", "Loading your account…"))
        self._hide_url()
        self.signed_in.emit(tokens)

    @Slot(object)
    def _failed(self, exc: object) -> None:
        self.set_busy(None)
        self._hide_url()  # that attempt's address is dead now
        self.show_error(error_text(exc))

    @Slot()
    def cancel(self) -> None:
        """Stop waiting for the browser (nothing when no sign-in is under way)."""
        self.flow.cancel()

    @Slot()
    def _cancelled(self) -> None:
        self.set_busy(None)
        self._hide_url()
        self.show_error(translate("SignInWindow", "Sign-in cancelled."))

    # ----------------------------------------------------------------- url
    def _show_url(self, url: str, *, opened: bool) -> None:
        self.url_hint.setText(
            translate(
                "SignInWindow",
                "Your browser opened apaleo's sign-in page. If you do not see it, open it again or "
                "copy this address into a browser:",
            )
            if opened
            else translate("SignInWindow", "Open this address in your browser to sign in:")
        )
        self.url_field.setText(url)
        self.url_field.setCursorPosition(0)
        for widget in self._url_widgets:
            widget.show()

    @Slot()
    def _reopen_browser(self) -> None:
        url = self.flow.url
        if url and not self._no_browser:
            QDesktopServices.openUrl(QUrl(url))

    @Slot()
    def _enter(self) -> None:
        """Enter: the focused button if one has focus, else the sign-in."""
        focused = QGuiApplication.focusObject()
        if isinstance(focused, QPushButton) and focused.isVisible() and focused.isEnabled():
            focused.click()
        elif self.sign_in_button.isEnabled() and self.sign_in_button.isVisible():
            self.start_sign_in()

    def _hide_url(self) -> None:
        self.url_field.clear()
        for widget in self._url_widgets:
            widget.hide()

    @Slot()
    def _copy_url(self) -> None:
        if not self.flow.url:
            return
        QGuiApplication.clipboard().setText(self.flow.url)
        self.stage_label.setText(
            translate("SignInWindow", "Address copied. Paste it into your browser to sign in.")
        )

    def showEvent(self, event: Any) -> None:
        """The first useful control has the focus when the window appears.

        The sign-in button (Enter signs in); without a connection to sign in with, the guided
        setup.
        """
        super().showEvent(event)
        if self.sign_in_button.isEnabled():
            self.sign_in_button.setFocus()
        else:
            self.setup_button.setFocus()

    def closeEvent(self, event: Any) -> None:
        self.flow.reset()
        super().closeEvent(event)

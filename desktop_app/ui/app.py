"""The application: windows, the profile in use, and the sign-in/sign-out flow between them.

Start-up is kept light so the first window paints quickly: requests, oauthlib, the keyring and
the sandbox are imported only in workers, after the sign-in window is on screen.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app import APP_NAME
from desktop_app.core.config import Profile, ProfileStore
from desktop_app.core.errors import InspectorError
from desktop_app.core.i18n import shown, translate
from desktop_app.ui import runtime
from desktop_app.ui.options import StartOptions
from desktop_app.ui.signin_window import SignInWindow
from desktop_app.ui.startup import AfterPaint, make_application, watch_start
from desktop_app.ui.workers import WorkerPool
from desktop_app.words.errors import error_text

if TYPE_CHECKING:
    from desktop_app.auth.lifecycle import ChangeReport
    from desktop_app.auth.session import AuthSession
    from desktop_app.auth.signout import SignOutResult
    from desktop_app.connection import Connection
    from desktop_app.sandbox import Sandbox
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.settings_dialog import SettingsDialog
    from desktop_app.ui.setup_wizard import SetupWizard

log = logging.getLogger(__name__)

#: How long a silent sign-in may take before the sign-in window appears to say what is going on.
SILENT_SIGN_IN_GRACE_MS = 800
#: How long the inspector waits for a kept sign-in's renewal request to leave before it is built
#: anyway (the request normally leaves within ~10 ms; another copy may hold the renewal).
RENEWAL_HEAD_START_MS = 60


class Controller(QObject):
    """Owns the windows and the session; the only place that moves between them.

    Signals:
        sign_in_required(str): the session ended for good (emitted from any thread).
        main_window_shown(object): a MainWindow is on screen (tests, probes).
        signed_out(object): a sign-out ended, its SignOutResult said in the sign-in window.
    """

    sign_in_required = Signal(object)
    main_window_shown = Signal(object)
    signed_out = Signal(object)
    session_ready = Signal(object)
    #: A kept sign-in's renewal request is about to leave (emitted from its worker).
    renewal_leaving = Signal(object)

    def __init__(self, options: StartOptions, app: QApplication) -> None:
        super().__init__()
        self.options = options
        self.app = app
        self.pool = WorkerPool(self)
        self.settings = QSettings()
        self.demo: Sandbox | None = None
        #: The current profile's connection (session, API, transport), once built.
        self.connection: Connection | None = None
        self.main: MainWindow | None = None
        self.setup: SetupWizard | None = None
        self.profile: Profile | None = None
        self.extra_profiles: list[Profile] = []
        self._demo_secrets: dict[str, str] = {}  # the demo sandbox's, in memory only
        #: The address that ends apaleo's browser session, from the last sign-out (tests read it).
        self.signout_browser_url: str | None = None
        self.store = self._load_store()
        self.signin = SignInWindow(self.pool, no_browser=options.no_browser)
        self.signin.signed_in.connect(self._signed_in)
        self.signin.profile_chosen.connect(self.use_profile_named)
        self.signin.settings_requested.connect(self.open_settings)
        self.signin.retry_requested.connect(self.retry_saved_sign_in)
        self.signin.setup_requested.connect(self.open_setup)
        self.signin.connection_of = lambda: self.connection  # the doctor's, beside every error
        self.sign_in_required.connect(self._session_ended)
        self.renewal_leaving.connect(self._open_renewing)
        #: The session whose inspector opens once its renewal's request left (see
        #: :meth:`_renew_then_open`).
        self._opening: AuthSession | None = None
        #: Why the next sign-in window shows (an edit ended the saved sign-in), once.
        self._pending_words: str | None = None
        app.aboutToQuit.connect(self.shutdown)

    @property
    def session(self) -> AuthSession | None:
        """The current profile's sign-in (None until its connection is built)."""
        return self.connection.session if self.connection is not None else None

    def _load_store(self) -> ProfileStore:
        try:
            return ProfileStore()
        except InspectorError as exc:
            from PySide6.QtWidgets import QMessageBox  # a rare failure: not loaded at start

            QMessageBox.warning(None, APP_NAME, exc.shown)
            import tempfile
            from pathlib import Path

            return ProfileStore(Path(tempfile.mkdtemp(prefix="apaleo-inspector-")))

    # ------------------------------------------------------------- profiles
    def profiles(self) -> list[Profile]:
        """Saved profiles and the demo one (never saved)."""
        return [*self.store.profiles, *self.extra_profiles]

    def _refresh_profile_list(self) -> None:
        current = self.profile.name if self.profile else None
        self.signin.set_profiles([p.name for p in self.profiles()], current)

    def start(self) -> None:
        """Show the sign-in window at once, then pick the profile and try a silent sign-in."""
        AfterPaint(self.signin, runtime.release_collector)  # the start is over (see runtime)
        self._refresh_profile_list()
        if self._saved_sign_in_likely():
            # A saved sign-in usually takes well under a second: show the inspector directly
            # rather than flashing the sign-in window; show it only if that takes longer.
            # (timed in the sign-in window's name: a timer outliving it never fires)
            QTimer.singleShot(SILENT_SIGN_IN_GRACE_MS, self.signin, self._show_signin_if_waiting)
        else:
            self.signin.show()
        if self.options.demo:
            from desktop_app.ui.demo_boot import start_demo

            self.signin.set_busy(translate("App", "Starting the demo sandbox…"))
            worker = self.pool.start(start_demo, key="demo")
            worker.returned.connect(self._demo_started)
            worker.errored.connect(self._startup_failed)
            return
        wanted = (
            self.options.profile
            or self.settings.value("last_profile")
            or (self.store.current.name if self.store.current else None)
        )
        names = [p.name for p in self.profiles()]
        if self.options.profile and self.options.profile not in names:
            self.signin.show_error(
                translate("App", "There is no profile called '{profile}'.").format(
                    profile=self.options.profile
                )
            )
            wanted = None
        if isinstance(wanted, str) and wanted in names:
            self.use_profile_named(wanted)
        elif names:
            self.use_profile_named(names[0])
        elif not self.options.no_setup:
            # the first start: nothing to sign in with yet. The guide opens once the sign-in
            # window has painted, so a first start shows something at once.
            AfterPaint(self.signin, self.open_setup)

    def _saved_sign_in_likely(self) -> bool:
        """Whether the profile about to be used has signed in before (its account is known)."""
        if self.options.demo:
            return False
        name = self.options.profile or self.settings.value("last_profile")
        profile = next((p for p in self.store.profiles if p.name == name), self.store.current)
        return profile is not None and profile.last_account is not None

    @Slot()
    def _show_signin_if_waiting(self) -> None:
        if self.main is None and not self.signin.isVisible():
            self.signin.show()

    @Slot(object)
    def _demo_started(self, result: tuple[Sandbox, list[tuple[Profile, str]]]) -> None:
        self.demo, demo_profiles = result
        self.extra_profiles = [profile for profile, _ in demo_profiles]
        self._demo_secrets = {profile.name: secret for profile, secret in demo_profiles}
        self.signin.set_busy(None)
        self.use_profile(*demo_profiles[0])

    @Slot(object)
    def _startup_failed(self, exc: object) -> None:
        self.signin.set_busy(None)
        self.signin.show_error(error_text(exc))

    @Slot()
    def retry_saved_sign_in(self) -> None:
        """Try again: the same profile's saved sign-in, without the browser."""
        if self.profile is not None:
            self.use_profile_named(self.profile.name)

    @Slot(str)
    def use_profile_named(self, name: str) -> None:
        """Switch to the profile called *name*."""
        profile = next((p for p in self.profiles() if p.name == name), None)
        if profile is not None and profile.name in self._demo_secrets:
            self.use_profile(profile, self._demo_secrets[profile.name])
        elif profile is not None:
            self.use_profile(profile)

    def use_profile(self, profile: Profile, secret: str | None = None) -> None:
        """Make *profile* current: build its session, then sign in silently if a token is stored."""
        self._close_main()
        self.pool.abort("sign-in")
        self.profile = profile
        if not profile.ephemeral:
            self.settings.setValue("last_profile", profile.name)
        self._refresh_profile_list()
        self.signin.set_session(None)
        self.signin.show_error(None)
        self.signin.set_busy(translate("App", "Checking for a saved sign-in…"))
        worker = self.pool.start(self._prepare, profile, secret, key="session")
        worker.returned.connect(self._session_prepared)
        worker.errored.connect(self._startup_failed)

    def _prepare(
        self, profile: Profile, secret: str | None
    ) -> tuple[Connection, bool, InspectorError | None]:
        """(connection, signed in silently, the problem) — runs in a worker.

        A kept sign-in is taken up without the network (:meth:`AuthSession.restore`): the
        inspector paints at once, and an expired access token is renewed by the window's first
        calls, in parallel with nothing else waiting. Client credentials sign in here.
        """
        if profile.legacy_service is not None:
            from desktop_app.auth.migration import migrate

            profile = migrate(profile)  # the file is updated on the GUI thread (prepared)
        from desktop_app.connection import open_connection  # requests, oauthlib, keyring

        connection = open_connection(profile, client_secret=secret)
        session = connection.session
        try:
            if profile.mode == "client_credentials":
                return connection, session.try_silent_sign_in(), None
            return connection, session.restore(), None
        except InspectorError as exc:
            return connection, False, exc

    @Slot(object)
    def _session_prepared(self, result: tuple[Connection, bool, InspectorError | None]) -> None:
        connection, signed_in, problem = result
        session = connection.session
        migrated = session.profile
        if (
            self.profile is not None
            and migrated.id == self.profile.id
            and self.profile.legacy_service is not None
            and migrated.legacy_service is None
        ):
            self.profile = migrated
            with contextlib.suppress(InspectorError, OSError):
                self.store.replace(migrated.name, migrated)
        old, self.connection = self.connection, connection
        if old is not None and old is not connection:
            old.close()
        session.sign_in_required.add(self.sign_in_required.emit)
        self.signin.set_busy(None)
        self.signin.set_session(session)
        self.session_ready.emit(session)
        pending, self._pending_words = self._pending_words, None
        if problem:
            # apaleo unreachable (or busy): the saved sign-in is still good, try it again
            self.signin.show_error(problem.shown, retry=problem.retryable)
        elif pending and not signed_in:
            self.signin.show_error(pending)
        if not signed_in:
            self.signin.show()
        if signed_in and session.restoring:
            self._renew_then_open(session)
        elif signed_in:
            self._signed_in(session.tokens)
        elif self.options.sign_in and not problem:
            self.signin.start_sign_in()

    def _renew_then_open(self, session: AuthSession) -> None:
        """Renew the kept sign-in, and build the inspector as the renewal's request leaves.

        Built first, the window would share the interpreter with the renewal's last local steps
        (the profile lock, a keyring read) and the request would leave tens of milliseconds
        later; built as it leaves, it is built while the request is on its way. The window's
        loads share this one renewal. Failures reach the window (its loads report them) or,
        for a refused token, the session's listener. Should the request not leave soon
        (another copy of the app is renewing), the window is built anyway.
        """
        self._opening = session
        worker = self.pool.start(
            session.access_token, on_sending=lambda: self.renewal_leaving.emit(session), key="renew"
        )
        worker.finished.connect(lambda: self._open_renewing(session))
        QTimer.singleShot(RENEWAL_HEAD_START_MS, self, lambda: self._open_renewing(session))

    @Slot(object)
    def _open_renewing(self, session: AuthSession) -> None:
        """The first of: the renewal's request left, the renewal ended, the head start is over."""
        if self._opening is not session:
            return
        self._opening = None
        if self.session is session and self.main is None and session.tokens:
            self._signed_in(session.tokens)

    # ------------------------------------------------------------- sign-in
    @Slot(object)
    def _signed_in(self, _tokens: object) -> None:
        session, profile = self.session, self.profile
        if session is None or profile is None:
            return
        self._remember(
            last_account=session.account_code or profile.last_account,
            prompt_login=session.force_login,
        )
        connection = self.connection
        assert connection is not None
        connection.api.send_early()  # the window's first reads travel while it is built
        from desktop_app.ui.context import WindowContext
        from desktop_app.ui.main_window import MainWindow

        context = WindowContext.open(connection, self.store, self.pool, self.settings, self.demo)
        self.main = MainWindow(context)
        self.main.sign_out_requested.connect(self.sign_out)
        self.main.switch_profile_requested.connect(self.use_profile_named)
        self.main.settings_requested.connect(self.open_settings)
        self.main.sign_in_again_requested.connect(self.sign_in_again)
        self.main.setup_requested.connect(self.open_setup)
        self.main.restart_requested.connect(self.restart)
        AfterPaint(self.main, runtime.release_collector)
        self.main.show()
        self.signin.set_busy(None)
        self.signin.hide()
        self.main_window_shown.emit(self.main)

    def _remember(self, **changes: object) -> None:
        """Keep what the next start needs in the profile (never for the demo's profile)."""
        profile = self.profile
        if profile is None or profile.ephemeral:
            return
        if all(getattr(profile, k) == v for k, v in changes.items()):
            return
        profile = profile.with_changes(**changes)
        self.profile = profile
        try:
            self.store.put(profile)
        except (InspectorError, OSError) as exc:
            log.warning("could not save the profile: %s", type(exc).__name__)

    def _close_main(self) -> None:
        if self.main is not None:
            main, self.main = self.main, None
            main.shutdown()
            main.close()
            main.deleteLater()

    @Slot(object)
    def _session_ended(self, message: object) -> None:
        self._close_main()
        self.signin.set_busy(None)
        self.signin.set_session(self.session)
        self.signin.show_error(shown(message))
        self.signin.show()

    @Slot()
    def sign_in_again(self) -> None:
        """A new browser sign-in for this profile (the Scopes tab's fix for a missing scope)."""
        if self.session is None:
            return
        self._close_main()
        self.signin.set_session(self.session)
        self.signin.show_error(None)
        self.signin.show()
        self.signin.start_sign_in()

    @Slot()
    def sign_out(self) -> None:
        """Revoke and forget the session, back to the sign-in window."""
        session = self.session
        if session is None:
            return
        self._close_main()
        self.signin.show()
        self.signin.set_busy(translate("App", "Signing you out…"))
        worker = self.pool.start(session.sign_out, key="sign-out")
        worker.returned.connect(self._signed_out)
        worker.errored.connect(self._startup_failed)

    @Slot(object)
    def _signed_out(self, result: SignOutResult) -> None:
        # The next sign-in asks for a password, even after a restart: on a shared front-desk PC
        # the next person must not inherit this admin's browser session.
        self._remember(prompt_login=True)
        parts = [shown(result.message)]
        if result.end_session_url and not self.options.no_browser:
            from PySide6.QtCore import QUrl
            from PySide6.QtGui import QDesktopServices

            if QDesktopServices.openUrl(QUrl(result.end_session_url)):
                parts.append(translate("App", "Your browser is signing out of apaleo too."))
        parts.append(translate("App", "The next sign-in asks for a password."))
        message = " ".join(parts)
        self.signout_browser_url = result.end_session_url
        self.signin.set_busy(None)
        self.signin.set_session(self.session)
        if result.revoked:
            self.signin.show_warning(None)
            self.signin.show_notice(message)
        else:
            self.signin.show_error(message)
        self.signed_out.emit(result)

    # ------------------------------------------------------------- settings
    @Slot()
    def open_settings(self) -> None:
        """The profiles dialog; the list is refreshed when it closes."""
        dialog = self.settings_dialog()
        dialog.exec()
        self._refresh_profile_list()
        if self.profile is None and self.store.profiles:
            self.use_profile(self.store.profiles[0])

    def settings_dialog(self) -> SettingsDialog:
        """The profiles dialog, wired here: editing or removing the current profile ends its session."""
        from desktop_app.ui.settings_dialog import SettingsDialog

        parent: QWidget = self.main if self.main is not None else self.signin
        dialog = SettingsDialog(self.store, self.pool, parent, session=self.session)
        # Acted on once the dialog has closed: the window it sits on may be replaced.
        pending: list[Callable[[], None]] = []
        dialog.profile_changed.connect(
            lambda old, new, report: pending.append(lambda: self._profile_edited(old, new, report))
        )
        dialog.profile_removed.connect(
            lambda removed: pending.append(lambda: self._profile_removed(removed))
        )
        dialog.finished.connect(lambda _result: [action() for action in pending])
        return dialog

    @Slot(object, object, object)
    def _profile_edited(self, old: Profile, new: Profile, report: ChangeReport | None) -> None:
        """The current profile was edited: go on with the new one, the sign-in window saying why.

        Only a new name leaves the session as it is; anything else may change where its tokens
        go, so the session is built again from the profile as it is now.
        """
        if self.profile is None or self.profile.id != new.id:
            return
        if old.with_changes(name=new.name) == new:
            self.profile = new
            if not new.ephemeral:
                self.settings.setValue("last_profile", new.name)
            self._refresh_profile_list()
            return
        self.use_profile(new)
        if report is not None and report.ended is not None and report.words:
            self._pending_words = shown(report.words)

    @Slot(object)
    def _profile_removed(self, removed: Profile) -> None:
        """The current profile was removed: its session is over; on to another one, if any."""
        if self.profile is None or self.profile.id != removed.id:
            return
        self._close_main()
        self.pool.abort("sign-in")
        connection, self.connection, self.profile = self.connection, None, None
        if connection is not None:
            connection.close()
        self.signin.set_session(None)
        self._refresh_profile_list()
        if self.store.profiles:
            self.use_profile(self.store.profiles[0])
        else:
            self.signin.show()

    @Slot()
    def open_setup(self) -> None:
        """The guided setup of a new connection (window-modal, it does not block the loop)."""
        from desktop_app.ui.setup_wizard import SetupWizard

        if self.setup is not None:
            self.setup.raise_()
            return
        parent: QWidget = self.main if self.main is not None else self.signin
        self.setup = SetupWizard(self.store, self.pool, parent, no_browser=self.options.no_browser)
        self.setup.finished.connect(self._setup_finished)
        self.setup.open()

    @Slot(int)
    def _setup_finished(self, result: int) -> None:
        wizard, self.setup = self.setup, None
        if wizard is None:
            return
        wizard.deleteLater()
        self._refresh_profile_list()
        profile, connection = wizard.profile, wizard.connection
        if not result or profile is None:
            return
        if (
            connection is not None
            and connection.session.signed_in
            and connection.profile == profile
        ):
            # the test signed in for real: take that session up, no second sign-in
            self._close_main()
            self.pool.abort("sign-in")
            self.profile = profile
            self.settings.setValue("last_profile", profile.name)
            self._refresh_profile_list()
            self._session_prepared((connection, True, None))
        else:
            self.use_profile(profile, wizard.secret)

    # ----------------------------------------------------------------- quit
    @Slot()
    def restart(self) -> None:
        """Start this app again (a new window language), then quit this copy."""
        from desktop_app.ui.language_menu import relaunch

        relaunch(self.app)

    @Slot()
    def shutdown(self) -> None:
        """Stop every worker (bounded wait), then the sandbox."""
        if self.setup is not None:
            self.setup.reject()
        if self.main is not None:
            self.main.shutdown()
        if self.signin.isVisible():
            self.signin.cancel()
        self.pool.stop_all(3000)
        if self.connection is not None:
            self.connection.close()
        if self.demo is not None:
            self.demo.stop()
            self.demo = None


def run_gui(args: argparse.Namespace) -> int:
    """Start the GUI; returns the exit status."""
    app = make_application(sys.argv[:1])
    controller = Controller(StartOptions.from_args(args), app)
    watch_start(controller.signin, controller.main_window_shown)
    controller.start()
    QTimer.singleShot(runtime.START_HOLD_MAX_MS, runtime.release_collector)
    return int(app.exec())


__all__ = ["Controller", "make_application", "run_gui"]

"""First connection: a guided setup for a real apaleo account.

It explains apaleo's two kinds of app, shows the redirect URI to register (with Copy), takes
the client id and secret, and tests the connection for real: the discovery document first,
then a client-credentials token (custom app) or a sign-in in the browser (connect client). A
sign-in made by the test is kept: finishing the setup opens the inspector without a second one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import parse_qs, urlsplit

from PySide6.QtCore import QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QPushButton, QWidget, QWizard

from desktop_app.core.config import (
    DEFAULT_SCOPES,
    Profile,
    ProfileStore,
    new_profile_id,
)
from desktop_app.core.errors import InspectorError
from desktop_app.core.i18n import translate
from desktop_app.ui.geometry import place
from desktop_app.ui.setup_pages import (
    APP,
    USER,
    CredentialsPage,
    KindPage,
    RegisterPage,
    TestPage,
)
from desktop_app.ui.signin_flow import SignInFlow
from desktop_app.words.errors import error_text

if TYPE_CHECKING:
    from desktop_app.auth.session import AuthSession
    from desktop_app.connection import Connection
    from desktop_app.ui.workers import WorkerPool


def _open(profile: Profile, secret: str) -> Connection:
    """A connection for the tested profile, its sign-in kept in the real keyring (a worker)."""
    from desktop_app.auth.secret_store import SecretStore
    from desktop_app.connection import open_connection

    return open_connection(profile, SecretStore(profile), client_secret=secret)


def _check_service(session: AuthSession) -> str:
    """Step one: apaleo's sign-in service answers with a valid discovery document."""
    from desktop_app.auth.discovery import discover

    endpoints = discover(session.profile.identity_url, session.transport, refresh=True)
    return translate("Setup", "apaleo's sign-in service answered ({issuer}).").format(
        issuer=endpoints.issuer
    )


class SetupWizard(QWizard):
    """Kind, registration, credentials, test; Finish saves the profile (secret to the keyring).

    After :meth:`exec`, :attr:`profile` is the saved profile and :attr:`connection` the one
    the test signed in (None when not tested or it failed).

    Signals:
        test_finished(bool): *Test connection* ended: passed (True) or failed (False).
    """

    test_finished = Signal(bool)

    def __init__(
        self,
        store: ProfileStore,
        pool: WorkerPool,
        parent: QWidget | None = None,
        *,
        no_browser: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("setupWizard")
        self.setWindowTitle(translate("Setup", "Connect to apaleo"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.store, self.pool, self._no_browser = store, pool, no_browser
        #: The new profile's stable id, the same for the tested session and the saved profile.
        self._profile_id = new_profile_id()
        self.kind_page = KindPage()
        self.register_page = RegisterPage(lambda: self.kind_page.kind)
        self.credentials_page = CredentialsPage(self._profile_id)
        self.test_page = TestPage(self.test_connection)
        for page in (self.kind_page, self.register_page, self.credentials_page, self.test_page):
            self.addPage(page)
        self.profile: Profile | None = None
        #: The tested connection (adopted by the app when the wizard finishes with it).
        self.connection: Connection | None = None
        self.tested = False
        #: Whether *Test connection* is running (Stop, Back, Next and Cancel end it).
        self.testing = False
        #: The test's browser sign-in (a connect client's), rendered on the test page.
        self.flow = SignInFlow(pool, key="setup-test", parent=self)
        self.flow.waiting.connect(self._browser_waiting)
        self.flow.succeeded.connect(lambda _tokens: self._passed(self._checked))
        self.flow.failed.connect(self._test_failed)
        self.test_page.stop_button.clicked.connect(self.stop_test)
        self.test_page.reopen.clicked.connect(self._reopen_browser)
        # Back or Next ends a running test: its page is gone, and nothing may keep waiting.
        self.currentIdChanged.connect(lambda _id: self.stop_test())
        #: What the test found before the browser sign-in (its lines, in order).
        self._checked: list[str] = []
        place(self, (640, 480))

    # ---------------------------------------------------------------- profile
    def profile_from_pages(self) -> Profile:
        """The profile the pages describe (validated; raises InspectorError)."""
        kind = self.kind_page.kind
        scopes = DEFAULT_SCOPES if kind == USER else ("setup.read", "identity:account-users.read")
        return self.credentials_page.form.value(mode=kind, scopes=scopes)

    @property
    def secret(self) -> str:
        """The client secret typed in (kept in memory until Finish puts it in the keyring)."""
        return self.credentials_page.form.secret.text()

    def validateCurrentPage(self) -> bool:
        if self.currentPage() is self.credentials_page:
            try:
                profile = self.profile_from_pages()
            except InspectorError as exc:
                self.credentials_page.problem.setText(exc.shown)
                return False
            if profile.name in [p.name for p in self.store.profiles]:
                self.credentials_page.problem.setText(
                    translate(
                        "Setup", "There is already a profile called '{name}'. Choose another name."
                    ).format(name=profile.name)
                )
                return False
            self.credentials_page.problem.setText("")
        return bool(super().validateCurrentPage())

    # -------------------------------------------------------------------- test
    @Slot()
    def test_connection(self) -> None:
        """Discovery, then a token (custom app) or a sign-in in the browser (connect client)."""
        page = self.test_page
        try:
            profile = self.profile_from_pages()
        except InspectorError as exc:
            page.result.setText(exc.shown)
            return
        self._discard_session()
        self._set_finish_default(False)
        self.testing = True
        page.show_testing(True)
        page.result.setText(translate("Setup", "Asking apaleo's sign-in service…"))
        worker = self.pool.start(self._first_steps, profile, self.secret, key="setup-test")
        worker.returned.connect(self._service_checked)
        worker.errored.connect(self._test_failed)

    @staticmethod
    def _first_steps(profile: Profile, secret: str) -> tuple[Connection, list[str]]:
        connection = _open(profile, secret)
        session = connection.session
        lines = [_check_service(session)]
        if profile.mode == APP:
            session.sign_in_client_credentials()
            granted = ", ".join(session.grant.granted) or translate("Setup", "no scope")
            lines.append(
                translate(
                    "Setup", "apaleo accepted the client id and secret and granted: {granted}."
                ).format(granted=granted)
            )
        return connection, lines

    @Slot(object)
    def _service_checked(self, result: tuple[Connection, list[str]]) -> None:
        connection, lines = result
        self.connection = connection
        session = connection.session
        if session.profile.mode == APP:
            self._passed(lines)
            return
        self._checked = lines
        self.flow.start(session)

    @Slot(str, float)
    def _browser_waiting(self, url: str, _deadline: float) -> None:
        """The test's sign-in waits for the browser: open it, show the address."""
        page = self.test_page
        opened = False if self._no_browser else QDesktopServices.openUrl(QUrl(url))
        page.address.setText(url)
        page.address.setCursorPosition(0)
        page.address.show()
        # the one sent, exactly (apaleo compares it character by character)
        sent = parse_qs(urlsplit(url).query).get("redirect_uri", [""])[0]
        page.uri.setText(sent)
        page.help.show()
        waiting = (
            translate("Setup", "Sign in in your browser now.")
            if opened
            else translate("Setup", "Open the address below in your browser and sign in there.")
        )
        page.result.setText("\n".join([*self._checked, waiting]))

    def _signed_in_words(self) -> str:
        account = self.connection.session.account_code if self.connection else None
        return translate(
            "Setup", "You signed in to apaleo account {value}: the connection works."
        ).format(value=account or "(unknown)")

    def _passed(self, lines: list[str]) -> None:
        if self.connection is not None and self.connection.profile.mode != APP:
            lines = [*lines, self._signed_in_words()]
        self.tested = True
        self.testing = False
        page = self.test_page
        page.show_testing(False)
        page.result.setText("\n".join(["✓ " + line for line in lines]))
        self._set_finish_default(True)
        self.test_finished.emit(True)

    @Slot(object)
    def _test_failed(self, exc: object) -> None:
        self._discard_session()
        self.testing = False
        page = self.test_page
        page.show_testing(False)
        page.result.setText(
            translate("Setup", "The test failed. {error}").format(error=error_text(exc))
        )
        self.test_finished.emit(False)

    @Slot()
    def stop_test(self) -> None:
        """End a running test (Stop, Back, Next, Cancel): nothing keeps waiting for the browser."""
        page = self.test_page
        if not self.testing:
            return
        self.testing = False
        self._discard_session()
        page.show_testing(False)
        page.result.setText(translate("Setup", "The test was stopped. You can test again."))
        self.test_finished.emit(False)

    @Slot()
    def _reopen_browser(self) -> None:
        if self.flow.url and not self._no_browser:
            QDesktopServices.openUrl(QUrl(self.flow.url))

    def _set_finish_default(self, on: bool) -> None:
        """After a good test Enter finishes; before it, Enter is the page's own (Next or Test)."""
        finish = self.button(QWizard.WizardButton.FinishButton)
        if isinstance(finish, QPushButton):
            finish.setDefault(on)
        if on:
            finish.setFocus()

    def _discard_session(self) -> None:
        """Drop a tested session the admin did not finish with (revoked, keyring cleaned)."""
        connection, self.connection = self.connection, None
        self.tested = False
        self.flow.reset()
        self.pool.abort("setup-test")
        if connection is not None:
            self.pool.start(_discard, connection)

    # ------------------------------------------------------------------ finish
    def accept(self) -> None:
        """Save the profile (and the secret, in a worker) and close."""
        try:
            profile = self.profile_from_pages()
            self.store.put(profile, make_current=True)
        except InspectorError as exc:
            self.test_page.result.setText(exc.shown)
            return
        self.profile = profile
        tested = self.connection
        if tested is not None and (not self.tested or tested.profile != profile):
            self._discard_session()  # tested with other values: not this profile's sign-in
        self.pool.start(_store_secret, profile, self.secret)
        super().accept()

    def reject(self) -> None:
        self.stop_test()
        self._discard_session()
        super().reject()


def _store_secret(profile: Profile, secret: str) -> None:
    from desktop_app.auth.secret_store import SecretStore

    SecretStore(profile).set_client_secret(secret)


def _discard(connection: Connection) -> None:
    try:
        session = connection.session
        if session.signed_in:
            session.sign_out()
    finally:
        connection.close()

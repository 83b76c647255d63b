"""First connection: a guided setup for a real apaleo account.

It explains apaleo's two kinds of app, shows the redirect URI to register (with Copy), takes
the client id and secret, and tests the connection for real: the discovery document first,
then a client-credentials token (custom app) or a sign-in in the browser (connect client). A
sign-in made by the test is kept: finishing the setup opens the inspector without a second one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop_app.config import (
    APALEO_API_URL,
    APALEO_IDENTITY_URL,
    DEFAULT_REDIRECT_PORT,
    DEFAULT_SCOPES,
    GrantMode,
    Profile,
    ProfileStore,
)
from desktop_app.errors import InspectorError
from desktop_app.ui.signin_window import error_text
from desktop_app.ui.widgets import note

if TYPE_CHECKING:
    from desktop_app.auth.session import AuthSession
    from desktop_app.auth.signin import SignInAttempt
    from desktop_app.ui.workers import WorkerPool

USER: GrantMode = "authorization_code"
APP: GrantMode = "client_credentials"
#: apaleo's menu path separator, as its UI shows it (a single right-pointing angle quote).
SEP = "\u203a"

KIND_WORDS = {
    USER: (
        "&A person signs in (connect client, recommended)",
        "Each admin signs in with their own apaleo user in the browser; the app sees what "
        f"that user may see. Register it in apaleo under Apps {SEP} My store apps as a connect "
        "client.",
    ),
    APP: (
        "The app &connects by itself (custom app)",
        "The app connects with its own client id and secret, with no person signed in; it "
        f"sees what the app was granted for the whole account. Add it in apaleo under Apps {SEP} "
        "Connected apps as a custom app.",
    ),
}


def redirect_uri(port: int = DEFAULT_REDIRECT_PORT) -> str:
    """The redirect URI to register for a connect client (apaleo matches it exactly)."""
    return f"http://127.0.0.1:{port}/callback"


def register_words(kind: str) -> str:
    """What to do in apaleo for *kind*, step by step."""
    if kind == USER:
        return (
            f"1. Sign in to apaleo and open Apps {SEP} My store apps.\n"
            "2. Register a new connect client (type: connect).\n"
            "3. Add the redirect URI below exactly as shown.\n"
            "4. Allow the scopes openid, profile, offline_access, setup.read and "
            "identity:account-users.read (all read-only).\n"
            "5. Copy the client id and the client secret apaleo shows you."
        )
    return (
        f"1. Sign in to apaleo and open Apps {SEP} Connected apps.\n"
        "2. Add a custom app, and give it the read-only scopes setup.read and "
        "identity:account-users.read.\n"
        "3. Copy the client id and the client secret apaleo shows you. No redirect URI is "
        "needed: nobody signs in in a browser."
    )


def _make_session(profile: Profile, secret: str) -> AuthSession:
    """A session for the tested profile, its sign-in kept in the real keyring (a worker)."""
    from desktop_app.auth.secret_store import SecretStore
    from desktop_app.auth.session import AuthSession

    return AuthSession(profile, SecretStore(profile.keyring_service), client_secret=secret)


def _check_service(session: AuthSession) -> str:
    """Step one: apaleo's sign-in service answers with a valid discovery document."""
    from desktop_app.auth.discovery import discover

    endpoints = discover(session.profile.identity_url, session.http, refresh=True)
    return f"apaleo's sign-in service answered ({endpoints.issuer})."


class _KindPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle("Which kind of apaleo app is this?")
        self.setSubTitle("apaleo has two kinds of app. Ask your apaleo admin if unsure.")
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        self.buttons: dict[str, QRadioButton] = {}
        for kind in (USER, APP):
            title, words = KIND_WORDS[kind]
            button = QRadioButton(title)
            button.setObjectName(f"kind_{kind}")
            self.group.addButton(button)
            self.buttons[kind] = button
            layout.addWidget(button)
            explanation = note(words)
            explanation.setContentsMargins(24, 0, 0, 8)
            layout.addWidget(explanation)
        self.buttons[USER].setChecked(True)
        layout.addStretch(1)

    @property
    def kind(self) -> GrantMode:
        return USER if self.buttons[USER].isChecked() else APP


class _RegisterPage(QWizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle("Register the app in apaleo")
        self.steps = note("", "registerSteps")
        self.uri = QLineEdit(redirect_uri())
        self.uri.setObjectName("redirectUri")
        self.uri.setReadOnly(True)
        self.uri.setAccessibleName("Redirect URI to register")
        self.copy = QPushButton("Cop&y")
        self.copy.setObjectName("copyRedirectUri")
        self.copy.setAccessibleName("Copy the redirect URI")
        self.copy.clicked.connect(self._copy)
        self.copied = note("", "copiedNote")
        self.uri_caption = QLabel("&Redirect URI:")
        self.uri_caption.setBuddy(self.uri)
        row = QHBoxLayout()
        row.addWidget(self.uri_caption)
        row.addWidget(self.uri, 1)
        row.addWidget(self.copy)
        layout = QVBoxLayout(self)
        layout.addWidget(self.steps)
        layout.addLayout(row)
        layout.addWidget(self.copied)
        layout.addStretch(1)

    def initializePage(self) -> None:
        kind = self._wizard.kind_page.kind
        self.setSubTitle(KIND_WORDS[kind][0].replace("&", ""))
        self.steps.setText(register_words(kind))
        for widget in (self.uri_caption, self.uri, self.copy):
            widget.setVisible(kind == USER)
        self.copied.setText("")

    @Slot()
    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.uri.text())
        self.copied.setText("Copied. Paste it into the redirect URIs of the app in apaleo.")


class _CredentialsPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle("The app's client id and secret")
        self.setSubTitle("As apaleo showed them when you registered the app.")
        self.name = QLineEdit("My apaleo account")
        self.name.setObjectName("setupName")
        self.client_id = QLineEdit()
        self.client_id.setObjectName("setupClientId")
        self.secret = QLineEdit()
        self.secret.setObjectName("setupSecret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setPlaceholderText("required: kept in the system keyring, never in a file")
        self.identity_url = QLineEdit(APALEO_IDENTITY_URL)
        self.identity_url.setObjectName("setupIdentityUrl")
        self.api_url = QLineEdit(APALEO_API_URL)
        self.api_url.setObjectName("setupApiUrl")
        form = QFormLayout()
        for title, field in (
            ("Profile &name", self.name),
            ("Client &id", self.client_id),
            ("Client &secret", self.secret),
        ):
            caption = QLabel(f"{title}:")
            caption.setBuddy(field)
            field.setAccessibleName(title.replace("&", ""))
            form.addRow(caption, field)
        advanced = QGroupBox("Advanced (only for a test system other than apaleo's)")
        advanced_form = QFormLayout(advanced)
        for title, field in (("I&dentity server", self.identity_url), ("A&PI", self.api_url)):
            caption = QLabel(f"{title}:")
            caption.setBuddy(field)
            field.setAccessibleName(title.replace("&", ""))
            advanced_form.addRow(caption, field)
        self.problem = note("", "setupProblem")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(advanced)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        for field in (self.name, self.client_id, self.secret):
            field.textChanged.connect(self.completeChanged)

    def isComplete(self) -> bool:
        return all(f.text().strip() for f in (self.name, self.client_id, self.secret))


class _TestPage(QWizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle("Test the connection")
        self.setSubTitle(
            "The test asks apaleo for real. For a connect client it opens your browser to sign "
            "in; that sign-in is kept, so finishing takes you straight to your account."
        )
        self.test_button = QPushButton("&Test connection")
        self.test_button.setObjectName("testConnection")
        self.test_button.clicked.connect(wizard.test_connection)
        self.result = note("", "testResult")
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.address = QLineEdit()
        self.address.setObjectName("testAddress")
        self.address.setReadOnly(True)
        self.address.setAccessibleName("Sign-in address")
        self.address.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.result)
        layout.addWidget(self.address)
        layout.addStretch(1)

    def initializePage(self) -> None:
        self.result.setText("Not tested yet. You can finish without testing, too.")
        self.address.hide()


class SetupWizard(QWizard):
    """Kind, registration, credentials, test; Finish saves the profile (secret to the keyring).

    After :meth:`exec`, :attr:`profile` is the saved profile and :attr:`session` the session
    the test signed in (None when not tested or it failed).
    """

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
        self.setWindowTitle("Connect to apaleo")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.store, self.pool, self._no_browser = store, pool, no_browser
        self.kind_page = _KindPage()
        self.register_page = _RegisterPage(self)
        self.credentials_page = _CredentialsPage()
        self.test_page = _TestPage(self)
        for page in (self.kind_page, self.register_page, self.credentials_page, self.test_page):
            self.addPage(page)
        self.profile: Profile | None = None
        self.session: AuthSession | None = None
        self.tested = False
        self.resize(640, 480)

    # ---------------------------------------------------------------- profile
    def profile_from_pages(self) -> Profile:
        """The profile the pages describe (validated; raises InspectorError)."""
        page = self.credentials_page
        kind = self.kind_page.kind
        return Profile(
            name=page.name.text().strip(),
            client_id=page.client_id.text().strip(),
            identity_url=page.identity_url.text().strip(),
            api_url=page.api_url.text().strip(),
            mode=kind,
            redirect_port=DEFAULT_REDIRECT_PORT,
            scopes=DEFAULT_SCOPES
            if kind == USER
            else ("setup.read", "identity:account-users.read"),
        ).validate()

    @property
    def secret(self) -> str:
        """The client secret typed in (kept in memory until Finish puts it in the keyring)."""
        return self.credentials_page.secret.text()

    def validateCurrentPage(self) -> bool:
        if self.currentPage() is self.credentials_page:
            try:
                profile = self.profile_from_pages()
            except InspectorError as exc:
                self.credentials_page.problem.setText(exc.message)
                return False
            if profile.name in [p.name for p in self.store.profiles]:
                self.credentials_page.problem.setText(
                    f"There is already a profile called '{profile.name}'. Choose another name."
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
            page.result.setText(exc.message)
            return
        self._discard_session()
        page.test_button.setEnabled(False)
        page.address.hide()
        page.result.setText("Asking apaleo's sign-in service…")
        worker = self.pool.start(self._first_steps, profile, self.secret, key="setup-test")
        worker.returned.connect(self._service_checked)
        worker.errored.connect(self._test_failed)

    @staticmethod
    def _first_steps(profile: Profile, secret: str) -> tuple[AuthSession, list[str], Any]:
        session = _make_session(profile, secret)
        lines = [_check_service(session)]
        if profile.mode == APP:
            tokens = session.sign_in_client_credentials()
            granted = ", ".join(session.granted_scopes) or "no scope"
            lines.append(f"apaleo accepted the client id and secret and granted: {granted}.")
            return session, lines, tokens
        return session, lines, session.begin_sign_in()

    @Slot(object)
    def _service_checked(self, result: tuple[AuthSession, list[str], Any]) -> None:
        session, lines, outcome = result
        self.session = session
        page = self.test_page
        if session.profile.mode == APP:
            self._passed(lines)
            return
        attempt: SignInAttempt = outcome
        url = attempt.authorization_url
        opened = False if self._no_browser else QDesktopServices.openUrl(QUrl(url))
        page.address.setText(url)
        page.address.setCursorPosition(0)
        page.address.show()
        lines.append(
            "Sign in in your browser now."
            if opened
            else "Open the address below in your browser and sign in there."
        )
        page.result.setText("\n".join(lines))
        worker = self.pool.start(
            attempt.wait, timeout=float(session.profile.sign_in_timeout_s), key="setup-test"
        )
        worker.returned.connect(
            lambda _tokens: self._passed([*lines[:-1], self._signed_in_words()])
        )
        worker.errored.connect(self._test_failed)

    def _signed_in_words(self) -> str:
        session = self.session
        account = session.account_code if session else None
        return f"You signed in to apaleo account {account or '(unknown)'}: the connection works."

    def _passed(self, lines: list[str]) -> None:
        self.tested = True
        page = self.test_page
        page.address.hide()
        page.test_button.setEnabled(True)
        page.result.setText("\n".join(["✓ " + line for line in lines]))

    @Slot(object)
    def _test_failed(self, exc: object) -> None:
        self._discard_session()
        page = self.test_page
        page.test_button.setEnabled(True)
        page.address.hide()
        page.result.setText(f"The test failed. {error_text(exc)}")

    def _discard_session(self) -> None:
        """Drop a tested session the admin did not finish with (revoked, keyring cleaned)."""
        session, self.session = self.session, None
        self.tested = False
        self.pool.abort("setup-test")
        if session is not None:
            self.pool.start(_discard, session)

    # ------------------------------------------------------------------ finish
    def accept(self) -> None:
        """Save the profile (and the secret, in a worker) and close."""
        try:
            profile = self.profile_from_pages()
            self.store.put(profile, make_current=True)
        except InspectorError as exc:
            self.test_page.result.setText(exc.message)
            return
        self.profile = profile
        if self.session is not None and (not self.tested or self.session.profile != profile):
            self._discard_session()  # tested with other values: not this profile's sign-in
        self.pool.start(_store_secret, profile.keyring_service, self.secret)
        super().accept()

    def reject(self) -> None:
        self._discard_session()
        super().reject()


def _store_secret(service: str, secret: str) -> None:
    from desktop_app.auth.secret_store import SecretStore

    SecretStore(service).set_client_secret(secret)


def _discard(session: AuthSession) -> None:
    try:
        if session.signed_in:
            session.sign_out()
    finally:
        session.close()

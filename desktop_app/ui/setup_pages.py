"""The guided setup's pages and words: the kind of app, registering it, its credentials, the test."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from desktop_app.core.config import DEFAULT_REDIRECT_PORT, GrantMode, Profile
from desktop_app.core.i18n import translate
from desktop_app.ui.profile_form import SEP, ProfileForm
from desktop_app.ui.widgets import note

USER: GrantMode = "authorization_code"
APP: GrantMode = "client_credentials"


def kind_words(kind: str) -> tuple[str, str]:
    """(the choice's caption, what it means and where to register it in apaleo)."""
    if kind == USER:
        return (
            translate("Setup", "&A person signs in (connect client, recommended)"),
            translate(
                "Setup",
                "Each admin signs in with their own apaleo user in the browser; the app sees what "
                "that user may see. Register it in apaleo under Apps {sep} My store apps as a "
                "connect client.",
            ).format(sep=SEP),
        )
    return (
        translate("Setup", "The app &connects by itself (custom app)"),
        translate(
            "Setup",
            "The app connects with its own client id and secret, with no person signed in; it "
            "sees what the app was granted for the whole account. Add it in apaleo under "
            "Apps {sep} Connected apps as a custom app.",
        ).format(sep=SEP),
    )


def redirect_uri(port: int = DEFAULT_REDIRECT_PORT) -> str:
    """The redirect URI to register for a connect client (apaleo matches it exactly)."""
    return f"http://127.0.0.1:{port}/callback"


def register_words(kind: str) -> str:
    """What to do in apaleo for *kind*, step by step."""
    if kind == USER:
        return translate(
            "Setup",
            "1. Sign in to apaleo and open Apps {sep} My store apps.\n2. Register a new connect client (type: connect).\n3. Add the redirect URI below exactly as shown.\n4. Allow the scopes openid, profile, offline_access, setup.read and identity:account-users.read (all read-only).\n5. Copy the client id and the client secret apaleo shows you.",
        ).format(sep=SEP)
    return translate(
        "Setup",
        "1. Sign in to apaleo and open Apps {sep} Connected apps.\n2. Add a custom app, and give it the read-only scopes setup.read and identity:account-users.read.\n3. Copy the client id and the client secret apaleo shows you. No redirect URI is needed: nobody signs in in a browser.",
    ).format(sep=SEP)


class KindPage(QWizardPage):
    """Which kind of apaleo app: a connect client (a person signs in) or a custom app."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(translate("Setup", "Which kind of apaleo app is this?"))
        self.setSubTitle(
            translate("Setup", "apaleo has two kinds of app. Ask your apaleo admin if unsure.")
        )
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        self.buttons: dict[str, QRadioButton] = {}
        for kind in (USER, APP):
            title, words = kind_words(kind)
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
        """The kind of app chosen."""
        return USER if self.buttons[USER].isChecked() else APP


class RegisterPage(QWizardPage):
    """What to do in apaleo for that kind; the redirect URI with Copy for a connect client."""

    def __init__(self, kind: Callable[[], GrantMode]) -> None:
        super().__init__()
        self._kind = kind
        self.setTitle(translate("Setup", "Register the app in apaleo"))
        self.steps = note("", "registerSteps")
        self.uri = QLineEdit(redirect_uri())
        self.uri.setObjectName("redirectUri")
        self.uri.setReadOnly(True)
        self.uri.setAccessibleName(translate("Setup", "Redirect URI to register"))
        self.copy = QPushButton(translate("Setup", "Cop&y"))
        self.copy.setObjectName("copyRedirectUri")
        self.copy.setAccessibleName(translate("Setup", "Copy the redirect URI"))
        self.copy.clicked.connect(self._copy)
        self.copied = note("", "copiedNote")
        self.uri_caption = QLabel(translate("Setup", "&Redirect URI:"))
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
        kind = self._kind()
        self.setSubTitle(kind_words(kind)[0].replace("&", ""))
        self.steps.setText(register_words(kind))
        for widget in (self.uri_caption, self.uri, self.copy):
            widget.setVisible(kind == USER)
        self.copied.setText("")

    @Slot()
    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.uri.text())
        self.copied.setText(
            translate("Setup", "Copied. Paste it into the redirect URIs of the app in apaleo.")
        )


class CredentialsPage(QWizardPage):
    """Profile name, client id and secret (and, advanced, other identity and API hosts)."""

    def __init__(self, profile_id: str) -> None:
        super().__init__()
        self.setTitle(translate("Setup", "The app's client id and secret"))
        self.setSubTitle(translate("Setup", "As apaleo showed them when you registered the app."))
        #: The fields an admin types; the rest of the profile is the guide's to decide.
        self.form = ProfileForm(
            (
                (None, ("name", "client_id", "secret")),
                (
                    translate("Setup", "Advanced (only for a test system other than apaleo's)"),
                    ("identity_url", "api_url"),
                ),
            )
        )
        self.form.set_value(
            Profile(
                id=profile_id,
                name=translate("Setup", "My apaleo account"),
                client_id="",
                redirect_port=DEFAULT_REDIRECT_PORT,
            )
        )
        self.form.secret.setPlaceholderText(
            translate("Setup", "required: kept in the system keyring, never in a file")
        )
        self.name, self.client_id, self.secret = (
            self.form.name,
            self.form.client_id,
            self.form.secret,
        )
        self.identity_url, self.api_url = self.form.identity_url, self.form.api_url
        self.problem = note("", "setupProblem")
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        for field in (self.form.name, self.form.client_id, self.form.secret):
            field.textChanged.connect(self.completeChanged)

    def isComplete(self) -> bool:
        """Name, client id and secret are all filled in."""
        form = self.form
        return all(f.text().strip() for f in (form.name, form.client_id, form.secret))


class TestPage(QWizardPage):
    """Test connection, its result in words, and the sign-in address while a test waits."""

    def __init__(self, on_test: Callable[[], None]) -> None:
        super().__init__()
        self.setTitle(translate("Setup", "Test the connection"))
        self.setSubTitle(
            translate(
                "Setup",
                "The test asks apaleo for real. For a connect client it opens your browser to sign "
                "in; that sign-in is kept, so finishing takes you straight to your account.",
            )
        )
        self.test_button = QPushButton(translate("Setup", "&Test connection"))
        self.test_button.setObjectName("testConnection")
        self.test_button.clicked.connect(on_test)
        self.stop_button = QPushButton(translate("Setup", "&Stop the test"))
        self.stop_button.setObjectName("stopTest")
        self.stop_button.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.stop_button)
        buttons.addStretch(1)
        self.result = note("", "testResult")
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.address = QLineEdit()
        self.address.setObjectName("testAddress")
        self.address.setReadOnly(True)
        self.address.setAccessibleName(translate("Setup", "Sign-in address"))
        self.address.hide()
        #: While the browser is waited for: what to check if it shows an error, not apaleo.
        self.help = QWidget()
        self.help.setObjectName("testHelp")
        help_layout = QVBoxLayout(self.help)
        help_layout.setContentsMargins(0, 0, 0, 0)
        help_layout.addWidget(
            note(
                translate(
                    "Setup",
                    "If your browser shows an error instead of apaleo's sign-in page, the app's "
                    "registration in apaleo must list exactly this redirect URI:",
                ),
                "testHelpText",
            )
        )
        self.uri = QLineEdit()
        self.uri.setObjectName("testRedirectUri")
        self.uri.setReadOnly(True)
        self.uri.setAccessibleName(translate("Setup", "Redirect URI to register"))
        self.copy_uri = QPushButton(translate("Setup", "Cop&y"))
        self.copy_uri.setAccessibleName(translate("Setup", "Copy the redirect URI"))
        self.copy_uri.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.uri.text()))
        self.reopen = QPushButton(translate("Setup", "&Open the browser again"))
        self.reopen.setObjectName("testReopenBrowser")
        uri_row = QHBoxLayout()
        uri_row.addWidget(self.uri, 1)
        uri_row.addWidget(self.copy_uri)
        uri_row.addWidget(self.reopen)
        help_layout.addLayout(uri_row)
        self.help.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        layout.addWidget(self.address)
        layout.addWidget(self.help)
        layout.addStretch(1)

    def show_testing(self, testing: bool) -> None:
        """While a test runs: Stop instead of Test (the test can always be ended)."""
        self.test_button.setEnabled(not testing)
        self.stop_button.setVisible(testing)
        if not testing:
            self.help.hide()
            self.address.hide()

    def initializePage(self) -> None:
        self.result.setText(
            translate("Setup", "Not tested yet. You can finish without testing, too.")
        )
        self.show_testing(False)

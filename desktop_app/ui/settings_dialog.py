"""Profiles: add, edit, remove. The client secret goes to the keyring (in a worker), never to a file."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.config import (
    APALEO_API_URL,
    APALEO_IDENTITY_URL,
    DEFAULT_REDIRECT_PORT,
    DEFAULT_SCOPES,
    Profile,
    ProfileStore,
)
from desktop_app.errors import InspectorError
from desktop_app.scopes import SCOPE_MEANINGS

if TYPE_CHECKING:
    from desktop_app.ui.workers import WorkerPool

#: Scope presets a hotel admin can pick without knowing OAuth.
#: Honest names, and nothing that writes: the app only reads. Properties and the account need
#: no scope at all; each preset adds only what a view needs.
PRESETS: dict[str, tuple[str, ...]] = {
    "Read-only inspector (recommended)": DEFAULT_SCOPES,
    "Read-only, one scope per view (units.read, unitgroups.read)": (
        "units.read",
        "unitgroups.read",
        "identity:account-users.read",
    ),
    "Account and properties only (no extra scope)": (),
}
_CHOOSABLE = tuple(s for s in SCOPE_MEANINGS if s not in ("openid", "profile", "offline_access"))


def _store_secret(service: str, secret: str) -> str:
    """Save the secret in the keyring (a worker); returns where it went, in words."""
    from desktop_app.auth.secret_store import SecretStore, backend_name

    store = SecretStore(service)
    store.set_client_secret(secret)
    return store.problem or f"The client secret is stored in {backend_name()}."


def _delete_secrets(service: str, accounts: list[str]) -> str | None:
    """Delete a profile's keyring entries (a worker); None when gone, else why not, in words."""
    from desktop_app.auth.secret_store import SecretStore

    store = SecretStore(service)
    problems = [store.delete_client_secret()]
    problems += [store.delete_refresh_token(account) for account in accounts]
    return next((p for p in problems if p), None)


class SettingsDialog(QDialog):
    """Edits the profiles file (no secrets) and the keyring (the client secret)."""

    def __init__(
        self, store: ProfileStore, pool: WorkerPool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings — connection profiles")
        self.store = store
        self.pool = pool
        self.list = QListWidget()
        self.list.setAccessibleName("Profiles")
        self.list.currentTextChanged.connect(self._show_profile)
        add_button = QPushButton("&New")
        add_button.clicked.connect(self._new)
        self.remove_button = QPushButton("&Remove")
        self.remove_button.clicked.connect(self._remove)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(add_button)
        row.addWidget(self.remove_button)
        left.addLayout(row)

        self.name = QLineEdit()
        self.client_id = QLineEdit()
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setPlaceholderText("unchanged (stored in the system keyring)")
        self.identity_url = QLineEdit(APALEO_IDENTITY_URL)
        self.api_url = QLineEdit(APALEO_API_URL)
        self.mode = QComboBox()
        self.mode.addItem("Sign in as a user (browser)", "authorization_code")
        self.mode.addItem("App only: client credentials (simple client)", "client_credentials")
        self.client_auth = QComboBox()
        self.client_auth.addItem(
            "Secret in the request body (apaleo's default)", "client_secret_post"
        )
        self.client_auth.addItem("Secret as HTTP Basic", "client_secret_basic")
        # apaleo documents no public clients; kept for other OpenID providers and marked so
        self.client_auth.addItem("No secret (public client: not supported by apaleo)", "none")
        self.redirect_host = QComboBox()
        self.redirect_host.addItem("127.0.0.1 (recommended)", "127.0.0.1")
        self.redirect_host.addItem(
            "localhost (if the app is registered with that name)", "localhost"
        )
        self.port = QSpinBox()
        self.port.setRange(0, 65535)
        self.port.setValue(DEFAULT_REDIRECT_PORT)
        self.port.setSpecialValueText("any free port")
        self.prompt_consent = QCheckBox("Ask for &consent at every sign-in")
        self.prompt_consent.setToolTip(
            "Sends prompt=consent. Some identity servers issue the refresh token that keeps you "
            "signed in across restarts only when you agree explicitly."
        )
        self.timeout = QSpinBox()
        self.timeout.setRange(30, 3600)
        self.timeout.setSuffix(" s")
        self.preset = QComboBox()
        self.preset.addItems([*PRESETS, "Custom"])
        self.preset.currentTextChanged.connect(self._apply_preset)
        self.scopes = QListWidget()
        for scope in _CHOOSABLE:
            item = QListWidgetItem(f"{scope} — {SCOPE_MEANINGS[scope]}")
            item.setData(Qt.ItemDataRole.UserRole, scope)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.scopes.addItem(item)
        self.scopes.itemChanged.connect(lambda _i: self.preset.setCurrentText(self._preset_name()))
        form = QFormLayout()
        form.addRow("&Name:", self.name)
        form.addRow("Client &id:", self.client_id)
        form.addRow("Client s&ecret:", self.secret)
        form.addRow("&Identity server:", self.identity_url)
        form.addRow("&API:", self.api_url)
        form.addRow("Sign-in &mode:", self.mode)
        form.addRow("Client &authentication:", self.client_auth)
        form.addRow("Redirect &host:", self.redirect_host)
        form.addRow("Redirect &port:", self.port)
        form.addRow("Sign-in &timeout:", self.timeout)
        form.addRow("", self.prompt_consent)
        form.addRow("Sco&pes:", self.preset)
        form.addRow("", self.scopes)
        self.message = QLabel("")
        self.message.setObjectName("settingsMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        save = QPushButton("&Save profile")
        save.setDefault(True)
        save.clicked.connect(self.save)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.message)
        right.addWidget(save, 0, Qt.AlignmentFlag.AlignRight)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(right, 3)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(close)
        self.resize(860, 620)
        self._reload_list()
        if not store.profiles:
            self._new()

    def _reload_list(self, select: str | None = None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        self.list.addItems([p.name for p in self.store.profiles])
        self.list.blockSignals(False)
        names = [p.name for p in self.store.profiles]
        target = select or (self.store.current.name if self.store.current else None)
        if target in names:
            self.list.setCurrentRow(names.index(target))
        self.remove_button.setEnabled(bool(names))

    def _preset_name(self) -> str:
        chosen = set(self.checked_scopes())
        return next((name for name, scopes in PRESETS.items() if set(scopes) == chosen), "Custom")

    @Slot(str)
    def _apply_preset(self, name: str) -> None:
        if name in PRESETS:
            self._check(PRESETS[name])

    def _check(self, scopes: tuple[str, ...]) -> None:
        self.scopes.blockSignals(True)
        for row in range(self.scopes.count()):
            item = self.scopes.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in scopes
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.scopes.blockSignals(False)

    def checked_scopes(self) -> tuple[str, ...]:
        """The scopes ticked in the list."""
        return tuple(
            self.scopes.item(r).data(Qt.ItemDataRole.UserRole)
            for r in range(self.scopes.count())
            if self.scopes.item(r).checkState() == Qt.CheckState.Checked
        )

    @Slot()
    def _new(self) -> None:
        self.list.clearSelection()
        self._fill(Profile(name="", client_id=""))
        self.name.setFocus()

    @Slot(str)
    def _show_profile(self, name: str) -> None:
        if name:
            self._fill(self.store.get(name))

    def _fill(self, profile: Profile) -> None:
        self._editing = profile.name
        self.name.setText(profile.name)
        self.client_id.setText(profile.client_id)
        self.secret.clear()
        self.identity_url.setText(profile.identity_url)
        self.api_url.setText(profile.api_url)
        self.mode.setCurrentIndex(max(0, self.mode.findData(profile.mode)))
        self.client_auth.setCurrentIndex(max(0, self.client_auth.findData(profile.client_auth)))
        self.port.setValue(profile.redirect_port)
        self.redirect_host.setCurrentIndex(
            max(0, self.redirect_host.findData(profile.redirect_host))
        )
        self.timeout.setValue(profile.sign_in_timeout_s)
        self.prompt_consent.setChecked(profile.prompt_consent)
        self._check(tuple(s for s in profile.scopes if s in _CHOOSABLE))
        self.preset.blockSignals(True)
        self.preset.setCurrentText(self._preset_name())
        self.preset.blockSignals(False)
        self.message.setText("")

    def profile_from_form(self) -> Profile:
        """The profile the form describes (validated)."""
        previous = next((p for p in self.store.profiles if p.name == self._editing), None)
        return Profile(
            name=self.name.text().strip(),
            client_id=self.client_id.text().strip(),
            identity_url=self.identity_url.text().strip(),
            api_url=self.api_url.text().strip(),
            mode=self.mode.currentData(),
            redirect_port=self.port.value(),
            redirect_host=self.redirect_host.currentData(),
            scopes=self.checked_scopes(),
            client_auth=self.client_auth.currentData(),
            sign_in_timeout_s=self.timeout.value(),
            last_account=previous.last_account if previous else None,
            prompt_consent=self.prompt_consent.isChecked(),
            prompt_login=previous.prompt_login if previous else False,
        ).validate()

    @Slot()
    def save(self) -> None:
        """Validate and save the profile; the secret, if typed, goes to the keyring."""
        secret = self.secret.text()  # read first: reloading the list refills the form
        try:
            profile = self.profile_from_form()
            if (
                self._editing
                and self._editing != profile.name
                and self._editing in [p.name for p in self.store.profiles]
            ):
                self.store.remove(self._editing)
            self.store.put(profile)
        except InspectorError as exc:
            self.message.setText(exc.message)
            return
        self._editing = profile.name
        self._reload_list(profile.name)
        self.secret.clear()
        if secret:
            self.message.setText("Saved. Storing the client secret…")
            worker = self.pool.start(_store_secret, profile.keyring_service, secret)
            worker.returned.connect(lambda words: self.message.setText(f"Saved. {words}"))
            worker.errored.connect(
                lambda exc: self.message.setText(
                    f"Saved, but the secret was not stored ({type(exc).__name__})."
                )
            )
        else:
            self.message.setText("Saved.")

    @Slot()
    def _remove(self) -> None:
        name = self.list.currentItem().text() if self.list.currentItem() else None
        if not name:
            return
        profile = self.store.get(name)
        self.store.remove(name)
        accounts = [profile.last_account] if profile.last_account else []
        worker = self.pool.start(_delete_secrets, profile.keyring_service, accounts)
        worker.returned.connect(
            lambda problem: self.message.setText(
                f"Removed '{name}', but its secrets are still in the keyring. {problem}"
                if problem
                else f"Removed '{name}' and its secrets."
            )
        )
        self._reload_list()
        self.message.setText(f"Removing '{name}' and its secrets…")

"""Profiles: add, edit, remove. The client secret goes to the keyring (in a worker), never to a file."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
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
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.auth.lifecycle import ChangeReport, ProfileChange
from desktop_app.core.config import (
    APALEO_API_URL,
    APALEO_IDENTITY_URL,
    DEFAULT_REDIRECT_PORT,
    DEFAULT_SCOPES,
    Profile,
    ProfileStore,
)
from desktop_app.core.errors import InspectorError
from desktop_app.core.i18n import Text, shown, translate
from desktop_app.core.scopes import SCOPE_MEANINGS
from desktop_app.ui.widgets import add_value_row

if TYPE_CHECKING:
    from desktop_app.auth.session import AuthSession
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


def _save_secrets(
    profile: Profile, secret: str, change: ProfileChange | None, session: AuthSession | None
) -> tuple[ChangeReport | None, str | None]:
    """End what an edit invalidates, then keep the typed secret (a worker: network, keyring).

    In this order, so a secret typed for the new server is never deleted as the old one's.
    Returns the edit's report and where the secret went, in words (None: none typed).
    """
    from desktop_app.auth.lifecycle import apply_change
    from desktop_app.auth.secret_store import SecretStore, backend_name
    from desktop_app.connection import open_session

    report = (
        apply_change(change, session=session, open_session=open_session)
        if change is not None
        else None
    )
    if not secret:
        return report, None
    store = SecretStore(profile)
    store.set_client_secret(secret)
    if store.problem:
        return report, shown(store.problem)
    return report, translate("Settings", "The client secret is stored in {keyring}.").format(
        keyring=backend_name()
    )


def _remove_everything(
    profile: Profile, others: list[Profile], session: AuthSession | None
) -> str | None:
    """Sign the profile's live session out, then delete all kept for it (a worker)."""
    from desktop_app.auth.forget import forget_secrets

    if session is not None and session.profile.id == profile.id:
        session.sign_out()  # in-flight renewals are dropped, not stored after the deletion
    problem = forget_secrets(profile, others)
    return shown(problem) if problem else None


class SettingsDialog(QDialog):
    """Edits the profiles file (no secrets) and the keyring (the client secret).

    Signals:
        profile_changed(object, object): a saved profile (old, new) once what the edit
            invalidates is ended; the third argument is the :class:`ChangeReport` (or None).
        profile_removed(object): a removed profile, once everything kept for it is deleted.
    """

    profile_changed = Signal(object, object, object)
    profile_removed = Signal(object)

    def __init__(
        self,
        store: ProfileStore,
        pool: WorkerPool,
        parent: QWidget | None = None,
        *,
        session: AuthSession | None = None,
    ) -> None:
        super().__init__(parent)
        #: The app's live session: an edit or removal of its profile signs it out first.
        self.session = session
        self.setWindowTitle(translate("Settings", "Settings — connection profiles"))
        self.store = store
        self.pool = pool
        self.list = QListWidget()
        self.list.setAccessibleName(translate("Settings", "Profiles"))
        self.list.currentItemChanged.connect(self._current_changed)
        add_button = QPushButton(translate("Settings", "&New"))
        add_button.setObjectName("newProfile")
        add_button.clicked.connect(self._new)
        self.remove_button = QPushButton(translate("Settings", "&Remove"))
        self.remove_button.setObjectName("removeProfile")
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

        self.identity_url = QLineEdit(APALEO_IDENTITY_URL)
        self.api_url = QLineEdit(APALEO_API_URL)
        self.mode = QComboBox()
        self.mode.addItem(
            translate("Settings", "Sign in as a user (browser)"), "authorization_code"
        )
        self.mode.addItem(
            translate("Settings", "App only: client credentials (simple client)"),
            "client_credentials",
        )
        self.client_auth = QComboBox()
        self.client_auth.addItem(
            translate("Settings", "Secret in the request body (apaleo's default)"),
            "client_secret_post",
        )
        self.client_auth.addItem(
            translate("Settings", "Secret as HTTP Basic"), "client_secret_basic"
        )
        # apaleo documents no public clients; kept for other OpenID providers and marked so
        self.client_auth.addItem(
            translate("Settings", "No secret (public client: not supported by apaleo)"), "none"
        )
        self.redirect_host = QComboBox()
        self.redirect_host.addItem(translate("Settings", "127.0.0.1 (recommended)"), "127.0.0.1")
        self.redirect_host.addItem(
            translate("Settings", "localhost (if the app is registered with that name)"),
            "localhost",
        )
        self.port = QSpinBox()
        self.port.setRange(0, 65535)
        self.port.setValue(DEFAULT_REDIRECT_PORT)
        self.port.setSpecialValueText(translate("Settings", "any free port"))
        self.prompt_consent = QCheckBox(translate("Settings", "Ask for consent at e&very sign-in"))
        self.prompt_consent.setToolTip(
            translate(
                "Settings",
                "Sends prompt=consent. Some identity servers issue the refresh token that keeps you "
                "signed in across restarts only when you agree explicitly.",
            )
        )
        self.timeout = QSpinBox()
        self.timeout.setRange(30, 3600)
        self.timeout.setSuffix(translate("Settings", " s"))
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
        # One mnemonic per letter in this dialog (a test checks): N R A I E D P M U H O W V S F
        # and Close's C.
        for title, field in (
            (translate("Settings", "N&ame"), self.name),
            (translate("Settings", "Client &id"), self.client_id),
            (translate("Settings", "Client s&ecret"), self.secret),
            (translate("Settings", "I&dentity server"), self.identity_url),
            (translate("Settings", "A&PI"), self.api_url),
            (translate("Settings", "Sign-in &mode"), self.mode),
            (translate("Settings", "Client a&uthentication"), self.client_auth),
            (translate("Settings", "Redirect &host"), self.redirect_host),
            (translate("Settings", "Redirect p&ort"), self.port),
            (translate("Settings", "Bro&wser wait"), self.timeout),
        ):
            add_value_row(form, title, field)
        form.addRow("", self.prompt_consent)
        scopes_caption = QLabel(translate("Settings", "&Scopes:"))
        scopes_caption.setBuddy(self.preset)
        self.preset.setAccessibleName(translate("Settings", "Scopes"))
        self.scopes.setAccessibleName(translate("Settings", "Scopes to ask for"))
        form.addRow(scopes_caption, self.preset)
        form.addRow("", self.scopes)
        self.mode.currentIndexChanged.connect(self._mode_changed)
        #: The widgets that mean something only for a sign-in in the browser.
        self._browser_only: tuple[QWidget, ...] = (
            self.redirect_host,
            self.port,
            self.timeout,
            self.prompt_consent,
        )
        self.timeout.setToolTip(
            translate("Settings", "How long the app waits for you to finish signing in")
        )
        self.message = QLabel("")
        self.message.setObjectName("settingsMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        save = QPushButton(translate("Settings", "Save pro&file"))
        save.setObjectName("saveProfile")
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
        close.button(QDialogButtonBox.StandardButton.Close).setText(translate("Settings", "&Close"))
        close.rejected.connect(self.reject)
        #: Asks the admin a yes/no question (title, text); a QMessageBox.
        self.confirm = self._ask
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(close)
        self.resize(860, 620)
        self._is_new = True
        self._editing = ""
        self._editing_id = ""
        # The empty form is the saved state until a profile is shown: selecting the current
        # profile as the dialog opens is not an edit, and must not ask to save one.
        self._saved_values: tuple[object, ...] = self._form_values()
        self._reload_list()
        if not store.profiles:
            self._fill(Profile(name="", client_id=""))

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
        return next(
            (name for name, scopes in PRESETS.items() if set(scopes) == chosen),
            translate("Settings", "Custom"),
        )

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

    # ------------------------------------------------------------- asking
    def _ask(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _form_values(self) -> tuple[object, ...]:
        return (
            self.name.text().strip(),
            self.client_id.text().strip(),
            self.identity_url.text().strip(),
            self.api_url.text().strip(),
            self.mode.currentData(),
            self.client_auth.currentData(),
            self.redirect_host.currentData(),
            self.port.value(),
            self.timeout.value(),
            self.prompt_consent.isChecked(),
            self.checked_scopes(),
        )

    def is_dirty(self) -> bool:
        """Whether the form holds edits not saved yet (a typed secret counts)."""
        return bool(self.secret.text()) or self._form_values() != self._saved_values

    def _keep_or_drop_edits(self, then: Callable[[], None]) -> None:
        """Run *then* once unsaved edits are saved or discarded (asked, window-modal).

        The question never blocks: it opens, and *then* runs on Save (if saving worked) or
        Discard; Cancel leaves everything as it is.
        """
        if not self.is_dirty():
            then()
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("Settings", "Unsaved changes"),
            f"Save the changes to '{self.name.text().strip() or 'the new profile'}'?",
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("unsavedChanges")
        box.setDefaultButton(QMessageBox.StandardButton.Save)

        def answered(button: int) -> None:
            box.deleteLater()
            if (button == QMessageBox.StandardButton.Save and self.save()) or (
                button == QMessageBox.StandardButton.Discard
            ):
                self._saved_values = self._form_values()
                self.secret.clear()
                then()

        box.finished.connect(answered)
        box.open()

    # ------------------------------------------------------------- profiles
    @Slot()
    def _new(self) -> None:
        self._keep_or_drop_edits(self._start_new)

    def _start_new(self) -> None:
        self.list.blockSignals(True)
        self.list.setCurrentRow(-1)
        self.list.clearSelection()
        self.list.blockSignals(False)
        self._fill(Profile(name="", client_id=""))
        self.name.setFocus()

    @Slot(QListWidgetItem, QListWidgetItem)
    def _current_changed(
        self, current: QListWidgetItem | None, previous: QListWidgetItem | None
    ) -> None:
        if current is None:
            return
        target = current.text()
        if not self.is_dirty():
            self._show(target)
            return
        self.list.blockSignals(True)  # stay on the profile being edited until answered
        if previous is not None:
            self.list.setCurrentItem(previous)
        else:
            self.list.setCurrentRow(-1)
        self.list.blockSignals(False)
        self._keep_or_drop_edits(lambda: self._select(target))

    def _select(self, name: str) -> None:
        names = [p.name for p in self.store.profiles]
        if name in names:
            self.list.blockSignals(True)
            self.list.setCurrentRow(names.index(name))
            self.list.blockSignals(False)
            self._show(name)

    def _show(self, name: str) -> None:
        if name in [p.name for p in self.store.profiles]:
            self._fill(self.store.get(name))

    @Slot(int)
    def _mode_changed(self, _index: int) -> None:
        """Fields that do not apply to the chosen sign-in mode are disabled, with why."""
        browser = self.mode.currentData() == "authorization_code"
        for widget in self._browser_only:
            widget.setEnabled(browser)
            widget.setToolTip(
                ""
                if browser
                else translate(
                    "Settings", "Not used: a custom app connects without a browser sign-in."
                )
            )

    def reject(self) -> None:
        """Close, once unsaved edits are saved or discarded (never silently dropped)."""
        self._keep_or_drop_edits(super().reject)

    def _fill(self, profile: Profile) -> None:
        self._editing = profile.name
        self._editing_id = profile.id
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
        self._is_new = not profile.name
        self.secret.setPlaceholderText(
            translate(
                "Settings", "required: the client secret apaleo showed (kept in the system keyring)"
            )
            if self._is_new
            else translate("Settings", "leave empty to keep the one in the system keyring")
        )
        self._mode_changed(self.mode.currentIndex())
        self._saved_values = self._form_values()

    def profile_from_form(self) -> Profile:
        """The profile the form describes (validated)."""
        previous = next((p for p in self.store.profiles if p.name == self._editing), None)
        return Profile(
            id=previous.id if previous else self._editing_id,
            legacy_service=previous.legacy_service if previous else None,
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
    def save(self) -> bool:
        """Validate and save the profile; the secret, if typed, goes to the keyring."""
        secret = self.secret.text()  # read first: reloading the list refills the form
        try:
            profile = self.profile_from_form()
            if (
                self._is_new
                and not secret
                and profile.client_auth != "none"
                and not self.confirm(
                    translate("Settings", "No client secret"),
                    f"'{profile.name}' has no client secret yet, so signing in will fail until "
                    "you enter it. Save without it?",
                )
            ):
                self.message.setText(
                    translate("Settings", "Not saved: enter the client secret apaleo showed.")
                )
                self.secret.setFocus()
                return False
            previous = next((p for p in self.store.profiles if p.name == self._editing), None)
            if previous is not None:
                self.store.replace(previous.name, profile)
            else:
                self.store.put(profile)
        except InspectorError as exc:
            self.message.setText(exc.message)
            return False
        self._editing = profile.name
        was_new, self._is_new = self._is_new, False
        self.secret.clear()
        self._saved_values = self._form_values()
        self._reload_list(profile.name)
        change = None if previous is None else ProfileChange(previous, profile)
        if change is not None and not change.matters:
            change = None
        if change is None and not secret:
            self.message.setText(
                translate("Settings", "Saved, without a client secret.")
                if was_new
                else translate("Settings", "Saved.")
            )
            if previous is not None and previous != profile:
                self.profile_changed.emit(previous, profile, None)
            return True
        self.message.setText(translate("Settings", "Saved. Updating the system keyring…"))
        worker = self.pool.start(_save_secrets, profile, secret, change, self.session)
        worker.returned.connect(
            lambda result: self._secrets_saved(previous, profile, result, bool(secret))
        )
        worker.errored.connect(
            lambda exc: self.message.setText(
                translate(
                    "Settings", "Saved, but the system keyring was not updated ({kind})."
                ).format(kind=type(exc).__name__)
            )
        )
        return True

    def _secrets_saved(
        self,
        previous: Profile | None,
        profile: Profile,
        result: tuple[ChangeReport | None, str | None],
        typed: bool,
    ) -> None:
        report, secret_words = result
        parts = [translate("Settings", "Saved.")]
        # With the new secret typed in, "enter the client secret" is not asked for again.
        words: Text | None = report.ended.words if typed and report and report.ended else None
        if report is not None and not typed:
            words = report.words
        if words:
            parts.append(shown(words))
        if report is not None and report.problem:
            parts.append(shown(report.problem))
        if secret_words:
            parts.append(secret_words)
        self.message.setText(" ".join(dict.fromkeys(parts)))
        if previous is not None and previous != profile:
            self.profile_changed.emit(previous, profile, report)

    @Slot()
    def _remove(self) -> None:
        name = self.list.currentItem().text() if self.list.currentItem() else None
        if not name:
            return
        profile = self.store.get(name)
        if not self.confirm(
            translate("Settings", "Remove profile"),
            f"Remove the profile '{name}'? Its client secret and saved sign-in are deleted "
            "from the system keyring too; signing in again needs the secret from apaleo.",
        ):
            return
        self.store.remove(name)
        worker = self.pool.start(_remove_everything, profile, self.store.profiles, self.session)
        worker.returned.connect(
            lambda problem: self.message.setText(
                f"Removed '{name}', but its secrets are still in the keyring. {problem}"
                if problem
                else f"Removed '{name}' and its secrets."
            )
        )
        worker.finished.connect(lambda: self.profile_removed.emit(profile))
        self._reload_list()
        self.message.setText(f"Removing '{name}' and its secrets…")

"""Profiles: add, edit, remove. The client secret goes to the keyring (in a worker), never to a file."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.auth.lifecycle import ChangeReport, ProfileChange
from desktop_app.core.config import (
    Profile,
    ProfileStore,
)
from desktop_app.core.errors import InspectorError
from desktop_app.core.i18n import Text, shown, translate
from desktop_app.ui.geometry import place
from desktop_app.ui.profile_form import ProfileForm

if TYPE_CHECKING:
    from desktop_app.auth.session import AuthSession
    from desktop_app.ui.workers import WorkerPool


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

        #: The profile's fields (the one mapping between them and a Profile).
        self.form = ProfileForm()
        self.message = QLabel("")
        self.message.setObjectName("settingsMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        save = QPushButton(translate("Settings", "Save pro&file"))
        save.setObjectName("saveProfile")
        save.setDefault(True)
        save.clicked.connect(self.save)
        right = QVBoxLayout()
        # a small screen scrolls the fields rather than pushing the buttons off its edge
        fields = QScrollArea()
        fields.setObjectName("profileFields")
        fields.setWidgetResizable(True)
        fields.setFrameShape(QFrame.Shape.NoFrame)
        fields.setWidget(self.form)
        right.addWidget(fields, 1)
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
        place(self, (860, 620))
        self._is_new = True
        self._editing = ""
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

    def is_dirty(self) -> bool:
        """Whether the form holds edits not saved yet (a typed secret counts)."""
        return self.form.dirty

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
            translate("Settings", "Save the changes to '{name}'?").format(
                name=self.form.name.text().strip()
                or self._editing
                or translate("Settings", "the new profile")
            ),
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
                self.form.secret.clear()
                self.form.mark_clean()
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
        self.form.name.setFocus()

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

    def reject(self) -> None:
        """Close, once unsaved edits are saved or discarded (never silently dropped)."""
        self._keep_or_drop_edits(super().reject)

    def _fill(self, profile: Profile) -> None:
        self._editing = profile.name
        self._is_new = not profile.name
        self.message.setText("")
        self.form.set_value(profile)

    def profile_from_form(self) -> Profile:
        """The profile the form describes (validated), with what the app keeps as it is now.

        The account and the password prompt may have changed since the form was filled (a
        sign-in while Settings is open): they are taken from the saved profile, not the form.
        """
        profile = self.form.value()
        previous = next((p for p in self.store.profiles if p.name == self._editing), None)
        if previous is None:
            return profile
        return profile.with_changes(
            id=previous.id,
            legacy_service=previous.legacy_service,
            last_account=previous.last_account,
            prompt_login=previous.prompt_login,
        )

    @Slot()
    def save(self) -> bool:
        """Validate and save the profile; the secret, if typed, goes to the keyring."""
        secret = self.form.secret.text()  # read first: reloading the list refills the form
        try:
            profile = self.profile_from_form()
            if (
                self._is_new
                and not secret
                and profile.client_auth != "none"
                and not self.confirm(
                    translate("Settings", "No client secret"),
                    translate(
                        "Settings",
                        "'{name}' has no client secret yet, so signing in will fail until you "
                        "enter it. Save without it?",
                    ).format(name=profile.name),
                )
            ):
                self.message.setText(
                    translate("Settings", "Not saved: enter the client secret apaleo showed.")
                )
                self.form.secret.setFocus()
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
        self.form.set_value(profile)  # saved: the form is clean again, on the saved profile
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
            translate(
                "Settings",
                "Remove the profile '{name}'? Its client secret and saved sign-in are deleted "
                "from the system keyring too; signing in again needs the secret from apaleo.",
            ).format(name=name),
        ):
            return
        self.store.remove(name)
        worker = self.pool.start(_remove_everything, profile, self.store.profiles, self.session)
        worker.returned.connect(
            lambda problem: self.message.setText(
                translate(
                    "Settings",
                    "Removed '{name}', but its secrets are still in the keyring. {problem}",
                ).format(name=name, problem=problem)
                if problem
                else translate("Settings", "Removed '{name}' and its secrets.").format(name=name)
            )
        )
        worker.finished.connect(lambda: self.profile_removed.emit(profile))
        self._reload_list()
        self.message.setText(
            translate("Settings", "Removing '{name}' and its secrets…").format(name=name)
        )

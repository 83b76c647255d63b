"""The profiles dialog: what goes to the profiles file, and the secret to the keyring only."""

from __future__ import annotations

import re

import keyring
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.core.config import ProfileStore
from desktop_app.ui.profile_form import PRESETS
from desktop_app.ui.settings_dialog import SettingsDialog
from desktop_app.ui.workers import WorkerPool
from tests.support import waits
from tests.support.keyring_entries import app_items, stored


def answer_next(button: QMessageBox.StandardButton) -> None:
    """Press *button* in the next message box that asks (a real QMessageBox, run modally)."""

    def press() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox), box
        box.button(button).click()

    QTimer.singleShot(0, press)


def open_box(dialog: QWidget) -> QMessageBox:
    """The message box the dialog opened without blocking (window-modal)."""
    boxes = [b for b in dialog.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1, boxes
    return boxes[0]


def _mnemonics(widget: QWidget) -> list[str]:
    texts = [w.text() for w in widget.findChildren(QLabel) if w.buddy() is not None]
    texts += [w.text() for w in widget.findChildren(QAbstractButton) if w.isVisibleTo(widget)]
    letters = []
    for text in texts:
        match = re.search(r"&([^&])", text.replace("&&", ""))
        if match:
            letters.append(match.group(1).lower())
    return letters


@pytest.mark.keyring
def test_new_profile_round_trip(qtbot: QtBot) -> None:
    store = ProfileStore()
    pool = WorkerPool()
    dialog = SettingsDialog(store, pool)
    qtbot.addWidget(dialog)
    dialog.form.name.setText("Hotel Berlin")
    dialog.form.client_id.setText("BER-SP-INSPECTOR")
    dialog.form.secret.setText("very-secret-value")
    dialog.form.port.setValue(47900)
    dialog.form.preset.setCurrentText("Account and properties only (no extra scope)")
    dialog.form.prompt_consent.setChecked(True)  # "Ask for consent at every sign-in"
    dialog.save()
    waits.until(qtbot, dialog.pool.drained, lambda: "stored in" in dialog.message.text(), 10_000)
    saved = ProfileStore().get("Hotel Berlin")
    assert saved.client_id == "BER-SP-INSPECTOR"
    assert saved.redirect_port == 47900
    assert saved.scopes == PRESETS["Account and properties only (no extra scope)"]
    assert saved.prompt_consent
    assert "very-secret-value" not in store.path.read_text(encoding="utf-8")
    assert stored(saved, "client-secret") == "very-secret-value"
    assert dialog.form.secret.text() == ""  # never shown back
    # remove: asked first, then the profile and its keyring entries go
    dialog.list.setCurrentRow(0)
    answer_next(QMessageBox.StandardButton.Yes)
    dialog.remove_button.click()
    waits.until(
        qtbot,
        dialog.pool.drained,
        lambda: "Removed 'Hotel Berlin' and" in dialog.message.text(),
        10_000,
    )
    assert stored(saved, "client-secret") is None
    assert [entry for entry in app_items() if entry[0] == saved.keyring_service] == []
    assert ProfileStore().profiles == []
    assert pool.stop_all(5000)


def test_insecure_url_is_refused_in_words(qtbot: QtBot) -> None:
    dialog = SettingsDialog(ProfileStore(), WorkerPool())
    qtbot.addWidget(dialog)
    dialog.form.name.setText("x")
    dialog.form.client_id.setText("y")
    dialog.form.secret.setText("z")
    dialog.form.identity_url.setText("http://identity.example.com")
    dialog.save()
    assert "must use https://" in dialog.message.text()
    assert ProfileStore().profiles == []


def test_custom_scopes_show_as_custom(qtbot: QtBot) -> None:
    dialog = SettingsDialog(ProfileStore(), WorkerPool())
    qtbot.addWidget(dialog)
    dialog.form.preset.setCurrentText("Read-only inspector (recommended)")
    item = dialog.form.scopes.item(0)
    item.setCheckState(
        Qt.CheckState.Checked
        if item.checkState() == Qt.CheckState.Unchecked
        else Qt.CheckState.Unchecked
    )
    assert dialog.form.preset.currentText() == "Custom"


def test_presets_are_read_only() -> None:
    from desktop_app.core.config import DEFAULT_SCOPES
    from desktop_app.core.scopes import writes

    assert PRESETS["Read-only inspector (recommended)"] == DEFAULT_SCOPES
    for name, scopes in PRESETS.items():
        assert not [s for s in scopes if writes(s)], name  # the app never writes
    assert writes("account.manage")
    assert not writes("setup.read")


def test_every_mnemonic_is_unique(qtbot: QtBot) -> None:
    dialog = SettingsDialog(ProfileStore(), WorkerPool())
    qtbot.addWidget(dialog)
    dialog.show()
    letters = _mnemonics(dialog)
    assert len(letters) >= 15
    assert sorted(letters) == sorted(set(letters)), letters


def test_fields_that_do_not_apply_to_the_mode_are_disabled(qtbot: QtBot) -> None:
    dialog = SettingsDialog(ProfileStore(), WorkerPool())
    qtbot.addWidget(dialog)
    browser_only = (
        dialog.form.port,
        dialog.form.redirect_host,
        dialog.form.timeout,
        dialog.form.prompt_consent,
    )
    assert all(w.isEnabled() for w in browser_only)
    dialog.form.mode.setCurrentIndex(dialog.form.mode.findData("client_credentials"))
    assert not any(w.isEnabled() for w in browser_only)
    assert "custom app" in dialog.form.port.toolTip()
    dialog.form.mode.setCurrentIndex(dialog.form.mode.findData("authorization_code"))
    assert all(w.isEnabled() for w in browser_only)


@pytest.mark.keyring
def test_a_new_profile_asks_for_its_secret_and_warns_without_one(qtbot: QtBot) -> None:
    dialog = SettingsDialog(ProfileStore(), WorkerPool())
    qtbot.addWidget(dialog)
    assert "required" in dialog.form.secret.placeholderText()  # nothing is stored for it yet
    assert "keep" not in dialog.form.secret.placeholderText()
    dialog.form.name.setText("No Secret")
    dialog.form.client_id.setText("client")
    answer_next(QMessageBox.StandardButton.No)
    assert dialog.save() is False
    assert ProfileStore().profiles == []
    assert "Not saved" in dialog.message.text()
    answer_next(QMessageBox.StandardButton.Yes)
    assert dialog.save() is True
    assert [p.name for p in ProfileStore().profiles] == ["No Secret"]
    assert "without a client secret" in dialog.message.text()
    assert "keep the one in the system keyring" in dialog.form.secret.placeholderText()


@pytest.mark.keyring
def test_remove_asks_first_and_no_keeps_everything(qtbot: QtBot) -> None:
    store = ProfileStore()
    dialog = SettingsDialog(store, WorkerPool())
    qtbot.addWidget(dialog)
    dialog.form.name.setText("Keep Me")
    dialog.form.client_id.setText("client")
    dialog.form.secret.setText("a-secret-to-keep")
    assert dialog.save()
    waits.until(qtbot, dialog.pool.drained, lambda: "stored in" in dialog.message.text(), 10_000)
    answer_next(QMessageBox.StandardButton.No)
    dialog.remove_button.click()
    assert [p.name for p in ProfileStore().profiles] == ["Keep Me"]
    kept = ProfileStore().get("Keep Me")
    assert stored(kept, "client-secret") == "a-secret-to-keep"
    keyring.delete_password(kept.keyring_service, "client-secret")


@pytest.mark.keyring
def test_unsaved_edits_are_never_dropped_silently(qtbot: QtBot) -> None:
    store = ProfileStore()
    dialog = SettingsDialog(store, WorkerPool())
    qtbot.addWidget(dialog)
    dialog.show()
    for name in ("First", "Second"):
        dialog._start_new()
        dialog.form.name.setText(name)
        dialog.form.client_id.setText(f"{name.lower()}-client")
        answer_next(QMessageBox.StandardButton.Yes)  # saved without a secret, knowingly
        assert dialog.save()
    dialog.list.setCurrentRow(0)  # First
    assert dialog.form.name.text() == "First"
    dialog.form.client_id.setText("edited-client")
    dialog.list.setCurrentRow(1)  # Second: the edit is not lost, the admin is asked
    box = open_box(dialog)
    assert "First" in box.text()
    assert dialog.list.currentItem().text() == "First"  # still on the edited profile
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert dialog.form.client_id.text() == "edited-client"
    dialog.list.setCurrentRow(1)
    open_box(dialog).button(QMessageBox.StandardButton.Save).click()
    assert ProfileStore().get("First").client_id == "edited-client"
    assert dialog.form.name.text() == "Second"
    dialog.form.client_id.setText("another-edit")
    dialog.reject()  # Close: asked too
    box = open_box(dialog)
    assert dialog.isVisible()
    box.button(QMessageBox.StandardButton.Discard).click()
    assert not dialog.isVisible()
    assert ProfileStore().get("Second").client_id == "second-client"
    assert dialog.pool.stop_all(5000)  # the new client id's keyring clean-up has finished


@pytest.mark.keyring
def test_settings_opens_without_a_question_and_shows_the_uri_to_register(qtbot: QtBot) -> None:
    """Opening Settings over saved profiles asks nothing (the first row is shown, not edited);
    the redirect URI to register follows the host and port, with Copy; every field explains
    itself in a tooltip."""
    store = ProfileStore()
    dialog = SettingsDialog(store, WorkerPool())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog._start_new()
    dialog.form.name.setText("Hotel Berlin")
    dialog.form.client_id.setText("BER-SP-INSPECTOR")
    answer_next(QMessageBox.StandardButton.Yes)  # saved without a secret, knowingly
    assert dialog.save()
    dialog.accept()
    again = SettingsDialog(ProfileStore(), WorkerPool())
    qtbot.addWidget(again)
    with qtbot.assertNotEmitted(again.profile_changed):
        again.show()
        QApplication.processEvents()
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    assert not [b for b in boxes if b.isVisible()], [b.text() for b in boxes if b.isVisible()]
    assert not again.is_dirty()
    assert again.form.name.text() == "Hotel Berlin"
    form = again.form
    assert form.redirect_uri.isVisible()
    assert form.redirect_uri.text() == "http://127.0.0.1:47833/callback"
    form.port.setValue(50123)
    assert form.redirect_uri.text() == "http://127.0.0.1:50123/callback"
    form.copy_redirect_uri.click()
    assert QApplication.clipboard().text() == "http://127.0.0.1:50123/callback"
    for field in (
        form.name,
        form.client_id,
        form.secret,
        form.identity_url,
        form.api_url,
        form.mode,
        form.client_auth,
        form.redirect_host,
        form.port,
        form.redirect_uri,
        form.timeout,
    ):
        assert field.toolTip(), field
    assert "My store apps" in form.client_id.toolTip()
    form.port.setValue(47833)
    again.reject()

"""The profiles dialog: what goes to the profiles file, and the secret to the keyring only."""

from __future__ import annotations

import keyring
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_app.config import ProfileStore
from desktop_app.ui.settings_dialog import PRESETS, SettingsDialog
from desktop_app.ui.workers import WorkerPool


@pytest.mark.keyring
def test_new_profile_round_trip(qtbot: QtBot) -> None:
    store = ProfileStore()
    pool = WorkerPool()
    dialog = SettingsDialog(store, pool)
    qtbot.addWidget(dialog)
    dialog.name.setText("Hotel Berlin")
    dialog.client_id.setText("BER-SP-INSPECTOR")
    dialog.secret.setText("very-secret-value")
    dialog.port.setValue(47900)
    dialog.preset.setCurrentText("Account and properties only (no extra scope)")
    dialog.prompt_consent.setChecked(True)  # "Ask for consent at every sign-in"
    dialog.save()
    qtbot.waitUntil(lambda: "stored in" in dialog.message.text(), timeout=10_000)
    saved = ProfileStore().get("Hotel Berlin")
    assert saved.client_id == "BER-SP-INSPECTOR"
    assert saved.redirect_port == 47900
    assert saved.scopes == PRESETS["Account and properties only (no extra scope)"]
    assert saved.prompt_consent
    assert "very-secret-value" not in store.path.read_text(encoding="utf-8")
    assert (
        keyring.get_password("apaleo-inspector/Hotel Berlin", "client-secret")
        == "very-secret-value"
    )
    assert dialog.secret.text() == ""  # never shown back
    # remove: the profile and its keyring entries go
    dialog.list.setCurrentRow(0)
    dialog._remove()
    qtbot.waitUntil(lambda: "Removed 'Hotel Berlin' and" in dialog.message.text(), timeout=10_000)
    assert keyring.get_password("apaleo-inspector/Hotel Berlin", "client-secret") is None
    assert ProfileStore().profiles == []
    assert pool.stop_all(5000)


def test_insecure_url_is_refused_in_words(qtbot: QtBot) -> None:
    dialog = SettingsDialog(ProfileStore(), WorkerPool())
    qtbot.addWidget(dialog)
    dialog.name.setText("x")
    dialog.client_id.setText("y")
    dialog.identity_url.setText("http://identity.example.com")
    dialog.save()
    assert "must use https://" in dialog.message.text()
    assert ProfileStore().profiles == []


def test_custom_scopes_show_as_custom(qtbot: QtBot) -> None:
    dialog = SettingsDialog(ProfileStore(), WorkerPool())
    qtbot.addWidget(dialog)
    dialog.preset.setCurrentText("Read-only inspector (recommended)")
    item = dialog.scopes.item(0)
    item.setCheckState(
        Qt.CheckState.Checked
        if item.checkState() == Qt.CheckState.Unchecked
        else Qt.CheckState.Unchecked
    )
    assert dialog.preset.currentText() == "Custom"


def test_presets_are_read_only() -> None:
    from desktop_app.config import DEFAULT_SCOPES
    from desktop_app.scopes import writes

    assert PRESETS["Read-only inspector (recommended)"] == DEFAULT_SCOPES
    for name, scopes in PRESETS.items():
        assert not [s for s in scopes if writes(s)], name  # the app never writes
    assert writes("account.manage")
    assert not writes("setup.read")

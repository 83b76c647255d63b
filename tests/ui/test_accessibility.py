"""Usable without sight: names for every control, values read with their labels, announcements,
and a Tab order that follows reading order; in English and German.

The accessibility tree is Qt's own (QAccessible.queryAccessibleInterface), as a screen reader
gets it. No screen reader runs here: announcements are recorded where Qt hands them to one,
QAccessible.updateAccessibility (said where it is patched).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.core.config import ProfileStore
from desktop_app.core.errors import NetworkError
from desktop_app.sandbox import Sandbox
from desktop_app.ui import language
from desktop_app.ui.export_dialog import ExportDialog
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.settings_dialog import SettingsDialog
from desktop_app.ui.setup_wizard import SetupWizard
from desktop_app.ui.signin_window import SignInWindow
from desktop_app.ui.workers import WorkerPool
from desktop_app.words.errors import describe
from tests.support import waits
from tests.support.accessibility import unnamed_controls
from tests.ui.conftest import loaded, save_profile

Open = Callable[..., tuple[MainWindow, Sandbox]]
LANGUAGES = ("en", "de")


@pytest.fixture(params=LANGUAGES)
def speaking(request: pytest.FixtureRequest) -> str:
    """The test in each window language (the autouse fixture puts English back)."""
    code = str(request.param)
    language.apply(code)
    return code


def _with_details(qtbot: QtBot, open_window: Open) -> MainWindow:
    """A filled inspector with the first property's details shown."""
    window, _sb = open_window()
    loaded(qtbot, window)
    window.properties.table.selectRow(0)
    waits.until(
        qtbot, window.properties.busy, lambda: bool(window.properties.details.values["id"].text())
    )
    return window


def _everything_named(window: QWidget) -> None:
    assert unnamed_controls(window) == [], window.objectName()


def test_the_inspector_names_every_control_on_every_tab(
    qtbot: QtBot, open_window: Open, speaking: str
) -> None:
    window = _with_details(qtbot, open_window)
    window.message_bar.show_problem(describe(NetworkError("down"), "load x"), lambda: None)
    window.message_bar.details_button.setChecked(True)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        _everything_named(window)
    window.export_dialog()
    dialog = window.exporting
    assert isinstance(dialog, ExportDialog)
    qtbot.waitUntil(dialog.isVisible)
    _everything_named(dialog)
    dialog.reject()


def test_values_are_read_with_their_labels_and_reveal_buttons_say_what_they_reveal(
    qtbot: QtBot, open_window: Open, speaking: str
) -> None:
    window = _with_details(qtbot, open_window)
    details = window.properties.details
    for key, value in details.values.items():
        assert value.accessibleName(), key  # the field's label, said before its value
    assert "IBAN" in details.reveal_button.accessibleName()
    window.tabs.setCurrentWidget(window.token)
    token = window.token
    for label in token.findChildren(QLabel):
        if label.objectName().startswith("claim_"):
            assert label.accessibleName(), label.objectName()
    assert token.reveal_token.accessibleName() == language_words(speaking, "show token")
    token.reveal_token.click()
    assert token.reveal_token.accessibleName() == language_words(speaking, "hide token")


def language_words(code: str, what: str) -> str:
    return {
        ("en", "show token"): "Show the access token",
        ("en", "hide token"): "Hide the access token",
        ("de", "show token"): "Das Zugriffstoken anzeigen",
        ("de", "hide token"): "Das Zugriffstoken verbergen",
    }[(code, what)]


def _busiest_sign_in_window(qtbot: QtBot, pool: WorkerPool) -> SignInWindow:
    """The sign-in window with the most on it: waiting for the browser, and an error to retry."""
    signin = SignInWindow(pool)
    qtbot.addWidget(signin)
    signin.set_profiles(["a"], "a")
    signin.show()
    signin._show_url("http://127.0.0.1:1/authorize", opened=True)  # the waiting state
    signin.show_error("apaleo could not be reached.", retry=True)
    qtbot.waitUntil(signin.isVisible)
    return signin


@pytest.mark.keyring
def test_the_sign_in_window_settings_and_setup_name_every_control(
    qtbot: QtBot, sandbox: Sandbox, speaking: str
) -> None:
    save_profile(sandbox)
    pool = WorkerPool()
    signin = _busiest_sign_in_window(qtbot, pool)
    _everything_named(signin)
    settings = SettingsDialog(ProfileStore(), pool)
    qtbot.addWidget(settings)
    settings.show()
    _everything_named(settings)
    wizard = SetupWizard(ProfileStore(), pool, no_browser=True)
    qtbot.addWidget(wizard)
    wizard.show()
    for _page in range(4):
        _everything_named(wizard)
        if not wizard.button(wizard.WizardButton.NextButton).isEnabled():
            break
        wizard.next()
    wizard.reject()
    settings.reject()
    signin.close()
    assert pool.stop_all(5000)


def _focus_chain(window: QWidget) -> list[QWidget]:
    """The widgets Tab visits, in order, once round from the first."""
    chain: list[QWidget] = []
    start = window.nextInFocusChain()
    widget: QWidget | None = start
    for _ in range(500):
        if widget is None:
            break
        if (
            widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & widget.focusPolicy().TabFocus
            and widget.window() is window
        ):
            chain.append(widget)
        widget = widget.nextInFocusChain()
        if widget is start:
            break
    return chain


def _out_of_reading_order(chain: list[QWidget]) -> list[str]:
    """Pairs where Tab goes up, or left on the same line (reading order is down, then right)."""
    wrong = []
    for before, after in itertools.pairwise(chain):
        a, b = before.mapToGlobal(QPoint(0, 0)), after.mapToGlobal(QPoint(0, 0))
        if before.isAncestorOf(after) or after.isAncestorOf(before):
            continue
        same_line = abs(a.y() - b.y()) < max(8, before.height() // 2)
        beside = b.x() >= a.x() + before.width() // 2  # a column to the right starts at the top
        if (not same_line and b.y() < a.y() and not beside) or (same_line and b.x() < a.x()):
            wrong.append(
                f"{before.objectName() or type(before).__name__} -> "
                f"{after.objectName() or type(after).__name__}"
            )
    return wrong


def test_tab_follows_reading_order_and_leaves_the_table(
    qtbot: QtBot, open_window: Open, speaking: str
) -> None:
    window = _with_details(qtbot, open_window)
    chain = _focus_chain(window)
    assert window.properties.filter_box in chain
    assert window.properties.table in chain
    assert _out_of_reading_order(chain) == []
    position = chain.index(window.properties.table)
    assert chain[position + 1] is not window.properties.table  # Tab leaves the table
    assert not window.properties.table.tabKeyNavigation()


def test_states_are_announced_to_screen_readers(
    qtbot: QtBot, open_window: Open, monkeypatch: pytest.MonkeyPatch, speaking: str
) -> None:
    said: list[tuple[str, bool]] = []
    alerts: list[object] = []
    original = QAccessible.updateAccessibility

    def record(event: QAccessibleEvent) -> None:  # the seam where Qt hands events to a reader
        if isinstance(event, QAccessibleAnnouncementEvent):
            assertive = event.politeness() == QAccessible.AnnouncementPoliteness.Assertive
            said.append((event.message(), assertive))
        elif event.type() == QAccessible.Event.Alert:
            alerts.append(event.object())
        original(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", record)
    window, _sb = open_window()
    loaded(qtbot, window)
    done = {"en": "Loading done: 6 properties.", "de": "Laden abgeschlossen: 6 Unterkünfte."}
    qtbot.waitUntil(lambda: (done[speaking], False) in said)
    signed = {"en": "Signed in as", "de": "Angemeldet als"}
    qtbot.waitUntil(lambda: any(text.startswith(signed[speaking]) for text, _ in said))
    window.message_bar.show_problem(describe(NetworkError("down"), "load x"), lambda: None)
    assert window.message_bar in alerts
    assert any(assertive and window.message_bar.headline.text() in text for text, assertive in said)
    assert QApplication.focusWidget() in (window.message_bar, window.message_bar.retry_button)


@pytest.mark.keyring
def test_tab_follows_reading_order_in_the_sign_in_window_and_settings(
    qtbot: QtBot, sandbox: Sandbox, speaking: str
) -> None:
    save_profile(sandbox)
    pool = WorkerPool()
    signin = _busiest_sign_in_window(qtbot, pool)
    chain = _focus_chain(signin)
    assert signin.profile_box in chain
    assert signin.copy_button in chain
    assert _out_of_reading_order(chain) == []
    settings = SettingsDialog(ProfileStore(), pool)
    qtbot.addWidget(settings)
    settings.show()
    qtbot.waitUntil(settings.isVisible)
    assert _out_of_reading_order(_focus_chain(settings)) == []
    settings.reject()
    signin.close()
    assert pool.stop_all(5000)

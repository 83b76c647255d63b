"""The inspector's states and commands as an admin meets them: filter, empty states, archived
rows, tooltips, context menu, remembered columns, long names, the token and scopes tabs."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QGuiApplication, QHelpEvent
from PySide6.QtWidgets import QApplication, QMenu, QToolTip
from pytestqt.qtbot import QtBot

from desktop_app.sandbox import Sandbox
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.models import OBJECT_ROLE, ScopesModel
from desktop_app.ui.property_table import PropertyTableModel
from desktop_app.ui.tabs import token as token_tab
from tests.support import waits
from tests.ui.conftest import loaded

WAIT = 20_000
Open = Callable[..., tuple[MainWindow, Sandbox]]


def _row_of(window: MainWindow, code: str) -> int:
    proxy = window.properties.proxy
    return next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data() == code)


def _shown_id(window: MainWindow) -> str:
    return window.properties.details.values["id"].text()


def test_the_details_follow_the_filter_and_empty_states_say_why(
    qtbot: QtBot, open_window: Open
) -> None:
    window, _sb = open_window()
    loaded(qtbot, window)
    tab = window.properties
    tab.table.selectRow(_row_of(window, "BER"))
    waits.until(qtbot, window.properties.busy, lambda: _shown_id(window) == "BER", WAIT)
    tab.filter_box.setText("vienna")  # hides BER: the details follow to what is shown
    waits.until(qtbot, window.properties.busy, lambda: _shown_id(window) == "VIE", WAIT)
    assert tab.count_label.text() == "1 of 6 properties"
    assert tab.selected_property() is not None
    tab.filter_box.setText("zzzz")
    assert tab.count_label.text() == "0 of 6 properties"
    assert tab.status.text() == "No property matches 'zzzz'."
    assert tab.status.button.isVisible()
    assert tab.status.button.text() == "C&lear filter"
    assert _shown_id(window) == ""  # nothing hidden is shown
    assert tab.details.status.text() == "No property matches 'zzzz'."
    tab.status.button.click()
    assert tab.filter_box.text() == ""
    assert not tab.status.isVisible()
    assert tab.count_label.text() == "6 properties"
    waits.until(qtbot, window.properties.busy, lambda: _shown_id(window) != "", WAIT)


def test_archived_rows_look_archived(qtbot: QtBot, open_window: Open) -> None:
    window, _sb = open_window()
    loaded(qtbot, window)
    model = window.properties.model
    rows = {model.index(r, 0).data(OBJECT_ROLE).code: r for r in range(model.rowCount())}
    archived = model.index(rows["AMS"], PropertyTableModel.COL_NAME)
    active = model.index(rows["BER"], PropertyTableModel.COL_NAME)
    assert archived.data(Qt.ItemDataRole.FontRole).italic()
    assert active.data(Qt.ItemDataRole.FontRole) is None
    greyed = archived.data(Qt.ItemDataRole.ForegroundRole).color()
    text = QGuiApplication.palette().color(QGuiApplication.palette().ColorRole.Text)
    assert greyed != text  # the palette's disabled text colour, not a colour of our own


#: The offscreen platform cannot size, raise or grab for tooltips and menus; it says so.
OFFSCREEN = pytest.mark.qt_log_ignore("This plugin does not support")


@OFFSCREEN
def test_a_cell_too_narrow_for_its_text_shows_it_as_a_tooltip(
    qtbot: QtBot, open_window: Open
) -> None:
    window, _sb = open_window()
    loaded(qtbot, window)
    table = window.properties.table
    column = PropertyTableModel.COL_NAME
    row = _row_of(window, "BER")
    full = window.properties.proxy.index(row, column).data()

    def tooltip_at_width(width: int) -> str:
        table.horizontalHeader().resizeSection(column, width)
        QApplication.processEvents()
        rect = table.visualRect(window.properties.proxy.index(row, column))
        pos = rect.center()
        QToolTip.hideText()
        QApplication.sendEvent(
            table.viewport(),
            QHelpEvent(QEvent.Type.ToolTip, pos, table.viewport().mapToGlobal(pos)),
        )
        return QToolTip.text() if QToolTip.isVisible() else ""

    assert tooltip_at_width(600) == ""  # it fits: no tooltip repeating it
    assert tooltip_at_width(40) == full


@OFFSCREEN
def test_context_menu_copies_cell_row_and_json_and_double_click_opens_details(
    qtbot: QtBot, open_window: Open
) -> None:
    window, _sb = open_window()
    loaded(qtbot, window)
    tab = window.properties
    row = _row_of(window, "VIE")
    index = tab.proxy.index(row, PropertyTableModel.COL_CITY)
    pos = tab.table.visualRect(index).center()
    tab.table.customContextMenuRequested.emit(pos)
    menu = tab.findChild(QMenu, "propertiesMenu")
    assert menu is not None
    actions = {a.text(): a for a in menu.actions() if a.text()}
    assert set(actions) == {"Copy &cell", "Copy &row", "Copy row as &JSON", "Show &details"}
    actions["Copy &cell"].trigger()
    assert QGuiApplication.clipboard().text() == "Wien"
    actions["Copy &row"].trigger()
    assert QGuiApplication.clipboard().text().split("\t")[:3] == [
        "VIE",
        "Ring Palace Vienna",
        "Wien",
    ]
    actions["Copy row as &JSON"].trigger()
    copied = json.loads(QGuiApplication.clipboard().text())
    assert copied["code"] == "VIE"
    assert copied["city"] == "Wien"
    menu.close()
    tab.splitter.setSizes([1000, 0])  # the admin pushed the details aside
    tab.table.doubleClicked.emit(index)
    assert tab.splitter.sizes()[1] > 0
    focused = QApplication.focusWidget()
    assert focused is not None
    assert focused is tab.details or tab.details.isAncestorOf(focused)


def test_column_widths_order_and_sort_are_remembered(qtbot: QtBot, open_window: Open) -> None:
    window, _sb = open_window()
    loaded(qtbot, window)
    header = window.properties.table.horizontalHeader()
    header.resizeSection(PropertyTableModel.COL_CITY, 211)
    header.moveSection(header.visualIndex(PropertyTableModel.COL_CITY), 0)
    window.properties.table.sortByColumn(PropertyTableModel.COL_CITY, Qt.SortOrder.DescendingOrder)
    window.close()
    again, _sb2 = open_window()
    loaded(qtbot, again)
    header = again.properties.table.horizontalHeader()
    assert header.sectionSize(PropertyTableModel.COL_CITY) == 211
    assert header.visualIndex(PropertyTableModel.COL_CITY) == 0
    assert header.sortIndicatorSection() == PropertyTableModel.COL_CITY
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    cities = [again.properties.proxy.index(r, PropertyTableModel.COL_CITY).data() for r in range(6)]
    assert cities == sorted(cities, reverse=True)
    assert QSettings().value("tables/properties") is not None


def test_a_long_account_name_is_elided_and_the_window_fits_1024_px(
    qtbot: QtBot, open_window: Open
) -> None:
    long_name = "The Grand Collection of Exceptionally Well-Named Boutique Hotels " * 4

    def rename(sb: Sandbox) -> None:
        sb.data.account["name"] = long_name.strip()

    window, _sb = open_window(before_start=rename)
    waits.until(
        qtbot,
        window.header.busy,
        lambda: window.header.account_title.full_text() == long_name.strip(),
        WAIT,
    )
    window.resize(1024, 700)
    QApplication.processEvents()
    assert window.minimumSizeHint().width() <= 1024
    assert window.width() <= 1024
    title = window.header.account_title
    assert title.text() != long_name.strip()  # elided on screen …
    assert title.text().endswith("…")
    assert title.toolTip() == long_name.strip()  # … and whole in the tooltip
    assert title.accessibleName() == long_name.strip()  # and for a screen reader


def test_token_tab_lifetime_decoded_parts_and_refresh_token_state(
    qtbot: QtBot, open_window: Open
) -> None:
    window, _sb = open_window()
    loaded(qtbot, window)
    tab = window.token
    tokens = window.ctx.session.tokens
    assert tokens is not None
    assert 900 < tab.lifetime.value() <= 1000  # nearly a whole hour left
    assert "left of 60 min" in tab.lifetime.text()
    payload = json.loads(tab.payload_json.toPlainText())
    assert payload["account_code"] == "DEMO"
    header = json.loads(tab.header_json.toPlainText())
    assert header["alg"] == "RS256"
    assert "kid" in header
    assert "memory only" in tab.saved_sign_in.text().lower()  # the test session is ephemeral
    assert "Not replaced" in tab.saved_sign_in.text()
    with qtbot.waitSignal(window.events.tokens_changed, timeout=WAIT):
        tab.refresh_now()
    waits.until(qtbot, tab.busy, lambda: "replaced it 1 time" in tab.saved_sign_in.text(), WAIT)
    assert tab.raw_token.text() != tokens.access_token


def test_copy_works_while_masked_and_the_clipboard_is_emptied_later(
    qtbot: QtBot, open_window: Open, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(token_tab, "CLIPBOARD_CLEAR_S", 0.3)  # 30 s in the app
    window, _sb = open_window()
    loaded(qtbot, window)
    tab = window.token
    tokens = window.ctx.session.tokens
    assert tokens is not None
    assert tab.raw_token.echoMode() == tab.raw_token.EchoMode.Password
    clipboard = QGuiApplication.clipboard()
    tab.copy_token.click()
    assert clipboard.text() == tokens.access_token
    assert tab.raw_token.echoMode() == tab.raw_token.EchoMode.Password  # still masked
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=5000)
    # copied again, then the admin copies something else: that is left alone
    tab.copy_token.click()
    clipboard.setText("booking note")
    with qtbot.waitSignal(tab._clipboard_timer.timeout, timeout=5000):
        pass
    assert clipboard.text() == "booking note"


def test_the_token_is_renewed_ahead_of_expiry_in_the_background_without_alarm(
    qtbot: QtBot, open_window: Open
) -> None:
    window, sb = open_window(access_token_ttl=4)  # renewed a second before it runs out
    loaded(qtbot, window)
    first = window.ctx.session.tokens
    assert first is not None
    warnings: list[bool] = []
    window.lifetime_clock.timeout.connect(lambda: warnings.append(window.header.expiry_warning))
    with qtbot.waitSignal(window.events.tokens_changed, timeout=WAIT):
        pass  # no call of the window's asked for it: the renewal timer did
    renewed = window.ctx.session.tokens
    assert renewed is not None
    assert renewed.access_token != first.access_token
    assert sb.stats.token_requests.get("refresh_token", 0) >= 1
    waits.until(
        qtbot,
        window.token.busy,
        lambda: window.token.raw_token.text() == renewed.access_token,
        WAIT,
    )
    assert "renewed automatically" in window.header.expiry_label.text()
    assert not any(warnings)
    assert "⚠" not in window.header.expiry_label.text()


def test_scopes_say_what_each_unlocks_and_offer_the_fix(qtbot: QtBot, open_window: Open) -> None:
    window, _sb = open_window(scopes=("openid", "profile", "account.manage", "units.read"))
    loaded(qtbot, window)
    tab = window.scopes
    model = tab.model
    rows = {model.index(r, ScopesModel.COL_SCOPE).data(): r for r in range(model.rowCount())}
    users_hidden = model.index(rows["units.read"], ScopesModel.COL_IN_APP).data()
    assert users_hidden == "The unit count in the property details."
    assert "identity:account-users.read" in tab.advice.text()  # not asked for: the Users tab
    assert not tab.edit_connection.isHidden()
    with qtbot.waitSignal(window.settings_requested, timeout=1000):
        tab.edit_connection.click()


def test_scopes_not_granted_offer_sign_in_again(qtbot: QtBot, open_window: Open) -> None:
    # like some identity servers, the sandbox issues a refresh token only after prompt=consent
    window, _sb = open_window(
        scopes=("openid", "profile", "offline_access", "setup.read"),
        refresh_token_needs_consent_prompt=True,
    )
    loaded(qtbot, window)
    tab = window.scopes
    assert "Not granted: offline_access" in tab.summary.text()
    assert not tab.sign_in_again.isHidden()
    rows = {
        tab.model.index(r, ScopesModel.COL_SCOPE).data(): r for r in range(tab.model.rowCount())
    }
    hidden = tab.model.index(rows["offline_access"], ScopesModel.COL_IN_APP).data()
    assert "You sign in in the browser at every start" in hidden
    with qtbot.waitSignal(window.sign_in_again_requested, timeout=1000):
        tab.sign_in_again.click()


def test_users_are_listed_in_order_and_a_remembered_sort_is_applied(
    qtbot: QtBot, open_window: Open
) -> None:
    window, _sb = open_window()
    waits.until(qtbot, window.users.busy, lambda: window.users.model.rowCount() == 3, WAIT)

    def names(w: MainWindow) -> list[str]:
        proxy = w.users.proxy
        return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]

    assert names(window) == sorted(names(window))
    window.users.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    window.close()
    again, _sb2 = open_window()
    waits.until(qtbot, again.users.busy, lambda: again.users.model.rowCount() == 3, WAIT)
    assert names(again) == sorted(names(again), reverse=True)


def test_tabs_other_than_properties_are_built_when_needed(qtbot: QtBot, open_window: Open) -> None:
    """Nothing the first paint does not need: the users' call waits for the filled table."""
    from desktop_app.sandbox import Fault

    held = Fault("hold", path="/inventory/v1/properties", count=1, exact=True)
    window, sb = open_window(faults=[held])
    assert held.arrived.wait(10)
    assert window._built == {}
    placeholder = window.tabs.widget(3)
    assert placeholder is not None
    assert placeholder.objectName() == "usersPlaceholder"
    assert sb.stats.requests["GET /api/v1/users"] == 0
    held.release.set()
    qtbot.waitUntil(lambda: "users" in window._built, timeout=WAIT)  # fetched after the table
    waits.until(qtbot, window.users.busy, lambda: window.users.model.rowCount() == 3, WAIT)
    assert "token" not in window._built
    window.tabs.setCurrentIndex(2)  # shown: built in place of its placeholder, and filled
    assert window.tabs.currentWidget() is window._built["token"]
    tokens = window.ctx.session.tokens
    assert tokens is not None
    assert window.token.raw_token.text() == tokens.access_token

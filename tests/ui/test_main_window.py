"""The inspector window against the sandbox: what it shows, its errors, its commands."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from desktop_app.sandbox import Fault, Sandbox
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.models import OBJECT_ROLE, UsersModel
from tests.support import waits
from tests.support.visible_texts import shown_facts

WAIT = 20_000
ALL = ("account.manage", "setup.read", "units.read", "identity:account-users.read")


def _loaded(qtbot: QtBot, window: MainWindow, rows: int) -> None:
    waits.until(
        qtbot,
        window.properties.busy,
        lambda: window.properties.model.rowCount() == rows and not window.busy.isVisible(),
        WAIT,
    )


def test_demo_account_everything_shown(
    qtbot: QtBot, open_window: Callable[..., tuple[MainWindow, Sandbox]]
) -> None:
    window, _sb = open_window()
    _loaded(qtbot, window, 6)
    waits.until(qtbot, window.header.busy, lambda: window.header.account_code == "DEMO", WAIT)
    assert window.header.account_title.full_text() == "Demo Hotels Group"
    assert "account DEMO" in window.header.account_details.full_text()
    assert "Development" in window.header.account_details.full_text()
    assert (
        window.header.user_label.full_text()
        == "Signed in as Anna Admin (anna@demo-hotels.example, AccountAdmin)"
    )
    assert window.header.expiry_label.text().startswith("Access token valid for 59:")
    assert "renewed automatically" in window.header.expiry_label.text()
    assert not window.header.expiry_warning
    assert window.properties.count_label.text() == "6 properties"
    # details of the first row (sorted by code: AMS), with counts
    waits.until(
        qtbot,
        window.properties.busy,
        lambda: (  # three calls of their own (the property, two counts), in any order
            window.properties.details.values["id"].text() == "AMS"
            and window.properties.details.values["units"].text().isdigit()
            and window.properties.details.values["unit_groups"].text().isdigit()
        ),
        WAIT,
    )
    assert window.properties.details.values["id"].text() == "AMS"
    assert window.properties.details.values["unit_groups"].text() == "4"
    # users
    waits.until(qtbot, window.users.busy, lambda: window.users.model.rowCount() == 3, WAIT)
    admin = window.users.model.index(0, UsersModel.COL_NAME).data()
    assert admin == "Anna Admin"
    assert window.users.model.index(0, UsersModel.COL_ADMIN).data() == "Yes"
    assert "PropertyAdmin" in window.users.model.index(0, UsersModel.COL_PROPERTIES).data()
    window.users.filter_box.setText("AYLIN")  # the filter: any column, any case
    assert window.users.proxy.rowCount() == 1
    window.users.filter_box.setText("frontdesk")  # a role
    assert window.users.proxy.rowCount() == 1
    window.users.filter_box.clear()
    assert window.users.proxy.rowCount() == 3
    # scopes: everything asked was granted
    assert window.scopes.model.rowCount() == 7
    assert "Not granted" not in window.scopes.summary.text()
    # token claims
    assert window.token.claim_labels["account_code"].text() == "DEMO"
    assert window.token.claim_labels["client_id"].text() == "inspector-connect"
    assert window.token.claim_labels["id_token"].text().startswith("Verified")
    assert "UTC" in window.token.claim_labels["exp"].text()


def test_details_languages_and_iban_masked_until_revealed(
    qtbot: QtBot, open_window: Callable[..., tuple[MainWindow, Sandbox]]
) -> None:
    window, _sb = open_window()
    _loaded(qtbot, window, 6)
    row = next(
        r
        for r in range(window.properties.proxy.rowCount())
        if window.properties.proxy.index(r, 0).data() == "BER"
    )
    window.properties.table.selectRow(row)
    waits.until(
        qtbot,
        window.properties.busy,
        lambda: window.properties.details.values["id"].text() == "BER",
        WAIT,
    )
    iban = window.properties.details.values["iban"]
    assert "DE89370400440532013000" not in iban.text()
    assert iban.text().endswith("3000")
    window.properties.details.reveal_button.click()
    assert iban.text() == "DE89370400440532013000"
    details = window.properties.details
    # The picker names each language in itself; the heading speaks the same language as the fields.
    assert [details.language.itemText(i) for i in range(details.language.count())] == [
        "Deutsch",
        "English",
    ]
    assert details.language.currentText() == "English"  # the window's language
    details.language.setCurrentText("Deutsch")
    assert details.values["name"].text() == "Hotel Spree Berlin"
    assert "Hotel Spree Berlin" in details.heading.text()
    details.language.setCurrentText("English")
    assert details.values["name"].text() == "Spree Hotel Berlin"
    assert "Spree Hotel Berlin" in details.heading.text()
    assert "Amtsgericht" in window.properties.details.values["register"].text()


def test_token_masked_until_revealed(
    qtbot: QtBot, open_window: Callable[..., tuple[MainWindow, Sandbox]]
) -> None:
    window, _sb = open_window()
    assert window.token.raw_token.echoMode() == QLineEdit.EchoMode.Password
    window.token.reveal_token.click()
    assert window.token.raw_token.echoMode() == QLineEdit.EchoMode.Normal
    tokens = window.ctx.session.tokens
    assert tokens is not None
    assert window.token.raw_token.text() == tokens.access_token
    before = tokens.access_token
    window.token.refresh_now()
    waits.until(
        qtbot,
        window.token.busy,
        lambda: window.token.token_note.text() == "A new access token was issued.",
        WAIT,
    )
    assert window.token.raw_token.text() != before


def test_missing_scopes_are_named(
    qtbot: QtBot, open_window: Callable[..., tuple[MainWindow, Sandbox]]
) -> None:
    window, _sb = open_window(scopes=("account.manage",))
    _loaded(qtbot, window, 6)
    waits.until(
        qtbot,
        window.users.busy,
        lambda: "identity:account-users.read" in window.users.status.text(),
        WAIT,
    )
    assert window.users.table.isHidden()
    waits.until(
        qtbot,
        window.properties.busy,
        lambda: "not granted" in window.properties.details.values["units"].text(),
        WAIT,
    )
    assert "units.read" in window.properties.details.values["units"].text()
    assert (
        "Not granted" not in window.scopes.summary.text()
    )  # it asked for little, got what it asked


def test_server_error_then_retry(
    qtbot: QtBot, open_window: Callable[..., tuple[MainWindow, Sandbox]]
) -> None:
    fault = Fault("status", path="/inventory/v1/properties", status=500)
    window, sb = open_window(faults=[fault])
    bar = window.message_bar
    waits.until(qtbot, window.properties.error, bar.isVisible, WAIT)
    assert bar.headline.text() == "apaleo had a problem answering"
    assert "try again in a moment" in bar.body.text()
    assert "HTTP" not in bar.body.text()  # plain words; the call and status in the details
    assert shown_facts(bar)["HTTP status"] == "500"
    assert "Traceback" not in bar.body.text()
    # one message in one place: the row above the table does not repeat it
    assert not window.properties.status.isVisible()
    sb.faults.clear()
    bar.retry_button.click()
    _loaded(qtbot, window, 6)
    assert not bar.isVisible()
    assert not window.properties.status.isVisible()


def test_empty_account(
    qtbot: QtBot, open_window: Callable[..., tuple[MainWindow, Sandbox]]
) -> None:
    window, _sb = open_window(property_count=0)
    waits.until(
        qtbot,
        window.properties.busy,
        lambda: window.properties.status.text() == "This account has no properties yet.",
        WAIT,
    )
    assert window.properties.model.rowCount() == 0


def test_ten_thousand_properties(
    qtbot: QtBot, open_window: Callable[..., tuple[MainWindow, Sandbox]]
) -> None:
    window, _sb = open_window(property_count=10_000)
    pages: list[int] = []
    window.properties.model.rowsInserted.connect(
        lambda *_a: pages.append(window.properties.model.rowCount())
    )
    _loaded(qtbot, window, 10_000)
    assert len(pages) >= 10  # appended page by page, not in one reset
    ids = [p.id for p in window.properties.model.properties]
    assert len(set(ids)) == 10_000
    window.properties.filter_box.setText("P0999")
    assert window.properties.proxy.rowCount() == 10  # P09990..P09999
    assert window.properties.count_label.text() == "10 of 10,000 properties"


def test_export_and_copy(
    qtbot: QtBot, open_window: Callable[..., tuple[MainWindow, Sandbox]], tmp_path: Path
) -> None:
    from desktop_app.ui.export import export_properties

    window, _sb = open_window()
    _loaded(qtbot, window, 6)
    window.properties.filter_box.setText("e")  # what is shown is what is exported
    shown = window.properties.visible_properties()
    assert export_properties(shown, tmp_path / "p.csv", "csv") == len(shown)
    with (tmp_path / "p.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["code"] for r in rows] == [p.code for p in shown]
    assert export_properties(shown, tmp_path / "p.json", "json") == len(shown)
    data = json.loads((tmp_path / "p.json").read_text(encoding="utf-8"))
    assert {d["city"] for d in data} == {p.city for p in shown}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.csv", "p.json"]  # no temp files left
    window.properties.filter_box.clear()
    window.properties.table.setFocus()
    window.properties.table.selectRow(0)
    window.copy_selection()
    assert QGuiApplication.clipboard().text().split("\t")[0] == "AMS"


def test_superseded_detail_answers_are_dropped(
    qtbot: QtBot, open_window: Callable[..., tuple[MainWindow, Sandbox]]
) -> None:
    window, sb = open_window()
    _loaded(qtbot, window, 6)
    held = sb.faults.add(Fault("hold", path="/inventory/v1/properties/AMS"))
    codes = [
        window.properties.proxy.index(r, 0).data()
        for r in range(window.properties.proxy.rowCount())
    ]
    window.properties.table.selectRow(codes.index("BER"))  # AMS, the first row, was selected
    window.properties.table.selectRow(codes.index("AMS"))  # its answer is held back
    qtbot.waitUntil(held.arrived.is_set, timeout=WAIT)  # asked for once the selection rests
    window.properties.table.selectRow(codes.index("VIE"))  # newer selection, fast answer
    waits.until(
        qtbot,
        window.properties.busy,
        lambda: window.properties.details.values["id"].text() == "VIE",
        WAIT,
    )
    held.release.set()  # the superseded AMS answer arrives now, and must not replace VIE
    waits.drained(qtbot, window.ctx.pool, WAIT)  # every answer delivered, or dropped
    assert window.properties.details.values["id"].text() == "VIE"
    selected = window.properties.table.selectionModel().selectedRows()[0].data(OBJECT_ROLE)
    assert selected.id == "VIE"


def test_details_are_asked_for_the_row_the_selection_rests_on_only(
    qtbot: QtBot, open_window: Callable[..., tuple[MainWindow, Sandbox]]
) -> None:
    """Arrow keys through the rows show each row's list data at once, but ask apaleo only for
    the row the admin stops at (every call counts against the account's rate limit)."""
    window, sb = open_window()
    _loaded(qtbot, window, 6)
    tab = window.properties
    waits.until(qtbot, tab.busy, lambda: tab.details.values["id"].text() != "", WAIT)
    waits.drained(qtbot, window.ctx.pool, WAIT)
    sb.stats.reset()
    tab.table.setFocus()
    for _ in range(3):
        qtbot.keyClick(tab.table, Qt.Key.Key_Down)
        shown = tab.selected_property()
        assert shown is not None
        assert shown.display_name in tab.details.status_row.label.text()  # "Loading …", at once
    last = tab.selected_property()
    assert last is not None
    qtbot.waitUntil(
        lambda: sb.stats.requests[f"GET /inventory/v1/properties/{last.id}"] == 1, timeout=WAIT
    )
    waits.drained(qtbot, window.ctx.pool, WAIT)
    details_calls = {
        path: n
        for path, n in sb.stats.requests.items()
        if path.startswith("GET /inventory/v1/properties/") and "$count" not in path
    }
    assert details_calls == {f"GET /inventory/v1/properties/{last.id}": 1}


def test_shortcuts(qtbot: QtBot, open_window: Callable[..., tuple[MainWindow, Sandbox]]) -> None:
    window, sb = open_window()
    _loaded(qtbot, window, 6)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.properties.filter_box.hasFocus()
    before = sb.stats.requests["GET /inventory/v1/properties"]
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(
        lambda: sb.stats.requests["GET /inventory/v1/properties"] > before, timeout=WAIT
    )
    _loaded(qtbot, window, 6)

"""F5 reloads the properties in place: no wiped table, the admin's selection and sort kept.

Real widgets (offscreen) against the sandbox; between the loads the sandbox's account changes
as it would in apaleo (a property renamed, one deleted, one added).
"""

from __future__ import annotations

import copy
from collections.abc import Callable

from PySide6.QtCore import QPersistentModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop_app.api.models import Property
from desktop_app.sandbox import Fault, Sandbox
from desktop_app.sandbox.data import generated_account
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.models import OBJECT_ROLE
from desktop_app.ui.property_table import PropertyTableModel
from desktop_app.words.inspector import loading_words
from tests.support import waits

WAIT = 20_000


def _rows(count: int) -> list[Property]:
    account = generated_account(count)
    return [Property.parse(account.property_item(p, "en"), "test") for p in account.properties]


def _change_account(sb: Sandbox) -> tuple[str, str, str]:
    """Rename, delete and add a property in the sandbox; returns (renamed, deleted, added) ids."""
    data = sb.data
    renamed, deleted = data.properties[3], data.properties[7]
    renamed["name"] = {"en": "Zeppelin Lodge (renamed)", "de": "Zeppelin Lodge"}
    data.remove_property(deleted["id"])
    added = copy.deepcopy(data.properties[0])
    added["id"] = added["code"] = "NEW1"
    data.add_property(added)
    return renamed["id"], deleted["id"], "NEW1"


def _selected_id(window: MainWindow) -> str | None:
    rows = window.properties.table.selectionModel().selectedRows()
    return rows[0].data(OBJECT_ROLE).id if rows else None


def test_f5_updates_rows_where_they_are_keeping_selection_and_sort(
    qtbot: QtBot, open_window: Callable[..., tuple[MainWindow, Sandbox]]
) -> None:
    window, sb = open_window(property_count=450)  # three pages
    with qtbot.waitSignal(window.properties_loaded, timeout=WAIT):
        pass
    window.properties.table.sortByColumn(PropertyTableModel.COL_NAME, Qt.SortOrder.DescendingOrder)
    window.properties.table.selectRow(10)
    chosen = _selected_id(window)
    assert chosen is not None
    renamed, deleted, added = _change_account(sb)
    resets: list[int] = []
    window.properties.model.modelReset.connect(lambda: resets.append(1))
    window.properties.model.layoutChanged.connect(
        lambda: resets.append(2)
    )  # a re-sort is allowed...
    with qtbot.waitSignal(window.properties_loaded, timeout=WAIT):
        qtbot.keyClick(window, Qt.Key.Key_F5)
        assert window.properties.model.rowCount() == 450  # ...but the table is never wiped
    assert 1 not in resets
    assert window.properties.model.rowCount() == 450  # one gone, one new
    ids = [window.properties.model.index(r, 0).data(OBJECT_ROLE).id for r in range(450)]
    assert deleted not in ids
    assert added in ids
    row = ids.index(renamed)
    assert window.properties.model.index(row, PropertyTableModel.COL_NAME).data() == (
        "Zeppelin Lodge (renamed)"
    )
    assert _selected_id(window) == chosen  # the selection stayed on the same property
    header = window.properties.table.horizontalHeader()
    assert header.sortIndicatorSection() == PropertyTableModel.COL_NAME
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    names = [
        window.properties.proxy.index(r, PropertyTableModel.COL_NAME).data() for r in range(450)
    ]
    assert names == sorted(names, key=str.casefold, reverse=True)  # the renamed row moved
    assert window.updated_label.text().startswith("Updated ")
    assert window.properties.count_label.text() == "450 properties"


def test_a_reload_that_fails_removes_nothing_and_retry_finishes_it(
    qtbot: QtBot, open_window: Callable[..., tuple[MainWindow, Sandbox]]
) -> None:
    window, sb = open_window(property_count=450, max_retries=0)
    with qtbot.waitSignal(window.properties_loaded, timeout=WAIT):
        pass
    _change_account(sb)
    sb.faults.add(Fault("status", path="/inventory/v1/properties", status=500, count=1, exact=True))
    qtbot.keyClick(window, Qt.Key.Key_F5)
    waits.until(qtbot, window.properties.error, window.message_bar.isVisible, WAIT)
    assert (
        window.properties.model.rowCount() == 450
    )  # nothing removed on the strength of missing pages
    assert not window.properties.model.reloading
    with qtbot.waitSignal(window.properties_loaded, timeout=WAIT):
        qtbot.mouseClick(window.message_bar.retry_button, Qt.MouseButton.LeftButton)
    ids = {
        window.properties.model.index(r, 0).data(OBJECT_ROLE).id
        for r in range(window.properties.model.rowCount())
    }
    assert "NEW1" in ids
    assert len(ids) == 450


def test_merge_passes_modeltester_and_keeps_persistent_indexes(
    qtmodeltester: ModelTester,
) -> None:
    model = PropertyTableModel()
    rows = _rows(30)
    model.append(rows)
    qtmodeltester.check(model)
    persistent = QPersistentModelIndex(model.index(12, 0))
    watched = rows[12].id
    model.begin_reload()
    changed = [*rows[:5], *rows[6:]]  # row 5 deleted
    account = generated_account(30)
    item = account.property_item(account.properties[0], "en")
    changed[0] = Property.parse({**item, "name": "Aaa first"}, "test")
    model.merge(changed[:15])
    model.merge(changed[15:])
    assert model.end_reload() == 1
    qtmodeltester.check(model)
    assert model.rowCount() == 29
    assert persistent.isValid()
    assert model.index(persistent.row(), 0).data(OBJECT_ROLE).id == watched
    ids = [model.index(r, 0).data(OBJECT_ROLE).id for r in range(model.rowCount())]
    assert rows[5].id not in ids
    renamed_row = ids.index(rows[0].id)
    assert model.index(renamed_row, PropertyTableModel.COL_NAME).data() == "Aaa first"
    assert "aaa first" in model.haystacks[renamed_row]  # the filter sees the new name


def test_loading_words() -> None:
    assert loading_words(600, 10_000) == "Loading properties… 600 of 10,000"
    assert loading_words(600, None) == "Loading properties… 600 so far"

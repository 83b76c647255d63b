"""The message bar (words, focus, announcement, Retry) and the export dialog."""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QAccessible, QAccessibleEvent
from pytestqt.qtbot import QtBot

from desktop_app.sandbox import Fault, Sandbox
from desktop_app.ui.export_dialog import ExportDialog, default_name, documents_folder
from desktop_app.ui.main_window import MainWindow
from tests.support import waits
from tests.support.visible_texts import shown_facts
from tests.ui.conftest import loaded

WAIT = 20_000
Open = Callable[..., tuple[MainWindow, Sandbox]]


def test_an_error_takes_focus_is_announced_and_retry_recovers(
    qtbot: QtBot, open_window: Open, monkeypatch: pytest.MonkeyPatch
) -> None:
    # QAccessible.updateAccessibility is Qt's own entry point for screen readers; no screen
    # reader runs here, so the events it is given are recorded at that seam.
    announced: list[tuple[object, QAccessible.Event]] = []
    original = QAccessible.updateAccessibility

    def record(event: QAccessibleEvent) -> None:
        announced.append((event.object(), event.type()))
        original(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", record)
    window, sb = open_window(
        faults=[Fault("status", path="/inventory/v1/properties", status=503)], max_retries=0
    )
    window.activateWindow()
    waits.until(qtbot, window.properties.error, window.message_bar.isVisible, WAIT)
    bar = window.message_bar
    assert bar.headline.text() == "apaleo had a problem answering"
    assert bar.body.text().startswith("The app could not load the properties.")
    assert (bar, QAccessible.Event.Alert) in announced
    assert bar.accessibleDescription().startswith("apaleo had a problem answering.")
    qtbot.waitUntil(bar.retry_button.hasFocus, timeout=WAIT)  # Enter or Space retries
    assert "HTTP status" in shown_facts(bar)
    sb.faults.clear()
    bar.retry_button.click()
    loaded(qtbot, window)
    assert not bar.isVisible()


def test_a_permission_is_explained_in_place_not_raised_as_an_alarm(
    qtbot: QtBot, open_window: Open
) -> None:
    window, _sb = open_window(scopes=("account.manage",))
    loaded(qtbot, window)
    waits.until(
        qtbot,
        window.users.busy,
        lambda: "identity:account-users.read" in window.users.status.text(),
        WAIT,
    )
    assert not window.message_bar.isVisible()


def test_export_defaults_choice_of_rows_and_csv_for_excel(
    qtbot: QtBot, open_window: Open, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))  # Documents lives under the (private) home
    window, _sb = open_window()
    loaded(qtbot, window)
    waits.until(qtbot, window.header.busy, lambda: window.header.account_code == "DEMO", WAIT)
    tab = window.properties
    dialog = ExportDialog(tab, window.header.account_code, window)
    qtbot.addWidget(dialog)
    today = dt.date.today().isoformat()
    # an Excel workbook by default: it opens right in every Excel, whatever its language
    assert Path(dialog.path.text()) == documents_folder() / f"DEMO properties {today}.xlsx"
    assert dialog.kind == "xlsx"
    assert dialog.all_rows.isChecked()
    assert dialog.all_rows.text() == "&All 6 properties"
    assert not dialog.shown_rows.isEnabled()  # no filter: nothing else to choose
    dialog.close()
    tab.filter_box.setText("a")  # Paris, Amsterdam, …
    shown = tab.proxy.rowCount()
    assert 0 < shown < 6
    dialog = ExportDialog(tab, "DEMO", window)
    qtbot.addWidget(dialog)
    assert dialog.shown_rows.isChecked()  # what is on screen, unless the admin chooses all
    assert f"Only the {shown} properties matching the &filter 'a'" == dialog.shown_rows.text()
    dialog.format.setCurrentIndex(dialog.format.findData("csv"))
    target = tmp_path / "out" / "filtered.csv"
    target.parent.mkdir()
    dialog.path.setText(str(target))
    dialog.export()
    assert dialog.result() == dialog.DialogCode.Accepted
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 only with the byte order mark
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == shown
    assert "Paris" in {r["city"] for r in rows}
    assert dialog.message == f"Exported {shown} properties to {target}."
    dialog = ExportDialog(tab, "DEMO", window)
    qtbot.addWidget(dialog)
    dialog.all_rows.setChecked(True)
    dialog.format.setCurrentIndex(dialog.format.findData("json"))  # the suffix follows
    assert dialog.path.text().endswith(".json")
    dialog.path.setText(str(tmp_path / "out" / "all.json"))
    dialog.export()
    assert len(json.loads((tmp_path / "out" / "all.json").read_text(encoding="utf-8"))) == 6


def test_export_to_an_unwritable_place_says_why_and_keeps_the_dialog(
    qtbot: QtBot, open_window: Open, tmp_path: Path
) -> None:
    window, _sb = open_window()
    loaded(qtbot, window)
    dialog = ExportDialog(window.properties, "DEMO", window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path.setText(str(tmp_path / "missing-folder" / "x.csv"))
    dialog.export()
    assert dialog.isVisible()
    assert "could not be written" in dialog.problem.text()
    assert list(tmp_path.iterdir()) == []


def test_default_names_are_safe_file_names() -> None:
    day = dt.date(2026, 11, 23)
    assert default_name("DEMO", "csv", day) == "DEMO properties 2026-11-23.csv"
    assert default_name('A/B:C*"', "json", day) == "A-B-C properties 2026-11-23.json"
    assert default_name("", "csv", day) == "apaleo properties 2026-11-23.csv"


FORMULA = '=HYPERLINK("http://evil.example","Invoice")'


def _formula_names(sb: Sandbox) -> None:
    names = (FORMULA, "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(1,1)", "\tTabbed", "\rReturned")
    for prop, name in zip(sb.data.properties, names, strict=True):
        prop["name"] = {"en": name, "de": name}


@pytest.mark.keyring
def test_exports_never_carry_a_live_formula(
    qtbot: QtBot, open_window: Callable[..., tuple[MainWindow, Sandbox]], tmp_path: Path
) -> None:
    window, _ = open_window(before_start=_formula_names)
    loaded(qtbot, window)
    tab = window.properties
    dialog = ExportDialog(tab, "DEMO", window)
    qtbot.addWidget(dialog)
    dialog.all_rows.setChecked(True)
    dialog.format.setCurrentIndex(dialog.format.findData("csv"))
    target = tmp_path / "names.csv"
    dialog.path.setText(str(target))
    dialog.export()
    with target.open(encoding="utf-8-sig", newline="") as handle:
        names = [row["name"] for row in csv.DictReader(handle)]
    assert len(names) == 6
    for name in names:
        assert name.startswith("'"), name  # text to the spreadsheet, never a formula
    assert f"'{FORMULA}" in names
    # JSON stays exact
    dialog = ExportDialog(tab, "DEMO", window)
    qtbot.addWidget(dialog)
    dialog.all_rows.setChecked(True)
    dialog.format.setCurrentIndex(dialog.format.findData("json"))
    dialog.path.setText(str(tmp_path / "names.json"))
    dialog.export()
    exact = json.loads((tmp_path / "names.json").read_text(encoding="utf-8"))
    assert FORMULA in {row["name"] for row in exact}
    # rows copied for pasting into a spreadsheet (tab-separated) are neutralised too
    name_column = 1  # code, name, city, …
    for row in range(tab.proxy.rowCount()):
        copied = tab.copy_row(tab.proxy.index(row, 0)).split("\t")
        assert copied[name_column].startswith("'"), copied


def test_a_refused_sign_in_offers_sign_in_again_and_the_header_agrees(
    qtbot: QtBot, open_window: Open
) -> None:
    """apaleo refuses the token even after a renewal (401 twice): Retry would be refused the same
    way, so the bar's action is the fix, and the header no longer says the token is valid."""
    window, sb = open_window(faults=[Fault("status", path="/inventory/v1/properties", status=401)])
    bar = window.message_bar
    waits.until(qtbot, window.properties.error, bar.isVisible, WAIT)
    assert bar.headline.text() == "Your sign-in is no longer valid"
    assert bar.sign_in_button.isVisible()
    assert not bar.retry_button.isVisible()
    assert bar.sign_in_button.hasFocus()
    assert "valid for" not in window.header.expiry_label.text()
    assert "no longer accepts" in window.header.expiry_label.text()
    with qtbot.waitSignal(window.lifetime_clock.timeout, timeout=WAIT):
        pass  # a tick of the lifetime clock does not bring "valid for 59 min" back
    assert "no longer accepts" in window.header.expiry_label.text()
    with qtbot.waitSignal(window.sign_in_again_requested, timeout=WAIT):
        bar.sign_in_button.click()
    assert not bar.isVisible()
    assert sb.stats.requests["GET /inventory/v1/properties"] >= 2  # renewed once, asked again


def _workbook(path: Path) -> tuple[str, list[str]]:
    """The first sheet's XML and the shared strings of an .xlsx (a zip of XML parts)."""
    import re
    import zipfile

    with zipfile.ZipFile(path) as book:
        sheet = book.read("xl/worksheets/sheet1.xml").decode("utf-8")
        strings = book.read("xl/sharedStrings.xml").decode("utf-8")
    return sheet, [html_unescape(t) for t in re.findall(r"<t[^>]*>([^<]*)</t>", strings)]


def html_unescape(text: str) -> str:
    import html

    return html.unescape(text)


@pytest.mark.keyring
def test_the_excel_workbook_is_typed_frozen_filtered_and_formula_free(
    qtbot: QtBot, open_window: Callable[..., tuple[MainWindow, Sandbox]], tmp_path: Path
) -> None:
    window, _ = open_window(before_start=_formula_names)
    loaded(qtbot, window)
    dialog = ExportDialog(window.properties, "DEMO", window)
    qtbot.addWidget(dialog)
    dialog.all_rows.setChecked(True)
    assert dialog.kind == "xlsx"
    target = tmp_path / "properties.xlsx"
    dialog.path.setText(str(target))
    dialog.export()
    assert dialog.result() == dialog.DialogCode.Accepted
    sheet, strings = _workbook(target)
    assert '<pane ySplit="1"' in sheet  # the header row stays in view
    assert 'state="frozen"' in sheet
    assert '<autoFilter ref="A1:J7"/>' in sheet  # a filter on every column, 6 rows
    assert "<f>" not in sheet  # not one formula, whatever the names say
    assert FORMULA in strings  # the name exactly, as text (no quote put in front)
    assert strings[:3] == ["id", "code", "name"]  # the header row
    assert 't="b"' in sheet  # archived: a true/false cell, not the text "False"
    # created: an Excel date-time (days since 1899-12-30, UTC), not text
    import re

    serials = [float(v) for v in re.findall(r'<c r="J\d+" s="\d+"><v>([0-9.]+)</v>', sheet)]
    created = sorted(
        (p.created.astimezone(dt.UTC).replace(tzinfo=None) - dt.datetime(1899, 12, 30))
        / dt.timedelta(days=1)
        for p in window.properties.all_properties()
        if p.created is not None
    )
    assert len(serials) == len(created) > 0
    assert sorted(serials) == pytest.approx(created, abs=1e-6)
    assert list(tmp_path.iterdir()) == [target]  # written whole, no temporary file left

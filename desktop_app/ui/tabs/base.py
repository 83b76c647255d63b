"""What every tab shares: its context, the busy/error signals, and running calls in the pool."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit, QTableView, QWidget

from desktop_app.core.i18n import Said
from desktop_app.ui.export import spreadsheet_cell

if TYPE_CHECKING:
    from desktop_app.ui.context import WindowContext
    from desktop_app.ui.workers import Worker


class InspectorTab(QWidget):
    """A tab of the inspector.

    Signals:
        busy(str, bool, str): a call *key* started (True) or ended (False), with status words.
        error(str, object, object): what could not be done ("load the properties"), the
            exception, and a callable that tries again (or None).
    """

    busy = Signal(str, bool, str)
    error = Signal(str, object, object)

    #: The tab's title, with its mnemonic.
    TITLE: Said = Said("Tabs", "")

    def __init__(self, ctx: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    #: The tab's table, if it shows one (what Copy copies from).
    table: QTableView | None = None
    #: The tab's filter field, if it has one (Ctrl+F).
    filter_box: QLineEdit | None = None

    def reload(self) -> None:
        """Load (again) what the tab shows."""

    # -------------------------------------------------------- the contract
    # What the window may ask of any tab, so it never reaches into a tab's widgets.
    @property
    def filter_text(self) -> str:
        """What the tab's filter holds ("" without a filter)."""
        return self.filter_box.text().strip() if self.filter_box is not None else ""

    def focus_filter(self) -> bool:
        """Ctrl+F: put the focus in the filter, its text selected; False without a filter."""
        if self.filter_box is None:
            return False
        self.filter_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_box.selectAll()
        return True

    def copy_selection(self) -> int:
        """Copy the table's selected rows as tab-separated text; how many (0: none, no table)."""
        if self.table is None:
            return 0
        indexes = sorted(
            self.table.selectionModel().selectedIndexes(), key=lambda i: (i.row(), i.column())
        )
        rows: dict[int, list[str]] = {}
        for index in indexes:
            rows.setdefault(index.row(), []).append(spreadsheet_cell(index.data() or ""))
        if rows:
            lines = ("\t".join(cells) for cells in rows.values())
            QGuiApplication.clipboard().setText("\n".join(lines))
        return len(rows)

    def shutdown(self) -> None:
        """Remember the tab's layout (the window closes)."""

    def run(
        self,
        key: str,
        fn: Callable[..., Any],
        *args: Any,
        message: str,
        on_result: Callable[[Any], None],
        on_error: Callable[[Any], None],
        on_page: Callable[[Any], None] | None = None,
    ) -> Worker:
        """Run *fn* in the pool under *key* (a newer call with the same key supersedes it)."""
        self.busy.emit(key, True, message)
        worker = self.ctx.pool.start(fn, *args, key=f"{id(self)}:{key}")
        worker.returned.connect(on_result)
        worker.errored.connect(on_error)
        if on_page is not None:
            worker.yielded.connect(on_page)
        worker.returned.connect(lambda _r: self.busy.emit(key, False, ""))
        worker.errored.connect(lambda _e: self.busy.emit(key, False, ""))
        return worker

    # ---------------------------------------------------------- table layout
    def restore_table(self, view: QTableView) -> bool:
        """Column widths, order and sort as the admin left them (per table); False if none."""
        state = self.ctx.settings.value(f"tables/{view.objectName()}")
        if not isinstance(state, QByteArray) or state.isEmpty():
            return False
        header = view.horizontalHeader()
        if not header.restoreState(state):
            return False
        # restoring the indicator does not sort: sort by it, as a click on it would
        view.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())
        return True

    def save_table(self, view: QTableView) -> None:
        """Keep the table's column widths, order and sort for the next window."""
        self.ctx.settings.setValue(
            f"tables/{view.objectName()}", view.horizontalHeader().saveState()
        )

"""The Properties tab: every property of the account (filter, sort), and the selected one in full.

Pages are merged into the table as they arrive; a reload (F5) updates rows in place, so the
selection, sort, filter and scroll position stay put. The details pane follows the selection,
and the selection follows the filter: a property the filter hides is never the one shown.

Signals:
    loaded(int): every page arrived; how many properties there are.
    progress(int, int): rows loaded so far and the total (0 when unknown).
    updated(str): when the properties were last loaded in full ("Updated 10:42").
"""

from __future__ import annotations

import datetime as dt
import json
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QItemSelection, QModelIndex, QPoint, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.api.client import DEFAULT_PAGE_SIZE
from desktop_app.api.errors import Forbidden
from desktop_app.core.i18n import said, translate
from desktop_app.ui import runtime
from desktop_app.ui.context import WindowContext
from desktop_app.ui.details import PropertyDetails
from desktop_app.ui.export import property_row, spreadsheet_cell
from desktop_app.ui.models import OBJECT_ROLE
from desktop_app.ui.property_table import PropertyFilterProxy, PropertyTableModel
from desktop_app.ui.tabs.base import InspectorTab
from desktop_app.ui.widgets import ElidedTooltips, StatusRow, make_table
from desktop_app.words.access import forbidden_words
from desktop_app.words.errors import error_text
from desktop_app.words.inspector import count_words, loading_words, no_match_words, updated_words

if TYPE_CHECKING:
    from desktop_app.api.client import PropertyPage
    from desktop_app.api.models import Property

#: How long the selection must rest before a property's details are asked for.
DETAILS_DELAY_MS = 200
#: The page size the window loads with (the one the controller sends early).
PAGE_SIZE = DEFAULT_PAGE_SIZE


class PropertiesTab(InspectorTab):
    """Filter and table on the left, the selected property's details on the right."""

    TITLE = said("Properties", "&Properties")
    table: QTableView
    filter_box: QLineEdit
    loaded = Signal(int)
    progress = Signal(int, int)
    updated = Signal(str)

    def __init__(self, ctx: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = PropertyTableModel(self)
        self.proxy = PropertyFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = make_table(self.proxy, "properties")
        self.table.setAccessibleName(translate("Properties", "Properties"))
        self.table.setItemDelegate(ElidedTooltips(self.table))
        # Fit columns to a sample of rows, not to every loaded row: cheap at 10,000.
        self.table.horizontalHeader().setResizeContentsPrecision(20)
        self.table.sortByColumn(PropertyTableModel.COL_CODE, Qt.SortOrder.AscendingOrder)
        #: Whether the columns have their widths: the admin's own, restored here before any row
        #: is in (so no row is ever laid out twice), or fitted to the first page when none are
        #: kept (the first start).
        self._layout_restored = self.restore_table(self.table)
        self._fitted = 0  # columns fitted so far (the first start)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.doubleClicked.connect(self._open_details)
        self.table.activated.connect(self._open_details)  # Enter on a row, too
        self.filter_box = QLineEdit()
        self.filter_box.setObjectName("propertiesFilter")
        self.filter_box.setPlaceholderText(
            translate("Properties", "Filter by code, name or city  (Ctrl+F)")
        )
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.setAccessibleName(translate("Properties", "Filter properties"))
        self.filter_box.textChanged.connect(self._filter_changed)
        self.count_label = QLabel("")
        self.count_label.setObjectName("propertiesCount")
        self.status = StatusRow("propertiesNote")
        self.status.action_requested.connect(self._status_action)
        top = QHBoxLayout()
        filter_label = QLabel(translate("Properties", "F&ilter:"))
        filter_label.setBuddy(self.filter_box)
        top.addWidget(filter_label)
        top.addWidget(self.filter_box, 1)
        top.addWidget(self.count_label)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 4, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.status)
        left_layout.addWidget(self.table, 1)
        self.details = PropertyDetails()
        self.details.setAccessibleName(translate("Properties", "Details of the selected property"))
        self.details.retry_requested.connect(self._fetch_details)
        #: Details are asked for once the selection rests (arrow keys through the rows, a
        #: filter being typed): one set of calls for the row the admin stops at, not three per
        #: row passed on the way (apaleo counts every call against the account's rate limit).
        self._details_timer = QTimer(self)
        self._details_timer.setSingleShot(True)
        self._details_timer.setInterval(DETAILS_DELAY_MS)
        self._details_timer.timeout.connect(self._fetch_details)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("propertiesSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([600, 400])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.rows_loaded = 0
        #: Whether pages are still coming.
        self.loading = False
        self._status_kind = ""  # what the status row's button does: "retry" / "clear"
        state = ctx.settings.value("main/splitter")
        if isinstance(state, QByteArray):
            self.splitter.restoreState(state)

    # -------------------------------------------------------------- loading
    def reload(self) -> None:
        """Load every page; with rows on screen, reload them in place (F5)."""
        if self.model.rowCount():
            self.model.begin_reload()
        else:
            self.model.clear()
            self.details.clear()
            self.status.say(translate("Properties", "Loading properties…"))
        self.rows_loaded = 0
        self.loading = True
        self.progress.emit(0, 0)
        self.run(
            "properties",
            self.ctx.api.iter_property_pages,
            PAGE_SIZE,
            message=translate("Properties", "Loading properties…"),
            on_result=self._done,
            on_error=self._failed,
            on_page=self._page,
        )

    @Slot(object)
    def _page(self, page: PropertyPage) -> None:
        first = self.model.rowCount() == 0
        self.model.merge(page)
        if first and not self._layout_restored:
            # Fit the columns to the first page once, a column per event after this one, so
            # the load's GUI-thread steps stay short; later pages do not move them.
            QTimer.singleShot(0, self, self._fit_next_column)
        self.rows_loaded += len(page)
        if not self.model.reloading:
            self._update_count()
        self.busy.emit("properties", True, loading_words(self.rows_loaded, page.total))
        self.progress.emit(min(self.rows_loaded, page.total or 0), page.total or 0)

    @Slot()
    def _fit_next_column(self) -> None:
        """The first start: one more column as wide as the rows so far need (see _page)."""
        if self._layout_restored:
            return
        self._fit_columns(1)
        if not self._layout_restored:
            QTimer.singleShot(0, self, self._fit_next_column)

    def _fit_columns(self, count: int) -> None:
        """Fit up to *count* more columns; once all are, the name within reason, and done."""
        end = min(self._fitted + count, self.model.columnCount())
        for column in range(self._fitted, end):
            self.table.resizeColumnToContents(column)
        self._fitted = end
        if end < self.model.columnCount():
            return
        self._layout_restored = True
        header = self.table.horizontalHeader()
        width = header.sectionSize(PropertyTableModel.COL_NAME)
        header.resizeSection(PropertyTableModel.COL_NAME, min(max(width, 160), 320))

    @Slot(object)
    def _done(self, _result: object) -> None:
        self.loading = False
        self.progress.emit(0, 0)
        self.model.end_reload()
        if self.model.rowCount() and not self._layout_restored:
            self._fit_columns(
                self.model.columnCount()
            )  # the last page came before the fitting ended
        runtime.settle()  # the rows live until the next reload: out of the collector's way
        self.updated.emit(updated_words(dt.datetime.now()))
        count = self.model.rowCount()
        self._update_count()
        self._update_status()
        self.busy.emit(
            "properties",
            False,
            translate("Properties", "Loaded %Ln properties.", None, count),
        )
        if count and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)
        self.loaded.emit(count)

    @Slot(object)
    def _failed(self, exc: object) -> None:
        self.loading = False
        self.progress.emit(0, 0)
        self.model.end_reload(complete=False)  # keep every row: the missing pages never came
        # One message, in one place: the window's message bar (with Retry, or Sign in again).
        # The row above the table says nothing of it, so nothing stale outlives the next load.
        self._status_kind = ""
        self.status.say("")
        self.error.emit(translate("Properties", "load the properties"), exc, self.reload)

    def _update_count(self) -> None:
        self.count_label.setText(count_words(self.proxy.rowCount(), self.model.rowCount()))

    def _update_status(self) -> None:
        """The empty states: no properties at all, or none matching the filter."""
        if self.loading:
            return
        if self.model.rowCount() == 0:
            self._status_kind = ""
            self.status.say(translate("Properties", "This account has no properties yet."))
        elif self.proxy.rowCount() == 0:
            self._status_kind = "clear"
            self.status.say(
                no_match_words(self.filter_box.text()), translate("Properties", "C&lear filter")
            )
        else:
            self._status_kind = ""
            self.status.say("")

    @Slot()
    def _status_action(self) -> None:
        if self._status_kind == "clear":
            self.filter_box.clear()
            self.filter_box.setFocus(Qt.FocusReason.OtherFocusReason)
        elif self._status_kind == "retry":
            self.reload()

    # ------------------------------------------------------------ filtering
    @Slot(str)
    def _filter_changed(self, text: str) -> None:
        self.proxy.set_needle(text)
        self._update_count()
        self._update_status()
        if self.selected_property() is None:
            # the property shown was filtered away: show the first one that matches, or none
            if self.proxy.rowCount():
                self.table.selectRow(0)
            else:
                self._show_nothing()

    # -------------------------------------------------------------- details
    @Slot(QItemSelection, QItemSelection)
    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        if self.selected_property() is None:
            self._show_nothing()
            return
        self._load_details()

    def _show_nothing(self) -> None:
        """No row selected: no details, and why (the filter hides every property)."""
        self._details_timer.stop()
        self._abort_details()
        filtered_away = self.model.rowCount() > 0 and self.proxy.rowCount() == 0
        self.details.clear(
            no_match_words(self.filter_box.text())
            if filtered_away
            else translate("Properties", "Select a property to see its details.")
        )

    def _abort_details(self) -> None:
        """Drop the detail calls under way (their answers would be for another row)."""
        for key in ("details", "units", "unit_groups"):
            self.ctx.pool.abort(f"{id(self)}:{key}")
            self.busy.emit(key, False, "")

    def selected_property(self) -> Property | None:
        """The property of the current row, if any."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        value = rows[0].data(OBJECT_ROLE)
        return value  # type: ignore[no-any-return]

    def _load_details(self) -> None:
        """Say at once which property is loading; ask for its details once the selection rests."""
        prop = self.selected_property()
        if prop is None:
            return
        self._abort_details()  # the last row's: no longer wanted
        self.details.begin(prop)
        self._details_timer.start()

    @Slot()
    def _fetch_details(self) -> None:
        """Ask apaleo for the selected property's details and counts."""
        self._details_timer.stop()
        prop = self.selected_property()
        if prop is None:
            return
        api = self.ctx.api
        self.run(
            "details",
            api.property,
            prop.id,
            message=translate("Properties", "Loading property details…"),
            on_result=self.details.show_property,
            on_error=self._details_failed,
        )
        for key, fn in (("units", api.unit_count), ("unit_groups", api.unit_group_count)):
            self.run(
                key,
                fn,
                prop.id,
                message=translate("Properties", "Loading counts…"),
                on_result=partial(self._count_arrived, key),
                on_error=partial(self._count_failed, key),
            )

    @Slot(object)
    def _details_failed(self, exc: object) -> None:
        self.details.set_status(
            translate("Properties", "Details could not be loaded. {error}").format(
                error=error_text(exc)
            ),
            retry=True,
        )

    def _count_arrived(self, key: str, count: int) -> None:
        self.details.show_count(key, f"{count:,}")

    def _count_failed(self, key: str, exc: object) -> None:
        if isinstance(exc, Forbidden):
            what = (
                translate("Properties", "see unit groups")
                if key == "unit_groups"
                else translate("Properties", "see units")
            )
            text = translate("Properties", "Not available. {why}").format(
                why=forbidden_words(
                    what, exc.missing_scopes, fine_grained=self.ctx.session.grant.fine_grained
                )
            )
        else:
            text = translate("Properties", "Could not be loaded. {error}").format(
                error=error_text(exc)
            )
        self.details.show_count(key, text)

    @Slot(QModelIndex)
    def _open_details(self, _index: QModelIndex) -> None:
        """Double-click or Enter: the details pane, focused (opened if it was pushed aside)."""
        sizes = self.splitter.sizes()
        if len(sizes) == 2 and sizes[1] < 200:
            self.splitter.setSizes([max(sizes[0] - 400, 300), 400])
        self.details.setFocus(Qt.FocusReason.OtherFocusReason)

    # ---------------------------------------------------------------- copy
    def all_properties(self) -> list[Property]:
        """Every property loaded, whatever the filter."""
        return list(self.model.properties)

    def shown_count(self) -> int:
        """How many properties the filter lets through (without building them)."""
        return int(self.proxy.rowCount())

    def visible_properties(self) -> list[Property]:
        """The properties as the table shows them (filter and sort applied)."""
        return [self.proxy.index(r, 0).data(OBJECT_ROLE) for r in range(self.proxy.rowCount())]

    @Slot(QPoint)
    def _context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        menu = QMenu(self)
        menu.setObjectName("propertiesMenu")
        menu.addAction(translate("Properties", "Copy &cell"), lambda: self.copy_cell(index))
        menu.addAction(translate("Properties", "Copy &row"), lambda: self.copy_row(index))
        menu.addAction(
            translate("Properties", "Copy row as &JSON"), lambda: self.copy_row_json(index)
        )
        menu.addSeparator()
        menu.addAction(translate("Properties", "Show &details"), lambda: self._open_details(index))
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def copy_cell(self, index: QModelIndex) -> str:
        """Copy one cell's text."""
        text = str(index.data() or "")
        QGuiApplication.clipboard().setText(text)
        return text

    def copy_row(self, index: QModelIndex) -> str:
        """Copy a row's cells, tab-separated, in the columns' on-screen order."""
        header = self.table.horizontalHeader()
        columns = sorted(range(self.proxy.columnCount()), key=header.visualIndex)
        text = "\t".join(
            spreadsheet_cell(self.proxy.index(index.row(), c).data() or "")
            for c in columns
            if not header.isSectionHidden(c)
        )
        QGuiApplication.clipboard().setText(text)
        return text

    def copy_row_json(self, index: QModelIndex) -> str:
        """Copy a row as JSON (the export's fields)."""
        prop = self.proxy.index(index.row(), 0).data(OBJECT_ROLE)
        text = json.dumps(property_row(prop), ensure_ascii=False, indent=2)
        QGuiApplication.clipboard().setText(text)
        return text

    def shutdown(self) -> None:
        self._details_timer.stop()
        self.ctx.settings.setValue("main/splitter", self.splitter.saveState())
        if self._layout_restored:
            self.save_table(self.table)

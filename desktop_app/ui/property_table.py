"""The properties table: every property loaded so far, and the filter over it.

Built for 10,000 rows arriving a page at a time beside busy workers: a page is inserted where
the sort puts it (never a re-sort of what is shown), a reload in place updates rows where they
are, sorting and filtering work on keys and haystacks kept per row, and a painted cell is one
call into Python (:class:`~desktop_app.ui.models.CellProxy`).
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont, QGuiApplication, QPalette

from desktop_app.api.models import Property
from desktop_app.core.i18n import language, said, translate
from desktop_app.ui.models import (
    DISPLAY,
    FONT,
    MISSING,
    OBJECT_ROLE,
    SORT_ROLE,
    TOOLTIP,
    CellProxy,
    Index,
    TableModel,
)
from desktop_app.ui.plain import plain_tooltip
from desktop_app.words.inspector import local_time, yes_no

_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_CENTRED = int(Qt.AlignmentFlag.AlignCenter)


def _archived_font() -> QFont:
    """Archived properties are set in italics (and greyed): still listed, visibly retired."""
    font = QFont()
    font.setItalic(True)
    return font


class PropertyTableModel(TableModel):
    """Every property loaded so far, one row each."""

    COL_CODE, COL_NAME, COL_CITY, COL_COUNTRY, COL_STATUS, COL_ARCHIVED, COL_TIME_ZONE = range(7)
    COL_CURRENCY, COL_CREATED = 7, 8
    HEADERS = (
        said("Tables", "Code"),
        said("Tables", "Name"),
        said("Tables", "City"),
        said("Tables", "Country"),
        said("Tables", "Status"),
        said("Tables", "Archived"),
        said("Tables", "Time zone"),
        said("Tables", "Currency"),
        said("Tables", "Created"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        #: The window's language: the name column shows apaleo's text in it where there is one.
        self.language = language()
        self._rows: list[Property] = []
        #: Lower-cased "code name city" per row: the filter's haystack, computed once per row.
        self.haystacks: list[str] = []
        self.sort_column = self.COL_CODE
        self.sort_order = Qt.SortOrder.AscendingOrder
        #: Each row's sort key for the current sort, in step with the rows: a page finds its
        #: place by bisection instead of re-sorting every row.
        self._keys: list[Any] = []
        #: Row of each property id (kept in step with the rows; rebuilt after a move).
        self._row_of: dict[str, int] = {}
        #: The ids a reload in place has seen so far (None: no reload under way).
        self._seen: set[str] | None = None

    @property
    def properties(self) -> list[Property]:
        """The rows, in load order."""
        return list(self._rows)

    def value(self, row: int, col: int, role: int) -> Any:
        if not 0 <= row < len(self._rows):
            return None
        prop = self._rows[row]
        if role == DISPLAY:
            return self._display(prop, col)
        if role == OBJECT_ROLE:
            return prop
        if role == SORT_ROLE:
            return self._sort_key(prop, col)
        if role == TOOLTIP and prop.problems:
            return plain_tooltip(
                translate("Tables", "Missing or unreadable in apaleo's answer: {fields}").format(
                    fields=", ".join(prop.problems)
                )
            )
        if prop.is_archived and role == FONT:
            return _archived_font()
        if prop.is_archived and role == _FOREGROUND:
            return QGuiApplication.palette().brush(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        if role == _ALIGNMENT and col in (self.COL_ARCHIVED, self.COL_CURRENCY):
            return _CENTRED
        return None

    def _display(self, prop: Property, col: int) -> str:
        if col == self.COL_CODE:
            return prop.code or MISSING
        if col == self.COL_NAME:
            return self.name_of(prop)
        if col == self.COL_CITY:
            return prop.city or MISSING
        if col == self.COL_COUNTRY:
            return prop.country_code or MISSING
        if col == self.COL_STATUS:
            return prop.status or MISSING
        if col == self.COL_ARCHIVED:
            return MISSING if prop.is_archived is None else yes_no(prop.is_archived)
        if col == self.COL_TIME_ZONE:
            return prop.time_zone or MISSING
        if col == self.COL_CURRENCY:
            return prop.currency_code or MISSING
        if col == self.COL_CREATED:
            return local_time(prop.created) if prop.created else MISSING
        return ""

    def _sort_key(self, prop: Property, col: int) -> Any:
        if col == self.COL_CREATED:
            return prop.created.timestamp() if prop.created else float("-inf")
        if col == self.COL_ARCHIVED:
            return -1 if prop.is_archived is None else int(prop.is_archived)
        return self._display(prop, col).casefold()

    def clear(self) -> None:
        """Forget every row (signed out, another account)."""
        self.beginResetModel()
        self._rows, self.haystacks, self._keys, self._row_of = [], [], [], {}
        self._seen = None
        self.endResetModel()

    def name_of(self, prop: Property) -> str:
        """The name in the window's language where apaleo has it (else English, else any)."""
        return prop.text_in(prop.name, self.language) or prop.display_name

    def _haystack(self, prop: Property) -> str:
        """Code, both names (the shown one and the English) and city: the filter's text."""
        return f"{prop.code or ''}\n{self.name_of(prop)}\n{prop.display_name}\n{prop.city or ''}".casefold()

    def append(self, page: Sequence[Property]) -> None:
        """Add one page of rows, each where the current sort puts it.

        A page in order after the last row (the usual case) is one insert at the end; any other
        page is inserted in runs at the places bisection finds. The rows already shown are never
        re-sorted or re-laid out (a layout change makes the proxy filter and the view lay out
        all 10,000 rows again), and the result is what a stable sort of all rows would give.
        """
        if not page:
            return
        keys = [self._sort_key(p, self.sort_column) for p in page]
        if self._follows(keys):
            self._insert(len(self._rows), page, keys)
            return
        descending = self.sort_order == Qt.SortOrder.DescendingOrder
        order = sorted(range(len(page)), key=keys.__getitem__, reverse=descending)
        runs: list[tuple[int, list[int]]] = []  # (row to insert before, page indexes)
        for i in order:
            at = self._insertion_point(keys[i], descending)
            if runs and runs[-1][0] == at:
                runs[-1][1].append(i)
            else:
                runs.append((at, [i]))
        for at, members in reversed(runs):  # from the bottom up: earlier places stay valid
            self._insert(at, [page[i] for i in members], [keys[i] for i in members])
        self._row_of = {p.id: i for i, p in enumerate(self._rows)}

    def _follows(self, keys: Sequence[Any]) -> bool:
        """Whether rows with *keys* (in this order) belong after the last row."""
        return self._ordered([self._keys[-1], *keys] if self._keys else keys)

    def _insertion_point(self, key: Any, descending: bool) -> int:
        """The row a new row with *key* goes before: after every row with an equal key."""
        if not descending:
            return bisect.bisect_right(self._keys, key)
        low, high = 0, len(self._keys)
        while low < high:
            middle = (low + high) // 2
            if key > self._keys[middle]:
                high = middle
            else:
                low = middle + 1
        return low

    def _insert(self, at: int, rows: Sequence[Property], keys: Sequence[Any]) -> None:
        """Insert *rows* (with their sort *keys*) before row *at*."""
        self.beginInsertRows(QModelIndex(), at, at + len(rows) - 1)
        self._rows[at:at] = rows
        self.haystacks[at:at] = [self._haystack(p) for p in rows]
        self._keys[at:at] = keys
        if at == len(self._rows) - len(rows):  # at the end: no row moved
            self._row_of.update((p.id, at + i) for i, p in enumerate(rows))
        self.endInsertRows()

    def _in_order(self, start: int, end: int) -> bool:
        """Whether rows start..end-1 follow the current sort."""
        return self._ordered(self._keys[start:end])

    def _ordered(self, keys: Sequence[Any]) -> bool:
        """Whether *keys*, in this order, follow the current sort."""
        descending = self.sort_order == Qt.SortOrder.DescendingOrder
        return all((b <= a) if descending else (a <= b) for a, b in itertools.pairwise(keys))

    # ------------------------------------------------------------ reload in place
    @property
    def reloading(self) -> bool:
        """Whether a reload in place is under way (:meth:`begin_reload` .. :meth:`end_reload`)."""
        return self._seen is not None

    def begin_reload(self) -> None:
        """Start a reload in place: rows stay until :meth:`end_reload` knows what is gone."""
        self._seen = set()

    def merge(self, page: Sequence[Property]) -> None:
        """One page of a reload: changed rows updated where they are, new ones added.

        No reset and no re-layout of unchanged rows, so the selection, the sort, the scroll
        position and the filter stay as the admin left them; only a changed sort key re-sorts.
        """
        if self._seen is None:
            self.append(page)
            return
        new: list[Property] = []
        changed: list[int] = []
        for prop in page:
            self._seen.add(prop.id)
            row = self._row_of.get(prop.id)
            if row is None:
                new.append(prop)
            elif self._rows[row] != prop or self._rows[row].problems != prop.problems:
                self._rows[row] = prop
                self.haystacks[row] = self._haystack(prop)
                self._keys[row] = self._sort_key(prop, self.sort_column)
                changed.append(row)
        for first, last in _runs(sorted(changed)):
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.HEADERS) - 1), [])
        if changed and not all(self._in_order(max(r - 1, 0), r + 2) for r in changed):
            self.sort(self.sort_column, self.sort_order)  # a changed key: rare, one re-sort
        if new:
            self.append(new)  # each where it belongs

    def end_reload(self, *, complete: bool = True) -> int:
        """Finish a reload; with *complete*, rows it did not see are removed. Returns how many.

        A reload that failed half-way passes ``complete=False``: nothing is removed on the
        strength of pages that never came.
        """
        seen, self._seen = self._seen, None
        if seen is None or not complete:
            return 0
        gone = [row for row, prop in enumerate(self._rows) if prop.id not in seen]
        for first, last in reversed(_runs(gone)):
            self.beginRemoveRows(QModelIndex(), first, last)
            del self._rows[first : last + 1]
            del self.haystacks[first : last + 1]
            del self._keys[first : last + 1]
            self.endRemoveRows()
        if gone:
            self._row_of = {p.id: i for i, p in enumerate(self._rows)}
        return len(gone)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows themselves, with precomputed keys (one C-level sort, no per-pair calls).

        The proxy delegates here, so a 10,000-row sort or filter change never calls Python once
        per comparison; selections survive through the persistent indexes.
        """
        if not 0 <= column < len(self.HEADERS):
            return
        same_keys = column == self.sort_column and len(self._keys) == len(self._rows)
        keys = self._keys if same_keys else [self._sort_key(p, column) for p in self._rows]
        self.sort_column, self.sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        descending = order == Qt.SortOrder.DescendingOrder
        order_of = sorted(range(len(self._rows)), key=keys.__getitem__, reverse=descending)
        new_row_of = {old: new for new, old in enumerate(order_of)}
        self._rows = [self._rows[i] for i in order_of]
        self.haystacks = [self.haystacks[i] for i in order_of]
        self._keys = [keys[i] for i in order_of]
        self._row_of = {p.id: i for i, p in enumerate(self._rows)}
        old = self.persistentIndexList()
        self.changePersistentIndexList(
            old, [self.index(new_row_of[i.row()], i.column()) for i in old]
        )
        self.layoutChanged.emit()


def _runs(rows: Sequence[int]) -> list[tuple[int, int]]:
    """(first, last) of each run of consecutive numbers in sorted *rows*."""
    runs: list[list[int]] = []
    for row in rows:
        if runs and row == runs[-1][1] + 1:
            runs[-1][1] = row
        else:
            runs.append([row, row])
    return [(first, last) for first, last in runs]


class PropertyFilterProxy(CellProxy):
    """Filters code, name and city with a substring test; sorting is the source model's.

    A proxy that sorts itself calls a Python ``lessThan`` per comparison (a second for 10,000
    rows); handing ``sort`` to the source keeps every keystroke and every page cheap.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._needle = ""
        #: While a new needle is applied: each source row's verdict, worked out in one pass
        #: (Qt then asks row by row, and each question is a call into Python).
        self._verdicts: list[bool] | None = None
        self.setDynamicSortFilter(True)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)

    def set_needle(self, text: str) -> None:
        """Filter to rows whose code, name or city contains *text* (case-insensitive)."""
        self.beginFilterChange()
        self._needle = needle = text.strip().casefold()
        source = self.sourceModel()
        if needle and isinstance(source, PropertyTableModel):
            self._verdicts = [needle in haystack for haystack in source.haystacks]
        try:
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        finally:
            self._verdicts = None

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        verdicts = self._verdicts
        if verdicts is not None and source_row < len(verdicts):
            return verdicts[source_row]
        if not self._needle:
            return True
        source = self.sourceModel()
        haystacks = source.haystacks if isinstance(source, PropertyTableModel) else []
        return source_row < len(haystacks) and self._needle in haystacks[source_row]

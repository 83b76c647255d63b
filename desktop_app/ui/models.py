"""Table models for the inspector's small tables (scopes, users), and what every table shares.

Each model has ``COL_*`` constants, a :data:`SORT_ROLE` with typed values for the proxy and an
:data:`OBJECT_ROLE` returning the row's object, and answers a cell by row and column
(:meth:`TableModel.value`); :class:`CellProxy` hands Qt all of a painted cell's roles in one call.
The properties table, with its paging and cheap filter, is in :mod:`desktop_app.ui.property_table`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont

from desktop_app.api.models import AccountUser
from desktop_app.core.i18n import Said, said, translate
from desktop_app.core.scopes import describe_scope, in_this_app
from desktop_app.ui.plain import plain_tooltip
from desktop_app.words.inspector import yes_no

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
OBJECT_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex
MISSING = "—"
# Roles as plain ints: compared once per role of every painted cell.
DISPLAY = int(Qt.ItemDataRole.DisplayRole)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
FONT = int(Qt.ItemDataRole.FontRole)


class TableModel(QAbstractTableModel):
    """A fixed header row, no children (0 rows for a valid parent), cells by row and column."""

    HEADERS: tuple[Said, ...] = ()
    _rows: Sequence[Any]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section].shown() if 0 <= section < len(self.HEADERS) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        return self.value(index.row(), index.column(), role)

    def value(self, row: int, col: int, role: int) -> Any:
        """What cell (*row*, *col*) holds for *role* (None: nothing, or no such cell)."""
        raise NotImplementedError


class CellProxy(QSortFilterProxyModel):
    """A sorting proxy that answers all of a painted cell's roles in one call into Python.

    Qt's own proxy asks the model role by role: seven calls into Python for each painted cell,
    and Qt takes the GIL back for each one, which beside a busy worker waits up to the switch
    interval. Here :meth:`multiData` asks the source's :meth:`TableModel.value` for every role at
    once: a table's paint beside a busy worker costs a seventh of the waits. (PySide6 6.7
    never calls a Python ``multiData``: there Qt asks role by role, the same answers, slower.)
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)

    def multiData(self, index: Index, roleDataSpan: Any) -> None:  # noqa: N803 - Qt's name
        source = self.sourceModel()
        if not isinstance(source, TableModel):
            super().multiData(index, roleDataSpan)
            return
        cell = self.mapToSource(index)
        row, col = cell.row(), cell.column()
        for role_data in roleDataSpan:
            value = source.value(row, col, role_data.role())
            if value is None:
                role_data.clearData()
            else:
                role_data.setData(value)


class ScopesModel(TableModel):
    """Scopes asked for and granted, with their meaning and what differs."""

    # The state first: in German the texts are long, and the columns at the end of a wide table
    # sat behind a horizontal scroll bar; the texts wrap instead.
    COL_GRANTED, COL_ASKED, COL_SCOPE, COL_MEANING, COL_IN_APP, COL_NOTE = range(6)
    HEADERS = (
        said("Tables", "Granted"),
        said("Tables", "Asked for"),
        said("Tables", "Scope"),
        said("Tables", "What it allows"),
        said("Tables", "In this app"),
        said("Tables", "Note"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, bool, bool]] = []

    def set_scopes(self, requested: Sequence[str], granted: Sequence[str]) -> None:
        """Show *requested* and *granted*, the asked-for ones first."""
        self.beginResetModel()
        granted_set, requested_set = set(granted), set(requested)
        names = list(dict.fromkeys([*requested, *granted]))
        self._rows = [(s, s in requested_set, s in granted_set) for s in names]
        self.endResetModel()

    @staticmethod
    def note(asked: bool, granted: bool) -> str:
        """What differs between asking and granting, in words."""
        if asked and not granted:
            return translate("Tables", "Asked for but not granted")
        if granted and not asked:
            return translate("Tables", "Granted without being asked for")
        return ""

    def value(self, row: int, col: int, role: int) -> Any:
        if not 0 <= row < len(self._rows):
            return None
        scope, asked, granted = self._rows[row]
        if role == OBJECT_ROLE:
            return scope
        if role in (DISPLAY, SORT_ROLE):
            values = (
                yes_no(granted),
                yes_no(asked),
                scope,
                describe_scope(scope).shown(),
                in_this_app(scope, granted).shown(),
                self.note(asked, granted),
            )
            return values[col] if 0 <= col < len(values) else None
        if role == TOOLTIP and col == self.COL_IN_APP:
            return in_this_app(scope, granted).shown()
        if role == FONT and col == self.COL_NOTE and self.note(asked, granted):
            font = QFont()
            font.setBold(True)
            return font
        return None


class UsersModel(TableModel):
    """The people with access to the account, as apaleo's identity API lists them."""

    COL_NAME, COL_EMAIL, COL_ADMIN, COL_ENABLED, COL_PROPERTIES = range(5)
    HEADERS = (
        said("Tables", "Name"),
        said("Tables", "E-mail"),
        said("Tables", "Account admin"),
        said("Tables", "Enabled"),
        said("Tables", "Properties and roles"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[AccountUser] = []

    def set_users(self, users: Sequence[AccountUser]) -> None:
        """Replace the rows."""
        self.beginResetModel()
        self._rows = list(users)
        self.endResetModel()

    @staticmethod
    def _yes_no(value: bool | None) -> str:
        return MISSING if value is None else yes_no(value)

    def value(self, row: int, col: int, role: int) -> Any:
        if not 0 <= row < len(self._rows):
            return None
        user = self._rows[row]
        if role == OBJECT_ROLE:
            return user
        if role in (DISPLAY, SORT_ROLE, TOOLTIP):
            no_role = translate("Tables", "no role")
            properties = "; ".join(
                f"{p.id}: {', '.join(p.roles) or no_role}" for p in user.properties
            )
            values = (
                user.name,
                user.email,
                self._yes_no(user.is_account_admin),
                self._yes_no(user.enabled),
                properties
                or (
                    translate("Tables", "all (account admin)")
                    if user.is_account_admin
                    else translate("Tables", "none")
                ),
            )
            value = values[col] if 0 <= col < len(values) else None
            if role == TOOLTIP:
                return plain_tooltip(value) if col == self.COL_PROPERTIES and value else None
            return value if value else MISSING
        return None

"""The Users tab: the people with access to the account (apaleo's identity API), filterable."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget

from desktop_app.api.errors import Forbidden
from desktop_app.core.i18n import said, translate
from desktop_app.ui.context import WindowContext
from desktop_app.ui.models import UsersModel
from desktop_app.ui.tabs.base import InspectorTab
from desktop_app.ui.widgets import ElidedTooltips, StatusRow, make_table, sorted_proxy
from desktop_app.words.access import forbidden_words
from desktop_app.words.errors import headline
from desktop_app.words.inspector import users_words


class UsersTab(InspectorTab):
    """A note (how many, or why none), a filter, and the table."""

    TITLE = said("Users", "&Users")
    table: QTableView
    filter_box: QLineEdit

    def __init__(self, ctx: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = UsersModel(self)
        self.proxy = sorted_proxy(self.model, self)
        self.proxy.setFilterKeyColumn(-1)  # name, e-mail, properties and roles
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = make_table(self.proxy, "users")
        self.table.setAccessibleName(translate("Users", "Users"))
        self.table.setItemDelegate(ElidedTooltips(self.table))
        self.restore_table(self.table)
        self.status = StatusRow("usersNote")
        self.status.action_requested.connect(self.reload)
        self.filter_box = QLineEdit()
        self.filter_box.setObjectName("usersFilter")
        self.filter_box.setPlaceholderText(
            translate("Users", "Filter by name, e-mail, property or role")
        )
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.setAccessibleName(translate("Users", "Filter users"))
        self.filter_box.textChanged.connect(self.proxy.setFilterFixedString)
        filter_row = QHBoxLayout()
        caption = QLabel(translate("Users", "F&ilter:"))
        caption.setBuddy(self.filter_box)
        filter_row.addWidget(caption)
        filter_row.addWidget(self.filter_box, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(filter_row)
        layout.addWidget(self.table, 1)

    @Slot()
    def reload(self) -> None:
        """Ask apaleo's identity API for the account's users."""
        self.status.say(translate("Users", "Loading users…"))
        self.run(
            "users",
            self.ctx.api.users,
            message=translate("Users", "Loading users…"),
            on_result=self._show,
            on_error=self._failed,
        )

    @Slot(object)
    def _show(self, users: list[Any]) -> None:
        self.model.set_users(users)
        self.table.resizeColumnsToContents()
        self.restore_table(self.table)
        self.status.say(users_words(len(users)))
        self.table.show()

    @Slot(object)
    def _failed(self, exc: object) -> None:
        self.model.set_users([])
        self.table.hide()
        if isinstance(exc, Forbidden):  # a permission, not a fault: explained here, no alarm
            self.status.say(
                forbidden_words(
                    translate("Users", "list the account's users"),
                    exc.missing_scopes,
                    fine_grained=self.ctx.session.grant.fine_grained,
                )
            )
            return
        self.status.say(
            translate("Users", "Users could not be loaded: {headline}.").format(
                headline=headline(exc)
            ),
            translate("Users", "Try a&gain"),
        )
        self.error.emit(translate("Users", "list the account's users"), exc, self.reload)

    def shutdown(self) -> None:
        self.save_table(self.table)

"""Help ▸ Recent requests: the app's last calls as a table, for the curious and for support.

The same calls the support report lists (:mod:`desktop_app.net.call_log`): time, method, host
and path (never a query), status, duration and apaleo's tracking id. New calls are added as they
are made; *Copy* puts the selected rows (or all) on the clipboard, tab-separated. Server data is
plain text.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.i18n import translate
from desktop_app.net.call_log import KEPT
from desktop_app.ui.geometry import place

if TYPE_CHECKING:
    from desktop_app.net.call_log import Call, CallLog


class CallRelay(QObject):
    """Carries calls noted on worker threads to the GUI thread (queued).

    Signals:
        added(object): a :class:`~desktop_app.net.call_log.Call`.
    """

    added = Signal(object)


def headers() -> list[str]:
    """The table's column titles."""
    return [
        translate("RecentRequests", "Time"),
        translate("RecentRequests", "Method"),
        translate("RecentRequests", "Address"),
        translate("RecentRequests", "Status"),
        translate("RecentRequests", "ms"),
        translate("RecentRequests", "apaleo tracking id"),
    ]


def cells(call: Call) -> list[str]:
    """One call's row: what support asks for, nothing more."""
    status = (
        str(call.status)
        if call.status
        else (call.error or translate("RecentRequests", "no answer"))
    )
    return [
        time.strftime("%H:%M:%S", time.localtime(call.at)),
        call.method,
        f"{call.host}{call.path}",
        status,
        str(call.ms),
        call.tracking_id or "",
    ]


class RecentRequestsWindow(QDialog):
    """The last calls, newest last, growing as calls are made."""

    def __init__(self, calls: CallLog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recentRequests")
        self.setWindowTitle(translate("RecentRequests", "Recent requests"))
        intro = QLabel(
            translate(
                "RecentRequests",
                "The app's last {count} calls to apaleo. Give apaleo's support the tracking id of "
                "a call that went wrong.",
            ).format(count=KEPT)
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, len(headers()))
        self.table.setObjectName("recentRequestsTable")
        self.table.setHorizontalHeaderLabels(headers())
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(translate("RecentRequests", "Recent requests"))
        copy = QPushButton(translate("RecentRequests", "&Copy"))
        copy.clicked.connect(self.copy)
        close = QPushButton(translate("RecentRequests", "Close"))
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(copy)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._kept = calls
        for call in calls.recent():
            self.add(call)
        self._relay = CallRelay(self)
        self._relay.added.connect(self.add)
        self._stop = calls.added.add(self._relay.added.emit)
        place(self, (900, 520), None)

    @Slot(object)
    def add(self, call: Call) -> None:
        """Add *call* as the last row (the oldest goes past the log's 50)."""
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in enumerate(cells(call)):
            item = QTableWidgetItem(text)
            if column in (3, 4):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, column, item)
        while self.table.rowCount() > KEPT:
            self.table.removeRow(0)
        self.table.scrollToBottom()

    @Slot()
    def copy(self) -> None:
        """The selected rows (or every row), tab-separated, with the column titles."""
        rows = sorted({i.row() for i in self.table.selectedItems()}) or range(self.table.rowCount())
        lines = ["\t".join(headers())]
        for row in rows:
            lines.append(
                "\t".join(
                    (self.table.item(row, c).text() if self.table.item(row, c) else "")  # type: ignore[union-attr]
                    for c in range(self.table.columnCount())
                )
            )
        QGuiApplication.clipboard().setText("\n".join(lines))

    def closeEvent(self, event: object) -> None:
        self._stop()
        super().closeEvent(event)  # type: ignore[arg-type]


__all__ = ["CallRelay", "RecentRequestsWindow", "cells", "headers"]

"""Small widgets every tab shares: notes, labelled values, tables, a status row with Retry."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QHelpEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
    QWidget,
)

from desktop_app.core.i18n import translate
from desktop_app.ui.models import CellProxy
from desktop_app.ui.plain import plain_tooltip


def note(text: str = "", name: str | None = None) -> QLabel:
    """A wrapped plain-text line (never rich text: apaleo's data is shown as data)."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if name:
        label.setObjectName(name)
    return label


def value_label(name: str | None = None) -> QLabel:
    """A selectable value (mouse and keyboard), for a form row."""
    label = note("", name)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    return label


def add_value_row(
    form: QFormLayout,
    title: str,
    value: QWidget,
    field: QWidget | None = None,
    *,
    tip: str = "",
) -> None:
    """A "Title:" row whose value is announced with its title (buddy and accessible name).

    *title* may carry a mnemonic ("Client &id"): the label's Alt key then focuses the value.
    *tip* explains the row, on its title and its value.
    """
    caption = QLabel(f"{title}:")
    caption.setBuddy(value)
    value.setAccessibleName(title.replace("&", ""))
    if tip:
        caption.setToolTip(tip)
        value.setToolTip(tip)
    form.addRow(caption, field or value)


def make_table(model: QAbstractItemModel, name: str) -> QTableView:
    """A read-only, row-selecting, sortable table; Tab leaves it (it does not walk cells)."""
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    view.setTabKeyNavigation(False)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionsMovable(True)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    return view


def sorted_proxy(model: QAbstractItemModel, parent: Any) -> QSortFilterProxyModel:
    """A proxy that sorts by the models' sort role (numbers and dates as such)."""
    proxy = CellProxy(parent)
    proxy.setSourceModel(model)
    return proxy


class StatusRow(QWidget):
    """A line saying what a pane is doing or why it is empty, with an optional action button.

    Signals:
        action_requested(): the button was pressed (Retry, Clear filter, …).
    """

    action_requested = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = note("", name)
        self.button = QPushButton(translate("Widgets", "Try a&gain"))
        self.button.setObjectName(f"{name}Action")
        self.button.clicked.connect(self.action_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.say("")

    def say(self, text: str, action: str | None = None) -> None:
        """Show *text* (hidden when empty), with a button called *action* when given."""
        self.label.setText(text)
        self.setVisible(bool(text))
        self.button.setVisible(action is not None)
        if action is not None:
            self.button.setText(action)

    def text(self) -> str:
        """What the row says."""
        return self.label.text()


class ElidedTooltips(QStyledItemDelegate):
    """Shows a cell's full text as its tooltip when the column is too narrow for it."""

    @staticmethod
    def tooltip_text(text: str) -> str:
        """A cell's text as its tooltip: as typed, never rendered as HTML."""
        return plain_tooltip(text)

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if event.type() == QHelpEvent.Type.ToolTip and index.isValid():
            own = index.data(Qt.ItemDataRole.ToolTipRole)
            text = str(index.data() or "")
            from PySide6.QtWidgets import QStyle  # its enums cost ~4 ms: not before a tooltip

            margin = 2 * view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 6
            if (
                not own
                and option.fontMetrics.horizontalAdvance(text) + margin > option.rect.width()
            ):
                QToolTip.showText(event.globalPos(), self.tooltip_text(text), view)
                return True
            if not own:
                QToolTip.hideText()
                event.ignore()
                return True
        return super().helpEvent(event, view, option, index)


class ElidedLabel(QLabel):
    """One line of plain text, elided to the width it gets; the full text is its tooltip.

    A long account or property name must not make the window wider than the screen.
    """

    def __init__(self, text: str = "", name: str | None = None) -> None:
        super().__init__()
        self.setTextFormat(Qt.TextFormat.PlainText)
        if name:
            self.setObjectName(name)
        self.setMinimumWidth(40)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._full = ""
        self.set_full_text(text)

    def set_full_text(self, text: str) -> None:
        """Show *text*, elided as needed."""
        self._full = text
        self.setAccessibleName(text)
        self._elide()

    def full_text(self) -> str:
        """The text before eliding."""
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, self.width())
        super().setText(shown)
        self.setToolTip(plain_tooltip(self._full) if shown != self._full else "")

"""The message bar: a failure in plain words above the tabs, with Retry and the facts for support.

Its colours come from the palette only (the window colour tinted toward the highlight, text in
the window text colour) and the meaning from the icon and the words, so it reads in light, dark
and high-contrast themes. When it appears, focus moves to it and screen readers are told (an Alert event).

Signals:
    retry_requested(): Retry was pressed (the bar hides itself first).
    sign_in_requested(): *Sign in again* was pressed: apaleo refused the sign-in itself.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.i18n import translate
from desktop_app.ui.announce import announce
from desktop_app.ui.widgets import note, value_label
from desktop_app.words.errors import ErrorWords


def _tint(base: QColor, toward: QColor, amount: float) -> QColor:
    return QColor(
        round(base.red() + (toward.red() - base.red()) * amount),
        round(base.green() + (toward.green() - base.green()) * amount),
        round(base.blue() + (toward.blue() - base.blue()) * amount),
    )


class MessageBar(QFrame):
    """One failure at a time; Retry, Details (call, status, support reference) and Close."""

    retry_requested = Signal()
    sign_in_requested = Signal()
    doctor_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(translate("MessageBar", "Problem"))
        self.icon = QLabel()
        self.headline = QLabel()
        self.headline.setObjectName("messageHeadline")
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        self.headline.setWordWrap(True)
        font = self.headline.font()
        font.setBold(True)
        self.headline.setFont(font)
        self.body = note("", "messageBody")
        self.retry_button = QPushButton(translate("MessageBar", "&Retry"))
        self.retry_button.setObjectName("messageRetry")
        self.retry_button.clicked.connect(self._retry)
        self.sign_in_button = QPushButton(translate("MessageBar", "Sign in again"))
        self.sign_in_button.setObjectName("messageSignIn")  # no Alt key: every letter is taken
        # in the window (it takes the focus when shown: Enter or Space signs in)
        self.sign_in_button.clicked.connect(self._sign_in)
        self.sign_in_button.hide()
        self.doctor_button = QPushButton(translate("MessageBar", "Check the connection"))
        self.doctor_button.setObjectName("messageDoctor")  # no Alt key either (see above)
        self.doctor_button.setToolTip(
            translate("MessageBar", "Check every link from this computer to apaleo and say why")
        )
        self.doctor_button.clicked.connect(self.doctor_requested)
        self.details_button = QToolButton()
        self.details_button.setObjectName("messageDetailsToggle")
        self.details_button.setText(translate("MessageBar", "Details"))
        self.details_button.setCheckable(True)
        self.details_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.details_button.setArrowType(Qt.ArrowType.RightArrow)
        self.details_button.setAccessibleName(
            translate("MessageBar", "Show the details for apaleo's support")
        )
        self.details_button.toggled.connect(self._toggle_details)
        self.close_button = QToolButton()
        self.close_button.setObjectName("messageClose")  # its icon comes with the first message
        self.close_button.setAccessibleName(translate("MessageBar", "Close the message"))
        self.close_button.setToolTip(translate("MessageBar", "Close the message"))
        self.close_button.clicked.connect(self.dismiss)
        self.details = QWidget()
        self.details.setObjectName("messageDetails")
        self._facts = QFormLayout(self.details)
        self._facts.setContentsMargins(0, 0, 0, 0)
        #: The Copy button of the support reference (made with each reference's row).
        self.copy_reference: QPushButton | None = None
        text = QVBoxLayout()
        text.addWidget(self.headline)
        text.addWidget(self.body)
        text.addWidget(self.details)
        buttons = QHBoxLayout()
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.sign_in_button)
        buttons.addWidget(self.doctor_button)
        buttons.addWidget(self.details_button)
        buttons.addWidget(self.close_button)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 6, 6, 6)
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(text, 1)
        row.addLayout(buttons)
        self.words: ErrorWords | None = None
        self._retry_action: Callable[[], None] | None = None
        self.details.hide()
        self.hide()

    def show_problem(self, words: ErrorWords, retry: Callable[[], None] | None = None) -> None:
        """Show *words*; with *retry*, a Retry button calls it. Takes focus and alerts."""
        self.words = words
        self._retry_action = retry if words.retryable else None
        self.headline.setText(words.headline)
        self.body.setText(words.body)
        self.retry_button.setVisible(self._retry_action is not None)
        self.sign_in_button.setVisible(words.sign_in_again)
        while self._facts.rowCount():
            self._facts.removeRow(0)
        self.copy_reference = None
        for title, value in words.facts:
            label = value_label()
            label.setText(value)
            label.setAccessibleName(title)
            self._facts.addRow(f"{title}:", label)
        if words.reference:
            self.copy_reference = QPushButton(translate("MessageBar", "&Copy reference"))
            self.copy_reference.setObjectName("messageCopyReference")
            self.copy_reference.setAccessibleName(
                translate("MessageBar", "Copy apaleo's support reference")
            )
            self.copy_reference.clicked.connect(self._copy_reference)
            holder = QWidget()
            row = QHBoxLayout(holder)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(self.copy_reference)
            row.addStretch(1)
            self._facts.addRow("", holder)
        self.details_button.setChecked(False)
        self.details_button.setVisible(bool(words.facts))
        self._paint()
        self.setAccessibleDescription(f"{words.headline}. {words.body}")
        self.show()
        action = (
            self.sign_in_button
            if words.sign_in_again
            else self.retry_button
            if self._retry_action
            else self
        )
        action.setFocus(Qt.FocusReason.OtherFocusReason)
        from PySide6.QtGui import QAccessible, QAccessibleEvent

        QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.Alert))
        announce(self, f"{words.headline}. {words.body}", assertive=True)

    @Slot()
    def dismiss(self) -> None:
        """Hide the bar (the problem was dealt with, or the admin closed it)."""
        self.words = None
        self._retry_action = None
        self.hide()

    def _paint(self) -> None:
        palette = self.palette()
        app = QGuiApplication.palette()
        window = app.color(QPalette.ColorRole.Window)
        palette.setColor(
            QPalette.ColorRole.Window,
            _tint(window, app.color(QPalette.ColorRole.Highlight), 0.15),
        )
        palette.setColor(
            QPalette.ColorRole.WindowText,
            QGuiApplication.palette().color(QPalette.ColorRole.WindowText),
        )
        self.setPalette(palette)
        # QStyle's enums cost ~4 ms: loaded with the first message, not with every window
        from PySide6.QtWidgets import QStyle

        style = self.style()
        self.close_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_TitleBarCloseButton))
        icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        size = style.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self.icon.setPixmap(icon.pixmap(size * 2, size * 2))

    @Slot()
    def _sign_in(self) -> None:
        self.dismiss()
        self.sign_in_requested.emit()

    @Slot()
    def _retry(self) -> None:
        action = self._retry_action
        self.dismiss()
        self.retry_requested.emit()
        if action is not None:
            action()

    @Slot(bool)
    def _toggle_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.details_button.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )

    @Slot()
    def _copy_reference(self) -> None:
        if self.words is not None and self.words.reference:
            QGuiApplication.clipboard().setText(self.words.reference)

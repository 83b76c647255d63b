"""Help ▸ Check the connection…: one row per link, filling in as its check finishes.

Each row has the check's icon (and its status in words, for screen readers), what was found,
what to do, and its time. The run can be stopped and started again; *Copy report* and *Save
report…* give apaleo's support the results with the versions and the last calls (never a
secret: :mod:`desktop_app.doctor.report`). Server data is shown as plain text.

Signals:
    report_copied(): the support report is on the clipboard (tests wait on it).
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot, qVersion
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.i18n import shown, translate
from desktop_app.ui.doctor_flow import DoctorFlow
from desktop_app.ui.geometry import place

if TYPE_CHECKING:
    from desktop_app.connection import Connection
    from desktop_app.doctor.model import Result, Status
    from desktop_app.ui.workers import WorkerPool

COLUMNS = 3  # the check, what was found (and the fix), the time


def status_words(status: Status) -> str:
    """A status as the window says it (beside its icon, for screen readers and the colour-blind)."""
    return {
        "ok": translate("Doctor", "OK"),
        "warn": translate("Doctor", "Warning"),
        "fail": translate("Doctor", "Failed"),
        "skip": translate("Doctor", "Skipped"),
    }[status]


class DoctorWindow(QDialog):
    """The doctor's results for one connection."""

    report_copied = Signal()

    def __init__(
        self, connection: Connection, pool: WorkerPool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        from desktop_app.doctor.checks import CHECKS

        self.setObjectName("doctorWindow")
        self.setWindowTitle(translate("Doctor", "Check the connection"))
        self.flow = DoctorFlow(connection, pool, self)
        self.connection = connection
        intro = QLabel(
            translate(
                "Doctor",
                "Every link from this computer to apaleo for the profile '{name}', checked one by "
                "one. Nothing is changed and no browser opens.",
            ).format(name=connection.profile.name)
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.tree = QTreeWidget()
        self.tree.setObjectName("doctorChecks")
        self.tree.setColumnCount(COLUMNS)
        self.tree.setHeaderLabels(
            [
                translate("Doctor", "Link"),
                translate("Doctor", "What the check found"),
                translate("Doctor", "Time"),
            ]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setAccessibleName(translate("Doctor", "Checks"))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        #: The row of each check, by its id.
        self.rows: dict[str, QTreeWidgetItem] = {}
        for check in CHECKS:
            item = QTreeWidgetItem([shown(check.title), "", ""])
            item.setData(0, Qt.ItemDataRole.UserRole, check.id)
            self.tree.addTopLevelItem(item)
            self.rows[check.id] = item
        #: The selected check in full: what was found, what to do, the facts for support.
        self.details = QLabel("")
        self.details.setObjectName("doctorDetails")
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setFrameShape(QFrame.Shape.StyledPanel)
        self.details.setMargin(6)
        self.details.setAccessibleName(translate("Doctor", "The selected check"))
        self.tree.currentItemChanged.connect(self._show_details)
        self.progress = QProgressBar()
        self.progress.setObjectName("doctorProgress")
        self.progress.setRange(0, len(CHECKS))
        self.progress.setAccessibleName(translate("Doctor", "Checks done"))
        self.summary = QLabel("")
        self.summary.setObjectName("doctorSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.again_button = QPushButton(translate("Doctor", "Check &again"))
        self.again_button.clicked.connect(self.start)
        self.stop_button = QPushButton(translate("Doctor", "&Stop"))
        self.stop_button.clicked.connect(self.flow.stop)
        self.copy_button = QPushButton(translate("Doctor", "&Copy report"))
        self.copy_button.setToolTip(
            translate(
                "Doctor",
                "The results with the app's versions and its last calls, for apaleo's support "
                "(no password, token or secret)",
            )
        )
        self.copy_button.clicked.connect(self.copy_report)
        self.save_button = QPushButton(translate("Doctor", "Sa&ve report…"))
        self.save_button.clicked.connect(self.save_report)
        self.close_button = QPushButton(translate("Doctor", "Close"))
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        for button in (self.again_button, self.stop_button, self.copy_button, self.save_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        self.flow.result.connect(self._show_result)
        self.flow.state_changed.connect(self._state)
        place(self, (900, 620), None)

    # ------------------------------------------------------------------ run
    @Slot()
    def start(self) -> None:
        """Run every check; the rows empty and fill in again."""
        self.details.setText("")
        for item in self.rows.values():
            item.setData(1, Qt.ItemDataRole.UserRole, None)
            item.setIcon(0, QIcon())
            for column in (1, 2):
                item.setText(column, "")
            item.setText(1, translate("Doctor", "Waiting…"))
        self.progress.setValue(0)
        self.flow.start()

    def _icon(self, status: Status) -> QIcon:
        pixmap = {
            "ok": QStyle.StandardPixmap.SP_DialogApplyButton,
            "warn": QStyle.StandardPixmap.SP_MessageBoxWarning,
            "fail": QStyle.StandardPixmap.SP_MessageBoxCritical,
            "skip": QStyle.StandardPixmap.SP_MediaSkipForward,
        }[status]
        return self.style().standardIcon(pixmap)

    @Slot(object)
    def _show_result(self, result: Result) -> None:
        item = self.rows.get(result.id)
        if item is None:
            return
        words = f"{status_words(result.status)}: {shown(result.detail)}"
        if result.fix:
            words += "\n" + translate("Doctor", "What to do: {fix}").format(fix=shown(result.fix))
        item.setIcon(0, self._icon(result.status))
        item.setText(1, words)
        item.setToolTip(1, words)
        item.setText(2, translate("Doctor", "{ms} ms").format(ms=result.ms))
        item.setData(0, Qt.ItemDataRole.AccessibleDescriptionRole, status_words(result.status))
        item.setData(1, Qt.ItemDataRole.UserRole, result)
        self.progress.setValue(len(self.flow.results))
        self.tree.doItemsLayout()  # the row's height follows its wrapped text
        if item is self.tree.currentItem():
            self._show_details(item)

    @Slot(str)
    def _state(self, state: str) -> None:
        running = state == "running"
        self.stop_button.setEnabled(running)
        self.again_button.setEnabled(not running)
        self.copy_button.setEnabled(not running and bool(self.flow.results))
        self.save_button.setEnabled(not running and bool(self.flow.results))
        if running:
            self.summary.setText(translate("Doctor", "Checking…"))
            return
        if state == "cancelled":
            for item in self.rows.values():
                if item.text(1) == translate("Doctor", "Waiting…"):
                    item.setText(1, translate("Doctor", "Not checked: the check was stopped."))
            self.summary.setText(translate("Doctor", "Stopped."))
            return
        self.progress.setValue(self.progress.maximum())
        # the first red (else amber) row is selected: its fix shows in full below the list
        worst = next(
            (
                item
                for status in ("fail", "warn")
                for item in self.rows.values()
                if getattr(item.data(1, Qt.ItemDataRole.UserRole), "status", None) == status
            ),
            None,
        )
        # (all well: the first row, so the pane below never sits empty)
        self.tree.setCurrentItem(worst if worst is not None else next(iter(self.rows.values())))
        counts = {s: sum(r.status == s for r in self.flow.results) for s in ("ok", "warn", "fail")}
        if counts["fail"]:
            text = translate(
                "Doctor", "%n link(s) failed: see what to do in the red rows.", None, counts["fail"]
            )
        elif counts["warn"]:
            text = translate(
                "Doctor", "The connection works, with %n warning(s).", None, counts["warn"]
            )
        else:
            text = translate("Doctor", "Every link works.")
        self.summary.setText(
            translate("Doctor", "{words} ({seconds} s)").format(
                words=text, seconds=f"{self.flow.seconds:.1f}"
            )
        )

    @Slot(QTreeWidgetItem, QTreeWidgetItem)
    def _show_details(self, item: QTreeWidgetItem | None, _previous: object = None) -> None:
        result = item.data(1, Qt.ItemDataRole.UserRole) if item is not None else None
        if result is None:
            self.details.setText("")
            return
        lines = [
            f"{shown(result.title)}: {status_words(result.status)}",
            shown(result.detail),
        ]
        if result.fix:
            lines.append(translate("Doctor", "What to do: {fix}").format(fix=shown(result.fix)))
        lines += [f"{name}: {value}" for name, value in result.facts]
        self.details.setText("\n".join(lines))

    # --------------------------------------------------------------- report
    def report_text(self) -> str:
        """The support report of the last run (English: apaleo's support reads it)."""
        from desktop_app.doctor.report import Report

        ordered = self._ordered()
        return Report.of(self.connection, ordered, self.flow.seconds, qt=qVersion()).support_text()

    def _ordered(self) -> list[Result]:
        ids = list(self.rows)
        return sorted(self.flow.results, key=lambda r: ids.index(r.id) if r.id in ids else 99)

    @Slot()
    def copy_report(self) -> None:
        """Put the support report on the clipboard."""
        QGuiApplication.clipboard().setText(self.report_text())
        self.summary.setText(translate("Doctor", "The report is on the clipboard."))
        self.report_copied.emit()

    @Slot()
    def save_report(self) -> None:
        """Save the support report as a text file (or as JSON)."""
        name = time.strftime("apaleo-inspector-report-%Y%m%d-%H%M")
        path, chosen = QFileDialog.getSaveFileName(
            self,
            translate("Doctor", "Save the report"),
            str(Path.home() / f"{name}.txt"),
            translate("Doctor", "Text (*.txt);;JSON (*.json)"),
        )
        if not path:
            return
        self.save_to(Path(path), as_json=path.endswith(".json") or "json" in chosen.lower())

    def save_to(self, path: Path, *, as_json: bool = False) -> None:
        """Write the support report to *path* (text, or JSON)."""
        from desktop_app.doctor.report import Report

        report = Report.of(self.connection, self._ordered(), self.flow.seconds, qt=qVersion())
        text = report.json_text(support=True) if as_json else report.support_text()
        try:
            path.write_text(text, encoding="utf-8")
        except OSError as exc:
            self.summary.setText(
                translate("Doctor", "The report could not be saved: {reason}").format(
                    reason=exc.strerror or type(exc).__name__
                )
            )
            return
        self.summary.setText(translate("Doctor", "Saved to {path}.").format(path=str(path)))

    def closeEvent(self, event: object) -> None:
        self.flow.stop(announce=False)
        super().closeEvent(event)  # type: ignore[arg-type]


def open_doctor(
    current: DoctorWindow | None, connection: Connection, pool: WorkerPool, parent: QWidget
) -> DoctorWindow:
    """Show the doctor for *connection* (*current* again if it checks the same one), running.

    Returns the window shown: a new one when *current* belongs to another connection (it is
    closed), else *current* brought to the front, its run started unless one is under way.
    """
    if current is None or current.connection is not connection:
        if current is not None:
            current.close()
        current = DoctorWindow(connection, pool, parent)
    if current.isVisible():
        current.raise_()  # already open: to the front
    else:
        current.show()
    if not current.flow.running:
        current.start()
    return current


__all__ = ["DoctorWindow", "open_doctor", "status_words"]

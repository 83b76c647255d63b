"""Export the properties: which rows (all, or the ones the filter shows), which format, where.

The file goes to the Documents folder under a name with the account and the date unless the
admin picks another; an Excel workbook unless the admin picks CSV or JSON.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.i18n import said, translate
from desktop_app.ui.export import export_properties
from desktop_app.ui.widgets import note
from desktop_app.words.inspector import properties_words

if TYPE_CHECKING:
    from desktop_app.ui.tabs.properties import PropertiesTab

#: The first is the default: the workbook opens right in every Excel, whatever its language.
FORMATS = (
    ("xlsx", said("Export", "Excel workbook, for Excel (*.xlsx)")),
    ("csv", said("Export", "CSV, comma-separated, for other programs (*.csv)")),
    ("json", said("Export", "JSON (*.json)")),
)


def default_name(account: str, kind: str, today: dt.date | None = None) -> str:
    """A file name with the account and the date, safe on every file system."""
    safe = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "-", account).strip(" .-") or "apaleo"
    return translate("Export", "{account} properties {date}.{kind}").format(
        account=safe, date=(today or dt.date.today()).isoformat(), kind=kind
    )


def documents_folder() -> Path:
    """The admin's Documents folder (their home when the system names none)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder else Path.home()


class ExportDialog(QDialog):
    """Rows, format and file; Export writes it (atomically) and closes."""

    def __init__(self, tab: PropertiesTab, account: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(translate("Export", "Export properties"))
        self._tab, self._account = tab, account
        total, shown = len(tab.all_properties()), tab.shown_count()
        needle = tab.filter_text
        self.all_rows = QRadioButton(translate("Export", "&All %Ln properties", None, total))
        self.all_rows.setObjectName("exportAll")
        self.shown_rows = QRadioButton(
            translate(
                "Export", "Only the %Ln properties matching the &filter '{text}'", None, shown
            ).format(text=needle)
            if needle
            else translate("Export", "Only the properties matching the &filter (no filter is set)")
        )
        self.shown_rows.setObjectName("exportShown")
        self.shown_rows.setEnabled(bool(needle))
        group = QButtonGroup(self)
        group.addButton(self.all_rows)
        group.addButton(self.shown_rows)
        (self.shown_rows if needle else self.all_rows).setChecked(True)
        self.format = QComboBox()
        self.format.setObjectName("exportFormat")
        for kind, title in FORMATS:
            self.format.addItem(title.shown(), kind)
        self.format.currentIndexChanged.connect(self._format_changed)
        self.path = QLineEdit(str(documents_folder() / default_name(account, FORMATS[0][0])))
        self.path.setObjectName("exportPath")
        browse = QPushButton(translate("Export", "&Browse…"))
        browse.setAutoDefault(False)  # Enter in the file name exports, it does not browse
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        form = QFormLayout()
        rows_label = QLabel(translate("Export", "Rows:"))
        rows_label.setBuddy(self.all_rows)
        rows = QVBoxLayout()
        rows.addWidget(self.all_rows)
        rows.addWidget(self.shown_rows)
        form.addRow(rows_label, rows)
        format_label = QLabel(translate("Export", "F&ormat:"))
        format_label.setBuddy(self.format)
        form.addRow(format_label, self.format)
        path_label = QLabel(translate("Export", "&Save as:"))
        path_label.setBuddy(self.path)
        form.addRow(path_label, path_row)
        self.problem = note("", "exportProblem")
        self.problem.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(translate("Export", "&Export"))
        self.save_button.setDefault(True)  # Enter in the file name exports
        buttons.accepted.connect(self.export)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.message = ""
        self.path.setFocus()

    @property
    def kind(self) -> str:
        """The chosen format: xlsx, csv or json."""
        return str(self.format.currentData())

    @Slot(int)
    def _format_changed(self, _index: int) -> None:
        path = Path(self.path.text())
        self.path.setText(str(path.with_suffix(f".{self.kind}")))

    @Slot()
    def _browse(self) -> None:
        title = dict(FORMATS)[self.kind]
        chosen, _ = QFileDialog.getSaveFileName(
            self, translate("Export", "Export properties"), self.path.text(), title.shown()
        )
        if chosen:
            self.path.setText(chosen)

    @Slot()
    def export(self) -> None:
        """Write the file; on failure say why and stay open (nothing is lost)."""
        text = self.path.text().strip()
        if not text:
            self._say(translate("Export", "Choose a file to save to."))
            return
        path = Path(text).expanduser()
        if path.suffix.lower() != f".{self.kind}":
            path = path.with_name(f"{path.name}.{self.kind}")
        rows = (
            self._tab.visible_properties()
            if self.shown_rows.isChecked()
            else self._tab.all_properties()
        )
        try:
            count = export_properties(rows, path, self.kind)
        except OSError as exc:
            self._say(
                translate("Export", "The file could not be written: {reason}.").format(
                    reason=exc.strerror or exc
                )
            )
            return
        self.message = translate("Export", "Exported {properties} to {path}.").format(
            properties=properties_words(count), path=path
        )
        self.accept()

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

"""The selected property in full: every field of apaleo's PropertyModel, in the chosen language."""

from __future__ import annotations

import datetime as dt
import html
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.api.models import Property
from desktop_app.ui.models import local_time

_MISSING = "— (not in apaleo's answer)"


def _label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    return label


class PropertyDetails(QScrollArea):
    """Details of one property; counts of units and unit groups arrive separately.

    Signals:
        retry_requested(): the admin pressed Retry after a failed load.
    """

    retry_requested = Signal()

    FIELDS = (
        ("id", "Id"),
        ("code", "Code"),
        ("name", "Name"),
        ("description", "Description"),
        ("status", "Status"),
        ("archived", "Archived"),
        ("template", "Template"),
        ("address", "Address"),
        ("company", "Company"),
        ("directors", "Managing directors"),
        ("register", "Commercial register"),
        ("tax_id", "Tax id"),
        ("bank", "Bank"),
        ("bic", "BIC"),
        ("iban", "IBAN"),
        ("payment_terms", "Payment terms"),
        ("time_zone", "Time zone"),
        ("currency", "Currency"),
        ("created", "Created"),
        ("units", "Units"),
        ("unit_groups", "Unit groups"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self._property: Property | None = None
        self._iban_revealed = False
        body = QWidget()
        outer = QVBoxLayout(body)
        self.heading = QLabel("<h3>Select a property</h3>")
        outer.addWidget(self.heading)
        self.status = _label("")
        self.status.setObjectName("detailsStatus")
        self.retry_button = QPushButton("&Retry")
        self.retry_button.clicked.connect(self.retry_requested)
        self.retry_button.hide()
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.retry_button)
        outer.addLayout(status_row)
        self.language = QComboBox()
        self.language.setAccessibleName("Language of texts")
        self.language.currentTextChanged.connect(lambda _t: self._fill_texts())
        language_row = QHBoxLayout()
        language_label = QLabel("&Language:")
        language_label.setBuddy(self.language)
        language_row.addWidget(language_label)
        language_row.addWidget(self.language)
        language_row.addStretch(1)
        outer.addLayout(language_row)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.values: dict[str, QLabel] = {}
        for key, title in self.FIELDS:
            value = _label()
            value.setObjectName(f"detail_{key}")
            self.values[key] = value
            if key == "iban":
                self.reveal_button = QPushButton("Show")
                self.reveal_button.setCheckable(True)
                self.reveal_button.setAccessibleName("Show IBAN")
                self.reveal_button.toggled.connect(self._toggle_iban)
                row = QHBoxLayout()
                row.addWidget(value, 1)
                row.addWidget(self.reveal_button)
                form.addRow(f"{title}:", row)
            else:
                form.addRow(f"{title}:", value)
        outer.addLayout(form)
        outer.addStretch(1)
        self.setWidget(body)
        self.clear()

    def clear(self, message: str = "Select a property to see its details.") -> None:
        """Show no property."""
        self._property = None
        self.heading.setText("<h3>Property details</h3>")
        for label in self.values.values():
            label.setText("")
        self.language.clear()
        self.reveal_button.setEnabled(False)
        self.set_status(message)

    def set_status(self, text: str, *, retry: bool = False) -> None:
        """A line above the fields: loading, an error (with Retry), or nothing."""
        self.status.setText(text)
        self.status.setVisible(bool(text))
        self.retry_button.setVisible(retry)

    def show_property(self, prop: Property) -> None:
        """Fill every field from *prop* (full detail, all languages)."""
        self._property = prop
        self.set_status("")
        self.heading.setText(f"<h3>{_escape(prop.display_name)}</h3>")
        languages = sorted({*prop.name, *prop.description, *prop.payment_terms} - {""})
        preferred = QLocale().name()[:2]
        self.language.blockSignals(True)
        self.language.clear()
        self.language.addItems(languages)
        if preferred in languages:
            self.language.setCurrentText(preferred)
        elif "en" in languages:
            self.language.setCurrentText("en")
        self.language.blockSignals(False)
        self.language.setEnabled(len(languages) > 1)
        v = self.values
        v["id"].setText(prop.id)
        v["code"].setText(prop.code or _MISSING)
        v["status"].setText(prop.status or _MISSING)
        v["archived"].setText(_yes_no(prop.is_archived))
        v["template"].setText(_yes_no(prop.is_template))
        v["address"].setText("\n".join(prop.location.lines()) if prop.location else _MISSING)
        v["company"].setText(prop.company_name or _MISSING)
        v["directors"].setText(prop.managing_directors or "—")
        v["register"].setText(prop.commercial_register_entry or _MISSING)
        v["tax_id"].setText(prop.tax_id or _MISSING)
        bank = prop.bank_account
        v["bank"].setText(bank.bank or "—" if bank else "No bank account in apaleo")
        v["bic"].setText(bank.bic or "—" if bank else "—")
        self._iban_revealed = False
        self.reveal_button.setChecked(False)
        self.reveal_button.setEnabled(bool(bank and bank.iban))
        self._fill_iban()
        v["time_zone"].setText(prop.time_zone or _MISSING)
        v["currency"].setText(prop.currency_code or _MISSING)
        created = prop.created
        v["created"].setText(
            f"{local_time(created)} (UTC {created.astimezone(dt.UTC):%Y-%m-%d %H:%M})"
            if created
            else _MISSING
        )
        v["units"].setText("Loading…")
        v["unit_groups"].setText("Loading…")
        self._fill_texts()
        if prop.problems:
            self.set_status(
                "Some fields were missing or unreadable in apaleo's answer: "
                + ", ".join(prop.problems)
            )

    def show_count(self, key: str, text: str) -> None:
        """Show the unit or unit-group count (or the note naming the missing scope)."""
        self.values[key].setText(text)

    @property
    def current(self) -> Property | None:
        """The property shown."""
        return self._property

    @Slot()
    def _fill_texts(self) -> None:
        prop = self._property
        if prop is None:
            return
        language = self.language.currentText()
        v = self.values
        v["name"].setText(prop.text_in(prop.name, language) or _MISSING)
        v["description"].setText(prop.text_in(prop.description, language) or "—")
        v["payment_terms"].setText(prop.text_in(prop.payment_terms, language) or _MISSING)

    @Slot(bool)
    def _toggle_iban(self, checked: bool) -> None:
        self._iban_revealed = checked
        self.reveal_button.setText("Hide" if checked else "Show")
        self.reveal_button.setAccessibleName("Hide IBAN" if checked else "Show IBAN")
        self._fill_iban()

    def _fill_iban(self) -> None:
        bank = self._property.bank_account if self._property else None
        if not bank or not bank.iban:
            self.values["iban"].setText("—")
            return
        self.values["iban"].setText(bank.iban if self._iban_revealed else (bank.masked_iban or ""))


def _yes_no(value: bool | None) -> str:
    return {True: "Yes", False: "No"}.get(value, _MISSING)  # type: ignore[arg-type]


def _escape(text: Any) -> str:
    return html.escape(str(text))

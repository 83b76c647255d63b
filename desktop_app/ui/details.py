"""The selected property in full: every field of apaleo's PropertyModel, in the chosen language."""

from __future__ import annotations

import datetime as dt
import html
from typing import Any

from PySide6.QtCore import QLocale, Signal, Slot
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
from desktop_app.inspector_words import MISSING as _MISSING
from desktop_app.inspector_words import local_time, yes_no
from desktop_app.ui.widgets import StatusRow, add_value_row, value_label

COUNTS = ("units", "unit_groups")


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
        self.status_row = StatusRow("detailsStatus")
        self.status_row.action_requested.connect(self.retry_requested)
        self.status = self.status_row.label
        outer.addWidget(self.status_row)
        self.language = QComboBox()
        self.language.setAccessibleName("Language of texts")
        self.language.currentTextChanged.connect(lambda _t: self._fill_texts())
        language_row = QHBoxLayout()
        language_label = QLabel("La&nguage:")
        language_label.setBuddy(self.language)
        language_row.addWidget(language_label)
        language_row.addWidget(self.language)
        language_row.addStretch(1)
        outer.addLayout(language_row)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.values: dict[str, QLabel] = {}
        #: Unit and unit-group counts (or why not), which may arrive before the details.
        self._counts: dict[str, str] = {}
        for key, title in self.FIELDS:
            value = value_label(f"detail_{key}")
            self.values[key] = value
            if key == "iban":
                self.reveal_button = QPushButton("Show")
                self.reveal_button.setObjectName("revealIban")
                self.reveal_button.setCheckable(True)
                self.reveal_button.setAccessibleName("Show the full IBAN")
                self.reveal_button.toggled.connect(self._toggle_iban)
                field = QWidget()
                row = QHBoxLayout(field)
                row.setContentsMargins(0, 0, 0, 0)
                row.addWidget(value, 1)
                row.addWidget(self.reveal_button)
                add_value_row(form, title, value, field)
            else:
                add_value_row(form, title, value)
        outer.addLayout(form)
        outer.addStretch(1)
        self.setWidget(body)
        self.clear()

    def clear(self, message: str = "Select a property to see its details.") -> None:
        """Show no property."""
        self._property = None
        self._counts = {}
        self.heading.setText("<h3>Property details</h3>")
        for label in self.values.values():
            label.setText("")
        self.language.clear()
        self.reveal_button.setEnabled(False)
        self.set_status(message)

    def begin(self, prop: Property) -> None:
        """*prop* was selected: its details and counts are on their way."""
        self.clear(f"Loading {prop.display_name}…")
        for key in COUNTS:
            self.values[key].setText("Loading…")

    def set_status(self, text: str, *, retry: bool = False) -> None:
        """A line above the fields: loading, an error (with Retry), or nothing."""
        self.status_row.say(text, "Reload &details" if retry else None)

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
        v["archived"].setText(yes_no(prop.is_archived))
        v["template"].setText(yes_no(prop.is_template))
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
        for key in COUNTS:
            v[key].setText(self._counts.get(key, "Loading…"))
        self._fill_texts()
        if prop.problems:
            self.set_status(
                "Some fields were missing or unreadable in apaleo's answer: "
                + ", ".join(prop.problems)
            )

    def show_count(self, key: str, text: str) -> None:
        """Show the unit or unit-group count (or the note naming the missing scope)."""
        self._counts[key] = text
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
        self.reveal_button.setAccessibleName(
            "Hide the full IBAN" if checked else "Show the full IBAN"
        )
        self._fill_iban()

    def _fill_iban(self) -> None:
        bank = self._property.bank_account if self._property else None
        if not bank or not bank.iban:
            self.values["iban"].setText("—")
            return
        self.values["iban"].setText(bank.iban if self._iban_revealed else (bank.masked_iban or ""))


def _escape(text: Any) -> str:
    return html.escape(str(text))

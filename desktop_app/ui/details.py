"""The selected property in full: every field of apaleo's PropertyModel, in the chosen language."""

from __future__ import annotations

import datetime as dt
import html
from typing import Any

from PySide6.QtCore import Signal, Slot
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
from desktop_app.core.i18n import date_time, language, said, translate
from desktop_app.ui.language import native_name
from desktop_app.ui.widgets import StatusRow, add_value_row, value_label
from desktop_app.words.inspector import local_time, missing, yes_no

COUNTS = ("units", "unit_groups")


class PropertyDetails(QScrollArea):
    """Details of one property; counts of units and unit groups arrive separately.

    Signals:
        retry_requested(): the admin pressed Retry after a failed load.
    """

    retry_requested = Signal()

    FIELDS = (
        ("id", said("Details", "Id")),
        ("code", said("Details", "Code")),
        ("name", said("Details", "Name")),
        ("description", said("Details", "Description")),
        ("status", said("Details", "Status")),
        ("archived", said("Details", "Archived")),
        ("template", said("Details", "Template")),
        ("address", said("Details", "Address")),
        ("company", said("Details", "Company")),
        ("directors", said("Details", "Managing directors")),
        ("register", said("Details", "Commercial register")),
        ("tax_id", said("Details", "Tax id")),
        ("bank", said("Details", "Bank")),
        ("bic", said("Details", "BIC")),
        ("iban", said("Details", "IBAN")),
        ("payment_terms", said("Details", "Payment terms")),
        ("time_zone", said("Details", "Time zone")),
        ("currency", said("Details", "Currency")),
        ("created", said("Details", "Created")),
        ("units", said("Details", "Units")),
        ("unit_groups", said("Details", "Unit groups")),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self._property: Property | None = None
        self._iban_revealed = False
        body = QWidget()
        outer = QVBoxLayout(body)
        self.heading = QLabel(translate("Details", "<h3>Select a property</h3>"))
        outer.addWidget(self.heading)
        self.status_row = StatusRow("detailsStatus")
        self.status_row.action_requested.connect(self.retry_requested)
        self.status = self.status_row.label
        outer.addWidget(self.status_row)
        self.language = QComboBox()
        self.language.setAccessibleName(translate("Details", "Language of texts"))
        self.language.currentIndexChanged.connect(lambda _i: self._fill_texts())
        language_row = QHBoxLayout()
        language_label = QLabel(translate("Details", "La&nguage:"))
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
                self.reveal_button = QPushButton(translate("Details", "Show"))
                self.reveal_button.setObjectName("revealIban")
                self.reveal_button.setCheckable(True)
                self.reveal_button.setAccessibleName(translate("Details", "Show the full IBAN"))
                self.reveal_button.toggled.connect(self._toggle_iban)
                field = QWidget()
                row = QHBoxLayout(field)
                row.setContentsMargins(0, 0, 0, 0)
                row.addWidget(value, 1)
                row.addWidget(self.reveal_button)
                add_value_row(form, title.shown(), value, field)
            else:
                add_value_row(form, title.shown(), value)
        outer.addLayout(form)
        outer.addStretch(1)
        self.setWidget(body)
        self.clear()

    def clear(self, message: str | None = None) -> None:
        """Show no property (*message*: why, or the default invitation to select one)."""
        if message is None:
            message = translate("Details", "Select a property to see its details.")
        self._property = None
        self._counts = {}
        self.heading.setText(translate("Details", "<h3>Property details</h3>"))
        for label in self.values.values():
            label.setText("")
        self.language.clear()
        self.reveal_button.setEnabled(False)
        self.set_status(message)

    def begin(self, prop: Property) -> None:
        """*prop* was selected: its details and counts are on their way."""
        self.clear(translate("Details", "Loading {name}…").format(name=prop.display_name))
        for key in COUNTS:
            self.values[key].setText(translate("Details", "Loading…"))

    def set_status(self, text: str, *, retry: bool = False) -> None:
        """A line above the fields: loading, an error (with Retry), or nothing."""
        self.status_row.say(text, translate("Details", "Reload &details") if retry else None)

    def show_property(self, prop: Property) -> None:
        """Fill every field from *prop* (full detail, all languages)."""
        self._property = prop
        self.set_status("")
        languages = sorted({*prop.name, *prop.description, *prop.payment_terms} - {""})
        self.language.blockSignals(True)
        self.language.clear()
        for code in languages:  # the language's own name; its code as the item's data
            self.language.addItem(native_name(code), code)
        for preferred in (language(), "en"):
            if preferred in languages:
                self.language.setCurrentIndex(languages.index(preferred))
                break
        self.language.blockSignals(False)
        self.language.setEnabled(len(languages) > 1)
        v = self.values
        v["id"].setText(prop.id)
        v["code"].setText(prop.code or missing())
        v["status"].setText(prop.status or missing())
        v["archived"].setText(yes_no(prop.is_archived))
        v["template"].setText(yes_no(prop.is_template))
        v["address"].setText("\n".join(prop.location.lines()) if prop.location else missing())
        v["company"].setText(prop.company_name or missing())
        v["directors"].setText(prop.managing_directors or "—")
        v["register"].setText(prop.commercial_register_entry or missing())
        v["tax_id"].setText(prop.tax_id or missing())
        bank = prop.bank_account
        v["bank"].setText(
            bank.bank or "—" if bank else translate("Details", "No bank account in apaleo")
        )
        v["bic"].setText(bank.bic or "—" if bank else "—")
        self._iban_revealed = False
        self.reveal_button.setChecked(False)
        self.reveal_button.setEnabled(bool(bank and bank.iban))
        self._fill_iban()
        v["time_zone"].setText(prop.time_zone or missing())
        v["currency"].setText(prop.currency_code or missing())
        created = prop.created
        v["created"].setText(self._created_words(created, prop.time_zone) if created else missing())
        for key in COUNTS:
            v[key].setText(self._counts.get(key, translate("Details", "Loading…")))
        self._fill_texts()
        if prop.problems:
            self.set_status(
                translate(
                    "Details", "Some fields were missing or unreadable in apaleo's answer: {fields}"
                ).format(fields=", ".join(prop.problems))
            )

    @staticmethod
    def _created_words(created: dt.datetime, zone: str | None) -> str:
        """When, in the admin's time zone and beside it the property's (or UTC)."""
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError  # here: ~2 ms a start need not pay

        try:
            there = created.astimezone(ZoneInfo(zone)) if zone else None
        except (ZoneInfoNotFoundError, ValueError):
            there = None
        if there is None:
            return translate("Details", "{local} (UTC {utc})").format(
                local=local_time(created), utc=date_time(created.astimezone(dt.UTC))
            )
        return translate("Details", "{local} your time · {there} at the property ({zone})").format(
            local=local_time(created), there=date_time(there), zone=zone
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
        language = self.language.currentData() or ""
        v = self.values
        # The heading speaks the same language as the fields below it.
        self.heading.setText(
            f"<h3>{_escape(prop.text_in(prop.name, language) or prop.display_name)}</h3>"
        )
        v["name"].setText(prop.text_in(prop.name, language) or missing())
        v["description"].setText(prop.text_in(prop.description, language) or "—")
        v["payment_terms"].setText(prop.text_in(prop.payment_terms, language) or missing())

    @Slot(bool)
    def _toggle_iban(self, checked: bool) -> None:
        self._iban_revealed = checked
        self.reveal_button.setText(
            translate("Details", "Hide") if checked else translate("Details", "Show")
        )
        self.reveal_button.setAccessibleName(
            translate("Details", "Hide the full IBAN")
            if checked
            else translate("Details", "Show the full IBAN")
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

"""Export properties to an Excel workbook, CSV (UTF-8 with BOM) or JSON, written atomically.

A failed export leaves no half file. The workbook is what opens right in every Excel: a CSV
with commas opens as one column where the list separator is ";" (German Excel), while a .xlsx
has typed cells (text, true/false, dates) whatever the language. Text is written as text there,
never as a formula; in the other spreadsheet forms (CSV, tab-separated rows copied for pasting)
text that would run as a formula is neutralised. JSON stays exact.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from desktop_app.api.models import Property

CSV_COLUMNS = (
    "id",
    "code",
    "name",
    "city",
    "country",
    "status",
    "archived",
    "time_zone",
    "currency",
    "created",
)


#: OWASP's CSV injection advice: a cell starting with one of these is a formula (or a DDE call)
#: to Excel, LibreOffice and Google Sheets. defusedcsv covers the first four but not tab or CR.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_cell(value: object) -> str:
    """*value* as a spreadsheet cell: a leading formula character made text with a ``'``.

    Numbers stay numbers (a negative amount is not a formula); ``'`` is what Excel itself puts
    in front of text that would otherwise be read as something else, and it is not shown.
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float):
        return str(value)
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def property_row(prop: Property) -> dict[str, Any]:
    """One property as the export writes it (and "Copy row as JSON" copies it)."""
    return {
        "id": prop.id,
        "code": prop.code,
        "name": prop.display_name,
        "city": prop.city,
        "country": prop.country_code,
        "status": prop.status,
        "archived": prop.is_archived,
        "time_zone": prop.time_zone,
        "currency": prop.currency_code,
        "created": prop.created.isoformat() if prop.created else None,
    }


def _write_workbook(properties: Sequence[Property], path: str) -> None:
    """The properties as an Excel workbook: a bold, frozen, filtered header row, typed cells.

    Strings are written with ``write_string`` (never read as formulas, numbers or links), the
    archived flag as a boolean, the creation time as an Excel date-time (UTC, as apaleo sends).
    """
    import xlsxwriter  # only an export needs it

    workbook = xlsxwriter.Workbook(
        path, {"strings_to_numbers": False, "strings_to_formulas": False, "strings_to_urls": False}
    )
    try:
        sheet = workbook.add_worksheet("Properties")
        bold = workbook.add_format({"bold": True})
        when = workbook.add_format({"num_format": "yyyy-mm-dd hh:mm"})
        for column, title in enumerate(CSV_COLUMNS):
            sheet.write_string(0, column, title, bold)
        widths = [len(title) for title in CSV_COLUMNS]
        for row, prop in enumerate(properties, start=1):
            values = property_row(prop)
            for column, key in enumerate(CSV_COLUMNS):
                value = values[key]
                if key == "created" and prop.created is not None:
                    moment = prop.created
                    if moment.tzinfo is not None:  # Excel has no time zones: UTC, said in the name
                        moment = moment.astimezone(dt.UTC).replace(tzinfo=None)
                    sheet.write_datetime(row, column, moment, when)
                    widths[column] = max(widths[column], 16)
                elif isinstance(value, bool):
                    sheet.write_boolean(row, column, value)
                elif value is None:
                    sheet.write_blank(row, column, None)
                else:
                    text = str(value)
                    sheet.write_string(row, column, text)
                    widths[column] = max(widths[column], min(len(text), 60))
        for column, width in enumerate(widths):
            sheet.set_column(column, column, width + 2)
        sheet.freeze_panes(1, 0)
        sheet.autofilter(0, 0, len(properties), len(CSV_COLUMNS) - 1)
    finally:
        workbook.close()


def export_properties(properties: Sequence[Property], path: str | Path, kind: str) -> int:
    """Write *properties* to *path* as ``xlsx``, ``csv`` or ``json``; returns how many."""
    target = Path(path)
    if kind == "xlsx":
        fd, tmp = tempfile.mkstemp(prefix=".export-", suffix=".xlsx", dir=target.parent)
        os.close(fd)
        try:
            _write_workbook(properties, tmp)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return len(properties)
    rows = [property_row(p) for p in properties]
    if kind == "csv":
        buffer = io.StringIO(newline="")
        writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, quoting=csv.QUOTE_MINIMAL)
        writer.writeheader()
        for row in rows:
            writer.writerow({k: spreadsheet_cell(v) for k, v in row.items()})
        # Excel reads a CSV as UTF-8 only when it starts with a byte order mark; without one
        # "Zürich" arrives as "ZÃ¼rich".
        text = "\ufeff" + buffer.getvalue()
    elif kind == "json":
        text = json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    else:
        raise ValueError(f"unknown export format {kind!r}")
    fd, tmp = tempfile.mkstemp(prefix=".export-", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return len(rows)

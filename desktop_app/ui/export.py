"""Export properties to CSV (for Excel: UTF-8 with BOM) or JSON, written atomically.

A failed export leaves no half file. Text that a spreadsheet would run as a formula is neutralised
in every spreadsheet form (CSV here, tab-separated rows copied for pasting): JSON stays exact.
"""

from __future__ import annotations

import csv
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


def export_properties(properties: Sequence[Property], path: str | Path, kind: str) -> int:
    """Write *properties* to *path* as ``csv`` or ``json``; returns how many were written."""
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
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=".export-", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return len(rows)

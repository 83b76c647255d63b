"""Export properties to CSV or JSON, written atomically so a failed export leaves no half file."""

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


def _row(prop: Property) -> dict[str, Any]:
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
    rows = [_row(p) for p in properties]
    if kind == "csv":
        buffer = io.StringIO(newline="")
        writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, quoting=csv.QUOTE_MINIMAL)
        writer.writeheader()
        for row in rows:
            writer.writerow({k: "" if v is None else v for k, v in row.items()})
        text = buffer.getvalue()
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

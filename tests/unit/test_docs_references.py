"""docs/apaleo-behaviours.md names the test that pins each apaleo behaviour: each must exist."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PAGE = ROOT / "docs" / "apaleo-behaviours.md"


def test_every_test_the_page_names_exists() -> None:
    named: list[tuple[str, str]] = []
    for line in PAGE.read_text(encoding="utf-8").splitlines():
        if not line.startswith("|"):
            continue
        last_file: str | None = None
        for path, name in re.findall(r"`(tests/[\w/]+\.py)?(?:::(\w+))?`", line):
            if path:
                last_file = path
            if name:
                assert last_file, f"'::{name}' without a file before it in: {line[:80]}"
                named.append((last_file, name))
            elif path:
                assert (ROOT / path).exists(), path
    assert len(named) > 25
    for path, name in named:
        source = (ROOT / path).read_text(encoding="utf-8")
        assert re.search(rf"^def {name}\(", source, re.MULTILINE), f"{path}::{name} is gone"

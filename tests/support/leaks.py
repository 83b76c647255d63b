"""The leak scan: which files under some folders hold any of some secret values."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path


def find_leaks(
    roots: Iterable[Path], secrets: Iterable[str], *, skip_names: frozenset[str] = frozenset()
) -> tuple[int, list[str]]:
    """(files searched, hits as "path: prefix…"); symlinks, skipped names and huge files ignored."""
    needles = [s.encode("utf-8") for s in secrets]
    hits: list[str] = []
    scanned = 0
    for root in roots:
        for path in root.rglob("*"):
            if not path.is_file() or path.is_symlink() or path.name in skip_names:
                continue
            try:
                if path.stat().st_size > 50_000_000:
                    continue
                data = path.read_bytes()
            except OSError:
                continue
            scanned += 1
            hits += [f"{path}: {n[:6].decode()}…" for n in needles if n in data]
    return scanned, hits

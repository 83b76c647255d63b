"""The fingerprint of pyproject.toml's dependency lists, written into each lock by scripts/lock.sh.

A lock older than the dependencies it was solved from is caught by comparing this stamp
(tests/packaging/test_locks.py), without the network a new resolution would need.
"""

from __future__ import annotations

import hashlib
import json
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def stamp(pyproject: Path = ROOT / "pyproject.toml") -> str:
    """sha256 (first 16 hex digits) of the dependencies and extras, in a canonical form."""
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    wanted = {
        "requires-python": project.get("requires-python"),
        "dependencies": project.get("dependencies", []),
        "optional-dependencies": project.get("optional-dependencies", {}),
    }
    canonical = json.dumps(wanted, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()[:16]


if __name__ == "__main__":
    print(stamp())

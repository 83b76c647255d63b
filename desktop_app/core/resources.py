"""Where the app's files under ``resources/`` are: beside the package, or in the frozen bundle.

No Qt here: the windows, the command line's ``check`` and the sandbox's pages all look there.
"""

from __future__ import annotations

import os
import sys


def resource_path(*parts: str) -> str:
    """A file under ``resources/`` (next to the package, or in the PyInstaller bundle)."""
    base = getattr(sys, "_MEIPASS", None)
    root = (
        os.path.join(base, "resources")
        if base
        else os.path.join(os.path.dirname(__file__), "..", "..", "resources")
    )
    return os.path.normpath(os.path.join(root, *parts))


__all__ = ["resource_path"]

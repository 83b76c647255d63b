"""Modules loaded in a thread of their own while the main thread waits for the network.

The start's slowest step is often a request; what only its answer needs (PyJWT for an id_token)
can load meanwhile instead of after.
"""

from __future__ import annotations

import importlib
import sys
import threading


def import_in_background(*modules: str) -> None:
    """Import those of *modules* not loaded yet, in a daemon thread; returns at once."""
    missing = [m for m in modules if m not in sys.modules]
    if not missing:
        return

    def load() -> None:
        for module in missing:
            importlib.import_module(module)

    threading.Thread(target=load, name="import", daemon=True).start()


__all__ = ["import_in_background"]

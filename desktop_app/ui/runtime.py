"""Process-wide settings for a GUI that shares the GIL with its workers: set once, at start."""

from __future__ import annotations

import gc
import sys

#: How long a thread may hold the GIL before another gets it. The GUI thread shares the GIL
#: with the workers, and PySide6 lets go of it around Qt's own work and takes it back for every
#: call into Python (each cell a table paints is several); beside a busy worker each taking back
#: waits up to this long. A window's construction and first paint, 8 ms alone, took ~30 ms beside
#: a busy thread at 1 ms and ~13 ms at 0.2 ms (Python's default of 5 ms: ~90 ms).
SWITCH_INTERVAL_S = 0.0002
#: Full collections walk every tracked object while holding the GIL; with 10,000 properties in
#: memory one walk stalls the window for tens of milliseconds. Loaded rows are frozen out of the
#: collector's view once a load ends (:func:`settle`); between loads a full collection runs
#: only after this many middle-generation ones (Python's default is 10).
FULL_COLLECTION_EVERY = 100

_tuned = False


def tune() -> None:
    """Apply the settings (idempotent: tests and benchmarks call it again)."""
    global _tuned
    if _tuned:
        return
    _tuned = True
    sys.setswitchinterval(min(sys.getswitchinterval(), SWITCH_INTERVAL_S))
    young, middle, _old = gc.get_threshold()
    gc.set_threshold(young, middle, FULL_COLLECTION_EVERY)


def settle() -> None:
    """Move what is alive now out of the collector's view (after a load: rows live until the next).

    Objects frozen here are never walked again by a full collection; the next reload's garbage
    of them is freed by reference counting, as rows hold no cycles.
    """
    gc.freeze()

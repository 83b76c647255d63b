"""Process-wide settings for a GUI that shares the GIL with its workers: set once, at start."""

from __future__ import annotations

import gc
import sys

#: How long a thread may hold the GIL before another gets it. The GUI thread shares the GIL
#: with the workers: a worker parsing a page of JSON holds it for up to this long each time the
#: GUI needs it. 1 ms instead of Python's 5 keeps painting and input smooth while pages load.
SWITCH_INTERVAL_S = 0.001
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

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

#: The longest a start holds the collector off (should no window ever paint).
START_HOLD_MAX_MS = 5000

_tuned = False
_held = False


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


def hold_collector() -> None:
    """No cyclic collections while the app starts: called before the GUI's imports.

    A start allocates little but long-lived objects (modules, classes, Qt wrappers), and the
    collector walks them again and again: ~100 collections, 13-19 ms of a signed-in start, all
    of them before the first paint, none of them freeing anything worth it.
    """
    global _held
    if gc.isenabled():
        gc.disable()
        _held = True


def release_collector() -> None:
    """The start is over (a window painted): freeze what the start made, collect again.

    The log file, which the start did not wait for, is opened now too.
    """
    global _held
    if _held:
        _held = False
        gc.freeze()  # the start's objects live as long as the app: never walked again
        gc.enable()
    from desktop_app.core.log import open_log_file

    open_log_file()

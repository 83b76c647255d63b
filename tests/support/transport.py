"""Transports for tests: the app's own (a real HTTP session, the real policies), with pauses
skipped or recorded instead of spent, so retries are tested without the test waiting."""

from __future__ import annotations

import threading
from typing import Any

from desktop_app.core.errors import Cancelled
from desktop_app.net.transport import Transport


def no_wait(_seconds: float, cancel: threading.Event | None) -> None:
    """A pause that takes no time (but still ends with a cancel, as the real one does)."""
    if cancel is not None and cancel.is_set():
        raise Cancelled("Cancelled.")


def recording(waits: list[float]) -> Any:
    """A pause that records its length in *waits* and takes no time."""

    def wait(seconds: float, cancel: threading.Event | None) -> None:
        waits.append(seconds)
        no_wait(seconds, cancel)

    return wait


def quick(*, retries: int | None = None, backoff_s: float = 0.01, **changes: Any) -> Transport:
    """The app's transport with pauses skipped, short backoffs, and *retries* for reads if given."""
    transport = Transport(wait=changes.pop("wait", no_wait), **changes)
    reads: dict[str, Any] = {"backoff_s": backoff_s}
    if retries is not None:
        reads["attempts"] = retries + 1
    return transport.with_reads(**reads)

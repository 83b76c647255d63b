"""The sign-in listener beside slow local connections: time from the redirect to its verdict.

Each run opens a new listener, N connections that send a byte every 2 s (half) or nothing (half),
then sends the browser's redirect and times its page (the app reports "signed in" at once).
"""

from __future__ import annotations

import statistics
from collections.abc import Callable

from desktop_app.auth.loopback import CallbackListener
from tests.support.slowloris import SlowClients, redirect_verdict_s

COUNTS = (0, 100, 1000)
#: The browser's redirect answered within a second, whatever else is connected.
TARGET_S = 1.0


def bench_listener(runs: int, line: Callable[[str, str, str], None]) -> None:
    """Print the median and worst time to the verdict for each count of slow connections."""
    for count in COUNTS:
        times = []
        for _ in range(runs):
            listener = CallbackListener(0, "bench-state")
            slow = SlowClients(listener.port, count)
            try:
                times.append(redirect_verdict_s(listener, "bench-state"))
            finally:
                slow.close()
                listener.close()
        line(
            f"sign-in redirect to verdict, {count} slow connections (ms)",
            f"median {statistics.median(times) * 1000:.1f}, worst {max(times) * 1000:.1f}",
            f"(target <= {TARGET_S * 1000:.0f})",
        )

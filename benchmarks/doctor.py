"""The connection doctor on a healthy connection with 100 ms added to every request.

Target: the whole run in <= 3 s (the slowest path of dependent checks, not their sum). The
sandbox answers every request of both hosts 100 ms late (a real round trip to apaleo from a
hotel); the doctor runs over a signed-in connection, as from the window.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

from desktop_app.auth.secret_store import SecretStore
from desktop_app.connection import open_connection
from desktop_app.doctor.checks import run_doctor
from desktop_app.net.loopback_server import free_port
from desktop_app.sandbox import Fault, Sandbox
from tests.support.signin import sign_in

RTT_S = 0.1
TARGET_S = 3.0


def bench_doctor(runs: int, line: Callable[[str, str, str], None]) -> None:
    """Print the doctor's time (median and worst of *runs*) and its slowest check."""
    with Sandbox(redirect_port=free_port(), rate_limit=(3500, 60.0)) as sb:
        profile = sb.profile("bench-doctor").with_changes(ephemeral=True)
        connection = open_connection(
            profile,
            SecretStore(profile, memory_only=True),
            client_secret=sb.client_secret_for(profile),
        )
        sign_in(sb, connection.session)
        sb.faults.add(Fault("delay", delay_s=RTT_S))
        times: list[float] = []
        requests_per_run: list[int] = []
        statuses: set[str] = set()
        for _ in range(runs):
            before = sum(sb.stats.requests.values())
            started = time.monotonic()
            results = run_doctor(connection)
            times.append(time.monotonic() - started)
            requests_per_run.append(sum(sb.stats.requests.values()) - before)
            statuses |= {r.status for r in results if r.status not in ("ok", "skip")}
        connection.close()
    line(
        "doctor, healthy connection, +100 ms per request (s)",
        f"median {statistics.median(times):.2f}, worst {max(times):.2f}"
        f" ({statistics.median(requests_per_run):.0f} requests a run"
        f"{', problems: ' + ', '.join(sorted(statuses)) if statuses else ''})",
        f"target<={TARGET_S:.2f}",
    )


__all__ = ["bench_doctor"]

"""Child process: the inspector window loading N properties, measured from inside the GUI thread.

Signs in silently with the refresh token the runner stored, opens the MainWindow, and while the
pages arrive runs a 5 ms heartbeat timer; half-way it refreshes the token in a worker. Then it
waits for the window to finish what follows a load (the Users tab), asks the runner (a
``reload?`` line on stdout, answered on stdin) to change the account, and
reloads in place (F5) with the heartbeat on again. Prints one JSON line: the longest heartbeat
gaps, the memory growth, and the filter keystroke times.
"""

from __future__ import annotations

import gc
import json
import os
import resource
import statistics
import sys
import time

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication


def rss_mb() -> float:
    """Resident memory now (Linux /proc), in MB."""
    with open("/proc/self/statm", encoding="ascii") as handle:
        pages = int(handle.read().split()[1])
    return pages * resource.getpagesize() / 1e6


def main() -> int:
    from desktop_app.auth.secret_store import SecretStore
    from desktop_app.connection import open_connection
    from desktop_app.core.config import ProfileStore
    from desktop_app.ui import runtime
    from desktop_app.ui.context import WindowContext
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.workers import WorkerPool

    runtime.tune()  # as the app does at start
    if os.environ.get("BENCH_NO_GC"):
        gc.disable()
    app = QApplication(sys.argv[:1])
    store = ProfileStore()
    profile = store.get(os.environ["BENCH_PROFILE"])
    connection = open_connection(profile, SecretStore(profile))
    session = connection.session
    assert session.try_silent_sign_in(), "no stored sign-in"
    expected = int(os.environ["BENCH_PROPERTIES"])
    pool = WorkerPool()
    # The refresh half-way loads the refresh path's modules (oauthlib, PyJWT, filelock: ~3 MB of
    # code, once per run of the app, whatever the account's size): loaded first, so the growth
    # measured is the properties'.
    import filelock  # noqa: F401

    import desktop_app.auth.idtoken
    import desktop_app.auth.token_endpoint  # noqa: F401

    gc.collect()
    before = rss_mb()
    gaps: list[float] = []
    last = [time.perf_counter()]

    worst: list[tuple[float, int]] = [(0.0, 0)]

    def beat() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        if gaps[-1] > worst[0][0]:
            worst[0] = (gaps[-1], window.properties.model.rowCount())
        last[0] = now

    heartbeat = QTimer()
    heartbeat.setInterval(5)
    heartbeat.timeout.connect(beat)
    window = MainWindow(WindowContext.open(connection, store, pool, QSettings()))
    window.show()
    QApplication.processEvents()  # the first paint is start-up, measured elsewhere
    refreshed: list[bool] = []

    def maybe_refresh(*_args: object) -> None:
        if not refreshed and window.properties.model.rowCount() >= expected // 2:
            refreshed.append(True)
            pool.start(session.refresh)

    window.properties.model.rowsInserted.connect(maybe_refresh)
    result: dict[str, object] = {}

    def loaded(count: int) -> None:
        heartbeat.stop()
        QApplication.processEvents()
        gc.collect()
        after = rss_mb()
        timings = []
        for needle in ("berlin", "p0", "p01", "p012", "garden", "", "lisboa", "hotel 9", "x"):
            start = time.perf_counter()
            window.properties.filter_box.setText(needle)
            timings.append((time.perf_counter() - start) * 1000)
        result.update(
            rows=count,
            max_stall_ms=max(gaps) * 1000 if gaps else 0.0,
            beats=len(gaps),
            memory_growth_mb=after - before,
            filter_ms_median=statistics.median(timings),
            filter_ms_max=max(timings),
            refreshed=bool(refreshed),
            worst_at_rows=worst[0][1],
        )
        window.properties.filter_box.clear()
        settle.start()  # then the reload in place

    reload_gaps: list[float] = []
    # What the window does once a load ends (the Users tab is built and loads) is not part of
    # the reload in place measured next: wait until no worker has run for three 20 ms ticks.
    idle_ticks = [0]
    settle = QTimer()
    settle.setInterval(20)

    def check_idle() -> None:
        idle_ticks[0] = idle_ticks[0] + 1 if pool.active_count() == 0 else 0
        if idle_ticks[0] >= 3:
            settle.stop()
            reload_in_place()

    settle.timeout.connect(check_idle)

    def reload_in_place() -> None:
        print("reload?", flush=True)
        sys.stdin.readline()  # the runner changed the account meanwhile
        gaps.clear()
        window.properties_loaded.disconnect(loaded)
        window.properties_loaded.connect(reloaded)
        last[0] = time.perf_counter()
        heartbeat.start()
        window.properties.reload()  # what F5 does to the properties

    def reloaded(count: int) -> None:
        heartbeat.stop()
        reload_gaps.extend(gaps)
        result.update(
            reload_rows=count,
            reload_max_stall_ms=max(reload_gaps) * 1000 if reload_gaps else 0.0,
        )
        app.quit()

    window.properties_loaded.connect(loaded)
    last[0] = time.perf_counter()
    heartbeat.start()
    QTimer.singleShot(120_000, app.quit)
    app.exec()
    window.shutdown()
    pool.stop_all(5000)
    print(json.dumps(result), flush=True)
    return 0 if result.get("rows") == expected else 1


if __name__ == "__main__":
    sys.exit(main())

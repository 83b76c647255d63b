"""Every benchmark against the sandbox on loopback, each figure printed with its target.

Run with ``scripts/bench.sh`` (it sets up and provides the real keyring). The sandbox runs in this
process; the app and the yardstick window run as child processes started the same way, measured
side by side and alternated so drift hits both. Output lines: ``name: value target``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from desktop_app.auth.secret_store import SecretStore
from desktop_app.connection import open_connection
from desktop_app.core.config import Profile, ProfileStore
from desktop_app.sandbox import Fault, Sandbox
from tests.support.signin import expire_kept_access_token, keep_sign_in, sign_in

ROOT = Path(__file__).resolve().parent.parent
#: apaleo's limit on live accounts (3,500 requests a minute): the benchmarks measure the app,
#: not a development account's 200 a minute.
LIVE_RATE_LIMIT = (3500, 60.0)
#: The round trip added to every request in the latency rows.
RTT_S = 0.1


def line(name: str, value: str, target: str) -> None:
    print(f"{name}: {value} {target}", flush=True)


def _child_env(config_dir: Path) -> dict[str, str]:
    env = dict(os.environ)
    # QSettings (window sizes, table columns, the last profile) go to XDG_CONFIG_HOME: the
    # benchmark's own, so it neither reads nor changes the settings of whoever runs it.
    env.update(
        QT_QPA_PLATFORM="offscreen",
        APALEO_INSPECTOR_CONFIG_DIR=str(config_dir),
        XDG_CONFIG_HOME=str(config_dir / "settings"),
    )
    env.setdefault("DBUS_SESSION_BUS_ADDRESS", "disabled:")
    return env


def _time_to_probe(args: list[str], env: dict[str, str], probe: str) -> float:
    """Seconds from spawning *args* to its ``PROBE <probe> <t>`` line (CLOCK_MONOTONIC)."""
    start = time.monotonic()
    done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=120, check=False)
    for row in done.stderr.splitlines():
        if row.startswith(f"PROBE {probe} "):
            return float(row.split()[2]) - start
    raise RuntimeError(
        f"{' '.join(args)} gave no probe (exit {done.returncode}): {done.stderr[-800:]}"
    )


def _probe_times(args: list[str], env: dict[str, str]) -> dict[str, float]:
    """Every ``PROBE <event> <t>`` of one run, as seconds since the spawn."""
    start = time.monotonic()
    done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=120, check=False)
    times = {
        row.split()[1]: float(row.split()[2]) - start
        for row in done.stderr.splitlines()
        if row.startswith("PROBE ")
    }
    if not times:
        raise RuntimeError(f"{' '.join(args)} gave no probe: {done.stderr[-800:]}")
    return times


def _signed_in_profile(sb: Sandbox, config_dir: Path, name: str) -> Profile:
    """A saved profile for *sb* with a refresh token in the keyring, as after a real sign-in."""
    profile = sb.profile(name, redirect_port=0)
    secrets = SecretStore(profile)
    if not secrets.is_persistent:
        raise SystemExit(
            f"benchmarks need the OS keyring: {secrets.problem} (use scripts/bench.sh)"
        )
    secrets.set_client_secret(sb.client_secret_for(profile))
    return keep_sign_in(sb, profile, ProfileStore(config_dir))


def _mw(values: list[float], scale: float = 1000.0) -> str:
    """'median M, worst W' of *values* (seconds, shown in ms by default)."""
    return f"median {statistics.median(values) * scale:.0f}, worst {max(values) * scale:.0f}"


def bench_start(runs: int, config_dir: Path) -> float:
    """First paint of the app (no profile) against the bare window; returns the app's median."""
    python = sys.executable
    env = _child_env(config_dir / "empty")
    bare_args = [python, "-m", "benchmarks.bare_window"]
    app_args = [python, "-m", "desktop_app"]
    bare, app = [], []
    _time_to_probe(bare_args, env, "first-paint")  # warm the file cache for both
    _time_to_probe(app_args, {**env, "APALEO_INSPECTOR_PROBE": "first-paint"}, "first-paint")
    for _ in range(runs):
        bare.append(_time_to_probe(bare_args, env, "first-paint"))
        app.append(
            _time_to_probe(
                app_args, {**env, "APALEO_INSPECTOR_PROBE": "first-paint"}, "first-paint"
            )
        )
    ratios = [a / b for a, b in zip(app, bare, strict=True)]
    line("bare_window_first_paint_ms", _mw(bare), f"(yardstick, {runs} runs)")
    line("app_first_paint_ms", _mw(app), "(not signed in)")
    line(
        "app_first_paint_ratio",
        f"median {statistics.median(ratios):.2f}, worst {max(ratios):.2f}",
        "target<=1.40",
    )
    return float(statistics.median(app))


def bench_signed_in_start(runs: int, config_dir: Path, first_paint_s: float) -> None:
    """Start to a filled table with a saved sign-in: no latency, then 100 ms a round trip."""
    python = sys.executable
    with Sandbox(any_loopback_port=True, rate_limit=LIVE_RATE_LIMIT) as sb:
        profile = _signed_in_profile(sb, config_dir / "signed", "bench-start")
        env = _child_env(config_dir / "signed")
        bare_env = _child_env(config_dir / "empty")
        app_args = [python, "-m", "desktop_app", "--profile", "bench-start"]
        app_env = {**env, "APALEO_INSPECTOR_PROBE": "properties-loaded"}
        both_env = {**env, "APALEO_INSPECTOR_PROBE": "first-paint,properties-loaded"}

        def filled() -> float:
            return _time_to_probe(app_args, app_env, "properties-loaded")

        totals: list[float] = []

        def after_first_paint() -> float:
            """Round trips from this start's own first paint to the filled table."""
            times = _probe_times(app_args, both_env)
            totals.append(times["properties-loaded"])
            return (times["properties-loaded"] - times["first-paint"]) / RTT_S

        bare, app = [], []
        for _ in range(runs):
            bare.append(
                _time_to_probe([python, "-m", "benchmarks.bare_window"], bare_env, "first-paint")
            )
            app.append(filled())
        ratios = [a / b for a, b in zip(app, bare, strict=True)]
        line("app_signed_in_table_filled_ms", _mw(app), "(saved sign-in, demo account, no latency)")
        line(
            "app_signed_in_table_filled_ratio",
            f"median {statistics.median(ratios):.2f}, worst {max(ratios):.2f}",
            "target<=3.00",
        )
        # apaleo is 30-150 ms away from a hotel: every request answered 100 ms late
        sb.faults.add(Fault("delay", path="", delay_s=RTT_S))
        valid = [after_first_paint() for _ in range(runs)]
        valid_total, totals[:] = list(totals), []
        # One start unmeasured: it keeps the discovery document and signing keys on disk, as
        # any earlier start of the app has (a first start ever pays two more round trips).
        expire_kept_access_token(profile, str(profile.last_account))
        after_first_paint()
        totals.clear()
        expired = []
        for _ in range(runs):
            expire_kept_access_token(profile, str(profile.last_account))
            expired.append(after_first_paint())
        expired_total = list(totals)
    # "First paint + N round trips" is read from this start's own first paint (the inspector
    # window): with no latency that reading is the zero-latency row above, where the table may
    # fill 3x a bare window's paint, i.e. well after a start without a profile paints. Counted
    # from that earlier paint instead, the local work of a signed-in start counts as round trips
    # too: printed for reference, without a target.
    for kind, own, total, target in (
        ("valid", valid, valid_total, "1.30"),
        ("expired", expired, expired_total, "2.30"),
    ):
        beyond = [(t - first_paint_s) / RTT_S for t in total]
        line(
            f"signed_in_start_round_trips_token_{kind}",
            f"median {statistics.median(own):.2f}, worst {max(own):.2f}",
            f"target<={target} (this start's first paint to the filled table, "
            f"{RTT_S * 1000:.0f} ms round trips)",
        )
        line(
            f"signed_in_start_round_trips_token_{kind}_from_bare_paint",
            f"median {statistics.median(beyond):.2f}, worst {max(beyond):.2f}",
            "(reference: counted from the first paint of a start without a profile)",
        )


def _change_account(sb: Sandbox, run: int) -> None:
    """Between the load and the reload: 1 % of the properties renamed, 10 deleted, 10 added."""
    data = sb.data
    for prop in data.properties[::100]:
        prop["name"] = {"en": f"Renamed {run} {prop['code']}", "de": f"Umbenannt {prop['code']}"}
    for prop in data.properties[5:15]:
        data.remove_property(prop["id"])
    for n in range(10):
        data.add_property({**data.properties[n], "id": f"NEW{run}-{n}", "code": f"NEW{run}{n}"})


def _one_gui_load(sb: Sandbox, env: dict[str, str]) -> dict[str, Any]:
    """One gui_load child: the load, then (after changing the account) the reload in place."""
    child = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.gui_load"],
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdin is not None
    assert child.stdout is not None
    runs = sb.stats.requests["GET /inventory/v1/properties"]
    for row in child.stdout:
        if row.strip() == "reload?":
            _change_account(sb, runs)
            child.stdin.write("go\n")
            child.stdin.flush()
            break
    out, err = child.communicate(timeout=300)
    if child.returncode != 0 or not out.strip():
        raise RuntimeError(f"gui_load failed: {err[-1500:]}")
    return dict(json.loads(out.strip().splitlines()[-1]))


def bench_gui_load(count: int, config_dir: Path, repeats: int = 3) -> None:
    """The 10,000-property load, *repeats* times: the median run is reported, the worst shown."""
    results = []
    with Sandbox(any_loopback_port=True, rate_limit=LIVE_RATE_LIMIT, property_count=count) as sb:
        _signed_in_profile(sb, config_dir / "load", "bench-load")
        env = _child_env(config_dir / "load")
        env.update(BENCH_PROFILE="bench-load", BENCH_PROPERTIES=str(count))
        for _ in range(repeats):
            results.append(_one_gui_load(sb, env))
        refreshes = sb.stats.token_requests["refresh_token"]

    def median(key: str) -> float:
        return float(statistics.median(float(r[key]) for r in results))

    def worst(key: str) -> float:
        return max(float(r[key]) for r in results)

    line(
        "load_rows",
        str(results[0]["rows"]),
        f"(of {count}, {repeats} runs, token refreshed mid-way each run: "
        f"{all(r['refreshed'] for r in results)}, {refreshes} refresh calls in all)",
    )
    line(
        "load_longest_gui_stall_ms",
        f"median {median('max_stall_ms'):.1f}, worst {worst('max_stall_ms'):.1f}",
        "target<=33 (5 ms heartbeat)",
    )
    line(
        "reload_in_place_longest_gui_stall_ms",
        f"median {median('reload_max_stall_ms'):.1f}, worst {worst('reload_max_stall_ms'):.1f}",
        f"target<=33 (F5 over {results[0]['reload_rows']} rows: 1 % renamed, 10 gone, 10 new)",
    )
    line(
        "load_memory_growth_mb",
        f"median {median('memory_growth_mb'):.1f}, worst {worst('memory_growth_mb'):.1f}",
        "target<=40",
    )
    line(
        "filter_keystroke_ms",
        f"median {median('filter_ms_median'):.1f}, worst {worst('filter_ms_max'):.1f}",
        "target median<=16, worst<=33",
    )


def bench_token_calls(config_dir: Path) -> None:
    with Sandbox(any_loopback_port=True, rate_limit=LIVE_RATE_LIMIT, access_token_ttl=3600) as sb:
        profile = sb.profile("bench-tokens", redirect_port=0, ephemeral=True)
        connection = open_connection(
            profile,
            SecretStore(profile, memory_only=True),
            client_secret=sb.client_secret_for(profile),
        )
        session, api = connection.session, connection.api
        sign_in(sb, session)
        sb.stats.reset()
        calls = [0]
        lock = threading.Lock()

        def worker(n: int) -> None:
            for _ in range(n):
                api.property_count()
                with lock:
                    calls[0] += 1

        threads = [threading.Thread(target=worker, args=(125,)) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        line(
            "token_calls_in_1000_api_calls",
            str(sum(sb.stats.token_requests.values())),
            f"target=0 ({calls[0]} calls, 8 threads)",
        )
        tokens = session.tokens
        assert tokens is not None
        session._tokens = replace(
            tokens, expires_at=time.time() + 1.0, issued_at=time.time() - 3599
        )
        sb.stats.reset()
        barrier = threading.Barrier(50)

        def straddle() -> None:
            barrier.wait()
            api.property_count()

        threads = [threading.Thread(target=straddle) for _ in range(50)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        line(
            "refreshes_for_50_calls_at_expiry",
            str(sb.stats.token_requests["refresh_token"]),
            "target=1",
        )
        session.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--runs", type=int, default=5, help="runs of each figure (median and worst are printed)"
    )
    parser.add_argument("--properties", type=int, default=10_000)
    parser.add_argument(
        "--only",
        default="start,signed,load,tokens,listener,doctor",
        help="comma list of: start,signed,load,tokens,listener,doctor",
    )
    args = parser.parse_args()
    os.chdir(ROOT)
    print(
        f"# {platform.node()} · {platform.platform()} · {os.cpu_count()} cores · Python {platform.python_version()}"
    )
    with tempfile.TemporaryDirectory(prefix="inspector-bench-") as tmp:
        config = Path(tmp)
        chosen = set(args.only.split(","))
        first_paint = bench_start(args.runs, config) if chosen & {"start", "signed"} else 0.0
        if "signed" in chosen:
            bench_signed_in_start(args.runs, config, first_paint)
        if "load" in chosen:
            bench_gui_load(args.properties, config, repeats=args.runs)
        if "tokens" in chosen:
            bench_token_calls(config)
        if "listener" in chosen:
            from benchmarks.listener import bench_listener

            bench_listener(args.runs, line)
        if "doctor" in chosen:
            from benchmarks.doctor import bench_doctor

            bench_doctor(args.runs, line)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Size and start time of the bundle against the unfrozen app, side by side in one run.

Start time: process start to the first painted window (the sign-in window, no profile), the
``first-paint`` probe, median of N alternating runs. Usage: packaging/measure.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "apaleo-inspector"


def first_paint(args: list[str], env: dict[str, str]) -> float:
    """Seconds from spawning *args* to its first painted window."""
    start = time.monotonic()
    done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=120, check=False)
    for row in done.stderr.splitlines():
        if row.startswith("PROBE first-paint "):
            return float(row.split()[2]) - start
    raise RuntimeError(f"no first paint from {args[0]}: {done.stderr[-500:]}")


def main() -> int:
    """Print the size and the start-time figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--app", default=str(BUNDLE / "apaleo-inspector"), help="the frozen app")
    parser.add_argument(
        "--only-app", action="store_true", help="time the app alone (an installed package)"
    )
    args = parser.parse_args()
    # symlinks (top-level Qt libraries point into PySide6/Qt/lib) are not counted twice; the
    # console twin (a CI build of Windows' shape) is not part of the Linux bundle: counted apart
    if not args.only_app:
        twin = BUNDLE / "apaleo-inspector-cli"
        files = [f for f in BUNDLE.rglob("*") if f.is_file() and not f.is_symlink()]
        size = sum(f.stat().st_size for f in files if f != twin)
        print(f"bundle_size_mb: {size / 1e6:.1f} ({size / 2**20:.1f} MiB) target<=125 MiB")
        if twin.exists():
            print(f"console_twin_mb: {twin.stat().st_size / 1e6:.1f} (Windows ships it too)")
    with tempfile.TemporaryDirectory() as config:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", APALEO_INSPECTOR_CONFIG_DIR=config)
        env["APALEO_INSPECTOR_PROBE"] = "first-paint"
        env.setdefault("DBUS_SESSION_BUS_ADDRESS", "disabled:")
        frozen_cmd = [args.app]
        source_cmd = [sys.executable, "-m", "desktop_app"]
        first_paint(frozen_cmd, env)
        first_paint(source_cmd, env)  # warm both
        frozen, source = [], []
        for _ in range(args.runs):
            frozen.append(first_paint(frozen_cmd, env))
            source.append(first_paint(source_cmd, env))
    f, s = statistics.median(frozen), statistics.median(source)
    if args.only_app:
        print(
            f"installed_first_paint_ms: median {f * 1000:.0f}, worst {max(frozen) * 1000:.0f} "
            f"({args.runs} runs; unfrozen median {s * 1000:.0f})"
        )
        return 0
    print(f"unfrozen_first_paint_ms: {s * 1000:.0f}")
    print(f"frozen_first_paint_ms: {f * 1000:.0f}")
    print(f"frozen_start_ratio: {f / s:.2f} target<=1.30")
    return 0


if __name__ == "__main__":
    sys.exit(main())

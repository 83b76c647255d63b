"""The command line's cheap paths: --version and --help work without a display or Qt."""

from __future__ import annotations

import os
import subprocess
import sys

from desktop_app import __version__


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["QT_QPA_PLATFORM"] = ""  # no platform at all: these paths must not need one
    code = (
        "import sys, runpy; sys.argv = ['apaleo-inspector', *sys.argv[1:]]\n"
        "try:\n    runpy.run_module('desktop_app', run_name='__main__')\n"
        "finally:\n    print('QT_LOADED' if 'PySide6' in sys.modules else '', file=sys.stderr)\n"
    )
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


def test_version_without_display() -> None:
    result = _run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"apaleo-inspector {__version__}"
    assert "QT_LOADED" not in result.stderr


def test_help_without_display_lists_options() -> None:
    result = _run("--help")
    assert result.returncode == 0
    for option in ("--demo", "--profile", "--no-browser", "--debug"):
        assert option in result.stdout
    assert "QT_LOADED" not in result.stderr

"""Every window fits the screen it opens on: a 1024x768 screen, and a 2560x1440 one at 200 %.

Each case is a child process whose offscreen screen is configured (Qt's offscreen platform
takes a screen's size and device pixel ratio from a JSON file), in English and in German (the
longer words); the main window also meets a geometry saved on a bigger monitor, which it must
not restore where it would run off this screen.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.support.screens import SCREENS, offscreen_platform

ROOT = Path(__file__).resolve().parents[2]


def _open_all(tmp_path: Path, screen: str, language: str, *, saved: str = "") -> dict[str, Any]:
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE")}
    env.update(
        QT_QPA_PLATFORM=offscreen_platform(tmp_path, screen),
        LANG="de_DE.UTF-8" if language == "de" else "en_US.UTF-8",
        APALEO_INSPECTOR_CONFIG_DIR=str(tmp_path / "config"),
        XDG_CONFIG_HOME=str(tmp_path / "settings"),
        PYTHONPATH=str(ROOT),
    )
    if saved:
        env["SAVED"] = saved
    done = subprocess.run(
        [sys.executable, "-m", "tests.support.screen_fit"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("SCREEN ")]
    assert lines, done.stderr[-2000:]
    found: dict[str, Any] = json.loads(lines[-1][len("SCREEN ") :])
    return found


@pytest.mark.parametrize("language", ["en", "de"])
@pytest.mark.parametrize("screen", list(SCREENS))
def test_every_window_fits_the_screen(tmp_path: Path, screen: str, language: str) -> None:
    found = _open_all(tmp_path, screen, language, saved="1800x1000")  # from a big monitor
    width, height, ratio = SCREENS[screen]
    assert found["scale"] == ratio
    for name in ("signin", "settings", "wizard", "main"):
        window = found[name]
        assert window["fits"], f"{name} runs off the {screen} screen: {window}"
        assert window["area"] == [0, 0, width, height]
    # the main window takes most of a small screen, not a fixed size
    main_width, main_height = found["main"]["frame"][2:]
    assert main_width >= 0.8 * width
    assert main_height >= 0.8 * height


def test_a_saved_size_that_fits_is_kept(tmp_path: Path) -> None:
    found = _open_all(tmp_path, "1024x768", "en", saved="900x600")
    assert found["main"]["fits"]
    assert found["main"]["frame"][2:] >= [900, 600]  # the frame adds its margins, if any
    assert found["main"]["frame"][2] <= 910

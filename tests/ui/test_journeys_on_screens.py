"""The admin's day (``test_journeys.py``) again on the screens a front desk has, in both languages.

Each run is a child pytest of that module, on a configured offscreen screen (Qt's offscreen
platform reads a screen's size and device pixel ratio from a JSON file): a 1024x768 screen, and
a 2560x1440 one at 200 % (1280x720 for Qt); in English and German. Every step's checks run
there: nothing larger than that screen, nothing cut off, the focus on a control, no dialog out of
turn.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.screens import SCREENS, offscreen_platform

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.browser
@pytest.mark.keyring
@pytest.mark.parametrize("language", ["en", "de"])
@pytest.mark.parametrize("screen", list(SCREENS))
def test_the_admins_day_on_a_small_or_scaled_screen(
    tmp_path: Path, screen: str, language: str
) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": offscreen_platform(tmp_path, screen),
        "JOURNEY_LANGUAGE": language,
    }
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "--basetemp",
            str(tmp_path / "child"),
            "tests/ui/test_journeys.py",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
    assert "1 passed" in done.stdout

"""The screens a front desk has, as Qt's offscreen platform can pretend to be them.

The offscreen platform reads a screen's size and device pixel ratio from a JSON file named in
``QT_QPA_PLATFORM=offscreen:configfile=…``; a child process started with that sees exactly that
screen.
"""

from __future__ import annotations

import json
from pathlib import Path

#: name → (width, height, device pixel ratio), in Qt's device-independent pixels.
SCREENS = {
    "1024x768": (1024, 768, 1),
    "2560x1440 at 200 %": (1280, 720, 2),
}


def offscreen_platform(folder: Path, screen: str) -> str:
    """The ``QT_QPA_PLATFORM`` value for a child process on *screen* (its config in *folder*)."""
    width, height, ratio = SCREENS[screen]
    config = folder / "screen.json"
    config.write_text(
        json.dumps(
            {
                "screens": [
                    {
                        "name": "front desk",
                        "x": 0,
                        "y": 0,
                        "width": width,
                        "height": height,
                        "logicalDpi": 96,
                        "logicalBaseDpi": 96,
                        "dpr": ratio,
                    }
                ]
            }
        )
    )
    return f"offscreen:configfile={config}"

r"""dmgbuild's settings: the disk image users open, the app beside a link to Applications.

dmgbuild runs this file with ``defines`` set from its ``-D`` options:
    dmgbuild -s packaging/macos/dmg_settings.py -D app="dist/apaleo Inspector.app" \
        "apaleo Inspector" dist/apaleo-inspector-VERSION-ARCH.dmg
"""

from __future__ import annotations

import os

defines: dict[str, str] = globals().get("defines", {})
application = defines.get("app", "dist/apaleo Inspector.app")
name = os.path.basename(application)

format = "UDZO"  # compressed, read-only
filesystem = "HFS+"
files = [application]
symlinks = {"Applications": "/Applications"}
# Drag the app onto the Applications link: both in one row, the window just big enough.
icon_locations = {name: (140, 150), "Applications": (420, 150)}
window_rect = ((200, 200), (560, 330))
icon_size = 112
text_size = 13
show_status_bar = False
show_tab_view = False
show_toolbar = False
show_pathbar = False
show_sidebar = False
default_view = "icon-view"

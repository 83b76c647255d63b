#!/usr/bin/env bash
# Screenshots of the main views on the demo account, on a virtual X screen: docs/screenshots/*.png
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh >/dev/null
QT_QPA_PLATFORM=xcb DBUS_SESSION_BUS_ADDRESS=disabled: \
  xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python scripts/screenshots.py
# the inspector on a whole 1024x768 screen: it sizes itself to fit
SHOTS=small-screen QT_QPA_PLATFORM=xcb DBUS_SESSION_BUS_ADDRESS=disabled: \
  xvfb-run -a -s "-screen 0 1024x768x24" .venv/bin/python scripts/screenshots.py

#!/usr/bin/env bash
# Sets up what the app needs (scripts/setup.sh --demo: not the test or packaging tools), then
# starts apaleo Inspector on its embedded sandbox.
# With no display (a server, a container), the window opens on a virtual screen (Xvfb).
# Usage: scripts/demo.sh [extra apaleo-inspector args...]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --demo
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  echo "==> No display found: starting on a virtual screen (xvfb-run). Use a desktop session to see it."
  exec xvfb-run -a .venv/bin/apaleo-inspector --demo "$@"
fi
exec .venv/bin/apaleo-inspector --demo "$@"

#!/usr/bin/env bash
# Builds the Linux bundle, then checks it as CI does: the frozen `check`, a frozen `--demo`
# sign-in end to end (Xvfb, the system-browser route, headless Chromium, real keyring), and its
# size and start time. Usage: packaging/check_bundle.sh
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/build.sh
echo "==> frozen check"
scripts/with-real-parts.sh dist/apaleo-inspector/apaleo-inspector check
echo "==> frozen --demo sign-in, end to end"
INSPECTOR_APP="$PWD/dist/apaleo-inspector/apaleo-inspector" \
  scripts/with-real-parts.sh .venv/bin/python -m pytest -q -p no:cacheprovider \
  tests/e2e/test_demo_under_xvfb.py
echo "==> size and start time"
.venv/bin/python packaging/measure.py --runs 5

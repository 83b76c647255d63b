#!/usr/bin/env bash
# Builds the Linux bundle, then checks it as CI does: the frozen `check` (and its console twin's), a frozen `--demo`
# sign-in end to end (Xvfb, the system-browser route, headless Chromium, real keyring), and its
# size and start time. Usage: packaging/check_bundle.sh
set -euo pipefail
cd "$(dirname "$0")/.."
# with the console twin Windows gets (INSPECTOR_CLI_TWIN=1): the spec's two-program shape, here
INSPECTOR_CLI_TWIN=1 packaging/build.sh
echo "==> frozen check, and the console twin beside the app (one folder, shared libraries)"
scripts/with-real-parts.sh dist/apaleo-inspector/apaleo-inspector check
scripts/with-real-parts.sh dist/apaleo-inspector/apaleo-inspector-cli check | grep "^ok       log file: "
test "$(dist/apaleo-inspector/apaleo-inspector-cli --version)" = "$(dist/apaleo-inspector/apaleo-inspector --version)"
test "$(find dist/apaleo-inspector -maxdepth 1 -type f | wc -l)" -eq 2
echo "==> the frozen doctor on the embedded sandbox: every check passes (TLS: none on loopback)"
scripts/with-real-parts.sh dist/apaleo-inspector/apaleo-inspector-cli doctor --demo \
  | tail -1 | grep "^12 ok, 0 warnings, 0 failed, 1 skipped"
echo "==> frozen --demo sign-in, end to end"
INSPECTOR_APP="$PWD/dist/apaleo-inspector/apaleo-inspector" \
  scripts/with-real-parts.sh .venv/bin/python -m pytest -q -p no:cacheprovider \
  tests/e2e/test_demo_under_xvfb.py
echo "==> size and start time"
.venv/bin/python packaging/measure.py --runs 5

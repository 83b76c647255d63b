#!/usr/bin/env bash
# The loopback listener under 10,000 hostile requests (CI runs 2,000 in the test suite).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh >/dev/null
INSPECTOR_ATTACK_REQUESTS="${1:-10000}" .venv/bin/python -m pytest -q -s -p no:cacheprovider tests/reliability/test_listener_attack.py

#!/usr/bin/env bash
# Sets everything up, then runs every benchmark against the sandbox (real keyring, offscreen Qt)
# and prints each figure (median and worst of --runs, 5 by default) with its target.
# Usage: scripts/bench.sh [--runs N] [--properties N] [--only start,signed,load,tokens,listener,doctor]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh >/dev/null
exec scripts/with-real-parts.sh .venv/bin/python -m benchmarks.run "$@"

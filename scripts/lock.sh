#!/usr/bin/env bash
# The locks: exact versions with their hashes, one resolution for Linux, Windows and macOS
# (uv pip compile --universal), so the workflow's three jobs and a developer's set-up install the
# same files. Run after changing pyproject.toml's dependencies; tests/packaging/test_locks.py fails
# while a lock is older than pyproject.toml.
#   locks/demo.txt   the app alone (scripts/demo.sh)
#   locks/build.txt  the app and the installer tools (.github/workflows/build.yml)
#   locks/dev.txt    the app, the installer tools and the test tool chain (scripts/setup.sh)
# The smaller locks are solved within dev.txt's versions, so all three agree.
set -euo pipefail
cd "$(dirname "$0")/.."
UV_VERSION=0.13.8
UV=.venv/bin/uv
[ -x "$UV" ] && "$UV" --version | grep -q " $UV_VERSION" ||
  .venv/bin/python -m pip install -q --disable-pip-version-check "uv==$UV_VERSION"
compile() {
  "$UV" pip compile --quiet --universal --generate-hashes --python-version 3.11 \
    --index-url https://pypi.org/simple --no-header --annotation-style line \
    --custom-compile-command scripts/lock.sh "$@"
}
stamp="# pyproject: $(python3 packaging/lock_stamp.py)"
compile pyproject.toml --extra test --extra build ${LOCK_PINS:+-c "$LOCK_PINS"} -o locks/dev.txt
compile pyproject.toml --extra build -c locks/dev.txt -o locks/build.txt
compile pyproject.toml -c locks/dev.txt -o locks/demo.txt
for lock in locks/dev.txt locks/build.txt locks/demo.txt; do
  { echo "# Made by scripts/lock.sh (uv $UV_VERSION, --universal): do not edit."
    echo "$stamp"
    cat "$lock"; } > "$lock.new"
  mv "$lock.new" "$lock"
done
echo "==> locks/: $(grep -c '==' locks/dev.txt) packages in dev.txt"

#!/usr/bin/env bash
# Builds the installer bundle with PyInstaller: dist/apaleo-inspector/ (one folder, the default),
# or one file with INSPECTOR_ONEFILE=1; INSPECTOR_DEBUG=1 adds a console and debug output.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh >/dev/null
.venv/bin/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
  packaging/apaleo-inspector.spec
if [ "${INSPECTOR_ONEFILE:-}" = "1" ]; then
  echo "==> Built dist/apaleo-inspector ($(du -sh dist/apaleo-inspector | cut -f1))"
else
  echo "==> Built dist/apaleo-inspector/ ($(du -sh dist/apaleo-inspector | cut -f1))"
fi

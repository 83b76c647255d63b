#!/usr/bin/env bash
# Builds the Linux package from the bundle and checks it as a user would meet it: lintian, then
# `apt-get install ./…deb` (dependencies resolved by apt), the installed `check` and a --demo
# sign-in through Chromium from /usr/bin/apaleo-inspector, then `apt-get purge` and a search
# for anything of the package left behind. Prints the package and bundle sizes against their
# targets. Needs root (CI is root; elsewhere run with sudo). Usage: packaging/check_deb.sh
set -euo pipefail
cd "$(dirname "$0")/.."
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive

.venv/bin/python packaging/deb.py
deb=$(ls dist/apaleo-inspector_*_amd64.deb)

# Someone's own apaleo-inspector is installed here (not on CI's fresh machine): the checks must
# not replace it or purge it. The package is unpacked under a private prefix and checked there.
if dpkg-query -W -f='${Status}' apaleo-inspector 2>/dev/null | grep -q "install ok installed"; then
  echo "==> apaleo-inspector $(dpkg-query -W -f='${Version}' apaleo-inspector) is installed here:"
  echo "    left alone; the new package is checked unpacked under a private prefix instead"
  lintian --fail-on error --display-level ">=error" "$deb" && echo "lintian: no errors"
  prefix=$(mktemp -d)
  trap 'rm -rf "$prefix"' EXIT
  dpkg-deb -x "$deb" "$prefix"
  scripts/with-real-parts.sh "$prefix/opt/apaleo-inspector/apaleo-inspector" check
  INSPECTOR_APP="$prefix/opt/apaleo-inspector/apaleo-inspector" scripts/with-real-parts.sh \
    .venv/bin/python -m pytest -q -p no:cacheprovider tests/e2e/test_demo_under_xvfb.py
  exit 0
fi

echo "==> lintian (errors fail the build)"
lintian --fail-on error --display-level ">=error" "$deb" && echo "lintian: no errors"

echo "==> install with apt (dependencies resolved)"
if ! $SUDO apt-get install -y -qq "./$deb" >/dev/null; then
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq "./$deb" >/dev/null
fi
files=$(dpkg -L apaleo-inspector)
test -x /usr/bin/apaleo-inspector
test -f /usr/share/applications/apaleo-inspector.desktop
test -f /usr/share/icons/hicolor/scalable/apps/apaleo-inspector.svg

echo "==> installed check and --demo sign-in through Chromium"
scripts/with-real-parts.sh /usr/bin/apaleo-inspector check
INSPECTOR_APP=/usr/bin/apaleo-inspector scripts/with-real-parts.sh \
  .venv/bin/python -m pytest -q -p no:cacheprovider tests/e2e/test_demo_under_xvfb.py

echo "==> installed start time"
.venv/bin/python packaging/measure.py --runs 5 --app /usr/bin/apaleo-inspector --only-app

echo "==> purge, then nothing of the package is left"
$SUDO apt-get purge -y -qq apaleo-inspector >/dev/null
left=0
while IFS= read -r path; do
  # shared folders (/usr/share/icons, ...) stay; every file and the package's own folders go
  if [ -e "$path" ] || [ -L "$path" ]; then
    if [ ! -d "$path" ] || [[ "$path" == /opt/apaleo-inspector* ]]; then
      echo "left behind: $path"
      left=1
    fi
  fi
done <<< "$files"
[ -e /opt/apaleo-inspector ] && { echo "left behind: /opt/apaleo-inspector"; left=1; }
[ "$left" -eq 0 ] || exit 1
echo "purged: no file left"

echo "==> sizes"
deb_bytes=$(stat -c %s "$deb")
# as packaged: without the console twin a CI build of the spec's Windows shape adds
bundle_bytes=$(find dist/apaleo-inspector -type f ! -path dist/apaleo-inspector/apaleo-inspector-cli -printf '%s\n' | awk '{s+=$1} END {print s}')
echo "package_size_mb: $((deb_bytes / 1000000)) ($(awk "BEGIN {printf \"%.1f\", $deb_bytes/1048576}") MiB) target<=50 MB"
echo "bundle_size_mib: $(awk "BEGIN {printf \"%.1f\", $bundle_bytes/1048576}") target<=125 MiB"
[ "$deb_bytes" -le 50000000 ] || { echo "the package is over 50 MB"; exit 1; }
[ "$bundle_bytes" -le $((125 * 1048576)) ] || { echo "the bundle is over 125 MiB"; exit 1; }

#!/usr/bin/env bash
# Installs everything apaleo Inspector needs on Debian/Ubuntu: system packages (apt), a virtual
# environment in .venv and the package with its test and build tools, pinned by constraints.txt.
# Idempotent: a second run installs nothing new. Usage: scripts/setup.sh
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  python3-venv xvfb xauth dbus dbus-x11 gnome-keyring chromium chromium-driver xdg-utils
  fonts-dejavu-core libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0
  libxcb-render-util0 libxcb-image0 libxcb-xkb1 libxkbcommon-x11-0 libegl1 libgl1 libfontconfig1
  libdbus-1-3 imagemagick
  # the Linux package: dependencies, RUNPATH clean-up, lint, metadata validators
  dpkg-dev fakeroot patchelf lintian appstream desktop-file-utils
)

missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if ((${#missing[@]})); then
  echo "==> Installing system packages: ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  echo "==> Creating virtual environment .venv"
  "$PYTHON" -m venv .venv
fi
stamp=.venv/.installed-$(cat pyproject.toml constraints.txt | sha256sum | cut -c1-16)
if [ ! -f "$stamp" ]; then
  echo "==> Installing Python packages (pinned by constraints.txt)"
  .venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
  .venv/bin/python -m pip install -q --disable-pip-version-check -c constraints.txt -e ".[test,build]"
  rm -f .venv/.installed-*
  touch "$stamp"
fi
# The app's bytecode, as a regular install (pip) or a PyInstaller build has it: the editable
# install leaves it to the first import, and where PYTHONDONTWRITEBYTECODE is set (as on our CI
# machines) every start would compile every module again (~60 ms of a signed-in start). A stale
# file is never used: Python checks it against the source's time and size.
.venv/bin/python -m compileall -q -j 0 desktop_app benchmarks
# The window languages: compiled from resources/translations/*.ts (cheap; the .qm files are not
# committed, so every set-up and build makes them from the sources).
scripts/translations.sh
echo "==> Set up: $(.venv/bin/apaleo-inspector --version)"

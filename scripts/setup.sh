#!/usr/bin/env bash
# Installs what apaleo Inspector needs on Debian 12/13 and Ubuntu 22.04/24.04: system packages
# (apt), a virtual environment in .venv and the Python packages, exactly as locked (locks/*.txt,
# with hashes). Idempotent: a second run installs nothing new.
#   scripts/setup.sh          everything: the app, the test tool chain and the installer tools
#   scripts/setup.sh --demo   only what the app needs to run (scripts/demo.sh)
#   scripts/setup.sh --plan   print what would be installed, install nothing
# Started with sudo, only apt runs as root: the rest runs as the user who called sudo, so no
# root-owned .venv is left behind. SETUP_OS_RELEASE names another os-release file (tests).
set -euo pipefail
cd "$(dirname "$0")/.."

MODE=full
PLAN=0
SKIP_APT=0
for arg in "$@"; do
  case "$arg" in
    --demo) MODE=demo ;;
    --plan) PLAN=1 ;;
    --no-apt) SKIP_APT=1 ;;  # set when re-run as the calling user after sudo (below)
    *) echo "usage: scripts/setup.sh [--demo] [--plan]" >&2; exit 2 ;;
  esac
done

# --- which system -------------------------------------------------------------------------------
OS_RELEASE="${SETUP_OS_RELEASE:-/etc/os-release}"
OS_ID=$(. "$OS_RELEASE" && echo "${ID:-unknown}")
OS_VERSION=$(. "$OS_RELEASE" && echo "${VERSION_ID:-}")
case "$OS_ID" in
  debian|ubuntu) ;;
  *) echo "scripts/setup.sh knows Debian and Ubuntu; this is '$OS_ID'. Install the packages" \
       "listed in this script by their names on your system, then run it again." >&2
     [ "$PLAN" = 1 ] || exit 1 ;;
esac

# --- Python: 3.11 or newer ----------------------------------------------------------------------
# Debian 12 and Ubuntu 24.04 have it as python3; Ubuntu 22.04's python3 is 3.10, and its
# python3.11 package (universe) is used instead.
python_ok() { "$1" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; }
PYTHON="${PYTHON:-}"
if [ -z "$PYTHON" ]; then
  for candidate in python3 python3.13 python3.12 python3.11; do
    if command -v "$candidate" >/dev/null && python_ok "$candidate"; then PYTHON=$candidate; break; fi
  done
fi
if [ -z "$PYTHON" ] && [ "$OS_ID" = ubuntu ] && [ "$OS_VERSION" = 22.04 ]; then
  PYTHON=python3.11  # installed below
fi
if [ -z "$PYTHON" ] && [ "$PLAN" = 0 ]; then
  echo "apaleo Inspector needs Python 3.11 or newer: install it (python3.11 and python3.11-venv)" \
    "and run again, or name it with PYTHON=/path/to/python3.11 scripts/setup.sh" >&2
  exit 1
fi
PY_VERSION=$("${PYTHON:-python3}" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")' 2>/dev/null || echo 3.11)

# --- system packages ----------------------------------------------------------------------------
# What the window needs on any desktop: the xcb platform plugin's libraries, fonts, D-Bus, the
# Secret Service keyring, the system browser opener, and a virtual screen for machines without one.
APT_PACKAGES=(
  "python$PY_VERSION-venv" xvfb xauth dbus dbus-x11 gnome-keyring xdg-utils fonts-dejavu-core
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0 libxcb-render-util0
  libxcb-image0 libxcb-xkb1 libxkbcommon-x11-0 libegl1 libgl1 libfontconfig1 libdbus-1-3
)
[ "$PYTHON" = python3.11 ] && [ "$OS_ID" = ubuntu ] && APT_PACKAGES+=(python3.11)
if [ "$MODE" = full ]; then
  # The tests' browser: Debian packages Chromium as a .deb; Ubuntu only as a snap, which these
  # transitional packages install (snaps need snapd running: not in most containers).
  if [ "$OS_ID" = ubuntu ]; then
    APT_PACKAGES+=(chromium-browser chromium-chromedriver)
  else
    APT_PACKAGES+=(chromium chromium-driver)
  fi
  # The doctor's tests check against a standard OpenID provider from the npm registry
  # (tests/oidc_provider): Node.js where the machine has none
  command -v node >/dev/null && command -v npm >/dev/null || APT_PACKAGES+=(nodejs npm)
  APT_PACKAGES+=(
    imagemagick
    # the Linux packages: dependencies, RUNPATH clean-up, lint, metadata validators, the .rpm's
    dpkg-dev fakeroot patchelf lintian appstream desktop-file-utils rpm rpmlint
  )
fi

LOCK=locks/dev.txt
[ "$MODE" = demo ] && LOCK=locks/demo.txt

AS_USER=$(id -un)
if [ "$(id -u)" -eq 0 ] && [ -n "${SUDO_USER:-}" ] && [ "$SUDO_USER" != root ]; then
  AS_USER=$SUDO_USER
fi
if [ "$PLAN" = 1 ]; then
  echo "system: $OS_ID $OS_VERSION"
  echo "python: ${PYTHON:-none found}"
  echo "apt: ${APT_PACKAGES[*]}"
  echo "lock: $LOCK"
  echo "venv owner: $AS_USER"
  exit 0
fi

if [ "$SKIP_APT" = 0 ]; then
  missing=()
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  if ((${#missing[@]})); then
    echo "==> Installing system packages: ${missing[*]}"
    SUDO=""
    if [ "$(id -u)" -ne 0 ]; then
      command -v sudo >/dev/null || {
        echo "Run as root, or install sudo, to install: ${missing[*]}" >&2; exit 1; }
      SUDO="sudo"
    fi
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi

# Started with sudo: the system packages were root's part; the virtual environment is the user's.
if [ "$AS_USER" != "$(id -un)" ]; then
  echo "==> Continuing as $SUDO_USER (a .venv owned by root would lock them out of it)"
  args=(--no-apt)
  [ "$MODE" = demo ] && args+=(--demo)
  exec runuser -u "$SUDO_USER" -- env PYTHON="$PYTHON" "$0" "${args[@]}"
fi
if [ -e .venv ] && [ ! -w .venv ]; then
  echo ".venv belongs to $(stat -c %U .venv), not to $(id -un): remove it (sudo rm -rf .venv)" \
    "and run scripts/setup.sh again, without sudo." >&2
  exit 1
fi

# --- Python packages, as locked -----------------------------------------------------------------
if [ ! -x .venv/bin/python ]; then
  echo "==> Creating virtual environment .venv ($PYTHON)"
  "$PYTHON" -m venv .venv
fi
# A full set-up covers the demo's needs: its stamp counts for both.
stamp=".venv/.installed-$(basename "$LOCK" .txt)-$(cat pyproject.toml "$LOCK" | sha256sum | cut -c1-16)"
full_stamp=".venv/.installed-dev-$(cat pyproject.toml locks/dev.txt | sha256sum | cut -c1-16)"
if [ ! -f "$stamp" ] && [ ! -f "$full_stamp" ]; then
  echo "==> Installing Python packages ($LOCK, hashes checked)"
  pip=(.venv/bin/python -m pip install -q --disable-pip-version-check)
  "${pip[@]}" --upgrade pip
  "${pip[@]}" --require-hashes --no-deps -r "$LOCK"
  "${pip[@]}" --no-deps -e .
  rm -f .venv/.installed-*
  touch "$stamp"
fi
# The standard OpenID provider the doctor's tests use (tests/oidc_provider), as locked.
if [ "$MODE" = full ]; then
  op=tests/oidc_provider
  op_stamp="$op/node_modules/.installed-$(sha256sum "$op/package-lock.json" | cut -c1-16)"
  if [ ! -f "$op_stamp" ]; then
    echo "==> Installing the tests' OpenID provider ($op/package-lock.json)"
    npm ci --prefix "$op" --no-audit --no-fund --loglevel=error >/dev/null
    touch "$op_stamp"
  fi
fi
# The app's bytecode, as a regular install (pip) or a PyInstaller build has it: the editable
# install leaves it to the first import, and where PYTHONDONTWRITEBYTECODE is set (as on our CI
# machines) every start would compile every module again (~60 ms of a signed-in start). A stale
# file is never used: Python checks it against the source's time and size.
.venv/bin/python -m compileall -q -j 0 desktop_app benchmarks
# The window languages: compiled from resources/translations/*.ts (cheap; the .qm files are not
# committed, so every set-up and build makes them from the sources).
.venv/bin/python packaging/translations.py >/dev/null
echo "==> Set up: $(.venv/bin/apaleo-inspector --version)"

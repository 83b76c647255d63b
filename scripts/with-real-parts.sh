#!/usr/bin/env bash
# Runs a command with the real parts DESIGN.md names, isolated from the user's own session:
# a private HOME and XDG dirs, a private D-Bus session bus, and an unlocked GNOME keyring
# (Secret Service) on it. Everything ends with the command. Usage: scripts/with-real-parts.sh CMD...
set -euo pipefail
if [ -z "${_INSPECTOR_IN_DBUS:-}" ]; then
  root=$(mktemp -d -t inspector-real-parts-XXXXXX)
  trap 'rm -rf "$root"' EXIT
  mkdir -p "$root/home" "$root/runtime" "$root/home/.local/share" "$root/home/.config" "$root/home/.cache"
  chmod 700 "$root/runtime"
  export HOME="$root/home" XDG_RUNTIME_DIR="$root/runtime" XDG_DATA_HOME="$root/home/.local/share"
  export XDG_CONFIG_HOME="$root/home/.config" XDG_CACHE_HOME="$root/home/.cache"
  export _INSPECTOR_IN_DBUS=1
  # dbus-run-session ends the bus (and the keyring daemon on it) when the command ends.
  # The keyring tests lock the keyring on purpose; gnome-keyring then tries its GUI prompter,
  # which cannot start without a display: expected noise, filtered like the fd-limit notice.
  dbus-run-session -- "$0" "$@" 2> >(grep -v -e 'Failed to set fd limit' -e 'SystemPrompter' \
    -e 'cannot open display' >&2)
  exit $?
fi
# Inside the private bus: start and unlock a keyring with a throwaway password.
eval "$(printf 'inspector-test' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
exec "$@"

r"""Where the app keeps its files on each system: the places each system's users and IT look.

platformdirs knows them: config roams (Windows ``%APPDATA%``), the metadata cache is the cache
folder's (safe to delete), lock files are state (``%LOCALAPPDATA%``, ``~/.local/state``), and
the log file lies where each system's users and tools look for logs (``%LOCALAPPDATA%\…\Logs``,
``~/Library/Logs/…``, ``$XDG_STATE_HOME/…/log``). Config stays where earlier versions kept it
(platformdirs names the same folder); the cache and locks that lived under it are tidied away.

``APALEO_INSPECTOR_CONFIG_DIR`` puts every folder under one root (tests, a portable copy).
"""

from __future__ import annotations

import os
from pathlib import Path

from desktop_app import APP_ID

LOG_FILE_NAME = f"{APP_ID}.log"


def _root_override() -> Path | None:
    override = os.environ.get("APALEO_INSPECTOR_CONFIG_DIR")
    return Path(override) if override else None


def config_dir() -> Path:
    """The profiles file's folder (roams with a Windows profile)."""
    root = _root_override()
    if root:
        return root
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_ID, appauthor=False, roaming=True))


def cache_dir() -> Path:
    """Public documents kept between starts (the identity server's metadata)."""
    root = _root_override()
    if root:
        return root / "cache"
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_ID, appauthor=False))


def state_dir() -> Path:
    """What this computer's copies of the app share and need not roam: the lock files."""
    root = _root_override()
    if root:
        return root / "state"
    import platformdirs

    return Path(platformdirs.user_state_dir(APP_ID, appauthor=False))


def log_dir() -> Path:
    """The log folder users and support look in (Help ▸ Open the log folder)."""
    root = _root_override()
    if root:
        return root / "logs"
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_ID, appauthor=False))


def log_file() -> Path:
    """The current log file (rotated beside it as ``.1``, ``.2``, …)."""
    return log_dir() / LOG_FILE_NAME


def old_places() -> list[Path]:
    """Where versions before 0.2 kept the cache and the locks (under the config folder)."""
    config = config_dir()
    return [p for p in (config / "cache", config / "locks") if p not in (cache_dir(), state_dir())]


def tidy_old(kind: str) -> None:
    """Delete the ``cache`` or ``locks`` folder versions before 0.2 kept under the config folder.

    Called when the new place is made for the first time: the cache holds public documents
    (fetched again) and a lock only matters between copies that use the same place.
    """
    import shutil

    for old in old_places():
        if old.name == kind:
            shutil.rmtree(old, ignore_errors=True)

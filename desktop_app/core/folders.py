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


def _place(under_root: str, ask: str, **options: bool) -> Path:
    """``APALEO_INSPECTOR_CONFIG_DIR``/*under_root* if set, else platformdirs' answer to *ask*."""
    override = os.environ.get("APALEO_INSPECTOR_CONFIG_DIR")
    if override:
        return Path(override) / under_root
    import platformdirs  # here: a start that never logs or caches does not pay for it

    return Path(getattr(platformdirs, ask)(APP_ID, appauthor=False, **options))


def config_dir() -> Path:
    """The profiles file's folder (roams with a Windows profile)."""
    return _place("", "user_config_dir", roaming=True)


def cache_dir() -> Path:
    """Public documents kept between starts (the identity server's metadata)."""
    return _place("cache", "user_cache_dir")


def state_dir() -> Path:
    """What this computer's copies of the app share and need not roam: the lock files."""
    return _place("state", "user_state_dir")


def log_dir() -> Path:
    """The log folder users and support look in (Help ▸ Open the log folder)."""
    return _place("logs", "user_log_dir")


def log_file() -> Path:
    """The current log file (rotated beside it as ``.1``, ``.2``, …)."""
    return log_dir() / LOG_FILE_NAME


def old_places() -> list[Path]:
    """Where versions before 0.2 kept the cache and the locks (under the config folder)."""
    config = config_dir()
    return [p for p in (config / "cache", config / "locks") if p not in (cache_dir(), state_dir())]


def make(folder: Path, old: str) -> None:
    """Make *folder*; the first time, delete the *old* (``cache``, ``locks``) folder it replaces.

    Versions before 0.2 kept those under the config folder. The cache holds public documents
    (fetched again) and a lock only matters between copies that use the same place.
    """
    if not folder.is_dir():
        import shutil

        for place in old_places():
            if place.name == old:
                shutil.rmtree(place, ignore_errors=True)
    folder.mkdir(parents=True, exist_ok=True)

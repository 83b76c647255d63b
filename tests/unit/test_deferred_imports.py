"""The deferred-import rule, stated once: what the window's start must not load yet.

The sign-in window paints before anything network- or crypto-shaped is imported: requests,
oauthlib, PyJWT, the keyring and cryptography load in the worker that builds the connection,
after the first paint. Every function-level import in ``desktop_app.ui`` exists for this rule;
one that is not needed for it can move to the top of its module, and this test says whether it
may. A fresh interpreter, since this one has long loaded everything.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

#: Libraries the start must leave for later (each costs 5 to 60 ms to import).
LATER_LIBRARIES = (
    "requests",
    "urllib3",
    "oauthlib",
    "jwt",
    "keyring",
    "cryptography",
    "filelock",
    "truststore",
    "secretstorage",
    "platformdirs",
    "xlsxwriter",
)
#: The app's own layers and windows that only a connection or a signed-in window needs.
LATER_MODULES = (
    "desktop_app.connection",
    "desktop_app.auth.session",
    "desktop_app.api.client",
    "desktop_app.net.http",
    "desktop_app.net.transport",
    "desktop_app.sandbox",
    "desktop_app.ui.main_window",
    "desktop_app.ui.settings_dialog",
    "desktop_app.ui.setup_wizard",
)


def _loaded_after(statement: str) -> set[str]:
    code = f"import json, sys\n{statement}\nprint(json.dumps(sorted(sys.modules)))"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60
    )
    assert done.returncode == 0, done.stderr
    return set(json.loads(done.stdout.strip().splitlines()[-1]))


def _early(loaded: set[str]) -> list[str]:
    return sorted(
        m
        for m in loaded
        if m.split(".")[0] in LATER_LIBRARIES
        or any(m == later or m.startswith(later + ".") for later in LATER_MODULES)
    )


def test_the_window_module_loads_nothing_the_start_defers() -> None:
    loaded = _loaded_after("import desktop_app.ui.app")
    assert "desktop_app.ui.signin_window" in loaded  # the first window is there at once
    assert _early(loaded) == []


def test_the_command_lines_help_loads_neither_qt_nor_the_network() -> None:
    loaded = _loaded_after("import desktop_app.__main__, desktop_app.cli")
    assert _early(loaded) == []
    assert not [m for m in loaded if m.startswith("PySide6")]


def test_the_rule_notices_an_early_import() -> None:
    """The check itself: a module that pulls requests in at the top is caught."""
    loaded = _loaded_after("import desktop_app.ui.app\nimport desktop_app.connection")
    assert "requests" in _early(loaded)
    assert "desktop_app.connection" in _early(loaded)

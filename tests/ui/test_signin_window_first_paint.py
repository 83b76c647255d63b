"""The sign-in window is the first paint of most starts: it stays cheap, and plain and safe.

Touching PySide6's ``Qt`` namespace builds its ~100 Python enums (~12 ms, a tenth of a bare
window's start), so the window names its keys in words and sets its labels' flags through Qt's
property system; these tests check both that nothing on the way to the first paint touches the
namespace (in a fresh process: this one has long built it) and that the window behaves as it
did with the enums: plain, selectable error text, Escape, Return and Enter.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from pytestqt.qtbot import QtBot

from desktop_app.ui.signin_window import SignInWindow
from desktop_app.ui.workers import WorkerPool

#: Runs the app until its first paint (the probe quits it), and says at that paint whether the
#: ``Qt`` namespace was built (PySide6 creates a module's types on first access).
_AT_FIRST_PAINT = """
import runpy, sys
import PySide6.QtCore
import desktop_app.ui.startup as startup
probe = startup.probe
def reporting(event):
    if event == "first-paint":
        built = "Qt" in vars(PySide6.QtCore)
        print("QT_NAMESPACE", "built" if built else "untouched", file=sys.stderr, flush=True)
    probe(event)
startup.probe = reporting
sys.argv = ["apaleo-inspector"]
runpy.run_module("desktop_app", run_name="__main__")
"""


def test_nothing_before_the_first_paint_builds_the_qt_namespace(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "APALEO_INSPECTOR_CONFIG_DIR": str(tmp_path / "config"),
        "XDG_CONFIG_HOME": str(tmp_path / "settings"),
        "APALEO_INSPECTOR_PROBE": "first-paint",
    }
    done = subprocess.run(
        [sys.executable, "-c", _AT_FIRST_PAINT],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "PROBE first-paint" in done.stderr
    assert "QT_NAMESPACE untouched" in done.stderr, done.stderr[-2000:]


def test_the_sign_in_window_keeps_plain_selectable_errors_and_its_keys(qtbot: QtBot) -> None:
    pool = WorkerPool()
    signin = SignInWindow(pool)
    qtbot.addWidget(signin)
    signin.set_profiles(["a"], "a")
    signin.show()
    qtbot.waitExposed(signin)
    assert signin.error_label.textFormat() == Qt.TextFormat.PlainText
    assert signin.warning_label.textFormat() == Qt.TextFormat.PlainText
    assert signin.error_label.textInteractionFlags() == Qt.TextInteractionFlag.TextSelectableByMouse
    signin.show_error("<b>apaleo</b> said <i>no</i>", retry=True)
    assert signin.error_label.text() == "<b>apaleo</b> said <i>no</i>"  # shown as written
    assert signin.focusWidget() is signin.retry_button
    keys = sorted(
        shortcut.key().toString(QKeySequence.SequenceFormat.PortableText)
        for shortcut in signin.findChildren(QShortcut)
    )
    assert keys == ["Enter", "Esc", "Return"]
    wanted = {Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_Enter}
    assert {shortcut.key()[0].key() for shortcut in signin.findChildren(QShortcut)} == wanted  # type: ignore[index]  # QKeyCombination at runtime
    pool.stop_all(5000)

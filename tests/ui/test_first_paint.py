"""The first paint of a start stays cheap: what it must not pay for, and what it still does right.

Touching PySide6's ``Qt`` namespace builds its ~100 Python enums (~12 ms, a tenth of a bare
window's start), so the sign-in window names its keys in words and sets its labels' flags
through Qt's property system; and the cyclic collector is held off until a window has painted
(a start makes little but long-lived objects). In a fresh process (this one has long built the
namespace): nothing before the first paint touches the namespace, the collector is off until
then and running after it, with the start's objects frozen; and the sign-in window behaves as
it did with the enums (plain, selectable error text; Escape, Return and Enter).
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

#: Runs the app (as ``python -m desktop_app`` does) to its first paint, reports then whether the
#: ``Qt`` namespace was built (PySide6 creates a module's types on first access) and whether the
#: collector runs, and again 300 ms later; then quits.
_AT_FIRST_PAINT = """
import gc, os, sys
import PySide6.QtCore
import desktop_app.ui.startup as startup
def state():
    built = "built" if "Qt" in vars(PySide6.QtCore) else "untouched"
    collecting = "on" if gc.isenabled() else "off"
    log = os.path.join(os.environ["APALEO_INSPECTOR_CONFIG_DIR"], "logs", "apaleo-inspector.log")
    written = "written" if os.path.exists(log) else "waiting"
    handlers = "logging.handlers" in sys.modules
    return (f"namespace={built} collector={collecting} frozen={gc.get_freeze_count() > 0} "
            f"log={written} handlers={handlers}")
def report():
    print("LATER", state(), file=sys.stderr, flush=True)
    PySide6.QtCore.QCoreApplication.quit()
def at(event):
    if event == "first-paint":
        print("PAINT", state(), file=sys.stderr, flush=True)
        PySide6.QtCore.QTimer.singleShot(300, report)
startup.probe = at
from desktop_app.__main__ import main
sys.exit(main([]))
"""


def test_the_first_paint_builds_no_qt_namespace_and_collects_nothing(tmp_path: Path) -> None:
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
    reports = [row for row in done.stderr.splitlines() if row.startswith(("PAINT", "LATER"))]
    assert reports == [
        # nor does it wait for the log file (~10 ms of imports): its records wait for the paint
        "PAINT namespace=untouched collector=off frozen=False log=waiting handlers=False",
        # the setup guide opened after the paint: it may build the namespace
        reports[1].split(" collector=")[0] + " collector=on frozen=True log=written handlers=True",
    ], done.stderr[-2000:]
    log = (tmp_path / "config" / "logs" / "apaleo-inspector.log").read_text(encoding="utf-8")
    assert "INFO desktop_app: apaleo Inspector" in log.splitlines()[0]


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

"""Every sentence a window shows goes through the translation functions.

A literal (or an f-string with words in it) handed straight to a widget stays English in the
German build: Settings' unsaved-changes question and its remove confirmation did. This reads the
window layer's source and fails on any such literal given to a method or constructor that puts
text on screen. Literals without letters (symbols, "", "{a} — {b}") are fine.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "desktop_app" / "ui"
#: Methods and constructors whose string arguments reach the screen or a screen reader.
SHOWN = {
    "setText",
    "setToolTip",
    "setWindowTitle",
    "setPlaceholderText",
    "setAccessibleName",
    "setAccessibleDescription",
    "setTitle",
    "setSubTitle",
    "showMessage",
    "addItem",
    "addTab",
    "addRow",
    "say",
    "show_error",
    "confirm",
    "show_notice",
    "show_warning",
    "set_busy",
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "QMessageBox",
}
#: QMessageBox's static helpers (``QMessageBox.warning(parent, title, text)``), not a logger's.
BOX_HELPERS = {"information", "warning", "question", "critical", "about"}
#: Methods whose later arguments are data, not text (``addItem(text, data)``).
FIRST_ONLY = {"addItem"}
WORD = re.compile(r"[A-Za-z]{2,}")


def _words_in(node: ast.expr) -> str | None:
    """The words of a literal or f-string argument; None when it is neither or has none.

    Either branch of a conditional counts (``f"…" if problem else f"…"``).
    """
    if isinstance(node, ast.IfExp):
        return _words_in(node.body) or _words_in(node.orelse)
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
    elif isinstance(node, ast.JoinedStr):
        text = "".join(str(part.value) for part in node.values if isinstance(part, ast.Constant))
    else:
        return None
    return text if WORD.search(text) else None


def untranslated(source: str) -> list[tuple[int, str]]:
    """(line, text) of every literal with words handed to something that shows it."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        box = (
            isinstance(func, ast.Attribute)
            and isinstance(func.value, ast.Name)
            and func.value.id == "QMessageBox"
            and name in BOX_HELPERS
        )
        if name not in SHOWN and not box:
            continue
        arguments = [*node.args, *(k.value for k in node.keywords)]
        if name in FIRST_ONLY:
            arguments = arguments[:1]
        for argument in arguments:
            words = _words_in(argument)
            if words is not None:
                found.append((node.lineno, words))
    return found


def test_no_window_shows_an_untranslated_literal() -> None:
    found = {
        f"{path.relative_to(UI.parent.parent)}:{line}": text
        for path in sorted(UI.rglob("*.py"))
        for line, text in untranslated(path.read_text(encoding="utf-8"))
    }
    assert found == {}


def test_the_check_finds_literals_and_f_strings_but_not_translations() -> None:
    source = (
        "box.setText(f\"Save the changes to '{name}'?\")\n"
        "label = QLabel('Hello there')\n"
        "box.setText(translate('Settings', 'Saved.'))\n"
        "box.setText('')\n"
        "box.setText(f'⚠ {words}')\n"
        "log.warning('could not save: %s', why)\n"
        "QMessageBox.warning(None, APP_NAME, 'Could not restart')\n"
        "combo.addItem(translate('S', 'Basic'), 'client_secret_basic')\n"
        "label.setText(f'Removed {n}' if ok else '')\n"
    )
    assert [line for line, _ in untranslated(source)] == [1, 2, 7, 9]

"""What an admin must be able to count on after every step of a journey through the app.

:func:`check_step` looks at every window on screen: none larger than its screen's available
area (and none off it), no single-line text cut off without a tooltip that gives it whole, the
focus on a visible control of the window in front, and no dialog the step did not ask for.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox, QWidget

#: A label this much narrower than its text (pixels) is cut off; below it, rounding.
SLACK = 2


def _windows() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.isWindow()]


def _clipped(window: QWidget) -> list[str]:
    cut = []
    for label in window.findChildren(QLabel):
        text = label.text()
        if not label.isVisible() or not text or label.wordWrap() or "\n" in text:
            continue
        if label.textFormat().name == "RichText" or text.lstrip().startswith("<"):
            continue
        shown = text.replace("&&", "\0").replace("&", "").replace("\0", "&")  # mnemonics
        needed = label.fontMetrics().horizontalAdvance(shown)
        if needed > label.contentsRect().width() + SLACK and not label.toolTip():
            cut.append(f"{label.objectName() or type(label).__name__}: {text!r}")
    return cut


def check_step(step: str, *, dialogs: Iterable[QWidget] = ()) -> None:
    """Fail with *step* named if any of the rules (see the module) is broken now."""
    QApplication.processEvents()
    expected = set(dialogs)
    problems: list[str] = []
    for window in _windows():
        area = window.screen().availableGeometry()
        frame = window.frameGeometry()
        if frame.width() > area.width() or frame.height() > area.height():
            problems.append(f"{window.objectName()} is larger than the screen: {frame} > {area}")
        elif not area.contains(frame):
            problems.append(f"{window.objectName()} runs off the screen: {frame} in {area}")
        problems += [f"cut off in {window.objectName()}: {c}" for c in _clipped(window)]
        if isinstance(window, QMessageBox | QDialog) and window not in expected:
            problems.append(f"a dialog nobody asked for: {window.windowTitle()!r}")
    front = QApplication.activeWindow() or next(iter(_windows()), None)
    if front is not None:
        focused = front.focusWidget()
        if focused is None or not focused.isVisible():
            problems.append(f"no visible control has the focus in {front.objectName()}")
    assert not problems, f"after '{step}': " + "; ".join(problems)

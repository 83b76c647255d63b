"""What a screen reader finds in a window: its accessibility tree, walked as Qt exposes it."""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QWidget

Role = QAccessible.Role

#: Roles a person operates: each needs a name a screen reader can say.
INTERACTIVE = {
    Role.Button,
    Role.CheckBox,
    Role.RadioButton,
    Role.ComboBox,
    Role.EditableText,
    Role.SpinBox,
    Role.Table,
    Role.PageTab,
    Role.PageTabList,
    Role.Slider,
    Role.ProgressBar,
    Role.MenuItem,
    Role.ButtonMenu,
    Role.ButtonDropDown,
    Role.ScrollBar,
    Role.Link,
}


def _walk(iface: QAccessibleInterface, depth: int = 0) -> list[QAccessibleInterface]:
    found = [iface]
    if depth > 40:
        return found
    for i in range(iface.childCount()):
        child = iface.child(i)
        if child is not None and child.isValid():
            found += _walk(child, depth + 1)
    return found


def unnamed_controls(window: QWidget) -> list[str]:
    """Each visible interactive element without an accessible name: "role (object name)"."""
    root = QAccessible.queryAccessibleInterface(window)
    assert root is not None
    assert root.isValid()
    missing = []
    for iface in _walk(root):
        state = iface.state()
        if iface.role() not in INTERACTIVE or state.invisible:
            continue
        if iface.role() == Role.ScrollBar:
            continue  # Qt names them by orientation itself; listed for completeness only
        if not iface.text(QAccessible.Text.Name).strip():
            obj = iface.object()
            name = obj.objectName() if obj is not None else "?"
            owner = obj.parent() if obj is not None else None
            parent = owner.objectName() if owner is not None else ""
            missing.append(f"{iface.role().name} ({type(obj).__name__} {name!r} in {parent!r})")
    return missing


def names(window: QWidget, role: Role) -> list[str]:
    """The accessible names of the visible elements of *role* (in tree order)."""
    root = QAccessible.queryAccessibleInterface(window)
    assert root is not None
    return [
        i.text(QAccessible.Text.Name)
        for i in _walk(root)
        if i.role() == role and not i.state().invisible
    ]

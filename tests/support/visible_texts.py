"""Every text a window can show or a screen reader can say, and which of them are English.

Collected from the widget tree: window titles, labels, buttons, placeholders, tab and menu
titles, combo items, table headers, tooltips, accessible names and descriptions. The English
check compares each text with the catalogue: a text equal to an English source whose German
translation differs is a leftover the translation missed.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTabWidget,
    QWidget,
)

from desktop_app.ui.message_bar import MessageBar

CATALOGUE = Path(__file__).resolve().parents[2] / "resources" / "translations" / "inspector_de.ts"


def _plain(text: str) -> str:
    """Without HTML tags and mnemonic ampersands."""
    return (
        re.sub(r"<[^>]+>", "", text).replace("&&", "\0").replace("&", "").replace("\0", "&").strip()
    )


def _menu_texts(menu: QMenu) -> list[str]:
    texts = [menu.title()]
    for action in menu.actions():
        texts.append(action.text())
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            texts += _menu_texts(submenu)
    return texts


def window_texts(root: QWidget) -> list[str]:
    """The texts of *root* and everything in it (hidden parts too: they show later)."""
    texts = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        texts += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            texts += [
                str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                for c in range(model.columnCount())
            ]
    if isinstance(root, QMainWindow):
        for action in root.menuBar().actions():
            menu = action.menu()
            texts += _menu_texts(menu) if isinstance(menu, QMenu) else [action.text()]
    return [_plain(t) for t in texts if t and _plain(t)]


def english_leftovers(texts: list[str]) -> list[str]:
    """The texts that are an English source the German catalogue translates differently."""
    english: set[str] = set()
    for message in ET.parse(CATALOGUE).getroot().iter("message"):  # noqa: S314 - our own file
        source = message.findtext("source") or ""
        translation = message.find("translation")
        forms = (
            [f.text or "" for f in translation.findall("numerusform")]
            if translation is not None
            else []
        )
        german = forms or [translation.text or "" if translation is not None else ""]
        if (
            "{" not in source
            and "%" not in source
            and _plain(source) not in {_plain(g) for g in german}
        ):
            english.add(_plain(source))
    return sorted({t for t in texts if t in english})


def shown_facts(bar: MessageBar) -> dict[str, str]:
    """The facts a message bar's details show, as a reader meets them (each value's accessible
    name is its title): read from the labels on screen, not from the bar's data."""
    return {
        label.accessibleName(): label.text()
        for label in bar.details.findChildren(QLabel)
        if label.accessibleName()
    }

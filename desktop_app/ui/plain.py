"""Server data as plain text where Qt would guess rich text: tooltips and item tooltips.

Labels are set to ``PlainText`` where they are made; a tooltip has no such switch: Qt renders
any text that looks like HTML (``Qt::mightBeRichText``). A user who names themselves
``<img src=…><h1>Call support</h1>`` must show as those characters, never as a picture and a
heading, so every tooltip that may carry apaleo's data goes through :func:`plain_tooltip`.
"""

from __future__ import annotations

from PySide6.QtGui import Qt


def plain_tooltip(text: str) -> str:
    """*text* shown as typed: escaped into a paragraph when Qt would take it for HTML."""
    if not text or not Qt.mightBeRichText(text):
        return text
    return Qt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)

"""Say a change of state to a screen reader: signed in, loading done, a problem.

A visible label that changes is not read out by itself; Qt's announcement event (Qt 6.8) asks
the screen reader to speak the text, politely (after what it is saying) or assertively (now).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


def announce(widget: QWidget, text: str, *, assertive: bool = False) -> None:
    """Ask screen readers to speak *text* on behalf of *widget* (nothing when none listens)."""
    if not text:
        return
    # Imported here: QAccessible's enums cost ~2 ms, not needed before the first window paints.
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(
        QAccessible.AnnouncementPoliteness.Assertive
        if assertive
        else QAccessible.AnnouncementPoliteness.Polite
    )
    QAccessible.updateAccessibility(event)


__all__ = ["announce"]

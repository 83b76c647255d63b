"""The session's changes as Qt signals, delivered in the GUI thread.

The auth layer has no Qt: it calls plain listeners, from whatever thread changed the tokens.
This relay turns that call into a signal of a GUI-thread object, so connected views are
updated in the GUI thread (queued) and never read tokens back out of their own widgets.

Signals:
    tokens_changed(): new tokens, renewed ones, or none (signed out, refused).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from desktop_app.auth.session import AuthSession


class SessionEvents(QObject):
    """Relays one session's listener calls as :attr:`tokens_changed` (detach when done).

    Left unparented: the session may still hold the relay's listener for an instant after a
    window closes, so the object lives as long as any reference to it does.
    """

    tokens_changed = Signal()

    def __init__(self, session: AuthSession) -> None:
        super().__init__()
        self._session: AuthSession | None = session
        session.tokens_changed.add(self._relay)

    def _relay(self) -> None:
        self.tokens_changed.emit()  # from any thread: queued to receivers in the GUI thread

    def detach(self) -> None:
        """Stop relaying (the window closes)."""
        if self._session is not None:
            self._session.tokens_changed.remove(self._relay)
            self._session = None

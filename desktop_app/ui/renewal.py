"""Renews the access token ahead of its expiry, in the background, so expiry is never an event.

The session refreshes on demand (the first call after the margin), which is enough for loads;
but an admin reading the Token tab would see the token run out. This timer asks the session
for a token as soon as one is due (the session's own margin decides, and its single-flight
refresh shares the call with any load in flight). A failed renewal is tried again after
:data:`RETRY_S`; a refused one ends the session through the session's own listener.

Signals:
    failed(object): a renewal failed and will be tried again (the exception).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from desktop_app.auth.tokens import REFRESH_MARGIN_S

if TYPE_CHECKING:
    from desktop_app.auth.session import AuthSession
    from desktop_app.ui.session_events import SessionEvents
    from desktop_app.ui.workers import WorkerPool

#: Seconds until a failed renewal is tried again.
RETRY_S = 30
#: Seconds into the refresh margin: the session's own check then says "due".
SLACK_S = 0.05


def renews_itself(session: AuthSession) -> bool:
    """Whether the app can get a new access token without the admin (refresh token or secret)."""
    tokens = session.tokens
    if session.profile.mode == "client_credentials":
        return True
    return tokens is not None and tokens.refresh_token is not None


def seconds_until_due(session: AuthSession) -> float | None:
    """Seconds until the session would refresh before a call; None when it cannot renew."""
    tokens = session.tokens
    if tokens is None or session.restoring or not renews_itself(session):
        return None
    lifetime = max(tokens.expires_at - tokens.issued_at, 0.0)
    return max(tokens.expires_in() - min(REFRESH_MARGIN_S, lifetime / 4) + SLACK_S, 0.0)


class AheadRenewal(QObject):
    """One single-shot timer, rescheduled whenever the tokens change."""

    failed = Signal(object)

    def __init__(
        self, session: AuthSession, pool: WorkerPool, events: SessionEvents, parent: QObject
    ) -> None:
        super().__init__(parent)
        self._session, self._pool = session, pool
        self.timer = QTimer(self)
        self.timer.setObjectName("aheadRenewal")
        self.timer.setSingleShot(True)
        # A coarse timer may fire 5 % early (minutes, for an hour-long token): before the
        # session would refresh. Precise, and rescheduled after each attempt anyway.
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._renew)
        events.tokens_changed.connect(self.schedule)
        self.schedule()

    @Slot()
    def schedule(self) -> None:
        """Time the next renewal from the current tokens (none when they cannot be renewed)."""
        due = seconds_until_due(self._session)
        if due is None:
            self.timer.stop()
            return
        self.timer.start(int(min(due, 86_400) * 1000))

    def stop(self) -> None:
        """The window closes."""
        self.timer.stop()

    @Slot()
    def _renew(self) -> None:
        worker = self._pool.start(self._session.access_token, key="renew")
        worker.returned.connect(lambda _token: self.schedule())  # early, or renewed already
        worker.errored.connect(self._failed)

    @Slot(object)
    def _failed(self, exc: object) -> None:
        if self._session.tokens is None:
            return  # refused: the session ended, the sign-in window takes over
        self.failed.emit(exc)
        self.timer.start(RETRY_S * 1000)

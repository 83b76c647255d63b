"""What a signed-in window and each of its parts may use: one context, built once per window.

The connection (profile, session, API, transport), the profile list, the worker pool, the
settings, the session's events as Qt signals, and the demo sandbox when one runs. The main
window, its header and every tab take the same object, so a new part needs no new plumbing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop_app.ui.session_events import SessionEvents

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

    from desktop_app.api.client import ApiClient
    from desktop_app.auth.session import AuthSession
    from desktop_app.connection import Connection
    from desktop_app.core.config import Profile, ProfileStore
    from desktop_app.net.transport import Transport
    from desktop_app.sandbox import Sandbox
    from desktop_app.ui.workers import WorkerPool


@dataclass(frozen=True)
class WindowContext:
    """Everything a signed-in window needs (see the module)."""

    connection: Connection
    store: ProfileStore
    pool: WorkerPool
    settings: QSettings
    #: The session's token changes, delivered in the GUI thread (detached when the window closes).
    events: SessionEvents
    demo: Sandbox | None = None

    @classmethod
    def open(
        cls,
        connection: Connection,
        store: ProfileStore,
        pool: WorkerPool,
        settings: QSettings,
        demo: Sandbox | None = None,
    ) -> WindowContext:
        """A context for a new window of *connection*, its events relayed from now on."""
        return cls(connection, store, pool, settings, SessionEvents(connection.session), demo)

    @property
    def profile(self) -> Profile:
        """The profile the window shows."""
        return self.connection.profile

    @property
    def session(self) -> AuthSession:
        """The profile's sign-in."""
        return self.connection.session

    @property
    def api(self) -> ApiClient:
        """Apaleo's API, authorised by the session."""
        return self.connection.api

    @property
    def transport(self) -> Transport:
        """The connection's transport (its pauses feed the status bar's countdown)."""
        return self.connection.transport


__all__ = ["WindowContext"]

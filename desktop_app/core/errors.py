"""Errors every layer shares: each carries words fit to show a hotel admin.

The message of an :class:`InspectorError` is what the window or the command line shows, so it must
never contain a token, code, verifier or secret. Build messages from fixed words plus values that
are safe to show (an endpoint path, a port number, a scope name, the server's own error text).

A message is a :class:`~desktop_app.core.i18n.Said`: ``message`` (and ``str()``) is English, for logs
and the command line; ``shown`` is in the window's language.
"""

from __future__ import annotations

from desktop_app.core.i18n import Said, shown


class InspectorError(Exception):
    """Base for every error the app expects and explains.

    Attributes:
        retryable: whether trying again later may help (network faults, 5xx, 429).
    """

    retryable: bool = False

    def __init__(self, message: str | Said, *, retryable: bool | None = None) -> None:
        super().__init__(str(message))
        self.said = message
        if retryable is not None:
            self.retryable = retryable

    @property
    def message(self) -> str:
        """The plain-words text, in English (logs, the command line)."""
        return str(self.args[0]) if self.args else type(self).__name__

    @property
    def shown(self) -> str:
        """The same words in the window's language."""
        return shown(getattr(self, "said", self.message))


class NetworkError(InspectorError):
    """The server could not be reached or did not answer in time; transient by nature."""

    retryable = True


class TlsError(NetworkError):
    """TLS failed (an untrusted certificate, an inspecting proxy): trying again will not help."""

    retryable = False


class InsecureEndpointError(InspectorError):
    """A non-loopback endpoint was configured without HTTPS."""


class Cancelled(InspectorError):
    """The work was cancelled (sign-out, profile switch, quit, or a newer request)."""

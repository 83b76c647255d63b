"""What the API client needs from the auth layer, and nothing more."""

from __future__ import annotations

from typing import Protocol


class TokenProvider(Protocol):
    """Hands out access tokens; implemented by :class:`desktop_app.auth.session.AuthSession`.

    Both methods block (they may refresh over the network) and are called from worker threads.
    """

    def access_token(self) -> str:
        """A valid access token, refreshed first if it is about to expire (one refresh at a time)."""
        ...

    def token_rejected(self, token: str) -> str:
        """The API answered 401 to *token*: refresh once and return the new token.

        If another call already refreshed, the newer token is returned without a second refresh.
        Raises :class:`~desktop_app.auth.errors.SignInRequired` if the refresh fails for good.
        """
        ...

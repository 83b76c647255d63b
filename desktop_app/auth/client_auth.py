"""How the app proves it is the registered client: its secret, and the token endpoint that sends it.

The secret is read from the keyring once per session (or given, for the demo). A secret the
keyring held for another identity server or client id was deleted unsent (see
:mod:`desktop_app.auth.secret_store`); both that and a missing one are said in words that name
the profile and where to fix it.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from desktop_app.auth.errors import AuthError
from desktop_app.auth.secret_store import SecretStore
from desktop_app.core.config import Profile
from desktop_app.core.errors import InspectorError
from desktop_app.core.i18n import said
from desktop_app.net.transport import Transport

if TYPE_CHECKING:  # oauthlib loads only when a token is asked for
    from desktop_app.auth.token_endpoint import TokenEndpoint


class ClientAuth:
    """One profile's client credentials and the token endpoint they authenticate."""

    def __init__(
        self, profile: Profile, store: SecretStore, secret: str | None, transport: Transport
    ) -> None:
        self._profile = profile
        self._store = store
        self._secret = secret
        self._transport = transport

    def has_secret(self) -> bool:
        """Whether a secret is given or stored (without raising when not)."""
        return self._secret is not None or self._store.get_client_secret() is not None

    def secret(self) -> str:
        """The client secret; raises :class:`AuthError` saying what to do when there is none."""
        if self._secret is None:
            self._secret = self._store.get_client_secret()
        if not self._secret and self._store.secret_dropped is not None:
            raise AuthError(
                said(
                    "Errors",
                    "The client secret stored for profile '{name}' was registered for another "
                    "identity server or client id, so it was deleted and not sent. Enter the "
                    "secret for this one in Settings.",
                ).format(name=self._profile.name)
            )
        if not self._secret:
            raise AuthError(
                said(
                    "Errors",
                    "No client secret is stored for profile '{name}'. Enter it in Settings (it is kept in the system keyring).",
                ).format(name=self._profile.name)
            )
        return self._secret

    def check(self) -> None:
        """Raise now (see :meth:`secret`) when the profile needs a secret and none is known."""
        if self._profile.client_auth != "none":
            self.secret()

    def prepare(self) -> None:
        """Ready what a renewal's request needs, so it leaves the moment the window asks.

        Its modules (oauthlib, filelock: ~25 ms) and the secret, before the window is built:
        done after, they would share the interpreter with the build and the request would leave
        ~80 ms later. A missing secret is reported by the renewal itself, not here.
        """
        import filelock  # noqa: F401

        from desktop_app.auth import token_endpoint  # noqa: F401

        if self._profile.client_auth != "none":
            with contextlib.suppress(InspectorError):
                self.secret()

    def endpoint(self) -> TokenEndpoint:
        """The token endpoint client, with the profile's client authentication."""
        from desktop_app.auth.token_endpoint import TokenEndpoint

        secret = None if self._profile.client_auth == "none" else self.secret()
        return TokenEndpoint(self._profile, secret, self._transport)


__all__ = ["ClientAuth"]

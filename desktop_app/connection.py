"""The composition root: one profile's way to apaleo, built in one place for every caller.

``profile → SecretStore → Transport → AuthSession → ApiClient`` is written here and nowhere
else: the window, the command line, the setup wizard, the benchmarks and the tests' fixtures all
call :func:`open_connection`, so a change to how the parts fit (a new client, a policy the
transport carries) is made once. Qt-free; it imports requests, oauthlib and keyring, so the
window calls it from a worker.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.api.client import ApiClient
from desktop_app.api.identity import IdentityClient
from desktop_app.auth.secret_store import SecretStore
from desktop_app.auth.session import AuthSession
from desktop_app.core.config import Profile
from desktop_app.net.transport import Transport


@dataclass(frozen=True)
class Connection:
    """A profile's parts, sharing one transport: what a window or a command holds."""

    profile: Profile
    store: SecretStore
    transport: Transport
    session: AuthSession
    api: ApiClient
    identity: IdentityClient

    def close(self) -> None:
        """End waits, close sign-in listeners and release the HTTP connections."""
        self.api.close()
        self.session.close()


def open_session(
    profile: Profile,
    store: SecretStore | None = None,
    *,
    client_secret: str | None = None,
    transport: Transport | None = None,
) -> AuthSession:
    """The auth session alone (a profile whose old sign-in is ended, with nothing to read).

    *store* defaults to the profile's keyring entries (in memory only for a demo profile).
    """
    if store is None:
        store = SecretStore(profile, memory_only=profile.ephemeral)
    return AuthSession(profile, store, client_secret=client_secret, transport=transport)


def open_connection(
    profile: Profile,
    store: SecretStore | None = None,
    *,
    client_secret: str | None = None,
    transport: Transport | None = None,
) -> Connection:
    """Build *profile*'s connection; nothing is sent until a caller asks for a token or data.

    *client_secret* is the demo's (otherwise it is read from the keyring when first needed);
    *transport* is a test's or the doctor's (otherwise the app's own: the OS trust store,
    proxies, the standard timeouts and retry policies).
    """
    transport = transport or Transport()
    session = open_session(profile, store, client_secret=client_secret, transport=transport)
    api = ApiClient(profile.api_url, session, transport, identity_url=profile.identity_url)
    return Connection(
        profile, session.store, transport, session, api, IdentityClient(session, transport)
    )


__all__ = ["Connection", "open_connection", "open_session"]

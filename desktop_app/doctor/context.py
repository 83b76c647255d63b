"""One run of the doctor: the connection it checks, and what earlier checks learnt for later ones.

The doctor goes through the connection's own transport (its proxies, trust store, timeouts and
retry policy): a check that passes here passes for the window too. What a check learns that
another needs (the discovery document, whether the server is apaleo, the token in hand) is put
here by the check that learnt it; the runner starts a dependant only after that check is done,
so no lock is needed for these fields beyond the one :attr:`Doctor.facts` has.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from desktop_app.core.config import Profile, is_loopback_host

if TYPE_CHECKING:
    from desktop_app.auth.discovery import Endpoints
    from desktop_app.connection import Connection
    from desktop_app.net.transport import Transport

#: apaleo's own hosts: checks that only apaleo answers (users, rate limit) need one of them,
#: or a server that says it is apaleo-shaped (the sandbox).
APALEO_HOSTS = (".apaleo.com",)


@dataclass
class Doctor:
    """The run's state: the connection, a cancel, and what checks hand on."""

    connection: Connection
    cancel: threading.Event = field(default_factory=threading.Event)
    #: The discovery document as fetched (discovery), and the endpoints read from it.
    document: dict[str, Any] | None = None
    endpoints: Endpoints | None = None
    #: Whether the identity server is apaleo (or its stand-in): set by discovery.
    apaleo: bool = False
    #: A valid access token found by the sign-in (or client) check: used, never renewed.
    access: str | None = None
    #: The scopes and permissions the sign-in holds, as far as the checks learnt them.
    granted: set[str] = field(default_factory=set)
    #: The tracking id of the API check's answer.
    tracking_id: str | None = None
    _transport: Transport | None = field(default=None, repr=False)

    @property
    def transport(self) -> Transport:
        """The connection's transport (its session, proxies, trust store), asking without waits.

        The doctor says "the rate limit is spent" rather than waiting a minute for it, and a
        retry's pause is short: it reports a flaky link, it does not ride it out.
        """
        if self._transport is None:
            self._transport = self.connection.transport.with_reads(
                attempts=2, rate_limit_waits=0, backoff_s=0.25, max_pause_s=0.5
            )
        return self._transport

    @property
    def profile(self) -> Profile:
        """The profile being checked."""
        return self.connection.profile

    @property
    def hosts(self) -> list[str]:
        """The identity server and the API, as the profile names them (identity first)."""
        profile = self.profile
        return list(dict.fromkeys([profile.identity_url, profile.api_url]))

    def https_hosts(self) -> list[str]:
        """The profile's addresses that use TLS (loopback sandboxes speak plain HTTP)."""
        return [
            url
            for url in self.hosts
            if urlsplit(url).scheme == "https"
            and not is_loopback_host(urlsplit(url).hostname or "")
        ]


def looks_like_apaleo(identity_url: str, document: dict[str, Any]) -> bool:
    """Whether a server is apaleo's: its host, or apaleo's own claim in its discovery document."""
    host = urlsplit(identity_url).hostname or ""
    if host.endswith(APALEO_HOSTS) or host == "apaleo.com":
        return True
    claims = document.get("claims_supported")
    return isinstance(claims, list) and "account_code" in claims


__all__ = ["APALEO_HOSTS", "Doctor", "looks_like_apaleo"]

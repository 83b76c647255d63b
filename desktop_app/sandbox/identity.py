"""The sandbox's identity server: apaleo's ``/connect/*`` endpoints on loopback.

Written out rather than built on oauthlib's server classes because the behaviour under test is
exactly the part those classes leave to the integrator (consent page, exact redirect matching with
loopback ports, RFC 9207 ``iss``, refresh-token rotation with reuse refusal, apaleo's words for a
deactivated user), and a test double must make every branch visible. Tokens are signed with pyjwt.

One state under one lock (:mod:`.authority`), moved by three sides: the browser's
(:mod:`.front_channel`), the client's (:mod:`.back_channel`) and the resource server's
(:mod:`.resource_side`); the records live in :mod:`.grants`, the pages in ``pages.py``, the users
in ``users.py``, the rate limit in ``ratelimit.py``.
"""

from __future__ import annotations

from desktop_app.sandbox.back_channel import BackChannel
from desktop_app.sandbox.front_channel import FrontChannel
from desktop_app.sandbox.grants import (
    SEEN_SECRETS,
    Access,
    ClientInfo,
    OAuthProblem,
    remember,
)
from desktop_app.sandbox.http import Route
from desktop_app.sandbox.resource_side import ResourceSide


class IdentityServer(FrontChannel, BackChannel, ResourceSide):
    """The whole identity server: its state and every endpoint, at apaleo's paths."""

    # ----------------------------------------------------------------- routes
    def routes(self) -> list[Route]:
        """The endpoints, at apaleo's paths."""
        return [
            ("GET", "/.well-known/openid-configuration", self.discovery),
            ("GET", "/.well-known/openid-configuration/jwks", self.jwks),
            ("GET", "/connect/authorize", self.authorize),
            ("POST", "/connect/authorize", self.consent),
            ("POST", "/connect/token", self._oauth(self.token)),
            ("POST", "/connect/revocation", self._oauth(self.revocation)),
            ("POST", "/connect/introspect", self._oauth(self.introspection)),
            ("GET", "/connect/userinfo", self._oauth(self.userinfo)),
            ("POST", "/connect/userinfo", self._oauth(self.userinfo)),
            ("GET", "/connect/endsession", self.endsession),
            ("GET", "/home/error", self.error),
            # apaleo's identity API (users, roles) lives on the identity host
            ("GET", "/api/v1/users", self.users_api),
        ]


__all__ = ["SEEN_SECRETS", "Access", "ClientInfo", "IdentityServer", "OAuthProblem", "remember"]

"""The sandbox plays each failure the doctor names, so every check can be turned red and back.

Each play changes the sandbox as apaleo would be changed by the real cause: a secret replaced in
apaleo (the stored one is now wrong), a registration saved minutes ago (``invalid_client`` until
it is active), a redirect URI registered for another port (the browser goes to the identity
server's error page), a scope taken out of the registration (``invalid_scope``), the servers'
clock an hour off (``Date``, tokens), the rate limit spent, the users API refusing (403, empty
body, as apaleo's). :meth:`Plays.heal` undoes every one. (A TLS-inspecting proxy is a network's,
not apaleo's: the tests put a real one between the app and a host, ``tests/support/tls_proxy.py``.)
"""

from __future__ import annotations

import secrets
from dataclasses import replace
from typing import Literal, Protocol, get_args

from desktop_app.sandbox.faults import Fault, FaultInjector
from desktop_app.sandbox.identity import IdentityServer
from desktop_app.sandbox.ratelimit import RateLimiter


class Stage(Protocol):
    """What a play changes: the sandbox's parts (a protocol, so this module needs no Sandbox)."""

    identity: IdentityServer
    faults: FaultInjector
    limiter: RateLimiter | None
    redirect_host: str
    redirect_port: int
    clock_offset_s: float

    def clock(self) -> float:
        """The sandbox's time."""
        ...


Failure = Literal[
    "wrong_secret",
    "inactive_client",
    "unregistered_redirect_uri",
    "unregistered_scope",
    "shifted_clock",
    "rate_limit_spent",
    "users_refused",
]
FAILURES: tuple[str, ...] = get_args(Failure)
#: The scope the default profile asks for that ``unregistered_scope`` takes away.
TAKEN_SCOPE = "identity:account-users.read"
#: How far ``shifted_clock`` moves the servers' clock: past the id_token leeway (10 minutes).
SHIFT_S = 3600.0


class Plays:
    """What the sandbox is playing now, and how to stop."""

    def __init__(self, sandbox: Stage) -> None:
        self._sandbox = sandbox
        self._healthy = dict(sandbox.identity.clients)
        self._fault: Fault | None = None
        self.playing: set[str] = set()

    def play(self, failure: str) -> None:
        """Start failing as *failure* says (one of :data:`FAILURES`); plays add up."""
        sb = self._sandbox
        clients = sb.identity.clients
        if failure == "wrong_secret":
            for cid, client in clients.items():
                clients[cid] = replace(client, client_secret=secrets.token_urlsafe(24))
        elif failure == "inactive_client":
            for cid in clients:
                sb.identity.inactive_until[cid] = sb.clock() + 300
        elif failure == "unregistered_redirect_uri":
            for cid, client in clients.items():
                if client.redirect_uris:
                    other = f"http://{sb.redirect_host}:{sb.redirect_port + 1}/callback"
                    clients[cid] = replace(
                        client, redirect_uris=(other,), allow_any_loopback_port=False
                    )
        elif failure == "unregistered_scope":
            for cid, client in clients.items():
                clients[cid] = replace(
                    client,
                    scopes=tuple(s for s in client.scopes if s != TAKEN_SCOPE),
                    permissions=tuple(p for p in client.permissions if p != TAKEN_SCOPE),
                )
        elif failure == "shifted_clock":
            sb.clock_offset_s = SHIFT_S
        elif failure == "rate_limit_spent":
            if sb.limiter is None:
                raise ValueError("this sandbox has no rate limit to spend")
            sb.limiter.spend_window()
        elif failure == "users_refused":
            self._fault = sb.faults.add(
                Fault("status", path="/api/v1/users", status=403, server="identity")
            )
        else:
            raise ValueError(f"unknown failure {failure!r}; known: {', '.join(FAILURES)}")
        self.playing.add(failure)

    def heal(self) -> None:
        """Stop every failure: the sandbox is healthy again."""
        sb = self._sandbox
        sb.identity.clients.clear()
        sb.identity.clients.update(self._healthy)
        sb.identity.inactive_until.clear()
        sb.clock_offset_s = 0.0
        if sb.limiter is not None:
            sb.limiter.reset()
        if self._fault is not None:
            sb.faults.remove(self._fault)
            self._fault = None
        self.playing.clear()


__all__ = ["FAILURES", "SHIFT_S", "TAKEN_SCOPE", "Failure", "Plays"]

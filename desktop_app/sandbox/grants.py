"""What the sandbox's identity server registers and hands out: clients, codes, refresh tokens.

Plain records, shared by the token authority and its channels, and the leak scan's memory of
every secret value a sandbox saw (:func:`remember`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop_app.core.scopes import SCOPE_MEANINGS
from desktop_app.sandbox.http import Request
from desktop_app.sandbox.users import DemoUser

API_AUDIENCE = "api"
#: Every secret value any sandbox in this process saw or handed out (codes, tokens, verifiers,
#: states, nonces, client secrets): what the test suite's leak scan looks for afterwards.
SEEN_SECRETS: set[str] = set()


def remember(*values: str | None) -> None:
    """Add values to :data:`SEEN_SECRETS` (short ones would only give false alarms)."""
    SEEN_SECRETS.update(v for v in values if v and len(v) >= 12)


ALL_SCOPES = tuple(SCOPE_MEANINGS)


@dataclass(frozen=True)
class ClientInfo:
    """A registered client: a "connect" client (code flow) or a "simple" one (client credentials)."""

    client_id: str
    client_secret: str = field(repr=False)
    name: str
    grant_types: frozenset[str]
    redirect_uris: tuple[str, ...] = ()
    scopes: tuple[str, ...] = ALL_SCOPES
    #: Accept ``http://127.0.0.1:<any port><registered path>`` (RFC 8252 7.3). apaleo matches
    #: redirect URIs exactly, so this is off unless a test needs a free port.
    allow_any_loopback_port: bool = False
    post_logout_redirect_uris: tuple[str, ...] = ()
    account_code: str = "DEMO"
    #: A fine-grained client (apaleo's recommended kind): API scopes in the authorize request
    #: are ignored; what it may do is *permissions*, set at registration, and which properties
    #: it may see is chosen by the hotel when it connects (the consent page here).
    fine_grained: bool = False
    permissions: tuple[str, ...] = ()

    @property
    def is_connect_client(self) -> bool:
        """A client users sign in to (authorization code), rather than a simple client."""
        return "authorization_code" in self.grant_types


#: Either lets a client list the account's users.
USERS_PERMISSIONS = ("identity:account-users.read", "identity:account-users.manage")


@dataclass(frozen=True)
class Access:
    """What one access token may do: its permissions, and the properties it may see."""

    client_id: str
    sub: str | None
    account_code: str | None
    permissions: frozenset[str]
    #: None: every property of the account.
    properties: frozenset[str] | None = None


@dataclass
class CodeRecord:
    """An authorization code, what it was issued for, and the refresh tokens it led to."""

    client_id: str
    redirect_uri: str
    scope: tuple[str, ...]
    sub: str
    nonce: str | None
    challenge: str
    expires_at: float
    auth_time: int
    session_id: str
    used: bool = False
    refresh_tokens: list[str] = field(default_factory=list)
    #: The authorization request carried ``prompt=consent``.
    consent_prompted: bool = False


@dataclass
class RefreshRecord:
    """A refresh token's grant, and whether it was used (rotation) or revoked."""

    client_id: str
    sub: str
    scope: tuple[str, ...]
    expires_at: float
    auth_time: int
    session_id: str
    nonce: str | None = None
    used: bool = False
    revoked: bool = False


class OAuthProblem(Exception):
    """An RFC 6749 error answer from the token, revocation or userinfo endpoint."""

    def __init__(self, error: str, description: str, status: int = 400) -> None:
        super().__init__(description)
        self.error, self.description, self.status = error, description, status


SESSION_COOKIE = "sandbox.session"


def profile_claims(user: DemoUser) -> dict[str, str]:
    """Apaleo's profile claims: ``name`` is the e-mail address, ``preferred_username`` the name."""
    return {"name": user.email, "preferred_username": user.name}


def cookie(request: Request, name: str) -> str | None:
    """One cookie's value from the request's Cookie header."""
    for part in (request.header("cookie") or "").split(";"):
        key, _, value = part.strip().partition("=")
        if key == name and value:
            return value
    return None

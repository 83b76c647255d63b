"""The tokens of one signed-in session, held in memory and never printed."""

from __future__ import annotations

import base64
import binascii
import json
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

#: Refresh this long before the access token expires, so no call goes out with a dying token.
REFRESH_MARGIN_S = 120.0


def parse_scope(value: object) -> tuple[str, ...]:
    """Scopes from a token response (space-separated string) or a JWT claim (apaleo: an array)."""
    if isinstance(value, str):
        return tuple(dict.fromkeys(value.split()))
    if isinstance(value, list | tuple):
        return tuple(dict.fromkeys(str(s) for s in value if isinstance(s, str) and s))
    return ()


def _segment(token: str | None, index: int) -> dict[str, Any] | None:
    if not token or token.count(".") != 2:
        return None
    part = token.split(".")[index]
    try:
        value = json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))
    except (binascii.Error, ValueError):  # UnicodeDecodeError and JSONDecodeError included
        return None
    return value if isinstance(value, dict) else None


def unverified_claims(token: str | None) -> dict[str, Any] | None:
    """The claims of a JWT without verifying it (for display only); None for an opaque token.

    The access token is for the API to verify, not the client; the app only reads it to show
    the admin what it holds and when it expires. The payload is the second base64url segment
    of the compact serialization (RFC 7515 §7.1), read here without PyJWT: importing PyJWT loads
    cryptography (~25 ms), which a start with a still-valid token never needs.
    """
    return _segment(token, 1)


def unverified_header(token: str | None) -> dict[str, Any] | None:
    """The JOSE header of a JWT (``alg``, ``kid``, ``typ``), for display; None for an opaque token."""
    return _segment(token, 0) if _segment(token, 1) is not None else None


@dataclass(frozen=True)
class TokenSet:
    """What a token response gave us. ``repr`` masks every token."""

    access_token: str = field(repr=False)
    expires_at: float  # epoch seconds
    scope: tuple[str, ...] = ()  # granted scopes
    token_type: str = "Bearer"  # noqa: S105 - a scheme name, not a secret
    refresh_token: str | None = field(default=None, repr=False)
    id_token: str | None = field(default=None, repr=False)
    #: Claims of the id_token, present only once verified against the JWKS.
    id_token_claims: Mapping[str, Any] | None = field(default=None, repr=False)
    issued_at: float = field(default_factory=time.time)

    @classmethod
    def from_response(
        cls,
        payload: Mapping[str, Any],
        *,
        now: float | None = None,
        previous: TokenSet | None = None,
        requested: tuple[str, ...] | None = None,
    ) -> TokenSet:
        """Build from a token endpoint's JSON.

        Granted scopes follow RFC 6749 §5.1: the response's ``scope``; when it is absent, the
        scopes asked for (*requested*, a code exchange) or the previous grant (*previous*, a
        refresh); only then the access token's own ``scope`` claim. A refresh response without a
        new refresh token keeps the previous one (no rotation).
        """
        now = time.time() if now is None else now
        access = payload.get("access_token")
        if not isinstance(access, str) or not access:
            raise ValueError("token response has no access_token")
        claims = unverified_claims(access) or {}
        expires_in = payload.get("expires_in")
        if (
            isinstance(expires_in, int | float)
            and not isinstance(expires_in, bool)
            and expires_in > 0
        ):
            expires_at = now + float(expires_in)
        elif isinstance(claims.get("exp"), int | float):
            expires_at = float(claims["exp"])
        else:
            expires_at = now + 3600.0  # apaleo's documented lifetime, when nothing says otherwise
        scope = parse_scope(payload.get("scope"))
        if not scope and previous is not None:
            scope = previous.scope
        if not scope and requested:
            scope = tuple(requested)
        if not scope:
            scope = parse_scope(claims.get("scope"))
        refresh = payload.get("refresh_token")
        if not isinstance(refresh, str) or not refresh:
            refresh = previous.refresh_token if previous else None
        id_token = payload.get("id_token")
        return cls(
            access_token=access,
            expires_at=expires_at,
            scope=scope,
            token_type=str(payload.get("token_type") or "Bearer"),
            refresh_token=refresh,
            id_token=id_token if isinstance(id_token, str) and id_token else None,
            issued_at=now,
        )

    def expires_in(self, now: float | None = None) -> float:
        """Seconds until the access token expires (negative once expired)."""
        return self.expires_at - (time.time() if now is None else now)

    def needs_refresh(self, now: float | None = None, margin: float = REFRESH_MARGIN_S) -> bool:
        """Whether to refresh before the next call; the margin shrinks for very short lifetimes."""
        lifetime = max(self.expires_at - self.issued_at, 0.0)
        return self.expires_in(now) <= min(margin, lifetime / 4)

    @property
    def access_claims(self) -> dict[str, Any] | None:
        """The access token's claims (unverified), or None for an opaque token."""
        return unverified_claims(self.access_token)

    @property
    def account_code(self) -> str | None:
        """The apaleo account these tokens are for (``account_code``, else ``sub``), if they name one.

        A connect client's own client-credentials token has neither.
        """
        for claims in (self.id_token_claims, self.access_claims):
            if claims:
                for key in ("account_code", "sub"):
                    if isinstance(claims.get(key), str) and claims[key]:
                        return str(claims[key])
        return None

    @property
    def id_token_verified(self) -> bool:
        """Whether an id_token came back and passed verification."""
        return self.id_token_claims is not None

    @property
    def has_identity(self) -> bool:
        """An OpenID sign-in: an id_token came back (or its verified claims were kept)."""
        return bool(self.id_token) or self.id_token_claims is not None

    def to_cache(self) -> str:
        """The access token and what goes with it, as JSON for the keyring.

        No refresh token (that has its own entry) and no raw id_token: only its verified
        claims, to stay small enough for one keyring entry.
        """
        return json.dumps(
            {
                "access_token": self.access_token,
                "expires_at": self.expires_at,
                "issued_at": self.issued_at,
                "scope": list(self.scope),
                "token_type": self.token_type,
                "id_token_claims": dict(self.id_token_claims) if self.id_token_claims else None,
            },
            separators=(",", ":"),
        )

    @classmethod
    def from_cache(cls, text: str, refresh_token: str | None) -> TokenSet | None:
        """Tokens from :meth:`to_cache`'s JSON; None when it is not readable."""
        try:
            data = json.loads(text)
            claims = data.get("id_token_claims")
            return cls(
                access_token=str(data["access_token"]),
                expires_at=float(data["expires_at"]),
                issued_at=float(data["issued_at"]),
                scope=tuple(str(s) for s in data.get("scope") or ()),
                token_type=str(data.get("token_type") or "Bearer"),
                refresh_token=refresh_token,
                id_token_claims=claims if isinstance(claims, dict) else None,
            )
        except (ValueError, KeyError, TypeError, AttributeError):
            return None

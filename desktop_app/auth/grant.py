"""What a sign-in was granted, judged by evidence where a server's ``scope`` falls short.

RFC 6749 §5.1 gives the response's ``scope`` (or, when absent, what was asked for); some servers
list only API scopes there. So the OpenID scopes are judged by what came back: ``openid`` by a
verified id_token, ``offline_access`` by a refresh token, ``profile`` by profile claims.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from desktop_app.auth.tokens import TokenSet
from desktop_app.core.config import Profile
from desktop_app.core.scopes import OIDC_SCOPES, is_fine_grained

_PROFILE_CLAIMS = ("name", "preferred_username", "given_name", "family_name")


def granted_scopes(
    tokens: TokenSet | None, requested: Sequence[str], *, user_sign_in: bool
) -> tuple[str, ...]:
    """The granted scopes, with the OpenID ones set by evidence for a user sign-in."""
    if tokens is None:
        return ()
    granted = dict.fromkeys(tokens.scope)
    if user_sign_in:
        evidence = {
            "openid": tokens.id_token_verified,
            "offline_access": tokens.refresh_token is not None,
        }
        for scope, present in evidence.items():
            if present:
                granted[scope] = None
            else:
                granted.pop(scope, None)
        claims = tokens.id_token_claims or {}
        if "profile" in requested and any(k in claims for k in _PROFILE_CLAIMS):
            granted["profile"] = None
    return tuple(granted)


def missing_scopes(requested: Sequence[str], granted: Sequence[str]) -> tuple[str, ...]:
    """Asked for but not granted.

    A fine-grained client's API scopes are never "missing": apaleo ignores them, and access is
    judged by what the API answers.
    """
    asked = tuple(requested)
    if is_fine_grained(granted):
        asked = tuple(s for s in asked if s in OIDC_SCOPES)
    have = set(granted)
    return tuple(s for s in asked if s not in have)


@dataclass(frozen=True)
class Grant:
    """What a profile asked for and what its current tokens were granted, judged once."""

    requested: tuple[str, ...]
    granted: tuple[str, ...]

    @property
    def fine_grained(self) -> bool:
        """A fine-grained apaleo client: permissions from its registration, not from scopes."""
        return is_fine_grained(self.granted)

    @property
    def missing(self) -> tuple[str, ...]:
        """Asked for but not granted (never a fine-grained client's API scopes)."""
        return missing_scopes(self.requested, self.granted)

    @property
    def extra(self) -> tuple[str, ...]:
        """Granted without being asked for."""
        asked = set(self.requested)
        return tuple(s for s in self.granted if s not in asked)


def judge(tokens: TokenSet | None, profile: Profile) -> Grant:
    """The grant of *tokens* (None: signed out, nothing granted) for *profile*."""
    requested = profile.requested_scopes
    user_sign_in = profile.mode == "authorization_code"
    return Grant(requested, granted_scopes(tokens, requested, user_sign_in=user_sign_in))

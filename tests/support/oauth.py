"""Small OAuth helpers for tests that play the client by hand (PKCE pairs, URLs, callbacks)."""

from __future__ import annotations

import base64
import hashlib
import secrets
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urlsplit


@dataclass(frozen=True)
class Pkce:
    """A verifier and its S256 challenge."""

    verifier: str
    challenge: str

    @classmethod
    def make(cls) -> Pkce:
        verifier = secrets.token_urlsafe(48)
        digest = hashlib.sha256(verifier.encode("ascii")).digest()
        return cls(verifier, base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii"))


def authorize_url(
    identity_url: str,
    *,
    client_id: str = "inspector-connect",
    redirect_uri: str = "http://127.0.0.1:47833/callback",
    scope: str = "openid profile offline_access setup.read units.read",
    pkce: Pkce | None = None,
    state: str = "state-1",
    nonce: str | None = "nonce-1",
    **extra: str,
) -> str:
    params = {
        "client_id": client_id,
        "redirect_uri": redirect_uri,
        "response_type": "code",
        "scope": scope,
        "state": state,
    }
    if nonce:
        params["nonce"] = nonce
    if pkce:
        params.update(code_challenge=pkce.challenge, code_challenge_method="S256")
    params.update(extra)
    return f"{identity_url}/connect/authorize?{urlencode(params)}"


def query_of(url: str) -> dict[str, str]:
    return dict(parse_qsl(urlsplit(url).query))

"""id_token verification: signature against the JWKS, issuer, audience, expiry and nonce."""

from __future__ import annotations

import hmac
import threading
from typing import Any

import jwt
import requests

from desktop_app.auth.errors import IdTokenError
from desktop_app.net import TIMEOUT

LEEWAY_S = 60


class JwksCache:
    """The identity server's signing keys, fetched once and again only for an unknown ``kid``."""

    def __init__(self, jwks_uri: str, http: requests.Session) -> None:
        self._uri = jwks_uri
        self._http = http
        self._keys: dict[str, jwt.PyJWK] = {}
        self._lock = threading.Lock()

    def _fetch(self) -> None:
        try:
            answer = self._http.get(self._uri, timeout=TIMEOUT)
            answer.raise_for_status()
            key_set = jwt.PyJWKSet.from_dict(answer.json())
        except (requests.RequestException, ValueError, jwt.PyJWTError) as exc:
            raise IdTokenError(
                f"The identity server's signing keys could not be loaded ({type(exc).__name__})."
            ) from None
        self._keys = {str(k.key_id): k for k in key_set.keys}

    def key(self, kid: str | None) -> jwt.PyJWK:
        """The key for *kid* (the only key when the token names none)."""
        with self._lock:
            for attempt in range(2):
                if attempt or not self._keys:
                    self._fetch()
                if kid is None and len(self._keys) == 1:
                    return next(iter(self._keys.values()))
                if kid in self._keys:
                    return self._keys[kid]
        raise IdTokenError(
            "The id_token was signed with a key the identity server does not publish."
        )


def verify_id_token(
    id_token: str,
    *,
    keys: JwksCache,
    issuer: str,
    client_id: str,
    nonce: str | None,
    now: float | None = None,
) -> dict[str, Any]:
    """The verified claims of *id_token*; :class:`IdTokenError` in words otherwise.

    RS256 only (an ``alg: none`` or HMAC token signed with the public key is refused).
    """
    try:
        header = jwt.get_unverified_header(id_token)
    except jwt.PyJWTError:
        raise IdTokenError(
            "The identity server sent an id_token that is not a valid JWT."
        ) from None
    if header.get("alg") != "RS256":
        raise IdTokenError("The id_token is not signed with RS256, so the app does not trust it.")
    key = keys.key(header.get("kid"))
    try:
        claims: dict[str, Any] = jwt.decode(
            id_token,
            key.key,
            algorithms=["RS256"],
            audience=client_id,
            issuer=issuer,
            leeway=LEEWAY_S,
            options={"require": ["iss", "aud", "exp", "iat", "sub"]},
        )
    except jwt.ExpiredSignatureError:
        raise IdTokenError("The id_token has expired; check this computer's clock.") from None
    except jwt.InvalidAudienceError:
        raise IdTokenError("The id_token was issued for another application.") from None
    except jwt.InvalidIssuerError:
        raise IdTokenError("The id_token was issued by another identity server.") from None
    except jwt.InvalidSignatureError:
        raise IdTokenError("The id_token's signature is not valid.") from None
    except jwt.PyJWTError as exc:
        raise IdTokenError(f"The id_token is not valid ({type(exc).__name__}).") from None
    if nonce is not None:
        got = claims.get("nonce")
        if not isinstance(got, str) or not hmac.compare_digest(got.encode(), nonce.encode()):
            raise IdTokenError("The id_token does not belong to this sign-in (nonce mismatch).")
    return claims

"""id_token verification: signature against the JWKS, issuer, audience, expiry and nonce."""

from __future__ import annotations

import hmac
import threading
import time
from collections.abc import Mapping
from typing import Any

import jwt
import requests

from desktop_app.auth.errors import IdTokenError
from desktop_app.core.errors import NetworkError
from desktop_app.core.i18n import Said, said
from desktop_app.net.transport import Transport

#: Desktop clocks drift: a sign-in still works with this computer's clock this far off.
LEEWAY_S = 600
#: Below this, a clock difference is not worth mentioning.
CLOCK_NOTE_S = 90


class JwksCache:
    """The identity server's signing keys, fetched once and again only for an unknown ``kid``.

    With *keep*, the set is also kept on disk between starts (:mod:`metadata_cache`), so the
    first refresh after a restart needs no extra round trip; an unknown ``kid`` still fetches.
    """

    def __init__(self, jwks_uri: str, transport: Transport, *, keep: bool = False) -> None:
        self._uri = jwks_uri
        self._transport = transport
        self._keep = keep
        self._keys: dict[str, jwt.PyJWK] = {}
        self._lock = threading.Lock()

    def _load_kept(self) -> None:
        from desktop_app.auth import metadata_cache

        kept = metadata_cache.load("jwks", self._uri)
        if kept is None:
            return
        try:  # stale or not: a key the set lacks (rotation) fetches it again anyway
            self._keys = {str(k.key_id): k for k in jwt.PyJWKSet.from_dict(kept[0]).keys}
        except (jwt.PyJWTError, ValueError, TypeError, KeyError):
            metadata_cache.forget("jwks", self._uri)

    def _fetch(self) -> None:
        try:
            http, timeout = self._transport.http, self._transport.timeout
            answer = self._transport.read(
                lambda: http.get(self._uri, timeout=timeout, allow_redirects=False),
                what=said("Errors", "apaleo's sign-in service"),
            )
            if answer.status_code != 200:
                raise IdTokenError(
                    said(
                        "Errors",
                        "The identity server's signing keys could not be loaded (HTTP {status_code}).",
                    ).format(status_code=answer.status_code)
                )
            document = answer.json()
            key_set = jwt.PyJWKSet.from_dict(document)
        except NetworkError:
            raise
        except (requests.RequestException, ValueError, jwt.PyJWTError) as exc:
            raise IdTokenError(
                said(
                    "Errors", "The identity server's signing keys could not be loaded ({kind})."
                ).format(kind=type(exc).__name__)
            ) from None
        self._keys = {str(k.key_id): k for k in key_set.keys}
        if self._keep:
            from desktop_app.auth import metadata_cache

            metadata_cache.save("jwks", self._uri, document)

    def key(self, kid: str | None) -> jwt.PyJWK:
        """The key for *kid* (the only key when the token names none)."""
        with self._lock:
            if not self._keys and self._keep:
                self._load_kept()
            for attempt in range(2):
                if attempt or not self._keys:
                    self._fetch()
                if kid is None and len(self._keys) == 1:
                    return next(iter(self._keys.values()))
                if kid in self._keys:
                    return self._keys[kid]
        raise IdTokenError(
            said(
                "Errors", "The id_token was signed with a key the identity server does not publish."
            )
        )


def _clock_words(offset: float | None) -> Said:
    """Name this computer's clock, with how far it is off when the server's time is known."""
    if offset is not None and abs(offset) >= CLOCK_NOTE_S:
        minutes = max(1, round(abs(offset) / 60))
        fix = said(
            "Errors",
            "Set the date and time to update automatically in the system settings, then sign in "
            "again.",
        )
        if offset > 0:
            sentence = said(
                "Errors", "This computer's clock is about {minutes} min behind apaleo's time."
            )
        else:
            sentence = said(
                "Errors", "This computer's clock is about {minutes} min ahead of apaleo's time."
            )
        return said("Errors", "{sentence} {fix}").format(
            sentence=sentence.format(minutes=minutes), fix=fix
        )
    return said(
        "Errors",
        "Check that this computer's date, time and time zone are right, then sign in again.",
    )


def _check_times(claims: dict[str, Any], now: float, offset: float | None) -> None:
    """exp, nbf and iat against this computer's clock, with :data:`LEEWAY_S` of tolerance."""
    for name in ("exp", "iat", "nbf"):
        value = claims.get(name)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int | float)):
            raise IdTokenError(
                said("Errors", "The id_token's '{name}' is not a time.").format(name=name)
            )
    exp, iat, nbf = claims.get("exp"), claims.get("iat"), claims.get("nbf")
    if isinstance(exp, int | float) and exp + LEEWAY_S <= now:
        raise IdTokenError(
            said("Errors", "The sign-in answer has already expired. {clock_words}").format(
                clock_words=_clock_words(offset)
            )
        )
    for value in (iat, nbf):
        if isinstance(value, int | float) and value - LEEWAY_S > now:
            raise IdTokenError(
                said("Errors", "The sign-in answer is dated in the future. {clock_words}").format(
                    clock_words=_clock_words(offset)
                )
            )


def verify_id_token(
    id_token: str,
    *,
    keys: JwksCache,
    issuer: str,
    client_id: str,
    nonce: str | None,
    now: float | None = None,
    clock_offset: float | None = None,
    previous: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """The verified claims of *id_token*; :class:`IdTokenError` in words otherwise.

    RS256 only (an ``alg: none`` or HMAC token signed with the public key is refused). Times
    are checked against this computer's clock with a few minutes of leeway; *clock_offset*
    (from the server's ``Date`` header) only improves the message. An id_token from a refresh
    must name the same issuer, subject and audience as the first one (OpenID Connect Core
    §12.2): *previous* is that first token's claims.
    """
    try:
        header = jwt.get_unverified_header(id_token)
    except jwt.PyJWTError:
        raise IdTokenError(
            said("Errors", "The identity server sent an id_token that is not a valid JWT.")
        ) from None
    if header.get("alg") != "RS256":
        raise IdTokenError(
            said("Errors", "The id_token is not signed with RS256, so the app does not trust it.")
        )
    key = keys.key(header.get("kid"))
    try:
        claims: dict[str, Any] = jwt.decode(
            id_token,
            key.key,
            algorithms=["RS256"],
            audience=client_id,
            issuer=issuer,
            options={
                "require": ["iss", "aud", "exp", "iat", "sub"],
                # Times are checked below, with a leeway and words that name the clock.
                "verify_exp": False,
                "verify_iat": False,
                "verify_nbf": False,
            },
        )
    except jwt.InvalidAudienceError:
        raise IdTokenError(
            said("Errors", "The id_token was issued for another application.")
        ) from None
    except jwt.InvalidIssuerError:
        raise IdTokenError(
            said("Errors", "The id_token was issued by another identity server.")
        ) from None
    except jwt.InvalidSignatureError:
        raise IdTokenError(said("Errors", "The id_token's signature is not valid.")) from None
    except jwt.PyJWTError as exc:
        raise IdTokenError(
            said("Errors", "The id_token is not valid ({kind}).").format(kind=type(exc).__name__)
        ) from None
    _check_times(claims, time.time() if now is None else now, clock_offset)
    if nonce is not None:
        got = claims.get("nonce")
        if not isinstance(got, str) or not hmac.compare_digest(got.encode(), nonce.encode()):
            raise IdTokenError(
                said("Errors", "The id_token does not belong to this sign-in (nonce mismatch).")
            )
    if previous is not None:
        for name in ("iss", "sub", "aud"):
            if claims.get(name) != previous.get(name):
                raise IdTokenError(
                    said(
                        "Errors",
                        "The renewed sign-in names a different user or server than the first one ('{name}' changed), so the app does not trust it. Please sign in again.",
                    ).format(name=name)
                )
    return claims

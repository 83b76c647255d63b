"""Where the identity server's endpoints are: its discovery document, or apaleo's known paths."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from typing import Any

import requests

from desktop_app.core.config import require_secure_url
from desktop_app.core.errors import InspectorError, NetworkError
from desktop_app.core.i18n import said
from desktop_app.net.retry import RetryPolicy
from desktop_app.net.transport import Transport

#: Discovery is the first request of a sign-in: two tries, so an unreachable server is reported
#: within about one request timeout, not after a whole retry ladder.
REACH = RetryPolicy(attempts=2)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Endpoints:
    """The endpoints one sign-in needs; ``discovered`` tells whether they came from the server."""

    issuer: str
    authorization_endpoint: str
    token_endpoint: str
    revocation_endpoint: str | None
    userinfo_endpoint: str | None
    end_session_endpoint: str | None
    jwks_uri: str | None
    #: RFC 9207: the server puts ``iss`` on its authorization responses, so the client must check it.
    iss_parameter_supported: bool = False
    discovered: bool = False

    @classmethod
    def apaleo_fallback(cls, identity_url: str) -> Endpoints:
        """The documented apaleo ``/connect/*`` paths, for when discovery is unreachable."""
        base = identity_url.rstrip("/")
        return cls(
            issuer=base,
            authorization_endpoint=f"{base}/connect/authorize",
            token_endpoint=f"{base}/connect/token",
            revocation_endpoint=f"{base}/connect/revocation",
            userinfo_endpoint=f"{base}/connect/userinfo",
            end_session_endpoint=f"{base}/connect/endsession",
            jwks_uri=f"{base}/.well-known/openid-configuration/jwks",
        )


_cache: dict[str, Endpoints] = {}
_cache_lock = threading.Lock()


def _endpoint(doc: dict[str, Any], key: str, *, required: bool) -> str | None:
    value = doc.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, str) or not value:
        raise InspectorError(
            said("Errors", "The identity server's discovery document has no valid '{key}'.").format(
                key=key
            )
        )
    return require_secure_url(value, f"{key.replace('_', ' ')}")


def discover(
    identity_url: str, transport: Transport, *, refresh: bool = False, keep: bool = False
) -> Endpoints:
    """The endpoints for *identity_url*, cached for the process (and on disk with *keep*).

    A server that answers without a usable discovery document (404, not JSON) falls back to
    apaleo's paths, since apaleo's own clients use those; one that is fetched but wrong (another
    issuer, plain-http endpoints) is an error, since following it could send secrets elsewhere.
    A server that cannot be reached at all raises :class:`NetworkError` (after
    :data:`REACH`'s two tries): every use of the endpoints would meet the same silence, and a
    browser sent there would leave the admin waiting for nothing. A document kept on disk
    (:mod:`metadata_cache`) passes the same checks.
    """
    base = require_secure_url(identity_url, said("Errors", "identity server address")).rstrip("/")
    with _cache_lock:
        if not refresh and base in _cache:
            return _cache[base]
    if keep and not refresh:
        from desktop_app.auth import metadata_cache

        kept = metadata_cache.load("discovery", base)
        if kept is not None:
            try:
                endpoints = endpoints_from(kept[0], base)
            except InspectorError:
                metadata_cache.forget("discovery", base)
            else:
                with _cache_lock:
                    _cache[base] = endpoints
                if not kept[1]:  # stale: used now, fetched again for the next start
                    threading.Thread(
                        target=_revalidate, args=(base, transport), name="discovery", daemon=True
                    ).start()
                return endpoints
    try:
        http, timeout = transport.http, transport.timeout
        answer = transport.send(
            REACH,
            lambda: http.get(
                f"{base}/.well-known/openid-configuration", timeout=timeout, allow_redirects=False
            ),
            what=said("Errors", "apaleo's sign-in service"),
        )
    except NetworkError:
        raise  # unreachable (or a certificate problem): the fallback paths would meet it too
    if 300 <= answer.status_code < 400:
        raise InspectorError(
            said(
                "Errors",
                "The identity server at {base} redirected its discovery document elsewhere (HTTP {status_code}). The app does not follow it, since sign-in secrets must only go to the configured server. Check the identity server address.",
            ).format(base=base, status_code=answer.status_code)
        )
    try:
        answer.raise_for_status()
        doc = answer.json()
        if not isinstance(doc, dict):
            raise ValueError("not an object")
    except (requests.RequestException, ValueError) as exc:
        log.info(
            "discovery at %s failed (%s); using apaleo's /connect paths", base, type(exc).__name__
        )
        return Endpoints.apaleo_fallback(base)  # not cached: try discovery again next time
    endpoints = endpoints_from(doc, base)
    if keep:
        from desktop_app.auth import metadata_cache

        metadata_cache.save("discovery", base, doc)
    with _cache_lock:
        _cache[base] = endpoints
    return endpoints


def _revalidate(base: str, transport: Transport) -> None:
    """Fetch a stale kept document again (in the background; failures wait for next time)."""
    try:
        discover(base, transport, refresh=True, keep=True)
    except InspectorError as exc:
        log.info("discovery at %s could not be renewed: %s", base, exc.message)


def endpoints_from(doc: dict[str, Any], base: str) -> Endpoints:
    """The endpoints a discovery document names, checked (raises InspectorError)."""
    issuer = doc.get("issuer")
    if not isinstance(issuer, str) or issuer.rstrip("/") != base:
        raise InspectorError(
            said(
                "Errors",
                "The identity server at {base} says it is '{issuer}'. The app stops here, since tokens must only go to the server they came from.",
            ).format(base=base, issuer=issuer)
        )
    endpoints = Endpoints(
        issuer=issuer,
        authorization_endpoint=str(_endpoint(doc, "authorization_endpoint", required=True)),
        token_endpoint=str(_endpoint(doc, "token_endpoint", required=True)),
        revocation_endpoint=_endpoint(doc, "revocation_endpoint", required=False),
        userinfo_endpoint=_endpoint(doc, "userinfo_endpoint", required=False),
        end_session_endpoint=_endpoint(doc, "end_session_endpoint", required=False),
        jwks_uri=_endpoint(doc, "jwks_uri", required=False),
        iss_parameter_supported=doc.get("authorization_response_iss_parameter_supported") is True,
        discovered=True,
    )
    methods = doc.get("code_challenge_methods_supported")
    if isinstance(methods, list) and methods and "S256" not in methods:
        raise InspectorError(
            said("Errors", "The identity server does not support PKCE with S256; the app needs it.")
        )
    return endpoints

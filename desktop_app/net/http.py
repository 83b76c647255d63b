"""HTTP sessions for every layer: the OS trust store, proxies (never for loopback), timeouts.

Hotels sit behind TLS-inspecting firewalls whose root certificate is only in the OS trust store,
so TLS is verified with ``truststore`` (Windows and macOS system APIs, the distribution's CA
store on Linux) rather than certifi's bundle. System and environment proxy settings apply, but
never to 127.0.0.1/localhost: the sandbox and the sign-in listener must not be sent to a proxy.
requests has no session-wide timeout, so every call site passes :data:`TIMEOUT` (or its own).
"""

from __future__ import annotations

import logging
import os
import ssl
import sys
import time
from typing import Any
from urllib.parse import urlsplit

import requests
from requests.adapters import HTTPAdapter
from requests.auth import AuthBase
from requests.models import PreparedRequest

from desktop_app import APP_ID, __version__
from desktop_app.core.config import is_loopback_host
from desktop_app.core.errors import NetworkError, TlsError
from desktop_app.core.i18n import Text, said
from desktop_app.core.log import quiet_libraries
from desktop_app.net.call_log import RECENT, Call, CallLog

log = logging.getLogger(__name__)

quiet_libraries()

#: (connect, read) seconds: a dead network fails fast, a slow page of 10,000 properties does not.
TIMEOUT = (5.0, 30.0)


def os_trust_context() -> ssl.SSLContext:
    """A client TLS context that trusts what the operating system trusts."""
    import truststore

    return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


#: Where Linux distributions keep their CA bundle (the places truststore itself looks).
_LINUX_CA_FILES = (
    "/etc/ssl/cert.pem",
    "/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem",
    "/etc/pki/tls/cert.pem",
    "/etc/ssl/certs/ca-certificates.crt",
    "/etc/ssl/ca-bundle.pem",
)


def trust_store_status() -> tuple[bool, str]:
    """(usable, words) for ``check``: which trust store TLS is verified against."""
    import truststore

    os_trust_context()
    if not sys.platform.startswith("linux"):
        return True, f"the system's trust store (truststore {truststore.__version__})"
    defaults = ssl.get_default_verify_paths()
    cafile = defaults.cafile or next((f for f in _LINUX_CA_FILES if os.path.isfile(f)), None)
    if cafile is None:
        if defaults.capath and os.path.isdir(defaults.capath):
            return True, f"the system's certificate folder {defaults.capath}"
        return False, "no system CA bundle found (install the ca-certificates package)"
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.load_verify_locations(cafile=cafile)
    count = len(context.get_ca_certs())
    return count > 0, f"the system's CA bundle {cafile} ({count} authorities)"


class _TrustStoreAdapter(HTTPAdapter):
    """An adapter whose TLS context is the OS trust store, with no certifi bundle added."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        kwargs["ssl_context"] = os_trust_context()
        super().init_poolmanager(*args, **kwargs)

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        proxy_kwargs.setdefault("ssl_context", os_trust_context())
        return super().proxy_manager_for(proxy, **proxy_kwargs)

    def cert_verify(self, conn: Any, url: str, verify: Any, cert: Any) -> None:
        """Keep verification on, but let the OS store decide (requests would load certifi)."""
        if verify is True and url.lower().startswith("https"):
            conn.cert_reqs = "CERT_REQUIRED"
            conn.ca_certs = None
            conn.ca_cert_dir = None
            if cert:
                super().cert_verify(conn, url, False, cert)
                conn.cert_reqs = "CERT_REQUIRED"
            return
        super().cert_verify(conn, url, verify, cert)


class _OwnCredentialsOnly(AuthBase):
    """The session's ``auth``: adds nothing, and so keeps requests away from ~/.netrc.

    requests looks up netrc credentials for every request that carries no ``auth`` of its own
    and puts them in the Authorization header: over the app's Bearer token on an API call, and
    beside the client secret on a token request (two client authentications, which apaleo
    refuses). A request's own ``auth`` (client_secret_basic) still takes precedence.
    """

    def __call__(self, request: PreparedRequest) -> PreparedRequest:
        return request


#: The most an answer read whole may weigh: discovery documents, key sets, token, userinfo and
#: revocation answers are a few kilobytes (a key set with many keys a few dozen). Callers that
#: stream (the API client, with its own cap) read their answers themselves.
SMALL_ANSWER_BYTES = 1024 * 1024


class AnswerTooLarge(requests.RequestException):
    """An answer larger than its cap: refused before it is held in memory."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"answer over {limit} bytes")
        self.limit = limit


def read_capped(response: requests.Response, limit: int) -> bytes:
    """The body of a streamed *response*, refused past *limit* bytes (never held whole first)."""
    length = response.headers.get("Content-Length")
    if length and length.isdigit() and int(length) > limit:
        response.close()
        raise AnswerTooLarge(limit)
    chunks, size = [], 0
    for chunk in response.iter_content(64 * 1024):
        size += len(chunk)
        if size > limit:
            response.close()
            raise AnswerTooLarge(limit)
        chunks.append(chunk)
    return b"".join(chunks)


class InspectorSession(requests.Session):
    """A session that sends loopback past any proxy, no netrc logins, and reads no huge answer.

    Every call is noted in *calls* (the process's :data:`~desktop_app.net.call_log.RECENT`
    unless given another) and in the log file.
    """

    def __init__(self, calls: CallLog | None = None) -> None:
        super().__init__()
        self.auth = _OwnCredentialsOnly()
        self.calls = calls if calls is not None else RECENT

    def send(self, request: PreparedRequest, **kwargs: Any) -> requests.Response:
        """Send; an answer the caller reads whole is read here, in chunks, up to its cap.

        Without this, requests reads a 100 MB "discovery document" into memory before any
        check of the app's could refuse it.
        """
        started = time.monotonic()
        stream = bool(kwargs.get("stream"))
        kwargs["stream"] = True
        try:
            response = super().send(request, **kwargs)
        except requests.RequestException as exc:
            self.calls.add(_call(request, None, started, type(exc).__name__))
            raise
        self.calls.add(_call(request, response, started))
        _log_call(request, response)
        if stream:
            return response
        try:
            body = read_capped(response, SMALL_ANSWER_BYTES)
        finally:
            response.close()
        response._content = body
        response._content_consumed = True  # type: ignore[attr-defined]
        return response

    def merge_environment_settings(
        self, url: Any, proxies: Any, stream: Any, verify: Any, cert: Any
    ) -> Any:
        """Requests' merge of the environment, with no proxy for loopback."""
        settings: Any = super().merge_environment_settings(url, proxies, stream, verify, cert)
        if is_loopback_host(urlsplit(str(url)).hostname or ""):
            settings["proxies"] = {}
        # A REQUESTS_CA_BUNDLE / CURL_CA_BUNDLE file is loaded into the OS-store context as
        # well (the adapter's cert_verify), so it adds roots rather than replacing the OS store.
        return settings


def _call(
    request: PreparedRequest,
    response: requests.Response | None,
    started: float,
    error: str | None = None,
) -> Call:
    """What the call log keeps of one call: never its query, body or credential headers."""
    parts = urlsplit(request.url or "")
    headers = response.headers if response is not None else {}
    remaining = headers.get("X-Rate-Limit-Remaining", "")
    return Call(
        method=request.method or "",
        host=parts.netloc.rpartition("@")[2],
        path=parts.path or "/",
        status=response.status_code if response is not None else 0,
        at=time.time(),
        ms=round((time.monotonic() - started) * 1000),
        tracking_id=headers.get("apaleo-tracking-id"),
        rate_remaining=int(remaining) if remaining.strip().isdigit() else None,
        rate_window=headers.get("X-Rate-Limit-Limit"),
        rate_reset=headers.get("X-Rate-Limit-Reset"),
        error=error,
    )


def _log_call(request: PreparedRequest, response: requests.Response) -> None:
    """One line per call for the log file: method, host and path, status, time, tracking id.

    Never the query or the body (a callback's code, a form's secret): only what support asks.
    """
    if not log.isEnabledFor(logging.INFO):
        return
    parts = urlsplit(request.url or "")
    tracking = response.headers.get("apaleo-tracking-id")
    log.info(
        "%s %s%s -> %s (%d ms%s)",
        request.method,
        parts.netloc,
        parts.path,
        response.status_code,
        response.elapsed.total_seconds() * 1000,
        f", tracking id {tracking}" if tracking else "",
    )


def new_session(pool_size: int = 16, calls: CallLog | None = None) -> requests.Session:
    """A session that never retries on its own (callers decide) and identifies the app."""
    session = InspectorSession(calls)
    session.headers["User-Agent"] = f"{APP_ID}/{__version__}"
    adapter = _TrustStoreAdapter(pool_connections=4, pool_maxsize=pool_size, max_retries=0)
    session.mount("https://", adapter)
    session.mount("http://", adapter)
    return session


def _caused_by(exc: BaseException, kinds: tuple[type[BaseException], ...]) -> bool:
    """Whether *exc* or anything in its chain (urllib3's ``reason``, causes) is one of *kinds*."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, kinds):
            return True
        reason = getattr(current, "reason", None)
        if isinstance(reason, BaseException) and id(reason) not in seen:
            current = reason
            continue
        current = current.__cause__ or current.__context__
    return False


def is_tls_failure(exc: BaseException) -> bool:
    """Whether *exc* (or what caused it) is a TLS failure rather than an unreachable host."""
    return _caused_by(exc, (ssl.SSLError, requests.exceptions.SSLError))


def _certificate_problem(exc: BaseException) -> bool:
    text = str(exc)
    return "CERTIFICATE_VERIFY_FAILED" in text or "certificate verify failed" in text


def network_error(exc: requests.RequestException, what: Text) -> NetworkError:
    """Words for a request that got no HTTP answer: TLS, proxy, timeout, or unreachable.

    *what* names the service ("apaleo's sign-in service"). The text holds no URL query, so no
    code or token can reach it.
    """
    if is_tls_failure(exc):
        if _certificate_problem(exc):
            return TlsError(
                said(
                    "Errors",
                    "The connection to {what} was not trusted: its certificate could not be verified against this computer's trusted certificates. If your network inspects encrypted traffic (a company proxy or firewall), its certificate must be installed in the system's certificate store; otherwise ask your IT team to check the network.",
                ).format(what=what)
            )
        return TlsError(
            said(
                "Errors",
                "A secure connection to {what} could not be set up (a TLS error). A proxy or firewall on your network may be interfering; ask your IT team.",
            ).format(what=what)
        )
    if isinstance(exc, AnswerTooLarge):
        return NetworkError(
            said(
                "Errors",
                "{what} sent an answer far larger than any it should send (over {size} MB), so "
                "it was not read. Check that the address in the profile is the right one.",
            ).format(what=what, size=exc.limit // (1024 * 1024)),
            retryable=False,
        )
    if isinstance(exc, requests.exceptions.ProxyError):
        return NetworkError(
            said(
                "Errors",
                "The proxy server configured on this computer did not pass the request to {what} on. Check the proxy settings, or ask your IT team.",
            ).format(what=what)
        )
    if isinstance(exc, requests.exceptions.ConnectTimeout):
        return NetworkError(
            said("Errors", "{what} could not be reached in time. Check your connection.").format(
                what=what
            )
        )
    if isinstance(exc, requests.Timeout):
        return NetworkError(
            said(
                "Errors",
                "{what} did not answer in time. This is a network or server delay; try again in a moment.",
            ).format(what=what)
        )
    if isinstance(exc, requests.ConnectionError):
        return NetworkError(
            said("Errors", "{what} could not be reached. Check your internet connection.").format(
                what=what
            )
        )
    return NetworkError(
        said("Errors", "The request to {what} failed ({kind}).").format(
            what=what, kind=type(exc).__name__
        )
    )


def never_sent(exc: BaseException) -> bool:
    """Whether the request provably never reached the server (safe to send again).

    A refused or unresolvable connection never carried the request; a read timeout, a reset
    after sending, or a TLS failure (after a proxy's CONNECT) might have, or must not be retried.
    """
    if is_tls_failure(exc) or isinstance(exc, requests.exceptions.ProxyError):
        return False
    return isinstance(exc, requests.exceptions.ConnectTimeout) or (
        isinstance(exc, requests.ConnectionError)
        and not isinstance(exc, requests.exceptions.ReadTimeout)
        and _connect_phase(exc)
    )


def _connect_phase(exc: BaseException) -> bool:
    """urllib3 wraps failures to connect in NewConnectionError / ConnectTimeoutError."""
    import urllib3.exceptions as u3

    return _caused_by(exc, (u3.NewConnectionError, u3.ConnectTimeoutError))

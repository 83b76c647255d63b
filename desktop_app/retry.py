"""The one retry policy for HTTP: what may be sent again, after how long, and how to stop waiting.

Two kinds of request exist here. Reads (API GETs, discovery, revocation, client credentials)
may be repeated after any transient failure: a timeout, a dropped connection, 429 or 5xx.
Requests that spend something on the server (an authorization code, a rotating refresh token)
may be repeated only when the request provably never left this computer (the connection was
refused or could not be opened): the server may have used the code or rotated the token and
lost its answer, and a replay would then get ``invalid_grant`` and end a valid session.
TLS and proxy failures are never retried: they do not pass by themselves.
Every pause waits on a cancel event, so sign-out, a profile switch or quitting cuts it short.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

import requests

from desktop_app.errors import Cancelled, NetworkError
from desktop_app.net import is_tls_failure, network_error, never_sent

log = logging.getLogger(__name__)

R = TypeVar("R")


def _status_of(answer: object) -> tuple[int, str | None]:
    response = answer if isinstance(answer, requests.Response) else answer[0]  # type: ignore[index]
    return int(response.status_code), response.headers.get("Retry-After")


def _close(answer: object) -> None:
    response = answer if isinstance(answer, requests.Response) else answer[0]  # type: ignore[index]
    response.close()


#: HTTP answers worth waiting out.
TRANSIENT_STATUSES = frozenset({429, 500, 502, 503, 504})


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how patiently to try one request.

    Args:
        attempts: tries in all (1: never repeat).
        replay_safe: whether the request may be sent again after it may have reached the server.
        backoff_s: the first pause; it doubles each time, with jitter.
        max_pause_s: the longest single pause (a server's ``Retry-After`` included).
        statuses: HTTP answers that are retried (only for replay-safe requests).
    """

    attempts: int = 4
    replay_safe: bool = True
    backoff_s: float = 0.5
    max_pause_s: float = 30.0
    statuses: frozenset[int] = TRANSIENT_STATUSES
    sleep: Callable[[float], None] = field(default=time.sleep, compare=False, repr=False)

    def pause(self, attempt: int, retry_after: str | None = None) -> float:
        """Seconds to wait before try number *attempt* + 1 (``Retry-After`` wins when given)."""
        if retry_after and retry_after.strip().isdigit():
            return min(float(retry_after), self.max_pause_s)
        jitter = 0.5 + random.random()  # noqa: S311 - spreading retries, not security
        return float(min(self.backoff_s * (2**attempt) * jitter, self.max_pause_s))

    def may_retry_exception(self, exc: BaseException) -> bool:
        """Whether a request that failed with *exc* may be sent again under this policy."""
        if is_tls_failure(exc) or isinstance(exc, requests.exceptions.ProxyError):
            return False
        if never_sent(exc):
            return True
        return self.replay_safe and isinstance(
            exc,
            requests.ConnectionError | requests.Timeout | requests.exceptions.ChunkedEncodingError,
        )

    def may_retry_status(self, status: int) -> bool:
        """Whether an HTTP *status* answer may be retried under this policy."""
        return self.replay_safe and status in self.statuses

    def wait(self, seconds: float, cancel: threading.Event | None) -> None:
        """Pause, or raise :class:`Cancelled` as soon as *cancel* is set."""
        if cancel is None or self.sleep is not time.sleep:
            self.sleep(seconds)  # a test's clock, or nothing to cancel by
            if cancel is not None and cancel.is_set():
                raise Cancelled("Cancelled.")
        elif cancel.wait(seconds):
            raise Cancelled("Cancelled.")

    def run(
        self,
        send: Callable[[], R],
        *,
        what: str,
        cancel: threading.Event | None = None,
    ) -> R:
        """Call *send* until it gives an answer worth keeping; *what* names the service in errors.

        *send* returns a response, or a (response, body) pair when it reads the body itself
        (a connection dropped mid-body is then retried like any other). Returns the last answer
        (a retried status included, once tries run out); raises :class:`NetworkError` (or its TLS
        subclass) when no answer came, :class:`Cancelled` when cancelled.
        """
        for attempt in range(self.attempts):
            if cancel is not None and cancel.is_set():
                raise Cancelled("Cancelled.")
            last = attempt == self.attempts - 1
            try:
                answer = send()
            except requests.RequestException as exc:
                if last or not self.may_retry_exception(exc):
                    error: NetworkError = network_error(exc, what)
                    raise error from None
                log.info("%s: %s; trying again", what, type(exc).__name__)
                self.wait(self.pause(attempt), cancel)
                continue
            status, retry_after = _status_of(answer)
            if last or not self.may_retry_status(status):
                return answer
            log.info("%s answered HTTP %s; trying again", what, status)
            _close(answer)
            self.wait(self.pause(attempt, retry_after), cancel)
        raise AssertionError("unreachable")  # pragma: no cover


#: Discovery, JWKS, userinfo, revocation, client credentials, API reads.
READS = RetryPolicy()
#: Authorization-code exchange and refresh: never replayed once the request may have arrived.
SPENDS = RetryPolicy(replay_safe=False)

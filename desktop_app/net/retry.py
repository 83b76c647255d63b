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

import datetime as dt
import email.utils
import logging
import random
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TypeVar

import requests

from desktop_app.core.errors import Cancelled, NetworkError
from desktop_app.core.i18n import Text
from desktop_app.net.http import is_tls_failure, network_error, never_sent

log = logging.getLogger(__name__)

R = TypeVar("R")

#: How a pause is spent: ``wait(seconds, cancel)`` returns after *seconds*, or raises
#: :class:`Cancelled` as soon as *cancel* is set.
Wait = Callable[[float, "threading.Event | None"], None]


def wait_or_cancel(seconds: float, cancel: threading.Event | None) -> None:
    """Pause for *seconds*, or raise :class:`Cancelled` the moment *cancel* is set."""
    if cancel is None:
        time.sleep(seconds)
    elif cancel.wait(seconds):
        raise Cancelled("Cancelled.")


def _response_of(answer: object) -> requests.Response:
    response = answer if isinstance(answer, requests.Response) else answer[0]  # type: ignore[index]
    assert isinstance(response, requests.Response)
    return response


def http_time(value: str | None) -> float | None:
    """An HTTP date or an ISO 8601 time as epoch seconds; None when absent or unreadable."""
    if not value:
        return None
    try:
        if value[:1].isdigit():  # apaleo's X-Rate-Limit-Reset: "2026-11-23T10:12:00.0000000Z"
            text = value.strip().replace("Z", "+00:00")
            head, _, rest = text.partition(".")
            zone = rest[rest.index("+") :] if "+" in rest else ""
            moment = dt.datetime.fromisoformat(head + zone)
            if moment.tzinfo is None:
                moment = moment.replace(tzinfo=dt.UTC)
            return moment.timestamp()
        return email.utils.parsedate_to_datetime(value).timestamp()
    except (TypeError, ValueError, IndexError):
        return None


def rate_limit_wait(headers: Mapping[str, str], now: float) -> float | None:
    """Seconds until apaleo's rate-limit window resets (``X-Rate-Limit-Reset``), or None.

    Measured against the answer's own ``Date`` where it has one, so a computer whose clock is
    off waits as long as apaleo means, not as long as its own clock says.
    """
    reset = http_time(headers.get("X-Rate-Limit-Reset"))
    if reset is None:
        return None
    server_now = http_time(headers.get("Date")) or now
    return max(0.0, reset - server_now)


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
    #: Waits for apaleo's rate limit (429) do not use up *attempts*: up to this many, each at
    #: most *max_rate_wait_s* (a development account's window is a minute).
    rate_limit_waits: int = 5
    max_rate_wait_s: float = 65.0

    def pause(self, attempt: int, retry_after: str | None = None) -> float:
        """Seconds to wait before try number *attempt* + 1 (``Retry-After`` wins when given)."""
        if retry_after and retry_after.strip().isdigit():
            return min(float(retry_after), self.max_pause_s)
        jitter = 0.5 + random.random()  # noqa: S311 - spreading retries, not security
        return float(min(self.backoff_s * (2**attempt) * jitter, self.max_pause_s))

    def rate_limit_pause(self, headers: Mapping[str, str]) -> float | None:
        """How long a 429 asks to wait: ``Retry-After``, else until the window resets."""
        retry_after = headers.get("Retry-After")
        if retry_after and retry_after.strip().isdigit():
            return min(float(retry_after), self.max_rate_wait_s)
        until_reset = rate_limit_wait(headers, time.time())
        if until_reset is None:
            return None
        return min(until_reset + 0.25, self.max_rate_wait_s)  # a little past the reset

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

    def run(
        self,
        send: Callable[[], R],
        *,
        what: Text,
        cancel: threading.Event | None = None,
        on_pause: Callable[[float, str], None] | None = None,
        wait: Wait | None = None,
    ) -> R:
        """Call *send* until it gives an answer worth keeping; *what* names the service in errors.

        *send* returns a response, or a (response, body) pair when it reads the body itself
        (a connection dropped mid-body is then retried like any other). Returns the last answer
        (a retried status included, once tries run out); raises :class:`NetworkError` (or its TLS
        subclass) when no answer came, :class:`Cancelled` when cancelled. *on_pause(seconds,
        reason)* hears of every wait ("rate limit", "server error", "network"), so a window can
        say what is going on. *wait(seconds, cancel)* pauses (:func:`wait_or_cancel` unless a
        :class:`~desktop_app.net.transport.Transport` brings its own).
        """
        pause = wait or wait_or_cancel
        rate_waits = 0
        attempt = 0
        while attempt < self.attempts:
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
                self._wait(self.pause(attempt), "network", cancel, on_pause, pause)
                attempt += 1
                continue
            response = _response_of(answer)
            status = response.status_code
            if status == 429 and self.replay_safe and rate_waits < self.rate_limit_waits:
                until = self.rate_limit_pause(response.headers)
                if until is not None:
                    log.info("%s: apaleo's rate limit; waiting %.1f s", what, until)
                    response.close()
                    self._wait(until, "rate limit", cancel, on_pause, pause)
                    rate_waits += 1
                    continue
            if last or not self.may_retry_status(status):
                return answer
            log.info("%s answered HTTP %s; trying again", what, status)
            response.close()
            reason = "rate limit" if status == 429 else "server error"
            self._wait(
                self.pause(attempt, response.headers.get("Retry-After")),
                reason,
                cancel,
                on_pause,
                pause,
            )
            attempt += 1
        raise AssertionError("unreachable")  # pragma: no cover

    def _wait(
        self,
        seconds: float,
        reason: str,
        cancel: threading.Event | None,
        on_pause: Callable[[float, str], None] | None,
        wait: Wait,
    ) -> None:
        if on_pause is not None:
            on_pause(seconds, reason)
        wait(seconds, cancel)


#: Discovery, JWKS, userinfo, revocation, client credentials, API reads.
READS = RetryPolicy()
#: Authorization-code exchange and refresh: never replayed once the request may have arrived.
SPENDS = RetryPolicy(replay_safe=False)

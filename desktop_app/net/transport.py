"""The transport: everything a request needs besides its address, carried as one object.

One HTTP session (the OS trust store, proxies, connection reuse), the timeouts, the retry
policies for reads and for requests that spend something, the clock, how a pause is spent, and
who hears of a pause. The auth session, the token endpoint, the API client and the identity
client all take it whole, so a test or the doctor changes one thing in one place
(``Transport(wait=…)``, ``transport.with_reads(attempts=1)``) and every caller follows.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any, TypeVar

import requests

from desktop_app.core.i18n import Text
from desktop_app.core.listeners import Listeners
from desktop_app.net.call_log import RECENT, CallLog
from desktop_app.net.http import TIMEOUT, new_session
from desktop_app.net.retry import READS, SPENDS, RetryPolicy, Wait, wait_or_cancel

R = TypeVar("R")


@dataclass
class Transport:
    """How this app talks HTTP to one apaleo (or sandbox): shared by every client of a connection.

    Args:
        http: the session every request goes through.
        timeout: (connect, read) seconds for each request.
        reads / spends: the retry policies (:mod:`desktop_app.net.retry`).
        clock: the time, as epoch seconds (tests move it).
        wait: how a pause is spent (tests skip it; the real one is cut short by a cancel).
    """

    http: requests.Session = field(default_factory=new_session)
    timeout: tuple[float, float] = TIMEOUT
    reads: RetryPolicy = READS
    spends: RetryPolicy = SPENDS
    clock: Callable[[], float] = time.time
    wait: Wait = wait_or_cancel
    #: Told of every pause (seconds, reason: "rate limit", "server error", "network"), from the
    #: thread that waits: a window shows "apaleo's rate limit: continuing in 12 s".
    pauses: Listeners[[float, str]] = field(default_factory=Listeners, compare=False, repr=False)

    def send(
        self,
        policy: RetryPolicy,
        request: Callable[[], R],
        *,
        what: Text,
        cancel: threading.Event | None = None,
    ) -> R:
        """Send *request* under *policy* (see :meth:`RetryPolicy.run`), pauses told and spent here."""
        return policy.run(
            request, what=what, cancel=cancel, on_pause=self.pauses.tell, wait=self.wait
        )

    def read(
        self, request: Callable[[], R], *, what: Text, cancel: threading.Event | None = None
    ) -> R:
        """Send a replay-safe *request* under the reads policy."""
        return self.send(self.reads, request, what=what, cancel=cancel)

    @property
    def calls(self) -> CallLog:
        """Where this transport's calls are noted (the process's recent calls, usually)."""
        calls = getattr(self.http, "calls", None)
        return calls if isinstance(calls, CallLog) else RECENT

    def with_reads(self, **changes: Any) -> Transport:
        """This transport (the same session and listeners) with the reads policy changed."""
        return replace(self, reads=replace(self.reads, **changes))

    def close(self) -> None:
        """Release the HTTP connections."""
        self.http.close()


__all__ = ["Transport"]

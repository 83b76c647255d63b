"""Fault injection and request statistics for the sandbox's servers. Off unless a test adds faults."""

from __future__ import annotations

import random
import threading
from collections import Counter
from dataclasses import dataclass, field
from typing import Literal

FaultKind = Literal["status", "retry_after", "delay", "drop", "malformed", "hold", "huge"]


@dataclass
class Fault:
    """One rule: which requests it hits (path prefix, method, server), how often, and what it does.

    ``rate`` is the chance per matching request; ``count`` bounds how many requests it hits in all
    (``None``: no bound). ``status`` is the answer for ``status`` faults (500, 503, ...);
    ``retry_after`` answers 429 with a ``Retry-After`` of ``retry_after_s``; ``delay`` waits
    ``delay_s`` and then answers normally; ``drop`` closes the connection without an answer;
    ``malformed`` answers 200 with a body that is not valid JSON; ``hold`` sets ``arrived`` and
    keeps the request until the test sets ``release`` (at most ``delay_s``, default 30 s), then
    answers normally: an answer held back for exactly as long as a test needs, without sleeps.
    With ``after_handling`` the server does the work first (rotates the token, say) and holds
    only the answer: the case of an answer lost on the way back. ``huge`` answers 200 with
    ``size`` bytes of JSON whitespace, streamed without a ``Content-Length`` (a length would let
    the client refuse it unread). With ``exact`` the path must
    match whole (the property list, not also ``/{id}`` and ``/$count`` below it): a fault that
    hits a counted number of requests must not go to whichever parallel call arrives first.
    """

    kind: FaultKind
    path: str = ""
    method: str | None = None
    status: int = 500
    rate: float = 1.0
    count: int | None = None
    delay_s: float = 0.0
    retry_after_s: int = 1
    size: int = 100 * 1024 * 1024
    server: Literal["identity", "api"] | None = None
    after_handling: bool = False
    exact: bool = False
    hits: int = field(default=0, init=False)
    arrived: threading.Event = field(default_factory=threading.Event, init=False, repr=False)
    release: threading.Event = field(default_factory=threading.Event, init=False, repr=False)


class FaultInjector:
    """Chooses, per request, the fault to apply (if any). Seeded, so a run can be repeated."""

    def __init__(self, seed: int = 0) -> None:
        self._faults: list[Fault] = []
        self._random = random.Random(seed)  # noqa: S311 - fault timing, not security
        self._lock = threading.Lock()
        self.injected: Counter[str] = Counter()

    def add(self, fault: Fault) -> Fault:
        """Start applying *fault*; returns it so a test can read ``hits`` later."""
        with self._lock:
            self._faults.append(fault)
        return fault

    def remove(self, fault: Fault) -> None:
        """Stop applying *fault* (nothing when it is not applied)."""
        with self._lock:
            if fault in self._faults:
                self._faults.remove(fault)

    def clear(self) -> None:
        """Stop all faults."""
        with self._lock:
            self._faults.clear()

    def pick(self, server: str, method: str, path: str) -> Fault | None:
        """The fault for this request, counting it as injected; ``None`` for a normal answer."""
        with self._lock:
            for fault in self._faults:
                if fault.server not in (None, server):
                    continue
                if fault.method and fault.method.upper() != method.upper():
                    continue
                if not path.startswith(fault.path) or (fault.exact and path != fault.path):
                    continue
                if fault.count is not None and fault.hits >= fault.count:
                    continue
                if fault.rate < 1.0 and self._random.random() >= fault.rate:
                    continue
                fault.hits += 1
                self.injected[fault.kind] += 1
                return fault
        return None


class Stats:
    """What the sandbox was asked: requests per path, token requests per grant type, revocations."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.requests: Counter[str] = Counter()
        self.token_requests: Counter[str] = Counter()
        self.revocations = 0
        #: Every credential-like value a request carried (bearer tokens, Basic and form client
        #: secrets, refresh tokens, codes), so tests can prove where a credential went.
        self.received: set[str] = set()
        #: Every token this server handed out in a token response.
        self.issued: set[str] = set()

    def note_credentials(self, values: list[str]) -> None:
        """Record credential-like values one request carried."""
        with self._lock:
            self.received.update(v for v in values if v)

    def note_issued(self, values: list[str]) -> None:
        """Record tokens one response handed out."""
        with self._lock:
            self.issued.update(v for v in values if v)

    def count_request(self, method: str, path: str) -> None:
        """Record one request."""
        with self._lock:
            self.requests[f"{method} {path}"] += 1

    def count_token_request(self, grant_type: str) -> None:
        """Record one call to the token endpoint."""
        with self._lock:
            self.token_requests[grant_type] += 1

    def count_revocation(self) -> None:
        """Record one call to the revocation endpoint."""
        with self._lock:
            self.revocations += 1

    def reset(self) -> None:
        """Forget everything counted so far."""
        with self._lock:
            self.requests.clear()
            self.token_requests.clear()
            self.revocations = 0
            self.received.clear()

"""The sandbox's tiny HTTP vocabulary: a request, a response, a handler.

Identity and API handlers are plain functions from :class:`Request` to :class:`Response`, so they
can be tested without sockets and served by the one loopback server in ``server.py``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs


@dataclass(frozen=True)
class Request:
    """One HTTP request as the handlers see it."""

    method: str
    path: str  # without the query string
    query: Mapping[str, list[str]]
    headers: Mapping[str, str]  # keys lower-cased
    body: bytes = b""
    path_params: Mapping[str, str] = field(default_factory=dict)
    base_url: str = ""  # scheme://host:port of the server that received it

    def arg(self, name: str) -> str | None:
        """First value of query parameter *name* (case-sensitive, as apaleo's are)."""
        values = self.query.get(name)
        return values[0] if values else None

    def header(self, name: str) -> str | None:
        """Header value by case-insensitive name."""
        return self.headers.get(name.lower())

    @property
    def bearer_token(self) -> str | None:
        """The token of an ``Authorization: Bearer`` header, if any."""
        value = self.header("authorization") or ""
        scheme, _, token = value.partition(" ")
        return token.strip() or None if scheme.lower() == "bearer" else None

    def form(self) -> dict[str, list[str]]:
        """The body parsed as ``application/x-www-form-urlencoded``."""
        return parse_qs(self.body.decode("utf-8", "replace"), keep_blank_values=True)


@dataclass
class Response:
    """One HTTP response; build with the class methods."""

    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def json(
        cls, payload: Any, status: int = 200, headers: Mapping[str, str] | None = None
    ) -> Response:
        """A JSON response (``application/json; charset=utf-8``)."""
        body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        return cls(
            status, body, {"Content-Type": "application/json; charset=utf-8", **(headers or {})}
        )

    @classmethod
    def html(cls, text: str, status: int = 200) -> Response:
        """An HTML page; never cached, since sign-in pages carry one-time values."""
        return cls(
            status,
            text.encode("utf-8"),
            {"Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store"},
        )

    @classmethod
    def empty(cls, status: int = 204, headers: Mapping[str, str] | None = None) -> Response:
        """A response without a body (204 for an empty page, 302 with a Location)."""
        return cls(status, b"", dict(headers or {}))

    @classmethod
    def redirect(cls, location: str) -> Response:
        """A 302 to *location*."""
        return cls(302, b"", {"Location": location, "Cache-Control": "no-store"})

    @classmethod
    def api_error(
        cls, status: int, *messages: str, headers: Mapping[str, str] | None = None
    ) -> Response:
        """An apaleo API error: ``{"messages": [...]}``."""
        return cls.json({"messages": list(messages)}, status, headers)


Handler = Callable[[Request], Response]
#: (method, path pattern, handler). Patterns use ``{name}`` for one path segment, e.g.
#: ``/inventory/v1/properties/{id}``; literal segments win over ``{name}`` ones, so
#: ``/inventory/v1/properties/$count`` must be matched before ``{id}``.
Route = tuple[str, str, Handler]

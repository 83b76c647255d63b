"""apaleo's REST API: properties, units, the account and its users.

Blocking by design (the UI calls it from worker threads). Every request has a timeout; a 401 gets
one refresh and one retry; everything else transient (429 with ``Retry-After``, 5xx, timeouts,
dropped connections) follows the app's one retry policy (:mod:`desktop_app.net.retry`); TLS and
proxy failures are not retried and say so. Nothing here logs a token.
"""

from __future__ import annotations

import functools
import json
import logging
import threading
from collections.abc import Callable, Iterator, Mapping
from dataclasses import replace
from typing import Any

import requests

from desktop_app.api.bearer import with_one_renewal
from desktop_app.api.early import EarlyCalls
from desktop_app.api.errors import (
    ApiError,
    Forbidden,
    MalformedResponse,
    NotFound,
    RateLimited,
    ServerError,
    Unauthorized,
)
from desktop_app.api.models import Account, AccountUser, Property
from desktop_app.auth.provider import TokenProvider
from desktop_app.core.config import APALEO_IDENTITY_URL, require_secure_url
from desktop_app.core.errors import Cancelled
from desktop_app.core.i18n import Text, said
from desktop_app.core.scopes import ENDPOINT_SCOPES
from desktop_app.net.http import AnswerTooLarge, read_capped
from desktop_app.net.transport import Transport

log = logging.getLogger(__name__)

#: Answers bigger than this are refused rather than read into memory.
MAX_BODY_BYTES = 20 * 1024 * 1024
MAX_RETRY_AFTER_S = 30.0
DEFAULT_PAGE_SIZE = 200


ACCOUNT_PATH = "/account/v1/accounts/current"
ACCOUNT_ENDPOINT = f"GET {ACCOUNT_PATH}"
PROPERTIES_PATH = "/inventory/v1/properties"
PROPERTIES_ENDPOINT = f"GET {PROPERTIES_PATH}"


def _page_params(number: int, size: int, include_archived: bool) -> dict[str, Any]:
    """The query of one page of the property list."""
    return {
        "pageNumber": number,
        "pageSize": size,
        "includeArchived": "true" if include_archived else "false",
    }


def _call_key(url: str, params: Mapping[str, Any] | None) -> tuple[str, tuple[Any, ...]]:
    """What identifies a GET: its address and its query."""
    return url, tuple(sorted((k, str(v)) for k, v in (params or {}).items()))


class PropertyPage(list[Property]):
    """One page of properties, with the total apaleo reported (``count``) where it sent one."""

    total: int | None = None


def _messages(body: bytes) -> list[str]:
    """The ``messages`` list of an apaleo error body, if it has one."""
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return []
    messages = data.get("messages") if isinstance(data, dict) else None
    return [str(m) for m in messages if isinstance(m, str)] if isinstance(messages, list) else []


class ApiClient:
    """One apaleo API host, authorised by a :class:`TokenProvider`. Safe to share across threads."""

    def __init__(
        self,
        api_url: str,
        tokens: TokenProvider,
        transport: Transport | None = None,
        *,
        identity_url: str = APALEO_IDENTITY_URL,
    ) -> None:
        self.base_url = require_secure_url(api_url, said("Errors", "API address")).rstrip("/")
        #: apaleo's identity API (the account's users) lives on the identity host.
        self.identity_url = require_secure_url(
            identity_url, said("Errors", "identity server address")
        ).rstrip("/")
        self.tokens = tokens
        #: Its pauses are told to ``transport.pauses``: a window shows "continuing in 12 s".
        self.transport = transport or Transport()
        self.retry = replace(self.transport.reads, max_pause_s=MAX_RETRY_AFTER_S)
        self._early = EarlyCalls()

    @property
    def max_retries(self) -> int:
        """Retries after the first try (transient failures only; see :mod:`desktop_app.net.retry`)."""
        return self.retry.attempts - 1

    @max_retries.setter
    def max_retries(self, value: int) -> None:
        self.retry = replace(self.retry, attempts=value + 1)

    def drop_early(self) -> None:
        """Forget the answers sent for early and not taken (their window closed)."""
        self._early.drop()

    def close(self) -> None:
        """Release the HTTP connections (answers sent for early and not taken are dropped)."""
        self._early.drop()
        self.transport.close()

    # ------------------------------------------------------------ transport
    def _read(self, response: requests.Response, endpoint: str) -> bytes:
        try:
            return read_capped(response, MAX_BODY_BYTES)
        except AnswerTooLarge:
            raise MalformedResponse(
                said("Errors", "{endpoint} sent an answer too large to read.").format(
                    endpoint=endpoint
                ),
                endpoint=endpoint,
            ) from None

    def _get(
        self,
        url: str,
        endpoint: str,
        params: Mapping[str, Any] | None,
        token: Callable[[], str],
    ) -> tuple[requests.Response, bytes]:
        """One GET with the current access token, its body read (a drop mid-body is retried)."""
        response = self.transport.http.get(
            url,
            params=params,
            headers={"Authorization": f"Bearer {token()}", "Accept": "application/json"},
            timeout=self.transport.timeout,
            stream=True,
            allow_redirects=False,
        )
        with response:
            return response, self._read(response, endpoint)

    def get_json(
        self,
        path: str,
        endpoint: str,
        params: Mapping[str, Any] | None = None,
        cancel: threading.Event | None = None,
        *,
        base_url: str | None = None,
    ) -> Any | None:
        """GET *path* (on the API host, or *base_url*); the decoded JSON, or None for 204.

        *endpoint* names it in errors. The answer of the same call sent early
        (:meth:`send_early`) is taken if there is one.
        """
        url = f"{base_url or self.base_url}{path}"
        early = self._early.take(_call_key(url, params)) if len(self._early) else None
        if early is not None:
            return early.outcome(cancel)
        return self._fetch_json(url, endpoint, params, cancel)

    def send_early(self, page_size: int = DEFAULT_PAGE_SIZE) -> None:
        """Send a new inspector's first reads now: the account and the first page of properties.

        For the controller, as it starts building the window: the reads travel while the
        window is built, and its own calls take the answers (see :mod:`desktop_app.api.early`).
        """
        for path, endpoint, params in (
            (ACCOUNT_PATH, ACCOUNT_ENDPOINT, None),
            (PROPERTIES_PATH, PROPERTIES_ENDPOINT, _page_params(1, page_size, True)),
        ):
            url = f"{self.base_url}{path}"
            # called with its cancel flag, the last argument
            self._early.send(
                _call_key(url, params), functools.partial(self._fetch_json, url, endpoint, params)
            )

    def _fetch_json(
        self,
        url: str,
        endpoint: str,
        params: Mapping[str, Any] | None,
        cancel: threading.Event | None,
    ) -> Any | None:
        """GET *url*: the decoded JSON, or None for 204 (see :meth:`get_json`)."""
        if cancel is not None and cancel.is_set():
            raise Cancelled("Cancelled.")
        what = said("Errors", "apaleo ({endpoint})").format(endpoint=endpoint)
        response, body = with_one_renewal(
            self.tokens,
            lambda token: self.transport.send(
                self.retry,
                functools.partial(self._get, url, endpoint, params, token),
                what=what,
                cancel=cancel,
            ),
            lambda answer: answer[0].status_code,
        )
        status = response.status_code
        tracking = response.headers.get("apaleo-tracking-id")

        def error(
            kind: type[ApiError],
            words: Text,
            status: int = status,
            body: bytes = body,
            tracking: str | None = tracking,
        ) -> ApiError:
            """An error of *kind* that keeps what support needs (status, tracking id)."""
            return kind(
                words,
                status=status,
                endpoint=endpoint,
                messages=_messages(body),
                tracking_id=tracking,
            )

        if status == 401:
            raise error(
                Unauthorized,
                said(
                    "Errors",
                    "apaleo did not accept the app's sign-in for {endpoint}. Please sign in again.",
                ).format(endpoint=endpoint),
            )
        if status == 429 or status >= 500:
            raise error(
                RateLimited if status == 429 else ServerError,
                said(
                    "Errors",
                    "apaleo kept failing to answer {endpoint} (HTTP {status}). Try again in "
                    "a moment.",
                ).format(endpoint=endpoint, status=status),
            )
        if status == 204:
            return None
        if status == 403:
            raise Forbidden(endpoint, ENDPOINT_SCOPES.get(endpoint, ()), _messages(body), tracking)
        if status == 404:
            raise error(
                NotFound, said("Errors", "{endpoint}: not found.").format(endpoint=endpoint)
            )
        if status != 200:
            raise error(
                ApiError,
                said("Errors", "apaleo refused {endpoint} (HTTP {status}).").format(
                    endpoint=endpoint, status=status
                ),
            )
        try:
            return json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise MalformedResponse(
                said("Errors", "{endpoint} sent an answer that is not valid JSON.").format(
                    endpoint=endpoint
                ),
                status=200,
                endpoint=endpoint,
                tracking_id=tracking,
            ) from None

    def _object(self, data: Any, endpoint: str) -> dict[str, Any]:
        if not isinstance(data, dict):
            raise MalformedResponse(
                said("Errors", "{endpoint} sent an answer of the wrong shape.").format(
                    endpoint=endpoint
                ),
                endpoint=endpoint,
            )
        return data

    def _count(
        self,
        path: str,
        endpoint: str,
        params: Mapping[str, Any] | None = None,
        cancel: threading.Event | None = None,
    ) -> int:
        data = self._object(self.get_json(path, endpoint, params, cancel), endpoint)
        count = data.get("count")
        if not isinstance(count, int) or isinstance(count, bool) or count < 0:
            raise MalformedResponse(
                said("Errors", "{endpoint} sent no valid count.").format(endpoint=endpoint),
                endpoint=endpoint,
            )
        return count

    # ----------------------------------------------------------- endpoints
    def current_account(self, *, cancel: threading.Event | None = None) -> Account:
        """``GET /account/v1/accounts/current``."""
        data = self.get_json(ACCOUNT_PATH, ACCOUNT_ENDPOINT, None, cancel)
        return Account.parse(self._object(data, ACCOUNT_ENDPOINT), ACCOUNT_ENDPOINT)

    def iter_property_pages(
        self,
        page_size: int = DEFAULT_PAGE_SIZE,
        *,
        include_archived: bool = True,
        cancel: threading.Event | None = None,
    ) -> Iterator[PropertyPage]:
        """Every property, a page at a time, until apaleo answers 204 or a short page."""
        endpoint = PROPERTIES_ENDPOINT
        total: int | None = None
        page_number = 1
        while True:
            params = _page_params(page_number, page_size, include_archived)
            data = self.get_json(PROPERTIES_PATH, endpoint, params, cancel)
            if data is None:
                return
            data = self._object(data, endpoint)
            items = data.get("properties")
            if not isinstance(items, list):
                raise MalformedResponse(
                    said("Errors", "{endpoint} sent no list of properties.").format(
                        endpoint=endpoint
                    ),
                    endpoint=endpoint,
                )
            count = data.get("count")
            if isinstance(count, int) and not isinstance(count, bool):
                total = count
            page = PropertyPage(Property.parse(item, endpoint) for item in items)
            page.total = total
            yield page
            if len(items) < page_size or (total is not None and page_number * page_size >= total):
                return
            if total is None and page_number > 100_000:  # a server that never stops
                raise MalformedResponse(
                    said("Errors", "{endpoint} never reached its last page.").format(
                        endpoint=endpoint
                    ),
                    endpoint=endpoint,
                )
            page_number += 1

    def properties(
        self, *, include_archived: bool = True, cancel: threading.Event | None = None
    ) -> list[Property]:
        """All properties."""
        return [
            p
            for page in self.iter_property_pages(include_archived=include_archived, cancel=cancel)
            for p in page
        ]

    def property(
        self, property_id: str, languages: str = "all", *, cancel: threading.Event | None = None
    ) -> Property:
        """``GET /inventory/v1/properties/{id}`` with every language (or the ones named)."""
        endpoint = "GET /inventory/v1/properties/{id}"
        from urllib.parse import quote

        data = self.get_json(
            f"/inventory/v1/properties/{quote(property_id, safe='')}",
            endpoint,
            {"languages": languages},
            cancel,
        )
        return Property.parse(self._object(data, endpoint), endpoint)

    def property_count(self, *, include_archived: bool = True) -> int:
        """``GET /inventory/v1/properties/$count``."""
        return self._count(
            "/inventory/v1/properties/$count",
            "GET /inventory/v1/properties/$count",
            {"includeArchived": "true" if include_archived else "false"},
        )

    def unit_count(self, property_id: str, *, cancel: threading.Event | None = None) -> int:
        """``GET /inventory/v1/units/$count`` for one property."""
        return self._count(
            "/inventory/v1/units/$count",
            "GET /inventory/v1/units/$count",
            {"propertyId": property_id},
            cancel,
        )

    def unit_group_count(self, property_id: str, *, cancel: threading.Event | None = None) -> int:
        """``GET /inventory/v1/unit-groups/$count`` for one property."""
        return self._count(
            "/inventory/v1/unit-groups/$count",
            "GET /inventory/v1/unit-groups/$count",
            {"propertyId": property_id},
            cancel,
        )

    def users(self, *, cancel: threading.Event | None = None) -> list[AccountUser]:
        """The account's users: ``GET /api/v1/users`` on the identity host (204 when none)."""
        endpoint = "GET /api/v1/users"
        data = self.get_json("/api/v1/users", endpoint, None, cancel, base_url=self.identity_url)
        if data is None:
            return []
        items = self._object(data, endpoint).get("users")
        if not isinstance(items, list):
            raise MalformedResponse(
                said("Errors", "{endpoint} sent no list of users.").format(endpoint=endpoint),
                endpoint=endpoint,
            )
        return [AccountUser.parse(item, endpoint) for item in items]

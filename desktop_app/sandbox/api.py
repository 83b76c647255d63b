"""The sandbox's API host: apaleo's inventory and account endpoints.

Answers follow apaleo's Swagger (``tests/contract/inventory-account.swagger.json``): lists as
``{"<items>": [...], "count": n}``, 204 with no body past the last page, pages of 20 unless
``pageSize`` (at most 200) says otherwise, 400/404 errors as ``{"messages": [...]}``, and 401 and
403 with empty bodies, as apaleo sends them. A fine-grained client sees only the properties the
hotel allowed it. (The account's users are the identity host's: ``identity.py``.)
"""

from __future__ import annotations

from collections.abc import Callable
from contextvars import ContextVar
from typing import Any

from desktop_app.core.scopes import ENDPOINT_SCOPES
from desktop_app.sandbox.data import AccountData
from desktop_app.sandbox.grants import Access
from desktop_app.sandbox.http import Request, Response, Route

#: apaleo's paging: 20 items unless asked otherwise, 200 at most (larger sizes are refused).
DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 200
AccessCheck = Callable[[str], Access | None]


class _Refused(Exception):
    def __init__(self, response: Response) -> None:
        super().__init__(response.status)
        self.response = response


def _bad_request(message: str) -> _Refused:
    return _Refused(Response.api_error(400, message))


class ApiApp:
    """Handlers over one account's data.

    Tokens are checked by *access* (signature, expiry, audience, issuer, and what the token may
    do): the identity server's own check, as apaleo's API trusts its identity server.
    """

    def __init__(self, data: AccountData, access: AccessCheck) -> None:
        self.data = data
        self._access = access
        self._allowed: ContextVar[frozenset[str] | None] = ContextVar("allowed", default=None)

    def routes(self) -> list[Route]:
        """The endpoints, each behind the token and scope checks."""
        table: list[tuple[str, Callable[[Request], Response]]] = [
            ("/inventory/v1/properties", self.properties),
            ("/inventory/v1/properties/$count", self.property_count),
            ("/inventory/v1/properties/{id}", self.property),
            ("/inventory/v1/units", self.units),
            ("/inventory/v1/units/$count", self.unit_count),
            ("/inventory/v1/unit-groups", self.unit_groups),
            ("/inventory/v1/unit-groups/$count", self.unit_group_count),
            ("/account/v1/accounts/current", self.account),
        ]
        return [("GET", path, self._guard(f"GET {path}", handler)) for path, handler in table]

    def _guard(
        self, endpoint: str, handler: Callable[[Request], Response]
    ) -> Callable[[Request], Response]:
        needed = ENDPOINT_SCOPES[endpoint]

        def guarded(request: Request) -> Response:
            token = request.bearer_token
            access = self._access(token) if token else None
            if access is None:
                return Response.empty(401, {"WWW-Authenticate": 'Bearer error="invalid_token"'})
            if needed and not access.permissions & set(needed):
                return Response.empty(403)
            if access.account_code != self.data.account["code"]:
                return Response.empty(403)
            allowed = self._allowed.set(access.properties)
            try:
                return handler(request)
            except _Refused as refused:
                return refused.response
            finally:
                self._allowed.reset(allowed)

        return guarded

    # ---------------------------------------------------------- parameters
    @staticmethod
    def _int(request: Request, name: str, default: int, low: int, high: int) -> int:
        raw = request.arg(name)
        if raw is None or raw == "":
            return default
        try:
            value = int(raw)
        except ValueError:
            raise _bad_request(f"'{name}' must be a whole number.") from None
        if not low <= value <= high:
            raise _bad_request(f"'{name}' must be between {low} and {high}.")
        return value

    @staticmethod
    def _list(request: Request, name: str) -> list[str]:
        return [
            v.strip() for raw in request.query.get(name, []) for v in raw.split(",") if v.strip()
        ]

    def _page(self, request: Request, items: list[dict[str, Any]], key: str) -> Response:
        number = self._int(request, "pageNumber", 1, 1, 1_000_000)
        size = self._int(request, "pageSize", DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE)
        page = items[(number - 1) * size : number * size]
        if not page:
            return Response.empty(204)
        return Response.json({key: page, "count": len(items)})

    def _language(self) -> str:
        return str(self.data.account.get("defaultLanguage") or "en")

    # ----------------------------------------------------------- handlers
    def _filtered_properties(self, request: Request) -> list[dict[str, Any]]:
        statuses = self._list(request, "status")
        if any(s not in ("Test", "Live") for s in statuses):
            raise _bad_request("'status' must be Test or Live.")
        archived_raw = (request.arg("includeArchived") or "false").lower()
        if archived_raw not in ("true", "false"):
            raise _bad_request("'includeArchived' must be true or false.")
        countries = {c.upper() for c in self._list(request, "countryCode")}
        allowed = self._allowed.get()
        return [
            p
            for p in self.data.properties
            if (allowed is None or p["id"] in allowed)
            and (archived_raw == "true" or not p["isArchived"])
            and (not statuses or p["status"] in statuses)
            and (not countries or p["location"]["countryCode"] in countries)
        ]

    def properties(self, request: Request) -> Response:
        """``GET /inventory/v1/properties``."""
        language = self._language()
        items = [self.data.property_item(p, language) for p in self._filtered_properties(request)]
        return self._page(request, items, "properties")

    def property_count(self, request: Request) -> Response:
        """``GET /inventory/v1/properties/$count``."""
        return Response.json({"count": len(self._filtered_properties(request))})

    def property(self, request: Request) -> Response:
        """``GET /inventory/v1/properties/{id}`` with ``languages``."""
        prop = self.data.by_id.get(request.path_params["id"])
        allowed = self._allowed.get()
        if prop is not None and allowed is not None and prop["id"] not in allowed:
            return Response.empty(403)  # the hotel did not allow this app to see it
        if prop is None:
            return Response.api_error(404, f"Property '{request.path_params['id']}' was not found.")
        languages = [lang.lower() for lang in self._list(request, "languages")]
        if not languages:
            languages = [self._language()]
        result = dict(prop)
        if "all" not in languages:
            for key in ("name", "description", "paymentTerms"):
                texts = prop.get(key)
                if isinstance(texts, dict):
                    chosen = {k: v for k, v in texts.items() if k in languages}
                    # A text exists in other languages only: answer with one, as apaleo falls back.
                    result[key] = chosen or dict([next(iter(texts.items()))])
        return Response.json(result)

    def _by_property(self, request: Request, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        wanted = request.arg("propertyId")
        allowed = self._allowed.get()
        return [
            i
            for i in items
            if (not wanted or i["property"]["id"] == wanted)
            and (allowed is None or i["property"]["id"] in allowed)
        ]

    def units(self, request: Request) -> Response:
        """``GET /inventory/v1/units``."""
        return self._page(request, self._by_property(request, self.data.units), "units")

    def unit_count(self, request: Request) -> Response:
        """``GET /inventory/v1/units/$count``."""
        return Response.json({"count": len(self._by_property(request, self.data.units))})

    def unit_groups(self, request: Request) -> Response:
        """``GET /inventory/v1/unit-groups``."""
        return self._page(request, self._by_property(request, self.data.unit_groups), "unitGroups")

    def unit_group_count(self, request: Request) -> Response:
        """``GET /inventory/v1/unit-groups/$count``."""
        return Response.json({"count": len(self._by_property(request, self.data.unit_groups))})

    def account(self, request: Request) -> Response:
        """``GET /account/v1/accounts/current``."""
        return Response.json(self.data.account)

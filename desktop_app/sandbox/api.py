"""The sandbox's API host: apaleo's inventory and account endpoints, and the identity API's users.

Answers follow apaleo's Swagger (``tests/contract/inventory-account.swagger.json``): lists as
``{"<items>": [...], "count": n}``, 204 with no body past the last page, errors as
``{"messages": [...]}``, 401 for a bad token and 403 naming the scope the swagger requires.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from desktop_app.sandbox.data import AccountData
from desktop_app.sandbox.http import Request, Response, Route
from desktop_app.sandbox.users import DemoUser
from desktop_app.scopes import ENDPOINT_SCOPES

MAX_PAGE_SIZE = 1000
TokenVerifier = Callable[[str], dict[str, Any] | None]


class _Refused(Exception):
    def __init__(self, response: Response) -> None:
        super().__init__(response.status)
        self.response = response


def _bad_request(message: str) -> _Refused:
    return _Refused(Response.api_error(400, message))


class ApiApp:
    """Handlers over one account's data.

    Tokens are checked by *verify_token* (signature, expiry, audience, issuer): the identity
    server's own verifier, as apaleo's API trusts its identity server's keys.
    """

    def __init__(
        self,
        data: AccountData,
        verify_token: TokenVerifier,
        users: Callable[[], Sequence[DemoUser]] = tuple,
    ) -> None:
        self.data = data
        self._verify = verify_token
        self._users = users

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
            ("/api/v1/users", self.users),
        ]
        return [("GET", path, self._guard(f"GET {path}", handler)) for path, handler in table]

    def _guard(
        self, endpoint: str, handler: Callable[[Request], Response]
    ) -> Callable[[Request], Response]:
        needed = ENDPOINT_SCOPES[endpoint]

        def guarded(request: Request) -> Response:
            token = request.bearer_token
            claims = self._verify(token) if token else None
            if claims is None:
                return Response.api_error(
                    401,
                    "The access token is missing, invalid or expired.",
                    headers={"WWW-Authenticate": 'Bearer error="invalid_token"'},
                )
            granted = claims.get("scope")
            granted_set = set(granted) if isinstance(granted, list) else set(str(granted).split())
            if needed and not granted_set & set(needed):
                return Response.api_error(
                    403,
                    f"The access token lacks a required scope: one of {', '.join(needed)}.",
                )
            if claims.get("account_code") != self.data.account["code"]:
                return Response.api_error(403, "The token is not for this account.")
            try:
                return handler(request)
            except _Refused as refused:
                return refused.response

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
        size = self._int(request, "pageSize", 0, 1, MAX_PAGE_SIZE) if request.arg("pageSize") else 0
        # Without pageSize apaleo answers everything on page 1.
        page = items[(number - 1) * size : number * size] if size else items if number == 1 else []
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
        return [
            p
            for p in self.data.properties
            if (archived_raw == "true" or not p["isArchived"])
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
        return [i for i in items if not wanted or i["property"]["id"] == wanted]

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

    def users(self, request: Request) -> Response:
        """The identity API's ``GET /api/v1/users``: the people with access to the account."""
        users = [
            {
                "subjectId": u.sub,
                "name": u.name,
                "userName": u.preferred_username,
                "email": u.email,
                "accountCode": u.account_code,
                "role": u.role,
                "isActive": u.active,
            }
            for u in self._users()
            if u.account_code == self.data.account["code"]
        ]
        return Response.json({"users": users, "count": len(users)})

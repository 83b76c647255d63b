"""The identity host as a resource server: userinfo and apaleo's users API.

And the test hooks that change what a token may do (mint one, deactivate a user, revoke grants).
"""

from __future__ import annotations

from typing import Any

from desktop_app.sandbox.authority import TokenAuthority
from desktop_app.sandbox.grants import (
    USERS_PERMISSIONS,
    Access,
    ClientInfo,
    OAuthProblem,
    profile_claims,
)
from desktop_app.sandbox.http import Request, Response


class ResourceSide(TokenAuthority):
    """What an access token is good for on the identity host."""

    def userinfo(self, request: Request) -> Response:
        """Claims about the signed-in user, for an access token with ``openid``."""
        token = request.bearer_token
        if not token:
            raise OAuthProblem("invalid_token", "A bearer access token is required.", 401)
        claims = self.verify_access_token(token)
        assert claims is not None
        if "openid" not in claims.get("scope", []) or "sub" not in claims:
            raise OAuthProblem("insufficient_scope", "The token lacks the openid scope.", 403)
        user = self.users[claims["sub"]]
        info: dict[str, Any] = {
            "sub": user.sub,
            "account_code": user.account_code,
            "role": user.role,
        }
        if "profile" in claims.get("scope", []):
            info.update(profile_claims(user))
        return Response.json(info, headers={"Cache-Control": "no-store"})

    # ------------------------------------------------------------- access
    def access_for_token(self, token: str) -> Access | None:
        """What *token* may do at the APIs; None when it is not a valid token of ours."""
        claims = self.verify_access_token(token, raise_problem=False)
        if claims is None:
            return None
        client = self.clients.get(str(claims.get("client_id", "")))
        if client is None:
            return None
        sub = claims.get("sub")
        account = claims.get("account_code")
        if client.fine_grained:
            properties = self.property_grants.get((client.client_id, str(sub)), frozenset())
            return Access(
                client.client_id,
                str(sub) if sub else None,
                str(account) if account else None,
                frozenset(client.permissions),
                properties,
            )
        granted = claims.get("scope")
        permissions = (
            frozenset(str(s) for s in granted)
            if isinstance(granted, list)
            else frozenset(str(granted or "").split())
        )
        return Access(
            client.client_id,
            str(sub) if sub else None,
            str(account) if account else None,
            permissions,
        )

    def users_api(self, request: Request) -> Response:
        """Apaleo's identity API ``GET /api/v1/users``: the people with access to the account.

        401 and 403 come with empty bodies, as apaleo's do; an empty list is a 204.
        """
        token = request.bearer_token
        access = self.access_for_token(token) if token else None
        if access is None:
            return Response.empty(401, {"WWW-Authenticate": 'Bearer error="invalid_token"'})
        if not access.permissions & set(USERS_PERMISSIONS) or not access.account_code:
            return Response.empty(403)
        wanted_properties = {
            p.strip() for raw in request.query.get("propertyIds", []) for p in raw.split(",")
        } - {""}
        email = (request.arg("email") or "").strip().lower()
        users = [
            u.as_identity_user()
            for u in self.users.values()
            if u.account_code == access.account_code
            and (not email or u.email.lower() == email)
            and (not wanted_properties or {pid for pid, _ in u.properties} & wanted_properties)
        ]
        if not users:
            return Response.empty(204)
        return Response.json({"users": users})

    # --------------------------------------------------------- test helpers
    def mint_access_token(
        self, client: ClientInfo, scopes: tuple[str, ...], sub: str | None, ttl: float | None
    ) -> str:
        """An access token as the token endpoint would issue it (tests, benchmarks)."""
        saved = self.access_token_ttl
        try:
            if ttl is not None:
                self.access_token_ttl = ttl
            with self._lock:
                return str(
                    self._issue(client, sub, scopes, auth_time=None, session_id=None, nonce=None)[
                        "access_token"
                    ]
                )
        finally:
            self.access_token_ttl = saved

    def deactivate_user(self, sub: str) -> None:
        """The user loses access; their next refresh is refused with apaleo's words."""
        self.users[sub] = self.users[sub].deactivated()

    def revoke_tokens_for(self, sub: str | None = None, client_id: str | None = None) -> int:
        """Revoke every refresh token of a user and/or client; returns how many."""
        count = 0
        with self._lock:
            for record in self._refresh.values():
                if (
                    (sub is None or record.sub == sub)
                    and (client_id is None or record.client_id == client_id)
                    and not record.revoked
                ):
                    record.revoked = True
                    count += 1
        return count

"""The saved sign-in, checked without touching it: the doctor never stores or replaces a token.

A renewal would answer "does the saved sign-in still work?", but apaleo rotates refresh tokens:
renewing replaces the kept one, so the doctor would change what it only meant to look at. It
asks instead (RFC 7662 introspection, where the server lets a client ask about its own tokens)
whether the refresh token is still active, and uses for the API checks only an access token that
is already valid: the window's, or the one kept in the keyring. A custom app's checks use the
token the client check was issued, in memory. :class:`HeldToken` hands that token to the API
client and never renews it.
"""

from __future__ import annotations

from typing import Any

from desktop_app.auth.tokens import TokenSet
from desktop_app.core.apaleo_errors import explain
from desktop_app.core.config import require_secure_url
from desktop_app.core.errors import InspectorError
from desktop_app.core.i18n import Text, said
from desktop_app.doctor.context import Doctor
from desktop_app.doctor.model import Finding, fail, ok, warn

SIGN_IN_FIX = said("Doctor", "Sign in in the window (the doctor never opens a browser).")
#: Seconds an access token must still be valid for the API checks to use it.
USABLE_FOR_S = 30


class HeldToken:
    """A token provider that hands out one access token and never renews it (see the module)."""

    def __init__(self, token: str) -> None:
        self._token = token

    def access_token(self) -> str:
        """The token held."""
        return self._token

    def token_rejected(self, token: str) -> str:
        """A 401: no renewal (it would replace the saved sign-in's token); the 401 stands."""
        return self._token


def _scopes_of(tokens: TokenSet) -> set[str]:
    """The scopes and permissions *tokens* carry: the grant's and the access token's claim."""
    claimed = (tokens.access_claims or {}).get("scope")
    listed = set(claimed) if isinstance(claimed, list) else set(str(claimed or "").split())
    return set(tokens.scope) | listed


def _introspect(doctor: Doctor, refresh_token: str) -> dict[str, Any] | None:
    """What the server says of the refresh token (None: it offers no answer to a client)."""
    url = (doctor.document or {}).get("introspection_endpoint")
    if not isinstance(url, str) or not url:
        return None
    try:
        require_secure_url(url, said("Doctor", "introspection endpoint"))
    except InspectorError:
        return None  # never send a token to a plain-http address
    endpoint = doctor.connection.session.client.endpoint()
    return endpoint.introspect(url, refresh_token, "refresh_token", cancel=doctor.cancel)


def check_saved_sign_in(doctor: Doctor) -> Finding:
    """Where the sign-in is kept, whether the server would renew it now, and its state."""
    profile = doctor.profile
    session = doctor.connection.session
    store = doctor.connection.store
    where = ("kept in", str(store.backend_label))
    if profile.mode == "client_credentials":
        return ok(
            said(
                "Doctor",
                "A custom app keeps no sign-in: each start gets a token with the client id and "
                "secret (the client check was issued one, kept in memory only).",
            )
        )
    tokens = session.tokens
    refresh = tokens.refresh_token if tokens is not None else None
    account = session.account_code or profile.last_account
    if tokens is None and account:
        # read from the keyring, as the next start would: nothing is renewed or written
        refresh = store.get_refresh_token(account)
        cached = store.get_access_cache(account)
        tokens = TokenSet.from_cache(cached, refresh) if cached else None
    if refresh is None and tokens is None:
        return warn(
            said("Doctor", "No sign-in is saved for this profile yet ({keyring}).").format(
                keyring=store.backend_label
            ),
            SIGN_IN_FIX,
            where,
        )
    answer = _introspect(doctor, refresh) if refresh else None
    if answer is not None and answer.get("active") is False:
        rule = explain("refresh", error="invalid_grant")
        assert rule is not None
        return fail(rule.cause, rule.fix, where, ("rule", rule.id))
    usable = tokens is not None and tokens.expires_in() > USABLE_FOR_S
    if usable and tokens is not None:
        doctor.access = tokens.access_token
        doctor.granted = _scopes_of(tokens)
    elif answer is not None:
        doctor.granted = set(str(answer.get("scope") or "").split())
    minutes = int(tokens.expires_in() // 60) if usable and tokens is not None else 0
    access: Text = (
        said("Doctor", "The access token is valid for {minutes} more minutes.").format(
            minutes=minutes
        )
        if usable
        else said(
            "Doctor",
            "The access token has expired: the app renews it at its next start (the doctor "
            "does not, since that would replace the kept token).",
        )
    )
    if refresh is None:
        return warn(
            said(
                "Doctor",
                "Signed in without a refresh token: when the access token expires, you sign in "
                "in the browser again. {access}",
            ).format(access=access),
            said(
                "Doctor",
                "Ask for offline_access in the profile's scopes (and allow it for the app in "
                "apaleo), then sign in again.",
            ),
            where,
        )
    if answer is None:
        return ok(
            said(
                "Doctor",
                "A sign-in is kept in {keyring}. {access} Whether the server would renew it now "
                "was not asked: it does not tell a client about its tokens, and a renewal would "
                "replace the kept one.",
            ).format(keyring=store.backend_label, access=access),
            where,
        )
    return ok(
        said(
            "Doctor",
            "The sign-in kept in {keyring} is active: the server would renew it now (asked "
            "without using it). {access}",
        ).format(keyring=store.backend_label, access=access),
        where,
        ("refresh token", "active"),
    )


__all__ = ["USABLE_FOR_S", "HeldToken", "check_saved_sign_in"]

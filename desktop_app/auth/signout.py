"""What sign-out leaves behind, and the page the browser returns to after ending apaleo's session.

Sign-out itself is :meth:`desktop_app.auth.session.AuthSession.sign_out`; this module holds its
result, its words, the revocation of what it ended, and the RP-initiated logout (OpenID Connect)
that signs the browser out too.
"""

from __future__ import annotations

import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from oauthlib.common import add_params_to_uri

from desktop_app.auth.discovery import Endpoints
from desktop_app.auth.loopback import CallbackListener
from desktop_app.auth.tokens import TokenSet
from desktop_app.core.config import Profile
from desktop_app.core.errors import InspectorError
from desktop_app.core.i18n import Said, Text, said

if TYPE_CHECKING:
    from desktop_app.auth.token_endpoint import TokenEndpoint

#: How long the page the browser returns to after sign-out is served.
SIGNED_OUT_PAGE_S = 300.0


@dataclass(frozen=True)
class SignOutResult:
    """What sign-out did.

    Attributes:
        revoked: apaleo withdrew the refresh token (or there was none to withdraw).
        message: the words for the admin.
        end_session_url: open this in the browser to end apaleo's browser session there.
        local_problem: why the saved sign-in could not be deleted from the keyring, if so.
    """

    revoked: bool
    message: Text
    end_session_url: str | None = None
    local_problem: Text | None = None


def sign_out_words(revoke_problem: Text | None, local_problem: Text | None) -> Said:
    """The admin's words for a sign-out, from what failed (if anything)."""
    if local_problem:
        local = said(
            "Errors",
            "You are signed out in this app, but the saved sign-in could not be deleted "
            "({problem}): it is still in the keyring",
        ).format(problem=local_problem)
        if revoke_problem is None:
            return said(
                "Errors", "{local}, though apaleo has withdrawn it, so it can no longer be used."
            ).format(local=local)
        return said(
            "Errors",
            "{local}, and apaleo could not be told to withdraw it ({revoke_problem}). Remove the entry 'apaleo-inspector' from the system keyring, or ask an admin to revoke the app's access in apaleo.",
        ).format(local=local, revoke_problem=revoke_problem)
    if revoke_problem is None:
        return said("Errors", "You are signed out, and apaleo has withdrawn this sign-in.")
    return said(
        "Errors",
        "You are signed out on this computer, but apaleo could not be told to withdraw the sign-in ({revoke_problem}). It expires on its own; an admin can also revoke it in apaleo.",
    ).format(revoke_problem=revoke_problem)


class SignedOutPage:
    """The "You are signed out" page on the redirect port, for a few minutes after sign-out."""

    def __init__(self) -> None:
        self._served: tuple[CallbackListener, threading.Timer] | None = None

    def end_session_url(self, end_session_endpoint: str, id_token: str, profile: Profile) -> str:
        """The address that ends apaleo's browser session and comes back to this page.

        Where the redirect port is taken, the address has no way back: apaleo then shows its
        own signed-out page.
        """
        self.close()
        state = secrets.token_urlsafe(16)
        params = [("id_token_hint", id_token), ("client_id", profile.client_id)]
        try:
            page = CallbackListener(
                profile.redirect_port,
                state,
                path="/signed-out",
                signed_out=True,
                host=profile.redirect_host,
            )
        except InspectorError:
            page = None
        if page is not None:
            timer = threading.Timer(SIGNED_OUT_PAGE_S, page.close)
            timer.daemon = True
            timer.start()
            self._served = (page, timer)
            params += [("post_logout_redirect_uri", page.redirect_uri), ("state", state)]
        return str(add_params_to_uri(end_session_endpoint, params))

    def close(self) -> None:
        """Stop serving the page (a new sign-in needs the port)."""
        served, self._served = self._served, None
        if served is not None:
            page, timer = served
            timer.cancel()
            page.close()


def revoke_all(
    tokens: list[str | None],
    endpoints: Callable[[], Endpoints],
    identity_url: str,
    token_endpoint: Callable[[], TokenEndpoint],
) -> Text | None:
    """Revoke each distinct refresh token (RFC 7009); None when all were, else the reason.

    An identity server whose discovery fails is asked at apaleo's own revocation path.
    """
    distinct = [t for t in dict.fromkeys(tokens) if t]
    if not distinct:
        return None
    try:
        known = endpoints()
    except InspectorError:
        known = Endpoints.apaleo_fallback(identity_url)
    if known.revocation_endpoint is None:
        return said("Errors", "apaleo offers no way to revoke the sign-in")
    try:
        endpoint = token_endpoint()
    except InspectorError as exc:
        return exc.message
    url = known.revocation_endpoint
    problems = [p for t in distinct if (p := endpoint.revoke(url, t, "refresh_token"))]
    return problems[0] if problems else None


def end_session_url(
    page: SignedOutPage, endpoints: Endpoints | None, tokens: TokenSet | None, profile: Profile
) -> str | None:
    """RP-initiated logout (OpenID Connect): where the browser's apaleo session ends too.

    None where the server offers no such endpoint or the tokens carry no id_token to hint with.
    """
    if (
        endpoints is None
        or not endpoints.discovered
        or endpoints.end_session_endpoint is None
        or tokens is None
        or not tokens.id_token
    ):
        return None
    return page.end_session_url(endpoints.end_session_endpoint, tokens.id_token, profile)

"""Sign-in errors, each with plain words for a hotel admin and nothing secret in them."""

from __future__ import annotations

from desktop_app.core.apaleo_errors import Rule, Step, explain
from desktop_app.core.errors import InspectorError
from desktop_app.core.i18n import Said, Text, said

#: RFC 6749 / 7009 / OIDC error codes in words. The server's own description is appended
#: where it gives one, since apaleo's (e.g. "User x has no access to ACCOUNT") helps the admin.
OAUTH_ERROR_WORDS: dict[str, Said] = {
    "access_denied": said(
        "Errors", "You declined the request in the browser, so the app was not given access."
    ),
    "invalid_client": said(
        "Errors",
        "apaleo did not accept this app's client id or secret. Check the profile's client id and secret.",
    ),
    "invalid_grant": said(
        "Errors",
        "Your sign-in is no longer valid (it was revoked, expired, or your access changed). Please sign in again.",
    ),
    "invalid_request": said("Errors", "apaleo rejected the sign-in request as malformed."),
    "invalid_scope": said(
        "Errors", "apaleo does not allow one of the requested scopes for this app."
    ),
    "unauthorized_client": said(
        "Errors",
        "This app's client is not allowed to sign in this way. Check the profile's sign-in mode.",
    ),
    "unsupported_grant_type": said(
        "Errors", "apaleo does not support this kind of sign-in for this client."
    ),
    "unsupported_response_type": said(
        "Errors", "apaleo does not support this kind of sign-in for this client."
    ),
    "server_error": said(
        "Errors", "apaleo had an internal error during sign-in. Try again in a moment."
    ),
    "temporarily_unavailable": said(
        "Errors", "apaleo's sign-in service is busy. Try again in a moment."
    ),
    "login_required": said("Errors", "Please sign in again."),
    "consent_required": said("Errors", "apaleo needs you to approve the app again."),
    "interaction_required": said("Errors", "apaleo needs you to sign in again in the browser."),
    "invalid_response": said("Errors", "The sign-in service sent an answer the app could not use."),
    "missing_token": said(
        "Errors",
        "The sign-in service answered without an access token, so the sign-in did not complete.",
    ),
}


def describe_oauth_error(
    error: str, description: Text | None = None, step: Step | None = None
) -> Said:
    """The plain-words message for an OAuth *error* code and the server's *description*.

    Where apaleo's rules (:mod:`desktop_app.core.apaleo_errors`) know the code at this *step*,
    their cause and fix are the words: "wrong secret, or a client not active yet" tells more
    than "did not accept the client id or secret".
    """
    rule = explain(step, error=error) if step else None
    words = (
        said("Errors", "{cause} {fix}").format(cause=rule.cause, fix=rule.fix)
        if rule is not None
        else OAUTH_ERROR_WORDS.get(error)
        or said("Errors", "apaleo refused the sign-in ({error}).").format(error=error)
    )
    if isinstance(description, Said):  # the app's own words about the answer
        return said("Errors", "{words}\n{value}").format(words=words, value=description)
    if description and description.strip():
        # The server's description is shown as data; trimmed so a hostile server can't flood the UI.
        return said("Errors", "{words}\napaleo said: {value}").format(
            words=words, value=description.strip()[:300]
        )
    return words


class AuthError(InspectorError):
    """Any failure of sign-in, refresh or sign-out."""


#: OAuth errors on a refresh that mean the refresh token is finished (see
#: :attr:`OAuthError.refuses_refresh_token`).
REFRESH_REFUSED = frozenset({"invalid_grant", "invalid_request", "unauthorized_client"})


class OAuthError(AuthError):
    """The identity server answered with an RFC 6749 error."""

    def __init__(
        self,
        error: str,
        description: Text | None = None,
        *,
        status: int | None = None,
        step: Step | None = None,
    ) -> None:
        super().__init__(
            describe_oauth_error(error, description, step),
            retryable=error in ("server_error", "temporarily_unavailable"),
        )
        self.error = error
        self.description = description
        self.status = status
        #: apaleo's rule for this answer (cause and fix), where one is known.
        self.rule: Rule | None = explain(step, error=error) if step else None

    @property
    def refuses_refresh_token(self) -> bool:
        """Whether, answering a refresh, the server refused the token itself (never send it again).

        RFC 6749 §5.2's ``invalid_grant``; apaleo may answer ``invalid_request`` after a client's
        permissions changed; any other 400 counts too, but not ``invalid_client``: then the
        secret is wrong, not the token.
        """
        if self.error == "invalid_client":
            return False
        return self.error in REFRESH_REFUSED or self.status == 400


class CodeExchangeError(OAuthError):
    """The token endpoint refused this sign-in's code: said as that, not as a saved sign-in.

    ``invalid_grant`` at the code exchange means the code expired or was already used (a code
    lives about a minute), which "your sign-in is no longer valid" would misname.
    """

    def __init__(self, refused: OAuthError) -> None:
        if refused.error == "invalid_grant":
            words: Text = said(
                "Errors",
                "apaleo did not accept the sign-in code from your browser: it had expired or was "
                "already used (a code is valid for about a minute). Please sign in again.",
            )
        else:
            words = describe_oauth_error(refused.error, refused.description)
        AuthError.__init__(
            self,
            said("Errors", "The sign-in code could not be exchanged for a token. {words}").format(
                words=words
            ),
            retryable=refused.retryable,
        )
        self.error = refused.error
        self.description = refused.description
        self.status = refused.status
        self.rule = refused.rule


class SignInRequired(AuthError):
    """The stored session is gone (invalid_grant, revoked, none stored): ask for an interactive sign-in."""


class SignedOut(AuthError):
    """An answer arrived after sign-out: it was not kept (and was revoked)."""


class SignInCancelled(AuthError):
    """The user pressed Cancel, or the app is quitting."""


class SignInTimeout(AuthError):
    """Nothing came back from the browser in time."""


class CallbackError(AuthError):
    """The browser came back with something unusable (wrong state or issuer, no code)."""


class PortInUseError(AuthError):
    """The redirect port is taken by another program."""

    def __init__(self, port: int) -> None:
        super().__init__(
            said(
                "Errors",
                "Port {port} on this computer is in use by another program, so the app cannot receive apaleo's answer. Close the program using port {port} (or another running copy of this app), or set a different redirect port in the profile (it must match the redirect URI registered with apaleo).",
            ).format(port=port)
        )
        self.port = port


class IdTokenError(AuthError):
    """The id_token failed verification (signature, issuer, audience, expiry or nonce)."""


class KeyringError(AuthError):
    """The OS keyring is missing, locked or failed; the session is kept in memory only."""

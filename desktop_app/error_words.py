"""A failure in words for the message bar: a plain headline, what happened, and the facts. No Qt.

The headline says what the admin faces ("apaleo could not be reached"); the body is the error's
own message (already in plain words, never holding a secret); the facts are for apaleo's
support: the call, the HTTP status and apaleo's tracking id.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.api.errors import (
    ApiError,
    Forbidden,
    MalformedResponse,
    NotFound,
    RateLimited,
    ServerError,
    Unauthorized,
)
from desktop_app.auth.errors import KeyringError, OAuthError, SignInRequired
from desktop_app.errors import InspectorError, NetworkError, TlsError


@dataclass(frozen=True)
class ErrorWords:
    """What the message bar shows for one failure."""

    headline: str
    body: str
    facts: tuple[tuple[str, str], ...] = ()
    #: apaleo's ``apaleo-tracking-id``: its support asks for it.
    reference: str | None = None
    #: Whether trying again may help (offer Retry).
    retryable: bool = True


#: The first matching kind wins: subclasses before the kinds they refine (TLS before network,
#: each API error before ApiError itself).
HEADLINES: tuple[tuple[type[BaseException] | tuple[type[BaseException], ...], str], ...] = (
    (TlsError, "The connection to apaleo could not be verified as secure"),
    (NetworkError, "apaleo could not be reached"),
    (Forbidden, "apaleo does not allow this app to see this"),
    ((Unauthorized, SignInRequired), "Your sign-in is no longer valid"),
    (RateLimited, "apaleo is busy and asked the app to slow down"),
    (ServerError, "apaleo had a problem answering"),
    (MalformedResponse, "apaleo sent an answer the app could not read"),
    (NotFound, "apaleo no longer has this"),
    (ApiError, "apaleo rejected the app's request"),
    (OAuthError, "apaleo did not renew the sign-in"),
    (KeyringError, "The system keyring did not answer"),
)


def headline(exc: object) -> str:
    """The plain first line for a failure."""
    return next(
        (words for kind, words in HEADLINES if isinstance(exc, kind)), "Something went wrong"
    )


def describe(exc: object, what: str) -> ErrorWords:
    """The bar's words for *exc*, which happened while the app tried *what* ("load properties")."""
    if isinstance(exc, InspectorError):
        body = f"The app could not {what}. {exc.message}"
        retryable = exc.retryable or not isinstance(exc, Forbidden | TlsError | SignInRequired)
    else:
        body = (
            f"The app could not {what}: something unexpected went wrong "
            f"({type(exc).__name__}). Please try again."
        )
        retryable = True
    facts: list[tuple[str, str]] = []
    reference = None
    if isinstance(exc, ApiError):
        if exc.endpoint:
            facts.append(("Call", exc.endpoint))
        if exc.status:
            facts.append(("HTTP status", str(exc.status)))
        if exc.tracking_id:
            reference = exc.tracking_id
            facts.append(("apaleo support reference", exc.tracking_id))
    elif isinstance(exc, OAuthError):
        facts.append(("Sign-in error", exc.error))
        if exc.status:
            facts.append(("HTTP status", str(exc.status)))
    facts.append(("Kind", type(exc).__name__))
    return ErrorWords(headline(exc), body, tuple(facts), reference, retryable)

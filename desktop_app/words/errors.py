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
from desktop_app.core.apaleo_errors import explain
from desktop_app.core.errors import InspectorError, NetworkError, TlsError
from desktop_app.core.i18n import Said, said, shown, translate


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
    #: apaleo refused the sign-in itself: the fix is to sign in again, not to retry.
    sign_in_again: bool = False


#: The first matching kind wins: subclasses before the kinds they refine (TLS before network,
#: each API error before ApiError itself).
HEADLINES: tuple[tuple[type[BaseException] | tuple[type[BaseException], ...], Said], ...] = (
    (TlsError, said("Errors", "The connection to apaleo could not be verified as secure")),
    (NetworkError, said("Errors", "apaleo could not be reached")),
    (Forbidden, said("Errors", "apaleo does not allow this app to see this")),
    ((Unauthorized, SignInRequired), said("Errors", "Your sign-in is no longer valid")),
    (RateLimited, said("Errors", "apaleo is busy and asked the app to slow down")),
    (ServerError, said("Errors", "apaleo had a problem answering")),
    (MalformedResponse, said("Errors", "apaleo sent an answer the app could not read")),
    (NotFound, said("Errors", "apaleo no longer has this")),
    (ApiError, said("Errors", "apaleo rejected the app's request")),
    (OAuthError, said("Errors", "apaleo did not renew the sign-in")),
    (KeyringError, said("Errors", "The system keyring did not answer")),
)

#: What an admin can do about an answer of apaleo's API, in plain words: the call, its status
#: and apaleo's own message go to the details, for support (a 403 keeps its message: it names
#: the permission in words).
API_ADVICE: tuple[tuple[type[BaseException], Said], ...] = (
    (Unauthorized, said("Errors", "apaleo no longer accepts this sign-in. Sign in again.")),
    (RateLimited, said("Errors", "Try again in a minute.")),
    (ServerError, said("Errors", "This is usually over soon: try again in a moment.")),
    (
        MalformedResponse,
        said(
            "Errors",
            "Try again; if it happens again, give apaleo's support the reference in the details.",
        ),
    ),
    (NotFound, said("Errors", "It may have been removed in apaleo meanwhile.")),
    (
        ApiError,
        said("Errors", "If it happens again, give apaleo's support the reference in the details."),
    ),
)


def error_text(exc: object) -> str:
    """Words for any failure: ours carry them; anything else gets a generic, leak-free line."""
    if isinstance(exc, InspectorError):
        reference = getattr(exc, "tracking_id", None)
        if isinstance(reference, str) and reference:
            return translate(
                "SignInWindow", "{message}\n(apaleo support reference: {reference})"
            ).format(message=exc.shown, reference=reference)
        return exc.shown
    return translate(
        "SignInWindow", "Something unexpected went wrong ({kind}). Please try again."
    ).format(kind=type(exc).__name__)


def headline(exc: object) -> str:
    """The plain first line for a failure."""
    words = next((words for kind, words in HEADLINES if isinstance(exc, kind)), None)
    return words.shown() if words else translate("Errors", "Something went wrong")


def describe(exc: object, what: str | Said) -> ErrorWords:
    """The bar's words for *exc*, which happened while the app tried *what* ("load properties")."""
    # apaleo refused the sign-in itself: the same sign-in would be refused again, so no Retry
    sign_in_again = isinstance(exc, Unauthorized | SignInRequired)
    if isinstance(exc, InspectorError):
        advice = None
        if isinstance(exc, ApiError) and not isinstance(exc, Forbidden):
            advice = next((words for kind, words in API_ADVICE if isinstance(exc, kind)), None)
        body = translate("Errors", "The app could not {what}. {message}").format(
            what=shown(what), message=shown(advice) if advice is not None else exc.shown
        )
        retryable = not sign_in_again and (
            exc.retryable or not isinstance(exc, Forbidden | TlsError)
        )
    else:
        body = translate(
            "Errors",
            "The app could not {what}: something unexpected went wrong ({kind}). Please try again.",
        ).format(what=shown(what), kind=type(exc).__name__)
        retryable = True
    facts: list[tuple[str, str]] = []
    reference = None
    if isinstance(exc, ApiError):
        if exc.endpoint:
            facts.append((translate("Errors", "Call"), exc.endpoint))
        if exc.status:
            facts.append((translate("Errors", "HTTP status"), str(exc.status)))
        if not isinstance(exc, Forbidden):
            facts.append((translate("Errors", "What happened"), exc.shown))
        if exc.tracking_id:
            reference = exc.tracking_id
            facts.append((translate("Errors", "apaleo support reference"), exc.tracking_id))
    elif isinstance(exc, OAuthError):
        facts.append((translate("Errors", "Sign-in error"), exc.error))
        if exc.status:
            facts.append((translate("Errors", "HTTP status"), str(exc.status)))
    # apaleo's rule for this answer (core/apaleo_errors): what to do, where in apaleo
    rule = (
        explain("api", status=exc.status)
        if isinstance(exc, ApiError) and exc.status
        else getattr(exc, "rule", None)
        if isinstance(exc, OAuthError)
        else None
    )
    if rule is not None:
        facts.append((translate("Errors", "What to do"), rule.fix.shown()))
    return ErrorWords(headline(exc), body, tuple(facts), reference, retryable, sign_in_again)

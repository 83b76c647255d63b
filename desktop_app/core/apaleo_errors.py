"""What apaleo's answers mean: one rule per known failure, with its cause, its fix and its source.

apaleo's identity server (IdentityServer) answers most mistakes with a bare code:
``unauthorized_client`` on an error page when a redirect URI differs by one slash,
``invalid_client`` both for a wrong secret and for a client registered minutes ago, 401 and 403
with empty bodies. A code alone tells a hotel admin nothing; these rules turn it into what
happened and where in apaleo to fix it. The doctor, the sign-in errors and the message bar all
read this one table (``docs/apaleo-errors.md`` lists it with its sources), so a lesson learnt from
apaleo's issue tracker is written once. Qt-free and import-light: it is the kernel's.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from desktop_app.core.i18n import Said, said

#: Where an answer came from: the browser's authorization request, a token request of each
#: grant, or an API call.
Step = Literal["authorize", "code", "refresh", "client_credentials", "api"]

DOCS = "https://apaleo.dev/guides/oauth-connection"
ISSUES = "https://github.com/apaleo/api/issues"


@dataclass(frozen=True)
class Rule:
    """One known answer of apaleo's: where it comes, what it matches, what it means and means to do."""

    id: str
    steps: tuple[Step, ...]
    #: The OAuth ``error`` code it matches (None: any), or the HTTP status for API answers.
    error: str | None
    status: int | None
    cause: Said
    fix: Said
    sources: tuple[str, ...]


RULES: tuple[Rule, ...] = (
    Rule(
        "redirect-uri-not-registered",
        ("authorize",),
        "unauthorized_client",
        None,
        said(
            "apaleo",
            "apaleo does not know this redirect URI for this app. It must match the registered "
            "one exactly: a trailing slash, another port, or localhost instead of 127.0.0.1 "
            "makes it a different address.",
        ),
        said(
            "apaleo",
            "In apaleo, open Apps ▸ My store apps, edit this app and add the redirect URI exactly "
            "as the profile shows it; or change the profile's redirect port and host to the "
            "registered one. A new redirect URI takes effect a few minutes after it is saved.",
        ),
        (f"{ISSUES}/74", f"{ISSUES}/234", f"{ISSUES}/204", f"{DOCS}/register-connect-client-app"),
    ),
    Rule(
        "client-not-registered",
        ("authorize",),
        "invalid_client",
        None,
        said("apaleo", "apaleo does not know this client id (or the app is not active yet)."),
        said(
            "apaleo",
            "Check the client id in the profile against apaleo ▸ Apps. An app registered a few "
            "minutes ago may not be active yet: check again in five minutes.",
        ),
        (f"{ISSUES}/139", f"{DOCS}/register-connect-client-app"),
    ),
    Rule(
        "secret-refused",
        ("code", "refresh", "client_credentials"),
        "invalid_client",
        None,
        said(
            "apaleo",
            "apaleo did not accept the client id and secret: the secret is wrong (or was "
            "replaced in apaleo), or the app was registered only minutes ago and is not active "
            "yet.",
        ),
        said(
            "apaleo",
            "Copy the secret again from apaleo ▸ Apps (the app's Secrets) into Settings. If the "
            "app is new, wait five minutes and check again.",
        ),
        (f"{ISSUES}/133", f"{ISSUES}/139", f"{DOCS}/simple-client"),
    ),
    Rule(
        "scope-not-registered",
        ("authorize", "client_credentials", "refresh"),
        "invalid_scope",
        None,
        said(
            "apaleo",
            "The profile asks for a scope that is not registered for this app in apaleo, or that "
            "apaleo has retired.",
        ),
        said(
            "apaleo",
            "Remove the scope from the profile's scopes in Settings, or add it to the app's "
            "registration in apaleo ▸ Apps.",
        ),
        (f"{DOCS}/register-connect-client-app", f"{DOCS}/register-simple-client-app"),
    ),
    Rule(
        "consent-needed-again",
        ("refresh",),
        "invalid_request",
        None,
        said(
            "apaleo",
            "apaleo ended the saved sign-in. This happens when the app's registration (its "
            "scopes or permissions) changed: the hotel must approve the app again.",
        ),
        said("apaleo", "Sign in again and approve the app in the browser."),
        (f"{DOCS}/connect", f"{ISSUES}/215"),
    ),
    Rule(
        "sign-in-ended",
        ("refresh",),
        "invalid_grant",
        None,
        said(
            "apaleo",
            "apaleo no longer accepts the saved sign-in: it was revoked, it expired, the user "
            "lost access, or the app's registration changed.",
        ),
        said("apaleo", "Sign in again (and approve the app if apaleo asks)."),
        (f"{DOCS}/connect", f"{ISSUES}/215"),
    ),
    Rule(
        "code-expired",
        ("code",),
        "invalid_grant",
        None,
        said(
            "apaleo",
            "apaleo did not accept the sign-in code: it expired or was already used (a code "
            "lives about a minute), or it was issued to another client or redirect URI.",
        ),
        said("apaleo", "Sign in again."),
        (f"{ISSUES}/291", f"{DOCS}/connect"),
    ),
    Rule(
        "connect-client-without-user",
        ("client_credentials",),
        "unauthorized_client",
        None,
        said(
            "apaleo",
            "This client is a store app (a connect client): it gets tokens only when a user "
            "signs in, not with client credentials.",
        ),
        said(
            "apaleo",
            "Set the profile's sign-in to 'a user signs in in the browser', or register a custom "
            "app under apaleo ▸ Apps ▸ Connected apps ▸ Add custom app for client credentials.",
        ),
        (f"{DOCS}/simple-client", f"{ISSUES}/291"),
    ),
    Rule(
        "custom-app-with-user",
        ("code", "authorize"),
        "unsupported_grant_type",
        None,
        said(
            "apaleo",
            "This client is a custom app (a simple client): it cannot sign a user in.",
        ),
        said(
            "apaleo",
            "Set the profile's sign-in to client credentials, or register a store app (Apps ▸ My "
            "store apps) for signing in with a user.",
        ),
        (f"{DOCS}/simple-client", f"{DOCS}/register-connect-client-app"),
    ),
    Rule(
        "token-lacks-scope",
        ("api",),
        None,
        403,
        said(
            "apaleo",
            "apaleo refused the call (403, with no explanation): the sign-in does not include "
            "the scope or permission this call needs.",
        ),
        said(
            "apaleo",
            "Add the scope to the profile (for a fine-grained app: the permission to its "
            "registration in apaleo), then sign in again.",
        ),
        (f"{ISSUES}", "https://apaleo.dev/guides/api/authentication.html"),
    ),
    Rule(
        "token-refused",
        ("api",),
        None,
        401,
        said(
            "apaleo",
            "apaleo no longer accepts the access token, even after a renewal: the sign-in was "
            "revoked or the user lost access.",
        ),
        said("apaleo", "Sign in again."),
        ("https://apaleo.dev/guides/api/authentication.html",),
    ),
    Rule(
        "rate-limited",
        ("api",),
        None,
        429,
        said(
            "apaleo",
            "This app has spent apaleo's rate limit for the account (development accounts: 200 "
            "requests a minute; live accounts 3,500).",
        ),
        said(
            "apaleo",
            "Wait until the limit resets (a minute at most), and close other copies of the app "
            "or scripts that use the same app registration.",
        ),
        ("https://apaleo.dev/guides/api/rate-limiting",),
    ),
)


def explain(step: Step, *, error: str | None = None, status: int | None = None) -> Rule | None:
    """The rule for an answer at *step* (an OAuth *error* code, or an API *status*), if known."""
    for rule in RULES:
        if step not in rule.steps:
            continue
        if rule.error is not None and rule.error != error:
            continue
        if rule.status is not None and rule.status != status:
            continue
        return rule
    return None


__all__ = ["RULES", "Rule", "Step", "explain"]

"""The links that need a token: the API, the scopes each tab needs, the rate limit, the users.

They use the valid access token the sign-in check found (the window's, the keyring's, or a
custom app's from the client check), through :class:`~desktop_app.doctor.sign_in_check.HeldToken`:
never renewed, so nothing kept is replaced. Without one they are skipped, never failed. The API,
the rate limit and the users need apaleo (or its stand-in): against another OpenID provider they
are skipped.
"""

from __future__ import annotations

import time

from desktop_app.api.client import ApiClient
from desktop_app.api.errors import ApiError, Forbidden, RateLimited, Unauthorized
from desktop_app.core.apaleo_errors import explain
from desktop_app.core.i18n import Text, said
from desktop_app.core.scopes import is_fine_grained
from desktop_app.doctor.context import Doctor
from desktop_app.doctor.model import Finding, fail, joined, ok, skip, warn
from desktop_app.doctor.sign_in_check import HeldToken
from desktop_app.net.call_log import Call
from desktop_app.net.retry import http_time

NOT_APALEO = said(
    "Doctor", "Only apaleo answers this: the identity server is another OpenID provider."
)
NO_SIGN_IN = said(
    "Doctor", "Needs a valid access token, and there is none (see the saved sign-in)."
)

#: What each part of the app needs: (what, any of these scopes, what stays empty without).
NEEDS: tuple[tuple[Text, tuple[str, ...], Text], ...] = (
    (
        said("Doctor", "Unit counts"),
        ("units.read", "setup.read", "setup.manage", "admin"),
        said("Doctor", "the property details say 'Not available' for units"),
    ),
    (
        said("Doctor", "Unit-group counts"),
        ("unitgroups.read", "setup.read", "setup.manage", "admin"),
        said("Doctor", "the property details say 'Not available' for unit groups"),
    ),
    (
        said("Doctor", "Users tab"),
        ("identity:account-users.read", "identity:account-users.manage"),
        said("Doctor", "the Users tab stays empty"),
    ),
)


def _api(doctor: Doctor) -> ApiClient:
    """An API client with the token held (never renewed) that asks without waiting."""
    assert doctor.access is not None
    profile = doctor.profile
    return ApiClient(
        profile.api_url,
        HeldToken(doctor.access),
        doctor.transport,
        identity_url=profile.identity_url,
    )


# -------------------------------------------------------------------- api
def _tracking(doctor: Doctor, path: str, since: float) -> Call | None:
    calls = doctor.transport.calls.recent()
    return next((c for c in reversed(calls) if c.path.endswith(path) and c.at >= since), None)


def _api_refused(exc: ApiError) -> Finding:
    rule = explain("api", status=exc.status)
    facts = [("HTTP status", str(exc.status))]
    if exc.tracking_id:
        facts.append(("tracking id", exc.tracking_id))
    if rule is not None:
        return fail(exc.message, rule.fix, ("rule", rule.id), *facts)
    return fail(exc.message, "", *facts)


def check_api(doctor: Doctor) -> Finding:
    """A read of the current account; apaleo's tracking id of the answer is kept."""
    if not doctor.apaleo:
        return skip(NOT_APALEO)
    if doctor.access is None:
        return skip(NO_SIGN_IN)
    since = time.time() - 1
    try:
        account = _api(doctor).current_account(cancel=doctor.cancel)
    except RateLimited as exc:
        # the budget check says it in full; here it is only why the read was not answered
        return warn(exc.message, "", ("HTTP status", "429"))
    except (Forbidden, Unauthorized, ApiError) as exc:
        return _api_refused(exc)
    call = _tracking(doctor, "/accounts/current", since)
    doctor.tracking_id = call.tracking_id if call else None
    facts = [("account", account.code)]
    if doctor.tracking_id:
        facts.append(("tracking id", doctor.tracking_id))
    return ok(
        said("Doctor", "apaleo's API answered: account {code}, '{name}' ({kind}).").format(
            code=account.code, name=account.name, kind=account.type
        ),
        *facts,
    )


# ------------------------------------------------------------- rate limit
def check_rate_limit(doctor: Doctor) -> Finding:
    """The budget left in apaleo's rate-limit window, warned below 10 %."""
    if not doctor.apaleo:
        return skip(NOT_APALEO)
    if doctor.access is None:
        return skip(NO_SIGN_IN)
    told = doctor.transport.calls.budget_left()
    if told is None:
        return ok(said("Doctor", "apaleo did not say how much of its rate limit is left."))
    remaining, budget = told
    last = next(
        (c for c in reversed(doctor.transport.calls.recent()) if c.rate_remaining is not None),
        None,
    )
    reset_at = http_time(last.rate_reset if last else None)
    reset = time.strftime("%H:%M:%S", time.localtime(reset_at)) if reset_at else "?"
    facts = (("remaining", str(remaining)), ("budget", str(budget)), ("reset", reset))
    words = said("Doctor", "{remaining} of about {budget} requests left in this window.").format(
        remaining=remaining, budget=budget
    )
    rule = explain("api", status=429)
    assert rule is not None
    if remaining == 0:
        return fail(
            said("Doctor", "apaleo's rate limit is spent: {words} It resets at {reset}.").format(
                words=words, reset=reset
            ),
            rule.fix,
            *facts,
        )
    if remaining < budget / 10:
        return warn(
            said("Doctor", "apaleo's rate limit is nearly spent: {words}").format(words=words),
            rule.fix,
            *facts,
        )
    return ok(words, *facts)


# ----------------------------------------------------------------- scopes
def check_scopes(doctor: Doctor) -> Finding:
    """The granted scopes (or permissions) against what each tab of the app needs."""
    if doctor.access is None and not doctor.granted:
        return skip(NO_SIGN_IN)
    has = doctor.granted
    fine_grained = is_fine_grained(tuple(has))
    missing = (
        () if fine_grained else tuple(s for s in doctor.profile.requested_scopes if s not in has)
    )
    empty = [(what, needs, hidden) for what, needs, hidden in NEEDS if not has & set(needs)]
    facts = [("granted", " ".join(sorted(has)))]
    notes: list[Text] = [
        said("Doctor", "{what}: {hidden} (needs {scope}).").format(what=w, hidden=h, scope=n[0])
        for w, n, h in empty
    ]
    if missing:
        notes.append(
            said("Doctor", "Asked for but not granted: {scopes}.").format(scopes=", ".join(missing))
        )
    if notes:
        fix = (
            said(
                "Doctor",
                "In apaleo ▸ Apps, give this app the permissions it lacks; then sign in again.",
            )
            if fine_grained
            else said(
                "Doctor",
                "Add the missing scopes to the profile in Settings (and to the app's "
                "registration in apaleo), then sign in again.",
            )
        )
        return warn(joined(notes), fix, *facts)
    kind = said("Doctor", "permissions") if fine_grained else said("Doctor", "scopes")
    return ok(
        said("Doctor", "Every tab has what it needs ({count} {kind} granted).").format(
            count=len(has), kind=kind
        ),
        *facts,
    )


# ------------------------------------------------------------------ users
def check_users(doctor: Doctor) -> Finding:
    """Apaleo's identity API (the Users tab's source) answers."""
    if not doctor.apaleo:
        return skip(NOT_APALEO)
    if doctor.access is None:
        return skip(NO_SIGN_IN)
    needs = NEEDS[2][1]
    if not doctor.granted & set(needs):
        return warn(
            said(
                "Doctor", "Not asked: the sign-in lacks {scope}, so the Users tab stays empty."
            ).format(scope=needs[0]),
            said("Doctor", "Add {scope} to the profile's scopes, then sign in again.").format(
                scope=needs[0]
            ),
        )
    try:
        users = _api(doctor).users(cancel=doctor.cancel)
    except RateLimited as exc:
        return warn(exc.message)
    except ApiError as exc:
        return _api_refused(exc)
    return ok(said("Doctor", "The users API answered: {count} users.").format(count=len(users)))


__all__ = [
    "check_api",
    "check_rate_limit",
    "check_scopes",
    "check_users",
]

"""The links that need a sign-in: the saved one, the API, the scopes each tab needs, the users.

Never a browser, never a new sign-in stored: a saved sign-in is renewed through the connection's
own session (which keeps a rotated refresh token exactly as the window would), a custom app gets
a token in memory only. Without a sign-in these checks warn or skip; they fail only when apaleo
refuses what it should accept. The API, the rate limit and the users need apaleo (or its
stand-in): against another OpenID provider they are skipped.
"""

from __future__ import annotations

import time

from desktop_app.api.client import ApiClient
from desktop_app.api.errors import ApiError, Forbidden, RateLimited, Unauthorized
from desktop_app.auth.errors import AuthError, OAuthError, SignInRequired
from desktop_app.core.apaleo_errors import explain
from desktop_app.core.errors import NetworkError
from desktop_app.core.i18n import Text, said
from desktop_app.doctor.context import Doctor
from desktop_app.doctor.model import Finding, fail, joined, ok, skip, warn
from desktop_app.net.call_log import Call
from desktop_app.net.retry import http_time

NOT_APALEO = said(
    "Doctor", "Only apaleo answers this: the identity server is another OpenID provider."
)
NO_SIGN_IN = said("Doctor", "Needs a sign-in, and there is none yet.")
SIGN_IN_FIX = said("Doctor", "Sign in in the window (the doctor never opens a browser).")

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
    """An API client over the connection's session that asks once: a doctor waits for nobody."""
    connection = doctor.connection
    return ApiClient(
        connection.profile.api_url,
        connection.session,
        doctor.transport,
        identity_url=connection.profile.identity_url,
    )


# ---------------------------------------------------------- saved sign-in
def check_saved_sign_in(doctor: Doctor) -> Finding:
    """Where the sign-in is kept, whether it renews now, and the refresh token's state."""
    session = doctor.connection.session
    store = doctor.connection.store
    where = ("kept in", str(store.backend_label))
    if doctor.profile.mode == "client_credentials":
        if session.tokens is None:
            session.sign_in_client_credentials()
        doctor.token_ready = True
        return ok(
            said(
                "Doctor",
                "A custom app keeps no sign-in: each start gets a token with the client id and "
                "secret (one was issued now, in memory only).",
            )
        )
    renewed_now = False
    try:
        tokens = session.tokens
        if tokens is not None and tokens.refresh_token:
            # the renewal the window would make, made now (a rotated token is kept as ever)
            session.refresh()
            renewed = renewed_now = True
        else:
            renewed = session.signed_in or session.try_silent_sign_in()
            renewed_now = renewed and session.refresh_history[0] is not None
    except SignInRequired as exc:
        rule = explain("refresh", error=getattr(exc.__cause__, "error", None) or "invalid_grant")
        return fail(
            said("Doctor", "The saved sign-in was refused: {words}").format(words=exc.message),
            rule.fix if rule else SIGN_IN_FIX,
            where,
        )
    except OAuthError as exc:
        rule = exc.rule or explain("refresh", error=exc.error)
        return fail(exc.message, rule.fix if rule else SIGN_IN_FIX, where, ("error", exc.error))
    except (NetworkError, AuthError) as exc:
        return fail(exc.message, "", where)
    state = session.refresh_state
    if not renewed:
        return warn(
            said("Doctor", "No sign-in is saved for this profile yet ({keyring}).").format(
                keyring=store.backend_label
            ),
            SIGN_IN_FIX,
            where,
        )
    doctor.token_ready = True
    tokens = session.tokens
    minutes = int(tokens.expires_in() // 60) if tokens is not None else 0
    detail = (
        said(
            "Doctor",
            "The saved sign-in renewed just now; the access token is valid for {minutes} more "
            "minutes. {state}",
        )
        if renewed_now
        else said(
            "Doctor", "Signed in; the access token is valid for {minutes} more minutes. {state}"
        )
    ).format(minutes=minutes, state=state.words)
    if not state.as_intended:
        return warn(detail, SIGN_IN_FIX, where, ("refresh token", state.state))
    return ok(detail, where, ("refresh token", state.state))


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
    if not doctor.token_ready:
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
    if not doctor.token_ready:
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
def _held(doctor: Doctor) -> set[str]:
    """The scopes and permissions the sign-in holds: the grant's and the access token's."""
    session = doctor.connection.session
    tokens = session.tokens
    claimed = ((tokens.access_claims if tokens else None) or {}).get("scope")
    listed = set(claimed) if isinstance(claimed, list) else set(str(claimed or "").split())
    return set(session.grant.granted) | listed


def check_scopes(doctor: Doctor) -> Finding:
    """The granted scopes (or permissions) against what each tab of the app needs."""
    if not doctor.token_ready:
        return skip(NO_SIGN_IN)
    grant = doctor.connection.session.grant
    has = _held(doctor)
    empty = [(what, needs, hidden) for what, needs, hidden in NEEDS if not has & set(needs)]
    facts = [("granted", " ".join(sorted(has)))]
    notes: list[Text] = [
        said("Doctor", "{what}: {hidden} (needs {scope}).").format(what=w, hidden=h, scope=n[0])
        for w, n, h in empty
    ]
    if grant.missing:
        notes.append(
            said("Doctor", "Asked for but not granted: {scopes}.").format(
                scopes=", ".join(grant.missing)
            )
        )
    if notes:
        fix = (
            said(
                "Doctor",
                "In apaleo ▸ Apps, give this app the permissions it lacks; then sign in again.",
            )
            if grant.fine_grained
            else said(
                "Doctor",
                "Add the missing scopes to the profile in Settings (and to the app's "
                "registration in apaleo), then sign in again.",
            )
        )
        return warn(joined(notes), fix, *facts)
    kind = said("Doctor", "permissions") if grant.fine_grained else said("Doctor", "scopes")
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
    if not doctor.token_ready:
        return skip(NO_SIGN_IN)
    needs = NEEDS[2][1]
    if not _held(doctor) & set(needs):
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
    "check_saved_sign_in",
    "check_scopes",
    "check_users",
]

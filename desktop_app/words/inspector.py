"""The inspector's sentences: account, counts, token, lifetime, empty states. No Qt.

Every line the window shows about the data is made here from plain values, so wording is
tested without widgets and stays the same in the window and in screenshots.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from desktop_app.auth.refresh_state import RefreshState
from desktop_app.auth.tokens import TokenSet
from desktop_app.core.i18n import Said, clock, date_time, number, said, shown, translate

#: Below this many seconds left, a lifetime that cannot be renewed turns into a warning.
EXPIRY_WARNING_S = 300


def renewing() -> str:
    """Shown while a kept sign-in waits for its first renewal (the window paints before it)."""
    return translate("Words", "Renewing your saved sign-in…")


def missing() -> str:
    """Shown for a field apaleo's answer did not carry."""
    return translate("Words", "— (not in apaleo's answer)")


def yes_no(value: bool | None) -> str:
    """Yes / No, or that apaleo did not say."""
    if value is None:
        return missing()
    return translate("Words", "Yes") if value else translate("Words", "No")


def properties_words(count: int) -> str:
    """A count of properties: "1 property", "10,000 properties" (grouped as the language does)."""
    return translate("Words", "%Ln properties", None, count)


def local_time(value: dt.datetime | None) -> str:
    """A date and time in the admin's time zone, short and unambiguous (24-hour clock)."""
    if value is None:
        return missing()
    return date_time(value.astimezone())


# ------------------------------------------------------------------ header
def account_title(name: str | None, code: str) -> str:
    """The account's name in the header (its code when apaleo has no name)."""
    return name or code


def account_details(code: str, kind: str | None, profile: str) -> str:
    """The line beside the account's name: "account DEMO · Sandbox · profile Demo"."""
    return translate("Words", "account {code} · {kind} · profile {profile}").format(
        code=code, kind=kind or translate("Words", "unknown type"), profile=profile
    )


def app_itself(client_id: str) -> str:
    """The user line of a client-credentials connection (no user)."""
    return translate("Words", "Connected as the app itself (client {client}), no user.").format(
        client=client_id
    )


def lifetime_words(left_s: float, *, renews: bool) -> tuple[str, bool]:
    """(the header's lifetime line, whether it is a warning).

    A token the app renews by itself is no cause for alarm at any age; one that cannot be
    renewed (no refresh token) warns in its last minutes, since the admin must sign in again.
    """
    left = int(left_s)
    span = f"{left // 60:02d}:{left % 60:02d}"
    if renews:
        if left <= 0:
            return translate("Words", "Access token expired — renewing it now"), False
        return (
            translate("Words", "Access token valid for {time} · renewed automatically").format(
                time=span
            ),
            False,
        )
    if left <= 0:
        return translate("Words", "⚠ Your sign-in has ended: sign in again to go on"), True
    if left < EXPIRY_WARNING_S:
        return (
            translate(
                "Words", "⚠ Access token valid for {time} — then you need to sign in again"
            ).format(time=span),
            True,
        )
    return translate("Words", "Access token valid for {time}").format(time=span), False


# -------------------------------------------------------------- properties
def loading_words(done: int, total: int | None) -> str:
    """The status line while properties load: "Loading properties… 600 of 10,000"."""
    if total is not None and total >= done:
        return translate("Words", "Loading properties… {done} of {total}").format(
            done=number(done), total=number(total)
        )
    return translate("Words", "Loading properties… {done} so far").format(done=number(done))


def count_words(shown_rows: int, total: int) -> str:
    """Beside the filter: "10,000 properties", or "1 of 6 properties" while filtered."""
    if shown_rows == total:
        return properties_words(total)
    return translate("Words", "{shown} of %Ln properties", None, total).format(
        shown=number(shown_rows)
    )


def no_match_words(needle: str) -> str:
    """The empty state of a filter that hides every row."""
    return translate("Words", "No property matches '{text}'.").format(text=needle)


def updated_words(when: dt.datetime) -> str:
    """The status bar's note of the last complete load."""
    return translate("Words", "Updated {time}").format(time=clock(when))


def users_words(count: int) -> str:
    """Above the Users table."""
    if count == 0:
        return translate("Words", "No users were listed.")
    return translate("Words", "%Ln people have access to this account.", None, count)


# ------------------------------------------------------------------- token
@dataclass(frozen=True)
class Claim:
    """One row of the Token tab."""

    key: str
    title: str
    value: str


CLAIMS = (
    ("iss", said("Words", "Issuer")),
    ("aud", said("Words", "Audience")),
    ("client_id", said("Words", "Client")),
    ("sub", said("Words", "Subject (user)")),
    ("account_code", said("Words", "Account")),
    ("iat", said("Words", "Issued")),
    ("nbf", said("Words", "Not before")),
    ("exp", said("Words", "Expires")),
)


#: What each technical row of the Token tab means, for the admin who hovers over it.
CLAIM_HINTS: dict[str, Said] = {
    "iss": said("Words", "Who issued the token: apaleo's sign-in service."),
    "aud": said("Words", "Who the token is for: apaleo's API."),
    "client_id": said("Words", "The app the token was issued to: this app's client id."),
    "sub": said("Words", "The apaleo user the token acts for (none for a custom app)."),
    "account_code": said("Words", "The apaleo account whose data the token opens."),
    "iat": said("Words", "When apaleo issued the token."),
    "nbf": said("Words", "The token does not work before this time."),
    "exp": said("Words", "When the token stops working. The app renews it before then."),
    "id_token": said("Words", "The proof of who signed in, which the app checked when it arrived."),
    "refresh_token": said(
        "Words",
        "What keeps you signed in: the app uses it to get a new access token without asking "
        "you to sign in again.",
    ),
    "access_token": said(
        "Words",
        "The key the app shows apaleo's API with each request. Hidden unless you show it: "
        "anyone who has it can read what the app can, until it expires.",
    ),
}


def moment_words(epoch: float) -> str:
    """A claim's time: local and UTC."""
    moment = dt.datetime.fromtimestamp(epoch, dt.UTC)
    return translate("Words", "{local} local · {utc} UTC").format(
        local=local_time(moment), utc=f"{date_time(moment)}:{moment:%S}"
    )


def claim_rows(tokens: TokenSet | None) -> list[Claim]:
    """The access token's claims in words, then the id_token's state."""
    claims: Mapping[str, Any] = (tokens.access_claims if tokens else None) or {}
    rows = []
    for key, title in CLAIMS:
        value = claims.get(key)
        if key in ("iat", "nbf", "exp") and isinstance(value, int | float):
            text = moment_words(value)
        elif isinstance(value, list):
            text = ", ".join(str(v) for v in value)
        elif value is None:
            text = "—" if claims else translate("Words", "— (the access token is opaque)")
        else:
            text = str(value)
        rows.append(Claim(key, title.shown(), text))
    if tokens is None or tokens.id_token is None:
        id_words = translate("Words", "None (no openid scope, or the server sent none)")
    elif tokens.id_token_verified:
        id_words = translate("Words", "Verified (signature, issuer, audience, expiry, nonce)")
    else:
        id_words = translate("Words", "Not verified")
    rows.append(Claim("id_token", "id_token", id_words))
    return rows


def decoded_json(part: Mapping[str, Any] | None) -> str:
    """A JWT part (header or payload) as formatted JSON, or why there is none."""
    if part is None:
        return translate(
            "Words", "The access token is opaque: it has no readable header or payload."
        )
    return json.dumps(dict(part), indent=2, sort_keys=True, ensure_ascii=False, default=str)


def refresh_words(state: RefreshState, stored_at: float | None, rotations: int) -> str:
    """The refresh token's state: where it is kept, since when, how often apaleo rotated it."""
    parts = [shown(state.words)]
    if state.kept:
        if stored_at is not None:
            since = dt.datetime.fromtimestamp(stored_at).astimezone()
            parts.append(translate("Words", "Stored {when}.").format(when=date_time(since)))
        else:
            parts.append(translate("Words", "Stored at an earlier start of the app."))
    if state.state in ("keyring", "memory"):
        if rotations:
            parts.append(
                translate(
                    "Words", "apaleo replaced it %Ln times while the app has run.", None, rotations
                )
            )
        else:
            parts.append(translate("Words", "Not replaced while the app has run."))
    return " ".join(parts)

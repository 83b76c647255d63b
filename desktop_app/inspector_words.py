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

#: Shown while a kept sign-in waits for its first renewal (the window paints before it).
RENEWING = "Renewing your saved sign-in…"
#: Shown for a field apaleo's answer did not carry.
MISSING = "— (not in apaleo's answer)"
#: Below this many seconds left, a lifetime that cannot be renewed turns into a warning.
EXPIRY_WARNING_S = 300


def yes_no(value: bool | None) -> str:
    """Yes / No, or that apaleo did not say."""
    if value is None:
        return MISSING
    return "Yes" if value else "No"


def plural(count: int, one: str, many: str | None = None) -> str:
    """Count and noun: 1 property, 10,000 properties."""
    return f"{count:,} {one if count == 1 else many or one + 's'}"


def local_time(value: dt.datetime | None) -> str:
    """A date and time in the admin's time zone, short and unambiguous."""
    if value is None:
        return MISSING
    return value.astimezone().strftime("%Y-%m-%d %H:%M")


# ------------------------------------------------------------------ header
def account_title(name: str | None, code: str) -> str:
    """The account's name in the header (its code when apaleo has no name)."""
    return name or code


def account_details(code: str, kind: str | None, profile: str) -> str:
    """The line beside the account's name: "account DEMO · Sandbox · profile Demo"."""
    return f"account {code} · {kind or 'unknown type'} · profile {profile}"


def app_itself(client_id: str) -> str:
    """The user line of a client-credentials connection (no user)."""
    return f"Connected as the app itself (client {client_id}), no user."


def lifetime_words(left_s: float, *, renews: bool) -> tuple[str, bool]:
    """(the header's lifetime line, whether it is a warning).

    A token the app renews by itself is no cause for alarm at any age; one that cannot be
    renewed (no refresh token) warns in its last minutes, since the admin must sign in again.
    """
    left = int(left_s)
    if renews:
        if left <= 0:
            return "Access token expired — renewing it now", False
        return (
            f"Access token valid for {left // 60:02d}:{left % 60:02d} · renewed automatically",
            False,
        )
    if left <= 0:
        return "⚠ Your sign-in has ended: sign in again to go on", True
    text = f"Access token valid for {left // 60:02d}:{left % 60:02d}"
    if left < EXPIRY_WARNING_S:
        return f"⚠ {text} — then you need to sign in again", True
    return text, False


# -------------------------------------------------------------- properties
def loading_words(done: int, total: int | None) -> str:
    """The status line while properties load: "Loading properties… 600 of 10,000"."""
    if total is not None and total >= done:
        return f"Loading properties… {done:,} of {total:,}"
    return f"Loading properties… {done:,} so far"


def count_words(shown: int, total: int) -> str:
    """Beside the filter: "10,000 properties", or "1 of 6 properties" while filtered."""
    if shown == total:
        return plural(total, "property", "properties")
    return f"{shown:,} of {plural(total, 'property', 'properties')}"


def no_match_words(needle: str) -> str:
    """The empty state of a filter that hides every row."""
    return f"No property matches '{needle}'."


def updated_words(when: dt.datetime) -> str:
    """The status bar's note of the last complete load."""
    return f"Updated {when:%H:%M}"


def users_words(count: int) -> str:
    """Above the Users table."""
    if count == 0:
        return "No users were listed."
    return f"{plural(count, 'person', 'people')} {'has' if count == 1 else 'have'} access to this account."


# ------------------------------------------------------------------- token
@dataclass(frozen=True)
class Claim:
    """One row of the Token tab."""

    key: str
    title: str
    value: str


CLAIMS = (
    ("iss", "Issuer"),
    ("aud", "Audience"),
    ("client_id", "Client"),
    ("sub", "Subject (user)"),
    ("account_code", "Account"),
    ("iat", "Issued"),
    ("nbf", "Not before"),
    ("exp", "Expires"),
)


def moment_words(epoch: float) -> str:
    """A claim's time: local and UTC."""
    moment = dt.datetime.fromtimestamp(epoch, dt.UTC)
    return f"{local_time(moment)} local · {moment:%Y-%m-%d %H:%M:%S} UTC"


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
            text = "—" if claims else "— (the access token is opaque)"
        else:
            text = str(value)
        rows.append(Claim(key, title, text))
    if tokens is None or tokens.id_token is None:
        id_words = "None (no openid scope, or the server sent none)"
    elif tokens.id_token_verified:
        id_words = "Verified (signature, issuer, audience, expiry, nonce)"
    else:
        id_words = "Not verified"
    rows.append(Claim("id_token", "id_token", id_words))
    return rows


def decoded_json(part: Mapping[str, Any] | None) -> str:
    """A JWT part (header or payload) as formatted JSON, or why there is none."""
    if part is None:
        return "The access token is opaque: it has no readable header or payload."
    return json.dumps(dict(part), indent=2, sort_keys=True, ensure_ascii=False, default=str)


def refresh_words(state: RefreshState, stored_at: float | None, rotations: int) -> str:
    """The refresh token's state: where it is kept, since when, how often apaleo rotated it."""
    parts = [state.words]
    if state.kept:
        if stored_at is not None:
            since = dt.datetime.fromtimestamp(stored_at).astimezone()
            parts.append(f"Stored {since:%Y-%m-%d %H:%M}.")
        else:
            parts.append("Stored at an earlier start of the app.")
    if state.state in ("keyring", "memory"):
        if rotations:
            parts.append(f"apaleo replaced it {plural(rotations, 'time')} while the app has run.")
        else:
            parts.append("Not replaced while the app has run.")
    return " ".join(parts)

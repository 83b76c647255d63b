"""The inspector's sentences, without widgets."""

from __future__ import annotations

import base64
import datetime as dt
import json
import time
from collections.abc import Iterator

import pytest

from desktop_app.auth.refresh_state import RefreshState
from desktop_app.auth.tokens import TokenSet, unverified_header
from desktop_app.words.inspector import (
    account_details,
    account_title,
    claim_rows,
    count_words,
    decoded_json,
    lifetime_words,
    loading_words,
    no_match_words,
    properties_words,
    refresh_words,
    updated_words,
    users_words,
    yes_no,
)
from tests.support.language import in_language


@pytest.fixture(autouse=True)
def _english() -> Iterator[None]:
    """The words as the English window shows them (Qt's catalogue has the plural forms)."""
    with in_language("en"):
        yield


def _jwt(header: dict[str, object], payload: dict[str, object]) -> str:
    def part(value: dict[str, object]) -> str:
        return base64.urlsafe_b64encode(json.dumps(value).encode()).rstrip(b"=").decode()

    return f"{part(header)}.{part(payload)}.c2lnbmF0dXJl"


def test_counts_and_empty_states() -> None:
    assert properties_words(1) == "1 property"
    assert properties_words(10_000) == "10,000 properties"
    assert count_words(6, 6) == "6 properties"
    assert count_words(1, 6) == "1 of 6 properties"
    assert count_words(1, 1) == "1 property"
    assert loading_words(600, 10_000) == "Loading properties… 600 of 10,000"
    assert loading_words(600, None) == "Loading properties… 600 so far"
    assert no_match_words("zzzz") == "No property matches 'zzzz'."
    assert updated_words(dt.datetime(2026, 11, 23, 10, 42)) == "Updated 10:42"
    assert users_words(0) == "No users were listed."
    assert users_words(1) == "1 person has access to this account."
    assert users_words(3) == "3 people have access to this account."
    assert yes_no(True) == "Yes"
    assert yes_no(None).startswith("—")


def test_account_line() -> None:
    assert account_title(None, "DEMO") == "DEMO"
    assert account_title("Demo Hotels", "DEMO") == "Demo Hotels"
    assert account_details("DEMO", None, "Main") == "account DEMO · unknown type · profile Main"


def test_a_renewable_token_never_alarms_one_that_is_not_does_near_its_end() -> None:
    assert lifetime_words(3540, renews=True) == (
        "Access token valid for 59:00 · renewed automatically",
        False,
    )
    assert lifetime_words(30, renews=True)[1] is False
    assert lifetime_words(-5, renews=True) == ("Access token expired — renewing it now", False)
    text, warn = lifetime_words(200, renews=False)
    assert warn
    assert "sign in again" in text
    assert lifetime_words(1200, renews=False) == ("Access token valid for 20:00", False)
    assert lifetime_words(0, renews=False)[1] is True


def test_claims_in_words_and_the_decoded_parts() -> None:
    now = int(time.time())
    token = _jwt(
        {"alg": "RS256", "kid": "k1", "typ": "at+jwt"},
        {"iss": "https://identity.apaleo.com", "aud": ["a", "b"], "exp": now + 60, "sub": "u1"},
    )
    tokens = TokenSet(access_token=token, expires_at=now + 60)
    rows = {c.key: c.value for c in claim_rows(tokens)}
    assert rows["iss"] == "https://identity.apaleo.com"
    assert rows["aud"] == "a, b"
    assert "UTC" in rows["exp"]
    assert rows["client_id"] == "—"
    assert rows["id_token"].startswith("None")
    opaque = {c.key: c.value for c in claim_rows(TokenSet(access_token="opaque", expires_at=0))}
    assert opaque["iss"] == "— (the access token is opaque)"
    header = decoded_json(unverified_header(token))
    assert json.loads(header) == {"alg": "RS256", "kid": "k1", "typ": "at+jwt"}
    assert "\n" in header  # formatted, one member per line
    assert "opaque" in decoded_json(unverified_header("opaque"))


def test_refresh_token_state_says_where_since_when_and_how_often_rotated() -> None:
    kept = RefreshState("keyring", "Kept in the system keyring (SecretService).", "SecretService")
    stored = dt.datetime(2026, 11, 23, 9, 5).timestamp()
    words = refresh_words(kept, stored, 3)
    assert "SecretService" in words
    assert "Stored 11/23/2026 09:05." in words  # this suite's locale: English (US), 24-hour
    assert "replaced it 3 times" in words
    assert "earlier start" in refresh_words(kept, None, 0)
    assert "Not replaced" in refresh_words(kept, None, 0)
    memory = RefreshState("memory", "Kept in memory only.", as_intended=False)
    assert "Stored" not in refresh_words(memory, None, 1)
    assert "replaced it 1 time " in refresh_words(memory, None, 1)
    issued_none = RefreshState("not_issued", "This sign-in will not be kept.", as_intended=False)
    assert refresh_words(issued_none, None, 0) == "This sign-in will not be kept."


def test_the_same_words_in_german_with_german_numbers_and_dates() -> None:
    with in_language("de"):
        assert properties_words(1) == "1 Unterkunft"
        assert properties_words(10_000) == "10.000 Unterkünfte"
        assert count_words(1, 6) == "1 von 6 Unterkünften"
        assert loading_words(600, 10_000) == "Unterkünfte werden geladen … 600 von 10.000"
        assert no_match_words("zzzz") == "Keine Unterkunft passt zu „zzzz“."
        assert users_words(1) == "1 Person hat Zugriff auf dieses Konto."
        assert users_words(3) == "3 Personen haben Zugriff auf dieses Konto."
        assert yes_no(True) == "Ja"
        assert account_details("DEMO", None, "Main") == "Konto DEMO · unbekannte Art · Profil Main"
        assert lifetime_words(1200, renews=False) == ("Zugriffstoken gültig für 20:00", False)
        kept = RefreshState("keyring", "Kept in the system keyring.", "SecretService")
        stored = dt.datetime(2026, 11, 23, 21, 5).timestamp()
        words = refresh_words(kept, stored, 3)
        assert "Gespeichert am 23.11.2026 21:05." in words  # day first, 24-hour clock
        assert "3-mal ersetzt" in words
        tokens = TokenSet(access_token="opaque", expires_at=0)
        titles = [c.title for c in claim_rows(tokens)]
        assert titles[:2] == ["Aussteller", "Zielgruppe"]
    assert properties_words(2) == "2 properties"  # English again afterwards

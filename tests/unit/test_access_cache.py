"""The access token kept in the keyring between runs: what goes in, what comes back, and the
Windows Credential Manager's size limit (the only place a value may not fit)."""

from __future__ import annotations

import time

from desktop_app.auth.secret_store import WINDOWS_ENTRY_LIMIT, fits_keyring_entry
from desktop_app.auth.tokens import TokenSet


def test_round_trip_keeps_what_a_start_needs_and_no_refresh_token() -> None:
    tokens = TokenSet(
        access_token="a" * 40,
        expires_at=time.time() + 3600,
        scope=("setup.read", "openid"),
        refresh_token="the-refresh-token-value",
        id_token="header.payload.signature",
        id_token_claims={"sub": "u1", "name": "anna@hotel.example"},
        issued_at=time.time(),
    )
    text = tokens.to_cache()
    assert "the-refresh-token-value" not in text  # it has its own keyring entry
    assert "header.payload.signature" not in text  # only the verified claims are kept
    back = TokenSet.from_cache(text, refresh_token="stored-refresh")
    assert back is not None
    assert back.access_token == tokens.access_token
    assert back.scope == tokens.scope
    assert back.refresh_token == "stored-refresh"
    assert back.id_token_verified
    assert back.has_identity
    assert TokenSet.from_cache("not json", None) is None
    assert TokenSet.from_cache('{"access_token": "x"}', None) is None


def test_windows_credential_manager_limit() -> None:
    small = "x" * (WINDOWS_ENTRY_LIMIT // 2)  # UTF-16: two bytes a character
    large = "x" * (WINDOWS_ENTRY_LIMIT // 2 + 1)
    assert fits_keyring_entry(small, "win32")
    assert not fits_keyring_entry(large, "win32")
    assert fits_keyring_entry(large * 10, "linux")

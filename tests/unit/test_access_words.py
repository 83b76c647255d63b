"""The sentences about access, without widgets: scope and fine-grained clients, the user line."""

from __future__ import annotations

from desktop_app.words.access import forbidden_words, scopes_summary, signed_in_as


def test_advice_fits_the_kind_of_client() -> None:
    scope_client = forbidden_words(
        "list the account's users", ("identity:account-users.read",), fine_grained=False
    )
    assert "Add it to the profile's scopes" in scope_client
    assert "identity:account-users.read" in scope_client
    fine = forbidden_words(
        "list the account's users", ("identity:account-users.read",), fine_grained=True
    )
    assert "profile's scopes" not in fine  # wrong advice for a fine-grained client
    assert "registration in apaleo" in fine
    assert "hotel chooses which properties" in fine


def test_scopes_summary_for_a_fine_grained_client() -> None:
    granted = ("identity:permissions", "openid", "profile", "offline_access")
    text = scopes_summary(("setup.read", "openid", "profile", "offline_access"), granted, (), ())
    assert "fine-grained" in text
    assert "Not granted" not in text
    plain = scopes_summary(("setup.read", "units.read"), ("setup.read",), ("units.read",), ())
    assert plain == "The app asked for 2 scopes and was granted 1. Not granted: units.read."


def test_user_line_follows_apaleos_claims() -> None:
    apaleo = {
        "sub": "u1",
        "name": "anna@hotel.example",
        "preferred_username": "Anna Admin",
        "role": "AccountAdmin",
    }
    assert signed_in_as(apaleo) == "Signed in as Anna Admin (anna@hotel.example, AccountAdmin)"
    assert signed_in_as({"sub": "u1"}) == "Signed in as u1"
    assert signed_in_as({"name": "anna@hotel.example"}) == "Signed in as anna@hotel.example"

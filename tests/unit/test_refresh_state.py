"""Whether a sign-in is kept, in words, and when that deserves a warning in the window."""

from __future__ import annotations

from typing import Any

from desktop_app.auth.refresh_state import describe_refresh_state

BASE: dict[str, Any] = {
    "signed_in": True,
    "client_credentials": False,
    "issued": True,
    "offline_requested": True,
    "keyring": "SecretService Keyring",
    "problem": None,
}


def test_states_and_warnings() -> None:
    kept = describe_refresh_state(**BASE, where="keyring")
    assert (kept.state, kept.kept, kept.as_intended) == ("keyring", True, True)
    assert "SecretService Keyring" in str(kept.words)
    lost = describe_refresh_state(
        **{**BASE, "problem": "The system keyring could not save your sign-in: it is locked."},
        where="memory",
    )
    assert (lost.state, lost.as_intended) == ("memory", False)
    assert "it is locked" in str(lost.words)
    demo = describe_refresh_state(**BASE, where="memory", memory_by_design=True)
    assert (demo.state, demo.as_intended) == ("memory", True)  # the demo keeps nothing on purpose
    none = describe_refresh_state(**{**BASE, "issued": False}, where=None)
    assert (none.state, none.as_intended) == ("not_issued", False)
    assert none.to_json()["state"] == "not_issued"
    simple = describe_refresh_state(**{**BASE, "client_credentials": True}, where=None)
    assert (simple.state, simple.as_intended) == ("not_applicable", True)

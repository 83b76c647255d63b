"""Whether a sign-in is kept across restarts, and where: for the window and ``inspect --json``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from desktop_app.core.i18n import Text, said

State = Literal["keyring", "memory", "not_issued", "not_applicable", "signed_out"]


@dataclass(frozen=True)
class RefreshState:
    """The refresh token's state: ``state`` for scripts, ``words`` for the admin."""

    state: State
    words: Text
    keyring: Text | None = None
    #: Nothing to warn about: kept as intended (or a simple client, which needs no keeping).
    as_intended: bool = True

    @property
    def kept(self) -> bool:
        """Whether the next start can sign in without the browser."""
        return self.state == "keyring"

    def to_json(self) -> dict[str, Any]:
        """The form ``inspect --json`` prints."""
        keyring = None if self.keyring is None else str(self.keyring)
        return {"state": self.state, "keyring": keyring, "description": str(self.words)}


def describe_refresh_state(
    *,
    signed_in: bool,
    client_credentials: bool,
    issued: bool,
    offline_requested: bool,
    where: str | None,
    keyring: Text,
    problem: Text | None,
    memory_by_design: bool = False,
) -> RefreshState:
    """The state from what the session knows (no I/O: the session remembers where it stored)."""
    if client_credentials:
        return RefreshState(
            "not_applicable",
            said(
                "Words",
                "A simple client has no refresh token: the app asks for a new access token with "
                "the client secret whenever the old one expires.",
            ),
        )
    if not signed_in:
        return RefreshState("signed_out", said("Words", "Not signed in."))
    if not issued:
        asked = (
            said(
                "Words",
                "although the app asked for one (offline_access). apaleo may issue one only when "
                "you agree to it explicitly: turn on 'Ask for consent at every sign-in' in the "
                "profile and sign in again.",
            )
            if offline_requested
            else said("Words", "since the profile does not ask for offline_access.")
        )
        return RefreshState(
            "not_issued",
            said(
                "Words",
                "This sign-in will not be kept: apaleo issued no refresh token, {asked} You will have to sign in again when the access token expires.",
            ).format(asked=asked),
            as_intended=False,
        )
    if where == "keyring":
        return RefreshState(
            "keyring",
            said(
                "Words",
                "Kept in the system keyring ({keyring}): the next start signs in without the browser.",
            ).format(keyring=keyring),
            keyring,
        )
    if memory_by_design:
        return RefreshState(
            "memory",
            said("Words", "Kept in memory only: the demo keeps nothing once it closes."),
            None,
        )
    words = said("Words", "Kept in memory only, for as long as the app runs.")
    if problem:
        words = said("Words", "{words} {problem}").format(words=words, problem=problem)
    return RefreshState(
        "memory",
        words,
        None,
        as_intended=False,
    )

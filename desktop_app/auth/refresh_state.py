"""Whether a sign-in is kept across restarts, and where: for the window and ``inspect --json``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from desktop_app.core.i18n import Text, said

if TYPE_CHECKING:
    from desktop_app.auth.secret_store import SecretStore
    from desktop_app.auth.tokens import TokenSet
    from desktop_app.core.config import Profile

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


@dataclass
class RefreshRecord:
    """Where this run keeps its refresh token, when it stored it, how often apaleo rotated it.

    Kept by the session under its lock; read for the Token view and ``inspect --json``.
    """

    #: "keyring", "memory", or None (none held).
    where: str | None = None
    #: When this run last stored a refresh token (None: kept from an earlier start, or none).
    stored_at: float | None = None
    #: How often apaleo replaced the refresh token (rotation) since this run signed in.
    rotations: int = 0

    def kept(
        self, old: str | None, new: str | None, where: str | None, *, first: bool, now: float
    ) -> None:
        """New tokens were kept (*old* and *new* their refresh tokens) *where*."""
        if first:
            self.rotations = 0
        elif old is not None and new is not None and new != old:
            self.rotations += 1
        if where == "keyring":
            self.stored_at = now
        elif first or where is None:
            self.stored_at = None
        self.where = where

    def describe(
        self, tokens: TokenSet | None, profile: Profile, store: SecretStore
    ) -> RefreshState:
        """The state of the sign-in holding *tokens* for *profile*, kept in *store*."""
        return describe_refresh_state(
            signed_in=tokens is not None,
            client_credentials=profile.mode == "client_credentials",
            issued=tokens is not None and tokens.refresh_token is not None,
            offline_requested="offline_access" in profile.requested_scopes,
            where=self.where,
            keyring=store.backend_label,
            problem=store.problem,
            memory_by_design=store.memory_only,
        )

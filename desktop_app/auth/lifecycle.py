"""What editing, renaming or removing a profile does to what the keyring holds for it.

The keyring's values are sealed with their binding (:mod:`desktop_app.auth.binding`), so a
credential can never be sent to a server it does not belong to, whatever happens. This module
makes an edit *end* what it invalidates, at once and where it came from: a new identity server,
client id, sign-in mode or set of scopes ends the saved sign-in (revoked at the old server where
it can be reached, deleted from the keyring); a new API host drops the cached access token; a new
token host or client id deletes the client secret, to be entered again. Settings, the wizard and
``profile add|edit|rename`` all go through :func:`apply_change`.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop_app.auth.binding import Binding, Mismatch
from desktop_app.core.i18n import Text, said

if TYPE_CHECKING:
    from desktop_app.auth.session import AuthSession
    from desktop_app.core.config import Profile

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ProfileChange:
    """A profile as it was (*old*) and as it is now (*new*): the same stable id."""

    old: Profile
    new: Profile

    @property
    def ends_sign_in(self) -> Mismatch | None:
        """Why the saved sign-in can no longer be used, or None if it can."""
        before, after = Binding.of(self.old), Binding.of(self.new)
        if (before.issuer, before.client_id) != (after.issuer, after.client_id):
            return Mismatch.SERVER
        if before.scopes != after.scopes or self.old.mode != self.new.mode:
            return Mismatch.SCOPES
        return None

    @property
    def drops_access_cache(self) -> bool:
        """Whether the cached access token must go (it was for another API host)."""
        return (
            self.ends_sign_in is not None
            or Binding.of(self.old).api_host != Binding.of(self.new).api_host
        )

    @property
    def drops_secret(self) -> bool:
        """Whether the client secret belongs to another token host or client id now."""
        return Binding.of(self.old).fields("secret") != Binding.of(self.new).fields("secret")

    @property
    def matters(self) -> bool:
        """Whether anything stored is touched by this change."""
        return self.drops_access_cache or self.drops_secret


@dataclass(frozen=True)
class ChangeReport:
    """What :func:`apply_change` did, in words for the admin."""

    ended: Mismatch | None
    secret_dropped: bool
    #: Why a keyring entry could not be deleted, or the old server not told; None when all went.
    problem: Text | None = None

    @property
    def words(self) -> Text | None:
        """One sentence for the admin (None when nothing stored was touched)."""
        if self.ended is not None:
            words: Text = self.ended.words
            if self.secret_dropped:
                words = said("Errors", "{words} Enter the client secret for the new one.").format(
                    words=words
                )
            return words
        if self.secret_dropped:
            return said(
                "Errors",
                "The client secret belonged to the old identity server or client id and was "
                "deleted: enter the secret for the new one.",
            )
        return None


def apply_change(
    change: ProfileChange,
    *,
    session: AuthSession | None = None,
    open_session: Callable[[Profile], AuthSession],
) -> ChangeReport:
    """End what the edit invalidates (network and keyring: call from a worker).

    The old sign-in is revoked at the server that issued it, with the secret registered there,
    before anything is deleted; a server that cannot be reached does not keep the local
    deletion from happening. *session*: the app's live session; if it is the old profile's, it
    is the one signed out (so a renewal under way is dropped, not stored after the deletion).
    *open_session(profile)* builds a session for the old profile when none is live
    (:func:`desktop_app.connection.open_session`).
    """
    from desktop_app.auth.secret_store import SecretStore

    old, ended = change.old, change.ends_sign_in
    problems: list[Text | None] = []
    accounts = [old.last_account] if old.last_account else []
    if old.ephemeral:
        return ChangeReport(ended, change.drops_secret)
    live = session if session is not None and session.profile.id == old.id else None
    if ended is not None and live is not None:
        problems.append(live.sign_out().local_problem)
    elif ended is not None and old.mode == "authorization_code":
        problems.append(_end_old_sign_in(old, open_session))
    if change.drops_access_cache:
        store = SecretStore(old)
        for account in accounts:
            problems.append(store.delete_refresh_token(account) if ended else None)
            problems.append(store.delete_access_cache(account))
    if change.drops_secret:
        problems.append(SecretStore(old).delete_client_secret())
    problem = next((p for p in problems if p), None)
    return ChangeReport(ended, change.drops_secret, problem)


def _end_old_sign_in(old: Profile, open_session: Callable[[Profile], AuthSession]) -> Text | None:
    """Sign the old connection out: its refresh token revoked where it came from, then deleted.

    A revocation that fails (the old server is unreachable, or was a typo) is logged, not
    reported: the tokens are deleted here either way, and nothing is sent to the new server.
    """
    from desktop_app.auth.secret_store import SecretStore

    if old.last_account is None:
        return None
    store = SecretStore(old)
    if store.get_refresh_token(old.last_account) is None:
        return None
    session = open_session(old)
    try:
        result = session.sign_out()
    finally:
        with contextlib.suppress(Exception):
            session.close()
    if not result.revoked:
        log.info("the old server was not told of the ended sign-in")
    return result.local_problem

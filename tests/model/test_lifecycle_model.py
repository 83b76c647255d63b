"""The lifecycle as a stateful model: random sequences of what admins and the world do, with the
app's promises checked after every step (Hypothesis ``RuleBasedStateMachine``).

Real parts: two sandboxes as two identity servers, each recording every credential it receives
and every token it issues; the Secret Service keyring; the profiles file; the app's own session,
lifecycle (the edit Settings and ``profile edit`` make), ``forget`` and Settings' Remove; a second
copy as another session, and a copy killed (SIGKILL) while it holds the renewal lock.

The model knows, per profile, which server and client it points at, which (server, client) the
stored secret belongs to, and whether a saved sign-in should exist. Promises (invariants):
no server ever receives a token or secret another server issued or registered; the keyring holds
entries only for live profiles (so nothing is left after forget or remove); a start signs in
silently exactly when the model says a saved sign-in exists (never after a sign-out); and the
scopes a started session shows are those of its live token, asked for by the profile as it is.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

import pytest
from hypothesis import event
from hypothesis import strategies as st
from hypothesis.stateful import (
    Bundle,
    RuleBasedStateMachine,
    consumes,
    initialize,
    invariant,
    rule,
)

from desktop_app.auth.errors import AuthError
from desktop_app.auth.forget import forget, forget_orphans, forget_secrets
from desktop_app.auth.lifecycle import ProfileChange, apply_change
from desktop_app.auth.secret_store import SecretStore
from desktop_app.auth.session import AuthSession
from desktop_app.connection import open_session
from desktop_app.core.config import KEYRING_PREFIX, Profile, ProfileStore, lock_path
from desktop_app.core.errors import InspectorError
from desktop_app.sandbox import Sandbox
from tests.support.keyring_entries import app_items
from tests.support.signin import expire_kept_access_token, sign_in
from tests.support.transport import quick

#: A failing sequence is shrunk to its shortest form, which can take minutes of real steps.
pytestmark = [pytest.mark.keyring, pytest.mark.slow, pytest.mark.timeout(900)]

Server = Literal["A", "B"]
Client = Literal["connect", "fine"]
SCOPE_SETS = (("setup.read", "identity:account-users.read"), ("setup.read",), ())
NAMES = ("Berlin", "Munich", "Front desk")

_SANDBOXES: dict[str, Sandbox] = {}


def sandboxes() -> dict[str, Sandbox]:
    """Two identity servers for the whole run (started once: an RSA key each)."""
    if not _SANDBOXES:
        for name in ("A", "B"):
            _SANDBOXES[name] = Sandbox(any_loopback_port=True).start()
    return _SANDBOXES


@dataclass(frozen=True)
class Expected:
    """What the model says of one profile."""

    server: Server
    api: Server
    client: Client
    scopes: tuple[str, ...]
    #: the (server, client) the stored secret belongs to, None when none is stored
    secret: tuple[Server, Client] | None
    signed_in: bool


class Lifecycle(RuleBasedStateMachine):
    """Admins and the world, one step at a time; the promises after each."""

    profiles = Bundle("profiles")

    def __init__(self) -> None:
        super().__init__()
        self.sb = sandboxes()
        self.folder = Path(tempfile.mkdtemp(prefix="lifecycle-model-"))
        self.store = ProfileStore(self.folder)
        self.expected: dict[str, Expected] = {}  # by profile id
        self.steps = 0

    # ------------------------------------------------------------------ helpers
    def _client_info(self, server: Server, client: Client) -> tuple[str, str]:
        sb = self.sb[server]
        info = sb.connect_client if client == "connect" else sb.fine_client
        return info.client_id, info.client_secret

    def _profile(self, profile_id: str) -> Profile:
        found = self.store.by_id(profile_id)
        assert found is not None
        return found

    def _session(self, profile: Profile) -> AuthSession:
        return AuthSession(profile, SecretStore(profile), transport=quick())

    def _edit(self, profile_id: str, enter_secret: bool, **changes: object) -> None:
        """What Settings and ``profile edit`` do: end what the edit invalidates, then save."""
        old = self._profile(profile_id)
        new = old.with_changes(**changes)
        report = apply_change(ProfileChange(old, new), open_session=open_session)
        assert report.problem is None
        self.store.replace(old.name, new)
        before = self.expected[profile_id]
        server: Server = (
            self._server_of(str(changes["identity_url"]))
            if "identity_url" in changes
            else before.server
        )
        client = before.client
        if "client_id" in changes:
            client = (
                "connect"
                if changes["client_id"] == self.sb["A"].connect_client.client_id
                else "fine"
            )
        after = replace(
            before,
            server=server,
            client=client,
            scopes=tuple(changes.get("scopes", before.scopes)),  # type: ignore[arg-type]
        )
        if "api_url" in changes:
            after = replace(after, api=self._server_of(str(changes["api_url"])))
        moved = (after.server, after.client) != (before.server, before.client)
        if moved or after.scopes != before.scopes:
            if before.signed_in:
                event("an edit ended a saved sign-in")
            after = replace(after, signed_in=False)
        if before.secret is not None and (after.server, after.client) != before.secret:
            after = replace(after, secret=None)  # registered elsewhere: deleted
        if enter_secret and after.secret is None:
            SecretStore(new).set_client_secret(self._client_info(after.server, after.client)[1])
            after = replace(after, secret=(after.server, after.client))
        self.expected[profile_id] = after

    def _server_of(self, url: str) -> Server:
        return "A" if url == self.sb["A"].identity_url or url == self.sb["A"].api_url else "B"

    # ------------------------------------------------------------------ rules
    @initialize(target=profiles)
    def first_profile(self) -> str:
        """A clean keyring and one profile, signed in: every rule has something to act on."""
        assert forget_orphans() is None
        first: str = self.add_profile("Berlin", "A", "connect", SCOPE_SETS[0])  # type: ignore[assignment]
        self.sign_in(first)
        return first

    @rule(
        target=profiles,
        name=st.sampled_from(NAMES),
        server=st.sampled_from(("A", "B")),
        client=st.sampled_from(("connect", "fine")),
        scopes=st.sampled_from(SCOPE_SETS),
    )
    def add_profile(
        self, name: str, server: Server, client: Client, scopes: tuple[str, ...]
    ) -> str:
        taken = {p.name for p in self.store.profiles}
        suffix = 2
        while name in taken:
            name, suffix = f"{name.split(' #')[0]} #{suffix}", suffix + 1
        sb = self.sb[server]
        client_id, secret = self._client_info(server, client)
        profile = sb.profile(name, redirect_port=0, client_id=client_id, scopes=scopes)
        self.store.put(profile)
        SecretStore(profile).set_client_secret(secret)
        self.expected[profile.id] = Expected(
            server, server, client, scopes, (server, client), False
        )
        return profile.id

    @rule(profile_id=profiles)
    def sign_in(self, profile_id: str) -> None:
        if profile_id not in self.expected:
            return
        profile, model = self._profile(profile_id), self.expected[profile_id]
        session = self._session(profile)
        try:
            if model.secret != (model.server, model.client):
                with pytest.raises(AuthError):
                    session.begin_sign_in()
                return
            sign_in(self.sb[model.server], session)
            self.store.replace(
                profile.name, profile.with_changes(last_account=session.account_code)
            )
            self.expected[profile_id] = replace(model, signed_in=True)
            event("signed in")
        finally:
            session.close()

    @rule(profile_id=profiles)
    def sign_out(self, profile_id: str) -> None:
        if profile_id not in self.expected:
            return
        session = self._session(self._profile(profile_id))
        try:
            with contextlib.suppress(InspectorError):
                session.restore()
            session.sign_out()
        finally:
            session.close()
        self.expected[profile_id] = replace(self.expected[profile_id], signed_in=False)

    @rule(
        profile_id=profiles,
        field=st.sampled_from(("identity server", "API", "client id", "scopes", "name")),
        server=st.sampled_from(("A", "B")),
        client=st.sampled_from(("connect", "fine")),
        scopes=st.sampled_from(SCOPE_SETS),
        name=st.sampled_from(NAMES),
        enter_secret=st.booleans(),
    )
    def edit(
        self,
        profile_id: str,
        field: str,
        server: Server,
        client: Client,
        scopes: tuple[str, ...],
        name: str,
        enter_secret: bool,
    ) -> None:
        """An admin edits one field in Settings (or with ``profile edit``) and saves."""
        if profile_id not in self.expected:
            return
        if field == "identity server":
            self._edit(profile_id, enter_secret, identity_url=self.sb[server].identity_url)
        elif field == "API":
            self._edit(profile_id, False, api_url=self.sb[server].api_url)
        elif field == "client id":
            client_id = self._client_info(self.expected[profile_id].server, client)[0]
            self._edit(profile_id, enter_secret, client_id=client_id)
        elif field == "scopes":
            self._edit(profile_id, False, scopes=scopes)
        elif name not in [p.name for p in self.store.profiles]:
            old = self._profile(profile_id)
            self.store.replace(old.name, old.with_changes(name=name))

    @rule(profile_id=consumes(profiles), how=st.sampled_from(("forget", "Settings > Remove")))
    def forget(self, profile_id: str, how: str) -> None:
        """``forget --profile`` or Settings' Remove: nothing of the profile may stay."""
        if profile_id not in self.expected:
            return
        profile = self._profile(profile_id)
        if how == "forget":
            assert forget(self.store, [profile.name]).problems == []
        else:
            self.store.remove(profile.name)
            assert forget_secrets(profile, self.store.profiles) is None
        del self.expected[profile_id]

    @rule(
        profile_id=profiles,
        what=st.sampled_from(("refresh", "expire", "two copies renew", "a copy is killed")),
    )
    def the_world(self, profile_id: str, what: str) -> None:
        """Time passes and other copies run: a renewal, an expiry, two copies, a killed copy."""
        if profile_id not in self.expected or not self.expected[profile_id].signed_in:
            return
        if what == "refresh":
            self._refresh(profile_id)
        elif what == "expire":
            with contextlib.suppress(AssertionError):  # no cached access token right now
                expire_kept_access_token(self._profile(profile_id))
        elif what == "two copies renew":
            self._two_copies(profile_id)
        else:
            self._killed_copy(profile_id)

    def _refresh(self, profile_id: str) -> None:
        session = self._session(self._profile(profile_id))
        try:
            assert session.try_silent_sign_in()
            session.refresh()
        finally:
            session.close()

    def _two_copies(self, profile_id: str) -> None:
        """Two copies renew the same saved sign-in at once: it survives (rotation, the lock)."""
        profile = self._profile(profile_id)
        copies = [self._session(profile) for _ in range(2)]
        errors: list[BaseException] = []

        def renew(session: AuthSession) -> None:
            try:
                if session.try_silent_sign_in():
                    session.refresh()
            except InspectorError as exc:
                errors.append(exc)

        threads = [threading.Thread(target=renew, args=(c,)) for c in copies]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
        for copy in copies:
            copy.close()
        assert errors == [], errors

    def _killed_copy(self, profile_id: str) -> None:
        """A copy dies (SIGKILL) while it holds the renewal lock: the lock does not outlive it."""
        path = lock_path(self._profile(profile_id))
        path.parent.mkdir(parents=True, exist_ok=True)
        holder = subprocess.Popen(
            [
                sys.executable,
                "-c",
                "import filelock, sys, time; filelock.FileLock(sys.argv[1]).acquire(); "
                "print('held', flush=True); time.sleep(60)",
                str(path),
            ],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "held"
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait(10)
        holder.stdout.close()
        self._refresh(profile_id)

    @rule()
    def restart(self) -> None:
        """The app starts again: everything from the profiles file and the keyring."""
        self.store = ProfileStore(self.folder)
        assert {p.id for p in self.store.profiles} == set(self.expected)

    # ------------------------------------------------------------------ promises
    @invariant()
    def no_server_received_anothers_credential(self) -> None:
        a, b = self.sb["A"], self.sb["B"]
        for target, source in ((a, b), (b, a)):
            own = source.stats.issued | {c.client_secret for c in source.clients}
            leaked = target.stats.received & own
            assert not leaked, f"{len(leaked)} credential(s) of one server reached the other"

    @invariant()
    def keyring_holds_only_live_profiles(self) -> None:
        live = {f"{KEYRING_PREFIX}{pid}" for pid in self.expected}
        stray = {service for service, _ in app_items()} - live
        assert not stray, f"entries left for profiles that are gone: {sorted(stray)}"

    @invariant()
    def a_start_signs_in_silently_exactly_when_a_sign_in_is_kept(self) -> None:
        """Each profile, started now: silent exactly when the model keeps a sign-in (never after
        a sign-out or an edit that ended it), and then with the scopes of its live token."""
        for profile_id, model in list(self.expected.items()):
            profile = self._profile(profile_id)
            session = self._session(profile)
            try:
                try:
                    silent = session.try_silent_sign_in()
                except InspectorError:
                    silent = False
                assert silent == model.signed_in, f"silent sign-in {silent}, expected {model}"
                if silent:
                    session.access_token()
                    assert set(session.grant.requested) == set(profile.requested_scopes)
                    if model.client == "connect":
                        # the live token's grant: what this profile asks for, nothing older
                        registered = set(self.sb[model.server].connect_client.scopes)
                        granted = set(session.grant.granted)
                        assert granted == set(profile.requested_scopes) & registered
            finally:
                session.close()

    def teardown(self) -> None:
        forget(self.store, [p.name for p in self.store.profiles], everything=True)


@pytest.fixture(autouse=True, scope="module")
def _stop_sandboxes() -> Iterator[None]:
    yield
    for sb in _SANDBOXES.values():
        sb.stop()
    _SANDBOXES.clear()


#: The profile loaded in conftest (ci, or soak with --hypothesis-profile=soak) sets the sizes.
test_lifecycle = Lifecycle.TestCase

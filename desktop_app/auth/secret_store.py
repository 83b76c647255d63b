"""Secrets in the OS keyring, per profile: the client secret and one refresh token per account.

Each value is sealed with what it belongs to (:mod:`desktop_app.auth.binding`): a read hands out
only values that belong to the profile as it is now, and deletes the others, so a credential never
follows a profile edited to point elsewhere. Entries are keyed on the profile's stable id.

If the keyring is not a real OS store (keyring's ``fail``/``null`` backends, plain-text files
from keyrings.alt) or it fails, the store says so in :attr:`SecretStore.problem` and keeps the
values in memory for this run only. It never falls back to a file.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from collections.abc import Callable

import keyring
import keyring.backend
import keyring.core
import keyring.errors

from desktop_app.auth.binding import Binding, Kind, Mismatch
from desktop_app.core.config import KEYRING_PREFIX, Profile
from desktop_app.core.i18n import Said, Text, said

log = logging.getLogger(__name__)

_CLIENT_SECRET = "client-secret"  # noqa: S105 - a key name, not a secret
#: One keyring call at a time in this process: Secret Service items can vanish between a search
#: and a read when another thread deletes them.
_KEYRING_LOCK = threading.Lock()
#: Backends raise their own exception types (secretstorage, jeepney, win32) besides keyring's.
_BACKEND_ERRORS = (Exception,)


def _vanished(exc: Exception) -> bool:
    """An item deleted between search and read: nothing stored, not a broken keyring."""
    return type(exc).__name__ == "ItemNotFoundException"


REFRESH_PREFIX = "refresh-token:"
ACCESS_PREFIX = "access-token:"


def _refresh_key(account: str) -> str:
    return f"{REFRESH_PREFIX}{account}"


def _access_key(account: str) -> str:
    return f"{ACCESS_PREFIX}{account}"


def known_keys(accounts: list[str]) -> list[str]:
    """Every key the app writes under a profile's service, for these accounts."""
    keys = [_CLIENT_SECRET]
    for account in dict.fromkeys(a for a in accounts if a):
        keys += [_refresh_key(account), _access_key(account)]
    return keys


#: Windows Credential Manager keeps at most 2,560 bytes per entry, and keyring stores the value
#: as UTF-16 there.
WINDOWS_ENTRY_LIMIT = 2560


def fits_keyring_entry(value: str, platform: str = sys.platform) -> bool:
    """Whether *value* fits one keyring entry on *platform* (only Windows has a small limit)."""
    return platform != "win32" or len(value.encode("utf-16-le")) <= WINDOWS_ENTRY_LIMIT


_init_lock = threading.Lock()


def _choose_backend() -> None:
    """On Linux, go straight to the Secret Service when nothing else is configured.

    keyring's own discovery imports every installed backend, the macOS one included, which on
    Linux searches for a framework with ``ctypes.util.find_library`` (~40 ms of a ~300 ms silent
    sign-in). A user's keyringrc or ``PYTHON_KEYRING_BACKEND`` still wins, and so does any backend
    set before (tests); if the Secret Service is not there, keyring's discovery runs as usual.
    It is keyring's own backend, keeping one connection and session (``secret_service``).
    """
    with _init_lock:
        if getattr(keyring.core, "_keyring_backend", None) is not None:
            return
        if not sys.platform.startswith("linux") or os.environ.get("PYTHON_KEYRING_BACKEND"):
            return
        from keyring.util import platform_

        if os.path.exists(os.path.join(platform_.config_root(), "keyringrc.cfg")):
            return
        try:
            from desktop_app.auth.secret_service import SharedSessionKeyring

            backend = SharedSessionKeyring()
            if backend.priority > 0:  # raises when no Secret Service is reachable
                keyring.set_keyring(backend)
        except Exception:  # noqa: BLE001 - any failure: leave it to keyring's discovery
            return


def backend_problem(backend: keyring.backend.KeyringBackend | None = None) -> Text | None:
    """Why *backend* is not a real OS store, in words; None if it is one."""
    if backend is None:
        _choose_backend()
        backend = keyring.get_keyring()
    module = type(backend).__module__
    name = type(backend).__name__
    if module.startswith("keyring.backends.chainer"):
        chained = getattr(backend, "backends", [])
        if not chained:
            return said("Keyring", "No system keyring was found on this computer.")
        problems = [backend_problem(b) for b in chained]
        return None if any(p is None for p in problems) else problems[0]
    if module.startswith(("keyring.backends.fail", "keyring.backends.null")):
        return said("Keyring", "No system keyring was found on this computer.")
    if module.startswith("keyrings.alt") or "plaintext" in name.lower():
        return said(
            "Keyring", "The configured keyring ({name}) stores secrets in a plain file."
        ).format(name=name)
    return None


def backend_name() -> str:
    """A readable name of the keyring in use (for the settings dialog and ``check``)."""
    backend = keyring.get_keyring()
    return str(getattr(backend, "name", type(backend).__name__))


def failure_words(action: Text, exc: BaseException) -> Said:
    """What went wrong with the keyring, named by its real cause rather than a guess."""
    name = type(exc).__name__
    text = str(exc).lower()
    if (
        isinstance(exc, keyring.errors.KeyringLocked)
        or "locked" in name.lower()
        or "locked" in text
    ):
        cause = said(
            "Keyring", "it is locked; unlock it (or sign in to your desktop session) and try again"
        )
    elif isinstance(exc, keyring.errors.InitError) or name in (
        "SecretServiceNotAvailableException",
        "DBusErrorResponse",
        "DBusException",
    ):
        cause = said("Keyring", "it is not running or could not be reached")
    elif isinstance(exc, keyring.errors.NoKeyringError):
        cause = said("Keyring", "there is no system keyring on this computer")
    elif "denied" in text or "dismissed" in text or "cancel" in text:
        cause = said("Keyring", "access to it was refused")
    else:
        cause = said("Keyring", "it reported an error ({name})").format(name=name)
    return said("Keyring", "The system keyring could not {action}: {cause}.").format(
        action=action, cause=cause
    )


def app_entries() -> list[tuple[str, str]] | None:
    """(service, key) of every keyring entry of this app, orphans included; None if unknowable.

    The Secret Service can list items by attribute, so entries left under a service no profile
    names any more (an old name, a crashed migration) are found too. keyring's API has no
    listing for the other systems: there the caller deletes the keys it knows of.
    """
    _choose_backend()
    backend = keyring.get_keyring()
    lister = getattr(backend, "app_entries", None)
    if lister is None:
        lister = _secret_service_lister(backend)
    if lister is None:
        return None
    with _KEYRING_LOCK:
        try:
            return list(lister(KEYRING_PREFIX))
        except _BACKEND_ERRORS as exc:
            log.warning("could not list the keyring's entries: %s", type(exc).__name__)
            return None


def _secret_service_lister(
    backend: keyring.backend.KeyringBackend,
) -> Callable[[str], list[tuple[str, str]]] | None:
    """A listing for keyring's own Secret Service backend (a keyringrc's choice, say).

    It has none, but it stores in the same Secret Service, collection and attribute scheme as
    :class:`~desktop_app.auth.secret_service.SharedSessionKeyring`, which can list them.
    """
    from keyring.backends import SecretService

    if type(backend) is not SecretService.Keyring:
        return None
    from desktop_app.auth.secret_service import SharedSessionKeyring

    shared = SharedSessionKeyring()
    shared.scheme = backend.scheme
    if hasattr(backend, "preferred_collection"):  # set by a keyringrc, else the default one
        shared.preferred_collection = backend.preferred_collection  # type: ignore[attr-defined]

    def listing(prefix: str) -> list[tuple[str, str]]:
        try:
            return shared.app_entries(prefix)
        finally:
            shared.close()  # its own D-Bus connection: not kept past the listing

    return listing


def delete_entry(service: str, key: str) -> Text | None:
    """Delete one entry by name; None when it is gone, else why not."""
    with _KEYRING_LOCK:
        try:
            keyring.delete_password(service, key)
        except keyring.errors.PasswordDeleteError:
            return None
        except _BACKEND_ERRORS as exc:
            if _vanished(exc):
                return None
            return failure_words(said("Keyring", "delete your saved sign-in"), exc)
    return None


class SecretStore:
    """The secrets of one profile (keyring service ``apaleo-inspector/<profile id>``).

    Every call tries the real keyring again: one failure (a locked keyring, a daemon restart)
    does not make the store memory-only for the rest of the run. A value that could not be saved
    is kept in memory for this run, and :attr:`problem` says why in words.

    Values are sealed with the profile's :class:`~desktop_app.auth.binding.Binding`; a stored
    value that belongs elsewhere reads as absent and is deleted, and :attr:`ended` (tokens) or
    :attr:`secret_dropped` (the client secret) says why.
    """

    def __init__(self, profile: Profile, *, memory_only: bool = False) -> None:
        """*memory_only*: never touch the keyring (the demo's sandbox secrets die with the run)."""
        self.service = profile.keyring_service
        self.binding = Binding.of(profile)
        #: Why a saved sign-in found in the keyring was not taken up (it belongs elsewhere).
        self.ended: Mismatch | None = None
        #: Why a stored client secret was not used (registered for another server or client).
        self.secret_dropped: Mismatch | None = None
        #: Memory only by design (the demo), not because a keyring failed.
        self.memory_only = memory_only
        self._memory: dict[str, str] = {}
        self._lock = _KEYRING_LOCK
        problem = None if memory_only else backend_problem()
        self._backend_problem = problem
        self.problem: Text | None = (
            said(
                "Keyring",
                "{problem} Your sign-in is kept only while the app runs, and you will be asked to sign in again next time.",
            ).format(problem=problem)
            if problem
            else None
        )
        self._use_keyring = not memory_only and problem is None

    @property
    def is_persistent(self) -> bool:
        """Whether secrets can outlive this run (a real OS keyring is configured)."""
        return self._use_keyring

    @property
    def backend_label(self) -> Text:
        """The keyring's name for the admin ("SecretService Keyring", "Windows WinVaultKeyring")."""
        return backend_name() if self._use_keyring else said("Keyring", "memory only")

    def _fail(self, action: Text, exc: Exception) -> Text:
        words = failure_words(action, exc)
        self.problem = said(
            "Keyring", "{words} Your sign-in is kept only while the app runs."
        ).format(words=words)
        log.warning("keyring %s failed: %s", action, type(exc).__name__)
        return words

    def _get(self, key: str) -> str | None:
        with self._lock:
            if not self._use_keyring:
                return self._memory.get(key)
            try:
                value = keyring.get_password(self.service, key)
            except _BACKEND_ERRORS as exc:
                if _vanished(exc):
                    return self._memory.get(key)
                self._fail(said("Keyring", "be read"), exc)
                return self._memory.get(key)
            # A value kept in memory after a failed write is newer than what the keyring holds.
            return self._memory.get(key, value)

    def _set(self, key: str, value: str) -> bool:
        """Store *value*; True when it reached the keyring, False when kept in memory only."""
        with self._lock:
            if self._use_keyring:
                try:
                    keyring.set_password(self.service, key, value)
                except _BACKEND_ERRORS as exc:
                    self._fail(said("Keyring", "save your sign-in"), exc)
                else:
                    self._memory.pop(key, None)
                    if self._backend_problem is None:
                        self.problem = None
                    return True
            self._memory[key] = value
            return False

    def _delete(
        self, key: str, *, only_if: str | None = None, kind: Kind = "refresh"
    ) -> Text | None:
        """Delete *key* (with *only_if*: only while it still holds that value, as *kind*).

        Always asks the keyring, whatever happened before. Returns None when nothing of it is
        left, else the reason the keyring gave.
        """

        def holds(stored: str | None) -> bool:
            return stored is not None and self.binding.unseal(kind, stored)[0] == only_if

        with self._lock:
            if only_if is None or holds(self._memory.get(key)):
                self._memory.pop(key, None)
            if not self._use_keyring:
                return None
            try:
                if only_if is not None and not holds(keyring.get_password(self.service, key)):
                    return None  # another copy of the app stored a newer value: keep it
                keyring.delete_password(self.service, key)
            except keyring.errors.PasswordDeleteError:
                return None  # nothing stored: already the state we want
            except _BACKEND_ERRORS as exc:
                if _vanished(exc):
                    return None
                return self._fail(said("Keyring", "delete your saved sign-in"), exc)
            return None

    def _read(self, kind: Kind, key: str) -> tuple[str | None, Mismatch | None]:
        stored = self._get(key)
        if stored is None:
            return None, None
        return self.binding.unseal(kind, stored)

    def get_refresh_token(self, account: str) -> str | None:
        """The stored refresh token for *account*, if one is stored for this profile as it is.

        One that another identity server or client issued, or that was granted for other
        scopes, is deleted with its cached access token, and :attr:`ended` says why.
        """
        token, mismatch = self._read("refresh", _refresh_key(account))
        if mismatch is not None:
            log.info("a saved sign-in belongs elsewhere (%s): deleted", mismatch.value)
            self.ended = mismatch
            self._delete(_refresh_key(account))
            self._delete(_access_key(account))
        return token

    def set_refresh_token(self, account: str, token: str) -> bool:
        """Store (or replace, after rotation) the refresh token; False if kept in memory only."""
        self.ended = None
        return self._set(_refresh_key(account), self.binding.seal("refresh", token))

    def delete_refresh_token(self, account: str, *, only_if: str | None = None) -> Text | None:
        """Forget the refresh token for *account* (with *only_if*, only that value).

        Returns None when it is gone, else why the keyring could not delete it.
        """
        return self._delete(_refresh_key(account), only_if=only_if)

    def get_access_cache(self, account: str) -> str | None:
        """The cached access token of *account* (JSON), if one is stored for this profile as it is.

        One cached for another server, scopes or API host is deleted (never sent anywhere).
        """
        value, mismatch = self._read("access", _access_key(account))
        if mismatch is not None:
            log.info("a cached access token belongs elsewhere (%s): deleted", mismatch.value)
            self._delete(_access_key(account))
        return value

    def set_access_cache(self, account: str, value: str) -> bool:
        """Cache the access token (JSON) in the keyring only; False when not cached.

        Never kept in memory instead (memory has the live tokens already), and skipped where the
        entry would not fit (Windows Credential Manager).
        """
        sealed = self.binding.seal("access", value)
        if not self._use_keyring or not fits_keyring_entry(sealed):
            return False
        with self._lock:
            try:
                keyring.set_password(self.service, _access_key(account), sealed)
            except _BACKEND_ERRORS as exc:
                log.info("access-token cache not written: %s", type(exc).__name__)
                return False
        return True

    def delete_access_cache(self, account: str) -> Text | None:
        """Forget the cached access token; None when gone, else why not."""
        return self._delete(_access_key(account))

    def get_client_secret(self) -> str | None:
        """The profile's client secret, if one is stored for its token host and client id.

        One registered for another server or client id is deleted, and :attr:`secret_dropped`
        says why: the admin enters the secret of the new registration.
        """
        secret, mismatch = self._read("secret", _CLIENT_SECRET)
        if mismatch is not None:
            log.info("a client secret belongs elsewhere (%s): deleted", mismatch.value)
            self.secret_dropped = mismatch
            self._delete(_CLIENT_SECRET)
        return secret

    def set_client_secret(self, secret: str) -> bool:
        """Store the profile's client secret; False if kept in memory only."""
        self.secret_dropped = None
        return self._set(_CLIENT_SECRET, self.binding.seal("secret", secret))

    def delete_client_secret(self) -> Text | None:
        """Forget the profile's client secret; None when gone, else why not."""
        return self._delete(_CLIENT_SECRET)

    def delete_everything(self, accounts: list[str]) -> Text | None:
        """Delete every entry the app wrote for this profile; None when all are gone.

        The keys it knows of (the secret, each account's refresh token and cached access token)
        and, where the keyring can list them, every other entry under the profile's service.
        """
        problems = [self._delete(key) for key in known_keys(accounts)]
        self._memory.clear()
        if self._use_keyring:
            for service, key in app_entries() or []:
                if service == self.service:
                    problems.append(delete_entry(service, key))
        return next((p for p in problems if p), None)

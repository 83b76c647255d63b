"""keyring's Secret Service backend, with one D-Bus connection and one encryption session per process.

keyring opens a new D-Bus connection and a new Secret Service session for every call, and a
session is a Diffie-Hellman key exchange computed in Python: ~9 of the ~15 ms a read costs here.
A start that reads the refresh token and the cached access token, and a renewal that reads the
refresh token and the client secret and then writes two entries, pay that four to six times on
the way to the first data. libsecret (what GNOME's own apps use) keeps one session per process;
so does this backend. Everything else is keyring's: the same collection, attributes, labels and
unlock prompt, so entries written by either are read by the other.

The connection is not thread-safe, so each call holds a lock; should it break (the keyring daemon
restarted), the call is tried once more on a new connection.
"""

from __future__ import annotations

import functools
import threading
from contextlib import suppress
from typing import Any

import secretstorage
import secretstorage.exceptions
from jeepney import DBusErrorResponse
from keyring.backends import SecretService
from keyring.credentials import SimpleCredential
from keyring.errors import InitError, KeyringLocked, PasswordDeleteError
from secretstorage.util import open_session

#: Failures after which a new connection and session may succeed: the connection broke, the
#: daemon restarted (our session is unknown to the new one), an item vanished between the
#: search and the read. A refusal fails the same way again, so one more try costs nothing.
_RETRY = (
    OSError,
    EOFError,
    DBusErrorResponse,
    secretstorage.exceptions.SecretServiceNotAvailableException,
    secretstorage.exceptions.ItemNotFoundException,
)


#: How long one D-Bus call to the Secret Service may take before it counts as broken.
CALL_TIMEOUT_S = 20.0


class SharedSessionKeyring(SecretService.Keyring):
    """The Secret Service through one kept connection and session (see the module)."""

    name = "SecretService Keyring"  # what keyring calls its own backend, for the admin

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._lock = threading.RLock()
        self._bus: Any = None
        self._collection: Any = None

    # ------------------------------------------------------------ connection
    def close(self) -> None:
        """Close the kept connection (the next call opens a new one)."""
        with self._lock:
            self._drop()

    def _drop(self) -> None:
        bus, self._bus, self._collection = self._bus, None, None
        if bus is not None:
            with suppress(Exception):
                bus.close()

    def get_preferred_collection(self) -> Any:
        """The collection keyring would use (and its unlock prompt), on the kept connection."""
        if self._collection is None:
            bus = secretstorage.dbus_init()
            # secretstorage waits for every reply without a limit; a daemon that never answers
            # would hold a worker (and a quit) forever. Prompts wait for a signal, not a reply,
            # so an unlock dialog still takes as long as the admin needs.
            bus.send_and_get_reply = functools.partial(
                bus.send_and_get_reply, timeout=CALL_TIMEOUT_S
            )
            try:
                path = getattr(self, "preferred_collection", None)
                collection = (
                    secretstorage.Collection(bus, path)
                    if path
                    else secretstorage.get_default_collection(bus)
                )
                collection.session = open_session(bus)
            except secretstorage.exceptions.SecretStorageException as exc:
                bus.close()
                raise InitError(f"Failed to create the collection: {exc}.") from exc
            except BaseException:
                bus.close()
                raise
            self._bus, self._collection = bus, collection
        collection = self._collection
        if collection.is_locked():
            collection.unlock()
            if collection.is_locked():  # the admin dismissed the prompt
                raise KeyringLocked("Failed to unlock the collection!")
        return collection

    def _run(self, action: Any) -> Any:
        """``action(collection)`` under the lock; once more on a new connection if it broke."""
        with self._lock:
            try:
                return action(self.get_preferred_collection())
            except _RETRY:
                self._drop()
            return action(self.get_preferred_collection())

    # ------------------------------------------------------------ keyring's API
    def _first(self, collection: Any, service: str, username: str | None) -> Any:
        """The first matching item, unlocked (as keyring reads it), or None."""
        for item in collection.search_items(self._query(service, username)):
            self.unlock(item)
            return item
        return None

    def get_password(self, service: str, username: str) -> str | None:
        """The stored value, or None."""

        def read(collection: Any) -> str | None:
            item = self._first(collection, service, username)
            return None if item is None else str(item.get_secret().decode("utf-8"))

        return self._run(read)  # type: ignore[no-any-return]

    def set_password(self, service: str, username: str, password: str) -> None:
        """Store (or replace) the value."""
        attributes = self._query(service, username, application=self.appid)
        label = f"Password for '{username}' on '{service}'"
        self._run(lambda collection: collection.create_item(label, attributes, password, True))

    def delete_password(self, service: str, username: str) -> None:
        """Delete the value (the first match, as keyring does)."""

        def delete(collection: Any) -> bool:
            for item in collection.search_items(self._query(service, username)):
                item.delete()
                return True
            return False

        if not self._run(delete):
            raise PasswordDeleteError("No such password!")

    def app_entries(self, prefix: str) -> list[tuple[str, str]]:
        """(service, username) of every item whose service starts with *prefix*.

        keyring's API has no listing; the Secret Service has (every item of the collection, with
        its attributes, without reading a secret), so ``forget --all`` finds orphans too.
        """
        names = self.schemes[self.scheme]

        def scan(collection: Any) -> list[tuple[str, str]]:
            found = []
            for item in collection.get_all_items():
                attributes = item.get_attributes()
                service = attributes.get(names["service"], "")
                if service.startswith(prefix):
                    found.append((service, attributes.get(names["username"], "")))
            return found

        return self._run(scan)  # type: ignore[no-any-return]

    def get_credential(self, service: str, username: str | None) -> Any:
        """The first username and value for *service* (keyring's lookup, kept connection)."""
        key = self.schemes[self.scheme]["username"]

        def find(collection: Any) -> SimpleCredential | None:
            item = self._first(collection, service, username)
            if item is None:
                return None
            return SimpleCredential(
                item.get_attributes().get(key), item.get_secret().decode("utf-8")
            )

        return self._run(find)

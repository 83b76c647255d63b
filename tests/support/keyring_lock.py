"""Lock and unlock the real GNOME keyring of the test session, to make the Secret Service fail
for real (a locked keyring is the commonest failure an admin meets) and then recover.

Unlocking without a prompt uses gnome-keyring's own internal D-Bus method, with the throwaway
password scripts/with-real-parts.sh created the keyring with.
"""

from __future__ import annotations

from contextlib import closing

import secretstorage
from jeepney import DBusAddress, new_method_call
from jeepney.io.blocking import open_dbus_connection

PASSWORD = b"inspector-test"
_SECRETS = "/org/freedesktop/secrets"


def lock_keyring() -> None:
    """Lock the default collection: reads and writes now fail with KeyringLocked."""
    with closing(secretstorage.dbus_init()) as connection:
        collection = secretstorage.get_default_collection(connection)
        collection.lock()
        assert collection.is_locked()


def unlock_keyring() -> None:
    """Unlock it again with its password (no prompt: there is no display for one)."""
    with closing(secretstorage.dbus_init()) as connection:
        collection = secretstorage.get_default_collection(connection)
        _unlock(collection.collection_path)
        assert not collection.is_locked()


def _unlock(collection_path: str) -> None:
    with open_dbus_connection(bus="SESSION") as bus:
        service = DBusAddress(
            _SECRETS, bus_name="org.freedesktop.secrets", interface="org.freedesktop.Secret.Service"
        )
        session = bus.send_and_get_reply(
            new_method_call(service, "OpenSession", "sv", ("plain", ("s", "")))
        ).body[1]
        internal = DBusAddress(
            _SECRETS,
            bus_name="org.freedesktop.secrets",
            interface="org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface",
        )
        bus.send_and_get_reply(
            new_method_call(
                internal,
                "UnlockWithMasterPassword",
                "o(oayays)",
                (collection_path, (session, b"", PASSWORD, "text/plain")),
            )
        )

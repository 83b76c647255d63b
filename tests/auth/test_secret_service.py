"""The Secret Service backend with one kept connection and session, on the real GNOME keyring.

It must store exactly what keyring's own backend stores (an admin's entries from either are one
set), open one encryption session for many calls, and recover when its connection or its
session goes away under it (the keyring daemon restarted).
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterator

import pytest
from jeepney import DBusAddress, new_method_call
from keyring.backends import SecretService
from keyring.errors import KeyringLocked, PasswordDeleteError

from desktop_app.auth import secret_service
from desktop_app.auth.secret_service import SharedSessionKeyring
from tests.support.keyring_lock import lock_keyring, unlock_keyring

pytestmark = pytest.mark.keyring


@pytest.fixture
def service() -> Iterator[str]:
    name = f"apaleo-inspector-test/{uuid.uuid4().hex[:8]}"
    yield name
    plain = SecretService.Keyring()
    for key in ("a", "b"):
        with contextlib.suppress(PasswordDeleteError):
            plain.delete_password(name, key)


@pytest.fixture
def ours() -> Iterator[SharedSessionKeyring]:
    backend = SharedSessionKeyring()
    yield backend
    backend.close()


def test_entries_are_keyrings_own(service: str, ours: SharedSessionKeyring) -> None:
    """Written by one backend, read by the other: same collection, attributes and label."""
    plain = SecretService.Keyring()
    ours.set_password(service, "a", "from ours")
    plain.set_password(service, "b", "from keyring")
    assert plain.get_password(service, "a") == "from ours"
    assert ours.get_password(service, "b") == "from keyring"
    ours.set_password(service, "b", "replaced")  # replaced, not a second entry
    assert plain.get_password(service, "b") == "replaced"
    assert ours.get_credential(service, "b").password == "replaced"
    ours.delete_password(service, "b")
    assert plain.get_password(service, "b") is None
    assert ours.get_password(service, "b") is None
    with pytest.raises(PasswordDeleteError):
        ours.delete_password(service, "b")


def test_one_session_for_many_calls(
    service: str, ours: SharedSessionKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The key exchange is done once, not per call (a spy on the real function, which runs)."""
    opened: list[object] = []
    real = secret_service.open_session

    def counted(connection: object) -> object:
        opened.append(connection)
        return real(connection)

    monkeypatch.setattr(secret_service, "open_session", counted)
    for n in range(5):
        ours.set_password(service, "a", f"value {n}")
        assert ours.get_password(service, "a") == f"value {n}"
    assert len(opened) == 1


def test_a_closed_connection_is_replaced(service: str, ours: SharedSessionKeyring) -> None:
    ours.set_password(service, "a", "kept")
    ours._bus.close()  # the socket really closes: the next call fails on it, then reconnects
    assert ours.get_password(service, "a") == "kept"
    ours.set_password(service, "a", "written after")
    assert SecretService.Keyring().get_password(service, "a") == "written after"


def test_a_session_the_daemon_forgot_is_replaced(service: str, ours: SharedSessionKeyring) -> None:
    """As after a keyring daemon restart: our session path is unknown to the service."""
    ours.set_password(service, "a", "kept")
    session = ours._collection.session
    close = new_method_call(
        DBusAddress(
            session.object_path,
            bus_name="org.freedesktop.secrets",
            interface="org.freedesktop.Secret.Session",
        ),
        "Close",
    )
    ours._bus.send_and_get_reply(close)
    assert ours.get_password(service, "a") == "kept"
    assert ours._collection.session is not session


def test_a_locked_keyring_is_still_reported(service: str, ours: SharedSessionKeyring) -> None:
    ours.set_password(service, "a", "kept")
    lock_keyring()
    try:
        with pytest.raises(KeyringLocked):
            ours.get_password(service, "a")
    finally:
        unlock_keyring()
    assert ours.get_password(service, "a") == "kept"

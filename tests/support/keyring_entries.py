"""What the real keyring holds for a profile, read as the app seals it (tests only)."""

from __future__ import annotations

import keyring

from desktop_app.auth.binding import Binding, Kind
from desktop_app.core.config import KEYRING_PREFIX, Profile


def _kind(key: str) -> Kind:
    if key.startswith("refresh-token:"):
        return "refresh"
    if key.startswith("access-token:"):
        return "access"
    return "secret"


def stored(profile: Profile, key: str) -> str | None:
    """The value under *key* of *profile*'s service; it must be sealed for the profile as it is."""
    raw = keyring.get_password(profile.keyring_service, key)
    if raw is None:
        return None
    value, mismatch = Binding.of(profile).unseal(_kind(key), raw)
    assert mismatch is None, f"{key} is stored for another binding ({mismatch})"
    return value


def store(profile: Profile, key: str, value: str) -> None:
    """Write *value* under *key* sealed for *profile*, as the app would."""
    keyring.set_password(profile.keyring_service, key, Binding.of(profile).seal(_kind(key), value))


def app_items() -> list[tuple[str, str]]:
    """Every (service, key) of the app's in the Secret Service, read without the app's code."""
    import secretstorage

    bus = secretstorage.dbus_init()
    try:
        collection = secretstorage.get_default_collection(bus)
        found = []
        for item in collection.get_all_items():
            attributes = item.get_attributes()
            service = attributes.get("service", "")
            if service.startswith(KEYRING_PREFIX):
                found.append((service, attributes.get("username", "")))
        return sorted(found)
    finally:
        bus.close()

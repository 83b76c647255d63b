"""Keyring entries written before profiles had ids and secrets had bindings, moved once.

Those versions kept a profile's secrets under ``apaleo-inspector/<name>``, unsealed. A value is
moved under the profile's id, sealed with the profile's binding, only where that binding is
unambiguous; everything else is deleted, at the price of one sign-in:

- the saved sign-in (refresh token and cached access token) moves only when the cached access
  token proves who issued it: its verified id_token's ``iss`` and ``aud`` (or the access token's
  own ``iss`` and ``client_id``) name the profile's identity server and client id. Without that
  proof the profile may have been edited after the sign-in, and the token may belong elsewhere.
- the client secret moves unless that same proof names another server or client id (it was
  entered in the same form as the address and client id it is now bound to).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

import keyring
import keyring.errors

from desktop_app.auth.binding import Binding, issuer_of
from desktop_app.auth.secret_store import (
    ACCESS_PREFIX,
    REFRESH_PREFIX,
    SecretStore,
    app_entries,
    delete_entry,
    known_keys,
)
from desktop_app.auth.tokens import TokenSet
from desktop_app.core.config import Profile

if TYPE_CHECKING:
    from desktop_app.core.config import ProfileStore

log = logging.getLogger(__name__)


def _read(service: str, key: str) -> str | None:
    try:
        return keyring.get_password(service, key)
    except Exception as exc:  # noqa: BLE001 - a backend's own error: nothing to move then
        log.info("an old keyring entry could not be read: %s", type(exc).__name__)
        return None


def _proof(profile: Profile, cache_text: str | None) -> bool | None:
    """True: the cache names this profile's issuer and client; False: another; None: no proof."""
    if not cache_text:
        return None
    cached = TokenSet.from_cache(cache_text, None)
    if cached is None:
        return None
    binding = Binding.of(profile)
    for claims, client_key in ((cached.id_token_claims, "aud"), (cached.access_claims, None)):
        if not claims or not isinstance(claims.get("iss"), str):
            continue
        issuer_ok = issuer_of(str(claims["iss"])) == binding.issuer
        client: Any = claims.get(client_key) if client_key else claims.get("client_id")
        clients = client if isinstance(client, list) else [client]
        return issuer_ok and binding.client_id in clients
    return None


def migrate(profile: Profile) -> Profile:
    """Move *profile*'s old entries under its id (see the module); the profile without the mark.

    Safe to run again after a crash: what was moved is not under the old name any more, and
    what is still there is moved (or deleted) again.
    """
    legacy = profile.legacy_service
    if legacy is None or profile.ephemeral:
        return profile
    keys = set(known_keys([profile.last_account] if profile.last_account else []))
    keys |= {key for service, key in app_entries() or [] if service == legacy}
    accounts = sorted(
        {k.split(":", 1)[1] for k in keys if k.startswith((REFRESH_PREFIX, ACCESS_PREFIX))}
    )
    old = {key: value for key in sorted(keys) if (value := _read(legacy, key)) is not None}
    store = SecretStore(profile)
    if not store.is_persistent:
        return profile  # no keyring to move them to: try again at the next start
    kept_secret = kept_sign_in = False
    written = True
    for account in accounts:
        cache = old.get(f"{ACCESS_PREFIX}{account}")
        refresh = old.get(f"{REFRESH_PREFIX}{account}")
        if refresh and _proof(profile, cache):
            written &= store.set_refresh_token(account, refresh)
            if cache:
                store.set_access_cache(account, cache)
            kept_sign_in = True
    secret = old.get("client-secret")
    proofs = [_proof(profile, old.get(f"{ACCESS_PREFIX}{a}")) for a in accounts]
    if secret and False not in proofs:
        written &= store.set_client_secret(secret)
        kept_secret = True
    if not written:
        return profile  # the keyring refused a write: the old entries stay for the next start
    for key in old:
        delete_entry(legacy, key)
    log.info(
        "moved a profile's keyring entries under its id (sign-in kept: %s, secret kept: %s)",
        kept_sign_in,
        kept_secret,
    )
    return profile.with_changes(legacy_service=None)


def migrate_store(store: ProfileStore) -> None:
    """Migrate every profile of a :class:`~desktop_app.core.config.ProfileStore` still marked."""
    for profile in store.profiles:
        if profile.legacy_service is not None:
            store.replace(profile.name, migrate(profile))


__all__ = ["migrate", "migrate_store"]

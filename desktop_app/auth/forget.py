"""``apaleo-inspector forget``, ``profile remove`` and Settings > Remove: nothing of a profile left.

For shared PCs and before uninstalling: removing the package leaves the keyring's entries (they
belong to the user's keyring, not to the package), so this deletes every entry the app wrote for
the profile (client secret, refresh tokens, cached access tokens, entries under an old name), its
lock file and the metadata kept for its identity server when no other profile uses it. With
``--all`` every entry of the app's keyring service goes, orphans included. Nothing here talks to
apaleo: signing out (which revokes) is the window's job.
"""

from __future__ import annotations

import contextlib
import shutil
from dataclasses import dataclass, field

from desktop_app.auth.secret_store import (
    SecretStore,
    app_entries,
    delete_entry,
    known_keys,
)
from desktop_app.core.config import KEYRING_PREFIX, Profile, ProfileStore, lock_path
from desktop_app.core.folders import cache_dir, old_places, state_dir
from desktop_app.core.i18n import Text


@dataclass
class ForgetReport:
    """What was removed, and what could not be."""

    profiles: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def forget_secrets(profile: Profile, others: list[Profile]) -> Text | None:
    """Delete every keyring entry and file the app wrote for *profile* (a worker: keyring calls).

    *others* are the profiles that stay: metadata kept for an identity server one of them uses
    stays too. Returns None when everything is gone, else the keyring's reason.
    """
    if profile.ephemeral:
        return None
    accounts = [profile.last_account] if profile.last_account else []
    problems = [SecretStore(profile).delete_everything(accounts)]
    if profile.legacy_service:
        legacy = {(profile.legacy_service, key) for key in known_keys(accounts)}
        legacy |= {e for e in app_entries() or [] if e[0] == profile.legacy_service}
        problems += [delete_entry(service, key) for service, key in sorted(legacy)]
    with contextlib.suppress(OSError):
        lock_path(profile).unlink(missing_ok=True)
    if all(p.identity_url.rstrip("/") != profile.identity_url.rstrip("/") for p in others):
        from desktop_app.auth import metadata_cache

        metadata_cache.forget_server(profile.identity_url)
    return next((p for p in problems if p), None)


def forget_orphans() -> Text | None:
    """Delete every keyring entry of the app's service (what ``forget --all`` leaves nothing of)."""
    problems = [delete_entry(service, key) for service, key in app_entries() or []]
    return next((p for p in problems if p), None)


def forget(store: ProfileStore, names: list[str], *, everything: bool = False) -> ForgetReport:
    """Delete the keyring entries and the profile entries of *names* (validated before).

    Every keyring deletion is attempted even after one fails; the profiles are removed last,
    so a failed keyring delete can be retried with the same command. *everything*: afterwards,
    every entry under the app's keyring service (orphans of renamed or lost profiles), the lock
    folder and the metadata cache go too.
    """
    report = ForgetReport()
    for name in names:
        profile = store.get(name)
        others = [p for p in store.profiles if p.name != name]
        problem = forget_secrets(profile, others)
        if problem:
            report.problems.append(f"{name}: {problem}")
            continue
        store.remove(name)
        report.profiles.append(name)
    if everything and not report.problems:
        problem = forget_orphans()
        if problem:
            report.problems.append(f"{KEYRING_PREFIX}*: {problem}")
    if not store.profiles:
        for folder in [state_dir() / "locks", cache_dir(), *old_places()]:
            shutil.rmtree(folder, ignore_errors=True)
    return report

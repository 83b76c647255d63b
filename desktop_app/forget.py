"""``apaleo-inspector forget``: remove what the app keeps about a profile, or about every one.

For shared PCs and before uninstalling: removing the package leaves the keyring's entries (they
belong to the user's keyring, not to the package), so this deletes them, the profiles, and the
app's lock files. Nothing here talks to apaleo: signing out (which revokes) is the window's job.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass, field

from desktop_app.auth.secret_store import SecretStore
from desktop_app.config import Profile, ProfileStore, config_dir


@dataclass
class ForgetReport:
    """What was removed, and what could not be."""

    profiles: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def forget(
    store: ProfileStore,
    names: list[str],
    *,
    secrets: Callable[[Profile], SecretStore] = lambda p: SecretStore(p.keyring_service),
) -> ForgetReport:
    """Delete the keyring entries and the profile entries of *names* (validated before).

    Every keyring deletion is attempted even after one fails; the profiles are removed last,
    so a failed keyring delete can be retried with the same command.
    """
    report = ForgetReport()
    for name in names:
        profile = store.get(name)
        keyring = secrets(profile)
        problems: list[object] = [keyring.delete_client_secret()]
        if profile.last_account:
            problems.append(keyring.delete_refresh_token(profile.last_account))
        failed = [p for p in problems if p]
        if failed:
            report.problems.append(f"{name}: {failed[0]}")
            continue
        store.remove(name)
        report.profiles.append(name)
    if not store.profiles:
        shutil.rmtree(config_dir() / "locks", ignore_errors=True)
    return report

"""One renewal at a time per profile, across every copy of the app on this computer.

Two copies share one keyring entry; a rotating refresh token used by both at once would end the
sign-in of one (``invalid_grant``). A lock file per profile (filelock: ``fcntl``/``msvcrt``)
makes the second copy wait and then use what the first stored.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from desktop_app.core.config import Profile, lock_path
from desktop_app.core.errors import NetworkError
from desktop_app.core.folders import make
from desktop_app.core.i18n import said

#: How long a refresh waits for another copy of the app that is refreshing the same profile.
PROFILE_LOCK_TIMEOUT_S = 45.0


@contextlib.contextmanager
def profile_lock(profile: Profile, timeout: float = PROFILE_LOCK_TIMEOUT_S) -> Iterator[None]:
    """Hold *profile*'s lock (nothing for a demo profile, which no other copy can see)."""
    if profile.ephemeral:
        yield
        return
    import filelock

    path = lock_path(profile)
    make(path.parent, old="locks")
    lock = filelock.FileLock(str(path))
    try:
        lock.acquire(timeout=timeout)
    except filelock.Timeout:
        raise NetworkError(
            said(
                "Errors",
                "Another copy of apaleo Inspector is renewing this sign-in and has not finished. "
                "Try again in a moment.",
            )
        ) from None
    try:
        yield
    finally:
        lock.release()


__all__ = ["PROFILE_LOCK_TIMEOUT_S", "profile_lock"]

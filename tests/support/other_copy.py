"""A second copy of the app, as a real process: signs in silently with the shared keyring entry,
then renews the sign-in (rotating the refresh token the first copy also knows).

Started by :func:`start` (``python -m tests.support.other_copy PROFILE_JSON``, the client secret
in ``OTHER_COPY_SECRET``); it prints ``signed-in`` or the error's words, and exits 0 or 1. It shares
the keyring (the same D-Bus session) and the lock folder (the same HOME) with the test.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from typing import TYPE_CHECKING

from desktop_app.auth.secret_store import SecretStore
from desktop_app.connection import open_session
from desktop_app.core.config import Profile
from desktop_app.core.errors import InspectorError

if TYPE_CHECKING:
    from desktop_app.sandbox import Sandbox


def start(sb: Sandbox, profile: Profile) -> subprocess.Popen[str]:
    """Start the second copy for *profile* (signed in to account DEMO) on *sb*'s sandbox."""
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.support.other_copy",
            json.dumps(profile.with_changes(last_account="DEMO").to_json()),
        ],
        env={**os.environ, "OTHER_COPY_SECRET": sb.client_secret_for(profile)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def main() -> int:
    profile = Profile.from_json(json.loads(sys.argv[1]))
    session = open_session(
        profile, SecretStore(profile), client_secret=os.environ["OTHER_COPY_SECRET"]
    )
    try:
        ok = session.try_silent_sign_in()
        if ok:
            session.refresh()  # this copy renews (and so rotates) the shared sign-in
    except InspectorError as exc:
        print(exc.message, flush=True)
        return 1
    finally:
        session.close()
    print("signed-in" if ok else "no-saved-sign-in", flush=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

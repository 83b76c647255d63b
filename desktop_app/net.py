"""HTTP sessions for every layer: a User-Agent, a connection pool sized for the workers, timeouts.

requests has no session-wide timeout, so every call site passes :data:`TIMEOUT` (or its own).
"""

from __future__ import annotations

import requests
from requests.adapters import HTTPAdapter

from desktop_app import APP_ID, __version__
from desktop_app.log import quiet_libraries

quiet_libraries()

#: (connect, read) seconds: a dead network fails fast, a slow page of 10,000 properties does not.
TIMEOUT = (5.0, 30.0)


def new_session(pool_size: int = 16) -> requests.Session:
    """A session that never retries on its own (callers decide) and identifies the app."""
    session = requests.Session()
    session.headers["User-Agent"] = f"{APP_ID}/{__version__}"
    adapter = HTTPAdapter(pool_connections=4, pool_maxsize=pool_size, max_retries=0)
    session.mount("https://", adapter)
    session.mount("http://", adapter)
    return session

"""A ``$BROWSER`` that returns only once the callback page has loaded, as w3m or lynx do.

Run as ``python -m tests.support.blocking_browser URL``: it signs in on the sandbox's page and
consents (as the sandbox's own ``approve`` does, over HTTP), follows the redirect to the app's
loopback listener and waits for that page, up to 120 s, before it exits.
"""

from __future__ import annotations

import re
import sys
from urllib.parse import urljoin

import requests


def main(url: str) -> int:
    """Sign in and consent, then load the callback page and wait for it."""
    with requests.Session() as browser:
        browser.trust_env = False
        page = browser.get(url, timeout=10, allow_redirects=False)
        if page.status_code != 302:
            marker = 'name="consent_id" value="'
            start = page.text.index(marker) + len(marker)
            consent_id = page.text[start : page.text.index('"', start)]
            user = re.search(r'name="user" value="([^"]*)"', page.text)
            page = browser.post(
                urljoin(url, "/connect/authorize"),
                data={
                    "consent_id": consent_id,
                    "user": user.group(1) if user else "u-admin",
                    "decision": "allow",
                },
                timeout=10,
                allow_redirects=False,
            )
        callback = page.headers["Location"]
        loaded = browser.get(callback, timeout=120)
        print(f"callback page: HTTP {loaded.status_code}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))

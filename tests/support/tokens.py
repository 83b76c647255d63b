"""A real TokenProvider for API tests: tokens minted by the sandbox, refreshes counted."""

from __future__ import annotations

import threading
from collections.abc import Callable


class MintingProvider:
    """Implements the TokenProvider protocol without a sign-in (the auth layer is tested apart)."""

    def __init__(self, mint: Callable[[], str]) -> None:
        self._mint = mint
        self._token = mint()
        self._lock = threading.Lock()
        self.rejections = 0

    def access_token(self) -> str:
        with self._lock:
            return self._token

    def token_rejected(self, token: str) -> str:
        with self._lock:
            self.rejections += 1
            if token == self._token:
                self._token = self._mint()
            return self._token

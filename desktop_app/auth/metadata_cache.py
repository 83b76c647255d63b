"""The identity server's public metadata (discovery document, signing keys) kept between starts.

A start whose access token expired needs the token endpoint (discovery) and, for the id_token
the refresh returns, the signing keys (JWKS): fetched each start, that is two round trips before
the refresh and one after it. Both are public documents; kept on disk, the renewal is one round
trip. Nothing secret is ever written here. A kept document is validated exactly like a fetched
one; one older than :data:`FRESH_S` is still used but fetched again in the background
(stale-while-revalidate, RFC 5861), an unknown signing key fetches the set again (key rotation),
and any problem with the file means "not kept": the server is asked.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop_app.core.folders import cache_dir, make

log = logging.getLogger(__name__)

#: How long a kept document counts as fresh: Microsoft.IdentityModel's ConfigurationManager
#: refreshes OpenID Connect metadata every 12 hours by default.
FRESH_S = 12 * 3600
#: The oldest document used at all (then fetched again at once); files not rewritten for this
#: long also belong to servers no profile uses any more.
MAX_AGE_S = 30 * 24 * 3600


def _path(kind: str, url: str) -> Path:
    name = hashlib.sha256(f"{kind}\n{url}".encode()).hexdigest()[:32]
    return cache_dir() / f"{kind}-{name}.json"


def load(
    kind: str, url: str, *, now: Callable[[], float] = time.time
) -> tuple[dict[str, Any], bool] | None:
    """(document, fresh) kept for *url*, if younger than :data:`MAX_AGE_S`; else None."""
    try:
        with open(_path(kind, url), encoding="utf-8") as handle:
            kept = json.load(handle)
        age = now() - float(kept["fetched_at"])
        document = kept["document"]
        if kept.get("url") != url or not isinstance(document, dict) or not 0 <= age <= MAX_AGE_S:
            return None
        return document, age <= FRESH_S
    except (OSError, ValueError, KeyError, TypeError):
        return None


def save(kind: str, url: str, document: dict[str, Any], *, now: float | None = None) -> None:
    """Keep *document* for *url* (atomically; a failure only costs the next start a fetch)."""
    path = _path(kind, url)
    record = {"url": url, "fetched_at": time.time() if now is None else now, "document": document}
    temporary: str | None = None
    try:
        make(path.parent, old="cache")
        fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(record, handle)
        os.replace(temporary, path)
        _forget_old(path.parent)
    except OSError as exc:
        log.info("could not keep the %s document: %s", kind, type(exc).__name__)
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)


def forget(kind: str, url: str) -> None:
    """Drop what is kept for *url* (it proved wrong)."""
    with contextlib.suppress(OSError):
        _path(kind, url).unlink()


def _forget_old(folder: Path) -> None:
    cutoff = time.time() - MAX_AGE_S
    for entry in folder.glob("*.json"):
        with contextlib.suppress(OSError):
            if entry.stat().st_mtime < cutoff:
                entry.unlink()


def forget_server(identity_url: str) -> None:
    """Drop everything kept for one identity server: its discovery document and its keys."""
    base = identity_url.rstrip("/")
    kept = load("discovery", base)
    jwks_uri = kept[0].get("jwks_uri") if kept else None
    if isinstance(jwks_uri, str):
        forget("jwks", jwks_uri)
    forget("discovery", base)

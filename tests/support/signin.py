"""Drive a sign-in against the sandbox without a GUI: consent over HTTP, then the redirect."""

from __future__ import annotations

import threading
from urllib.parse import urlsplit

import requests

from desktop_app.auth.session import AuthSession
from desktop_app.auth.signin import SignInAttempt
from desktop_app.auth.tokens import TokenSet
from desktop_app.core.config import Profile, ProfileStore
from desktop_app.sandbox import Sandbox


def deliver(callback: str, attempt: SignInAttempt) -> requests.Response:
    """Send the browser's redirect to the attempt's listener (its port, the callback's query)."""
    query = urlsplit(callback).query
    with requests.Session() as browser:
        browser.trust_env = False  # a browser does not proxy loopback either
        return browser.get(f"{attempt.redirect_uri}?{query}", timeout=10)


def sign_in(
    sb: Sandbox, session: AuthSession, *, user: str | None = None, allow: bool = True
) -> TokenSet:
    """A full interactive sign-in, the browser played by HTTP calls."""
    attempt = session.begin_sign_in()
    callback = sb.approve(attempt.authorization_url, user=user, allow=allow)
    answers: list[requests.Response] = []
    thread = threading.Thread(target=lambda: answers.append(deliver(callback, attempt)))
    thread.start()
    try:
        return attempt.wait(threading.Event(), 15)
    finally:
        thread.join(15)
        attempt.close()


def keep_sign_in(sb: Sandbox, profile: Profile, store: ProfileStore) -> Profile:
    """Sign *profile* in with the OS keyring and save it with its account; returns it saved.

    As after a real sign-in: the next start finds a kept sign-in.
    """
    from desktop_app.auth.secret_store import SecretStore
    from desktop_app.connection import open_session

    session = open_session(
        profile, SecretStore(profile), client_secret=sb.client_secret_for(profile)
    )
    try:
        sign_in(sb, session)
        assert session.account_code is not None, "the sign-in named no account"
        store.put(profile.with_changes(last_account=session.account_code), make_current=True)
    finally:
        session.close()
    return store.get(profile.name)


def expire_kept_access_token(profile: Profile, account: str = "DEMO") -> None:
    """Make the access token kept in the keyring look expired, as after an hour away."""
    import json
    import time

    from desktop_app.auth.secret_store import SecretStore

    store = SecretStore(profile)
    kept = store.get_access_cache(account)
    assert kept is not None, "no access token kept for this account"
    data = json.loads(kept)
    data["expires_at"] = time.time() - 1
    store.set_access_cache(account, json.dumps(data))

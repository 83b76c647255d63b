"""One signed-in session: sign-in (browser + loopback, or client credentials), refresh, sign-out.

Thread-safe: workers call :meth:`AuthSession.access_token` concurrently. The rules that keep it
right outside the happy order of events:

- One refresh at a time in this process (callers that needed it share its outcome) and across
  processes (a lock file per profile): two copies of the app share one keyring entry, and the
  copy that refreshes uses whatever the keyring holds now, since the other may have rotated it.
- A rotated refresh token is written to the keyring before the new access token is handed out.
- On ``invalid_grant`` the keyring is read again and a newer token tried once; only the token
  that failed is deleted.
- Sign-out wins: it bumps an epoch under the same lock that commits tokens, so an answer that
  lands afterwards (a refresh or a sign-in in flight) is never stored, and is revoked.

Longer than most files here on purpose: these rules are one state machine over two locks (the
commit lock and the refresh lock) and one epoch; split across files, the locking would be
hard to see whole. What is not part of it lives beside it: the token endpoint, the sign-in
attempt, sign-out's page and words, and the grant's evidence.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING, Any

import requests

from desktop_app.auth.discovery import Endpoints, discover
from desktop_app.auth.errors import (
    AuthError,
    OAuthError,
    SignedOut,
    SignInCancelled,
    SignInRequired,
)
from desktop_app.auth.grant import granted_scopes, missing_scopes
from desktop_app.auth.refresh_state import RefreshState, describe_refresh_state
from desktop_app.auth.secret_store import SecretStore
from desktop_app.auth.tokens import TokenSet, parse_scope
from desktop_app.core.config import Profile, lock_path
from desktop_app.core.errors import InspectorError, NetworkError
from desktop_app.core.folders import make
from desktop_app.core.i18n import Text, said
from desktop_app.core.scopes import is_fine_grained
from desktop_app.net.http import TIMEOUT, new_session
from desktop_app.net.retry import READS, SPENDS

if TYPE_CHECKING:  # imported where used: a start with a still-valid token needs none of them
    from desktop_app.auth.idtoken import JwksCache
    from desktop_app.auth.signin import SignInAttempt
    from desktop_app.auth.signout import SignedOutPage, SignOutResult
    from desktop_app.auth.token_endpoint import TokenAnswer, TokenEndpoint

log = logging.getLogger(__name__)

#: OAuth errors on a refresh that mean the refresh token is finished (RFC 6749 §5.2; apaleo may
#: answer ``invalid_request`` after a client's permissions changed). Any other OAuth error with
#: status 400 counts too, but not ``invalid_client``: then the secret is wrong, not the token.
REFRESH_REFUSED = frozenset({"invalid_grant", "invalid_request", "unauthorized_client"})


def _refresh_refused(exc: OAuthError) -> bool:
    """Whether the server refused the refresh token itself (so it is never sent again)."""
    if exc.error == "invalid_client":
        return False
    return exc.error in REFRESH_REFUSED or exc.status == 400


def _import_in_background(*modules: str) -> None:
    """Import *modules* in a thread of their own (while a request is on its way)."""
    import sys

    missing = [m for m in modules if m not in sys.modules]
    if missing:
        import importlib

        def load() -> None:
            for module in missing:
                importlib.import_module(module)

        threading.Thread(target=load, name="import", daemon=True).start()


#: How long a refresh waits for another copy of the app that is refreshing the same profile.
PROFILE_LOCK_TIMEOUT_S = 45.0


class AuthSession:
    """The tokens of one profile, and everything that gets, renews and ends them.

    Implements :class:`desktop_app.auth.provider.TokenProvider`.
    """

    def __init__(
        self,
        profile: Profile,
        store: SecretStore,
        *,
        client_secret: str | None = None,
        http: requests.Session | None = None,
        clock: Callable[[], float] = time.time,
        sleep: Callable[[float], None] = time.sleep,
        timeout: tuple[float, float] = TIMEOUT,
    ) -> None:
        self.profile = profile.validate()
        self.store = store
        self._client_secret = client_secret
        self.http = http or new_session()
        self._clock = clock
        self._reads = replace(READS, sleep=sleep)
        self._spends = replace(SPENDS, sleep=sleep)
        self._timeout = timeout
        self._lock = threading.Lock()  # guards the fields below
        self._commit_lock = threading.Lock()  # token commits vs sign-out, keyring writes included
        self._refresh_lock = threading.Lock()
        self._tokens: TokenSet | None = None
        #: What :meth:`restore` put in place of tokens until the first refresh.
        self._stand_in: TokenSet | None = None
        self._account: str | None = profile.last_account
        self._epoch = 0
        self._finished_refreshes = 0
        self._last_error: InspectorError | None = None
        self._refresh_where: str | None = None  # "keyring" / "memory" / None
        self._endpoints: Endpoints | None = None
        self._jwks: JwksCache | None = None
        self._listeners: list[Callable[[Text], None]] = []
        self._token_listeners: list[Callable[[], None]] = []
        #: When this run last stored a refresh token (None: kept from an earlier start, or none).
        self._refresh_stored_at: float | None = None
        #: How often apaleo replaced the refresh token (rotation) since this run signed in.
        self._rotations = 0
        self._sign_in_required_sent = False
        #: Open sign-in attempts, each with the cancel event of the call that began it.
        self._attempts: dict[SignInAttempt, threading.Event] = {}
        self._begin_lock = threading.Lock()
        #: The page the browser returns to after sign-out (made at the first sign-out).
        self._signed_out_page: SignedOutPage | None = None
        self._cancel = threading.Event()
        #: Ask for the password at the next sign-in (set by sign-out, so the next person at a
        #: shared PC does not inherit this browser session).
        self.force_login = profile.prompt_login

    # ------------------------------------------------------------ properties
    @property
    def tokens(self) -> TokenSet | None:
        """The current tokens (None when signed out)."""
        with self._lock:
            return self._tokens

    @property
    def signed_in(self) -> bool:
        """Whether there is a session."""
        return self.tokens is not None

    @property
    def account_code(self) -> str | None:
        """The apaleo account of the session (from the tokens), or the profile's last one."""
        return self._account

    @property
    def requested_scopes(self) -> tuple[str, ...]:
        """What the profile asks for."""
        return self.profile.requested_scopes

    @property
    def granted_scopes(self) -> tuple[str, ...]:
        """What the server granted, the OpenID scopes judged by evidence (:mod:`.grant`)."""
        return granted_scopes(
            self.tokens,
            self.requested_scopes,
            user_sign_in=self.profile.mode == "authorization_code",
        )

    @property
    def fine_grained(self) -> bool:
        """A fine-grained apaleo client: permissions from its registration, not from scopes."""
        return is_fine_grained(self.granted_scopes)

    @property
    def missing_scopes(self) -> tuple[str, ...]:
        """Asked for but not granted (never a fine-grained client's API scopes)."""
        return missing_scopes(self.requested_scopes, self.granted_scopes)

    @property
    def extra_scopes(self) -> tuple[str, ...]:
        """Granted without being asked for."""
        asked = set(self.requested_scopes)
        return tuple(s for s in self.granted_scopes if s not in asked)

    @property
    def refresh_state(self) -> RefreshState:
        """Whether this sign-in is kept across restarts, and where."""
        with self._lock:
            tokens, where = self._tokens, self._refresh_where
        return describe_refresh_state(
            signed_in=tokens is not None,
            client_credentials=self.profile.mode == "client_credentials",
            issued=tokens is not None and tokens.refresh_token is not None,
            offline_requested="offline_access" in self.requested_scopes,
            where=where,
            keyring=self.store.backend_label,
            problem=self.store.problem,
            memory_by_design=self.store.memory_only,
        )

    @property
    def refresh_history(self) -> tuple[float | None, int]:
        """(when this run stored the refresh token, how often apaleo rotated it since)."""
        with self._lock:
            return self._refresh_stored_at, self._rotations

    def add_listener(self, on_sign_in_required: Callable[[Text], None]) -> None:
        """Call *on_sign_in_required(message)* once when the session ends for good."""
        self._listeners.append(on_sign_in_required)

    def add_tokens_listener(self, on_tokens_changed: Callable[[], None]) -> None:
        """Call *on_tokens_changed()* (from any thread) whenever the tokens change.

        New tokens (sign-in, refresh, a kept sign-in renewed), and none (sign-out, refused).
        """
        self._token_listeners.append(on_tokens_changed)

    def remove_tokens_listener(self, on_tokens_changed: Callable[[], None]) -> None:
        """Stop calling *on_tokens_changed* (a window closes)."""
        if on_tokens_changed in self._token_listeners:
            self._token_listeners.remove(on_tokens_changed)

    def _tokens_changed(self) -> None:
        for listener in list(self._token_listeners):
            try:
                listener()
            except Exception:
                log.warning("a tokens listener failed", exc_info=True)

    # ----------------------------------------------------------- endpoints
    def endpoints(self) -> Endpoints:
        """The identity server's endpoints (discovered once per session)."""
        if self._endpoints is None:
            self._endpoints = discover(
                self.profile.identity_url, self.http, keep=not self.profile.ephemeral
            )
        return self._endpoints

    def _secret(self) -> str | None:
        if self._client_secret is None:
            self._client_secret = self.store.get_client_secret()
        if not self._client_secret and self.store.secret_dropped is not None:
            raise AuthError(
                said(
                    "Errors",
                    "The client secret stored for profile '{name}' was registered for another "
                    "identity server or client id, so it was deleted and not sent. Enter the "
                    "secret for this one in Settings.",
                ).format(name=self.profile.name)
            )
        if not self._client_secret:
            raise AuthError(
                said(
                    "Errors",
                    "No client secret is stored for profile '{name}'. Enter it in Settings (it is kept in the system keyring).",
                ).format(name=self.profile.name)
            )
        return self._client_secret

    def token_endpoint(self) -> TokenEndpoint:
        """The token endpoint client, with the profile's client authentication."""
        from desktop_app.auth.token_endpoint import TokenEndpoint

        secret = None if self.profile.client_auth == "none" else self._secret()
        return TokenEndpoint(
            self.profile,
            secret,
            self.http,
            timeout=self._timeout,
            reads=self._reads,
            spends=self._spends,
            clock=self._clock,
        )

    @contextlib.contextmanager
    def _profile_lock(self) -> Iterator[None]:
        """One refresh at a time for this profile across every copy of the app on this computer."""
        if self.profile.ephemeral:
            yield
            return
        import filelock

        path = lock_path(self.profile)
        make(path.parent, old="locks")
        lock = filelock.FileLock(str(path))
        try:
            lock.acquire(timeout=PROFILE_LOCK_TIMEOUT_S)
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

    # ---------------------------------------------------------- sign-in
    def begin_sign_in(self, cancel: threading.Event | None = None) -> SignInAttempt:
        """Bind the loopback listener and build the authorization URL (raises PortInUseError).

        Any earlier attempt of this session is closed first (its port is this one's), and so is
        the page served after a sign-out. One call at a time: a sign-in started right after a
        Cancel waits until the cancelled one has let go of the port. If *cancel* is set by the
        time the attempt exists, it is closed again at once and :class:`SignInCancelled` raised.
        """
        if self.profile.mode != "authorization_code":
            raise AuthError(
                said(
                    "Errors", "This profile uses client credentials; it signs in without a browser."
                )
            )
        with self._begin_lock:
            if cancel is not None and cancel.is_set():
                raise SignInCancelled(said("Errors", "Sign-in was cancelled."))
            self._close_attempts()
            if self._signed_out_page is not None:
                self._signed_out_page.close()
            if self.profile.client_auth != "none":
                self._secret()  # fail before the browser opens if the secret is missing
            with self._lock:
                epoch = self._epoch
            from desktop_app.auth.signin import SignInAttempt, prompt_values

            prompt = prompt_values(login=self.force_login, consent=self.profile.prompt_consent)
            # Fetched afresh, even when kept: the browser is about to be sent to this server,
            # and an unreachable one must be reported now, not after minutes of waiting.
            self._endpoints = discover(
                self.profile.identity_url,
                self.http,
                refresh=True,
                keep=not self.profile.ephemeral,
            )
            attempt = SignInAttempt(self, self._endpoints, epoch=epoch, prompt=prompt)
            with self._lock:
                cancelled = cancel is not None and cancel.is_set()
                if not cancelled:
                    self._attempts[attempt] = cancel or threading.Event()
            if cancelled:
                attempt.close()
                raise SignInCancelled(said("Errors", "Sign-in was cancelled."))
            return attempt

    def cancel_sign_in(self) -> None:
        """Close the attempts whose sign-in was cancelled (their port is free again after this)."""
        self._close_attempts(only_cancelled=True)

    def forget_attempt(self, attempt: SignInAttempt) -> None:
        """An attempt closed itself."""
        with self._lock:
            self._attempts.pop(attempt, None)

    def _close_attempts(self, *, only_cancelled: bool = False) -> None:
        with self._lock:
            closing = [
                a for a, cancel in self._attempts.items() if cancel.is_set() or not only_cancelled
            ]
            for attempt in closing:
                del self._attempts[attempt]
        for attempt in closing:
            attempt.close()

    def complete_sign_in(self, answer: TokenAnswer, attempt: SignInAttempt) -> TokenSet:
        """Verify a code exchange's answer and keep it (unless sign-out came first)."""
        tokens = self._verified(
            answer, nonce=attempt.nonce, previous=None, requested=attempt.scopes
        )
        self._accept(tokens, attempt.epoch, first=True)
        if attempt.prompt and "login" in attempt.prompt.split():
            self.force_login = False  # the password was asked for: the browser session is fresh
        return tokens

    def try_silent_sign_in(self) -> bool:
        """Sign in with the stored refresh token; False if none is stored.

        Raises SignInRequired (the token was refused and deleted) or NetworkError (try later).
        """
        if self.profile.mode == "client_credentials":
            if self.store.get_client_secret() is None and self._client_secret is None:
                return False
            self.sign_in_client_credentials()
            return True
        if not self.restore():
            return False
        if self.restoring:
            with self._lock:
                seen = self._finished_refreshes
            try:
                self._refresh_now(seen=seen)
            except InspectorError:
                with self._lock:
                    if self._holds_stand_in():
                        self._tokens = None
                raise
        return True

    def restore(self) -> bool:
        """Take up the sign-in kept in the keyring, without the network; False if there is none.

        With an access token still valid beyond the refresh margin the session is signed in at
        once. Otherwise it holds a stand-in that carries the stored refresh token: the first
        call that needs a token renews it (:attr:`restoring` until then), so the window can
        paint while the one refresh is under way. Client-credentials profiles keep nothing.
        """
        if self.profile.mode == "client_credentials":
            return False
        account = self._account
        refresh = self.store.get_refresh_token(account) if account else None
        if self.store.ended is not None:
            # kept for the profile as it was: deleted, never sent to the server it names now;
            # a secret registered with the old server goes too (the admin is asked for it)
            self.store.get_client_secret()
            raise SignInRequired(self.store.ended.words)
        if not refresh or not account:
            return False
        # Not after an explicit sign-out (force_login): should the keyring have failed to delete
        # the cache then, a still-valid access token must not sign the next start in.
        use_cache = not self.profile.ephemeral and not self.force_login
        cached_text = self.store.get_access_cache(account) if use_cache else None
        cached = TokenSet.from_cache(cached_text, refresh) if cached_text else None
        if cached is not None and not cached.needs_refresh(self._clock()):
            with self._lock:
                self._tokens = cached
                self._refresh_where = "keyring"
            return True
        self._prepare_renewal()
        # An expired stand-in that carries the stored refresh token into the one refresh path.
        placeholder = TokenSet(
            access_token="",
            expires_at=0.0,
            refresh_token=refresh,
            issued_at=0.0,
        )
        with self._lock:
            self._tokens = self._stand_in = placeholder
            self._refresh_where = "keyring"
        return True

    def _prepare_renewal(self) -> None:
        """Ready what the renewal's request needs, so it leaves the moment the window asks.

        Its modules (oauthlib, filelock: ~25 ms) and the client secret, here, before the window
        is built: done after, they would share the interpreter with the build and the request
        would leave ~80 ms later. What only the answer needs (PyJWT, for an ID token) loads
        while the request is on its way (:meth:`_refresh_grant`). A start with a valid token
        needs none of it until its first refresh, minutes later.
        """
        import filelock  # noqa: F401

        from desktop_app.auth import token_endpoint  # noqa: F401

        if self.profile.client_auth != "none":
            with contextlib.suppress(InspectorError):
                self._secret()  # a missing secret is reported by the renewal itself

    def _holds_stand_in(self) -> bool:
        """Whether the tokens are still :meth:`restore`'s stand-in (call under ``_lock``)."""
        return self._tokens is not None and self._tokens is self._stand_in

    @property
    def restoring(self) -> bool:
        """Whether the kept sign-in still waits for its first renewal (see :meth:`restore`)."""
        with self._lock:
            return self._holds_stand_in()

    @property
    def renewal_problem(self) -> str | None:
        """Why the kept sign-in could not be renewed yet (a network problem), else None."""
        with self._lock:
            restoring, error = self._holds_stand_in(), self._last_error
        return error.message if restoring and error is not None else None

    def sign_in_client_credentials(self) -> TokenSet:
        """Get a token as a simple client (no user, no refresh token)."""
        with self._lock:
            epoch = self._epoch
        tokens = self._client_credentials()
        self._accept(tokens, epoch)
        return tokens

    def _client_credentials(self) -> TokenSet:
        endpoints = self.endpoints()
        answer = self.token_endpoint().client_credentials(
            endpoints.token_endpoint, self.profile.requested_scopes, cancel=self._cancel
        )
        return self._verified(answer, nonce=None, previous=None, requested=self.requested_scopes)

    # ---------------------------------------------------------- checking
    def _verified(
        self,
        answer: TokenAnswer,
        *,
        nonce: str | None,
        previous: TokenSet | None,
        requested: tuple[str, ...] | None = None,
    ) -> TokenSet:
        try:
            tokens = TokenSet.from_response(
                answer.payload, now=answer.received_at, previous=previous, requested=requested
            )
        except ValueError:
            raise OAuthError(
                "invalid_response", said("Errors", "The token answer had no access token.")
            ) from None
        if tokens.id_token and tokens.id_token != (previous.id_token if previous else None):
            endpoints = self.endpoints()
            if endpoints.jwks_uri is None:
                return tokens
            from desktop_app.auth.idtoken import JwksCache, verify_id_token

            if self._jwks is None:
                self._jwks = JwksCache(
                    endpoints.jwks_uri, self.http, keep=not self.profile.ephemeral
                )
            claims = verify_id_token(
                tokens.id_token,
                keys=self._jwks,
                issuer=endpoints.issuer,
                client_id=self.profile.client_id,
                nonce=nonce,
                now=self._clock(),
                clock_offset=answer.clock_offset,
                previous=previous.id_token_claims if previous else None,
            )
            tokens = replace(tokens, id_token_claims=claims)
        elif previous is not None and previous.id_token_claims is not None:
            tokens = replace(
                tokens, id_token=previous.id_token, id_token_claims=previous.id_token_claims
            )
        return tokens

    def _account_of(self, tokens: TokenSet) -> str | None:
        """The apaleo account the tokens are for; None where they name none.

        A connect client's own client-credentials token has neither ``account_code`` nor ``sub``.
        """
        for claims in (tokens.id_token_claims, tokens.access_claims):
            if claims:
                for key in ("account_code", "sub"):
                    if isinstance(claims.get(key), str) and claims[key]:
                        return str(claims[key])
        return self._account

    def _accept(self, tokens: TokenSet, epoch: int, *, first: bool = False) -> None:
        """Keep *tokens*: the refresh token into the keyring first, then into memory.

        Under the commit lock, so a sign-out either happened before (the tokens are revoked, not
        kept) or waits until they are stored (and then deletes them).
        """
        account = self._account_of(tokens)
        with self._commit_lock:
            late = epoch != self._epoch
            if not late:
                where: str | None = None
                if tokens.refresh_token and account:
                    stored = self.store.set_refresh_token(account, tokens.refresh_token)
                    where = "keyring" if stored else "memory"
                    if stored and not self.profile.ephemeral:
                        # the next start can skip the refresh round trip (as MSAL's cache does)
                        self.store.set_access_cache(account, tokens.to_cache())
                elif first and account and self.profile.mode == "authorization_code":
                    # No refresh token this time: an older one of this account must not sign
                    # the next start in silently as if this sign-in were kept.
                    self.store.delete_refresh_token(account)
                with self._lock:
                    previous = self._tokens
                    rotated = (
                        previous is not None
                        and previous.refresh_token is not None
                        and tokens.refresh_token is not None
                        and tokens.refresh_token != previous.refresh_token
                    )
                    if first:
                        self._rotations = 0
                    elif rotated:
                        self._rotations += 1
                    if where == "keyring":
                        self._refresh_stored_at = self._clock()
                    elif first or where is None:
                        self._refresh_stored_at = None
                    self._tokens = tokens
                    self._account = account
                    self._refresh_where = where
                    self._sign_in_required_sent = False
        if late:
            log.info("tokens arrived after sign-out; revoking them")
            self._revoke_all([tokens.refresh_token])
            raise SignedOut(said("Errors", "You signed out, so this sign-in was not kept."))
        self._tokens_changed()

    # ------------------------------------------------------------- refresh
    def access_token(self, *, on_sending: Callable[[], None] | None = None) -> str:
        """A valid access token, refreshed first when it is about to expire.

        *on_sending* is called (on this thread) as a refresh request is about to leave: the
        start builds its window then, while the request is on its way.
        """
        with self._lock:
            tokens, seen = self._tokens, self._finished_refreshes
        if tokens is None:
            raise SignInRequired(said("Errors", "You are not signed in."))
        if not tokens.needs_refresh(self._clock()):
            return tokens.access_token
        return self._refresh_now(seen=seen, on_sending=on_sending).access_token

    def token_rejected(self, token: str) -> str:
        """The API refused *token* (401): refresh once, unless someone already did."""
        with self._lock:
            tokens, seen = self._tokens, self._finished_refreshes
        if tokens is None:
            raise SignInRequired(said("Errors", "You are not signed in."))
        if tokens.access_token != token:
            return tokens.access_token
        return self._refresh_now(seen=seen).access_token

    def refresh(self) -> TokenSet:
        """Refresh now ("Refresh now" in the Token view)."""
        with self._lock:
            seen = self._finished_refreshes
        return self._refresh_now(seen=seen)

    def _refresh_now(self, *, seen: int, on_sending: Callable[[], None] | None = None) -> TokenSet:
        """Single-flight refresh: if a refresh finished while we waited, share its outcome."""
        with self._refresh_lock:
            with self._lock:
                if self._finished_refreshes != seen:
                    if self._last_error is not None:
                        raise self._last_error
                    if self._tokens is not None:
                        return self._tokens
                tokens, epoch = self._tokens, self._epoch
            if tokens is None:
                raise SignInRequired(said("Errors", "You are not signed in."))
            try:
                if self.profile.mode == "client_credentials":
                    new = self._client_credentials()
                    self._accept(new, epoch)
                else:
                    new = self._refresh_grant(tokens, epoch, on_sending)
            except InspectorError as exc:
                with self._lock:
                    self._last_error = exc
                    self._finished_refreshes += 1
                raise
            with self._lock:
                self._last_error = None
                self._finished_refreshes += 1
            return new

    def _refresh_grant(
        self, tokens: TokenSet, epoch: int, on_sending: Callable[[], None] | None = None
    ) -> TokenSet:
        account = self._account
        endpoint = self.token_endpoint()
        url = self.endpoints().token_endpoint
        with self._profile_lock():
            # The keyring holds the newest token: another copy of the app may have rotated it.
            stored = self.store.get_refresh_token(account) if account else None
            current = stored or tokens.refresh_token
            if not current:
                self._end_session(
                    said("Errors", "Your session has expired. Please sign in again."), None, epoch
                )
                raise SignInRequired(
                    said("Errors", "Your session has expired. Please sign in again.")
                )
            if on_sending is not None:
                on_sending()
            # what checking the answer needs, loaded while the request is on its way
            _import_in_background("desktop_app.auth.idtoken")
            try:
                answer = endpoint.refresh(url, current, cancel=self._cancel)
            except OAuthError as exc:
                if not _refresh_refused(exc):
                    raise
                newer = self.store.get_refresh_token(account) if account else None
                if not newer or newer == current:
                    self._end_session(exc.message, current, epoch)
                    raise SignInRequired(exc.message) from None
                current = newer
                try:
                    answer = endpoint.refresh(url, current, cancel=self._cancel)
                except OAuthError as again:
                    if _refresh_refused(again):
                        self._end_session(again.message, current, epoch)
                        raise SignInRequired(again.message) from None
                    raise
            new = self._verified(
                answer, nonce=None, previous=replace(tokens, refresh_token=current)
            )
            self._accept(new, epoch)
        return new

    def _end_session(self, message: Text, failed: str | None, epoch: int) -> None:
        """The session is over for good: forget the token that failed, tell listeners once."""
        account = self._account
        with self._commit_lock:
            if epoch != self._epoch:
                raise SignedOut(said("Errors", "You signed out, so this sign-in was not renewed."))
            if account and failed:
                self.store.delete_refresh_token(account, only_if=failed)
                self.store.delete_access_cache(account)
            with self._lock:
                self._tokens = None
                self._refresh_where = None
                notify = not self._sign_in_required_sent
                self._sign_in_required_sent = True
        self._tokens_changed()
        if notify:
            for listener in list(self._listeners):
                listener(message)

    # ---------------------------------------------------------- userinfo
    def userinfo(self) -> dict[str, Any]:
        """The signed-in user as the identity server describes them (empty for simple clients).

        Asked only where an id_token came back (an OpenID sign-in); where userinfo refuses the
        token, the verified id_token's claims stand in.
        """
        tokens = self.tokens
        if tokens is None or not tokens.has_identity:
            return {}
        fallback = {
            k: v
            for k, v in (tokens.id_token_claims or {}).items()
            if k in ("sub", "name", "preferred_username", "email", "account_code", "role")
        }
        endpoints = self.endpoints()
        if endpoints.userinfo_endpoint is None:
            return fallback
        url = endpoints.userinfo_endpoint
        token = self.access_token()
        for attempt in range(2):
            answer = self._reads.run(
                lambda t=token: self.http.get(  # type: ignore[misc]
                    url,
                    headers={"Authorization": f"Bearer {t}"},
                    timeout=self._timeout,
                    allow_redirects=False,
                ),
                what=said("Errors", "apaleo's sign-in service"),
                cancel=self._cancel,
            )
            if answer.status_code == 401 and attempt == 0:
                token = self.token_rejected(token)
                continue
            break
        if answer.status_code in (401, 403):
            return fallback
        if answer.status_code != 200:
            raise AuthError(
                said(
                    "Errors", "Your user details could not be loaded (HTTP {status_code})."
                ).format(status_code=answer.status_code)
            )
        try:
            info = answer.json()
        except ValueError:
            raise AuthError(
                said("Errors", "The identity server's user details were not readable.")
            ) from None
        return dict(info) if isinstance(info, dict) else fallback

    # ------------------------------------------------------------ sign-out
    def sign_out(self) -> SignOutResult:
        """Sign out, winning over anything in flight.

        Forgets the tokens and deletes the keyring entry (always trying the keyring), revokes
        the refresh token (RFC 7009), and returns the address that ends apaleo's browser
        session where the server offers one; the next sign-in asks for the password anyway.
        """
        with self._commit_lock:
            with self._lock:
                self._epoch += 1
                tokens, self._tokens = self._tokens, None
                self._refresh_where = None
                account = self._account
            self._cancel.set()
            self._cancel = threading.Event()
            stored = self.store.get_refresh_token(account) if account else None
            local_problem = self.store.delete_refresh_token(account) if account else None
            if account:
                local_problem = self.store.delete_access_cache(account) or local_problem
        self.force_login = True
        self._tokens_changed()
        self._close_attempts()
        revoke_problem = self._revoke_all(
            [tokens.refresh_token if tokens else None, stored], report=True
        )
        end_session_url = self._end_session_url(tokens)
        from desktop_app.auth.signout import SignOutResult, sign_out_words

        return SignOutResult(
            revoked=revoke_problem is None,
            message=sign_out_words(revoke_problem, local_problem),
            end_session_url=end_session_url,
            local_problem=local_problem,
        )

    def _revoke_all(self, tokens: list[str | None], *, report: bool = False) -> Text | None:
        """Revoke each distinct refresh token; None when all were revoked, else the reason."""
        distinct = [t for t in dict.fromkeys(tokens) if t]
        if not distinct:
            return None
        try:
            endpoints = self.endpoints()
        except InspectorError:
            endpoints = Endpoints.apaleo_fallback(self.profile.identity_url)
        if endpoints.revocation_endpoint is None:
            return said("Errors", "apaleo offers no way to revoke the sign-in")
        try:
            endpoint = self.token_endpoint()
        except AuthError as exc:
            return exc.message
        problems = [
            p
            for t in distinct
            if (p := endpoint.revoke(endpoints.revocation_endpoint, t, "refresh_token"))
        ]
        if problems and not report:
            log.warning("revoking a late token failed: %s", problems[0])
        return problems[0] if problems else None

    def _end_session_url(self, tokens: TokenSet | None) -> str | None:
        """RP-initiated logout (OpenID Connect): the browser's apaleo session ends there too."""
        endpoints = self._endpoints
        if (
            endpoints is None
            or not endpoints.discovered
            or endpoints.end_session_endpoint is None
            or tokens is None
            or not tokens.id_token
        ):
            return None
        from desktop_app.auth.signout import SignedOutPage

        if self._signed_out_page is None:
            self._signed_out_page = SignedOutPage()
        return self._signed_out_page.end_session_url(
            endpoints.end_session_endpoint, tokens.id_token, self.profile
        )

    def close(self) -> None:
        """Close listeners and release the HTTP connections."""
        self._cancel.set()
        self._close_attempts()
        if self._signed_out_page is not None:
            self._signed_out_page.close()
        self.http.close()


__all__ = ["AuthSession", "parse_scope"]

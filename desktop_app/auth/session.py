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

One state machine over two locks (commit, refresh) and one epoch, kept whole here; the rest
(token endpoint, attempt, answer checks, profile lock, sign-out page, grant) lives beside it.
"""

from __future__ import annotations

import functools
import logging
import threading
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from desktop_app.auth.answer import AnswerCheck
from desktop_app.auth.client_auth import ClientAuth
from desktop_app.auth.discovery import Endpoints, discover
from desktop_app.auth.errors import (
    AuthError,
    OAuthError,
    SignedOut,
    SignInCancelled,
    SignInRequired,
)
from desktop_app.auth.grant import Grant, judge
from desktop_app.auth.profile_lock import profile_lock
from desktop_app.auth.refresh_state import RefreshRecord, RefreshState
from desktop_app.auth.secret_store import SecretStore
from desktop_app.auth.signin import CodeGrant, OpenAttempts
from desktop_app.auth.tokens import TokenSet
from desktop_app.core.background import import_in_background
from desktop_app.core.config import Profile
from desktop_app.core.errors import InspectorError
from desktop_app.core.i18n import Text, said
from desktop_app.core.listeners import Listeners
from desktop_app.net.transport import Transport

if TYPE_CHECKING:  # imported where used: a start with a still-valid token needs none of them
    from desktop_app.auth.signin import SignInAttempt
    from desktop_app.auth.signout import SignedOutPage, SignOutResult

log = logging.getLogger(__name__)
CANCELLED = said("Errors", "Sign-in was cancelled.")


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
        transport: Transport | None = None,
    ) -> None:
        self.profile = profile.validate()
        self.store = store
        self.transport = transport or Transport()
        self._client = ClientAuth(self.profile, store, client_secret, self.transport)
        self._clock = self.transport.clock
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
        self._refresh = RefreshRecord()
        self._endpoints: Endpoints | None = None
        self._check = AnswerCheck(self.profile, self.transport, self.endpoints)
        #: Told once (with the reason) when the session ends for good: sign in again.
        self.sign_in_required: Listeners[[Text]] = Listeners()
        #: Told (from any thread) whenever the tokens change: new ones (sign-in, refresh, a kept
        #: sign-in renewed), or none (sign-out, refused).
        self.tokens_changed: Listeners[[]] = Listeners()
        self._sign_in_required_sent = False
        self._attempts = OpenAttempts()
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
    def grant(self) -> Grant:
        """What the profile asked for and what the current tokens were granted (:mod:`.grant`)."""
        return judge(self.tokens, self.profile)

    @property
    def cancel_event(self) -> threading.Event:
        """Set by sign-out and :meth:`close`: every request of this session stops waiting."""
        return self._cancel

    @property
    def refresh_state(self) -> RefreshState:
        """Whether this sign-in is kept across restarts, and where."""
        with self._lock:
            return self._refresh.describe(self._tokens, self.profile, self.store)

    @property
    def refresh_history(self) -> tuple[float | None, int]:
        """(when this run stored the refresh token, how often apaleo rotated it since)."""
        with self._lock:
            return self._refresh.stored_at, self._refresh.rotations

    # ----------------------------------------------------------- endpoints
    def endpoints(self) -> Endpoints:
        """The identity server's endpoints (discovered once per session)."""
        if self._endpoints is None:
            self._endpoints = self._discover()
        return self._endpoints

    def _discover(self, *, refresh: bool = False) -> Endpoints:
        keep = not self.profile.ephemeral
        return discover(self.profile.identity_url, self.transport, refresh=refresh, keep=keep)

    @property
    def client(self) -> ClientAuth:
        """The client id and secret, and the token endpoint they authenticate (the doctor's)."""
        return self._client

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
                raise SignInCancelled(CANCELLED)
            self._attempts.close()
            if self._signed_out_page is not None:
                self._signed_out_page.close()
            self._client.check()  # fail before the browser opens if the secret is missing
            with self._lock:
                epoch = self._epoch
            from desktop_app.auth.signin import SignInAttempt, prompt_values

            prompt = prompt_values(login=self.force_login, consent=self.profile.prompt_consent)
            # Fetched afresh, even when kept: the browser is about to be sent to this server,
            # and an unreachable one must be reported now, not after minutes of waiting.
            self._endpoints = self._discover(refresh=True)
            attempt = SignInAttempt(
                self.profile,
                self._endpoints,
                prompt=prompt,
                exchange=functools.partial(self._exchange, epoch=epoch),
                on_close=self._attempts.forget,
            )
            if not self._attempts.add(attempt, cancel):
                attempt.close()
                raise SignInCancelled(CANCELLED)
            return attempt

    def cancel_sign_in(self) -> None:
        """Close the attempts whose sign-in was cancelled (their port is free again after this)."""
        self._attempts.close(only_cancelled=True)

    def _exchange(
        self,
        grant: CodeGrant,
        cancel: threading.Event,
        verifying: Callable[[], None],
        *,
        epoch: int,
    ) -> TokenSet:
        """Trade an attempt's code for tokens, check and keep them (unless sign-out came first)."""
        from desktop_app.auth.errors import CodeExchangeError

        try:
            answer = self._client.endpoint().exchange_code(
                self.endpoints().token_endpoint,
                grant.code,
                redirect_uri=grant.redirect_uri,
                code_verifier=grant.code_verifier,
                cancel=cancel,
            )
        except OAuthError as exc:
            raise CodeExchangeError(exc) from None
        verifying()
        tokens = self._check.tokens(
            answer, nonce=grant.nonce, previous=None, requested=grant.scopes
        )
        self._accept(tokens, epoch, first=True)
        if grant.prompt and "login" in grant.prompt.split():
            self.force_login = False  # the password was asked for: the browser session is fresh
        return tokens

    def try_silent_sign_in(self) -> bool:
        """Sign in with the stored refresh token; False if none is stored.

        Raises SignInRequired (the token was refused and deleted) or NetworkError (try later).
        """
        if self.profile.mode == "client_credentials":
            if not self._client.has_secret():
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
                self._refresh.where = "keyring"
            return True
        self._client.prepare()  # the renewal's request then leaves at once
        # An expired stand-in that carries the stored refresh token into the one refresh path.
        placeholder = TokenSet(
            access_token="", expires_at=0.0, refresh_token=refresh, issued_at=0.0
        )
        with self._lock:
            self._tokens = self._stand_in = placeholder
            self._refresh.where = "keyring"
        return True

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
        answer = self._client.endpoint().client_credentials(
            endpoints.token_endpoint, self.profile.requested_scopes, cancel=self._cancel
        )
        return self._check.tokens(
            answer, nonce=None, previous=None, requested=self.profile.requested_scopes
        )

    def _accept(self, tokens: TokenSet, epoch: int, *, first: bool = False) -> None:
        """Keep *tokens*: the refresh token into the keyring first, then into memory.

        Under the commit lock, so a sign-out either happened before (the tokens are revoked, not
        kept) or waits until they are stored (and then deletes them).
        """
        account = tokens.account_code or self._account
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
                    old = self._tokens.refresh_token if self._tokens else None
                    self._refresh.kept(
                        old, tokens.refresh_token, where, first=first, now=self._clock()
                    )
                    self._tokens = tokens
                    self._account = account
                    self._sign_in_required_sent = False
        if late:
            log.info("tokens arrived after sign-out; revoking them")
            if problem := self._revoke_all([tokens.refresh_token]):
                log.warning("revoking a late token failed: %s", problem)
            raise SignedOut(said("Errors", "You signed out, so this sign-in was not kept."))
        self.tokens_changed.tell()

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
        endpoint = self._client.endpoint()
        url = self.endpoints().token_endpoint
        with profile_lock(self.profile):
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
            import_in_background("desktop_app.auth.idtoken")
            try:
                answer = endpoint.refresh(url, current, cancel=self._cancel)
            except OAuthError as exc:
                if not exc.refuses_refresh_token:
                    raise
                newer = self.store.get_refresh_token(account) if account else None
                if not newer or newer == current:
                    self._end_session(exc.message, current, epoch)
                    raise SignInRequired(exc.message) from None
                current = newer
                try:
                    answer = endpoint.refresh(url, current, cancel=self._cancel)
                except OAuthError as again:
                    if again.refuses_refresh_token:
                        self._end_session(again.message, current, epoch)
                        raise SignInRequired(again.message) from None
                    raise
            new = self._check.tokens(
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
                self._refresh.where = None
                notify = not self._sign_in_required_sent
                self._sign_in_required_sent = True
        self.tokens_changed.tell()
        if notify:
            self.sign_in_required.tell(message)

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
                self._refresh.where = None
                account = self._account
            self._cancel.set()
            self._cancel = threading.Event()
            stored = self.store.get_refresh_token(account) if account else None
            local_problem = self.store.delete_refresh_token(account) if account else None
            if account:
                local_problem = self.store.delete_access_cache(account) or local_problem
        self.force_login = True
        self.tokens_changed.tell()
        self._attempts.close()
        from desktop_app.auth.signout import (
            SignedOutPage,
            SignOutResult,
            end_session_url,
            sign_out_words,
        )

        revoke_problem = self._revoke_all([tokens.refresh_token if tokens else None, stored])
        if self._signed_out_page is None:
            self._signed_out_page = SignedOutPage()
        address = end_session_url(self._signed_out_page, self._endpoints, tokens, self.profile)

        return SignOutResult(
            revoked=revoke_problem is None,
            message=sign_out_words(revoke_problem, local_problem),
            end_session_url=address,
            local_problem=local_problem,
        )

    def _revoke_all(self, tokens: list[str | None]) -> Text | None:
        """Revoke each distinct refresh token; None when all were revoked, else the reason."""
        from desktop_app.auth.signout import revoke_all

        return revoke_all(tokens, self.endpoints, self.profile.identity_url, self._client.endpoint)

    def close(self) -> None:
        """Close listeners and release the HTTP connections."""
        self._cancel.set()
        self._attempts.close()
        if self._signed_out_page is not None:
            self._signed_out_page.close()
        self.transport.close()


__all__ = ["AuthSession"]

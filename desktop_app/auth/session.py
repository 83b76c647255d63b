"""One signed-in session: sign-in (browser + loopback, or client credentials), refresh, sign-out.

Thread-safe: workers call :meth:`AuthSession.access_token` concurrently. At most one refresh runs
at a time; callers that needed it wait and share its result (or its error). A rotated refresh
token is written to the keyring before the new access token is handed out, so a crash between
the two never leaves the keyring holding a token the server has already retired.
"""

from __future__ import annotations

import contextlib
import enum
import logging
import os
import secrets
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import requests
from oauthlib.oauth2 import BackendApplicationClient, OAuth2Error
from requests.auth import HTTPBasicAuth
from requests_oauthlib import OAuth2Session

from desktop_app.auth.discovery import Endpoints, discover
from desktop_app.auth.errors import (
    AuthError,
    OAuthError,
    SignInRequired,
)
from desktop_app.auth.idtoken import JwksCache, verify_id_token
from desktop_app.auth.loopback import CallbackListener
from desktop_app.auth.secret_store import SecretStore
from desktop_app.auth.tokens import TokenSet, parse_scope
from desktop_app.config import Profile, is_loopback_host
from desktop_app.errors import InspectorError, NetworkError
from desktop_app.log import redact
from desktop_app.net import TIMEOUT, new_session

log = logging.getLogger(__name__)

#: Pauses before retrying a token request that failed transiently (network, 5xx, 429).
RETRY_PAUSES_S = (0.5, 1.5, 3.0)
_env_lock = threading.Lock()


class SignInStage(enum.Enum):
    """What an interactive sign-in is doing, in words for the sign-in window."""

    OPENING_BROWSER = "Opening your browser…"
    WAITING_FOR_BROWSER = "Waiting for you to sign in in your browser…"
    EXCHANGING_CODE = "Exchanging the sign-in code…"
    VERIFYING = "Checking your identity…"
    DONE = "Signed in"

    @property
    def label(self) -> str:
        """The words to show."""
        return self.value


@dataclass(frozen=True)
class SignOutResult:
    """What sign-out did: the token is always gone locally; ``revoked`` says if apaleo knows."""

    revoked: bool
    message: str


class _TransientError(Exception):
    """A token request failed in a way worth retrying (network, 5xx, 429)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@contextlib.contextmanager
def _oauthlib_allowances(url: str) -> Iterator[None]:
    """Let oauthlib talk plain HTTP to loopback and accept a narrower granted scope.

    oauthlib refuses ``http://`` outright, and raises when the granted scope differs from the
    requested one. Every URL reaching here passed :func:`require_secure_url`, so plain HTTP is
    loopback only; a narrower grant is normal (the Scopes view shows it). The environment flags
    are oauthlib's only switches; they are set only around the call, under a lock.
    """
    from urllib.parse import urlsplit

    insecure = urlsplit(url).scheme == "http" and is_loopback_host(urlsplit(url).hostname or "")
    with _env_lock:
        saved = {
            k: os.environ.get(k)
            for k in ("OAUTHLIB_INSECURE_TRANSPORT", "OAUTHLIB_RELAX_TOKEN_SCOPE")
        }
        if insecure:
            os.environ["OAUTHLIB_INSECURE_TRANSPORT"] = "1"
        os.environ["OAUTHLIB_RELAX_TOKEN_SCOPE"] = "1"  # noqa: S105 - a switch, not a secret
        try:
            yield
        finally:
            for key, value in saved.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value


def _check_token_response(response: requests.Response) -> requests.Response:
    """Compliance hook: turn 5xx/429 and non-JSON answers into errors before oauthlib parses them."""
    if response.status_code >= 500 or response.status_code == 429:
        raise _TransientError(
            f"apaleo's sign-in service answered with an error (HTTP {response.status_code})."
        )
    content_type = response.headers.get("Content-Type", "")
    if "json" not in content_type:
        raise OAuthError(
            "invalid_response",
            f"The sign-in service sent an unexpected answer (HTTP {response.status_code}).",
            status=response.status_code,
        )
    return response


class SignInAttempt:
    """One interactive sign-in: the loopback listener is bound and the URL built at creation."""

    def __init__(self, session: AuthSession, endpoints: Endpoints) -> None:
        self._session = session
        self._endpoints = endpoints
        profile = session.profile
        self._state = secrets.token_urlsafe(32)
        scopes = profile.requested_scopes
        self._nonce = secrets.token_urlsafe(32) if "openid" in scopes else None
        self._listener = CallbackListener(
            profile.redirect_port,
            self._state,
            endpoints.issuer if endpoints.iss_parameter_supported else None,
        )
        self.redirect_uri = self._listener.redirect_uri
        self._oauth = OAuth2Session(
            profile.client_id,
            redirect_uri=self.redirect_uri,
            scope=list(scopes),
            state=self._state,
            pkce="S256",
        )
        self._oauth.register_compliance_hook("access_token_response", _check_token_response)
        extra = {"nonce": self._nonce} if self._nonce else {}
        with _oauthlib_allowances(endpoints.authorization_endpoint):
            self.authorization_url, _ = self._oauth.authorization_url(
                endpoints.authorization_endpoint, **extra
            )

    def wait(
        self,
        cancel: threading.Event,
        timeout: float | None = None,
        on_stage: Callable[[SignInStage], None] = lambda stage: None,
    ) -> TokenSet:
        """Wait for the browser, exchange the code, verify the id_token, keep the session."""
        on_stage(SignInStage.WAITING_FOR_BROWSER)
        result = self._listener.wait(cancel, timeout or self._session.profile.sign_in_timeout_s)
        on_stage(SignInStage.EXCHANGING_CODE)
        payload = self._session._token_request(
            self._endpoints.token_endpoint,
            lambda: self._session._fetch(
                self._oauth,
                self._endpoints.token_endpoint,
                code=result.code,
                include_client_id=True,
            ),
            cancel=cancel,
        )
        on_stage(SignInStage.VERIFYING)
        tokens = self._session._verified(payload, nonce=self._nonce, previous=None)
        self._session._accept(tokens)
        on_stage(SignInStage.DONE)
        return tokens

    def close(self) -> None:
        """Stop listening (after a failure or when the window is closed)."""
        self._listener.close()


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
    ) -> None:
        self.profile = profile.validate()
        self.store = store
        self._client_secret = client_secret
        self.http = http or new_session()
        self._clock = clock
        self._sleep = sleep
        self._lock = threading.Lock()
        self._refresh_lock = threading.Lock()
        self._tokens: TokenSet | None = None
        self._account: str | None = profile.last_account
        self._attempts = 0
        self._last_error: InspectorError | None = None
        self._endpoints: Endpoints | None = None
        self._jwks: JwksCache | None = None
        self._listeners: list[Callable[[str], None]] = []
        self._sign_in_required_sent = False

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
        """What the server granted."""
        tokens = self.tokens
        return tokens.scope if tokens else ()

    @property
    def missing_scopes(self) -> tuple[str, ...]:
        """Asked for but not granted."""
        granted = set(self.granted_scopes)
        return tuple(s for s in self.requested_scopes if s not in granted)

    @property
    def extra_scopes(self) -> tuple[str, ...]:
        """Granted without being asked for."""
        asked = set(self.requested_scopes)
        return tuple(s for s in self.granted_scopes if s not in asked)

    def add_listener(self, on_sign_in_required: Callable[[str], None]) -> None:
        """Call *on_sign_in_required(message)* once when the session ends for good."""
        self._listeners.append(on_sign_in_required)

    # ----------------------------------------------------------- endpoints
    def endpoints(self) -> Endpoints:
        """The identity server's endpoints (discovered once per session)."""
        if self._endpoints is None:
            try:
                self._endpoints = discover(self.profile.identity_url, self.http)
            except requests.RequestException as exc:  # pragma: no cover - discover catches these
                raise NetworkError(
                    f"The identity server could not be reached ({type(exc).__name__})."
                ) from None
        return self._endpoints

    def _secret(self) -> str | None:
        if self.profile.client_auth == "none":
            return None
        if self._client_secret is None:
            self._client_secret = self.store.get_client_secret()
        if not self._client_secret:
            raise AuthError(
                f"No client secret is stored for profile '{self.profile.name}'. "
                "Enter it in Settings (it is kept in the system keyring)."
            )
        return self._client_secret

    # ---------------------------------------------------------- sign-in
    def begin_sign_in(self) -> SignInAttempt:
        """Bind the loopback listener and build the authorization URL (raises PortInUseError)."""
        if self.profile.mode != "authorization_code":
            raise AuthError("This profile uses client credentials; it signs in without a browser.")
        self._secret()  # fail before the browser opens if the secret is missing
        return SignInAttempt(self, self.endpoints())

    def try_silent_sign_in(self) -> bool:
        """Sign in with the stored refresh token; False if none is stored.

        Raises SignInRequired (the token was refused and deleted) or NetworkError (try later).
        """
        if self.profile.mode == "client_credentials":
            if self.store.get_client_secret() is None and self._client_secret is None:
                return False
            self.sign_in_client_credentials()
            return True
        account = self._account
        refresh = self.store.get_refresh_token(account) if account else None
        if not refresh:
            return False
        # An expired stand-in that carries the stored refresh token into the one refresh path.
        stand_in = "-"
        placeholder = TokenSet(
            access_token=stand_in, expires_at=0.0, refresh_token=refresh, issued_at=0.0
        )
        with self._lock:
            self._tokens = placeholder
        try:
            self._refresh_now(seen_attempts=self._attempts)
        except InspectorError:
            with self._lock:
                if self._tokens is placeholder:
                    self._tokens = None
            raise
        return True

    def sign_in_client_credentials(self) -> TokenSet:
        """Get a token as a simple client (no user, no refresh token)."""
        tokens = self._client_credentials()
        self._accept(tokens)
        return tokens

    def _client_credentials(self) -> TokenSet:
        endpoints = self.endpoints()
        secret = self._secret()
        oauth = OAuth2Session(client=BackendApplicationClient(self.profile.client_id))
        oauth.register_compliance_hook("access_token_response", _check_token_response)
        scope = " ".join(self.profile.requested_scopes) or None
        auth = HTTPBasicAuth(self.profile.client_id, secret or "")
        payload = self._token_request(
            endpoints.token_endpoint,
            lambda: oauth.fetch_token(
                endpoints.token_endpoint,
                auth=auth,
                include_client_id=False,
                scope=scope,
                timeout=TIMEOUT,
            ),
        )
        return TokenSet.from_response(payload, now=self._clock())

    # ---------------------------------------------------------- token calls
    def _client_auth(self, secret: str | None) -> tuple[HTTPBasicAuth | None, dict[str, str]]:
        """The profile's client authentication: an HTTP Basic header, or body fields.

        Body fields are apaleo's documented default, and the public-client case (no secret).
        """
        if self.profile.client_auth == "client_secret_basic" and secret:
            return HTTPBasicAuth(self.profile.client_id, secret), {}
        fields = {"client_id": self.profile.client_id}
        if secret:
            fields["client_secret"] = secret
        return None, fields

    def _fetch(self, oauth: OAuth2Session, url: str, **kwargs: Any) -> dict[str, Any]:
        """``fetch_token`` with the profile's client authentication."""
        auth, fields = self._client_auth(self._secret())
        if auth is not None:
            kwargs.update(auth=auth, include_client_id=False)
        elif "client_secret" in fields:
            kwargs["client_secret"] = fields["client_secret"]
        return dict(oauth.fetch_token(url, timeout=TIMEOUT, **kwargs))

    def _token_request(
        self, url: str, call: Callable[[], Any], cancel: threading.Event | None = None
    ) -> dict[str, Any]:
        """Run a token request to *url*: bounded retries, oauthlib's allowances, errors in words."""
        for attempt in range(len(RETRY_PAUSES_S) + 1):
            try:
                with _oauthlib_allowances(url):
                    return dict(call())
            except OAuth2Error as exc:
                raise OAuthError(exc.error, exc.description, status=exc.status_code) from None
            except (_TransientError, requests.ConnectionError, requests.Timeout) as exc:
                words = (
                    exc.message
                    if isinstance(exc, _TransientError)
                    else (f"apaleo's sign-in service could not be reached ({type(exc).__name__}).")
                )
                if attempt == len(RETRY_PAUSES_S) or (cancel is not None and cancel.is_set()):
                    raise NetworkError(f"{words} Please try again in a moment.") from None
                log.info("token request failed transiently (%s); retrying", redact(words))
                self._sleep(RETRY_PAUSES_S[attempt])
            except (requests.RequestException, ValueError) as exc:
                raise OAuthError(
                    "invalid_response",
                    f"The sign-in service sent an answer the app could not read ({type(exc).__name__}).",
                ) from None
        raise AssertionError("unreachable")  # pragma: no cover

    def _verified(
        self, payload: dict[str, Any], *, nonce: str | None, previous: TokenSet | None
    ) -> TokenSet:
        try:
            tokens = TokenSet.from_response(payload, now=self._clock(), previous=previous)
        except ValueError:
            raise OAuthError("invalid_response", "The token answer had no access token.") from None
        if tokens.id_token:
            endpoints = self.endpoints()
            if endpoints.jwks_uri is None:
                return tokens
            if self._jwks is None:
                self._jwks = JwksCache(endpoints.jwks_uri, self.http)
            claims = verify_id_token(
                tokens.id_token,
                keys=self._jwks,
                issuer=endpoints.issuer,
                client_id=self.profile.client_id,
                nonce=nonce,
            )
            from dataclasses import replace

            tokens = replace(tokens, id_token_claims=claims)
        elif previous is not None and previous.id_token_claims is not None:
            from dataclasses import replace

            tokens = replace(
                tokens, id_token=previous.id_token, id_token_claims=previous.id_token_claims
            )
        return tokens

    def _account_of(self, tokens: TokenSet) -> str:
        for claims in (tokens.id_token_claims, tokens.access_claims):
            if claims:
                for key in ("account_code", "sub"):
                    if isinstance(claims.get(key), str) and claims[key]:
                        return str(claims[key])
        return "default"

    def _accept(self, tokens: TokenSet) -> None:
        """Keep *tokens*: the refresh token into the keyring first, then into memory."""
        account = self._account_of(tokens)
        if tokens.refresh_token:
            self.store.set_refresh_token(account, tokens.refresh_token)
        with self._lock:
            self._tokens = tokens
            self._account = account
            self._sign_in_required_sent = False

    # ------------------------------------------------------------- refresh
    def access_token(self) -> str:
        """A valid access token, refreshed first when it is about to expire."""
        with self._lock:
            tokens, attempts = self._tokens, self._attempts
        if tokens is None:
            raise SignInRequired("You are not signed in.")
        if not tokens.needs_refresh(self._clock()):
            return tokens.access_token
        return self._refresh_now(seen_attempts=attempts).access_token

    def token_rejected(self, token: str) -> str:
        """The API refused *token* (401): refresh once, unless someone already did."""
        with self._lock:
            tokens, attempts = self._tokens, self._attempts
        if tokens is None:
            raise SignInRequired("You are not signed in.")
        if tokens.access_token != token:
            return tokens.access_token
        return self._refresh_now(seen_attempts=attempts).access_token

    def refresh(self) -> TokenSet:
        """Refresh now ("Refresh now" in the Token view)."""
        with self._lock:
            attempts = self._attempts
        return self._refresh_now(seen_attempts=attempts)

    def _refresh_now(self, *, seen_attempts: int) -> TokenSet:
        """Single-flight refresh: if a refresh finished while we waited, share its outcome.

        ``_attempts`` counts *finished* refreshes, so a caller that looked while one was in
        flight sees it finish and takes its result instead of starting a second one.
        """
        with self._refresh_lock:
            with self._lock:
                if self._attempts != seen_attempts:
                    if self._last_error is not None:
                        raise self._last_error
                    if self._tokens is not None:
                        return self._tokens
                tokens = self._tokens
            if tokens is None:
                raise SignInRequired("You are not signed in.")
            try:
                if self.profile.mode == "client_credentials":
                    new = self._client_credentials()
                else:
                    new = self._refresh_grant(tokens)
            except InspectorError as exc:
                with self._lock:
                    self._last_error = exc
                    self._attempts += 1
                raise
            self._accept(new)
            with self._lock:
                self._last_error = None
                self._attempts += 1
            return new

    def _refresh_grant(self, tokens: TokenSet) -> TokenSet:
        if not tokens.refresh_token:
            self._end_session("Your session has expired. Please sign in again.")
            raise SignInRequired("Your session has expired. Please sign in again.")
        endpoints = self.endpoints()
        oauth = OAuth2Session(self.profile.client_id)  # no scope: a refresh keeps the grant
        oauth.register_compliance_hook("refresh_token_response", _check_token_response)
        auth, fields = self._client_auth(self._secret())
        refresh_token = tokens.refresh_token
        try:
            payload = self._token_request(
                endpoints.token_endpoint,
                lambda: oauth.refresh_token(
                    endpoints.token_endpoint,
                    refresh_token=refresh_token,
                    auth=auth,
                    timeout=TIMEOUT,
                    **fields,
                ),
            )
        except OAuthError as exc:
            if exc.error in ("invalid_grant", "invalid_client", "unauthorized_client"):
                self._end_session(exc.message)
                raise SignInRequired(exc.message) from None
            raise
        return self._verified(payload, nonce=None, previous=tokens)

    def _end_session(self, message: str) -> None:
        """The session is over for good: forget the stored token, tell listeners once."""
        account = self._account
        if account:
            self.store.delete_refresh_token(account)
        with self._lock:
            self._tokens = None
            notify = not self._sign_in_required_sent
            self._sign_in_required_sent = True
        if notify:
            for listener in list(self._listeners):
                listener(message)

    # ---------------------------------------------------------- userinfo
    def userinfo(self) -> dict[str, Any]:
        """The signed-in user as the identity server describes them (empty for simple clients)."""
        endpoints = self.endpoints()
        tokens = self.tokens
        if endpoints.userinfo_endpoint is None or tokens is None or "openid" not in tokens.scope:
            return {}
        token = self.access_token()
        for attempt in range(2):
            try:
                answer = self.http.get(
                    endpoints.userinfo_endpoint,
                    headers={"Authorization": f"Bearer {token}"},
                    timeout=TIMEOUT,
                )
            except requests.RequestException as exc:
                raise NetworkError(
                    f"Your user details could not be loaded ({type(exc).__name__})."
                ) from None
            if answer.status_code == 401 and attempt == 0:
                token = self.token_rejected(token)
                continue
            break
        if answer.status_code != 200:
            raise AuthError(f"Your user details could not be loaded (HTTP {answer.status_code}).")
        try:
            info = answer.json()
        except ValueError:
            raise AuthError("The identity server's user details were not readable.") from None
        return dict(info) if isinstance(info, dict) else {}

    # ------------------------------------------------------------ sign-out
    def sign_out(self) -> SignOutResult:
        """Revoke the refresh token (RFC 7009), delete it from the keyring, forget the tokens."""
        with self._lock:
            tokens = self._tokens
            self._tokens = None
        account = self._account
        if account:
            self.store.delete_refresh_token(account)
        if tokens is None or not tokens.refresh_token:
            return SignOutResult(True, "You are signed out.")
        try:
            endpoints = self.endpoints()
        except InspectorError:
            endpoints = Endpoints.apaleo_fallback(self.profile.identity_url)
        if endpoints.revocation_endpoint is None:
            return SignOutResult(
                False,
                "You are signed out on this computer. apaleo offers no way to revoke the sign-in.",
            )
        try:
            secret = self._secret()
        except AuthError:
            secret = None
        auth, fields = self._client_auth(secret)
        data = {"token": tokens.refresh_token, "token_type_hint": "refresh_token", **fields}
        try:
            answer = self.http.post(
                endpoints.revocation_endpoint, data=data, auth=auth, timeout=TIMEOUT
            )
            revoked = answer.status_code == 200
            reason = f"HTTP {answer.status_code}"
        except requests.RequestException as exc:
            revoked, reason = False, type(exc).__name__
        if revoked:
            return SignOutResult(True, "You are signed out, and apaleo has withdrawn this sign-in.")
        return SignOutResult(
            False,
            "You are signed out on this computer, but apaleo could not be told to withdraw the "
            f"sign-in ({reason}). It expires on its own; an admin can also revoke it in apaleo.",
        )

    def close(self) -> None:
        """Release the HTTP connections."""
        self.http.close()


__all__ = ["AuthSession", "SignInAttempt", "SignInStage", "SignOutResult", "parse_scope"]

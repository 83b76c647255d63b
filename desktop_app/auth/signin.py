"""One interactive sign-in: the loopback listener, the authorization URL, the code exchange.

The attempt owns its listener from creation until :meth:`SignInAttempt.close`; the session keeps
every open attempt (:class:`OpenAttempts`) and closes them on cancel, sign-out or a new sign-in,
so an abandoned attempt never holds the redirect port. The attempt knows nothing of the session:
it is handed an *exchange* that trades the code for kept tokens. The browser's page is answered only once the code exchange and
the id_token checks ended, with the truth: signed in, or why not.
"""

from __future__ import annotations

import enum
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass

from oauthlib.common import add_params_to_uri
from oauthlib.oauth2 import WebApplicationClient

from desktop_app.auth.discovery import Endpoints
from desktop_app.auth.loopback import CallbackListener
from desktop_app.auth.tokens import TokenSet
from desktop_app.core.config import Profile
from desktop_app.core.errors import InspectorError
from desktop_app.core.i18n import said, shown
from desktop_app.core.log import remember_secret


class SignInStage(enum.Enum):
    """What an interactive sign-in is doing, in words for the sign-in window."""

    OPENING_BROWSER = said("SignIn", "Opening your browser…")
    WAITING_FOR_BROWSER = said("SignIn", "Waiting for you to sign in in your browser…")
    EXCHANGING_CODE = said("SignIn", "Exchanging the sign-in code…")
    VERIFYING = said("SignIn", "Checking your identity…")
    DONE = said("SignIn", "Signed in")

    @property
    def label(self) -> str:
        """The words to show (in the window's language)."""
        return shown(self.value)


def prompt_values(*, login: bool, consent: bool) -> str | None:
    """The OpenID Connect ``prompt`` parameter (Core §3.1.2.1), or None for the server's default."""
    values = [v for v, on in (("login", login), ("consent", consent)) if on]
    return " ".join(values) or None


@dataclass(frozen=True)
class CodeGrant:
    """What the browser brought back and what the code exchange must prove (RFC 7636)."""

    code: str
    redirect_uri: str
    code_verifier: str
    #: The nonce the id_token must carry back (None without ``openid``).
    nonce: str | None
    scopes: tuple[str, ...]
    prompt: str | None


#: ``exchange(grant, cancel, verifying)``: trade the code for tokens and keep them; *verifying()*
#: is called once the token endpoint answered, as the tokens' checks begin.
Exchange = Callable[[CodeGrant, threading.Event, Callable[[], None]], TokenSet]


class SignInAttempt:
    """One interactive sign-in: the loopback listener is bound and the URL built at creation."""

    def __init__(
        self,
        profile: Profile,
        endpoints: Endpoints,
        *,
        prompt: str | None,
        exchange: Exchange,
        on_close: Callable[[SignInAttempt], None] = lambda attempt: None,
    ) -> None:
        self._profile = profile
        self._exchange = exchange
        self._on_close = on_close
        self.prompt = prompt
        self._state = secrets.token_urlsafe(32)
        self.scopes = profile.requested_scopes
        self._nonce = secrets.token_urlsafe(32) if "openid" in self.scopes else None
        client = WebApplicationClient(profile.client_id)
        self._verifier = client.create_code_verifier(64)
        challenge = client.create_code_challenge(self._verifier, "S256")
        remember_secret(self._state, self._nonce, self._verifier)
        self._listener = CallbackListener(
            profile.redirect_port,
            self._state,
            endpoints.issuer if endpoints.iss_parameter_supported else None,
            host=profile.redirect_host,
        )
        self.redirect_uri = self._listener.redirect_uri
        params = {
            "response_type": "code",
            "client_id": profile.client_id,
            "redirect_uri": self.redirect_uri,
            "scope": " ".join(self.scopes),
            "state": self._state,
            "code_challenge": challenge,
            "code_challenge_method": "S256",
        }
        if self._nonce:
            params["nonce"] = self._nonce
        if prompt:
            params["prompt"] = prompt
        # Built here, not by oauthlib's prepare_request_uri, which refuses the sandbox's http.
        self.authorization_url: str = add_params_to_uri(
            endpoints.authorization_endpoint, list(params.items())
        )

    def wait(
        self,
        cancel: threading.Event,
        timeout: float | None = None,
        on_stage: Callable[[SignInStage], None] = lambda stage: None,
    ) -> TokenSet:
        """Wait for the browser, exchange the code, verify the id_token, keep the session."""
        try:
            on_stage(SignInStage.WAITING_FOR_BROWSER)
            result = self._listener.wait(cancel, timeout or self._profile.sign_in_timeout_s)
            on_stage(SignInStage.EXCHANGING_CODE)
            grant = CodeGrant(
                result.code,
                self.redirect_uri,
                self._verifier,
                self._nonce,
                self.scopes,
                self.prompt,
            )
            tokens = self._exchange(grant, cancel, lambda: on_stage(SignInStage.VERIFYING))
            self._listener.finish(
                True, said("SignIn", "apaleo Inspector is now signed in to your account.")
            )
        except InspectorError as exc:
            if self._listener.received:
                self._listener.finish(False, exc.message)
            raise
        finally:
            self.close()  # answers the browser's page first: signed in, or why not
        on_stage(SignInStage.DONE)
        return tokens

    @property
    def nonce(self) -> str | None:
        """The nonce sent with this attempt (the id_token must carry it back)."""
        return self._nonce

    def close(self) -> None:
        """Stop listening (after a failure, on cancel, or when the window is closed)."""
        self._listener.close()
        self._on_close(self)


class OpenAttempts:
    """The attempts of one session still open, each with the cancel flag of the call that began it.

    Closed on cancel, sign-out, a new sign-in or the session's end, so no abandoned attempt holds
    the redirect port.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._open: dict[SignInAttempt, threading.Event] = {}

    def add(self, attempt: SignInAttempt, cancel: threading.Event | None) -> bool:
        """Keep *attempt*; False (and nothing kept) when *cancel* is already set."""
        with self._lock:
            if cancel is not None and cancel.is_set():
                return False
            self._open[attempt] = cancel or threading.Event()
            return True

    def __len__(self) -> int:
        with self._lock:
            return len(self._open)

    def forget(self, attempt: SignInAttempt) -> None:
        """An attempt closed itself."""
        with self._lock:
            self._open.pop(attempt, None)

    def close(self, *, only_cancelled: bool = False) -> None:
        """Close every open attempt (or only those whose sign-in was cancelled)."""
        with self._lock:
            closing = [a for a, c in self._open.items() if c.is_set() or not only_cancelled]
            for attempt in closing:
                del self._open[attempt]
        for attempt in closing:
            attempt.close()

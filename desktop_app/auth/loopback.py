"""The one-shot loopback listener that receives the browser's redirect (RFC 8252).

It binds 127.0.0.1 only, answers ``GET <path>`` only, checks ``state`` first (constant time), then
``iss`` (RFC 9207) where the server promises it, then ``error``; anything else gets a 4xx page and
the wait goes on, so a stray favicon request or a stale tab cannot end (or hijack) a sign-in.
"""

from __future__ import annotations

import contextlib
import errno
import hmac
import html
import http.server
import queue
import threading
import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, urlsplit

from desktop_app.auth.errors import (
    AuthError,
    CallbackError,
    OAuthError,
    PortInUseError,
    SignInCancelled,
    SignInTimeout,
)
from desktop_app.errors import InspectorError
from desktop_app.i18n import Said, Text, language, said, shown
from desktop_app.loopback_server import LOOPBACK, LOOPBACK_V6, LoopbackHTTPServer

#: Seconds a connection may take to send its request; a slow client cannot hold a thread longer.
CONNECTION_TIMEOUT_S = 5.0
MAX_CONNECTIONS = 32


@dataclass(frozen=True)
class CallbackResult:
    """What a valid redirect carried. ``repr`` hides the code."""

    code: str
    scope: str | None = None
    session_state: str | None = None

    def __repr__(self) -> str:
        return f"CallbackResult(code=***, scope={self.scope!r})"


_PAGE = """<!doctype html><html lang="{lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>{title}</title>
<style>body{{font-family:system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem;
line-height:1.5}}h1{{font-size:1.3rem}}</style></head>
<body><h1>{title}</h1><p>{text}</p></body></html>"""


def _page(title: str | Said, text: str | Said) -> bytes:
    """The browser's page, in the window's language (the admin reads both)."""
    return _PAGE.format(
        lang=language(), title=html.escape(shown(title)), text=html.escape(shown(text))
    ).encode("utf-8")


#: How long the browser's page waits for the code exchange and id_token checks to finish.
VERDICT_WAIT_S = 60.0
#: Windows: WSAEACCES (a port in a Hyper-V/WinNAT excluded range, or held exclusively) and
#: WSAEADDRINUSE.
_WINDOWS_PORT_ERRORS = (10013, 10048)


class _Server(LoopbackHTTPServer):
    request_queue_size = 16


def _port_taken(exc: OSError) -> bool:
    return exc.errno in (errno.EADDRINUSE, errno.EACCES) or (
        getattr(exc, "winerror", None) in _WINDOWS_PORT_ERRORS
    )


class CallbackListener:
    """Waits for one valid redirect to ``http://127.0.0.1:<port><path>``.

    The browser's page for a valid redirect is held until the app reports how the sign-in
    ended (:meth:`finish`), so it says "signed in" only once that is true.

    Args:
        port: the registered redirect port; 0 asks the OS for a free one.
        state: the ``state`` sent in the authorization request.
        expected_issuer: the issuer to require in ``iss``, or None where the server does not send it.
        path: the redirect path.
        signed_out: listen for the browser's return after sign-out (RP-initiated logout): a
            valid request carries only ``state``, and is answered at once.
    """

    def __init__(
        self,
        port: int,
        state: str,
        expected_issuer: str | None = None,
        path: str = "/callback",
        *,
        signed_out: bool = False,
        host: str = LOOPBACK,
    ) -> None:
        self._state = state.encode("utf-8")
        self._issuer = expected_issuer
        self._path = path
        self._signed_out = signed_out
        self._outcome: queue.Queue[CallbackResult | AuthError] = queue.Queue(maxsize=1)
        self._done = threading.Event()
        self._verdict: tuple[bool, Text] | None = None
        self._verdict_given = threading.Event()
        self._page_sent = threading.Event()
        self._page_pending = False
        self._slots = threading.BoundedSemaphore(MAX_CONNECTIONS)
        self.stray_requests = 0
        handler = self._handler_class()
        self._servers = [self._bind(port, handler, LOOPBACK)]
        self.port = self._servers[0].port
        if host == "localhost":
            # A browser may resolve localhost to ::1 as well: listen there too, same port.
            with contextlib.suppress(OSError):  # no IPv6 loopback here: 127.0.0.1 answers alone
                self._servers.append(_Server(self.port, handler, LOOPBACK_V6))
        self.redirect_uri = (
            f"http://{'localhost' if host == 'localhost' else LOOPBACK}:{self.port}{path}"
        )
        self._threads = [
            threading.Thread(
                target=server.serve_forever,
                kwargs={"poll_interval": 0.05},
                name="sign-in-listener",
                daemon=True,
            )
            for server in self._servers
        ]
        for thread in self._threads:
            thread.start()

    @staticmethod
    def _bind(port: int, handler: type[http.server.BaseHTTPRequestHandler], host: str) -> _Server:
        try:
            return _Server(port, handler, host)
        except OSError as exc:
            if _port_taken(exc):
                raise PortInUseError(port) from None
            raise InspectorError(
                said(
                    "Errors",
                    "The app could not listen on port {port} on this computer ({strerror}).",
                ).format(port=port, strerror=exc.strerror)
            ) from None

    # ----------------------------------------------------------------- public
    def wait(self, cancel: threading.Event, timeout: float) -> CallbackResult:
        """Block until a valid redirect, *cancel*, or *timeout* seconds.

        The listener stays open so the page can be answered: call :meth:`finish`, then
        :meth:`close` (closing without a verdict answers "did not complete").
        """
        deadline = time.monotonic() + timeout
        while True:
            if cancel.is_set():
                raise SignInCancelled(said("Errors", "Sign-in was cancelled."))
            left = deadline - time.monotonic()
            if left <= 0:
                minutes = max(1, round(timeout / 60))
                raise SignInTimeout(
                    said(
                        "Errors",
                        "Nothing came back from the browser within {minutes} min. Start the sign-in "
                        "again when you are ready.",
                    ).format(minutes=minutes)
                )
            try:
                outcome = self._outcome.get(timeout=min(0.1, left))
            except queue.Empty:
                continue
            if isinstance(outcome, AuthError):
                raise outcome
            return outcome

    @property
    def received(self) -> bool:
        """Whether a valid answer for this sign-in came back (the wait is over)."""
        return self._done.is_set()

    def finish(self, ok: bool, text: str | Said) -> None:
        """Tell the waiting browser page how the sign-in ended (*text* is shown as is)."""
        if not self._verdict_given.is_set():
            self._verdict = (ok, text)
            self._verdict_given.set()

    def close(self) -> None:
        """Answer a waiting page (if any), then stop listening (idempotent)."""
        self.finish(
            False,
            said("Errors", "The sign-in did not complete. Return to apaleo Inspector for details."),
        )
        if self._page_pending:
            self._page_sent.wait(2.0)
        for server, thread in zip(self._servers, self._threads, strict=True):
            if thread.is_alive():
                server.shutdown()
                thread.join(timeout=5)
            server.server_close()

    # --------------------------------------------------------------- handling
    def _judge(self, method: str, target: str) -> tuple[int, Text, Text, bool]:
        """(status, title, text, held) for one request; records the outcome of a valid one.

        *held*: the answer to the valid redirect, held until the sign-in's verdict.
        """
        parts = urlsplit(target)
        if parts.path != self._path:
            return 404, said("Errors", "Not found"), said("Errors", "There is nothing here."), False
        if method != "GET":
            return (
                405,
                said("Errors", "Not allowed"),
                said("Errors", "Only the browser's redirect is expected here."),
                False,
            )
        params = {k: v[0] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
        state = params.get("state", "").encode("utf-8")
        if not hmac.compare_digest(state, self._state):
            return (
                400,
                said("Errors", "This sign-in link is not current"),
                said(
                    "Errors",
                    "This answer does not belong to the sign-in the app is waiting for. "
                    "Return to apaleo Inspector and start the sign-in there.",
                ),
                False,
            )
        if self._done.is_set():
            return (
                400,
                said("Errors", "Already done"),
                said("Errors", "This sign-in has already finished. You can close this tab."),
                False,
            )
        if self._signed_out:
            self._done.set()
            return (
                200,
                said("Errors", "You are signed out"),
                said(
                    "Errors",
                    "You are signed out of apaleo in this browser, and apaleo Inspector has forgotten "
                    "your sign-in. You can close this tab.",
                ),
                False,
            )
        outcome: CallbackResult | AuthError
        if self._issuer is not None and params.get("iss", "").rstrip("/") != self._issuer.rstrip(
            "/"
        ):
            outcome = CallbackError(
                said(
                    "Errors",
                    "The answer in the browser did not come from the expected apaleo identity server, "
                    "so the app ignored it. Please sign in again.",
                )
            )
        elif params.get("error"):
            outcome = OAuthError(params["error"], params.get("error_description"))
        elif not params.get("code"):
            outcome = CallbackError(
                said("Errors", "The browser came back without a sign-in code. Please try again.")
            )
        else:
            outcome = CallbackResult(
                params["code"], params.get("scope"), params.get("session_state")
            )
        self._done.set()
        if isinstance(outcome, CallbackResult):
            self._page_pending = True
        self._outcome.put(outcome)
        if isinstance(outcome, CallbackResult):
            # Held until the code exchange and the id_token checks have ended, either way.
            if not self._verdict_given.wait(VERDICT_WAIT_S):
                return (
                    504,
                    said("Errors", "Still working"),
                    said(
                        "Errors",
                        "apaleo Inspector is still completing the sign-in. Return to the app.",
                    ),
                    True,
                )
            ok, text = self._verdict or (False, "")
            if ok:
                return (
                    200,
                    said("Errors", "You are signed in"),
                    said("Errors", "{text} You can close this tab.").format(text=text),
                    True,
                )
            return (
                400,
                said("Errors", "Sign-in did not complete"),
                said("Errors", "{text} You can close this tab.").format(text=text),
                True,
            )
        return (
            400,
            said("Errors", "Sign-in did not complete"),
            said("Errors", "{message} You can close this tab.").format(message=outcome.said),
            False,
        )

    def _handler_class(self) -> type[http.server.BaseHTTPRequestHandler]:
        listener = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.0"  # one request per connection: nothing lingers
            timeout = CONNECTION_TIMEOUT_S
            server_version = "apaleo-inspector"
            sys_version = ""

            def handle(self) -> None:
                if not listener._slots.acquire(blocking=False):
                    return  # too many connections at once: drop this one
                try:
                    super().handle()
                except (OSError, ValueError):
                    pass
                finally:
                    listener._slots.release()

            def _answer(self) -> None:
                status, title, text, held = listener._judge(self.command, self.path)
                if status != 200 and not held:
                    listener.stray_requests += 1
                body = _page(title, text)
                self.send_response(status)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Cache-Control", "no-store")
                self.send_header("Referrer-Policy", "no-referrer")
                self.send_header("X-Content-Type-Options", "nosniff")
                self.send_header(
                    "Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'"
                )
                self.end_headers()
                try:
                    if self.command != "HEAD":
                        self.wfile.write(body)
                        self.wfile.flush()
                finally:
                    if held:
                        listener._page_sent.set()

            do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = do_OPTIONS = do_PATCH = _answer  # noqa: N815

            def log_message(self, format: str, *args: Any) -> None:
                """Request lines carry the code and state: never log them."""

            def log_error(self, format: str, *args: Any) -> None:
                """Malformed requests are expected noise here."""

        return Handler

"""The one-shot loopback listener that receives the browser's redirect (RFC 8252).

It binds 127.0.0.1 only, answers ``GET <path>`` only, checks ``state`` first (constant time), then
``iss`` (RFC 9207) where the server promises it, then ``error``; anything else gets a 4xx page and
the wait goes on, so a stray favicon request or a stale tab cannot end (or hijack) a sign-in.

Connections are served by one asyncio loop in one thread, not a thread each: a local program that
opens hundreds of connections and sends a byte now and then (a slowloris) costs a few kilobytes
per connection, not a thread, and cannot crowd out the browser. Each connection has
:data:`HEAD_DEADLINE_S` in all to send its request head of at most :data:`MAX_HEAD_BYTES`; past
:data:`MAX_OPEN` connections the one idle longest is dropped to make room.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import hmac
import html
import queue
import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

from desktop_app.auth.errors import (
    AuthError,
    CallbackError,
    OAuthError,
    PortInUseError,
    SignInCancelled,
    SignInTimeout,
)
from desktop_app.core.errors import InspectorError
from desktop_app.core.i18n import Said, Text, language, said, shown
from desktop_app.net.loopback_server import LOOPBACK, LOOPBACK_V6, claim_port

#: Seconds a connection has, in all, to send its request head (a browser takes milliseconds).
HEAD_DEADLINE_S = 5.0
#: The request head's size limit: the redirect's line is well under 4 KB.
MAX_HEAD_BYTES = 16 * 1024
#: Connections kept open at once; past it the one idle longest is dropped.
MAX_OPEN = 256


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
        self.stray_requests = 0
        self.sockets = [self._bind(port, LOOPBACK)]
        self.port = int(self.sockets[0].getsockname()[1])
        if host == "localhost":
            # A browser may resolve localhost to ::1 as well: listen there too, same port.
            with contextlib.suppress(OSError, InspectorError):  # no IPv6 loopback: 127.0.0.1 alone
                self.sockets.append(self._bind(self.port, LOOPBACK_V6))
        self.redirect_uri = (
            f"http://{'localhost' if host == 'localhost' else LOOPBACK}:{self.port}{path}"
        )
        #: Judging a request may wait for the sign-in's verdict (the valid redirect): off the loop.
        self._judges = ThreadPoolExecutor(max_workers=2, thread_name_prefix="sign-in-judge")
        #: Open connections, oldest first, with whether each has sent its whole head yet.
        self._open: dict[asyncio.StreamWriter, bool] = {}
        self._loop = asyncio.new_event_loop()
        self._servers: list[asyncio.Server] = []
        self._thread = threading.Thread(
            target=self._loop.run_forever, name="sign-in-listener", daemon=True
        )
        self._thread.start()
        try:
            for sock in self.sockets:
                started = asyncio.run_coroutine_threadsafe(
                    asyncio.start_server(self._serve, sock=sock, limit=MAX_HEAD_BYTES), self._loop
                )
                self._servers.append(started.result(timeout=10))
        except BaseException:
            self._stop_loop()
            raise

    @staticmethod
    def _bind(port: int, host: str) -> socket.socket:
        try:
            return claim_port(port, host)
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
                raise SignInTimeout(_timed_out(timeout))
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
        self._stop_loop()

    def _stop_loop(self) -> None:
        if not self._thread.is_alive():
            for sock in self.sockets:
                sock.close()
            return

        async def stop() -> None:
            for server in self._servers:
                server.close()
            for writer, has_head in list(self._open.items()):
                if not has_head:
                    writer.close()
            # requests already read are answered (a refusal's page, say) before the loop ends
            deadline = time.monotonic() + 2.0
            while any(self._open.values()) and time.monotonic() < deadline:
                await asyncio.sleep(0.01)
            for writer in list(self._open):
                writer.close()
            for server in self._servers:
                with contextlib.suppress(Exception):
                    await asyncio.wait_for(server.wait_closed(), 1.0)

        with contextlib.suppress(Exception):
            asyncio.run_coroutine_threadsafe(stop(), self._loop).result(timeout=5)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=5)
        for sock in self.sockets:
            sock.close()
        self._judges.shutdown(wait=False, cancel_futures=True)
        if not self._thread.is_alive():
            self._loop.close()

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
            outcome = OAuthError(params["error"], params.get("error_description"), step="authorize")
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

    # --------------------------------------------------------------- serving
    def _make_room(self) -> None:
        """Past :data:`MAX_OPEN`, drop the connections idle longest (no whole head yet)."""
        excess = len(self._open) - MAX_OPEN
        if excess <= 0:
            return
        idle = [w for w, has_head in self._open.items() if not has_head]
        for writer in (idle or list(self._open))[:excess]:
            self._open.pop(writer, None)
            writer.close()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        """One connection: its head within the deadline and the size limit, then one answer."""
        self._open[writer] = False
        self._make_room()
        try:
            try:
                head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), HEAD_DEADLINE_S)
            except (TimeoutError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
                self.stray_requests += 1
                return
            if writer not in self._open:
                return  # dropped to make room meanwhile
            self._open[writer] = True
            method, target = _request_line(head)
            if method is None:
                self.stray_requests += 1
                writer.write(_answer(400, said("Errors", "Not allowed"), "", head_only=False))
                await asyncio.wait_for(writer.drain(), HEAD_DEADLINE_S)
                return
            loop = asyncio.get_running_loop()
            status, title, text, held = await loop.run_in_executor(
                self._judges, self._judge, method, target
            )
            if status != 200 and not held:
                self.stray_requests += 1
            try:
                writer.write(_answer(status, title, text, head_only=method == "HEAD"))
                await asyncio.wait_for(writer.drain(), HEAD_DEADLINE_S)
            finally:
                if held:
                    self._page_sent.set()
        except (OSError, TimeoutError, ValueError):
            pass
        finally:
            self._open.pop(writer, None)
            writer.close()


def _request_line(head: bytes) -> tuple[str | None, str]:
    """(method, target) of an HTTP/1.x request head; (None, "") when it is not one."""
    line = head.split(b"\r\n", 1)[0].decode("latin-1")
    parts = line.split(" ")
    if len(parts) != 3 or not parts[2].startswith("HTTP/1.") or not parts[0].isalpha():
        return None, ""
    return parts[0].upper(), parts[1]


def _answer(status: int, title: Text, text: Text, *, head_only: bool) -> bytes:
    """The whole HTTP/1.0 answer: one request per connection, nothing lingers."""
    import http

    body = _page(title, text) if text else b""
    reason = http.HTTPStatus(status).phrase
    headers = [
        f"HTTP/1.0 {status} {reason}",
        "Server: apaleo-inspector",
        "Content-Type: text/html; charset=utf-8",
        f"Content-Length: {len(body)}",
        "Cache-Control: no-store",
        "Referrer-Policy: no-referrer",
        "X-Content-Type-Options: nosniff",
        "Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'",
        "Connection: close",
    ]
    return ("\r\n".join(headers) + "\r\n\r\n").encode("latin-1") + (b"" if head_only else body)


def _timed_out(timeout: float) -> Text:
    """The wait that ended, in its real length (20 s is not "1 min"), and what to do."""
    whole = max(1, round(timeout))
    minutes, seconds = divmod(whole, 60)
    if not minutes:
        return said(
            "Errors",
            "Nothing came back from the browser within {seconds} s. Start the sign-in again when "
            "you are ready.",
        ).format(seconds=seconds)
    if not seconds:
        return said(
            "Errors",
            "Nothing came back from the browser within {minutes} min. Start the sign-in "
            "again when you are ready.",
        ).format(minutes=minutes)
    return said(
        "Errors",
        "Nothing came back from the browser within {minutes} min {seconds} s. Start the sign-in "
        "again when you are ready.",
    ).format(minutes=minutes, seconds=seconds)

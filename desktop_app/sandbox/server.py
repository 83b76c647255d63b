"""One loopback HTTP server for a list of routes, with fault injection. Binds 127.0.0.1 only."""

from __future__ import annotations

import contextlib
import email.utils
import http.server
import json
import logging
import re
import secrets
import socket
import threading
import time
from collections.abc import Callable, Sequence
from typing import Any
from urllib.parse import parse_qs, urlsplit

import jwt

from desktop_app.net.loopback_server import LOOPBACK, LoopbackHTTPServer
from desktop_app.sandbox.faults import FaultInjector, Stats
from desktop_app.sandbox.http import Handler, Request, Response, Route
from desktop_app.sandbox.ratelimit import RateLimiter

log = logging.getLogger(__name__)

MAX_BODY = 1_000_000


class _Router:
    """Matches a method and path to a handler; literal segments beat ``{name}`` ones."""

    def __init__(self, routes: Sequence[Route]) -> None:
        compiled = []
        for method, pattern, handler in routes:
            segments = pattern.strip("/").split("/")
            regex = (
                "^/"
                + "/".join(
                    f"(?P<{s[1:-1]}>[^/]+)" if s.startswith("{") else re.escape(s) for s in segments
                )
                + "$"
            )
            literal_count = sum(not s.startswith("{") for s in segments)
            compiled.append((-literal_count, method.upper(), re.compile(regex), handler))
        compiled.sort(key=lambda item: item[0])
        self._routes = compiled

    def match(self, method: str, path: str) -> tuple[Handler | None, dict[str, str], bool]:
        """(handler, path params, whether the path exists for some other method)."""
        path_known = False
        for _, route_method, regex, handler in self._routes:
            found = regex.match(path)
            if not found:
                continue
            if route_method == method or (method == "HEAD" and route_method == "GET"):
                return handler, found.groupdict(), True
            path_known = True
        return None, {}, path_known


def _client_of(authorization: str | None) -> str:
    """The client a request counts against: the bearer token's ``client_id``, else anyone.

    Not verified: it only counts.
    """
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() == "bearer" and token:
        try:
            claims = jwt.decode(token, options={"verify_signature": False})
            return str(claims.get("client_id") or "anonymous")
        except jwt.PyJWTError:
            return "anonymous"
    return "anonymous"


class _Server(LoopbackHTTPServer):
    allow_reuse_address = True


class SandboxServer:
    """Serves *routes* on ``127.0.0.1:port`` (0: a free port) in a background thread."""

    def __init__(
        self,
        name: str,
        routes: Sequence[Route],
        *,
        port: int = 0,
        faults: FaultInjector | None = None,
        stats: Stats | None = None,
        clock: Callable[[], float] = time.time,
        limiter: RateLimiter | None = None,
        limited_prefix: str = "/",
    ) -> None:
        self.name = name
        self.clock = clock
        #: apaleo's per-client rate limit on the API paths (``limited_prefix``), if any.
        self.limiter = limiter
        self._limited_prefix = limited_prefix
        self.faults = faults or FaultInjector()
        self.stats = stats or Stats()
        self._router = _Router(routes)
        handler_class = self._handler_class()
        self._httpd = _Server(port, handler_class)
        self.port: int = self._httpd.port
        self.url = f"http://{LOOPBACK}:{self.port}"
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        """Start serving in a daemon thread."""
        self._thread = threading.Thread(
            target=self._httpd.serve_forever,
            kwargs={"poll_interval": 0.02},
            name=f"sandbox-{self.name}",
            daemon=True,
        )
        self._thread.start()

    def stop(self) -> None:
        """Stop serving and close the socket."""
        if self._thread is not None:
            self._httpd.shutdown()
            self._thread.join(timeout=5)
            self._thread = None
        self._httpd.server_close()

    def dispatch(self, request: Request) -> Response:
        """Route *request* to its handler (no faults): used by the HTTP handler and by tests."""
        handler, params, path_known = self._router.match(request.method, request.path)
        if handler is None:
            if path_known:
                return Response.api_error(405, f"{request.method} is not allowed here.")
            return Response.api_error(404, f"There is nothing at {request.path}.")
        routed = Request(
            request.method,
            request.path,
            request.query,
            request.headers,
            request.body,
            params,
            request.base_url,
        )
        try:
            return handler(routed)
        except Exception:
            log.exception("sandbox %s: handler for %s failed", self.name, request.path)
            return Response.api_error(500, "The sandbox failed to answer this request.")

    def _handler_class(self) -> type[http.server.BaseHTTPRequestHandler]:
        server = self

        class _Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # headers and body go out as two writes
            server_version = "apaleo-sandbox"
            sys_version = ""
            timeout = 30

            def log_message(self, format: str, *args: Any) -> None:
                """Request lines may carry codes and tokens in query strings: never log them."""

            def date_time_string(self, timestamp: float | None = None) -> str:
                """The ``Date`` header by the sandbox's clock (tests set it off this computer's)."""
                return email.utils.formatdate(
                    server.clock() if timestamp is None else timestamp, usegmt=True
                )

            def _serve(self) -> None:
                server._serve(self)

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _serve

        return _Handler

    def _serve(self, h: http.server.BaseHTTPRequestHandler) -> None:
        parts = urlsplit(h.path)
        method = h.command.upper()
        self.stats.count_request(method, parts.path)
        length_text = h.headers.get("Content-Length", "0") or "0"
        try:
            length = int(length_text)
        except ValueError:
            length = -1
        if length < 0 or length > MAX_BODY:
            self._write(h, Response.api_error(413, "The request body is too large."), close=True)
            return
        body = h.rfile.read(length) if length else b""
        limit_headers: dict[str, str] = {}
        if self.limiter is not None and parts.path.startswith(self._limited_prefix):
            allowed, limit_headers = self.limiter.take(_client_of(h.headers.get("Authorization")))
            if not allowed:
                self._write(h, Response(429, b"", limit_headers))
                return
        fault = self.faults.pick(self.name, method, parts.path)
        if fault is not None:
            if fault.kind == "drop":
                h.close_connection = True
                with contextlib.suppress(OSError):
                    h.connection.shutdown(socket.SHUT_RDWR)
                return
            if fault.kind == "status":
                # apaleo's 401 and 403 come with empty bodies
                refused = fault.status in (401, 403)
                self._write(
                    h,
                    Response(fault.status, b"", {})
                    if refused
                    else Response.api_error(fault.status, "Injected server error."),
                )
                return
            if fault.kind == "retry_after":
                self._write(
                    h,
                    Response.api_error(
                        429,
                        "Too many requests.",
                        headers={"Retry-After": str(fault.retry_after_s)},
                    ),
                )
                return
            if fault.kind == "malformed":
                self._write(
                    h,
                    Response(200, b'{"properties": [{"id": ', {"Content-Type": "application/json"}),
                )
                return
            if fault.kind == "huge":
                self._write_huge(h, fault.size)
                return
            if fault.kind == "delay":
                time.sleep(fault.delay_s)
            if fault.kind == "hold" and not fault.after_handling:
                fault.arrived.set()
                fault.release.wait(fault.delay_s or 30.0)
        request = Request(
            method=method,
            path=parts.path,
            query=parse_qs(parts.query, keep_blank_values=True),
            headers={k.lower(): v for k, v in h.headers.items()},
            body=body,
            base_url=self.url,
        )
        self.stats.note_credentials(_credentials_in(request))
        response = self.dispatch(request)
        self.stats.note_issued(_tokens_in(response))
        response.headers.update(limit_headers)
        if fault is not None and fault.kind == "hold" and fault.after_handling:
            fault.arrived.set()
            fault.release.wait(fault.delay_s or 30.0)
        self._write(h, response, head=method == "HEAD")

    @staticmethod
    def _write_huge(h: http.server.BaseHTTPRequestHandler, size: int) -> None:
        """*size* bytes of a JSON document that never ends, with no length: read to the end."""
        h.close_connection = True
        try:
            h.send_response(200)
            h.send_header("Content-Type", "application/json")
            h.send_header("Connection", "close")
            h.end_headers()
            chunk = b" " * (64 * 1024)
            h.wfile.write(b"{")
            for _ in range(size // len(chunk)):
                h.wfile.write(chunk)
        except (BrokenPipeError, ConnectionResetError):
            pass

    @staticmethod
    def _write(
        h: http.server.BaseHTTPRequestHandler,
        response: Response,
        *,
        head: bool = False,
        close: bool = False,
    ) -> None:
        try:
            h.send_response(response.status)
            # apaleo tags every answer; its support asks for this id
            h.send_header("apaleo-tracking-id", secrets.token_hex(16))
            for key, value in response.headers.items():
                h.send_header(key, value)
            h.send_header("Content-Length", str(len(response.body)))
            if close:
                h.send_header("Connection", "close")
                h.close_connection = True
            h.end_headers()
            if response.body and not head:
                h.wfile.write(response.body)
        except (BrokenPipeError, ConnectionResetError):
            h.close_connection = True


#: Form fields that carry a credential (RFC 6749, RFC 7009, RFC 7636).
_CREDENTIAL_FIELDS = ("client_secret", "refresh_token", "token", "code", "code_verifier")


def _credentials_in(request: Request) -> list[str]:
    """The credential-like values a request carries (for tests that prove where they went)."""
    values: list[str] = []
    scheme, _, value = (request.header("authorization") or "").partition(" ")
    if scheme.lower() == "bearer":
        values.append(value.strip())
    elif scheme.lower() == "basic":
        import base64
        import binascii
        from urllib.parse import unquote_plus

        with contextlib.suppress(binascii.Error, ValueError):
            _, _, password = base64.b64decode(value.strip()).decode("utf-8").partition(":")
            values += [unquote_plus(password)]
    if request.method == "POST" and request.body:
        form = request.form()
        values += [v for name in _CREDENTIAL_FIELDS for v in form.get(name, [])]
    return values


def _tokens_in(response: Response) -> list[str]:
    """The tokens a token response hands out."""
    if not response.headers.get("Content-Type", "").startswith("application/json"):
        return []
    try:
        payload = json.loads(response.body or b"null")
    except ValueError:
        return []
    if not isinstance(payload, dict):
        return []
    return [
        str(payload[k])
        for k in ("access_token", "refresh_token", "id_token")
        if isinstance(payload.get(k), str)
    ]

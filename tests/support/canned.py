"""A real loopback server that answers with canned bytes: for malformed answers the sandbox won't give."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Callable
from types import TracebackType

from desktop_app.net.loopback_server import LoopbackHTTPServer

Answer = tuple[int, dict[str, str], bytes]


class CannedServer:
    """127.0.0.1 on a free port; *answer(path)* decides each response."""

    def __init__(self, answer: Callable[[str], Answer]) -> None:
        self.hits: list[str] = []
        server_self = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                server_self.hits.append(self.path)
                status, headers, body = answer(self.path)
                self.send_response(status)
                for key, value in headers.items():
                    self.send_header(key, value)
                if "Content-Length" not in headers:
                    self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self._server = LoopbackHTTPServer(0, Handler)
        self.url = f"http://127.0.0.1:{self._server.server_port}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def __enter__(self) -> CannedServer:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)

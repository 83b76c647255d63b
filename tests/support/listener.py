"""A bare loopback listener for tests that play a third-party OAuth client: it records callbacks."""

from __future__ import annotations

import http.server
import queue
import threading
from types import TracebackType

from desktop_app.net.loopback_server import LoopbackHTTPServer


class CallbackRecorder:
    """Serves 127.0.0.1 on a free port; every GET's full URL lands in ``urls``."""

    def __init__(self) -> None:
        self.urls: queue.Queue[str] = queue.Queue()
        recorder = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                recorder.urls.put(f"http://127.0.0.1:{recorder.port}{self.path}")
                body = b"<p>You can close this window.</p>"
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self._server = LoopbackHTTPServer(0, Handler)
        self.port = self._server.server_port
        self.redirect_uri = f"http://127.0.0.1:{self.port}/callback"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def __enter__(self) -> CallbackRecorder:
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

    def next_url(self, timeout: float = 15) -> str:
        return self.urls.get(timeout=timeout)

"""The one way this app listens: a threading HTTP server on 127.0.0.1 that never calls getfqdn.

``HTTPServer.server_bind`` looks up the machine's fully qualified name, which can stall for
seconds on some networks; and a listener on all interfaces would expose sign-in answers to the
LAN (and trigger firewall prompts). Used by the sign-in listener, the sandbox and test servers.
"""

from __future__ import annotations

import http.server
import socket

LOOPBACK = "127.0.0.1"


class LoopbackHTTPServer(http.server.ThreadingHTTPServer):
    """Bound to 127.0.0.1 only; daemon threads, so a stuck client never blocks shutdown."""

    daemon_threads = True

    def __init__(self, port: int, handler: type[http.server.BaseHTTPRequestHandler]) -> None:
        super().__init__((LOOPBACK, port), handler)

    def server_bind(self) -> None:
        """Bind without the getfqdn lookup the base class does."""
        socket.socket.bind(self.socket, self.server_address)
        self.server_address = self.socket.getsockname()
        self.server_name, self.server_port = LOOPBACK, int(self.server_address[1])

    @property
    def port(self) -> int:
        """The port actually bound (useful after asking for port 0)."""
        return int(self.server_address[1])

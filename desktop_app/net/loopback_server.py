"""The one way this app listens: a threading HTTP server on 127.0.0.1 that never calls getfqdn.

``HTTPServer.server_bind`` looks up the machine's fully qualified name, which can stall for
seconds on some networks; and a listener on all interfaces would expose sign-in answers to the
LAN (and trigger firewall prompts). Used by the sign-in listener, the sandbox and test servers.
"""

from __future__ import annotations

import http.server
import socket
import sys

LOOPBACK = "127.0.0.1"
#: For redirect URIs on ``localhost``, which a browser may resolve to either address.
LOOPBACK_V6 = "::1"


def _claim(sock: socket.socket, family: int) -> None:
    """Socket options for a listener that can bind again at once, and alone.

    The server side of every answered connection ends in TIME_WAIT. On Linux and macOS,
    SO_REUSEADDR lets a new listener bind the port despite those (it does not let two listeners
    share it); on Windows the same option *would* allow sharing, so the port is claimed with
    SO_EXCLUSIVEADDRUSE instead, which also ignores TIME_WAIT.
    """
    if sys.platform == "win32":
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_EXCLUSIVEADDRUSE, 1)  # type: ignore[attr-defined,unused-ignore]
    else:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    if family == socket.AF_INET6:
        sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)


def claim_port(port: int, host: str = LOOPBACK, backlog: int = 128) -> socket.socket:
    """A listening socket on *host* (127.0.0.1 or ::1 only) and *port* (0: any free one)."""
    if host not in (LOOPBACK, LOOPBACK_V6):
        raise ValueError("loopback listeners bind 127.0.0.1 or ::1 only")
    family = socket.AF_INET6 if host == LOOPBACK_V6 else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        _claim(sock, family)
        sock.bind((host, port))
        sock.listen(backlog)
    except BaseException:
        sock.close()
        raise
    return sock


class LoopbackHTTPServer(http.server.ThreadingHTTPServer):
    """Bound to 127.0.0.1 only; daemon threads, so a stuck client never blocks shutdown."""

    daemon_threads = True

    def __init__(
        self,
        port: int,
        handler: type[http.server.BaseHTTPRequestHandler],
        host: str = LOOPBACK,
    ) -> None:
        if host == LOOPBACK_V6:
            self.address_family = socket.AF_INET6
        elif host != LOOPBACK:
            raise ValueError("loopback listeners bind 127.0.0.1 or ::1 only")
        super().__init__((host, port), handler)

    def server_bind(self) -> None:
        """Bind as :func:`claim_port` does (no getfqdn lookup, reusable at once after a close)."""
        _claim(self.socket, self.address_family)
        socket.socket.bind(self.socket, self.server_address)
        self.server_address = self.socket.getsockname()
        self.server_name, self.server_port = (
            str(self.server_address[0]),
            int(self.server_address[1]),
        )

    @property
    def port(self) -> int:
        """The port actually bound (useful after asking for port 0)."""
        return int(self.server_address[1])


def free_port() -> int:
    """A loopback port nothing listens on now (the OS picks it; the caller binds it soon)."""
    with socket.socket() as probe:
        probe.bind((LOOPBACK, 0))
        return int(probe.getsockname()[1])

"""Slow and idle local connections against the sign-in listener, and the browser's one redirect.

Shared by the reliability test and the listener benchmark (``benchmarks/listener.py``).
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time

from desktop_app.auth.loopback import CallbackListener


class SlowClients:
    """*count* connections to *port*: half send one byte every *every_s* seconds, half nothing."""

    def __init__(self, port: int, count: int, every_s: float = 2.0) -> None:
        self.sockets: list[socket.socket] = []
        for _ in range(count):
            conn = socket.create_connection(("127.0.0.1", port), timeout=5)
            self.sockets.append(conn)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._drip, args=(every_s,), daemon=True)
        self._thread.start()

    def _drip(self, every_s: float) -> None:
        payload = b"GET /callback?state="
        sent = 0
        while not self._stop.wait(0 if sent == 0 else every_s):
            for conn in self.sockets[::2]:
                with contextlib.suppress(OSError):  # dropped by the listener: it may do that
                    conn.send(payload[sent % len(payload) : sent % len(payload) + 1])
            sent += 1

    def close(self) -> None:
        """Stop dripping and close every connection."""
        self._stop.set()
        self._thread.join(5)
        for conn in self.sockets:
            conn.close()


def redirect_verdict_s(listener: CallbackListener, state: str, timeout_s: float = 10.0) -> float:
    """Seconds from the browser's redirect to its page with the verdict (the app says "done")."""

    def complete() -> None:
        listener.wait(threading.Event(), timeout_s)
        listener.finish(True, "Signed in.")

    waiter = threading.Thread(target=complete, daemon=True)
    waiter.start()
    started = time.perf_counter()
    with socket.create_connection(("127.0.0.1", listener.port), timeout=timeout_s) as conn:
        conn.sendall(f"GET /callback?state={state}&code=the-real-code HTTP/1.1\r\n\r\n".encode())
        answer = b""
        while chunk := conn.recv(65536):
            answer += chunk
    elapsed = time.perf_counter() - started
    waiter.join(timeout_s)
    if not answer.startswith(b"HTTP/1.0 200"):
        raise AssertionError(f"the redirect was not answered: {answer[:40]!r}")
    return elapsed

"""A TLS-inspecting proxy on loopback, as hotels' firewalls are: it answers CONNECT, then presents
its own certificate for the requested host, signed by a root that only the OS trust store knows.

Nothing leaves the machine: the proxy answers the inner HTTPS request itself (a discovery
document for the host), and records what it was asked.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import socket
import ssl
import threading
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

HOST = "identity.example.test"


def make_ca_and_leaf(folder: Path, host: str = HOST) -> tuple[Path, Path, Path]:
    """(root certificate, leaf certificate, leaf key) files: a root and a server cert for *host*."""
    now = dt.datetime.now(dt.UTC)
    ca_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Hotel Firewall Inspection CA")])
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                key_cert_sign=True,
                crl_sign=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .sign(ca_key, hashes.SHA256())
    )
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    leaf = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, host)]))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName(host)]), critical=False)
        .add_extension(
            x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )
    ca_file, leaf_file, key_file = folder / "root.pem", folder / "leaf.pem", folder / "leaf.key"
    ca_file.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    leaf_file.write_bytes(leaf.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.TraditionalOpenSSL,
            serialization.NoEncryption(),
        )
    )
    return ca_file, leaf_file, key_file


def discovery_for(base: str) -> dict[str, object]:
    """A discovery document for *base*, shaped like apaleo's."""
    return {
        "issuer": base,
        "authorization_endpoint": f"{base}/connect/authorize",
        "token_endpoint": f"{base}/connect/token",
        "revocation_endpoint": f"{base}/connect/revocation",
        "userinfo_endpoint": f"{base}/connect/userinfo",
        "end_session_endpoint": f"{base}/connect/endsession",
        "jwks_uri": f"{base}/.well-known/openid-configuration/jwks",
        "code_challenge_methods_supported": ["S256"],
    }


class InspectingProxy:
    """An HTTP proxy on 127.0.0.1 that intercepts CONNECT with its own certificate.

    Attributes:
        connects: the ``host:port`` of every CONNECT, in order.
        plain: the request lines of every plain (non-CONNECT) proxy request.
        served: the request lines answered inside the intercepted TLS.
    """

    def __init__(self, leaf: Path, key: Path) -> None:
        self._context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        self._context.load_cert_chain(str(leaf), str(key))
        self._socket = socket.create_server(("127.0.0.1", 0))
        self.port = int(self._socket.getsockname()[1])
        self.url = f"http://127.0.0.1:{self.port}"
        self.connects: list[str] = []
        self.plain: list[str] = []
        self.served: list[str] = []
        self._thread = threading.Thread(target=self._accept, daemon=True)

    def __enter__(self) -> InspectingProxy:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        with contextlib.suppress(OSError):
            self._socket.shutdown(socket.SHUT_RDWR)  # wakes the blocked accept(); close does not
        self._socket.close()
        self._thread.join(5)

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self._socket.accept()
            except OSError:
                return
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    @staticmethod
    def _head(conn: socket.socket | ssl.SSLSocket) -> str:
        data = b""
        while b"\r\n\r\n" not in data and len(data) < 65536:
            chunk = conn.recv(4096)
            if not chunk:
                break
            data += chunk
        return data.decode("latin-1")

    def _handle(self, conn: socket.socket) -> None:
        conn.settimeout(10)
        with conn:
            try:
                head = self._head(conn)
                line = head.split("\r\n", 1)[0]
                method, target, _ = [*line.split(" "), "", "", ""][:3]
                if method != "CONNECT":
                    self.plain.append(line)
                    conn.sendall(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n")
                    return
                self.connects.append(target)
                conn.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
                with self._context.wrap_socket(conn, server_side=True) as tls:
                    inner = self._head(tls).split("\r\n", 1)[0]
                    self.served.append(inner)
                    host = target.split(":")[0]
                    body = json.dumps(discovery_for(f"https://{host}")).encode()
                    tls.sendall(
                        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                        + f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode()
                        + body
                    )
            except (OSError, ssl.SSLError):
                return  # the client refused our certificate: that is what some tests expect


#: Debian's bundle of the roots the system trusts (package ca-certificates).
SYSTEM_BUNDLE = Path("/etc/ssl/certs/ca-certificates.crt")
PROXY_VARIABLES = ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY")


@pytest.fixture
def pki(tmp_path: Path) -> tuple[Path, Path, Path]:
    """A fixture: the firewall's root, and its certificate and key for :data:`HOST`."""
    return make_ca_and_leaf(tmp_path)


@pytest.fixture
def proxy(
    pki: tuple[Path, Path, Path], monkeypatch: pytest.MonkeyPatch
) -> Iterator[InspectingProxy]:
    """A fixture: the inspecting proxy, set for every request (see :func:`proxy_for_everything`)."""
    _, leaf, key = pki
    with proxy_for_everything(leaf, key, monkeypatch) as running:
        yield running


@contextlib.contextmanager
def proxy_for_everything(
    leaf: Path, key: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[InspectingProxy]:
    """The inspecting proxy, set for every request as a hotel's IT would (no exceptions)."""
    with InspectingProxy(leaf, key) as running:
        for name in PROXY_VARIABLES:
            monkeypatch.setenv(name, running.url)
        for name in ("NO_PROXY", "no_proxy", "REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE"):
            monkeypatch.delenv(name, raising=False)
        yield running


def trust(monkeypatch: pytest.MonkeyPatch, folder: Path, *roots: Path) -> Path:
    """Make the OS trust store the system's roots plus *roots*; returns the bundle's path."""
    bundle = folder / "os-store.pem"
    bundle.write_bytes(SYSTEM_BUNDLE.read_bytes() + b"".join(r.read_bytes() for r in roots))
    monkeypatch.setenv("SSL_CERT_FILE", str(bundle))
    return bundle

"""The sandbox's signing key: RSA made at start, published as a JWKS like apaleo's identity server."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
from typing import Any

import jwt
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


class SigningKey:
    """An RS256 key with ``kid`` and ``x5t`` (the SHA-1 thumbprint of a self-signed certificate).

    apaleo's tokens carry both header fields; clients pick the JWKS key by ``kid``.
    """

    def __init__(self) -> None:
        self._private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self.public_key = self._private.public_key()
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "apaleo sandbox signing")])
        now = dt.datetime.now(dt.UTC)
        cert = (
            x509.CertificateBuilder()
            .subject_name(name)
            .issuer_name(name)
            .public_key(self.public_key)
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=365))
            .sign(self._private, hashes.SHA256())
        )
        der = cert.public_bytes(serialization.Encoding.DER)
        self.x5t = _b64url(hashlib.sha1(der, usedforsecurity=False).digest())
        self.kid = hashlib.sha256(der).hexdigest()[:32].upper()
        self._x5c = base64.b64encode(der).decode("ascii")

    def sign(self, claims: dict[str, Any], *, typ: str = "at+jwt") -> str:
        """A compact RS256 JWT of *claims*."""
        headers = {"kid": self.kid, "x5t": self.x5t, "typ": typ}
        return jwt.encode(claims, self._private, algorithm="RS256", headers=headers)

    def jwks(self) -> dict[str, Any]:
        """The public key set served at the discovery document's ``jwks_uri``."""
        numbers = self.public_key.public_numbers()
        return {
            "keys": [
                {
                    "kty": "RSA",
                    "use": "sig",
                    "alg": "RS256",
                    "kid": self.kid,
                    "x5t": self.x5t,
                    "e": _b64url(numbers.e.to_bytes((numbers.e.bit_length() + 7) // 8, "big")),
                    "n": _b64url(numbers.n.to_bytes((numbers.n.bit_length() + 7) // 8, "big")),
                    "x5c": [self._x5c],
                }
            ]
        }

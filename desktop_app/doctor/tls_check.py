"""The certificates the identity server and the API present, as this computer's trust store sees them.

Hotels sit behind firewalls that inspect TLS: they present their own certificate for every host,
signed by a root their IT put into the computers' trust stores. The app accepts that (it verifies
against the OS store), but an admin asking "why does apaleo fail here and not at home?" needs
to hear it: this check names the authority that issued each host's certificate, says whether it
is a public one (in Mozilla's list, as ``certifi`` ships it) and, when it is not, which root of
this computer's store made it trusted, or why the connection was refused.

The chain is read from the very connection the app's transport made (same proxies, same trust
store). Only when that connection was refused is a second, unverified handshake made to the same
address, to read the certificate that was refused: it sends nothing but ``GET /``.
"""

from __future__ import annotations

import datetime as dt
import functools
import ssl
import sys
import warnings
from typing import Any
from urllib.parse import urlsplit

import requests
from cryptography import x509
from cryptography.x509.oid import NameOID

from desktop_app.core.i18n import Text, said
from desktop_app.doctor.context import Doctor
from desktop_app.doctor.model import Finding, fail, joined, ok, skip, warn
from desktop_app.net.http import is_tls_failure, network_error

#: ``_ssl.ENCODING_DER`` (public as ``ssl.ENCODING_DER`` from Python 3.13 only).
_DER = 2


def _name(name: x509.Name) -> str:
    """A certificate name as people know it: its common name, else its organisation."""
    for oid in (NameOID.COMMON_NAME, NameOID.ORGANIZATION_NAME):
        values = name.get_attributes_for_oid(oid)
        if values:
            return str(values[0].value)
    return name.rfc4514_string()


@functools.cache
def _public_roots() -> frozenset[bytes]:
    """The subjects of Mozilla's public roots (certifi's bundle), DER-encoded."""
    import certifi

    with open(certifi.where(), "rb") as bundle, warnings.catch_warnings():
        # a few old public roots have serial numbers RFC 5280 now forbids: still public roots
        warnings.simplefilter("ignore")
        certs = x509.load_pem_x509_certificates(bundle.read())
    return frozenset(c.subject.public_bytes() for c in certs)


def _trust_store_words() -> Text:
    """Where this computer's trusted roots are (the file on Linux)."""
    if sys.platform.startswith("linux"):
        paths = ssl.get_default_verify_paths()
        where = paths.cafile or paths.capath
        if where:
            return said("Doctor", "this computer's trust store ({where})").format(where=where)
    return said("Doctor", "this computer's trust store")


def _socket_of(response: requests.Response) -> Any:
    """The TLS socket a streamed *response* came over (the connection, or its reader's)."""
    connection = getattr(response.raw, "connection", None)
    sock = getattr(connection, "sock", None)
    if sock is None:  # the server said "Connection: close": only the reader holds the socket
        fp = getattr(response.raw, "_fp", None)
        sock = getattr(getattr(getattr(fp, "fp", None), "raw", None), "_sock", None)
    return sock


def _chain(sock: Any, *, verified: bool) -> list[x509.Certificate]:
    """The certificate chain of *sock*: the verified one (leaf to root), or as presented."""
    sslobj = getattr(sock, "_sslobj", None)
    method = "get_verified_chain" if verified else "get_unverified_chain"
    getter = getattr(sock, method, None) or getattr(sslobj, method, None)
    if getter is not None:
        try:
            return [x509.load_der_x509_certificate(c.public_bytes(_DER)) for c in getter()]
        except (ValueError, ssl.SSLError, AttributeError):
            pass
    der = sock.getpeercert(binary_form=True) if sock is not None else None
    return [x509.load_der_x509_certificate(der)] if der else []


def _presented(doctor: Doctor, url: str) -> list[x509.Certificate]:
    """The chain *url* presents, read without verifying it (only after a refused connection)."""
    http = doctor.transport.http
    proxies = http.merge_environment_settings(url, {}, None, None, None).get("proxies") or {}
    with requests.Session() as plain, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        plain.trust_env = False
        try:
            response = plain.get(
                url,
                stream=True,
                verify=False,
                proxies=proxies,
                timeout=(5, 5),
                allow_redirects=False,
            )
        except requests.RequestException:
            return []
        try:
            return _chain(_socket_of(response), verified=False)
        finally:
            response.close()


def _one(doctor: Doctor, url: str) -> Finding:
    parts = urlsplit(url)
    origin = f"{parts.scheme}://{parts.netloc}/"
    transport = doctor.transport
    host = parts.netloc
    try:
        response = transport.http.get(
            origin, stream=True, timeout=transport.timeout, allow_redirects=False
        )
    except requests.RequestException as exc:
        if not is_tls_failure(exc):
            return fail(network_error(exc, host).message)
        chain = _presented(doctor, origin)
        issuer = _name(chain[0].issuer) if chain else said("Doctor", "an unknown authority")
        top = _name(chain[-1].issuer) if chain else issuer
        return fail(
            said(
                "Doctor",
                "{host} presented a certificate issued by '{issuer}', which this computer does "
                "not trust, so the connection was refused.",
            ).format(host=host, issuer=issuer),
            said(
                "Doctor",
                "If your network inspects encrypted traffic (a company proxy or firewall), its "
                "root certificate ('{root}') must be installed in the system's certificate store: "
                "ask your IT team. Otherwise the network may be tampering with the connection.",
            ).format(root=top),
            ("issuer", str(issuer)),
        )
    try:
        chain = _chain(_socket_of(response), verified=True)
    finally:
        response.close()
    if not chain:
        return ok(said("Doctor", "{host}: verified.").format(host=host))
    leaf, root = chain[0], chain[-1]
    issuer, root_name = _name(leaf.issuer), _name(root.subject)
    until = leaf.not_valid_after_utc
    facts = (("issuer", issuer), ("root", root_name), ("valid until", until.date().isoformat()))
    days_left = (until - dt.datetime.now(dt.UTC)).days
    if (
        root.subject.public_bytes() in _public_roots()
        or root.issuer.public_bytes() in _public_roots()
    ):
        if days_left < 7:
            return warn(
                said(
                    "Doctor",
                    "{host}: verified, issued by '{issuer}', but the certificate expires in "
                    "{days} days.",
                ).format(host=host, issuer=issuer, days=max(days_left, 0)),
                "",
                *facts,
            )
        return ok(
            said(
                "Doctor", "{host}: verified, issued by '{issuer}' (a public certificate authority)."
            ).format(host=host, issuer=issuer),
            *facts,
        )
    return warn(
        said(
            "Doctor",
            "{host}: the certificate was issued by '{issuer}', not by a public certificate "
            "authority: this network inspects encrypted traffic (or the server uses a private "
            "authority). This computer trusts it because '{root}' is in {store}.",
        ).format(host=host, issuer=issuer, root=root_name, store=_trust_store_words()),
        said(
            "Doctor",
            "Nothing to do if your IT team set this up. If nobody did, ask them: whoever holds "
            "that root can read this app's traffic.",
        ),
        *facts,
    )


def check_tls(doctor: Doctor) -> Finding:
    """Each https host's chain, verified against the OS trust store, its authority named."""
    hosts = doctor.https_hosts()
    if not hosts:
        return skip(
            said(
                "Doctor", "Both servers are on this computer (plain HTTP): no certificate to check."
            )
        )
    findings = [_one(doctor, url) for url in hosts]
    status = next((s for s in ("fail", "warn") if any(f.status == s for f in findings)), "ok")
    fixes = [f.fix for f in findings if f.fix]
    return Finding(
        status,  # type: ignore[arg-type]
        joined([f.detail for f in findings]),
        fixes[0] if fixes else "",
        tuple(fact for f in findings for fact in f.facts),
    )


__all__ = ["check_tls"]

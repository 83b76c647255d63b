"""The doctor behind a hotel's network: a real TLS-inspecting proxy on loopback, real proxy settings.

The "OS trust store" on Linux is OpenSSL's default CA file, which ``SSL_CERT_FILE`` points at:
the tests make it the system's bundle with or without the firewall's root, as IT would.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.auth.secret_store import SecretStore
from desktop_app.connection import open_connection
from desktop_app.core.config import Profile
from desktop_app.doctor.checks import run_doctor
from desktop_app.doctor.model import Result
from tests.doctor.conftest import Connect
from tests.support.tls_proxy import (
    HOST,
    PROXY_VARIABLES,
    InspectingProxy,
    trust,
)

_trust = trust


def _doctor_behind_the_proxy() -> dict[str, Result]:
    profile = Profile(
        name="hotel",
        client_id="inspector",
        identity_url=f"https://{HOST}",
        api_url=f"https://{HOST}",
    ).validate()
    connection = open_connection(
        profile, SecretStore(profile, memory_only=True), client_secret="not-sent-anywhere"
    )
    try:
        return {r.id: r for r in run_doctor(connection)}
    finally:
        connection.close()


def test_an_inspecting_proxy_whose_root_is_installed_is_named(
    proxy: InspectingProxy,
    pki: tuple[Path, Path, Path],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    bundle = _trust(monkeypatch, tmp_path, pki[0])
    results = _doctor_behind_the_proxy()
    tls = results["tls"]
    assert tls.status == "warn"
    assert "Hotel Firewall Inspection CA" in tls.detail
    assert "inspects encrypted traffic" in tls.detail
    assert str(bundle) in tls.detail  # which store made it trusted
    assert dict(tls.facts)["root"] == "Hotel Firewall Inspection CA"
    assert results["discovery"].status == "ok"  # the document came through the proxy
    assert proxy.url.removeprefix("http://") in results["proxy"].detail
    assert f"{HOST}:443" in proxy.connects


def test_an_inspecting_proxy_whose_root_is_missing_fails_tls_and_says_why(
    proxy: InspectingProxy, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _trust(monkeypatch, tmp_path)  # the firewall's root is not installed
    results = _doctor_behind_the_proxy()
    tls = results["tls"]
    assert tls.status == "fail"
    assert "Hotel Firewall Inspection CA" in tls.detail
    assert "does not trust" in tls.detail
    assert "ask your IT team" in tls.fix
    # everything past TLS is skipped, not a cascade of red
    assert [r.id for r in results.values() if r.status == "fail"] == ["tls"]
    assert results["discovery"].status == "skip"


def test_the_proxy_is_named_without_its_password_and_loopback_bypasses_it(
    connect: Connect, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in PROXY_VARIABLES:
        monkeypatch.setenv(name, "http://frontdesk:s3cret-pass@proxy.hotel.example:3128")
    monkeypatch.setenv("NO_PROXY", "")
    results = {r.id: r for r in run_doctor(connect())}
    proxy = results["proxy"]
    assert proxy.status == "ok"
    # the sandbox is on this computer: it bypasses the proxy, as the sign-in redirect must,
    # and the proxy that is set is still named (without its password)
    assert "directly" in proxy.detail
    assert "A proxy is set (http://proxy.hotel.example:3128" in proxy.detail
    assert "bypass it" in proxy.detail
    assert "s3cret-pass" not in proxy.detail
    monkeypatch.setenv("NO_PROXY", "")
    profile = Profile(
        name="x", client_id="y", identity_url="https://identity.apaleo.com"
    ).validate()
    connection = open_connection(profile, SecretStore(profile, memory_only=True))
    try:
        from desktop_app.doctor.context import Doctor
        from desktop_app.doctor.local_checks import check_proxy

        finding = check_proxy(Doctor(connection))
    finally:
        connection.close()
    assert "http://proxy.hotel.example:3128" in finding.detail
    assert "s3cret-pass" not in finding.detail
    assert "frontdesk" not in finding.detail
    assert "from the environment" in finding.detail


def test_a_certificate_from_a_public_authority_is_named_as_such(
    proxy: InspectingProxy,
    pki: tuple[Path, Path, Path],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """No public authority signs a certificate for a loopback test: the seam is the list of
    public roots (certifi's), which is told that the test's root is one of them."""
    from cryptography import x509

    from desktop_app.doctor import tls_check

    _trust(monkeypatch, tmp_path, pki[0])
    root = x509.load_pem_x509_certificate(pki[0].read_bytes())
    public = tls_check._public_roots() | {root.subject.public_bytes()}
    monkeypatch.setattr(tls_check, "_public_roots", lambda: public)
    tls = _doctor_behind_the_proxy()["tls"]
    assert tls.status == "ok"
    assert "(a public certificate authority)" in tls.detail
    assert dict(tls.facts)["valid until"]

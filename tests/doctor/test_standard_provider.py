"""The doctor against a standard OpenID provider that is not the sandbox and was not written here.

panva's ``oidc-provider`` (OpenID Certified), from the npm registry, locked in
``tests/oidc_provider/package-lock.json`` and installed by ``scripts/setup.sh``; it runs as a real
Node.js process on loopback. apaleo's own checks (API, users, rate limit) are skipped against it;
every other check works and turns red on the provider's own failures.
"""

from __future__ import annotations

import secrets
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.auth.secret_store import SecretStore
from desktop_app.connection import open_connection
from desktop_app.core.config import Profile
from desktop_app.doctor.checks import run_doctor
from desktop_app.doctor.model import Result
from desktop_app.net.loopback_server import free_port

FOLDER = Path(__file__).resolve().parents[1] / "oidc_provider"
APALEO_ONLY = ("api", "rate_limit", "users")


class StandardProvider:
    """``node server.mjs`` on a free port: its issuer, its client's secret and redirect URI."""

    def __init__(self) -> None:
        self.port = free_port()
        self.redirect_port = free_port()
        self.secret = secrets.token_urlsafe(24)
        self.issuer = f"http://127.0.0.1:{self.port}"
        node = shutil.which("node")
        assert node, "Node.js is missing: scripts/setup.sh installs it"
        assert (FOLDER / "node_modules" / "oidc-provider").is_dir(), "run scripts/setup.sh"
        self.process = subprocess.Popen(
            [
                node,
                "server.mjs",
                str(self.port),
                f"http://127.0.0.1:{self.redirect_port}/callback",
                self.secret,
            ],
            cwd=FOLDER,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,  # the library's notes for developers
            text=True,
        )
        assert self.process.stdout is not None
        line = self.process.stdout.readline()  # blocks until it listens (or dies)
        assert line.startswith("ready "), f"the provider did not start: {line!r}"

    def profile(self, **changes: object) -> Profile:
        values: dict[str, object] = {
            "name": "standard",
            "client_id": "inspector",
            "identity_url": self.issuer,
            "api_url": self.issuer,
            "redirect_port": self.redirect_port,
            "scopes": ("profile",),
        }
        values.update(changes)
        return Profile(**values).validate()  # type: ignore[arg-type]

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(10)
        if self.process.stdout is not None:
            self.process.stdout.close()


@pytest.fixture(scope="module")
def provider() -> Iterator[StandardProvider]:
    running = StandardProvider()
    yield running
    running.stop()


def _doctor(profile: Profile, secret: str) -> dict[str, Result]:
    connection = open_connection(
        profile, SecretStore(profile, memory_only=True), client_secret=secret
    )
    try:
        return {r.id: r for r in run_doctor(connection)}
    finally:
        connection.close()


def test_every_standard_check_works_against_another_provider(provider: StandardProvider) -> None:
    results = _doctor(provider.profile(), provider.secret)
    for check in ("config", "proxy", "clock", "discovery", "jwks", "client_auth", "redirect_uri"):
        assert results[check].status == "ok", results[check]
    assert f"The identity server is {provider.issuer}." in results["discovery"].detail
    assert dict(results["discovery"].facts)["apaleo"] == "no"
    assert "sign-in page" in results["redirect_uri"].detail  # its interaction page
    assert results["saved_sign_in"].status == "warn"  # nobody signed in: never a failure
    for check in APALEO_ONLY:
        assert results[check].status == "skip"
        assert "another OpenID provider" in results[check].detail
    assert not [r for r in results.values() if r.status == "fail"]


def test_its_own_refusals_turn_the_checks_red(provider: StandardProvider) -> None:
    wrong_secret = _doctor(provider.profile(), "not-the-secret")
    assert wrong_secret["client_auth"].status == "fail"
    assert dict(wrong_secret["client_auth"].facts)["error"] == "invalid_client"
    other_port = _doctor(provider.profile(redirect_port=free_port()), provider.secret)
    assert other_port["redirect_uri"].status == "fail"
    assert "does not know this redirect URI" in other_port["redirect_uri"].detail
    assert "apaleo" not in other_port["redirect_uri"].detail + other_port["redirect_uri"].fix
    assert "apaleo" not in wrong_secret["client_auth"].detail + wrong_secret["client_auth"].fix
    assert dict(other_port["redirect_uri"].facts)["error"] == "invalid_redirect_uri"
    # (it drops a scope it does not know rather than refuse it: RFC 6749 allows either)


def test_a_service_client_is_checked_with_client_credentials(provider: StandardProvider) -> None:
    profile = provider.profile(
        client_id="inspector-service",
        mode="client_credentials",
        client_auth="client_secret_basic",
        scopes=("api.read",),
    )
    results = _doctor(profile, provider.secret)
    assert results["client_auth"].status == "ok", results["client_auth"]
    assert results["redirect_uri"].status == "skip"

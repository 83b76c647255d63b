"""Profiles: validation, the HTTPS rule, and the profiles file (no secrets, atomic, 0600)."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from desktop_app.core.config import (
    DEFAULT_EXTRA_SCOPES,
    Profile,
    ProfileStore,
    config_dir,
    is_loopback_host,
    require_secure_url,
)
from desktop_app.core.errors import InsecureEndpointError, InspectorError


@pytest.mark.parametrize(
    ("host", "expected"),
    [
        ("127.0.0.1", True),
        ("127.8.9.10", True),
        ("localhost", True),
        ("::1", True),
        ("[::1]", True),
        ("10.0.0.1", False),
        ("identity.apaleo.com", False),
        ("127.0.0.1.evil.example", False),
    ],
)
def test_loopback_hosts(host: str, expected: bool) -> None:
    assert is_loopback_host(host) is expected


@pytest.mark.parametrize(
    "url",
    ["https://identity.apaleo.com", "http://127.0.0.1:8080/x", "http://localhost:1"],
)
def test_secure_urls_pass(url: str) -> None:
    assert require_secure_url(url, "identity server address") == url


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("http://identity.apaleo.com", "must use https://"),
        ("http://127.0.0.1.evil.example/", "must use https://"),
        ("ftp://identity.apaleo.com", "not a valid"),
        ("identity.apaleo.com", "not a valid"),
    ],
)
def test_insecure_urls_refused(url: str, words: str) -> None:
    with pytest.raises(InsecureEndpointError, match=words):
        require_secure_url(url, "identity server address")


def test_requested_scopes_add_openid_profile_offline_once() -> None:
    profile = Profile(name="p", client_id="c", scopes=("setup.read", "openid", "setup.read"))
    assert profile.requested_scopes == ("setup.read", "openid", "profile", "offline_access")
    plain = profile.with_changes(add_default_scopes=False)
    assert plain.requested_scopes == ("setup.read", "openid")
    simple = profile.with_changes(mode="client_credentials")
    assert simple.requested_scopes == ("setup.read", "openid")  # nothing added for simple clients
    assert "offline_access" in DEFAULT_EXTRA_SCOPES


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"name": " "}, "needs a name"),
        ({"client_id": ""}, "no client id"),
        ({"api_url": "http://api.apaleo.com"}, "must use https://"),
        ({"redirect_port": 70000}, "not a valid port"),
        ({"mode": "password"}, "Unknown sign-in mode"),
        ({"client_auth": "private_key_jwt"}, "Unknown client authentication"),
        ({"sign_in_timeout_s": 0}, "must be positive"),
    ],
)
def test_validation_messages(changes: dict[str, object], words: str) -> None:
    with pytest.raises(InspectorError, match=words):
        Profile(name="p", client_id="c").with_changes(**changes).validate()


def test_store_round_trip_atomic_private_and_ephemeral_skipped(tmp_path: Path) -> None:
    store = ProfileStore(tmp_path)
    work = Profile(name="work", client_id="ABC-SP-INSPECTOR", redirect_port=0)
    demo = Profile(name="demo", client_id="demo", api_url="http://127.0.0.1:1", ephemeral=True)
    store.put(work)
    store.put(demo, make_current=True)
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    assert [p.name for p in ProfileStore(tmp_path).profiles] == ["work"]
    data = json.loads(store.path.read_text(encoding="utf-8"))
    assert set(data["profiles"][0]) >= {"client_id", "identity_url", "scopes"}
    assert not any("secret" in key for key in data["profiles"][0])
    assert list(tmp_path.iterdir()) == [store.path]  # no temporary file left behind
    store.set_current("work")
    reloaded = ProfileStore(tmp_path)
    assert reloaded.current == work
    reloaded.remove("work")
    assert ProfileStore(tmp_path).current is None


def test_store_ignores_unknown_keys_and_reports_a_broken_file(tmp_path: Path) -> None:
    path = tmp_path / ProfileStore.FILE_NAME
    path.write_text(
        json.dumps({"current": "a", "profiles": [{"name": "a", "client_id": "x", "future": 1}]}),
        encoding="utf-8",
    )
    assert ProfileStore(tmp_path).get("a").client_id == "x"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(InspectorError, match="could not be read"):
        ProfileStore(tmp_path)
    with pytest.raises(InspectorError, match="no profile called"):
        ProfileStore(tmp_path / "empty").get("missing")


def test_config_dir_override(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("APALEO_INSPECTOR_CONFIG_DIR", str(tmp_path))
    assert config_dir() == tmp_path
    monkeypatch.delenv("APALEO_INSPECTOR_CONFIG_DIR")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    assert config_dir() == tmp_path / "xdg" / "apaleo-inspector"


def test_public_clients_are_refused_for_apaleo() -> None:
    with pytest.raises(InspectorError, match="apaleo has no public clients"):
        Profile("p", "client", client_auth="none").validate()
    # other OpenID providers may have them
    Profile("p", "client", identity_url="https://id.example.com", client_auth="none").validate()


def test_redirect_host_is_127_0_0_1_or_localhost() -> None:
    assert Profile("p", "c", redirect_host="localhost").redirect_uri_template.startswith(
        "http://localhost:"
    )
    with pytest.raises(InspectorError, match="redirect host"):
        Profile("p", "c", redirect_host="0.0.0.0").validate()  # type: ignore[arg-type]  # noqa: S104

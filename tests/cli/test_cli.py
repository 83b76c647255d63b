"""The headless twin as an admin runs it: real processes, the sandbox, the Secret Service keyring."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from desktop_app.config import Profile, ProfileStore
from desktop_app.loopback_server import free_port
from desktop_app.sandbox import Sandbox
from tests.support.keyring_entries import app_items, store, stored

pytestmark = pytest.mark.keyring


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    # apaleo matches redirect URIs exactly: the profile uses the port registered for the client
    with Sandbox(redirect_port=free_port()) as sb:
        yield sb


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    values = dict(os.environ)
    values["APALEO_INSPECTOR_CONFIG_DIR"] = str(tmp_path / "config")
    return values


def cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def add_profile(
    sb: Sandbox, env: dict[str, str], name: str, *extra: str, secret: str | None = None
) -> None:
    client = sb.simple_client if "client_credentials" in extra else sb.connect_client
    result = cli(
        {**env, "TEST_SECRET": secret or client.client_secret},
        "profile", "add", name,
        "--client-id", client.client_id,
        "--identity-url", sb.identity_url,
        "--api-url", sb.api_url,
        "--redirect-port", str(sb.redirect_port),
        "--secret-env", "TEST_SECRET",
        *extra,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr


def saved(env: dict[str, str], name: str) -> Profile:
    """The profile called *name* in the profiles file the command line wrote."""
    return ProfileStore(Path(env["APALEO_INSPECTOR_CONFIG_DIR"])).get(name)


def test_profile_add_list_use_remove(sandbox: Sandbox, env: dict[str, str]) -> None:
    add_profile(sandbox, env, "berlin", "--scopes", "setup.read units.read")
    add_profile(sandbox, env, "simple", "--mode", "client_credentials")
    listing = cli(env, "profile", "list").stdout.splitlines()
    assert listing[0].startswith("* berlin\tauthorization_code\tinspector-connect")
    assert listing[1].startswith("  simple\tclient_credentials")
    profiles_file = Path(env["APALEO_INSPECTOR_CONFIG_DIR"]) / "profiles.json"
    text = profiles_file.read_text(encoding="utf-8")
    assert sandbox.connect_client.client_secret not in text
    berlin = saved(env, "berlin")
    assert stored(berlin, "client-secret") == sandbox.connect_client.client_secret
    assert cli(env, "profile", "use", "simple").returncode == 0
    assert cli(env, "profile", "list").stdout.splitlines()[1].startswith("* simple")
    assert cli(env, "profile", "remove", "berlin").returncode == 0
    assert stored(berlin, "client-secret") is None
    missing = cli(env, "profile", "remove", "berlin")
    assert missing.returncode == 1
    assert "no profile called 'berlin'" in missing.stderr


def test_inspect_json_with_a_sign_in_then_silently(sandbox: Sandbox, env: dict[str, str]) -> None:
    add_profile(sandbox, env, "hotel")
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "desktop_app",
            "inspect",
            "--json",
            "--profile",
            "hotel",
            "--no-browser",
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stderr is not None
    assert process.stderr.readline().startswith("Sign in to apaleo")
    url = process.stderr.readline().strip()
    requests.get(sandbox.approve(url), timeout=10)
    out, err = process.communicate(timeout=60)
    assert process.returncode == 0, err
    report = json.loads(out)
    assert report["account"] == {"code": "DEMO", "name": "Demo Hotels Group", "type": "Development"}
    assert len(report["properties"]) == 6
    assert report["user"]["sub"] == "u-admin"
    assert report["scopes"]["missing"] == []
    assert report["token"]["id_token_verified"] is True
    assert report["refresh_token"]["state"] == "keyring"
    assert report["user"]["preferred_username"] == "Anna Admin"
    assert 3500 < report["token"]["expires_in_s"] <= 3600
    kept = stored(saved(env, "hotel"), "refresh-token:DEMO")
    assert kept
    for text in (out, err):
        assert kept not in text
    # the second run signs in silently: no browser, and no token request either (the access
    # token kept in the keyring is still valid)
    sandbox.stats.reset()
    again = cli(env, "inspect", "--json", "--profile", "hotel", "--no-browser")
    assert again.returncode == 0, again.stderr
    assert "Sign in" not in again.stderr
    assert sandbox.stats.token_requests == {}
    assert json.loads(again.stdout)["account"]["code"] == "DEMO"


def test_inspect_client_credentials(sandbox: Sandbox, env: dict[str, str]) -> None:
    add_profile(sandbox, env, "simple", "--mode", "client_credentials")
    result = cli(env, "inspect", "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["user"] == {}
    assert report["token"]["client_id"] == "inspector-simple"


def test_inspect_errors_exit_non_zero_in_words(sandbox: Sandbox, env: dict[str, str]) -> None:
    none_yet = cli(env, "inspect", "--json")
    assert none_yet.returncode == 2
    assert "no profile yet" in none_yet.stderr
    add_profile(sandbox, env, "wrong", "--mode", "client_credentials", secret="not-the-secret")
    refused = cli(env, "inspect", "--json", "--profile", "wrong")
    assert refused.returncode == 3
    assert "client id or secret" in refused.stderr
    assert "not-the-secret" not in refused.stderr
    assert "Traceback" not in refused.stderr
    sandbox.stop()  # nothing listening any more
    down = cli(env, "inspect", "--json", "--profile", "wrong")
    assert down.returncode == 4
    assert "Traceback" not in down.stderr


def test_check_passes_here(env: dict[str, str]) -> None:
    result = cli(env, "check")
    assert result.returncode == 0, result.stdout
    assert "MISSING" not in result.stdout
    assert "ok       keyring backends" in result.stdout


def test_forget_deletes_keyring_entries_and_profiles(sandbox: Sandbox, env: dict[str, str]) -> None:
    add_profile(sandbox, env, "frontdesk")
    add_profile(sandbox, env, "office")
    frontdesk, office = saved(env, "frontdesk"), saved(env, "office")
    store(frontdesk, "refresh-token:DEMO", "a-saved-sign-in")
    store_file = Path(env["APALEO_INSPECTOR_CONFIG_DIR"]) / "profiles.json"
    data = json.loads(store_file.read_text(encoding="utf-8"))
    data["profiles"][0]["last_account"] = "DEMO"
    store_file.write_text(json.dumps(data), encoding="utf-8")
    # no terminal to ask on: it refuses rather than deleting without a question
    refused = cli(env, "forget", "--profile", "frontdesk")
    assert refused.returncode == 2
    assert "--yes" in refused.stderr
    assert stored(frontdesk, "client-secret") is not None
    one = cli(env, "forget", "--profile", "frontdesk", "--yes")
    assert one.returncode == 0, one.stderr
    assert stored(frontdesk, "client-secret") is None
    assert stored(frontdesk, "refresh-token:DEMO") is None
    assert stored(office, "client-secret") is not None
    assert "frontdesk" not in cli(env, "profile", "list").stdout
    everything = cli(env, "forget", "--all", "--yes")
    assert everything.returncode == 0, everything.stderr
    assert stored(office, "client-secret") is None
    assert cli(env, "profile", "list").stdout.strip() == ""
    assert app_items() == []
    again = cli(env, "forget", "--all", "--yes")
    assert again.returncode == 0, again.stderr
    assert again.stdout.startswith("No profile is saved")

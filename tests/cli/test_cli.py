"""The headless twin as an admin runs it: real processes, the sandbox, the Secret Service keyring."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from desktop_app.core.config import Profile, ProfileStore
from desktop_app.net.loopback_server import free_port
from desktop_app.sandbox import Sandbox
from tests.support.cli import add_profile, cli
from tests.support.keyring_entries import app_items, store, stored

pytestmark = pytest.mark.keyring


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
    assert "client id and secret" in refused.stderr
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


@pytest.fixture
def short_codes() -> Iterator[Sandbox]:
    # codes that live 60 s, as Keycloak's and panva's do by default
    with Sandbox(redirect_port=free_port(), code_ttl=60) as sb:
        yield sb


def test_a_browser_command_that_waits_never_holds_up_the_code_exchange(
    short_codes: Sandbox, env: dict[str, str]
) -> None:
    """``$BROWSER`` returns only once the callback page has loaded (w3m, lynx, a script): the
    exchange must not wait for it, or the page waits for the exchange and the code expires."""
    add_profile(short_codes, env, "hotel")
    browser = f"{sys.executable} -m tests.support.blocking_browser %s"
    result = subprocess.run(
        [sys.executable, "-m", "desktop_app", "inspect", "--json", "--profile", "hotel"],
        env={**env, "BROWSER": browser, "PYTHONPATH": str(Path.cwd())},
        capture_output=True,
        text=True,
        timeout=30,  # the deadlock lasted the page's 60 s wait
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["account"]["code"] == "DEMO"


def test_profile_edit_and_rename_cover_what_settings_can_set(
    sandbox: Sandbox, env: dict[str, str]
) -> None:
    add_profile(sandbox, env, "berlin")
    before = saved(env, "berlin")
    edited = cli(
        env, "profile", "edit", "berlin",
        "--prompt-consent", "--sign-in-timeout", "120", "--redirect-host", "localhost",
        "--client-auth", "client_secret_basic", "--scopes", "setup.read",
    )  # fmt: skip
    assert edited.returncode == 0, edited.stderr
    after = saved(env, "berlin")
    assert after.prompt_consent
    assert after.sign_in_timeout_s == 120
    assert after.redirect_host == "localhost"
    assert after.client_auth == "client_secret_basic"
    assert after.scopes == ("setup.read",)
    assert after.id == before.id
    assert stored(after, "client-secret") == sandbox.connect_client.client_secret  # kept
    off = cli(env, "profile", "edit", "berlin", "--no-prompt-consent")
    assert off.returncode == 0, off.stderr
    assert not saved(env, "berlin").prompt_consent
    renamed = cli(env, "profile", "rename", "berlin", "Berlin front desk")
    assert renamed.returncode == 0, renamed.stderr
    moved = saved(env, "Berlin front desk")
    assert moved.id == before.id
    assert stored(moved, "client-secret") == sandbox.connect_client.client_secret
    assert "berlin\t" not in cli(env, "profile", "list").stdout


def test_profile_add_with_the_same_name_ends_the_old_servers_sign_in(
    sandbox: Sandbox, env: dict[str, str]
) -> None:
    add_profile(sandbox, env, "hotel")
    profile = saved(env, "hotel")
    store_file = Path(env["APALEO_INSPECTOR_CONFIG_DIR"]) / "profiles.json"
    data = json.loads(store_file.read_text(encoding="utf-8"))
    data["profiles"][0]["last_account"] = "DEMO"
    store_file.write_text(json.dumps(data), encoding="utf-8")
    store(saved(env, "hotel"), "refresh-token:DEMO", "a-saved-sign-in")
    with Sandbox(redirect_port=free_port()) as other:
        result = cli(
            {**env, "TEST_SECRET": other.connect_client.client_secret},
            "profile", "add", "hotel",
            "--client-id", other.connect_client.client_id,
            "--identity-url", other.identity_url,
            "--api-url", other.api_url,
            "--secret-env", "TEST_SECRET",
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        assert "identity server or client id changed" in result.stderr
        assert "a-saved-sign-in" not in other.stats.received
        assert sandbox.connect_client.client_secret not in other.stats.received
    assert sandbox.stats.revocations == 1  # told where it was issued
    moved = saved(env, "hotel")
    assert moved.id == profile.id
    assert stored(moved, "refresh-token:DEMO") is None
    assert stored(moved, "client-secret") == other.connect_client.client_secret

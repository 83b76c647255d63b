"""``apaleo-inspector doctor`` and ``status`` as an admin runs them: a real process, the real keyring."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.core.config import ProfileStore
from desktop_app.doctor.checks import IDS
from desktop_app.sandbox import Sandbox
from tests.support.cli import add_profile, cli
from tests.support.keyring_entries import stored
from tests.support.signin import keep_sign_in

pytestmark = pytest.mark.keyring


def test_doctor_demo_prints_every_check_and_exits_0(env: dict[str, str]) -> None:
    result = cli(env, "doctor", "--demo")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Connection check of profile 'demo'")
    for title in ("Profile", "Discovery document", "Client id and secret", "apaleo API"):
        assert any(line.startswith(f"✓ {title} (") for line in lines), title
    assert any(line.startswith("- Secure connection (TLS)") for line in lines)
    assert "12 ok, 0 warnings, 0 failed, 1 skipped" in lines[-1]


def test_doctor_json_has_every_check_with_its_fields(env: dict[str, str]) -> None:
    result = cli(env, "doctor", "--demo", "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert [c["id"] for c in report["checks"]] == list(IDS)
    for check in report["checks"]:
        assert {"id", "status", "title", "detail", "fix", "ms"} <= set(check)
        assert check["status"] in ("ok", "warn", "fail", "skip")
        assert isinstance(check["ms"], int)
    assert report["status"] == "ok"
    assert report["summary"] == {"ok": 12, "warn": 0, "fail": 0, "skip": 1}


def test_doctor_exits_1_when_a_check_fails_and_names_the_fix(
    sandbox: Sandbox, env: dict[str, str]
) -> None:
    add_profile(sandbox, env, "hotel", secret="not-the-secret")
    result = cli(env, "doctor", "--profile", "hotel")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "✗ Client id and secret" in result.stdout
    assert "Fix: Copy the secret again" in result.stdout
    assert "not-the-secret" not in result.stdout + result.stderr
    # not signed in is a warning, never a failure
    add_profile(sandbox, env, "good")
    good = cli(env, "doctor", "--profile", "good", "--json")
    assert good.returncode == 0, good.stdout
    checks = {c["id"]: c for c in json.loads(good.stdout)["checks"]}
    assert checks["saved_sign_in"]["status"] == "warn"


def test_doctor_usage_and_no_profile(env: dict[str, str]) -> None:
    both = cli(env, "doctor", "--demo", "--profile", "x")
    assert both.returncode == 2
    none = cli(env, "doctor")
    assert none.returncode == 2
    assert "no profile yet" in none.stderr
    # a profile named that does not exist is a usage error too: nothing was checked
    unknown = cli(env, "doctor", "--profile", "nope")
    assert unknown.returncode == 2, unknown.stdout + unknown.stderr
    assert "There is no profile called 'nope'." in unknown.stderr
    # status with no profile at all needs attention, as gh auth status with no host
    nothing = cli(env, "status")
    assert nothing.returncode == 1, nothing.stdout
    assert "No profile yet" in nothing.stdout


def test_status_lists_every_profile_and_exits_1_when_one_needs_attention(
    sandbox: Sandbox, env: dict[str, str]
) -> None:
    add_profile(sandbox, env, "signed")
    add_profile(sandbox, env, "new")
    store = ProfileStore(Path(env["APALEO_INSPECTOR_CONFIG_DIR"]))
    keep_sign_in(sandbox, store.get("signed"), store)  # and makes it current
    result = cli(env, "status")
    assert result.returncode == 1, result.stdout
    lines = result.stdout.splitlines()
    assert "* signed  (current)" in lines
    assert "  new" in lines
    assert any("✓ signed in to account DEMO" in line for line in lines)
    assert any("! not signed in" in line for line in lines)
    assert any("access token valid until" in line for line in lines)
    data = json.loads(cli(env, "status", "--json").stdout)
    entries = {p["name"]: p for p in data["profiles"]}
    assert entries["signed"]["current"]
    assert entries["signed"]["sign_in_kept"]
    assert not entries["signed"]["needs_attention"]
    assert entries["new"]["needs_attention"]
    cli(env, "profile", "remove", "new")
    assert cli(env, "status").returncode == 0


def test_doctor_on_a_kept_sign_in_checks_it_and_replaces_nothing(
    sandbox: Sandbox, env: dict[str, str]
) -> None:
    add_profile(sandbox, env, "kept")
    store = ProfileStore(Path(env["APALEO_INSPECTOR_CONFIG_DIR"]))
    profile = keep_sign_in(sandbox, store.get("kept"), store)
    kept_before = stored(profile, "refresh-token:DEMO")
    access_before = stored(profile, "access-token:DEMO")
    assert kept_before
    assert access_before  # the window's start keeps it: the doctor's API checks use it
    sandbox.stats.reset()
    result = cli(env, "doctor", "--profile", "kept", "--json")
    assert result.returncode == 0, result.stdout + result.stderr
    checks = {c["id"]: c for c in json.loads(result.stdout)["checks"]}
    assert checks["saved_sign_in"]["status"] == "ok"
    assert "is active" in checks["saved_sign_in"]["detail"]
    assert checks["api"]["status"] == "ok"  # with the access token kept in the keyring
    assert checks["users"]["status"] == "ok"
    # never stored, never replaced: the keyring holds what it held, no token was renewed
    assert stored(profile, "refresh-token:DEMO") == kept_before
    assert stored(profile, "access-token:DEMO") == access_before
    assert sandbox.stats.token_requests.get("refresh_token", 0) == 0
    assert sandbox.stats.token_requests.get("authorization_code", 0) == 1  # the made-up code


def test_without_a_keyring_the_missing_secret_is_named_and_the_rest_still_checked(
    sandbox: Sandbox, env: dict[str, str]
) -> None:
    # a real process on a session without a Secret Service (no D-Bus session bus at all):
    # keyring's own fallback, as on a server or a bare desktop
    bare = {k: v for k, v in env.items() if k != "DBUS_SESSION_BUS_ADDRESS"}
    client = sandbox.connect_client
    added = cli(
        {**bare, "TEST_SECRET": client.client_secret},
        "profile", "add", "hotel",
        "--client-id", client.client_id,
        "--identity-url", sandbox.identity_url,
        "--api-url", sandbox.api_url,
        "--redirect-port", str(sandbox.redirect_port),
        "--secret-env", "TEST_SECRET",
    )  # fmt: skip
    # the profile is kept, its secret cannot be: said, and not an exit 0 a script would trust
    assert added.returncode == 1, added.stdout + added.stderr
    assert "saved profile 'hotel', but not its client secret" in added.stderr
    assert "No system keyring was found" in added.stderr
    assert client.client_secret not in added.stdout + added.stderr
    assert "hotel" in cli(bare, "profile", "list").stdout
    result = cli(bare, "doctor", "--profile", "hotel", "--json")
    assert result.returncode == 1, result.stdout + result.stderr
    checks = {c["id"]: c for c in json.loads(result.stdout)["checks"]}
    client = checks["client_auth"]
    assert client["status"] == "fail"
    assert "No client secret is stored" in client["detail"]
    assert "No system keyring was found" in client["detail"]
    assert "keyring is available" in client["fix"]
    # what needs no secret is still checked: the admin sees the network is fine
    for link in ("config", "proxy", "clock", "discovery", "jwks", "redirect_uri"):
        assert checks[link]["status"] == "ok", (link, checks[link]["detail"])
    assert checks["saved_sign_in"]["status"] == "skip"

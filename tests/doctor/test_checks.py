"""Each check turns red through the sandbox's real failure, says why and what to do, and green again.

Real parts only: the sandbox's identity server and API on loopback, the app's own transport.
"""

from __future__ import annotations

import threading

import pytest

from desktop_app.doctor.checks import CHECKS, IDS, run_doctor
from desktop_app.doctor.context import Doctor
from desktop_app.doctor.model import Check, Finding, Result, ok
from desktop_app.doctor.runner import run_checks
from desktop_app.sandbox import Fault, Sandbox
from desktop_app.sandbox.plays import SHIFT_S, TAKEN_SCOPE
from tests.doctor.conftest import Connect


def by_id(results: list[Result]) -> dict[str, Result]:
    return {r.id: r for r in results}


def test_a_healthy_connection_is_green_link_by_link(connect: Connect) -> None:
    results = run_doctor(connect())
    assert [r.id for r in results] == list(IDS)
    statuses = {r.id: r.status for r in results}
    # plain HTTP on loopback: no certificate to check; everything else is fine
    assert statuses == {**dict.fromkeys(IDS, "ok"), "tls": "skip"}
    found = by_id(results)
    assert "DEMO" in found["api"].detail
    assert dict(found["api"].facts)["tracking id"]  # apaleo's tracking id is kept
    assert all(r.ms >= 0 for r in results)
    assert all(not r.fix for r in results if r.status == "ok")


@pytest.mark.parametrize(
    ("failure", "red", "words", "fix_words"),
    [
        ("wrong_secret", "client_auth", "secret is wrong", "Copy the secret again"),
        ("inactive_client", "client_auth", "not active yet", "wait five minutes"),
        (
            "unregistered_redirect_uri",
            "redirect_uri",
            "does not know this redirect URI",
            "add the redirect URI exactly",
        ),
        ("unregistered_scope", "redirect_uri", "scope that is not registered", "Remove the scope"),
        ("shifted_clock", "clock", "3600 s behind", "Set time automatically"),
        ("rate_limit_spent", "rate_limit", "rate limit is spent", "Wait until the limit resets"),
        ("users_refused", "users", "identity:account-users.read", "Add the scope"),
    ],
)
def test_each_failure_turns_its_check_red_and_back(
    sandbox: Sandbox, connect: Connect, failure: str, red: str, words: str, fix_words: str
) -> None:
    connection = connect()
    sandbox.plays.play(failure)
    results = by_id(run_doctor(connection))
    assert results[red].status == "fail", results[red]
    assert words in results[red].detail
    assert fix_words in results[red].fix
    # one broken link is one red row: nothing else fails, what builds on it is skipped
    assert [r.id for r in results.values() if r.status == "fail"] == [red]
    sandbox.plays.heal()
    assert by_id(run_doctor(connection))[red].status == "ok"


def test_dependants_of_a_failure_are_skipped_with_the_reason(
    sandbox: Sandbox, connect: Connect
) -> None:
    connection = connect(signed_in=False)
    sandbox.plays.play("wrong_secret")
    results = by_id(run_doctor(connection))
    assert results["client_auth"].status == "fail"
    for skipped in ("saved_sign_in", "api", "scopes", "rate_limit", "users"):
        assert results[skipped].status == "skip"
        assert results[skipped].blocked
    assert "Client id and secret" in results["saved_sign_in"].detail
    assert "Saved sign-in" in results["api"].detail  # skipped because its own need was


def test_without_a_sign_in_nothing_fails_and_no_browser_opens(
    sandbox: Sandbox, connect: Connect
) -> None:
    connection = connect(signed_in=False)
    results = by_id(run_doctor(connection))
    assert not [r for r in results.values() if r.status == "fail"]
    assert results["saved_sign_in"].status == "warn"
    assert "Sign in in the window" in results["saved_sign_in"].fix
    assert {results[i].status for i in ("api", "scopes", "users", "rate_limit")} == {"skip"}
    assert connection.session.tokens is None  # the doctor signed nobody in
    assert sandbox.stats.token_requests.get("refresh_token", 0) == 0


def test_a_custom_app_is_checked_with_client_credentials(connect: Connect) -> None:
    results = by_id(run_doctor(connect(mode="client_credentials")))
    assert results["client_auth"].status == "ok"
    assert results["redirect_uri"].status == "skip"
    assert results["api"].status == "ok"


def test_a_connect_client_used_as_a_custom_app_is_named(sandbox: Sandbox, connect: Connect) -> None:
    profile = sandbox.profile(
        "wrong-kind", mode="client_credentials", client_id=sandbox.connect_client.client_id
    )
    results = by_id(
        run_doctor(connect(profile=profile, secret=sandbox.connect_client.client_secret))
    )
    assert results["client_auth"].status == "fail"
    assert "store app" in results["client_auth"].detail
    assert "Add custom app" in results["client_auth"].fix


def test_scopes_name_the_tab_that_stays_empty(connect: Connect) -> None:
    results = by_id(run_doctor(connect(scopes=("setup.read",))))
    assert results["scopes"].status == "warn"
    assert "Users tab" in results["scopes"].detail
    assert TAKEN_SCOPE in results["scopes"].detail
    assert results["users"].status == "warn"  # not asked for: not a failure of apaleo's
    assert "Units" not in results["scopes"].detail  # setup.read covers the counts


def test_the_clock_warns_past_a_minute_and_fails_past_the_leeway(
    sandbox: Sandbox, connect: Connect
) -> None:
    connection = connect()
    sandbox.clock_offset_s = 120
    assert by_id(run_doctor(connection))["clock"].status == "warn"
    sandbox.clock_offset_s = SHIFT_S
    assert by_id(run_doctor(connection))["clock"].status == "fail"
    sandbox.clock_offset_s = -SHIFT_S
    assert "ahead" in by_id(run_doctor(connection))["clock"].detail


def test_a_check_that_raises_is_one_red_row_and_cancel_stops_the_run(connect: Connect) -> None:
    def broken(_doctor: Doctor) -> Finding:
        raise KeyError("bug")

    blocked_by_event = threading.Event()

    def slow(doctor: Doctor) -> Finding:
        blocked_by_event.set()
        doctor.cancel.wait(10)
        return ok("late")

    checks = (
        Check("a", "A", broken),
        Check("b", "B", lambda _d: ok("fine"), ("a",)),
        Check("c", "C", slow),
        Check("d", "D", lambda _d: ok("never"), ("c",)),
    )
    doctor = Doctor(connect(signed_in=False))
    heard: list[Result] = []

    def on_result(result: Result) -> None:
        heard.append(result)
        if result.id == "b":
            doctor.cancel.set()

    results = by_id(run_checks(checks, doctor, on_result))
    assert results["a"].status == "fail"
    assert "KeyError" in results["a"].detail
    assert results["b"].status == "skip"
    assert results["b"].blocked
    assert "d" not in results  # cancelled before it could start
    assert {r.id for r in heard} == {"a", "b"}


def test_every_check_has_a_stable_id_and_title() -> None:
    assert len(set(IDS)) == len(IDS) == 13
    assert IDS == (
        "config",
        "proxy",
        "tls",
        "clock",
        "discovery",
        "jwks",
        "client_auth",
        "redirect_uri",
        "saved_sign_in",
        "api",
        "scopes",
        "rate_limit",
        "users",
    )
    assert all(c.title for c in CHECKS)


def test_the_saved_sign_in_is_asked_about_never_renewed_and_a_refusal_is_named(
    sandbox: Sandbox, connect: Connect
) -> None:
    connection = connect()
    before = connection.session.tokens
    assert before is not None
    found = by_id(run_doctor(connection))["saved_sign_in"]
    assert found.status == "ok"
    assert "is active: the server would renew it now (asked without using it)" in found.detail
    # the doctor stores and replaces nothing: no renewal, the same tokens as before
    assert sandbox.stats.token_requests.get("refresh_token", 0) == 0
    assert connection.session.tokens is before
    assert sandbox.revoke_tokens_for(client_id=connection.profile.client_id) >= 1
    refused = by_id(run_doctor(connection))
    assert refused["saved_sign_in"].status == "fail"
    assert "no longer accepts the saved sign-in" in refused["saved_sign_in"].detail
    assert "Sign in again" in refused["saved_sign_in"].fix
    assert refused["api"].status == "skip"
    assert sandbox.stats.token_requests.get("refresh_token", 0) == 0


def test_config_proxy_discovery_and_keys_each_turn_red(
    sandbox: Sandbox, connect: Connect, monkeypatch: pytest.MonkeyPatch
) -> None:
    # no client secret stored for the profile: the client check says so and is not tried;
    # everything that needs no secret is still checked
    profile = sandbox.profile("no-secret")
    from desktop_app.auth.secret_store import SecretStore
    from desktop_app.connection import open_connection

    bare = open_connection(profile, SecretStore(profile, memory_only=True))
    asked = sum(sandbox.stats.token_requests.values())
    try:
        results = by_id(run_doctor(bare))
    finally:
        bare.close()
    assert results["client_auth"].status == "fail"
    assert "No client secret is stored" in results["client_auth"].detail
    assert "apaleo ▸ Apps" in results["client_auth"].fix
    for link in ("config", "proxy", "clock", "discovery", "jwks", "redirect_uri"):
        assert results[link].status == "ok", (link, results[link].detail)
    assert results["saved_sign_in"].status == "skip"
    # nothing was sent to the token endpoint without the secret
    assert sum(sandbox.stats.token_requests.values()) == asked
    # a discovery document that names another server: tokens must not go there
    other_name = connect(
        signed_in=False, identity_url=sandbox.identity_url.replace("127.0.0.1", "localhost")
    )
    results = by_id(run_doctor(other_name))
    assert results["discovery"].status == "fail"
    assert "says it is" in results["discovery"].detail
    # the key set cannot be loaded
    sandbox.faults.add(Fault("status", path="/.well-known/openid-configuration/jwks", status=500))
    assert by_id(run_doctor(connect(signed_in=False)))["jwks"].status == "fail"
    sandbox.faults.clear()
    # a proxy setting that is no address
    monkeypatch.setenv("HTTPS_PROXY", "http://:3128")
    monkeypatch.setenv("HTTP_PROXY", "http://:3128")
    monkeypatch.setenv("NO_PROXY", "")
    proxied = connect(
        signed_in=False,
        identity_url="https://identity.apaleo.com",
        api_url="https://api.apaleo.com",
    )
    assert by_id(run_doctor(proxied))["proxy"].status == "fail"

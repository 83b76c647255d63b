"""The support report: what support needs, and not one secret the sandbox handed out."""

from __future__ import annotations

import json

from desktop_app.doctor.checks import run_doctor
from desktop_app.doctor.report import Report
from desktop_app.net.call_log import KEPT, CallLog
from desktop_app.sandbox import Sandbox
from desktop_app.sandbox.grants import SEEN_SECRETS
from tests.doctor.conftest import Connect


def test_the_support_report_holds_what_support_asks_and_no_secret(
    sandbox: Sandbox, connect: Connect
) -> None:
    connection = connect()
    connection.api.current_account()  # a call of the window's, before the doctor
    report = Report.of(connection, run_doctor(connection), 0.5, qt="6.9.0")
    text, data = report.support_text(), report.json_text(support=True)
    secrets = (
        set(SEEN_SECRETS)
        | sandbox.stats.issued
        | sandbox.stats.received
        | {c.client_secret for c in sandbox.clients}
    )
    assert len(secrets) > 5
    for secret in secrets:
        assert secret not in text, "a secret in the support report"
        assert secret not in data, "a secret in the support report's JSON"
    # personal data: the user's display name, never the e-mail address
    user = sandbox.default_user
    assert f"signed-in user: {user.name}" in text
    assert user.email not in text
    assert user.email not in data
    parsed = json.loads(data)
    assert set(parsed["versions"]) == {"app", "qt", "python", "os"}
    assert parsed["versions"]["qt"] == "6.9.0"
    assert parsed["profile"]["client_id"] == "inspector-connect"
    assert "identity:account-users.read" in parsed["granted_scopes"]
    calls = parsed["recent_calls"]
    assert 0 < len(calls) <= KEPT
    assert all("?" not in c["path"] for c in calls)  # never a query (state, code, challenge)
    current = [c for c in calls if c["path"] == "/account/v1/accounts/current"]
    assert current
    assert all(c["tracking_id"] for c in current)
    assert {"method", "path", "status", "at", "ms", "tracking_id"} <= set(current[0])
    assert "tracking id" in text


def test_the_call_log_keeps_the_last_fifty_and_hears_each() -> None:
    from desktop_app.net.call_log import Call

    log = CallLog()
    heard: list[Call] = []
    log.added.add(heard.append)
    for i in range(KEPT + 10):
        log.add(Call("GET", "h", f"/p{i}", 200, 0.0, 1, rate_remaining=300 - i))
    recent = log.recent()
    assert len(recent) == KEPT
    assert recent[0].path == "/p10"
    assert recent[-1].path == f"/p{KEPT + 9}"
    assert len(heard) == KEPT + 10
    remaining, budget = log.budget_left() or (0, 0)
    assert remaining == 300 - KEPT - 9
    assert budget == 3500

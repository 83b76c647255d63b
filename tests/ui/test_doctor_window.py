"""The doctor, the recent requests and the rate meter in the window: real widgets, a real sandbox."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
import requests
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from desktop_app.auth.secret_store import SecretStore
from desktop_app.doctor.checks import IDS, run_doctor
from desktop_app.doctor.report import Report
from desktop_app.net.call_log import RECENT
from desktop_app.sandbox import Fault, Sandbox
from desktop_app.sandbox.grants import SEEN_SECRETS
from desktop_app.ui.app import Controller
from desktop_app.ui.doctor_window import DoctorWindow
from desktop_app.ui.main_window import MainWindow
from tests.support.language import in_language
from tests.support.waits import error, until
from tests.ui.conftest import ready, save_profile

OpenWindow = Callable[..., tuple[MainWindow, Sandbox]]


def _menu_action(window: MainWindow, name: str) -> None:
    action = next(
        a
        for a in window.findChildren(type(window.menuBar().actions()[0]))
        if a.objectName() == name
    )
    action.trigger()


def _finished(qtbot: QtBot, doctor: DoctorWindow) -> None:
    until(qtbot, doctor.flow.state_changed, lambda: doctor.flow.state == "done", what="the doctor")


def _checked(qtbot: QtBot, window: MainWindow) -> DoctorWindow:
    """Help ▸ Check the connection…, waited for until its run is done."""
    window.open_doctor()
    doctor = window.doctor
    assert doctor is not None
    _finished(qtbot, doctor)
    return doctor


def test_help_check_the_connection_fills_a_row_per_link_and_copies_a_clean_report(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window, sb = open_window()
    _menu_action(window, "check_connection")
    doctor = window.doctor
    assert doctor is not None
    assert doctor.isVisible()
    heard: list[str] = []
    doctor.flow.result.connect(lambda r: heard.append(r.id))
    _finished(qtbot, doctor)
    assert sorted(heard) == sorted(IDS)  # every row filled in as its check finished
    for check_id, item in doctor.rows.items():
        assert item.text(1), check_id
        assert item.text(1) != "Waiting…", check_id
        assert item.text(2).endswith(" ms")
        assert not item.icon(0).isNull()
    assert doctor.rows["api"].text(1).startswith("OK: apaleo's API answered: account DEMO")
    assert doctor.rows["tls"].text(1).startswith("Skipped:")
    # the test profile's port is chosen at each sign-in: the one warning
    assert doctor.rows["config"].text(1).startswith("Warning:")
    assert "works, with 1 warning" in doctor.summary.text()
    assert doctor.progress.value() == doctor.progress.maximum()
    with qtbot.waitSignal(doctor.report_copied):
        doctor.copy_button.click()
    report = QGuiApplication.clipboard().text()
    assert "Connection check of profile 'window-test'" in report
    assert "/account/v1/accounts/current" in report
    for secret in SEEN_SECRETS | sb.stats.issued | {c.client_secret for c in sb.clients}:
        assert secret not in report


def test_a_failing_link_is_red_with_what_to_do_and_the_run_can_be_stopped(
    qtbot: QtBot, open_window: OpenWindow, tmp_path: Path
) -> None:
    window, sb = open_window()
    sb.plays.play("wrong_secret")
    doctor = _checked(qtbot, window)
    row = doctor.rows["client_auth"].text(1)
    assert row.startswith("Failed: apaleo did not accept the client id and secret")
    assert "What to do: Copy the secret again" in row
    assert doctor.rows["saved_sign_in"].text(1).startswith("Skipped: Not checked")
    assert "1 link failed" in doctor.summary.text()
    # the red row is selected and its fix is shown whole below the list
    assert doctor.tree.currentItem() is doctor.rows["client_auth"]
    assert "What to do: Copy the secret again" in doctor.details.text()
    assert "error: invalid_client" in doctor.details.text()
    doctor.save_to(tmp_path / "report.json", as_json=True)
    assert '"client_auth"' in (tmp_path / "report.json").read_text(encoding="utf-8")
    # a held discovery document: the run waits, Stop ends it and says what was not checked
    sb.plays.heal()
    held = sb.faults.add(Fault("hold", path="/.well-known/openid-configuration", delay_s=10))
    doctor.start()
    until(qtbot, doctor.flow.result, held.arrived.is_set, what="discovery to be held")
    assert doctor.stop_button.isEnabled()
    doctor.stop_button.click()
    assert doctor.flow.state == "cancelled"
    assert doctor.rows["api"].text(1) == "Not checked: the check was stopped."
    assert doctor.summary.text() == "Stopped."
    held.release.set()
    assert doctor.again_button.isEnabled()


def test_an_error_bar_offers_the_doctor(qtbot: QtBot, open_window: OpenWindow) -> None:
    window, _sb = open_window(faults=[Fault("status", path="/inventory/v1/properties", status=500)])
    bar = window.message_bar
    until(qtbot, window.properties.error, bar.isVisible, what="the error bar")
    assert bar.doctor_button.isVisible()
    bar.doctor_button.click()
    assert window.doctor is not None
    assert window.doctor.isVisible()
    _finished(qtbot, window.doctor)


def test_recent_requests_lists_the_calls_and_grows(qtbot: QtBot, open_window: OpenWindow) -> None:
    window, _sb = open_window()
    until(qtbot, window.properties.busy, lambda: not window.properties.loading, what="a load")
    _menu_action(window, "recent_requests")
    recent = window.recent_requests
    assert recent is not None
    table = recent.table
    rows = [
        [table.item(r, c).text() for c in range(table.columnCount())]  # type: ignore[union-attr]
        for r in range(table.rowCount())
    ]
    account = [r for r in rows if r[2].endswith("/account/v1/accounts/current")]
    assert account
    assert account[-1][3] == "200"
    assert account[-1][5]
    assert all("?" not in r[2] for r in rows)  # never a query
    before = table.rowCount()
    with qtbot.waitSignal(window.properties.busy):
        window.reload()
    until(qtbot, window.properties.busy, lambda: table.rowCount() > before or before == 50)
    assert table.item(table.rowCount() - 1, 2) is not None


def test_the_rate_meter_shows_while_the_budget_is_low(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window, sb = open_window(max_retries=1)
    until(qtbot, window.properties.busy, lambda: not window.properties.loading, what="a load")
    meter = window.rate_meter
    assert not meter.isVisible()
    sb.plays.play("rate_limit_spent")
    RECENT.added.add(lambda _c: None)  # the log is the process's: the window hears its calls
    window.open_doctor()  # the doctor asks once, and hears 429 with nothing left
    doctor = window.doctor
    assert doctor is not None
    _finished(qtbot, doctor)
    until(qtbot, doctor.flow.finished, meter.isVisible, what="the meter")
    assert "0 of 200 requests left" in meter.text()
    sb.plays.heal()
    doctor.start()
    _finished(qtbot, doctor)
    assert not meter.isVisible()


def test_the_doctor_speaks_german(qtbot: QtBot, open_window: OpenWindow) -> None:
    with in_language("de"):
        window, sb = open_window()
        sb.plays.play("unregistered_redirect_uri")
        doctor = _checked(qtbot, window)
        assert doctor.windowTitle() == "Verbindung prüfen"
        assert doctor.rows["redirect_uri"].text(0) == "Weiterleitungs-URI"
        row = doctor.rows["redirect_uri"].text(1)
        assert row.startswith("Fehlgeschlagen: Der Identitätsserver hat die Anmeldeanfrage")
        assert "apaleo kennt diese Weiterleitungs-URI" in row
        assert "Was zu tun ist: Öffnen Sie in apaleo" in row
        assert "1 Strecke ist fehlgeschlagen" in doctor.summary.text()


@pytest.mark.keyring
def test_a_sign_in_error_offers_the_doctor_on_that_connection(
    qtbot: QtBot, sandbox: Sandbox, make_controller: Callable[..., Controller]
) -> None:
    profile = save_profile(sandbox)
    SecretStore(profile).set_client_secret("replaced-in-apaleo-meanwhile")
    controller = make_controller()
    ready(qtbot, controller)
    signin = controller.signin
    assert not signin.doctor_button.isVisible()
    with qtbot.waitSignal(signin.flow.waiting, timeout=20_000) as waiting:
        signin.sign_in_button.click()
    # the browser's part, over HTTP: consent, then the redirect to the app's listener
    with requests.Session() as browser:
        browser.trust_env = False
        browser.get(sandbox.approve(waiting.args[0]), timeout=10)
    error(qtbot, signin)  # the code exchange was refused: the secret is wrong
    assert signin.doctor_button.isVisible()
    signin.doctor_button.click()
    doctor = signin.doctor
    assert doctor is not None
    assert doctor.connection is controller.connection
    _finished(qtbot, doctor)
    assert doctor.rows["client_auth"].text(1).startswith("Failed:")
    # another connection takes over (a profile switch): the doctor of the old one closes
    signin.set_session(None)
    assert signin.doctor is None
    assert not doctor.isVisible()


def test_the_window_and_the_command_line_say_the_same(
    qtbot: QtBot, open_window: OpenWindow, tmp_path: Path
) -> None:
    window, sb = open_window()
    sb.plays.play("unregistered_scope")
    doctor = _checked(qtbot, window)
    doctor.save_to(tmp_path / "window.json", as_json=True)
    shown = json.loads((tmp_path / "window.json").read_text(encoding="utf-8"))["checks"]
    # the command line's code path (run_doctor + Report), over the same connection
    again = Report.of(window.ctx.connection, run_doctor(window.ctx.connection)).to_json()["checks"]

    def said(checks: list[dict[str, object]]) -> list[tuple[object, ...]]:
        # the budget left moves with every call: its count is the one difference allowed
        return [
            (c["id"], c["status"], c["fix"], "" if c["id"] == "rate_limit" else c["detail"])
            for c in checks
        ]

    assert said(shown) == said(again)
    assert any(c["status"] == "fail" for c in shown)


def test_journey_from_an_error_bar_through_the_doctor_to_a_fix(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    """An admin's way: the account does not load, the bar's button shows which link fails, the
    link is mended, the doctor turns green, and Retry loads what failed."""
    broken = Fault("status", path="/account/v1/accounts/current", status=500)
    window, sb = open_window(faults=[broken], max_retries=1)
    bar = window.message_bar
    until(qtbot, window.header.error, bar.isVisible, what="the account's error")
    assert bar.doctor_button.isVisible()
    bar.doctor_button.click()
    doctor = window.doctor
    assert doctor is not None
    _finished(qtbot, doctor)
    assert doctor.tree.currentItem() is doctor.rows["api"]  # the red row, selected
    assert "HTTP 500" in doctor.details.text()
    assert doctor.rows["rate_limit"].text(1).startswith("Skipped:")
    sb.faults.remove(broken)  # apaleo answers again
    doctor.again_button.click()
    _finished(qtbot, doctor)
    assert doctor.rows["api"].text(1).startswith("OK: apaleo's API answered: account DEMO")
    doctor.close()
    assert bar.isVisible()
    bar.retry_button.click()
    until(
        qtbot,
        window.header.busy,
        lambda: "Demo Hotels Group" in window.header.account_title.full_text(),
        what="the account",
    )
    assert not bar.isVisible()

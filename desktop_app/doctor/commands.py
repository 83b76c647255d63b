"""``apaleo-inspector doctor`` and ``apaleo-inspector status``: the doctor and the sign-ins, headless.

``doctor`` runs the same checks as *Help ▸ Check the connection…*; exit 0 when nothing failed,
1 when a check failed, 2 for usage (argparse's, and a profile that does not exist: nothing was
checked). ``status`` lists every profile at once, as ``gh auth status`` does: the kept sign-in,
its expiry, the last account, the current profile marked; exit 1 when any needs attention, or
when there is none (like ``gh``: nothing is signed in). Neither opens a browser or stores a new sign-in.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from typing import Any
from urllib.parse import urlsplit

from desktop_app.core.errors import InspectorError
from desktop_app.core.i18n import shown
from desktop_app.doctor.model import SYMBOLS

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def add_parsers(sub: Any) -> None:
    """Register ``doctor`` and ``status`` on *sub* (an argparse subparsers action)."""
    doctor = sub.add_parser(
        "doctor", help="check every link from this computer to apaleo, and say what to fix"
    )
    which = doctor.add_mutually_exclusive_group()
    which.add_argument("--profile", dest="doctor_profile", metavar="NAME", help="this profile")
    which.add_argument(
        "--demo", dest="doctor_demo", action="store_true", help="check the embedded sandbox"
    )
    doctor.add_argument("--json", dest="doctor_json", action="store_true", help="print JSON")
    doctor.add_argument(
        "--report",
        dest="doctor_report",
        action="store_true",
        help="print the support report (versions, results, scopes, the last 50 calls)",
    )
    status = sub.add_parser("status", help="every profile's saved sign-in, at a glance")
    status.add_argument("--json", dest="status_json", action="store_true", help="print JSON")


def _signed_in_demo() -> tuple[Any, Any]:
    """(sandbox, connection) signed in as the sandbox's admin, its consent given over HTTP."""
    import threading

    from desktop_app.auth.secret_store import SecretStore
    from desktop_app.connection import open_connection
    from desktop_app.net.loopback_server import free_port
    from desktop_app.sandbox import Sandbox

    sandbox = Sandbox(redirect_port=free_port()).start()
    profile = sandbox.profile("demo").with_changes(ephemeral=True)
    connection = open_connection(
        profile,
        SecretStore(profile, memory_only=True),
        client_secret=sandbox.client_secret_for(profile),
    )
    attempt = connection.session.begin_sign_in()

    def browser() -> None:
        """The sandbox's stand-in for a browser: its demo admin approves, the redirect returns."""
        import requests

        callback = sandbox.approve(attempt.authorization_url)
        with requests.Session() as http:
            http.trust_env = False  # loopback, as a browser would reach it
            http.get(f"{attempt.redirect_uri}?{urlsplit(callback).query}", timeout=10)

    threading.Thread(target=browser, name="demo-browser", daemon=True).start()
    try:
        attempt.wait(threading.Event(), 30)
    finally:
        attempt.close()
    return sandbox, connection


def run_doctor_command(args: argparse.Namespace) -> int:
    """``doctor``: run the checks, print them, exit 1 when one failed."""
    from desktop_app.doctor.checks import run_doctor
    from desktop_app.doctor.report import Report

    sandbox = None
    try:
        if args.doctor_demo:
            sandbox, connection = _signed_in_demo()
        else:
            try:
                profile = _profile_named(args.doctor_profile or args.profile)
            except InspectorError as exc:  # a profile named that does not exist
                print(f"apaleo-inspector: {exc.message}", file=sys.stderr)
                return EXIT_USAGE
            if profile is None:
                print(
                    "apaleo-inspector: there is no profile yet; add one with "
                    "'apaleo-inspector profile add' (or try --demo).",
                    file=sys.stderr,
                )
                return EXIT_USAGE
            connection = _connection_of(profile)
        started = time.monotonic()
        live = not args.doctor_json and not args.doctor_report and sys.stdout.isatty()
        if live:
            print("Checking…", file=sys.stderr)

        def heard(result: Any) -> None:
            if live:
                print(f"  {SYMBOLS[result.status]} {shown(result.title)}", file=sys.stderr)

        results = run_doctor(connection, heard)
        report = Report.of(connection, results, time.monotonic() - started)
        if args.doctor_json:
            print(report.json_text(support=args.doctor_report))
        elif args.doctor_report:
            print(report.support_text())
        else:
            print(report.text())
        connection.close()
        return EXIT_FAILED if report.status == "fail" else EXIT_OK
    finally:
        if sandbox is not None:
            sandbox.stop()


def _profile_named(name: str | None) -> Any:
    """The profile called *name* (InspectorError when there is none), else the current one."""
    from desktop_app.auth.migration import migrate_store
    from desktop_app.core.config import ProfileStore

    profiles = ProfileStore()
    migrate_store(profiles)
    return profiles.get(name) if name else profiles.current


def _connection_of(profile: Any) -> Any:
    from desktop_app.auth.secret_store import SecretStore
    from desktop_app.connection import open_connection

    return open_connection(profile, SecretStore(profile))


# ------------------------------------------------------------------ status
def _profile_status(profile: Any, current: bool) -> dict[str, Any]:
    """One profile's kept sign-in, read from the keyring only (no network)."""
    from desktop_app.auth.secret_store import SecretStore
    from desktop_app.auth.tokens import TokenSet

    store = SecretStore(profile)
    problems: list[str] = []
    if store.problem:
        problems.append(str(store.problem))
    secret = profile.client_auth == "none" or store.get_client_secret() is not None
    if not secret:
        problems.append("no client secret is stored")
    kept = False
    expires_at = None
    if profile.mode == "client_credentials":
        kept = secret
    elif profile.last_account:
        refresh = store.get_refresh_token(profile.last_account)
        kept = refresh is not None
        cached = store.get_access_cache(profile.last_account)
        tokens = TokenSet.from_cache(cached, refresh) if cached else None
        expires_at = tokens.expires_at if tokens else None
    if not kept and profile.mode == "authorization_code":
        problems.append("not signed in (no sign-in is kept)")
    return {
        "name": profile.name,
        "current": current,
        "mode": profile.mode,
        "identity_url": profile.identity_url,
        "client_id": profile.client_id,
        "last_account": profile.last_account,
        "sign_in_kept": kept,
        "kept_in": str(store.backend_label),
        "access_token_expires_at": (
            time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(expires_at)) if expires_at else None
        ),
        "client_secret_stored": secret,
        "needs_attention": bool(problems),
        "problems": problems,
    }


def _status_lines(entry: dict[str, Any]) -> list[str]:
    mark = "*" if entry["current"] else " "
    lines = [
        f"{mark} {entry['name']}" + ("  (current)" if entry["current"] else ""),
        f"    {entry['identity_url']}  client {entry['client_id']}",
    ]
    if entry["mode"] == "client_credentials":
        state = "custom app: a token comes from the client credentials at each start"
    elif entry["sign_in_kept"]:
        state = f"signed in to account {entry['last_account']}, kept in {entry['kept_in']}"
    else:
        state = "not signed in"
    lines.append(f"    {'!' if entry['needs_attention'] else '✓'} {state}")
    if entry["access_token_expires_at"]:
        lines.append(f"    access token valid until {entry['access_token_expires_at']}")
    lines += [
        f"    ! {problem}"
        for problem in entry["problems"]
        if problem != "not signed in (no sign-in is kept)"
    ]
    return lines


def run_status_command(args: argparse.Namespace) -> int:
    """``status``: every profile, exit 1 when any needs attention."""
    from desktop_app.auth.migration import migrate_store
    from desktop_app.core.config import ProfileStore

    profiles = ProfileStore()
    migrate_store(profiles)
    current = profiles.current.name if profiles.current else None
    entries = [_profile_status(p, p.name == current) for p in profiles.profiles]
    if args.status_json:
        print(json.dumps({"profiles": entries}, indent=2, ensure_ascii=False))
    elif not entries:
        print("No profile yet: add one with 'apaleo-inspector profile add', or start the app.")
    else:
        print("\n".join(line for entry in entries for line in _status_lines(entry)))
    attention = not entries or any(e["needs_attention"] for e in entries)
    return EXIT_FAILED if attention else EXIT_OK


__all__ = ["add_parsers", "run_doctor_command", "run_status_command"]

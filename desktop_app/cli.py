"""Headless subcommands: ``inspect``, ``profile``, ``check``, ``forget``; ``doctor`` and ``status``.

Import-light on purpose (``--help`` must not load requests or Qt): each command imports what it
needs when it runs. Errors go to stderr in words, with distinct exit codes for scripts:
2 usage, 3 sign-in needed or refused, 4 network or server, 1 anything else.
"""

from __future__ import annotations

import argparse
import os
import sys
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop_app.core.config import ProfileStore

EXIT_OTHER, EXIT_USAGE, EXIT_SIGN_IN, EXIT_NETWORK = 1, 2, 3, 4


def add_subcommands(sub: Any) -> None:
    """Register the subcommands on *sub* (an argparse subparsers action)."""
    inspect = sub.add_parser("inspect", help="sign in and print the account as JSON")
    inspect.add_argument(
        "--json", action="store_true", required=True, help="print JSON (the only format)"
    )
    inspect.add_argument("--profile", dest="sub_profile", metavar="NAME", help="use this profile")
    inspect.add_argument(
        "--no-browser",
        dest="sub_no_browser",
        action="store_true",
        help="only print the sign-in address",
    )
    inspect.add_argument(
        "--demo", dest="sub_demo", action="store_true", help="run against the embedded sandbox"
    )
    inspect.add_argument(
        "--timeout", type=int, default=None, help="seconds to wait for the browser"
    )

    profile = sub.add_parser("profile", help="manage connection profiles")
    actions = profile.add_subparsers(dest="profile_command", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="add a profile (or replace the one with this name)")
    add.add_argument("name")
    add.add_argument("--client-id", required=True)
    _profile_fields(add, editing=False)
    edit = actions.add_parser(
        "edit", help="change some fields of a profile (what is not given stays as it is)"
    )
    edit.add_argument("name")
    edit.add_argument("--client-id", default=None)
    _profile_fields(edit, editing=True)
    rename = actions.add_parser(
        "rename", help="give a profile another name (its saved sign-in and secret stay)"
    )
    rename.add_argument("name")
    rename.add_argument("new_name")
    actions.add_parser("list", help="list profiles")
    remove = actions.add_parser("remove", help="remove a profile and its keyring entries")
    remove.add_argument("name")
    use = actions.add_parser("use", help="make a profile current")
    use.add_argument("name")

    sub.add_parser(
        "check", help="verify the keyring, Qt plugins, TLS certificates, resources and languages"
    )
    from desktop_app.doctor.commands import add_parsers

    add_parsers(sub)
    forget = sub.add_parser(
        "forget",
        help="delete the app's keyring entries and profiles (shared PCs; before uninstalling)",
    )
    which = forget.add_mutually_exclusive_group(required=True)
    which.add_argument("--profile", dest="forget_profile", metavar="NAME", help="one profile")
    which.add_argument("--all", action="store_true", help="every profile")
    forget.add_argument("--yes", action="store_true", help="do not ask for confirmation")


def _profile_fields(parser: argparse.ArgumentParser, *, editing: bool) -> None:
    """Every profile field Settings has, as options (with *editing*, none has a default)."""
    parser.add_argument("--identity-url", default=None)
    parser.add_argument("--api-url", default=None)
    parser.add_argument("--redirect-port", type=int, default=None)
    parser.add_argument("--scopes", nargs="*", default=None, metavar="SCOPE")
    parser.add_argument(
        "--mode",
        choices=("authorization_code", "client_credentials"),
        default=None if editing else "authorization_code",
    )
    parser.add_argument(
        "--redirect-host",
        choices=("127.0.0.1", "localhost"),
        default=None,
        help="the redirect URI's host, as registered with apaleo (default 127.0.0.1)",
    )
    parser.add_argument(
        "--client-auth",
        choices=("client_secret_post", "client_secret_basic", "none"),
        default=None,
        help="how the client secret is sent (apaleo: post or basic; 'none' is not supported by apaleo)",
    )
    parser.add_argument(
        "--sign-in-timeout", type=int, default=None, metavar="SECONDS", dest="sign_in_timeout_s"
    )
    consent = parser.add_mutually_exclusive_group()
    consent.add_argument(
        "--prompt-consent",
        dest="prompt_consent",
        action="store_const",
        const=True,
        default=None,
        help="ask for consent at every sign-in",
    )
    consent.add_argument(
        "--no-prompt-consent", dest="prompt_consent", action="store_const", const=False
    )
    parser.add_argument(
        "--secret-env", metavar="VAR", help="read the client secret from this environment variable"
    )
    parser.add_argument("--no-secret", action="store_true", help="do not ask for a client secret")


def _forget(args: argparse.Namespace) -> int:
    from desktop_app.auth.forget import forget
    from desktop_app.core.config import ProfileStore

    store = ProfileStore()
    names = [p.name for p in store.profiles] if args.all else [store.get(args.forget_profile).name]
    if not names and not args.all:
        print("There is nothing to forget: no profile is saved.")
        return 0
    if not args.yes and names:
        if not sys.stdin.isatty():
            return _fail(
                "add --yes to forget without a question (no terminal to ask on).", EXIT_USAGE
            )
        answer = input(
            f"Delete {', '.join(names)} and their saved sign-ins and secrets from this computer? "
            "[y/N] "
        )
        if answer.strip().lower() not in ("y", "yes"):
            print("Nothing was deleted.")
            return 0
    report = forget(store, names, everything=args.all)
    if args.all and not names and not report.problems:
        print("No profile is saved; every keyring entry the app had left is deleted.")
    for name in report.profiles:
        print(f"Forgot '{name}': its profile, client secret and saved sign-in are deleted.")
    for problem in report.problems:
        print(f"Not deleted: {problem}", file=sys.stderr)
    return 1 if report.problems else 0


def _fail(message: str, code: int) -> int:
    print(f"apaleo-inspector: {message}", file=sys.stderr)
    return code


def run_subcommand(args: argparse.Namespace) -> int:
    """Run the chosen subcommand; returns the exit status."""
    from desktop_app.core.errors import InspectorError

    try:
        if args.command == "inspect":
            return _inspect(args)
        if args.command == "profile":
            return _profile(args)
        if args.command == "check":
            return check()
        if args.command == "forget":
            return _forget(args)
        if args.command in ("doctor", "status"):
            from desktop_app.doctor import commands

            if args.command == "doctor":
                return commands.run_doctor_command(args)
            return commands.run_status_command(args)
    except InspectorError as exc:
        return _fail(exc.message, _exit_code(exc))
    except KeyboardInterrupt:
        return _fail("interrupted.", EXIT_OTHER)
    return _fail(f"unknown command {args.command}", EXIT_USAGE)


def _exit_code(exc: Exception) -> int:
    from desktop_app.api.errors import ServerError, Unauthorized
    from desktop_app.auth.errors import AuthError
    from desktop_app.core.errors import NetworkError

    if isinstance(exc, NetworkError | ServerError):
        return EXIT_NETWORK
    if isinstance(exc, AuthError | Unauthorized):
        return EXIT_SIGN_IN
    return EXIT_OTHER


# ------------------------------------------------------------------ profile
def _profile(args: argparse.Namespace) -> int:
    from desktop_app.auth.migration import migrate_store
    from desktop_app.core.config import ProfileStore

    store = ProfileStore()
    migrate_store(store)
    if args.profile_command == "list":
        current = store.current.name if store.current else None
        for p in store.profiles:
            mark = "*" if p.name == current else " "
            print(f"{mark} {p.name}\t{p.mode}\t{p.client_id}\t{p.identity_url}\t{p.api_url}")
        return 0
    if args.profile_command == "use":
        store.set_current(args.name)
        return 0
    if args.profile_command == "remove":
        from desktop_app.auth.forget import forget

        report = forget(store, [store.get(args.name).name])
        if report.problems:
            print(
                f"Profile '{args.name}' was not removed: its keyring entries could not be "
                f"deleted ({report.problems[0]}).",
                file=sys.stderr,
            )
            return 1
        print(f"Removed profile '{args.name}' and everything kept for it.")
        return 0
    if args.profile_command == "rename":
        old = store.get(args.name)
        store.replace(old.name, old.with_changes(name=args.new_name))
        print(f"Renamed '{old.name}' to '{args.new_name}'; its saved sign-in and secret stay.")
        return 0
    return _save_profile(args, store)


def _save_profile(args: argparse.Namespace, store: ProfileStore) -> int:
    """``profile add`` and ``profile edit``: the profile, what the edit ends, the secret."""
    from desktop_app.auth.lifecycle import ProfileChange, apply_change
    from desktop_app.auth.secret_store import SecretStore
    from desktop_app.core.config import Profile

    old = next((p for p in store.profiles if p.name == args.name), None)
    values: dict[str, Any] = {}
    for key in (
        "client_id",
        "identity_url",
        "api_url",
        "redirect_port",
        "redirect_host",
        "client_auth",
        "mode",
        "sign_in_timeout_s",
        "prompt_consent",
    ):
        if getattr(args, key) is not None:
            values[key] = getattr(args, key)
    if args.scopes is not None:
        values["scopes"] = tuple(s for chunk in args.scopes for s in chunk.split())
    if values.get("mode") == "client_credentials" and args.client_auth is None:
        values["client_auth"] = "client_secret_basic"
    if args.profile_command == "edit":
        profile = store.get(args.name).with_changes(**values).validate()
    elif old is not None:
        # the same name again: an edit of that profile (its id, account and sign-out state stay)
        profile = Profile(
            name=args.name,
            **values,
            id=old.id,
            last_account=old.last_account,
            prompt_login=old.prompt_login,
            legacy_service=old.legacy_service,
        ).validate()
    else:
        profile = Profile(name=args.name, **values).validate()
    secret: str | None = None
    if args.secret_env:
        secret = os.environ.get(args.secret_env)
        if not secret:
            return _fail(
                f"the environment variable {args.secret_env} is empty or not set.", EXIT_USAGE
            )
    elif not args.no_secret and profile.client_auth != "none" and args.profile_command == "add":
        import getpass

        secret = getpass.getpass(f"Client secret for {profile.client_id}: ")
    if old is not None:
        from desktop_app.connection import open_session

        report = apply_change(ProfileChange(old, profile), open_session=open_session)
        if report.problem:
            return _fail(
                f"'{old.name}' was not changed: its saved sign-in could not be ended "
                f"({report.problem}).",
                EXIT_OTHER,
            )
        store.replace(old.name, profile)
        if report.words:
            print(f"Note: {report.words}", file=sys.stderr)
    else:
        store.put(profile)
    if secret and not SecretStore(profile).set_client_secret(secret):
        # the profile is saved, the secret is not (it would vanish with this process): say so
        # and exit non-zero, so a script does not go on as if the profile were ready
        from desktop_app.auth.secret_store import backend_problem

        why = backend_problem() or "the system keyring refused it."
        return _fail(
            f"saved profile '{profile.name}', but not its client secret: {why} Run this again "
            "where a keyring is available (on Linux an unlocked Secret Service such as GNOME "
            "Keyring or KWallet).",
            EXIT_OTHER,
        )
    print(f"Saved profile '{profile.name}'.")
    return 0


# ------------------------------------------------------------------ inspect
def _inspect(args: argparse.Namespace) -> int:
    import webbrowser

    from desktop_app.auth.secret_store import SecretStore
    from desktop_app.connection import open_connection
    from desktop_app.core.config import ProfileStore

    demo = None
    secret = None
    no_browser = args.sub_no_browser or args.no_browser
    try:
        if args.sub_demo or args.demo:
            from desktop_app.net.loopback_server import free_port
            from desktop_app.sandbox import Sandbox

            demo = Sandbox(redirect_port=free_port()).start()
            profile = demo.profile("demo").with_changes(ephemeral=True)
            secret = demo.client_secret_for(profile)
            store = SecretStore(profile, memory_only=True)
            profiles = None
        else:
            from desktop_app.auth.migration import migrate_store

            profiles = ProfileStore()
            migrate_store(profiles)
            name = args.sub_profile or args.profile
            profile = profiles.get(name) if name else profiles.current  # type: ignore[assignment]
            if profile is None:
                return _fail(
                    "there is no profile yet; add one with 'apaleo-inspector profile add'.",
                    EXIT_USAGE,
                )
            store = SecretStore(profile)
        if store.problem:
            print(f"Note: {store.problem}", file=sys.stderr)
        connection = open_connection(profile, store, client_secret=secret)
        session, api = connection.session, connection.api
        if not session.try_silent_sign_in():
            if profile.mode == "client_credentials":
                session.sign_in_client_credentials()
            else:
                attempt = session.begin_sign_in()
                print("Sign in to apaleo in your browser:", file=sys.stderr)
                print(attempt.authorization_url, file=sys.stderr, flush=True)
                if not no_browser:
                    # In its own thread: a browser command may return only once the page has
                    # loaded (w3m, lynx, a $BROWSER script), and the page loads only once the
                    # code is exchanged below; waiting for it first would deadlock both.
                    threading.Thread(
                        target=webbrowser.open,
                        args=(attempt.authorization_url,),
                        name="browser",
                        daemon=True,
                    ).start()
                attempt.wait(threading.Event(), args.timeout or profile.sign_in_timeout_s)
        if (
            profiles is not None
            and session.account_code
            and session.account_code != profile.last_account
        ):
            profiles.put(profile.with_changes(last_account=session.account_code))
        account = api.current_account()
        properties = api.properties()
        tokens = session.tokens
        assert tokens is not None
        claims = tokens.access_claims or {}
        report = {
            "profile": profile.name,
            "account": {"code": account.code, "name": account.name, "type": account.type},
            "user": connection.identity.userinfo(),
            "properties": [
                {
                    "id": p.id,
                    "code": p.code,
                    "name": p.display_name,
                    "city": p.city,
                    "country": p.country_code,
                    "status": p.status,
                    "archived": p.is_archived,
                    "time_zone": p.time_zone,
                    "currency": p.currency_code,
                    "created": p.created.isoformat() if p.created else None,
                }
                for p in properties
            ],
            "scopes": {
                "requested": list(session.grant.requested),
                "granted": list(session.grant.granted),
                "missing": list(session.grant.missing),
                "extra": list(session.grant.extra),
            },
            "refresh_token": session.refresh_state.to_json(),
            "token": {
                "expires_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(tokens.expires_at)),
                "expires_in_s": int(tokens.expires_in()),
                "client_id": claims.get("client_id"),
                "id_token_verified": tokens.id_token_verified,
            },
        }
        import json

        json.dump(report, sys.stdout, indent=2, ensure_ascii=False)
        print()
        if not session.refresh_state.kept and profile.mode == "authorization_code":
            print(f"Note: {session.refresh_state.words}", file=sys.stderr)
        connection.close()
        return 0
    finally:
        if demo is not None:
            demo.stop()


# -------------------------------------------------------------------- check
def check() -> int:
    """Print and verify what a (frozen) installation needs; non-zero if something is missing."""
    results: list[tuple[str, bool, str]] = []
    # keyring backends (found through package metadata; a frozen build must ship it)
    try:
        import keyring

        from desktop_app.auth.secret_store import backend_name, backend_problem

        problem = backend_problem()
        name = backend_name()
        available = [type(b).__module__ for b in keyring.backend.get_all_keyring()]
        has_real = any(
            m.startswith(
                (
                    "keyring.backends.SecretService",
                    "keyring.backends.Windows",
                    "keyring.backends.macOS",
                    "keyring.backends.kwallet",
                    "keyring.backends.libsecret",
                )
            )
            for m in available
        )
        results.append(("keyring backends", has_real, ", ".join(sorted(set(available))) or "none"))
        results.append(("keyring in use", True, name + (f" (note: {problem})" if problem else "")))
    except Exception as exc:  # noqa: BLE001 - report, do not crash
        results.append(("keyring backends", False, type(exc).__name__))
    # Qt platform plugins, found on disk without starting Qt
    import importlib.util

    spec = importlib.util.find_spec("PySide6")
    plugins_ok, detail = False, "PySide6 not found"
    if spec and spec.submodule_search_locations:
        base = next(iter(spec.submodule_search_locations))
        candidates = [
            os.path.join(base, "Qt", "plugins", "platforms"),
            os.path.join(base, "plugins", "platforms"),
        ]
        found = [p for p in candidates if os.path.isdir(p)]
        if found:
            names = sorted(os.listdir(found[0]))
            wanted = {
                "linux": ("xcb", "offscreen"),
                "win32": ("qwindows",),
                "darwin": ("qcocoa",),
            }.get(sys.platform, ())
            plugins_ok = all(any(w in n for n in names) for w in wanted)
            detail = f"{found[0]}: {', '.join(names)}"
        else:
            detail = f"no platforms folder under {base}"
    results.append(("Qt platform plugins", plugins_ok, detail))
    # TLS: the OS trust store, as the app verifies with it
    try:
        from desktop_app.net.http import trust_store_status

        ok, detail = trust_store_status()
        results.append(("TLS trust store", ok, detail))
    except Exception as exc:  # noqa: BLE001 - report, do not crash
        results.append(("TLS trust store", False, type(exc).__name__))
    # resources
    from desktop_app.core.resources import resource_path

    icon = resource_path("icons", "apaleo-inspector.svg")
    results.append(("resources", os.path.isfile(icon), icon))
    # the window languages: each catalogue the app ships, with Qt's own beside it (not English)
    folder = resource_path("translations")
    names = sorted(os.listdir(folder)) if os.path.isdir(folder) else []
    catalogues = [n for n in names if n.startswith("inspector_") and n.endswith(".qm")]
    qt_missing = [
        c
        for c in catalogues
        if c != "inspector_en.qm" and c.replace("inspector_", "qtbase_") not in names
    ]
    results.append(
        (
            "translations",
            "inspector_de.qm" in catalogues and "inspector_en.qm" in catalogues,
            f"{folder}: {', '.join(catalogues) or 'none'}"
            + (f" (Qt's own from PySide6 for {', '.join(qt_missing)})" if qt_missing else ""),
        )
    )
    # the log file users and support look at (rotated, redacted)
    from desktop_app.core.log import log_file_in_use

    log_file = log_file_in_use()
    if log_file is None:
        results.append(("log file", False, "cannot be written: logging to stderr only"))
    else:
        writable = _writable_folder(log_file.parent)
        results.append(
            ("log file", writable, str(log_file) + ("" if writable else " (not writable)"))
        )
    failed = False
    for what, ok, text in results:
        failed |= not ok
        print(f"{'ok     ' if ok else 'MISSING'}  {what}: {text}")
    return 1 if failed else 0


def _writable_folder(folder: Path) -> bool:
    """Whether files can be made in *folder* (made if missing), tried with a real file."""
    import tempfile

    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder):
            return True
    except OSError:
        return False

"""Command line: the GUI by default, subcommands for headless use.

Kept import-light on purpose: ``--version`` and ``--help`` must work without a display and start
fast, so Qt, requests and the auth layer are imported only by the branch that needs them.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from desktop_app import APP_NAME, __version__


def build_parser() -> argparse.ArgumentParser:
    """The whole command line, GUI options and subcommands alike."""
    parser = argparse.ArgumentParser(
        prog="apaleo-inspector",
        description=f"{APP_NAME}: sign in to apaleo and see your account, its properties, "
        "the scopes the app was granted and the access token's claims.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="start the embedded apaleo sandbox on this computer and connect to it",
    )
    parser.add_argument("--profile", metavar="NAME", help="use this connection profile")
    parser.add_argument(
        "--no-browser",
        action="store_true",
        help="do not open the system browser; show the sign-in address to copy instead",
    )
    parser.add_argument(
        "--sign-in",
        action="store_true",
        help="start signing in right away unless a saved sign-in is found (for launchers)",
    )
    parser.add_argument(
        "--debug", action="store_true", help="log details (never secrets) to stderr"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    from desktop_app.cli import add_subcommands  # light: argparse only until a command runs

    add_subcommands(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the command line and run the GUI or a subcommand; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    from desktop_app.core.log import setup_logging

    # the window's start does not wait for the log file: its records are written once it painted
    setup_logging(debug=args.debug, deferred=not args.command)
    import logging

    logging.getLogger("desktop_app").info(
        "%s %s (Python %s, %s)", APP_NAME, __version__, sys.version.split()[0], sys.platform
    )
    if args.command:
        from desktop_app.cli import run_subcommand

        return run_subcommand(args)
    from desktop_app.ui import runtime

    runtime.hold_collector()  # until the first window paints (see there)
    from desktop_app.ui.app import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())

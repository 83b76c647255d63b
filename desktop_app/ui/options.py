"""How the window was asked to start: the command line's choices, typed, and nothing else.

The controller reads these, never ``argparse``: a test or a launcher builds one directly, and a
new option is one field here plus its line in :meth:`StartOptions.from_args`.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass


@dataclass(frozen=True)
class StartOptions:
    """The window's start, as asked for (``--demo``, ``--profile``, ``--no-browser``, …)."""

    #: Start the embedded sandbox and use its profiles (``--demo``).
    demo: bool = False
    #: Use this profile rather than the last one (``--profile NAME``).
    profile: str | None = None
    #: Never open the system browser; show the address to copy (``--no-browser``).
    no_browser: bool = False
    #: Begin a browser sign-in at once unless a saved one is found (``--sign-in``).
    sign_in: bool = False
    #: Do not open the setup guide on a first start (screenshots and tests of the empty state).
    no_setup: bool = False

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> StartOptions:
        """The options of a parsed command line (``python -m desktop_app``'s)."""
        return cls(
            demo=bool(args.demo),
            profile=args.profile or None,
            no_browser=bool(args.no_browser),
            sign_in=bool(args.sign_in),
        )


__all__ = ["StartOptions"]

"""Headless subcommands: ``inspect``, ``profile`` and ``check``."""

from __future__ import annotations

import argparse
from typing import Any


def add_subcommands(sub: Any) -> None:
    """Register the subcommands on *sub* (an argparse subparsers action)."""
    del sub


def run_subcommand(args: argparse.Namespace) -> int:
    """Run the chosen subcommand; returns the exit status."""
    raise SystemExit(f"unknown command {args.command}")

"""The doctor's results as people and support read them: text, JSON, and the support report.

The support report is what an admin sends apaleo's support: the versions, the profile without
secrets, the doctor's results, the granted scopes and the last calls with their tracking ids.
Nothing in it is a token, a code, a secret or personal data beyond the signed-in user's display
name; the profile's fields are listed one by one (never "everything the profile holds"), and
the calls carry their path only (never a query).
"""

from __future__ import annotations

import json
import platform
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import metadata
from typing import TYPE_CHECKING, Any

from desktop_app import __version__
from desktop_app.core.i18n import said, shown
from desktop_app.doctor.model import SYMBOLS, Result, worst
from desktop_app.net.call_log import Call

if TYPE_CHECKING:
    from desktop_app.connection import Connection
    from desktop_app.core.config import Profile

#: The profile's fields a report may show: none of them is a secret.
PROFILE_FIELDS = (
    "name",
    "client_id",
    "identity_url",
    "api_url",
    "mode",
    "redirect_host",
    "redirect_port",
    "scopes",
    "client_auth",
    "last_account",
)


def versions(qt: str | None = None) -> dict[str, str]:
    """The app's, Python's, the OS's and (when given or installed) Qt's versions."""
    if qt is None:
        try:
            qt = metadata.version("PySide6-Essentials")
        except metadata.PackageNotFoundError:
            qt = "?"
    return {
        "app": __version__,
        "qt": qt,
        "python": sys.version.split()[0],
        "os": platform.platform(),
    }


def profile_summary(profile: Profile) -> dict[str, Any]:
    """The profile without secrets (its listed fields only)."""
    data = {key: getattr(profile, key) for key in PROFILE_FIELDS}
    data["scopes"] = list(profile.requested_scopes)
    return data


def summary(results: Sequence[Result]) -> dict[str, int]:
    """How many checks ended in each status."""
    counts = {"ok": 0, "warn": 0, "fail": 0, "skip": 0}
    for result in results:
        counts[result.status] += 1
    return counts


@dataclass
class Report:
    """One doctor run, with what support needs beside it."""

    profile: Profile
    results: list[Result]
    seconds: float = 0.0
    versions: dict[str, str] = field(default_factory=versions)
    granted: tuple[str, ...] = ()
    user: str | None = None
    calls: list[Call] = field(default_factory=list)
    at: float = field(default_factory=time.time)

    @classmethod
    def of(
        cls,
        connection: Connection,
        results: list[Result],
        seconds: float = 0.0,
        qt: str | None = None,
    ) -> Report:
        """The report of a run over *connection* (its grant, user and recent calls read now)."""
        tokens = connection.session.tokens
        claims = (tokens.id_token_claims if tokens else None) or {}
        user = claims.get("preferred_username")
        return cls(
            connection.profile,
            results,
            seconds,
            versions(qt),
            tuple(connection.session.grant.granted) if tokens else (),
            str(user) if isinstance(user, str) else None,
            connection.transport.calls.recent(),
        )

    @property
    def status(self) -> str:
        """``fail``, ``warn`` or ``ok`` for the run."""
        return worst(self.results)

    def to_json(self, *, support: bool = False) -> dict[str, Any]:
        """``doctor --json``'s document (with *support*, the support report's too)."""
        data: dict[str, Any] = {
            "checks": [r.to_json() for r in self.results],
            "status": self.status,
            "summary": summary(self.results),
            "seconds": round(self.seconds, 3),
            "profile": profile_summary(self.profile),
        }
        if support:
            data.update(
                at=time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(self.at)),
                versions=self.versions,
                user=self.user,
                granted_scopes=list(self.granted),
                recent_calls=[c.to_json() for c in self.calls],
            )
        return data

    def text(self, *, translated: bool = False) -> str:
        """The results for people: one block per check with ✓ ! ✗ -, its detail and its fix."""
        say = shown if translated else str
        lines = [
            say(
                said("Doctor", "Connection check of profile '{name}' ({identity})").format(
                    name=self.profile.name, identity=self.profile.identity_url
                )
            ),
            "",
        ]
        for r in self.results:
            lines.append(f"{SYMBOLS[r.status]} {say(r.title)} ({r.ms} ms)")
            lines.append(f"    {say(r.detail)}")
            if r.fix:
                lines.append("    " + say(said("Doctor", "Fix: {fix}").format(fix=r.fix)))
        counts = summary(self.results)
        lines += [
            "",
            say(
                said(
                    "Doctor",
                    "{ok} ok, {warn} warnings, {fail} failed, {skip} skipped ({seconds} s)",
                ).format(seconds=f"{self.seconds:.1f}", **counts)
            ),
        ]
        return "\n".join(lines)

    def support_text(self, *, translated: bool = False) -> str:
        """The support report: the results, then versions, profile, scopes and recent calls."""
        parts = [self.text(translated=translated), "", "## Support details", ""]
        for key, value in self.versions.items():
            parts.append(f"{key}: {value}")
        parts.append("")
        for key, value in profile_summary(self.profile).items():
            parts.append(f"profile.{key}: {' '.join(value) if isinstance(value, list) else value}")
        if self.user:
            parts.append(f"signed-in user: {self.user}")
        parts.append(f"granted scopes: {' '.join(self.granted) or '-'}")
        parts += ["", f"## Last {len(self.calls)} calls (UTC)", ""]
        for call in self.calls:
            when = time.strftime("%H:%M:%S", time.gmtime(call.at))
            status = str(call.status) if call.status else (call.error or "no answer")
            tracking = f"  tracking id {call.tracking_id}" if call.tracking_id else ""
            parts.append(
                f"{when}  {call.method:6} {call.host}{call.path}  {status}  {call.ms} ms{tracking}"
            )
        return "\n".join(parts) + "\n"

    def json_text(self, *, support: bool = False) -> str:
        """:meth:`to_json` as indented JSON text."""
        return json.dumps(self.to_json(support=support), indent=2, ensure_ascii=False)


__all__ = ["PROFILE_FIELDS", "Report", "profile_summary", "summary", "versions"]

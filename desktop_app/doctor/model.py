"""What a check is and what it finds: the vocabulary the runner, the window and the CLI share.

A :class:`Check` names its link (a stable id that scripts read from ``--json``), its title, the
checks it needs, and a function that looks at the link and returns a :class:`Finding`. The runner
times it and makes it a :class:`Result`. Words are :class:`~desktop_app.core.i18n.Said`: English
in ``--json`` and the report, the admin's language in the window.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from desktop_app.core.i18n import Text, said, shown

if TYPE_CHECKING:
    from desktop_app.doctor.context import Doctor

Status = Literal["ok", "warn", "fail", "skip"]

#: How a status reads in text: the symbol people scan for, and its order (worst first).
SYMBOLS: dict[Status, str] = {"ok": "✓", "warn": "!", "fail": "✗", "skip": "-"}


@dataclass(frozen=True)
class Finding:
    """What a check found: its status, the detail in plain words, what to do, facts for support."""

    status: Status
    detail: Text
    fix: Text = ""
    facts: tuple[tuple[str, str], ...] = ()


def ok(detail: Text, *facts: tuple[str, str]) -> Finding:
    """All is well with this link."""
    return Finding("ok", detail, "", facts)


def warn(detail: Text, fix: Text = "", *facts: tuple[str, str]) -> Finding:
    """It works, but something will or may go wrong."""
    return Finding("warn", detail, fix, facts)


def fail(detail: Text, fix: Text = "", *facts: tuple[str, str]) -> Finding:
    """This link is broken: the app cannot work until it is fixed."""
    return Finding("fail", detail, fix, facts)


def skip(detail: Text) -> Finding:
    """The check does not apply (or cannot run): *detail* says why."""
    return Finding("skip", detail)


@dataclass(frozen=True)
class Check:
    """One link of the chain from this PC to apaleo."""

    id: str
    title: Text
    run: Callable[[Doctor], Finding]
    #: Ids of the checks this one builds on: when one of them fails, this one is skipped.
    needs: tuple[str, ...] = ()


@dataclass(frozen=True)
class Result:
    """A check's finding with its id, title and time."""

    id: str
    status: Status
    title: Text
    detail: Text
    fix: Text = ""
    ms: int = 0
    facts: tuple[tuple[str, str], ...] = ()
    #: Skipped because a check it needs failed (so its own dependants skip too).
    blocked: bool = False

    def to_json(self) -> dict[str, Any]:
        """The result as ``--json`` and the report give it (English)."""
        data: dict[str, Any] = {
            "id": self.id,
            "status": self.status,
            "title": str(self.title),
            "detail": str(self.detail),
            "fix": str(self.fix),
            "ms": self.ms,
        }
        if self.facts:
            data["facts"] = dict(self.facts)
        return data

    def shown_title(self) -> str:
        """The title in the installed language."""
        return shown(self.title)


@dataclass
class Progress:
    """Results as they come in, in the checks' order, for a window or a report."""

    order: tuple[str, ...]
    results: dict[str, Result] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def add(self, result: Result) -> None:
        """Note *result*."""
        with self.lock:
            self.results[result.id] = result

    def ordered(self) -> list[Result]:
        """The results so far, in the checks' order."""
        with self.lock:
            return [self.results[i] for i in self.order if i in self.results]


def joined(parts: list[Text], *, phrases: bool = False) -> Text:
    """Sentences one after another ("A. B."), or *phrases* as "a; b"; each still translated."""
    if not parts:
        return ""
    text = parts[0]
    for part in parts[1:]:
        if phrases:
            text = said("Doctor", "{first}; {then}").format(first=text, then=part)
        else:
            text = said("Doctor", "{first} {then}").format(first=text, then=part)
    return text


def worst(results: list[Result]) -> Status:
    """``fail`` if any failed, else ``warn`` if any warned, else ``ok``."""
    statuses = {r.status for r in results}
    return "fail" if "fail" in statuses else "warn" if "warn" in statuses else "ok"


__all__ = [
    "SYMBOLS",
    "Check",
    "Finding",
    "Progress",
    "Result",
    "Status",
    "fail",
    "joined",
    "ok",
    "skip",
    "warn",
    "worst",
]

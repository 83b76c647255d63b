"""Runs the checks: independent ones at once, each dependant when what it needs is done.

The slowest path sets the time, not the sum: on a healthy connection with 100 ms added to every
request the whole run takes well under three seconds. A check whose need failed is skipped with
the reason (and so are its own dependants): one broken link gives one red row, not thirteen.
A check that raises is a failure of that link, with its words, never a crash of the run.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait

from desktop_app.core.errors import InspectorError
from desktop_app.core.i18n import said
from desktop_app.doctor.context import Doctor
from desktop_app.doctor.model import Check, Finding, Result

log = logging.getLogger(__name__)


def _blocked(check: Check, done: dict[str, Result], titles: dict[str, object]) -> Result | None:
    """A skip for *check* when a check it needs failed (or was itself blocked), else None."""
    for need in check.needs:
        result = done.get(need)
        if result is not None and (result.status == "fail" or result.blocked):
            return Result(
                check.id,
                "skip",
                check.title,
                said("Doctor", "Not checked: '{need}' must work first.").format(need=titles[need]),
                blocked=True,
            )
    return None


def _run_one(check: Check, doctor: Doctor) -> Result:
    started = time.monotonic()
    try:
        finding = check.run(doctor)
    except InspectorError as exc:
        finding = Finding("fail", exc.message)
    except Exception as exc:
        log.exception("check %s failed unexpectedly", check.id)
        finding = Finding(
            "fail",
            said("Doctor", "The check itself failed unexpectedly ({kind}).").format(
                kind=type(exc).__name__
            ),
        )
    ms = round((time.monotonic() - started) * 1000)
    return Result(
        check.id, finding.status, check.title, finding.detail, finding.fix, ms, finding.facts
    )


def run_checks(
    checks: Sequence[Check],
    doctor: Doctor,
    on_result: Callable[[Result], None] = lambda _r: None,
) -> list[Result]:
    """Run *checks* against *doctor*'s connection; *on_result* hears each as it is known.

    Returns the results in the checks' order. When ``doctor.cancel`` is set, checks not yet
    started are not run (they are left out) and the run returns without waiting for the ones
    under way (their requests end at their timeouts; their answers are dropped).
    """
    titles: dict[str, object] = {c.id: c.title for c in checks}
    done: dict[str, Result] = {}
    pending = list(checks)
    running: dict[Future[Result], Check] = {}
    pool = ThreadPoolExecutor(max_workers=max(1, len(checks)), thread_name_prefix="doctor")
    try:
        while pending or running:
            if doctor.cancel.is_set():
                break
            for check in list(pending):
                blocked = _blocked(check, done, titles)
                if blocked is None and any(n not in done for n in check.needs if n in titles):
                    continue  # waits for what it needs
                pending.remove(check)
                if blocked is not None:
                    done[check.id] = blocked
                    on_result(blocked)
                else:
                    running[pool.submit(_run_one, check, doctor)] = check
            if not running:
                continue
            finished, _ = wait(list(running), timeout=0.25, return_when=FIRST_COMPLETED)
            for future in finished:
                running.pop(future)
                result = future.result()
                done[result.id] = result
                if not doctor.cancel.is_set():
                    on_result(result)
    finally:
        pool.shutdown(wait=False, cancel_futures=True)
    return [done[c.id] for c in checks if c.id in done]


__all__ = ["run_checks"]

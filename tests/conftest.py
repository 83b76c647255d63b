"""Root test configuration: headless Qt is chosen here, before anything imports Qt."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# No stray dbus-launch from Qt: use the bus the test script started, or none at all.
os.environ.setdefault("DBUS_SESSION_BUS_ADDRESS", "disabled:")
# The app follows the system's language: the suite runs in English whatever this machine speaks
# (the German tests choose German themselves, in the process or in the child they start).
os.environ["LC_ALL"] = "C.UTF-8"
os.environ.pop("LANGUAGE", None)

from collections.abc import Iterator

import pytest
from selenium import webdriver

from tests.support.chromium import chromium_available, chromium_driver


@pytest.fixture
def chromium() -> Iterator[webdriver.Chrome]:
    """Real headless Chromium (fails, never skips, if it is missing: the set-up script installs it)."""
    assert chromium_available(), "chromium and chromium-driver must be installed (scripts/setup.sh)"
    with chromium_driver() as driver:
        yield driver


# --------------------------------------------------------------------------- leak scan
# The whole suite runs with the app's DEBUG logging on (through its redaction filter) into a
# file; when it ends, that log, the private HOME and XDG dirs the real-parts script made, and
# every test's temporary directory (profiles files, QSettings stores, exports) are searched for
# every code, token, verifier, state, nonce and client secret the sandboxes saw. One hit fails
# the run. (The stand-in browser's own log, which by nature holds the sign-in address, is not
# the app's and is skipped.)
import logging  # noqa: E402
import tempfile  # noqa: E402
from pathlib import Path  # noqa: E402

#: Fixtures shared across folders: the TLS-inspecting proxy and its root (pki, proxy).
pytest_plugins = ["tests.support.tls_proxy"]

_LOG_DIR = Path(tempfile.mkdtemp(prefix="inspector-debug-log-"))
_BROWSER_LOGS = frozenset({"browser.log"})


def pytest_sessionstart(session: pytest.Session) -> None:
    from desktop_app.core.log import RedactingFilter, quiet_libraries

    handler = logging.FileHandler(_LOG_DIR / "debug.log", encoding="utf-8")
    handler.setLevel(logging.DEBUG)
    handler.addFilter(RedactingFilter())
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    quiet_libraries()


def _scan_roots(session: pytest.Session) -> list[Path]:
    roots = [_LOG_DIR, session.config._tmp_path_factory.getbasetemp()]  # type: ignore[attr-defined]
    if os.environ.get("_INSPECTOR_IN_DBUS"):  # the private HOME and XDG dirs of with-real-parts.sh
        roots += [Path(os.environ[k]) for k in ("HOME", "XDG_RUNTIME_DIR") if os.environ.get(k)]
    return roots


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    from desktop_app.sandbox.identity import SEEN_SECRETS

    logging.shutdown()
    from tests.support.leaks import find_leaks

    scanned, hits = find_leaks(_scan_roots(session), SEEN_SECRETS, skip_names=_BROWSER_LOGS)
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None:
        reporter.write_line(
            f"leak scan: {len(SEEN_SECRETS)} secrets from the sandboxes, {scanned} files searched, "
            f"{len(hits)} found"
        )
        for hit in hits[:20]:
            reporter.write_line(f"LEAK {hit}", red=True)
    if hits:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED

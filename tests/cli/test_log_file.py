"""The log file: where each system keeps it, what `check` says of it, and that no secret reaches it.

Real processes of the command line against the sandbox and the Secret Service keyring; the
places are platformdirs' answers under this machine's XDG variables (Linux), not stand-ins.
"""

from __future__ import annotations

import logging
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
import requests

from desktop_app.auth import metadata_cache
from desktop_app.core import folders
from desktop_app.sandbox import Sandbox
from desktop_app.sandbox.identity import SEEN_SECRETS
from tests.support.cli import add_profile, cli

pytestmark = pytest.mark.keyring


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """The platform's own places (no config override), all under this test's folder."""
    values = {k: v for k, v in os.environ.items() if k != "APALEO_INSPECTOR_CONFIG_DIR"}
    for name in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        values[name] = str(tmp_path / name.lower())
    return values


def test_check_names_the_log_file_in_the_platforms_log_folder(env: dict[str, str]) -> None:
    result = cli(env, "check")
    assert result.returncode == 0, result.stdout
    expected = Path(env["XDG_STATE_HOME"]) / "apaleo-inspector" / "log" / "apaleo-inspector.log"
    assert f"log file: {expected}" in result.stdout


def test_check_fails_when_the_log_folder_cannot_be_written(
    env: dict[str, str], tmp_path: Path
) -> None:
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the folder would go")
    result = cli({**env, "XDG_STATE_HOME": str(blocked)}, "check")
    assert result.returncode == 1
    assert "MISSING  log file: cannot be written" in result.stdout


def test_a_sign_in_is_logged_without_a_secret(sandbox: Sandbox, env: dict[str, str]) -> None:
    client = sandbox.connect_client
    add_profile(sandbox, env, "hotel")
    process = subprocess.Popen(
        [sys.executable, "-m", "desktop_app", "--debug", "inspect", "--json", "--no-browser"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stderr is not None
    for line in process.stderr:
        if line.startswith("Sign in to apaleo"):
            requests.get(sandbox.approve(process.stderr.readline().strip()), timeout=10)
            break
    _out, err = process.communicate(timeout=60)
    assert process.returncode == 0, err
    log = Path(env["XDG_STATE_HOME"]) / "apaleo-inspector" / "log" / "apaleo-inspector.log"
    text = log.read_text(encoding="utf-8")
    # --debug: the sign-in's steps are there (what support reads) ...
    assert "DEBUG" in text
    assert sandbox.identity_url.split("//")[1] in text
    # ... and nothing the sandbox handed out or received: tokens, code, verifier, secret
    secrets = {client.client_secret} | sandbox.stats.issued | sandbox.stats.received
    secrets |= {s for s in SEEN_SECRETS if len(s) >= 12}
    assert len(secrets) > 4
    assert [s[:6] for s in secrets if s in text] == []
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    assert stat.S_IMODE(log.parent.stat().st_mode) == 0o700


def test_the_log_file_rotates_and_keeps_its_owner_only_mode(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_app.core import log as app_log

    monkeypatch.setattr(app_log, "LOG_MAX_BYTES", 2_000)
    path = tmp_path / "logs" / "app.log"
    handler = app_log.LogFile(path, logging.INFO)
    handler.addFilter(app_log.RedactingFilter())
    logger = logging.getLogger("tests.rotation")
    logger.addHandler(handler)
    try:
        for n in range(1000):
            logger.warning("line %d access_token=%s", n, "eyJhbGciOi.secretpart.sig")
    finally:
        logger.removeHandler(handler)
        handler.close()
    files = sorted(p.name for p in path.parent.iterdir())
    assert files == ["app.log", "app.log.1", "app.log.2", "app.log.3", "app.log.4"]
    for name in files:
        file = path.parent / name
        assert file.stat().st_size <= 2_100
        assert stat.S_IMODE(file.stat().st_mode) == 0o600
        assert "secretpart" not in file.read_text(encoding="utf-8")
    assert "line 999" in path.read_text(encoding="utf-8")


def test_files_sit_where_the_platform_keeps_them_and_old_places_are_tidied(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("APALEO_INSPECTOR_CONFIG_DIR", raising=False)
    for name in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(name, str(tmp_path / name.lower()))
    config = tmp_path / "xdg_config_home" / "apaleo-inspector"
    assert folders.config_dir() == config
    assert folders.cache_dir() == tmp_path / "xdg_cache_home" / "apaleo-inspector"
    assert folders.state_dir() == tmp_path / "xdg_state_home" / "apaleo-inspector"
    assert folders.log_dir() == tmp_path / "xdg_state_home" / "apaleo-inspector" / "log"
    # what versions before 0.2 kept under the config folder goes once the new place is made
    (config / "cache").mkdir(parents=True)
    (config / "cache" / "discovery-old.json").write_text("{}")
    (config / "locks").mkdir()
    (config / "profiles.json").write_text("{}")
    metadata_cache.save("discovery", "https://id.example.com", {"issuer": "x"})
    assert not (config / "cache").exists()
    assert metadata_cache.load("discovery", "https://id.example.com") is not None
    assert any(folders.cache_dir().glob("discovery-*.json"))
    folders.make(folders.state_dir() / "locks", old="locks")
    assert not (config / "locks").exists()
    assert (config / "profiles.json").exists()  # the config itself stays where it was


def test_the_windows_start_does_not_wait_for_the_log_file_and_loses_nothing(
    tmp_path: Path,
) -> None:
    from desktop_app.core import log as app_log

    def handler(path: Path) -> tuple[logging.Logger, app_log.LogFile]:
        file = app_log.LogFile(path, logging.INFO, deferred=True)
        file.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
        logger = logging.getLogger(f"tests.deferred.{path.stem}")
        logger.propagate = False
        logger.addHandler(file)
        return logger, file

    # below ERROR, records wait (no file, no import of logging.handlers) until the start is over
    logger, file = handler(tmp_path / "painted.log")
    logger.info("starting")
    logger.warning("a platform warning")
    assert not file.path.exists()
    file.open()
    logger.info("painted")
    file.close()
    text = file.path.read_text(encoding="utf-8")
    assert text == "INFO starting\nWARNING a platform warning\nINFO painted\n"
    # an error is written at once, after what waited
    logger, file = handler(tmp_path / "failed.log")
    logger.info("starting")
    logger.error("something is wrong")
    assert file.path.read_text(encoding="utf-8") == "INFO starting\nERROR something is wrong\n"
    file.close()
    # a start that ends before the window painted still leaves its records
    logger, file = handler(tmp_path / "quit.log")
    logger.info("quit early")
    file.close()
    assert file.path.read_text(encoding="utf-8") == "INFO quit early\n"

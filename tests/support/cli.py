"""The command line as an admin runs it: a real process of ``python -m desktop_app``."""

from __future__ import annotations

import subprocess
import sys

from desktop_app.sandbox import Sandbox


def cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    """Run ``apaleo-inspector ARGS`` with *env*; its output as text, at most a minute."""
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def add_profile(
    sb: Sandbox, env: dict[str, str], name: str, *extra: str, secret: str | None = None
) -> None:
    """``profile add NAME`` for *sb*'s connect client (simple with client_credentials)."""
    client = sb.simple_client if "client_credentials" in extra else sb.connect_client
    result = cli(
        {**env, "TEST_SECRET": secret or client.client_secret},
        "profile", "add", name,
        "--client-id", client.client_id,
        "--identity-url", sb.identity_url,
        "--api-url", sb.api_url,
        "--redirect-port", str(sb.redirect_port),
        "--secret-env", "TEST_SECRET",
        *extra,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr

"""``python -m desktop_app.sandbox`` as a real process: the three kinds of client it offers, and
the account's users served from its identity host (as apaleo's identity API is)."""

from __future__ import annotations

import re
import subprocess
import sys

import requests


def test_standalone_sandbox_offers_three_clients_and_serves_users() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "desktop_app.sandbox", "--redirect-port", "47901"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        lines: list[str] = []
        for line in process.stdout:
            lines.append(line.rstrip())
            if line.startswith("Press Ctrl+C"):
                break
        text = "\n".join(lines)
        assert "inspector-connect: scope client" in text
        assert "inspector-fine: fine-grained client" in text
        assert "inspector-simple: simple client" in text
        assert "http://127.0.0.1:47901/callback (exactly)" in text
        assert "rate limit:      200 requests a minute per client" in text
        identity = re.search(r"identity server: (\S+)", text)
        secret = re.search(r"inspector-simple:.*\n\s+secret\s+(\S+)", text)
        assert identity
        assert secret
        token = requests.post(
            f"{identity.group(1)}/connect/token",
            data={"grant_type": "client_credentials", "scope": "identity:account-users.read"},
            auth=("inspector-simple", secret.group(1)),
            timeout=10,
        ).json()["access_token"]
        users = requests.get(
            f"{identity.group(1)}/api/v1/users",
            headers={"Authorization": f"Bearer {token}"},
            timeout=10,
        )
        assert users.status_code == 200
        assert len(users.json()["users"]) == 3
    finally:
        process.terminate()
        process.communicate(timeout=10)
    assert process.returncode == 0

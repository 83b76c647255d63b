"""scripts/setup.sh on the systems a newcomer brings: what it would install (``--plan``).

Ubuntu cannot run here; its os-release file and a Python 3.10 stand in (a PATH holding only a
python3 that says 3.10, as Ubuntu 22.04's does), and the plan is read, not carried out.
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UBUNTU_2204 = 'NAME="Ubuntu"\nID=ubuntu\nID_LIKE=debian\nVERSION_ID="22.04"\n'
UBUNTU_2404 = 'NAME="Ubuntu"\nID=ubuntu\nID_LIKE=debian\nVERSION_ID="24.04"\n'
DEBIAN_12 = 'NAME="Debian GNU/Linux"\nID=debian\nVERSION_ID="12"\n'


def _plan(
    tmp_path: Path,
    os_release: str,
    *args: str,
    python: str | None = None,
    env: dict[str, str] | None = None,
) -> dict[str, str]:
    release = tmp_path / "os-release"
    release.write_text(os_release, encoding="utf-8")
    values = {**os.environ, "SETUP_OS_RELEASE": str(release), **(env or {})}
    values.pop("PYTHON", None)
    if python is not None:
        # a PATH with only the tools the plan needs and the given python3
        bin_dir = tmp_path / "bin"
        bin_dir.mkdir(exist_ok=True)
        for tool in ("dirname", "id", "cat"):
            found = shutil.which(tool)
            assert found
            (bin_dir / tool).symlink_to(found)
        fake = bin_dir / "python3"
        fake.write_text(f"#!/bin/sh\n{python}\n", encoding="utf-8")
        fake.chmod(0o755)
        values["PATH"] = str(bin_dir)
    done = subprocess.run(
        ["/bin/bash", str(ROOT / "scripts" / "setup.sh"), "--plan", *args],
        capture_output=True, text=True, env=values, check=False, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return dict(line.split(": ", 1) for line in done.stdout.splitlines())


def test_ubuntu_2204_gets_python_311_and_its_chromium_packages(tmp_path: Path) -> None:
    plan = _plan(tmp_path, UBUNTU_2204, python="exit 1  # Python 3.10: too old")
    assert plan["python"] == "python3.11"
    apt = plan["apt"].split()
    assert {"python3.11", "python3.11-venv"} <= set(apt)
    assert {"chromium-browser", "chromium-chromedriver"} <= set(apt)
    assert "chromium-driver" not in apt


def test_ubuntu_2404_and_debian_use_their_own_python(tmp_path: Path) -> None:
    for release in (UBUNTU_2404, DEBIAN_12):
        plan = _plan(tmp_path, release)
        assert plan["python"] == "python3"
        assert "python3.11" not in plan["apt"].split()  # python3 is new enough: not installed twice
    assert "chromium-driver" in _plan(tmp_path, DEBIAN_12)["apt"].split()


def test_the_demo_installs_only_what_the_app_needs(tmp_path: Path) -> None:
    full = _plan(tmp_path, DEBIAN_12)
    demo = _plan(tmp_path, DEBIAN_12, "--demo")
    assert demo["lock"] == "locks/demo.txt"
    assert full["lock"] == "locks/dev.txt"
    left_out = set(full["apt"].split()) - set(demo["apt"].split())
    assert {"chromium", "chromium-driver", "lintian", "rpmlint", "imagemagick"} <= left_out
    assert {"gnome-keyring", "libxcb-cursor0", "xdg-utils"} <= set(demo["apt"].split())
    demo_lock = (ROOT / "locks" / "demo.txt").read_text(encoding="utf-8")
    for tool in ("pytest==", "mypy==", "pyinstaller==", "selenium=="):
        assert tool not in demo_lock


def test_under_sudo_the_virtual_environment_is_the_callers(tmp_path: Path) -> None:
    """Root started by sudo installs the apt part only; the rest is the calling user's."""
    me = pwd.getpwuid(os.geteuid()).pw_name
    plan = _plan(tmp_path, DEBIAN_12, env={"SUDO_USER": "nobody"})
    assert plan["venv owner"] == ("nobody" if os.geteuid() == 0 else me)
    assert _plan(tmp_path, DEBIAN_12, env={"SUDO_USER": "root"})["venv owner"] == me


def test_setup_under_sudo_leaves_no_root_owned_file() -> None:
    """Really: root (as sudo leaves it) sets up a clone that a user owns; nothing becomes root's.

    A throwaway user is made for it and removed after (as root, or with sudo like
    packaging/check_deb.sh); the demo's lock keeps it short.
    """
    as_root = [] if os.geteuid() == 0 else ["sudo", "-n"]
    user = f"inspector-setup-{os.getpid()}"
    subprocess.run([*as_root, "useradd", "--create-home", user], check=True)
    # not under pytest's tmp_path: its parent is root's alone, and the user must reach the clone
    folder = Path(tempfile.mkdtemp(prefix="inspector-setup-"))
    try:
        clone = folder / "app"
        folder.chmod(0o755)
        subprocess.run(["git", "clone", "-q", str(ROOT), str(clone)], check=True)
        subprocess.run([*as_root, "chown", "-R", user, str(clone)], check=True)
        env = {**os.environ, "SUDO_USER": user}
        env.pop("PYTHON", None)
        done = subprocess.run(
            [*as_root, "env", f"SUDO_USER={user}", str(clone / "scripts" / "setup.sh"), "--demo"],
            capture_output=True, text=True, env=env, timeout=600, check=False,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr[-2000:]
        assert f"==> Continuing as {user}" in done.stdout
        owners = {pwd.getpwuid(p.lstat().st_uid).pw_name for p in clone.rglob("*")}
        assert owners == {user}
        version = subprocess.run(
            [str(clone / ".venv" / "bin" / "apaleo-inspector"), "--version"],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        assert version.stdout.startswith("apaleo-inspector ")
    finally:
        subprocess.run([*as_root, "userdel", "--remove", user], check=False, capture_output=True)
        subprocess.run([*as_root, "rm", "-rf", str(folder)], check=False)

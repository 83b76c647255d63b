"""Sign the macOS app inside out, without ``codesign --deep``, for the hardened runtime.

``--deep`` signs nested code in an order codesign picks and with the outer call's options, the
known cause of notarisation failures for PySide6 apps (frameworks signed after their contents,
entitlements on every library). Apple's advice ("Signing a Mac Product For Distribution") is to
sign each piece of code from the innermost out: every Mach-O file, then each nested bundle
(``.framework``, ``.app``) once its contents are signed, then the app. Every signature gets a
secure timestamp and the hardened runtime; only the app's own executable gets the entitlements.

Usage: python packaging/macos/sign.py "dist/apaleo Inspector.app" --identity "Developer ID
Application: …" --entitlements packaging/macos/entitlements.plist [--codesign PATH]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

#: Mach-O magic numbers: 32/64-bit in either byte order, and universal ("fat") files.
MACHO_MAGIC = {
    bytes.fromhex(m)
    for m in ("feedface", "feedfacf", "cefaedfe", "cffaedfe", "cafebabe", "bebafeca")
}
BUNDLE_SUFFIXES = (".framework", ".app", ".bundle", ".plugin", ".appex", ".xpc")


def is_macho(path: Path) -> bool:
    """Whether *path* is a Mach-O file (a program or library), by its first four bytes."""
    try:
        with path.open("rb") as handle:
            return handle.read(4) in MACHO_MAGIC
    except OSError:
        return False


def signing_order(app: Path) -> list[Path]:
    """Every piece of code in *app*, innermost first, the app itself last.

    Deeper paths first: whatever lies inside a bundle has more path parts than the bundle, so
    it is signed before it. Symlinks are not code (their targets are signed where they lie);
    the app's main executable is signed with the app.
    """
    main = app / "Contents" / "MacOS" / _main_executable(app)
    code = [
        p
        for p in app.rglob("*")
        if not p.is_symlink()
        and p != main
        and ((p.is_file() and is_macho(p)) or (p.is_dir() and p.suffix in BUNDLE_SUFFIXES))
    ]
    return [*sorted(code, key=lambda p: (-len(p.parts), str(p))), app]


def _main_executable(app: Path) -> str:
    import plistlib

    info = app / "Contents" / "Info.plist"
    with info.open("rb") as handle:
        return str(plistlib.load(handle)["CFBundleExecutable"])


def sign(app: Path, identity: str, entitlements: Path, codesign: str = "codesign") -> list[Path]:
    """Sign every piece of *app* in :func:`signing_order`; returns the order used."""
    order = signing_order(app)
    for item in order:
        command = [codesign, "--force", "--timestamp", "--options", "runtime", "--sign", identity]
        if item == app:
            command += ["--entitlements", str(entitlements)]
        subprocess.run([*command, str(item)], check=True)
    subprocess.run([codesign, "--verify", "--strict", "--verbose=2", str(app)], check=True)
    return order


def main(argv: list[str] | None = None) -> int:
    """Sign the app named on the command line."""
    parser = argparse.ArgumentParser(description="Sign a macOS app inside out.")
    parser.add_argument("app", type=Path)
    parser.add_argument("--identity", required=True)
    parser.add_argument("--entitlements", type=Path, required=True)
    parser.add_argument("--codesign", default="codesign")
    args = parser.parse_args(argv)
    order = sign(args.app, args.identity, args.entitlements, args.codesign)
    print(f"signed {len(order)} pieces of code, the app last")
    return 0


if __name__ == "__main__":
    sys.exit(main())

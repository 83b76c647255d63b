"""Compiles the window languages (resources/translations/*.ts -> .qm) for any build path.

The .qm files are not committed. The PyInstaller spec calls :func:`compile_all` itself, so the
workflow, ``packaging/build.sh`` and a developer's ``pyinstaller packaging/apaleo-inspector.spec``
all build a bundle with its languages on Linux, Windows and macOS alike, with nothing run first.
lrelease ships inside PySide6-Essentials; it is found the way ``pyside6-lrelease`` finds it.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def lrelease() -> Path:
    """PySide6's own lrelease binary (beside the package, as its ``pyside6-lrelease`` runs it)."""
    import PySide6

    name = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    tool = Path(PySide6.__file__).resolve().parent / name
    if not tool.is_file():
        raise SystemExit(f"{tool} missing: is PySide6-Essentials installed?")
    return tool


def compile_all(root: Path) -> list[Path]:
    """Compile every catalogue under *root*/resources/translations; return the .qm files."""
    sources = sorted((root / "resources" / "translations").glob("inspector_*.ts"))
    if not sources:
        raise SystemExit(f"no catalogues in {root / 'resources' / 'translations'}")
    tool = lrelease()
    made = []
    for ts in sources:
        qm = ts.with_suffix(".qm")
        subprocess.run([str(tool), "-silent", str(ts), "-qm", str(qm)], check=True)
        made.append(qm)
    return made


if __name__ == "__main__":
    for path in compile_all(Path(__file__).resolve().parent.parent):
        print(path)

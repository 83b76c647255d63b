"""macOS signing, inside out, checked on Linux: the order and the options codesign is called with.

codesign cannot run here (it is macOS's): a stand-in on PATH records each call, the one seam in
this test. What it checks is the part that breaks notarisation of PySide6 apps: every nested
piece of code signed before whatever holds it, never ``--deep``, the hardened runtime and a
timestamp on every signature, entitlements on the app alone.
"""

from __future__ import annotations

import importlib.util
import json
import plistlib
import stat
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
MACHO_64 = bytes.fromhex("cffaedfe") + b"\0" * 60
FAT = bytes.fromhex("cafebabe") + b"\0" * 60


def _load(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


sign = _load(ROOT / "packaging" / "macos" / "sign.py", "macos_sign")


def _app(tmp_path: Path) -> Path:
    """A .app laid out as PyInstaller 6 lays out a PySide6 bundle."""
    app = tmp_path / "apaleo Inspector.app"
    contents = app / "Contents"
    (contents / "MacOS").mkdir(parents=True)
    (contents / "MacOS" / "apaleo-inspector").write_bytes(MACHO_64)
    with (contents / "Info.plist").open("wb") as handle:
        plistlib.dump({"CFBundleExecutable": "apaleo-inspector"}, handle)
    frameworks = contents / "Frameworks"
    qt = frameworks / "PySide6" / "Qt" / "lib" / "QtCore.framework"
    (qt / "Versions" / "A").mkdir(parents=True)
    (qt / "Versions" / "A" / "QtCore").write_bytes(FAT)
    (qt / "QtCore").symlink_to("Versions/A/QtCore")
    (frameworks / "PySide6" / "QtCore.abi3.so").write_bytes(MACHO_64)
    (frameworks / "Python.framework" / "Versions" / "3.11").mkdir(parents=True)
    (frameworks / "Python.framework" / "Versions" / "3.11" / "Python").write_bytes(MACHO_64)
    (frameworks / "lib-dynload").mkdir()
    (frameworks / "lib-dynload" / "_ssl.cpython-311-darwin.so").write_bytes(MACHO_64)
    (contents / "Resources").mkdir()
    (contents / "Resources" / "base_library.zip").write_bytes(b"PK\3\4")
    (contents / "Resources" / "icon.icns").write_bytes(b"icns")
    return app


def test_every_piece_is_signed_before_what_holds_it_and_the_app_last(tmp_path: Path) -> None:
    app = _app(tmp_path)
    log = tmp_path / "calls.jsonl"
    codesign = tmp_path / "codesign"
    codesign.write_text(
        f"#!{sys.executable}\nimport json, sys\n"
        f"open({str(log)!r}, 'a').write(json.dumps(sys.argv[1:]) + '\\n')\n",
        encoding="utf-8",
    )
    codesign.chmod(codesign.stat().st_mode | stat.S_IXUSR)
    entitlements = ROOT / "packaging" / "macos" / "entitlements.plist"
    order = sign.sign(app, "Developer ID Application: Test", entitlements, str(codesign))
    calls = [json.loads(line) for line in log.read_text().splitlines()]
    signed = [Path(c[-1]) for c in calls if "--verify" not in c]
    assert signed == order
    assert signed[-1] == app
    # every Mach-O file and every bundle, no resource, no symlink, the main executable with the app
    names = {p.name for p in signed}
    assert {"QtCore", "QtCore.framework", "Python", "Python.framework", "QtCore.abi3.so"} <= names
    assert {"base_library.zip", "icon.icns", "apaleo-inspector"}.isdisjoint(names)
    assert not any(p.is_symlink() for p in signed)
    for index, item in enumerate(signed):
        # nothing that holds this piece was signed before it
        assert not [held_by for held_by in signed[:index] if held_by in item.parents], item
    framework = signed.index(app / "Contents/Frameworks/PySide6/Qt/lib/QtCore.framework")
    assert (
        signed.index(app / "Contents/Frameworks/PySide6/Qt/lib/QtCore.framework/Versions/A/QtCore")
        < framework
    )
    for call in calls:
        assert "--deep" not in call
    for call in calls[:-1]:
        assert call[:6] == [
            "--force",
            "--timestamp",
            "--options",
            "runtime",
            "--sign",
            "Developer ID Application: Test",
        ]
        assert ("--entitlements" in call) == (Path(call[-1]) == app)
    assert calls[-1][:3] == ["--verify", "--strict", "--verbose=2"]


def test_the_disk_image_settings_put_the_app_beside_applications() -> None:
    settings: dict[str, object] = {"defines": {"app": "dist/apaleo Inspector.app"}}
    code = (ROOT / "packaging" / "macos" / "dmg_settings.py").read_text(encoding="utf-8")
    exec(compile(code, "dmg_settings.py", "exec"), settings)  # noqa: S102 - as dmgbuild runs it
    assert settings["files"] == ["dist/apaleo Inspector.app"]
    assert settings["symlinks"] == {"Applications": "/Applications"}
    assert set(settings["icon_locations"]) == {"apaleo Inspector.app", "Applications"}  # type: ignore[call-overload]
    assert settings["format"] == "UDZO"

"""The translations are complete: every window string of the code is in German, and sound.

``scripts/translations.sh update`` re-reads the code into a copy of the catalogues; a string
added to the code without a German translation shows up there as unfinished and fails here.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _messages(path: Path) -> list[ET.Element]:
    return list(ET.parse(path).getroot().iter("message"))  # noqa: S314 - our own files


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The catalogues as the code is now (the committed ones, updated from every source file)."""
    out = tmp_path_factory.mktemp("ts")
    env = {**os.environ, "VENV_BIN": str(Path(sys.executable).parent)}
    subprocess.run(
        ["bash", str(ROOT / "scripts" / "translations.sh"), "update", str(out)],
        check=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    return out


def test_every_string_in_the_code_is_translated_to_german(fresh: Path) -> None:
    messages = _messages(fresh / "inspector_de.ts")
    assert len(messages) > 500  # the parser found the code's strings at all
    states = {m.findtext("source"): m.find("translation") for m in messages}
    unfinished = [
        source
        for source, translation in states.items()
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete")
    ]
    assert unfinished == [], f"not translated to German: {unfinished[:10]}"
    committed = {
        m.findtext("source") for m in _messages(ROOT / "resources/translations/inspector_de.ts")
    }
    assert {m.findtext("source") for m in messages} == committed, (
        "run scripts/translations.sh update"
    )


def test_english_has_every_plural_form(fresh: Path) -> None:
    for message in _messages(fresh / "inspector_en.ts"):
        forms = [f.text for f in message.iter("numerusform")]
        assert len(forms) == 2, message.findtext("source")
        assert all(forms), message.findtext("source")


def _placeholders(text: str) -> list[str]:
    return sorted(set(re.findall(r"\{[a-z_0-9]*\}", text)))


def test_each_translation_keeps_the_placeholders_the_count_and_one_mnemonic() -> None:
    for message in _messages(ROOT / "resources/translations/inspector_de.ts"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        plural = message.get("numerus") == "yes"
        assert plural == ("%n" in source or "%Ln" in source), (
            f"declare in desktop_app/words/_plurals.py: {source}"
        )
        forms = (
            [f.text or "" for f in translation.iter("numerusform")]
            if plural
            else [translation.text or ""]
        )
        assert len(forms) == (2 if plural else 1), source
        for german in forms:
            assert german.strip(), source
            assert _placeholders(german) == _placeholders(source), (source, german)
            assert ("&" in source.replace("&&", "")) == ("&" in german.replace("&&", "")), (
                source,
                german,
            )
            assert german.replace("&&", "").count("&") <= 1, german
            if plural:
                assert "%Ln" in german or "%n" in german, german


def test_the_compiled_catalogues_are_those_of_the_sources() -> None:
    """The set-up compiles them; a stale .qm would show yesterday's words."""
    for ts in (ROOT / "resources/translations").glob("*.ts"):
        qm = ts.with_suffix(".qm")
        assert qm.exists(), f"{qm.name} missing: scripts/translations.sh"
        assert qm.stat().st_mtime >= ts.stat().st_mtime, f"{qm.name} is older than {ts.name}"

"""German: the app follows a German system, says everything in German, with German formats."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from desktop_app.sandbox import Sandbox
from desktop_app.ui import language
from desktop_app.ui.main_window import MainWindow
from tests.support.language import in_language
from tests.support.visible_texts import english_leftovers, window_texts
from tests.ui.conftest import loaded

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def german_start() -> dict[str, object]:
    """The sign-in window and the inspector of a start under LANG=de_DE.UTF-8 (a child process)."""
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE")}
    env.update(LANG="de_DE.UTF-8", QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-m", "tests.support.german_start"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_a_german_system_gets_german_windows_without_english_leftovers(
    german_start: dict[str, object],
) -> None:
    assert german_start["language"] == "de"
    assert german_start["locale"] == "de_DE"
    signin = german_start["signin"]
    main = german_start["main"]
    assert isinstance(signin, list)
    assert isinstance(main, list)
    for expected in ("Mit apaleo anmelden", "Verbindung:", "Einstellungen …"):
        assert expected in signin, expected
    for expected in ("Unterkünfte", "Berechtigungen", "Benutzer", "Datei", "Ansicht", "Sprache"):
        assert expected in main, expected
    assert english_leftovers(signin) == []
    assert english_leftovers(main) == []


def test_german_numbers_and_dates(german_start: dict[str, object]) -> None:
    assert german_start["count"] == "2.500 Unterkünfte"  # German digit grouping
    created = str(german_start["created"])
    # 23.11.2026 14:05 Ihre Zeit · 23.11.2026 15:05 in der Unterkunft (Europe/Berlin)
    assert re.match(r"\d{2}\.\d{2}\.\d{4} \d{2}:\d{2} ", created), created
    assert "AM" not in created
    assert "PM" not in created


def test_the_language_menu_saves_the_choice_and_offers_a_restart(
    qtbot: QtBot, open_window: Callable[..., tuple[MainWindow, Sandbox]]
) -> None:
    window, _sb = open_window()
    menu = window.language_menu
    titles = [a.text() for a in menu.actions()]
    assert titles[1:] == ["English", "Deutsch"]  # each language named in itself
    assert menu.actions_by_code[""].isChecked()  # follows the system until chosen
    menu.actions_by_code["de"].trigger()
    assert QSettings().value(language.SETTING) == "de"
    prompt = menu.prompt
    assert prompt is not None
    qtbot.waitUntil(prompt.isVisible)
    assert "Deutsch" in prompt.text()
    assert "next start" in prompt.text()
    later = [b for b in prompt.buttons() if "Later" in b.text()]
    with qtbot.assertNotEmitted(menu.restart_requested):
        later[0].click()
    assert language.chosen() == "de"  # kept for the next start
    menu.actions_by_code["de"].trigger()  # still not the window's language: asked again
    prompt = menu.prompt
    assert prompt is not None
    restart = [b for b in prompt.buttons() if "Restart" in b.text()]
    with qtbot.waitSignal(window.restart_requested, timeout=5000):
        restart[0].click()
    menu.actions_by_code["en"].trigger()  # English is the window's language: nothing to restart
    assert menu.prompt is None
    assert QSettings().value(language.SETTING) == "en"


def test_the_inspector_in_german_in_process(
    qtbot: QtBot, open_window: Callable[..., tuple[MainWindow, Sandbox]]
) -> None:
    with in_language("de"):
        window, _sb = open_window()
        loaded(qtbot, window)
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
        texts = window_texts(window)
        assert window.properties.count_label.text() == "6 Unterkünfte"
        assert english_leftovers(texts) == []

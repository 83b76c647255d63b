"""The suite's leak scan can fail: a planted secret is found, a masked one is not."""

from __future__ import annotations

from pathlib import Path

from desktop_app.core.log import redact
from tests.support.leaks import find_leaks

SECRET = "rt-0123456789abcdefABCDEF"


def test_a_planted_secret_is_found(tmp_path: Path) -> None:
    (tmp_path / "deep" / "er").mkdir(parents=True)
    (tmp_path / "deep" / "er" / "settings.ini").write_text(f"token={SECRET}\n", encoding="utf-8")
    (tmp_path / "clean.txt").write_text("nothing here", encoding="utf-8")
    scanned, hits = find_leaks([tmp_path], {SECRET, "another-secret-value"})
    assert scanned == 2
    assert len(hits) == 1
    assert "settings.ini" in hits[0]
    assert SECRET not in hits[0]  # the report names the file, not the secret


def test_redacted_text_and_skipped_files_are_clean(tmp_path: Path) -> None:
    (tmp_path / "app.log").write_text(redact(f"refresh_token={SECRET}"), encoding="utf-8")
    (tmp_path / "browser.log").write_text(SECRET, encoding="utf-8")
    scanned, hits = find_leaks([tmp_path], {SECRET}, skip_names=frozenset({"browser.log"}))
    assert scanned == 1
    assert hits == []

"""Run a test in one window language: Qt's translators and QLocale formats, then English again."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from desktop_app.ui import language

_APP: list[QApplication] = []


@contextmanager
def in_language(code: str) -> Iterator[None]:
    """Every translate() and every number and date in *code* while inside."""
    if QCoreApplication.instance() is None:  # plain unit tests: a translator needs an application
        _APP.append(QApplication([]))  # kept: an application nobody holds is destroyed at once
    language.apply(code)
    try:
        yield
    finally:
        language.apply("en")

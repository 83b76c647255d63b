"""The window language: Qt's translators, QLocale formats, and the admin's choice.

The language follows the system (``QLocale.system().uiLanguages()``) unless the admin chose one
in View ▸ Language (kept in QSettings as ``language``). Choosing takes effect at the next start:
every window is built in one language. The app's own ``inspector_<code>.qm`` (compiled from
``resources/translations/*.ts`` by ``scripts/translations.sh``) and Qt's ``qtbase_<code>.qm``
(standard buttons and dialogs) are loaded; English has a catalogue too, for its plural forms.
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTime,
    QTranslator,
)

from desktop_app.core import i18n
from desktop_app.core.resources import resource_path

logger = logging.getLogger(__name__)

#: The languages the app ships, by code; the first is the source and the fallback. A new one is
#: a catalogue (``scripts/translations.sh new fr``) and its code here.
LANGUAGES = ("en", "de")
#: QSettings key of the admin's choice ("" or absent: follow the system).
SETTING = "language"

_installed: list[QTranslator] = []


def translations_dir() -> str:
    """Where the compiled catalogues are (``resources/translations``, also in the bundle)."""
    return resource_path("translations")


def native_name(code: str) -> str:
    """A language's name in itself, as a picker shows it: "Deutsch", "English"."""
    locale = QLocale(code)
    if locale.language() == QLocale.Language.English:
        return "English"
    name = locale.nativeLanguageName()
    return name[:1].upper() + name[1:] if name else code


def chosen(settings: QSettings | None = None) -> str:
    """The admin's choice ("" when the app follows the system)."""
    value = (settings or QSettings()).value(SETTING, "")
    return value if isinstance(value, str) and value in LANGUAGES else ""


def system_language(locale: QLocale | None = None) -> str:
    """The first of the system's preferred languages the app has, else English."""
    for tag in (locale or QLocale.system()).uiLanguages():
        code = tag.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return LANGUAGES[0]


def locale_for(code: str) -> QLocale:
    """The locale for formats: the system's when it speaks *code* (its region), else *code*'s."""
    system = QLocale.system()
    if system_language(system) == code and system.name().split("_")[0] == code:
        return system
    return QLocale(code)


def _date_format(locale: QLocale) -> str:
    """The locale's short date with a four-digit year (23.11.2026, 11/23/2026)."""
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return pattern


def apply(code: str) -> None:
    """Install *code*'s translators and formats for the whole app (replacing any before)."""
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    qt_folders = (translations_dir(), QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for name, folders in (
        (f"inspector_{code}", (translations_dir(),)),
        (f"qtbase_{code}", qt_folders),
    ):
        translator = QTranslator()  # owned by _installed, not by an application that may go
        if any(translator.load(name, folder) for folder in folders):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
        elif name.startswith("inspector") or code != "en":  # Qt speaks English without one
            logger.warning("No compiled translations %s in %s", name, ", ".join(folders))
    locale = locale_for(code)
    QLocale.setDefault(locale)
    date_format = _date_format(locale)

    def number(value: int) -> str:
        return locale.toString(value)

    def date_time(value: dt.datetime) -> str:
        """The wall-clock time *value* holds (callers convert to local time first)."""
        moment = QDateTime(
            QDate(value.year, value.month, value.day), QTime(value.hour, value.minute)
        )
        return locale.toString(moment, f"{date_format} HH:mm")

    i18n.install(QCoreApplication.translate, number=number, date_time=date_time, language=code)
    logger.info("Window language: %s (formats %s)", code, locale.name())


def start(settings: QSettings | None = None) -> str:
    """At start: the chosen language, or the system's; installed. Returns its code."""
    code = chosen(settings) or system_language()
    apply(code)
    return code


__all__ = [
    "LANGUAGES",
    "SETTING",
    "apply",
    "chosen",
    "locale_for",
    "native_name",
    "start",
    "system_language",
    "translations_dir",
]

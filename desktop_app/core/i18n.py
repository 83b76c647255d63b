"""Translation and local formats for code that must not import Qt.

The windows translate through Qt (``QCoreApplication.translate`` and ``.qm`` files), but many of
their sentences are made in Qt-free modules (the words modules, error messages raised deep in
auth and the API client). Those call :func:`translate` here, or build a :class:`Said`: an English
template with its values, English wherever it is printed (logs, the command line, ``--json``)
and in the admin's language only where a window shows it (:func:`shown`). The GUI installs Qt's
translator and ``QLocale`` formats with :func:`install`; without it everything is English with
Python's own formats, which is what the headless twin and the logs want.

``pyside6-lupdate`` finds the sources: ``translate("Context", "text")`` directly, and
``said("Context", "text")`` as an alias of ``QT_TRANSLATE_NOOP`` (``scripts/translations.sh``).
Values go in with ``.format(name=value)`` after the call, so lupdate still parses it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

#: ``(context, source, disambiguation, n) -> text``: ``QCoreApplication.translate``'s shape.
Translator = Callable[[str, str, "str | None", int], str]


def _english(_context: str, text: str, _disambiguation: str | None = None, n: int = -1) -> str:
    """The source text itself (English), with ``%n`` filled as Qt would."""
    if n >= 0:
        text = text.replace("%Ln", f"{n:,}").replace("%n", str(n))
    return text


def _number(value: int) -> str:
    return f"{value:,}"


def _date_time(value: dt.datetime) -> str:
    return value.strftime("%Y-%m-%d %H:%M")


@dataclass
class _Installed:
    translate: Translator = _english
    number: Callable[[int], str] = _number
    date_time: Callable[[dt.datetime], str] = _date_time
    language: str = "en"


_current = _Installed()


def install(
    translate_hook: Translator | None = None,
    *,
    number: Callable[[int], str] | None = None,
    date_time: Callable[[dt.datetime], str] | None = None,
    language: str = "en",
) -> None:
    """Set the translator and formats (the GUI's language); no arguments: English again."""
    global _current
    _current = _Installed(
        translate_hook or _english,
        number or _number,
        date_time or _date_time,
        language,
    )


def language() -> str:
    """The installed language's code ("en", "de")."""
    return _current.language


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """*text* in the installed language (``%n``/``%Ln`` filled with *n* when given)."""
    return _current.translate(context, text, disambiguation, n)


def number(value: int) -> str:
    """A whole number with the language's digit grouping (10,000 or 10.000)."""
    return _current.number(value)


def date_time(value: dt.datetime) -> str:
    """A local date and time in the language's short form, 24-hour clock."""
    return _current.date_time(value)


def clock(value: dt.datetime) -> str:
    """A local time of day: hours and minutes, 24-hour clock in every language."""
    return value.strftime("%H:%M")


class Said(str):
    """A sentence to translate later: a ``str`` holding the English, :meth:`shown` translates it.

    Being a ``str``, it goes wherever text goes (logs, ``in``, the command line) as English; only
    a window calls :meth:`shown`. Values may be Said themselves (a phrase inside a sentence), each
    translated on its own.
    """

    context: str
    template: str
    values: tuple[tuple[str, object], ...]

    def __new__(
        cls, context: str, template: str, values: tuple[tuple[str, object], ...] = ()
    ) -> Said:
        """Keep the parts; the ``str`` itself is the English sentence."""
        english = template.format(**{k: str(v) for k, v in values}) if values else template
        self = super().__new__(cls, english)
        self.context, self.template, self.values = context, template, values
        return self

    def format(self, *args: object, **values: object) -> Said:
        """The same sentence with its ``{name}`` placeholders given."""
        if args:
            raise TypeError("Said.format takes named values only")
        return Said(self.context, self.template, self.values + tuple(values.items()))

    def shown(self) -> str:
        """The sentence in the installed language."""
        template = translate(self.context, self.template)
        return template.format(**{k: shown(v) for k, v in self.values}) if self.values else template

    def __repr__(self) -> str:
        return f"Said({self.context!r}, {str(self)!r})"


#: Words as code passes them around: plain text, or a sentence translated when shown.
Text = str | Said


def said(context: str, template: str) -> Said:
    """Mark *template* for translation in *context*; translated when shown, not now."""
    return Said(context, template)


def shown(value: object) -> str:
    """Anything as the window shows it: a Said translated, anything else as ``str()``."""
    return value.shown() if isinstance(value, Said) else str(value)


__all__ = [
    "Said",
    "Text",
    "clock",
    "date_time",
    "install",
    "language",
    "number",
    "said",
    "shown",
    "translate",
]

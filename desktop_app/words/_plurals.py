"""Every message with a count, declared for ``pyside6-lupdate``; never imported.

lupdate's Python parser marks a message as having plural forms only when the count in the call
is a literal number, never for ``translate(ctx, text, None, count)``. This file is read first
(``scripts/translations.sh``), with literal counts, so each of these becomes a plural message;
the real calls elsewhere then share it. ``tests/unit/test_translations.py`` fails when a message
with ``%n`` is not declared here.
"""

from desktop_app.core.i18n import translate


def _declarations() -> None:
    translate("Words", "%Ln properties", None, 0)
    translate("Words", "{shown} of %Ln properties", None, 0)
    translate("Words", "%Ln people have access to this account.", None, 0)
    translate("Words", "apaleo replaced it %Ln times while the app has run.", None, 0)
    translate("Export", "&All %Ln properties", None, 0)
    translate("Export", "Only the %Ln properties matching the &filter '{text}'", None, 0)
    translate("MainWindow", "Copied %Ln rows.", None, 0)
    translate("Doctor", "%n link(s) failed: see what to do in the red rows.", None, 0)
    translate("Doctor", "The connection works, with %n warning(s).", None, 0)
    translate("MainWindow", "Loading done: %Ln properties.", None, 0)
    translate("Properties", "Loaded %Ln properties.", None, 0)

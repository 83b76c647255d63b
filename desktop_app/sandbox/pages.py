"""The sandbox's sign-in pages: choose a demo user, consent, errors. Escaped, never cached."""

from __future__ import annotations

import functools
import html
import xml.etree.ElementTree as ET
from typing import TYPE_CHECKING

from desktop_app.core.resources import resource_path
from desktop_app.core.scopes import describe_scope
from desktop_app.sandbox.http import Request, Response
from desktop_app.sandbox.users import DemoUser

if TYPE_CHECKING:
    from desktop_app.sandbox.grants import ClientInfo

_STYLE = (
    "body{font-family:system-ui,sans-serif;max-width:34rem;margin:3rem auto;padding:0 1rem;"
    "color:#1d2733}h1{font-size:1.4rem}ul{padding-left:1.2rem}label{display:block;margin:.4rem 0}"
    "button{font-size:1rem;padding:.5rem 1.2rem;margin-right:.6rem}.muted{color:#5b6570}"
)


#: The pages' own words in German (apaleo's sign-in pages answer in the browser's language).
GERMAN = {
    "Sign in to apaleo": "Bei apaleo anmelden",
    "apaleo sandbox: sign in and consent": "apaleo-Sandbox: anmelden und zustimmen",
    "Sign in as": "Anmelden als",
    "would like to:": "möchte:",
    "For these properties": "Für diese Unterkünfte",
    "Allow": "Erlauben",
    "Deny": "Ablehnen",
    "Unknown client": "Unbekannter Client",
    "This application is not registered.": "Diese Anwendung ist nicht registriert.",
    "Invalid redirect address": "Ungültige Weiterleitungsadresse",
    "The address this application wants to return to is not registered for it.": (
        "Die Adresse, zu der diese Anwendung zurückkehren möchte, ist für sie nicht registriert."
    ),
    "This sign-in has expired": "Diese Anmeldung ist abgelaufen",
    "Start the sign-in again from the application.": "Starten Sie die Anmeldung in der Anwendung erneut.",
    "Unknown user": "Unbekannter Benutzer",
    "Pick one of the demo users.": "Wählen Sie einen der Demo-Benutzer.",
    "Choose a property": "Wählen Sie eine Unterkunft",
    "Allow the app to see at least one property.": (
        "Erlauben Sie der App, mindestens eine Unterkunft zu sehen."
    ),
    "Sign-out failed": "Abmelden fehlgeschlagen",
    "The id_token_hint is not valid.": "Der id_token_hint ist ungültig.",
    "Signed out": "Abgemeldet",
    "You are signed out of the apaleo sandbox.": "Sie sind von der apaleo-Sandbox abgemeldet.",
}
LANGUAGES = ("en", "de")


def language_of(request: Request) -> str:
    """The browser's preferred language of those the pages speak (Accept-Language, RFC 9110)."""
    ranked: list[tuple[float, int, str]] = []
    for position, part in enumerate((request.header("Accept-Language") or "").split(",")):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                quality = 0.0
        code = tag.strip().split("-")[0].lower()
        if code in LANGUAGES and quality > 0:
            ranked.append((-quality, position, code))
    return min(ranked)[2] if ranked else "en"


def words(text: str, lang: str) -> str:
    """*text* in *lang* (English when there is no translation)."""
    return GERMAN.get(text, text) if lang == "de" else text


@functools.cache
def _scope_words_de() -> dict[str, str]:
    """The app's own German scope descriptions (its catalogue): one wording for page and app."""
    try:
        catalogue = resource_path("translations", "inspector_de.ts")
        root = ET.parse(catalogue).getroot()  # noqa: S314 - the app's own file
    except (OSError, ET.ParseError):
        return {}
    found = {}
    for context in root.iter("context"):
        if context.findtext("name") == "Scopes":
            for message in context.iter("message"):
                translation = message.findtext("translation")
                if translation:
                    found[message.findtext("source") or ""] = translation
    return found


def scope_words(scope: str, lang: str) -> str:
    """What *scope* allows, in *lang*."""
    said = describe_scope(scope)
    if lang != "de":
        return str(said)
    template = _scope_words_de().get(said.template, said.template)
    return template.format(**{k: str(v) for k, v in said.values}) if said.values else template


def page(title: str, body_html: str, lang: str = "en") -> str:
    """A whole HTML page around *body_html* (which the caller escaped and translated)."""
    title = words(title, lang)
    return (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{html.escape(title)}</title>"
        f'<meta name="referrer" content="no-referrer"><style>{_STYLE}</style></head>'
        f"<body><h1>{html.escape(title)}</h1>{body_html}</body></html>"
    )


def error_page(title: str, text: str, status: int, lang: str = "en", *, code: str = "") -> Response:
    """An error page: the sandbox never redirects to an address it cannot trust."""
    body = f'<p id="error">{html.escape(words(text, lang))}</p>'
    if code:
        body += f'<p id="code" class=muted>{html.escape(code)}</p>'
    response = Response.html(page(title, body, lang), status)
    response.headers["Content-Language"] = lang
    return response


def consent_page(
    client: ClientInfo,
    scope: tuple[str, ...],
    users: list[DemoUser],
    consent_id: str,
    properties: list[tuple[str, str]],
    lang: str = "en",
) -> str:
    """Sign in as a demo user and consent; a fine-grained client also gets the property choice."""
    choices = "".join(
        f'<label><input type="radio" name="user" id="user-{html.escape(u.sub)}" '
        f'value="{html.escape(u.sub)}"{" checked" if i == 0 else ""}> '
        f"{html.escape(u.name)} <span class=muted>({html.escape(u.role)})</span></label>"
        for i, u in enumerate(u for u in users if u.active)
    )
    asked = (*scope, *client.permissions) if client.fine_grained else scope
    scopes = "".join(
        f"<li>{html.escape(scope_words(s, lang))} <span class=muted>({html.escape(s)})</span></li>"
        for s in asked
    )
    picker = ""
    if client.fine_grained:
        boxes = "".join(
            f'<label><input type="checkbox" name="property" id="property-{html.escape(pid)}" '
            f'value="{html.escape(pid)}" checked> {html.escape(name)} '
            f"<span class=muted>({html.escape(pid)})</span></label>"
            for pid, name in properties
        )
        legend = html.escape(words("For these properties", lang))
        picker = f"<fieldset id=properties><legend>{legend}</legend>{boxes}</fieldset>"

    def w(text: str) -> str:
        return html.escape(words(text, lang))

    body = (
        f'<p class="muted">{w("apaleo sandbox: sign in and consent")}</p>'
        f'<form method="post" action="/connect/authorize">'
        f'<input type="hidden" name="consent_id" value="{html.escape(consent_id)}">'
        f"<fieldset><legend>{w('Sign in as')}</legend>{choices}</fieldset>"
        f"<p><strong id=client-name>{html.escape(client.name)}</strong> {w('would like to:')}</p>"
        f'<ul id="scopes">{scopes}</ul>{picker}'
        f'<button type="submit" id="allow" name="decision" value="allow">{w("Allow")}</button>'
        f'<button type="submit" id="deny" name="decision" value="deny">{w("Deny")}</button>'
        "</form>"
    )
    return page("Sign in to apaleo", body, lang)

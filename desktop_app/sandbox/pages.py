"""The sandbox's sign-in pages: choose a demo user, consent, errors. Escaped, never cached."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from desktop_app.sandbox.http import Response
from desktop_app.sandbox.users import DemoUser
from desktop_app.scopes import describe_scope

if TYPE_CHECKING:
    from desktop_app.sandbox.identity import ClientInfo

_STYLE = (
    "body{font-family:system-ui,sans-serif;max-width:34rem;margin:3rem auto;padding:0 1rem;"
    "color:#1d2733}h1{font-size:1.4rem}ul{padding-left:1.2rem}label{display:block;margin:.4rem 0}"
    "button{font-size:1rem;padding:.5rem 1.2rem;margin-right:.6rem}.muted{color:#5b6570}"
)


def page(title: str, body_html: str) -> str:
    """A whole HTML page around *body_html* (which the caller escaped)."""
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}'
        f'</title><meta name="referrer" content="no-referrer"><style>{_STYLE}</style></head>'
        f"<body><h1>{html.escape(title)}</h1>{body_html}</body></html>"
    )


def error_page(title: str, text: str, status: int) -> Response:
    """An error page: the sandbox never redirects to an address it cannot trust."""
    return Response.html(page(title, f'<p id="error">{html.escape(text)}</p>'), status)


def consent_page(
    client: ClientInfo,
    scope: tuple[str, ...],
    users: list[DemoUser],
    consent_id: str,
    properties: list[tuple[str, str]],
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
        f"<li>{html.escape(str(describe_scope(s)))} <span class=muted>({html.escape(s)})</span></li>"
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
        picker = f"<fieldset id=properties><legend>For these properties</legend>{boxes}</fieldset>"
    body = (
        '<p class="muted">apaleo sandbox: sign in and consent</p>'
        f'<form method="post" action="/connect/authorize">'
        f'<input type="hidden" name="consent_id" value="{html.escape(consent_id)}">'
        f"<fieldset><legend>Sign in as</legend>{choices}</fieldset>"
        f"<p><strong id=client-name>{html.escape(client.name)}</strong> would like to:</p>"
        f'<ul id="scopes">{scopes}</ul>{picker}'
        '<button type="submit" id="allow" name="decision" value="allow">Allow</button>'
        '<button type="submit" id="deny" name="decision" value="deny">Deny</button>'
        "</form>"
    )
    return page("Sign in to apaleo", body)

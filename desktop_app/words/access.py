"""What the app may see, in words: scope clients, fine-grained clients, refusals. No Qt.

apaleo has two kinds of connect client. A *scope client* gets the API scopes it asks for (when
its registration allows them). A *fine-grained client*, apaleo's recommended kind, is granted
permissions set in its registration in apaleo, for the properties the hotel picks when it
connects the app; the scopes it asks for are ignored, and its token answer says
``identity:permissions`` instead. Advice must fit the kind: "add the scope to the profile" is
wrong for a fine-grained client.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from desktop_app.core.i18n import translate
from desktop_app.core.scopes import OIDC_SCOPES, is_fine_grained


def forbidden_words(what: str, scopes: Sequence[str], *, fine_grained: bool) -> str:
    """Why apaleo refused (403) *what* ("list the account's users"), and what fixes it."""
    if len(scopes) > 1:
        needed = translate("Access", "{first} or {second}").format(
            first=scopes[0], second=scopes[1]
        )
    else:
        needed = scopes[0] if scopes else translate("Access", "a permission")
    if fine_grained:
        return translate(
            "Access",
            "apaleo does not allow this app to {what}. This app's permissions are set in its registration in apaleo (it needs {needed}), and the hotel chooses which properties it may see when it connects the app. Ask your apaleo account admin to change that.",
        ).format(what=what, needed=needed)
    return translate(
        "Access",
        "The app may not {what}: it was not granted {needed}. Add it to the profile's scopes (Settings) and sign in again; the app's registration in apaleo must allow it too.",
    ).format(what=what, needed=needed)


def scopes_summary(
    requested: Sequence[str],
    granted: Sequence[str],
    missing: Sequence[str],
    extra: Sequence[str],
) -> str:
    """The sentence above the Scopes table."""
    if is_fine_grained(granted):
        parts = [
            "This app is a fine-grained apaleo client: apaleo ignores the API scopes it asks "
            "for. What it may do is set in its registration in apaleo, and which properties it "
            "may see is chosen by the hotel when it connects the app; the tabs show what apaleo "
            "allows."
        ]
        oidc_missing = [s for s in missing if s in OIDC_SCOPES]
        if oidc_missing:
            parts.append(
                translate("Access", "Not granted: {scopes}.").format(scopes=", ".join(oidc_missing))
            )
        return " ".join(parts)
    parts = [
        translate("Access", "The app asked for {asked} scopes and was granted {granted}.").format(
            asked=len(requested), granted=len(granted)
        )
    ]
    if missing:
        parts.append(
            translate("Access", "Not granted: {scopes}.").format(scopes=", ".join(missing))
        )
    if extra:
        parts.append(
            translate("Access", "Granted without being asked for: {scopes}.").format(
                scopes=", ".join(extra)
            )
        )
    return " ".join(parts)


def signed_in_as(info: Mapping[str, object]) -> str:
    """The header's user line from userinfo (or the id_token's claims).

    apaleo's ``preferred_username`` is the display name and its ``name`` the e-mail address.
    """
    display = info.get("preferred_username")
    email = info.get("email") or info.get("name")
    if not isinstance(email, str) or "@" not in email:
        email = None
    who = display if isinstance(display, str) and display else email or info.get("sub") or "?"
    details = [d for d in (email if email != who else None, info.get("role")) if d]
    return translate("Access", "Signed in as {who}").format(who=who) + (
        f" ({', '.join(str(d) for d in details)})" if details else ""
    )

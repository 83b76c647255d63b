"""apaleo's OAuth scopes in plain words: shown on the sandbox's consent page and in the Scopes view.

One table for both, so what the admin is asked for and what the app explains never drift apart.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop_app.core.i18n import Said, said

#: The marker in a fine-grained client's granted ``scope`` (apaleo's identity server writes it).
PERMISSIONS_MARKER = "identity:permissions"
#: OpenID Connect scopes: about the sign-in itself, never about apaleo's data.
OIDC_SCOPES = ("openid", "profile", "offline_access")


def is_fine_grained(granted: Sequence[str]) -> bool:
    """Whether a grant is a fine-grained client's (its ``scope`` carries the marker)."""
    return PERMISSIONS_MARKER in granted


SCOPE_MEANINGS: dict[str, Said] = {
    "openid": said("Scopes", "Confirm who you are when you sign in"),
    "profile": said("Scopes", "See your name and user name"),
    "offline_access": said("Scopes", "Stay signed in between sessions"),
    "admin": said("Scopes", "Full administrative access to the account"),
    "account.manage": said("Scopes", "View and change the account's settings"),
    "accounts.read": said("Scopes", "See the accounts you have access to"),
    "account.create": said("Scopes", "Create new accounts"),
    "setup.read": said("Scopes", "See properties, units and unit groups"),
    "setup.manage": said("Scopes", "Change properties, units and unit groups"),
    "properties.create": said("Scopes", "Create properties"),
    "properties.manage": said("Scopes", "Change properties"),
    "units.read": said("Scopes", "See units (rooms)"),
    "units.create": said("Scopes", "Create units (rooms)"),
    "units.manage": said("Scopes", "Change units (rooms)"),
    "units.delete": said("Scopes", "Delete units (rooms)"),
    "unitgroups.read": said("Scopes", "See unit groups (room types)"),
    "unitgroups.create": said("Scopes", "Create unit groups (room types)"),
    "unitgroups.manage": said("Scopes", "Change unit groups (room types)"),
    "unitgroups.delete": said("Scopes", "Delete unit groups (room types)"),
    "identity:account-users.read": said("Scopes", "See the users of the account"),
    "identity:account-users.manage": said(
        "Scopes", "Invite, change and remove users of the account"
    ),
}

#: The scopes each endpoint the app calls needs (any one of them), from apaleo's swagger ``security``.
ENDPOINT_SCOPES: dict[str, tuple[str, ...]] = {
    "GET /inventory/v1/properties": (),
    "GET /inventory/v1/properties/$count": (),
    "GET /inventory/v1/properties/{id}": (),
    "GET /account/v1/accounts/current": (),
    "GET /inventory/v1/units": ("units.read", "setup.read", "setup.manage", "admin"),
    "GET /inventory/v1/units/$count": ("units.read", "setup.read", "setup.manage", "admin"),
    "GET /inventory/v1/unit-groups": ("unitgroups.read", "setup.read", "setup.manage", "admin"),
    "GET /inventory/v1/unit-groups/$count": (
        "unitgroups.read",
        "setup.read",
        "setup.manage",
        "admin",
    ),
    "GET /api/v1/users": ("identity:account-users.read", "identity:account-users.manage"),
}


def describe_scope(scope: str) -> Said:
    """The meaning of *scope* in words; unknown scopes are named as such, never hidden."""
    known = SCOPE_MEANINGS.get(scope)
    if known is not None:
        return known
    return said("Scopes", "A permission this app does not know ({scope})").format(scope=scope)


def writes(scope: str) -> bool:
    """Whether *scope* lets an app change data (the inspector never needs one)."""
    return scope == "admin" or scope.endswith((".manage", ".create", ".delete"))


#: What each scope shows in this app, and what stays hidden without it.
IN_THIS_APP: dict[str, tuple[Said, Said]] = {
    "openid": (
        said(
            "Scopes",
            "The app can check who signed in, and signing out also signs your browser out of "
            "apaleo.",
        ),
        said(
            "Scopes",
            "The app cannot check who signed in, and sign-out leaves the browser signed in.",
        ),
    ),
    "profile": (
        said("Scopes", "Your name and e-mail address in the window's header."),
        said("Scopes", "The header shows your user id instead of your name."),
    ),
    "offline_access": (
        said(
            "Scopes",
            "The next start signs in without the browser, and the access token is renewed in the "
            "background.",
        ),
        said(
            "Scopes",
            "You sign in in the browser at every start and whenever the access token expires.",
        ),
    ),
    "setup.read": (
        said("Scopes", "Unit and unit-group counts in the property details."),
        said(
            "Scopes",
            "Unit and unit-group counts say 'Not available' (unless units.read / unitgroups.read "
            "are granted).",
        ),
    ),
    "units.read": (
        said("Scopes", "The unit count in the property details."),
        said("Scopes", "The unit count says 'Not available'."),
    ),
    "unitgroups.read": (
        said("Scopes", "The unit-group count in the property details."),
        said("Scopes", "The unit-group count says 'Not available'."),
    ),
    "identity:account-users.read": (
        said("Scopes", "The Users tab: who has access to the account, with their roles."),
        said("Scopes", "The Users tab stays empty."),
    ),
    "identity:account-users.manage": (
        said("Scopes", "The Users tab (the app never changes users)."),
        said("Scopes", "The Users tab stays empty unless identity:account-users.read is granted."),
    ),
    "account.manage": (
        said("Scopes", "Nothing more here: the account's name and type are readable without it."),
        said("Scopes", "Nothing: the app reads the account without it."),
    ),
}


def in_this_app(scope: str, granted: bool) -> Said:
    """What *scope* unlocks in the inspector (granted), or what stays hidden without it."""
    if scope in IN_THIS_APP:
        unlocks, hidden = IN_THIS_APP[scope]
        return unlocks if granted else hidden
    if writes(scope):
        return said(
            "Scopes", "Not used: this app only reads. It can be removed from the profile's scopes."
        )
    return said("Scopes", "Not used by this app.")

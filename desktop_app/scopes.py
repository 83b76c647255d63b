"""apaleo's OAuth scopes in plain words: shown on the sandbox's consent page and in the Scopes view.

One table for both, so what the admin is asked for and what the app explains never drift apart.
"""

from __future__ import annotations

SCOPE_MEANINGS: dict[str, str] = {
    "openid": "Confirm who you are when you sign in",
    "profile": "See your name and user name",
    "offline_access": "Stay signed in between sessions",
    "admin": "Full administrative access to the account",
    "account.manage": "View and change the account's settings",
    "accounts.read": "See the accounts you have access to",
    "account.create": "Create new accounts",
    "setup.read": "See properties, units and unit groups",
    "setup.manage": "Change properties, units and unit groups",
    "properties.create": "Create properties",
    "properties.manage": "Change properties",
    "units.read": "See units (rooms)",
    "units.create": "Create units (rooms)",
    "units.manage": "Change units (rooms)",
    "units.delete": "Delete units (rooms)",
    "unitgroups.read": "See unit groups (room types)",
    "unitgroups.create": "Create unit groups (room types)",
    "unitgroups.manage": "Change unit groups (room types)",
    "unitgroups.delete": "Delete unit groups (room types)",
    "identity:account-users.read": "See the users of the account",
    "identity:account-users.manage": "Invite, change and remove users of the account",
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


def describe_scope(scope: str) -> str:
    """The meaning of *scope* in words; unknown scopes are named as such, never hidden."""
    return SCOPE_MEANINGS.get(scope, f"A permission this app does not know ({scope})")


def writes(scope: str) -> bool:
    """Whether *scope* lets an app change data (the inspector never needs one)."""
    return scope == "admin" or scope.endswith((".manage", ".create", ".delete"))


#: What each scope shows in this app, and what stays hidden without it.
IN_THIS_APP: dict[str, tuple[str, str]] = {
    "openid": (
        "The sign-in is checked (a signed id_token) and apaleo's browser session can be ended "
        "at sign-out.",
        "The app cannot check who signed in, and sign-out leaves the browser signed in.",
    ),
    "profile": (
        "Your name and e-mail address in the window's header.",
        "The header shows your user id instead of your name.",
    ),
    "offline_access": (
        "The next start signs in without the browser, and the access token is renewed in the "
        "background.",
        "You sign in in the browser at every start and whenever the access token expires.",
    ),
    "setup.read": (
        "Unit and unit-group counts in the property details.",
        "Unit and unit-group counts say 'Not available' (unless units.read / unitgroups.read "
        "are granted).",
    ),
    "units.read": (
        "The unit count in the property details.",
        "The unit count says 'Not available'.",
    ),
    "unitgroups.read": (
        "The unit-group count in the property details.",
        "The unit-group count says 'Not available'.",
    ),
    "identity:account-users.read": (
        "The Users tab: who has access to the account, with their roles.",
        "The Users tab stays empty.",
    ),
    "identity:account-users.manage": (
        "The Users tab (the app never changes users).",
        "The Users tab stays empty unless identity:account-users.read is granted.",
    ),
    "account.manage": (
        "Nothing more here: the account's name and type are readable without it.",
        "Nothing: the app reads the account without it.",
    ),
}


def in_this_app(scope: str, granted: bool) -> str:
    """What *scope* unlocks in the inspector (granted), or what stays hidden without it."""
    if scope in IN_THIS_APP:
        unlocks, hidden = IN_THIS_APP[scope]
        return unlocks if granted else hidden
    if writes(scope):
        return "Not used: this app only reads. It can be removed from the profile's scopes."
    return "Not used by this app."

"""The people who can sign in to the sandbox's demo account, shaped as apaleo's identity API has them.

apaleo's identity API lists an account's users as ``{subjectId, firstName, lastName, email,
properties: [{id, roles}], enabled, isAccountAdmin}`` (tests/contract/identity-users.schema.json);
its userinfo gives ``name`` as the e-mail address and ``preferred_username`` as the display name.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

#: apaleo's user roles.
ROLES = (
    "AccountAdmin",
    "PropertyAdmin",
    "Accountant",
    "RevenueManager",
    "ReservationManager",
    "FrontDesk",
    "FrontDeskSenior",
    "Housekeeping",
)


@dataclass(frozen=True)
class DemoUser:
    """One user of the demo account, as the identity server knows them."""

    sub: str
    first_name: str
    last_name: str
    email: str
    account_code: str
    role: str
    #: (property id, roles) for each property the user may work in.
    properties: tuple[tuple[str, tuple[str, ...]], ...] = ()
    is_account_admin: bool = False
    active: bool = True

    @property
    def name(self) -> str:
        """The display name (apaleo's ``preferred_username``)."""
        return f"{self.first_name} {self.last_name}".strip()

    def deactivated(self) -> DemoUser:
        """The same user, no longer allowed into the account."""
        return replace(self, active=False)

    def as_identity_user(self) -> dict[str, Any]:
        """The user as apaleo's identity API lists it."""
        return {
            "subjectId": self.sub,
            "firstName": self.first_name,
            "lastName": self.last_name,
            "email": self.email,
            "properties": [{"id": pid, "roles": list(roles)} for pid, roles in self.properties],
            "enabled": self.active,
            "isAccountAdmin": self.is_account_admin,
        }


def demo_users(account_code: str = "DEMO", property_ids: Sequence[str] = ()) -> list[DemoUser]:
    """An account admin, a front-desk user and an accountant; the first is the default."""
    ids = list(property_ids)
    return [
        DemoUser(
            "u-admin",
            "Anna",
            "Admin",
            "anna@demo-hotels.example",
            account_code,
            "AccountAdmin",
            tuple((pid, ("PropertyAdmin",)) for pid in ids),
            is_account_admin=True,
        ),
        DemoUser(
            "u-frontdesk",
            "Felix",
            "Front",
            "felix@demo-hotels.example",
            account_code,
            "FrontDesk",
            tuple((pid, ("FrontDesk", "Housekeeping")) for pid in ids[:2]),
        ),
        DemoUser(
            "u-accounting",
            "Aylin",
            "Yılmaz",  # noqa: RUF001 - a real Turkish name
            "aylin@demo-hotels.example",
            account_code,
            "Accountant",
            tuple((pid, ("Accountant",)) for pid in ids),
        ),
    ]

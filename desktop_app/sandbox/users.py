"""The people who can sign in to the sandbox's demo account."""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True)
class DemoUser:
    """One user of the demo account, as the identity server knows them."""

    sub: str
    name: str
    preferred_username: str
    email: str
    account_code: str
    role: str
    active: bool = True

    def deactivated(self) -> DemoUser:
        """The same user, no longer allowed into the account."""
        return replace(self, active=False)

    def as_dict(self) -> dict[str, object]:
        """The plain fields, as the API's user list needs them."""
        return {
            "sub": self.sub,
            "name": self.name,
            "preferred_username": self.preferred_username,
            "email": self.email,
            "account_code": self.account_code,
            "role": self.role,
            "active": self.active,
        }


def demo_users(account_code: str = "DEMO") -> list[DemoUser]:
    """An admin, a front-office manager and an accountant; the first is the default."""
    return [
        DemoUser(
            "u-admin",
            "Anna Admin",
            "anna.admin",
            "anna@demo-hotels.example",
            account_code,
            "AccountAdmin",
        ),
        DemoUser(
            "u-frontdesk",
            "Felix Front",
            "felix.front",
            "felix@demo-hotels.example",
            account_code,
            "FrontOfficeManager",
        ),
        DemoUser(
            "u-accounting",
            "Aylin Yılmaz",  # noqa: RUF001 - a real Turkish name
            "aylin.yilmaz",
            "aylin@demo-hotels.example",
            account_code,
            "Accountant",
        ),
    ]

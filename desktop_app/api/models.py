"""apaleo's data as frozen dataclasses, parsed tolerantly.

A missing or wrongly typed optional field becomes ``None`` and is named in ``problems`` (the
window shows it as missing); an unknown enum value is kept as it came; a missing ``id`` makes the
whole answer unusable (:class:`MalformedResponse` naming the endpoint).
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from desktop_app.api.errors import MalformedResponse
from desktop_app.core.i18n import Text, said

#: One empty, read-only mapping for every missing text: 10,000 properties without a description
#: need no 10,000 empty dicts.
NO_TEXTS: Mapping[str, str] = MappingProxyType({})


class OneText(Mapping[str, str]):
    """A list item's text (apaleo sends one language there), as a mapping with one key, "".

    A dict per text is ~180 bytes; 10,000 properties have two or three texts each.
    """

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text

    def __getitem__(self, key: str) -> str:
        if key == "":
            return self.text
        raise KeyError(key)

    def get(self, key: str, default: Any = None) -> Any:
        """The text for "", else *default* (without raising and catching, as Mapping's would)."""
        return self.text if key == "" else default

    def __iter__(self) -> Iterator[str]:
        yield ""

    def __len__(self) -> int:
        return 1

    def __eq__(self, other: object) -> bool:
        if isinstance(other, OneText):
            return self.text == other.text
        return super().__eq__(other)

    __hash__ = None  # type: ignore[assignment]  # as a dict: not hashable

    def __repr__(self) -> str:
        return f"{{'': {self.text!r}}}"


class _Reader:
    """Reads fields of one JSON object, collecting what was missing or mistyped."""

    def __init__(self, data: Any, endpoint: str, what: Text) -> None:
        if not isinstance(data, Mapping):
            raise MalformedResponse(
                said("Errors", "{endpoint} sent a {what} that is not an object.").format(
                    endpoint=endpoint, what=what
                ),
                endpoint=endpoint,
            )
        self.data = data
        self.endpoint = endpoint
        self.what = what
        self.problems: list[str] = []

    def required_id(self, key: str) -> str:
        value = self.data.get(key)
        if not isinstance(value, str) or not value:
            raise MalformedResponse(
                said("Errors", "{endpoint} sent a {what} without a valid '{key}'.").format(
                    endpoint=self.endpoint, what=self.what, key=key
                ),
                endpoint=self.endpoint,
            )
        return value

    def text(self, key: str, *, expected: bool = True, shared: bool = False) -> str | None:
        """The string at *key*; *shared* for values many rows repeat (a city, a currency).

        Shared values are interned: every JSON page makes its own copy of "Europe/Berlin", and
        10,000 rows of such copies are megabytes.
        """
        value = self.data.get(key)
        if isinstance(value, str):
            return sys.intern(value) if shared else value
        if value is not None or expected:
            self.problems.append(key)
        return None

    def flag(self, key: str) -> bool | None:
        value = self.data.get(key)
        if isinstance(value, bool):
            return value
        self.problems.append(key)
        return None

    def number(self, key: str) -> int | None:
        value = self.data.get(key)
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        if value is not None:
            self.problems.append(key)
        return None

    def when(self, key: str) -> dt.datetime | None:
        value = self.data.get(key)
        if isinstance(value, str):
            try:
                parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
            except ValueError:
                parsed = None
            if parsed is not None:
                return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)
        self.problems.append(key)
        return None

    def texts(self, key: str, *, expected: bool = True) -> Mapping[str, str]:
        """Texts by language (the language codes shared); one language in a list item."""
        value = self.data.get(key)
        if isinstance(value, str):  # a list item: one language only
            return OneText(value)
        if isinstance(value, Mapping):
            good = {sys.intern(str(k)): v for k, v in value.items() if isinstance(v, str)}
            if len(good) != len(value):
                self.problems.append(key)
            return good or NO_TEXTS
        if value is not None or expected:
            self.problems.append(key)
        return NO_TEXTS

    def nested(self, key: str, parse: Any, *, expected: bool = True) -> Any:
        value = self.data.get(key)
        if value is None:
            if expected:
                self.problems.append(key)
            return None
        if not isinstance(value, Mapping):
            self.problems.append(key)
            return None
        result = parse(value, self.endpoint)
        self.problems += [f"{key}.{p}" for p in result.problems]
        return result


@dataclass(frozen=True, slots=True)
class Address:
    """A postal address (``AddressModel``)."""

    address_line1: str | None
    address_line2: str | None
    postal_code: str | None
    city: str | None
    region_code: str | None
    country_code: str | None
    problems: tuple[str, ...] = ()

    @classmethod
    def parse(cls, data: Any, endpoint: str) -> Address:
        """From apaleo's JSON."""
        r = _Reader(data, endpoint, "address")
        return cls(
            r.text("addressLine1"),
            r.text("addressLine2", expected=False),
            r.text("postalCode"),
            r.text("city", shared=True),
            r.text("regionCode", expected=False, shared=True),
            r.text("countryCode", shared=True),
            tuple(r.problems),
        )

    def lines(self) -> list[str]:
        """The address as lines for display."""
        city = " ".join(p for p in (self.postal_code, self.city) if p)
        return [p for p in (self.address_line1, self.address_line2, city, self.country_code) if p]


@dataclass(frozen=True, slots=True)
class BankAccount:
    """IBAN, BIC and bank (``BankAccountModel``)."""

    iban: str | None
    bic: str | None
    bank: str | None
    problems: tuple[str, ...] = ()

    @classmethod
    def parse(cls, data: Any, endpoint: str) -> BankAccount:
        """From apaleo's JSON."""
        r = _Reader(data, endpoint, said("Errors", "bank account"))
        return cls(
            r.text("iban", expected=False),
            r.text("bic", expected=False, shared=True),
            r.text("bank", expected=False, shared=True),
            tuple(r.problems),
        )

    @property
    def masked_iban(self) -> str | None:
        """The IBAN with all but the country code and last four characters hidden."""
        if not self.iban:
            return None
        compact = self.iban.replace(" ", "")
        return compact[:2] + "•" * max(len(compact) - 6, 0) + compact[-4:]


@dataclass(frozen=True, slots=True)
class Property:
    """A property, from the list (one language) or in full detail (every language)."""

    id: str
    code: str | None
    name: Mapping[str, str]
    description: Mapping[str, str]
    company_name: str | None
    managing_directors: str | None
    commercial_register_entry: str | None
    tax_id: str | None
    location: Address | None
    bank_account: BankAccount | None
    payment_terms: Mapping[str, str]
    time_zone: str | None
    currency_code: str | None
    created: dt.datetime | None
    status: str | None  # "Test" / "Live", or whatever new value apaleo sends
    is_archived: bool | None
    is_template: bool | None
    property_template_id: str | None = None
    problems: tuple[str, ...] = field(default=(), compare=False)

    @classmethod
    def parse(cls, data: Any, endpoint: str) -> Property:
        """From a ``PropertyItemModel`` or ``PropertyModel``."""
        r = _Reader(data, endpoint, "property")
        return cls(
            id=r.required_id("id"),
            code=r.text("code"),
            name=r.texts("name"),
            description=r.texts("description", expected=False),
            company_name=r.text("companyName", shared=True),
            managing_directors=r.text("managingDirectors", expected=False, shared=True),
            commercial_register_entry=r.text("commercialRegisterEntry"),
            tax_id=r.text("taxId"),
            location=r.nested("location", Address.parse),
            bank_account=r.nested("bankAccount", BankAccount.parse, expected=False),
            payment_terms=r.texts("paymentTerms"),
            time_zone=r.text("timeZone", shared=True),
            currency_code=r.text("currencyCode", shared=True),
            created=r.when("created"),
            status=r.text("status", shared=True),
            is_archived=r.flag("isArchived"),
            is_template=r.flag("isTemplate"),
            property_template_id=r.text("propertyTemplateId", expected=False, shared=True),
            problems=tuple(r.problems),
        )

    def text_in(self, texts: Mapping[str, str], language: str) -> str:
        """*texts* in *language*, else English, else any language there is."""
        for key in (language, "en", ""):
            if texts.get(key):
                return texts[key]
        return next(iter(texts.values()), "")

    @property
    def display_name(self) -> str:
        """The name in English or the first language there is."""
        return self.text_in(self.name, "en") or self.code or self.id

    @property
    def city(self) -> str | None:
        """The city, for the table."""
        return self.location.city if self.location else None

    @property
    def country_code(self) -> str | None:
        """The country, for the table."""
        return self.location.country_code if self.location else None


@dataclass(frozen=True, slots=True)
class Account:
    """The account signed in to (``AccountModel``)."""

    code: str
    name: str | None
    description: str | None
    default_language: str | None
    type: str | None
    location: Address | None
    logo_url: str | None
    problems: tuple[str, ...] = field(default=(), compare=False)

    @classmethod
    def parse(cls, data: Any, endpoint: str) -> Account:
        """From apaleo's JSON."""
        r = _Reader(data, endpoint, "account")
        return cls(
            code=r.required_id("code"),
            name=r.text("name"),
            description=r.text("description", expected=False),
            default_language=r.text("defaultLanguage"),
            type=r.text("type"),
            location=r.nested("location", Address.parse, expected=False),
            logo_url=r.text("logoUrl", expected=False),
            problems=tuple(r.problems),
        )


@dataclass(frozen=True, slots=True)
class UserProperty:
    """A property one user may work in, and their roles there."""

    id: str
    roles: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class AccountUser:
    """One person with access to the account (apaleo's identity API, on the identity host)."""

    id: str
    first_name: str | None
    last_name: str | None
    email: str | None
    properties: tuple[UserProperty, ...]
    enabled: bool | None
    is_account_admin: bool | None
    problems: tuple[str, ...] = field(default=(), compare=False)

    @property
    def name(self) -> str:
        """First and last name, or the e-mail address where apaleo has no name."""
        full = " ".join(p for p in (self.first_name, self.last_name) if p).strip()
        return full or self.email or self.id

    @property
    def roles(self) -> tuple[str, ...]:
        """Every role the user has in any property, once each."""
        return tuple(dict.fromkeys(r for p in self.properties for r in p.roles))

    @classmethod
    def parse(cls, data: Any, endpoint: str) -> AccountUser:
        """From the identity API's JSON."""
        r = _Reader(data, endpoint, "user")
        properties: list[UserProperty] = []
        raw = r.data.get("properties")
        if isinstance(raw, list):
            for item in raw:
                if isinstance(item, Mapping) and isinstance(item.get("id"), str):
                    roles = item.get("roles")
                    properties.append(
                        UserProperty(
                            str(item["id"]),
                            tuple(str(x) for x in roles if isinstance(x, str))
                            if isinstance(roles, list)
                            else (),
                        )
                    )
                else:
                    r.problems.append("properties")
        elif raw is not None:
            r.problems.append("properties")
        return cls(
            id=r.required_id("subjectId"),
            first_name=r.text("firstName"),
            last_name=r.text("lastName"),
            email=r.text("email"),
            properties=tuple(properties),
            enabled=r.flag("enabled"),
            is_account_admin=r.flag("isAccountAdmin"),
            problems=tuple(dict.fromkeys(r.problems)),
        )

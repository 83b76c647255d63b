"""The sandbox's account data: a hand-made demo account and a generator for any number of properties.

Every property here is shaped exactly like apaleo's ``PropertyModel`` (full detail, multilingual
texts as language -> text maps); the list endpoint derives ``PropertyItemModel`` from it.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

_UNIT_GROUP_KINDS = (
    ("SGL", "Single Room", "Einzelzimmer", "BedRoom", 1),
    ("DBL", "Double Room", "Doppelzimmer", "BedRoom", 2),
    ("STE", "Suite", "Suite", "BedRoom", 4),
    ("MTG", "Meeting Room", "Besprechungsraum", "MeetingRoom", 12),
)


@dataclass
class AccountData:
    """One account: its description, its properties (full models), units and unit groups."""

    account: dict[str, Any]
    properties: list[dict[str, Any]]
    unit_groups: list[dict[str, Any]] = field(default_factory=list)
    units: list[dict[str, Any]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.by_id = {p["id"]: p for p in self.properties}

    def add_property(self, prop: dict[str, Any]) -> None:
        """A property created in apaleo meanwhile (tests and benchmarks change the account)."""
        self.properties.append(prop)
        self.by_id[prop["id"]] = prop

    def remove_property(self, property_id: str) -> None:
        """A property deleted in apaleo meanwhile."""
        self.properties.remove(self.by_id.pop(property_id))

    def property_item(self, prop: dict[str, Any], language: str) -> dict[str, Any]:
        """The list form of a property: multilingual texts reduced to one language."""
        item = dict(prop)
        for key in ("name", "description"):
            texts = prop.get(key)
            if isinstance(texts, dict):
                item[key] = texts.get(language) or next(iter(texts.values()), "")
        return item


def _address(
    line1: str, postal: str, city: str, country: str, region: str | None = None
) -> dict[str, Any]:
    address: dict[str, Any] = {
        "addressLine1": line1,
        "postalCode": postal,
        "city": city,
        "countryCode": country,
    }
    if region:
        address["regionCode"] = region
    return address


def _units_for(
    prop: dict[str, Any], rooms: int, rng: random.Random
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    embedded = {"id": prop["id"], "code": prop["code"], "name": _first(prop["name"])}
    groups: list[dict[str, Any]] = []
    units: list[dict[str, Any]] = []
    for code, name_en, _name_de, kind, persons in _UNIT_GROUP_KINDS:
        members = rooms // 3 if kind == "BedRoom" else 1
        if code == "STE":
            members = max(1, rooms // 10)
        group = {
            "id": f"{prop['id']}-{code}",
            "code": code,
            "name": name_en,
            "description": f"{name_en} at {_first(prop['name'])}",
            "memberCount": members,
            "maxPersons": persons,
            "rank": len(groups) + 1,
            "type": kind,
            "property": embedded,
        }
        groups.append(group)
        for n in range(members):
            units.append(
                {
                    "id": f"{prop['id']}-{code}-{n + 1:03d}",
                    "name": f"{len(units) + 101}",
                    "description": name_en,
                    "property": embedded,
                    "unitGroup": {"id": group["id"], "code": code, "name": name_en, "type": kind},
                    "status": {
                        "isOccupied": rng.random() < 0.4,
                        "condition": rng.choice(["Clean", "CleanToBeInspected", "Dirty"]),
                    },
                    "maxPersons": persons,
                    "created": prop["created"],
                }
            )
    return groups, units


def _first(texts: Any) -> str:
    if isinstance(texts, dict):
        return str(texts.get("en") or next(iter(texts.values()), ""))
    return str(texts)


def demo_account() -> AccountData:
    """A realistic small account: six properties in five countries, test and live, one archived."""
    props: list[dict[str, Any]] = [
        {
            "id": "BER",
            "code": "BER",
            "isTemplate": False,
            "name": {"de": "Hotel Spree Berlin", "en": "Spree Hotel Berlin"},
            "description": {
                "de": "Stadthotel an der Spree, fünf Minuten vom Hauptbahnhof.",
                "en": "City hotel on the river Spree, five minutes from the central station.",
            },
            "companyName": "Spree Hotels GmbH",
            "managingDirectors": "Jana Schulz, Tobias Krüger",
            "commercialRegisterEntry": "Amtsgericht Charlottenburg, HRB 123456 B",
            "taxId": "DE287654321",
            "location": _address("Friedrichstraße 101", "10117", "Berlin", "DE", "DE-BE"),
            "bankAccount": {
                "iban": "DE89370400440532013000",
                "bic": "COBADEFFXXX",
                "bank": "Commerzbank",
            },
            "paymentTerms": {
                "de": "Zahlbar innerhalb von 14 Tagen ohne Abzug.",
                "en": "Payable within 14 days without deduction.",
            },
            "timeZone": "Europe/Berlin",
            "currencyCode": "EUR",
            "created": "2019-03-14T09:30:00+01:00",
            "status": "Live",
            "isArchived": False,
        },
        {
            "id": "MUC",
            "code": "MUC",
            "isTemplate": False,
            "name": {"de": "Alpenblick München", "en": "Alpine View Munich"},
            "description": {
                "de": "Boutique-Hotel in Schwabing.",
                "en": "Boutique hotel in Schwabing.",
            },
            "companyName": "Spree Hotels GmbH",
            "managingDirectors": "Jana Schulz",
            "commercialRegisterEntry": "Amtsgericht Charlottenburg, HRB 123456 B",
            "taxId": "DE287654321",
            "location": _address("Leopoldstraße 42", "80802", "München", "DE", "DE-BY"),
            "bankAccount": {
                "iban": "DE02700100800030876808",
                "bic": "PBNKDEFF",
                "bank": "Postbank",
            },
            "paymentTerms": {"de": "Zahlbar bei Abreise.", "en": "Payable on departure."},
            "timeZone": "Europe/Berlin",
            "currencyCode": "EUR",
            "created": "2020-07-01T12:00:00+02:00",
            "status": "Live",
            "isArchived": False,
        },
        {
            "id": "VIE",
            "code": "VIE",
            "isTemplate": False,
            "name": {"de": "Palais am Ring Wien", "en": "Ring Palace Vienna"},
            "description": {"de": "Gründerzeit-Palais an der Ringstraße."},
            "companyName": "Ring Hospitality GmbH",
            "commercialRegisterEntry": "Handelsgericht Wien, FN 456789 x",
            "taxId": "ATU12345678",
            "location": _address("Schubertring 7", "1010", "Wien", "AT"),
            "bankAccount": {
                "iban": "AT611904300234573201",
                "bic": "BKAUATWW",
                "bank": "Bank Austria",
            },
            "paymentTerms": {"de": "Zahlbar innerhalb von 30 Tagen."},
            "timeZone": "Europe/Vienna",
            "currencyCode": "EUR",
            "created": "2021-11-20T08:15:00+01:00",
            "status": "Test",
            "isArchived": False,
        },
        {
            "id": "LON",
            "code": "LON",
            "isTemplate": False,
            "name": {"en": "Thames Lodge London"},
            "description": {"en": "Riverside rooms near Tower Bridge."},
            "companyName": "Thames Lodge Ltd",
            "managingDirectors": "Oliver Hughes",
            "commercialRegisterEntry": "Companies House 09876543",
            "taxId": "GB123456789",
            "location": _address("12 Shad Thames", "SE1 2YE", "London", "GB"),
            "bankAccount": {"iban": "GB29NWBK60161331926819", "bic": "NWBKGB2L", "bank": "NatWest"},
            "paymentTerms": {"en": "Payment due on arrival."},
            "timeZone": "Europe/London",
            "currencyCode": "GBP",
            "created": "2022-02-02T10:00:00+00:00",
            "status": "Live",
            "isArchived": False,
        },
        {
            "id": "PAR",
            "code": "PAR",
            "isTemplate": False,
            "name": {"fr": "Hôtel des Écluses Paris", "en": "Lock Hotel Paris"},
            "description": {
                "fr": "Hôtel de charme au bord du canal Saint-Martin.",
                "en": "Charming hotel on the Canal Saint-Martin.",
            },
            "companyName": "Écluses Hôtellerie SAS",
            "commercialRegisterEntry": "RCS Paris 552 100 554",
            "taxId": "FR40303265045",
            "location": _address("88 quai de Jemmapes", "75010", "Paris", "FR"),
            "bankAccount": {
                "iban": "FR1420041010050500013M02606",
                "bic": "PSSTFRPPPAR",
                "bank": "La Banque Postale",
            },
            "paymentTerms": {"fr": "Paiement à l'arrivée.", "en": "Payment on arrival."},
            "timeZone": "Europe/Paris",
            "currencyCode": "EUR",
            "created": "2023-05-09T16:45:00+02:00",
            "status": "Test",
            "isArchived": False,
        },
        {
            "id": "AMS",
            "code": "AMS",
            "isTemplate": False,
            "name": {"nl": "Grachtenhuis Amsterdam", "en": "Canal House Amsterdam"},
            "description": {"nl": "Gesloten sinds 2024.", "en": "Closed since 2024."},
            "companyName": "Grachtenhuis B.V.",
            "commercialRegisterEntry": "KvK 34123456",
            "taxId": "NL123456789B01",
            "location": _address("Herengracht 450", "1017 CA", "Amsterdam", "NL"),
            "paymentTerms": {"nl": "Betaling bij vertrek.", "en": "Payment on departure."},
            "timeZone": "Europe/Amsterdam",
            "currencyCode": "EUR",
            "created": "2018-09-30T11:00:00+02:00",
            "status": "Live",
            "isArchived": True,
        },
    ]
    rng = random.Random(7)  # noqa: S311 - demo data, not security
    groups: list[dict[str, Any]] = []
    units: list[dict[str, Any]] = []
    for prop, rooms in zip(props, (30, 18, 24, 12, 15, 9), strict=True):
        g, u = _units_for(prop, rooms, rng)
        groups += g
        units += u
    account = {
        "code": "DEMO",
        "name": "Demo Hotels Group",
        "description": "A demo account of apaleo Inspector's sandbox.",
        "defaultLanguage": "en",
        "location": _address("Friedrichstraße 101", "10117", "Berlin", "DE"),
        "type": "Development",
        "additionallySupportedCountries": ["AT", "FR", "GB", "NL"],
    }
    return AccountData(account, props, groups, units)


_CITIES = (
    ("Berlin", "DE", "10115", "Europe/Berlin", "EUR", "de"),
    ("Hamburg", "DE", "20095", "Europe/Berlin", "EUR", "de"),
    ("Wien", "AT", "1010", "Europe/Vienna", "EUR", "de"),
    ("Zürich", "CH", "8001", "Europe/Zurich", "CHF", "de"),
    ("London", "GB", "EC1A 1BB", "Europe/London", "GBP", "en"),
    ("Paris", "FR", "75001", "Europe/Paris", "EUR", "fr"),
    ("Lisboa", "PT", "1100-148", "Europe/Lisbon", "EUR", "pt"),
    ("Kraków", "PL", "31-001", "Europe/Warsaw", "PLN", "pl"),
)
_WORDS = (
    "Garden",
    "River",
    "Park",
    "Central",
    "Harbour",
    "Old Town",
    "Station",
    "Castle",
    "Market",
)


def generated_account(count: int, seed: int = 0) -> AccountData:
    """*count* properties, the same for the same seed; units only for the first few (fast at 10,000)."""
    rng = random.Random(seed)  # noqa: S311 - test data, not security
    base = dt.datetime(2015, 1, 1, tzinfo=dt.UTC)
    props = []
    for n in range(1, count + 1):
        city, country, postal, tz, currency, lang = _CITIES[rng.randrange(len(_CITIES))]
        word = _WORDS[rng.randrange(len(_WORDS))]
        code = f"P{n:05d}"
        name = f"{word} Hotel {city} {n}"
        created = base + dt.timedelta(minutes=rng.randrange(0, 60 * 24 * 365 * 10))
        props.append(
            {
                "id": code,
                "code": code,
                "isTemplate": False,
                "name": {lang: name, "en": name} if lang != "en" else {"en": name},
                "description": {"en": f"A {word.lower()} hotel in {city}."},
                "companyName": f"{word} Hospitality {country}",
                "commercialRegisterEntry": f"REG {rng.randrange(10**6, 10**7)}",
                "taxId": f"{country}{rng.randrange(10**8, 10**9)}",
                "location": _address(f"{word}straße {n % 200 + 1}", postal, city, country),
                "paymentTerms": {"en": "Payable on departure."},
                "timeZone": tz,
                "currencyCode": currency,
                "created": created.isoformat().replace("+00:00", "Z"),
                "status": "Live" if rng.random() < 0.7 else "Test",
                "isArchived": rng.random() < 0.05,
            }
        )
    groups: list[dict[str, Any]] = []
    units: list[dict[str, Any]] = []
    for prop in props[:20]:
        g, u = _units_for(prop, 9, rng)
        groups += g
        units += u
    account = {
        "code": "GEN",
        "name": f"Generated Group ({count} properties)",
        "defaultLanguage": "en",
        "type": "Trial",
    }
    return AccountData(account, props, groups, units)

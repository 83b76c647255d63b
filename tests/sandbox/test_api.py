"""The API host: apaleo's shapes (checked against its swagger), paging, filters and errors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import requests

from desktop_app.sandbox import Sandbox
from desktop_app.sandbox.data import demo_account, generated_account

# apaleo's published definitions, copied into the project (tests/contract/README.md says from where)
SWAGGER = json.loads(
    (Path(__file__).resolve().parents[1] / "contract" / "inventory-account.swagger.json").read_text(
        encoding="utf-8"
    )
)


def _validator(definition: str) -> jsonschema.Draft4Validator:
    schema = {"$ref": f"#/definitions/{definition}", "definitions": SWAGGER["definitions"]}
    return jsonschema.Draft4Validator(
        schema, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER
    )


def _get(sb: Sandbox, path: str, token: str | None, **params: Any) -> requests.Response:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return requests.get(f"{sb.api_url}{path}", headers=headers, params=params, timeout=10)


@pytest.fixture
def token(sandbox: Sandbox) -> str:
    return sandbox.mint_access_token(("setup.read", "identity:account-users.read"))


def test_every_demo_and_generated_property_validates_against_apaleos_models() -> None:
    item, full = _validator("PropertyItemModel"), _validator("PropertyModel")
    for data in (demo_account(), generated_account(300, seed=3)):
        for prop in data.properties:
            full.validate(prop)
            item.validate(data.property_item(prop, "en"))
        _validator("AccountModel").validate(data.account)
        for unit in data.units:
            _validator("UnitItemModel").validate(unit)
        for group in data.unit_groups:
            _validator("UnitGroupItemModel").validate(group)


def test_served_answers_validate(sandbox: Sandbox, token: str) -> None:
    listing = _get(sandbox, "/inventory/v1/properties", token, includeArchived="true").json()
    _validator("PropertyListModel").validate(listing)
    assert listing["count"] == 6
    for prop in listing["properties"]:
        detail = _get(
            sandbox, f"/inventory/v1/properties/{prop['id']}", token, languages="all"
        ).json()
        _validator("PropertyModel").validate(detail)
    _validator("AccountModel").validate(_get(sandbox, "/account/v1/accounts/current", token).json())
    _validator("UnitListModel").validate(
        _get(sandbox, "/inventory/v1/units", token, propertyId="BER").json()
    )
    _validator("UnitGroupListModel").validate(
        _get(sandbox, "/inventory/v1/unit-groups", token, propertyId="BER").json()
    )
    _validator("CountModel").validate(
        _get(sandbox, "/inventory/v1/properties/$count", token).json()
    )


def test_paging_ends_with_204(sandbox: Sandbox, token: str) -> None:
    seen = []
    for number in range(1, 10):
        answer = _get(
            sandbox,
            "/inventory/v1/properties",
            token,
            includeArchived="true",
            pageNumber=number,
            pageSize=4,
        )
        if answer.status_code == 204:
            assert answer.content == b""
            break
        assert answer.json()["count"] == 6
        seen += [p["id"] for p in answer.json()["properties"]]
    assert number == 3
    assert sorted(seen) == sorted(p["id"] for p in sandbox.data.properties)


def test_filters(sandbox: Sandbox, token: str) -> None:
    def ids(**params: Any) -> set[str]:
        answer = _get(sandbox, "/inventory/v1/properties", token, **params)
        return (
            set() if answer.status_code == 204 else {p["id"] for p in answer.json()["properties"]}
        )

    assert ids() == {"BER", "MUC", "VIE", "LON", "PAR"}  # archived hidden by default
    assert "AMS" in ids(includeArchived="true")
    assert ids(status="Test") == {"VIE", "PAR"}
    assert ids(countryCode="DE") == {"BER", "MUC"}
    assert ids(countryCode="DE,AT", status="Live") == {"BER", "MUC"}
    assert ids(countryCode="JP") == set()
    assert _get(
        sandbox, "/inventory/v1/properties/$count", token, includeArchived="true"
    ).json() == {"count": 6}


def test_languages(sandbox: Sandbox, token: str) -> None:
    every = _get(sandbox, "/inventory/v1/properties/BER", token, languages="all").json()
    assert every["name"] == {"de": "Hotel Spree Berlin", "en": "Spree Hotel Berlin"}
    german = _get(sandbox, "/inventory/v1/properties/BER", token, languages="de").json()
    assert german["name"] == {"de": "Hotel Spree Berlin"}
    default = _get(sandbox, "/inventory/v1/properties/BER", token).json()
    assert default["name"] == {"en": "Spree Hotel Berlin"}


def test_units_filtered_by_property_and_counted(sandbox: Sandbox, token: str) -> None:
    units = _get(sandbox, "/inventory/v1/units", token, propertyId="LON").json()
    assert {u["property"]["id"] for u in units["units"]} == {"LON"}
    count = _get(sandbox, "/inventory/v1/units/$count", token, propertyId="LON").json()["count"]
    assert count == units["count"] == len(units["units"])
    groups = _get(sandbox, "/inventory/v1/unit-groups/$count", token, propertyId="LON").json()[
        "count"
    ]
    assert groups == 4


@pytest.mark.parametrize(
    ("params", "words"),
    [
        ({"pageSize": "0"}, "'pageSize' must be between"),
        ({"pageNumber": "x"}, "'pageNumber' must be a whole number"),
        ({"status": "Open"}, "'status' must be Test or Live"),
        ({"includeArchived": "maybe"}, "'includeArchived' must be true or false"),
    ],
)
def test_bad_parameters_are_400_with_messages(
    sandbox: Sandbox, token: str, params: dict[str, str], words: str
) -> None:
    answer = _get(sandbox, "/inventory/v1/properties", token, **params)
    assert answer.status_code == 400
    assert words in answer.json()["messages"][0]


def test_404_with_messages(sandbox: Sandbox, token: str) -> None:
    answer = _get(sandbox, "/inventory/v1/properties/NOPE", token)
    assert answer.status_code == 404
    assert "NOPE" in answer.json()["messages"][0]
    assert _get(sandbox, "/inventory/v2/everything", token).status_code == 404


def test_401_variants(sandbox: Sandbox) -> None:
    other = Sandbox()  # another identity server: a well-formed token signed by the wrong key
    try:
        foreign = other.mint_access_token()
    finally:
        other.stop()
    expired = sandbox.mint_access_token(ttl=-60)
    for token in (None, "garbage", foreign, expired):
        answer = _get(sandbox, "/inventory/v1/properties", token)
        assert answer.status_code == 401
        assert answer.headers["WWW-Authenticate"] == 'Bearer error="invalid_token"'
        assert answer.content == b""  # apaleo's 401s have empty bodies
        assert answer.headers["apaleo-tracking-id"]


def test_403_has_an_empty_body_as_apaleos_do(sandbox: Sandbox) -> None:
    bare = sandbox.mint_access_token(("account.manage",))
    units = _get(sandbox, "/inventory/v1/units", bare)
    assert units.status_code == 403
    assert units.content == b""
    users = requests.get(
        f"{sandbox.identity_url}/api/v1/users",
        headers={"Authorization": f"Bearer {bare}"},
        timeout=10,
    )
    assert users.status_code == 403
    assert users.content == b""
    assert _get(sandbox, "/inventory/v1/properties", bare).status_code == 200  # no scope needed


USERS_SCHEMA = json.loads(
    (Path(__file__).resolve().parents[1] / "contract" / "identity-users.schema.json").read_text(
        encoding="utf-8"
    )
)


def _users(sb: Sandbox, token: str, **params: Any) -> requests.Response:
    return requests.get(
        f"{sb.identity_url}/api/v1/users",
        headers={"Authorization": f"Bearer {token}"},
        params=params,
        timeout=10,
    )


def test_users_live_on_the_identity_host_in_apaleos_shape(sandbox: Sandbox, token: str) -> None:
    assert _get(sandbox, "/api/v1/users", token).status_code == 404  # not on the API host
    answer = _users(sandbox, token)
    assert answer.status_code == 200
    users = answer.json()
    jsonschema.Draft7Validator(USERS_SCHEMA).validate(users)
    assert {u["subjectId"] for u in users["users"]} == {"u-admin", "u-frontdesk", "u-accounting"}
    admin = next(u for u in users["users"] if u["subjectId"] == "u-admin")
    assert admin["isAccountAdmin"] is True
    assert admin["properties"][0]["roles"] == ["PropertyAdmin"]
    sandbox.deactivate_user("u-frontdesk")
    states = {u["subjectId"]: u["enabled"] for u in _users(sandbox, token).json()["users"]}
    assert states["u-frontdesk"] is False
    # filters, and 204 when nobody matches
    only = _users(sandbox, token, email="aylin@demo-hotels.example").json()["users"]
    assert [u["subjectId"] for u in only] == ["u-accounting"]
    assert _users(sandbox, token, email="nobody@example.com").status_code == 204
    first = sandbox.data.properties[0]["id"]
    at_first = _users(sandbox, token, propertyIds=first).json()["users"]
    assert {u["subjectId"] for u in at_first} == {"u-admin", "u-frontdesk", "u-accounting"}


def test_generated_accounts_are_deterministic_and_unique() -> None:
    first, second = generated_account(10_000, seed=5), generated_account(10_000, seed=5)
    assert first.properties == second.properties
    assert len({p["code"] for p in first.properties}) == 10_000
    assert generated_account(50, seed=6).properties != generated_account(50, seed=5).properties


def test_empty_account_answers_204() -> None:
    with Sandbox(property_count=0) as sb:
        answer = _get(
            sb, "/inventory/v1/properties", sb.mint_access_token(), pageNumber=1, pageSize=100
        )
        assert answer.status_code == 204


def test_pages_are_20_by_default_and_200_at_most() -> None:
    with Sandbox(property_count=450) as sb:
        token = sb.mint_access_token(("setup.read",))
        default = _get(sb, "/inventory/v1/properties", token, includeArchived="true").json()
        assert len(default["properties"]) == 20  # no pageSize: apaleo answers 20
        assert default["count"] == 450
        largest = _get(sb, "/inventory/v1/properties", token, includeArchived="true", pageSize=200)
        assert len(largest.json()["properties"]) == 200
        too_large = _get(sb, "/inventory/v1/properties", token, pageSize=201)
        assert too_large.status_code == 400  # larger pages are refused, not trimmed
        assert "between 1 and 200" in too_large.json()["messages"][0]

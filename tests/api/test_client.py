"""The API client against the sandbox (paging, scopes, faults) and a canned server (bad answers)."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from desktop_app.api.client import ApiClient
from desktop_app.api.errors import Forbidden, MalformedResponse, NotFound, ServerError, Unauthorized
from desktop_app.core.errors import Cancelled, NetworkError
from desktop_app.net.transport import Transport
from desktop_app.sandbox import Fault, Sandbox
from tests.support.canned import Answer, CannedServer
from tests.support.tokens import MintingProvider
from tests.support.transport import quick, recording

READ = ("account.manage", "setup.read", "units.read", "identity:account-users.read")


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox() as sb:
        yield sb


def _client(
    sb: Sandbox, scopes: tuple[str, ...] = READ, ttl: float | None = None
) -> tuple[ApiClient, MintingProvider]:
    provider = MintingProvider(lambda: sb.mint_access_token(scopes, ttl=ttl))
    return ApiClient(sb.api_url, provider, quick(), identity_url=sb.identity_url), provider


def test_demo_account_in_full(sandbox: Sandbox) -> None:
    api, _ = _client(sandbox)
    account = api.current_account()
    assert (account.code, account.name, account.type) == (
        "DEMO",
        "Demo Hotels Group",
        "Development",
    )
    props = api.properties()
    assert sorted(p.id for p in props) == ["AMS", "BER", "LON", "MUC", "PAR", "VIE"]
    ber = api.property("BER")
    assert ber.name == {"de": "Hotel Spree Berlin", "en": "Spree Hotel Berlin"}
    assert ber.bank_account is not None
    assert ber.bank_account.masked_iban == "DE" + "•" * 16 + "3000"
    assert ber.created is not None
    assert ber.created.utcoffset() is not None
    assert ber.problems == ()
    assert api.unit_count("BER") == sum(u["property"]["id"] == "BER" for u in sandbox.data.units)
    assert api.unit_group_count("BER") == 4
    assert api.property_count() == 6
    assert {u.id for u in api.users()} == {"u-admin", "u-frontdesk", "u-accounting"}
    api.close()


def test_ten_thousand_properties_page_by_page_exactly_once() -> None:
    with Sandbox(property_count=10_000) as sb:
        api, _ = _client(sb)
        pages = list(api.iter_property_pages(200))  # apaleo's largest page
        ids = [p.id for page in pages for p in page]
        assert len(pages) == 50
        assert len(ids) == len(set(ids)) == 10_000


def test_every_property_exactly_once_through_faults() -> None:
    with Sandbox(property_count=10_000, seed=3) as sb:
        sb.faults.add(Fault("status", path="/inventory/v1/properties", status=500, rate=0.1))
        sb.faults.add(Fault("status", path="/inventory/v1/properties", status=503, rate=0.1))
        sb.faults.add(
            Fault("retry_after", path="/inventory/v1/properties", retry_after_s=1, rate=0.05)
        )
        sb.faults.add(Fault("drop", path="/inventory/v1/properties", rate=0.05))
        api, _ = _client(sb)
        api.max_retries = 12
        ids = [p.id for page in api.iter_property_pages(200) for p in page]
        assert len(ids) == len(set(ids)) == 10_000
        assert sum(sb.faults.injected.values()) > 5


def test_401_refreshes_once_then_gives_up(sandbox: Sandbox) -> None:
    api, provider = _client(sandbox, ttl=-60)  # every minted token is already expired
    with pytest.raises(Unauthorized) as caught:
        api.current_account()
    assert provider.rejections == 1
    assert "sign in again" in caught.value.message
    assert provider.access_token() not in caught.value.message


def test_401_then_fresh_token_succeeds(sandbox: Sandbox) -> None:
    tokens = iter([sandbox.mint_access_token(READ, ttl=-60), sandbox.mint_access_token(READ)])
    provider = MintingProvider(lambda: next(tokens))
    api = ApiClient(sandbox.api_url, provider, identity_url=sandbox.identity_url)
    assert api.current_account().code == "DEMO"
    assert provider.rejections == 1


def test_403_names_the_missing_scope(sandbox: Sandbox) -> None:
    api, _ = _client(sandbox, scopes=("account.manage",))
    with pytest.raises(Forbidden) as units:
        api.unit_count("BER")
    assert "units.read" in units.value.missing_scopes
    assert "units.read" in units.value.message
    with pytest.raises(Forbidden) as users:
        api.users()
    assert users.value.missing_scopes[0] == "identity:account-users.read"
    assert api.property_count() == 6  # no scope needed


def test_404(sandbox: Sandbox) -> None:
    api, _ = _client(sandbox)
    with pytest.raises(NotFound) as caught:
        api.property("NOPE")
    assert caught.value.endpoint == "GET /inventory/v1/properties/{id}"


def test_429_waits_retry_after(sandbox: Sandbox) -> None:
    waits: list[float] = []
    transport = Transport(wait=recording(waits))
    api = ApiClient(sandbox.api_url, MintingProvider(sandbox.mint_access_token), transport)
    sandbox.faults.add(Fault("retry_after", path="/account", retry_after_s=7, count=2))
    assert api.current_account().code == "DEMO"
    assert waits == [7.0, 7.0]


def test_5xx_gives_up_after_bounded_retries(sandbox: Sandbox) -> None:
    api, _ = _client(sandbox)
    fault = sandbox.faults.add(Fault("status", path="/account", status=503))
    with pytest.raises(ServerError) as caught:
        api.current_account()
    assert fault.hits == api.max_retries + 1
    assert "HTTP 503" in caught.value.message
    assert caught.value.retryable


def test_unreachable_server_is_a_network_error() -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    api = ApiClient(
        f"http://127.0.0.1:{port}", MintingProvider(lambda: "t"), quick(retries=1, backoff_s=0)
    )
    with pytest.raises(NetworkError, match="could not be reached"):
        api.current_account()


def test_cancel_stops_waiting(sandbox: Sandbox) -> None:
    import threading

    cancel = threading.Event()
    provider = MintingProvider(lambda: sandbox.mint_access_token(READ))
    # the app's own pause (a real wait): the cancel must cut it short
    api = ApiClient(sandbox.api_url, provider, Transport(), identity_url=sandbox.identity_url)
    sandbox.faults.add(Fault("retry_after", path="/inventory", retry_after_s=30))
    threading.Timer(0.2, cancel.set).start()
    with pytest.raises(Cancelled):
        list(api.iter_property_pages(cancel=cancel))


def test_https_required_for_remote_hosts() -> None:
    from desktop_app.core.errors import InsecureEndpointError

    with pytest.raises(InsecureEndpointError):
        ApiClient("http://api.apaleo.com", MintingProvider(lambda: "t"))


def _serve(body: bytes, status: int = 200, content_type: str = "application/json") -> CannedServer:
    def answer(_path: str) -> Answer:
        return status, {"Content-Type": content_type}, body

    return CannedServer(answer)


@pytest.mark.parametrize(
    ("body", "words"),
    [
        (b'{"properties": [{"id": ', "not valid JSON"),
        (b"\xff\xfe not utf-8", "not valid JSON"),
        (b"[1, 2, 3]", "wrong shape"),
        (b'{"properties": {"id": "x"}, "count": 1}', "no list of properties"),
        (b'{"properties": [{"code": "NOID"}], "count": 1}', "without a valid 'id'"),
        (b'{"properties": ["just a string"], "count": 1}', "not an object"),
    ],
)
def test_malformed_answers_name_the_endpoint(body: bytes, words: str) -> None:
    with _serve(body) as server:
        api = ApiClient(server.url, MintingProvider(lambda: "t"))
        with pytest.raises(MalformedResponse) as caught:
            api.properties()
    assert words in caught.value.message
    assert "GET /inventory/v1/properties" in caught.value.message


def test_wrongly_typed_fields_are_shown_as_missing_not_fatal() -> None:
    prop = {
        "id": "ODD",
        "code": 42,
        "name": "Odd Hotel",
        "status": "Closed",  # not an enum value apaleo documents today
        "isArchived": "no",
        "created": "yesterday",
        "location": {"city": ["Berlin"], "countryCode": "DE"},
        "timeZone": None,
    }
    body = json.dumps({"properties": [prop], "count": 1}).encode()
    with _serve(body) as server:
        api = ApiClient(server.url, MintingProvider(lambda: "t"))
        [parsed] = api.properties()
    assert parsed.id == "ODD"
    assert parsed.code is None
    assert parsed.status == "Closed"
    assert parsed.is_archived is None
    assert parsed.created is None
    assert parsed.city is None
    assert {"code", "isArchived", "created", "location.city", "timeZone"} <= set(parsed.problems)


def test_huge_bodies_are_refused() -> None:
    from desktop_app.api import client as client_module

    big = b'{"properties": [' + b" " * (client_module.MAX_BODY_BYTES + 10) + b"]}"
    with _serve(big) as server:
        api = ApiClient(server.url, MintingProvider(lambda: "t"))
        with pytest.raises(MalformedResponse, match="too large"):
            api.properties()


def test_error_bodies_are_quoted_redacted() -> None:
    body = json.dumps({"messages": ["Validation failed: token=abcdef123456 is bad"]}).encode()
    with _serve(body, status=422) as server:
        api = ApiClient(server.url, MintingProvider(lambda: "t"))
        with pytest.raises(Exception) as caught:  # noqa: PT011 - the type is checked below
            api.current_account()
    assert type(caught.value).__name__ == "ApiError"
    assert "HTTP 422" in str(caught.value)
    assert "abcdef123456" not in str(caught.value)
    assert "Validation failed" in str(caught.value)


def test_paging_stops_at_the_count_even_if_the_server_repeats_pages() -> None:
    page = json.dumps({"properties": [{"id": "P1"}, {"id": "P2"}], "count": 4}).encode()
    with _serve(page) as server:
        api = ApiClient(server.url, MintingProvider(lambda: "t"))
        pages = list(api.iter_property_pages(2))
        assert len(pages) == 2
        assert len(server.hits) == 2

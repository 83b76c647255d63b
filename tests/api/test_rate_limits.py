"""apaleo's rate limit and support references, through the sandbox's real HTTP servers.

apaleo answers 429 with ``X-Rate-Limit-*`` headers (``Retry-After`` unconfirmed): the client
waits until the window resets, says so, and can be cancelled. Every answer carries an
``apaleo-tracking-id``; every API error keeps it for the admin to give apaleo's support.
"""

from __future__ import annotations

import threading
import time

import pytest
import requests

from desktop_app.api.client import ApiClient
from desktop_app.api.errors import Forbidden, NotFound
from desktop_app.core.errors import Cancelled
from desktop_app.net.retry import rate_limit_wait
from desktop_app.sandbox import Sandbox
from tests.support.tokens import MintingProvider

READ = ("setup.read", "identity:account-users.read")


def _client(sb: Sandbox, scopes: tuple[str, ...] = READ) -> ApiClient:
    provider = MintingProvider(lambda: sb.mint_access_token(scopes))
    return ApiClient(sb.api_url, provider, identity_url=sb.identity_url)


def test_ten_thousand_properties_load_under_a_development_accounts_limit() -> None:
    with Sandbox(property_count=10_000) as sb:  # 200 requests a minute, as apaleo's dev accounts
        assert sb.limiter is not None
        assert (sb.limiter.limit, sb.limiter.window_s) == (200, 60.0)
        api = _client(sb)
        ids = [p.id for page in api.iter_property_pages() for p in page]
        assert len(ids) == len(set(ids)) == 10_000
        assert sb.limiter.refused == 0
        answer = requests.get(
            f"{sb.api_url}/inventory/v1/properties",
            headers={"Authorization": f"Bearer {sb.mint_access_token(READ)}"},
            timeout=10,
        )
        assert answer.headers["X-Rate-Limit-Limit"] == "1m"
        assert int(answer.headers["X-Rate-Limit-Remaining"]) < 200
        assert answer.headers["X-Rate-Limit-Reset"].endswith("Z")
        assert answer.headers["apaleo-tracking-id"]


@pytest.mark.parametrize("retry_after", [False, True])
def test_a_tight_limit_is_waited_out_and_announced(retry_after: bool) -> None:
    with Sandbox(property_count=1200, rate_limit=(3, 1.0), retry_after_on_429=retry_after) as sb:
        api = _client(sb)
        waits: list[tuple[float, str]] = []
        api.transport.pauses.add(lambda seconds, reason: waits.append((seconds, reason)))
        ids = [p.id for page in api.iter_property_pages() for p in page]
        assert len(ids) == 1200  # 6 pages of 200 through a limit of 3 requests a second
        assert sb.limiter is not None
        assert sb.limiter.refused >= 1
        assert waits
        assert all(reason == "rate limit" for _, reason in waits)
        assert all(0 < seconds <= 1.5 for seconds, _ in waits)  # until the reset, not a guess


def test_the_wait_follows_apaleos_clock_not_this_computers() -> None:
    # the sandbox's clock (and so its Date and X-Rate-Limit-Reset) is ten minutes ahead
    with Sandbox(rate_limit=(1, 2.0), clock_offset_s=600) as sb:
        api = _client(sb)
        waits: list[float] = []
        api.transport.pauses.add(lambda seconds, _reason: waits.append(seconds))
        api.current_account()
        api.current_account()  # over the limit: wait for the window
        assert waits
        assert waits[0] <= 2.5  # not 600 s and more, as this computer's clock would say


def test_a_rate_limit_wait_can_be_cancelled() -> None:
    with Sandbox(rate_limit=(1, 60.0)) as sb:
        api = _client(sb)
        api.current_account()
        cancel = threading.Event()
        threading.Timer(0.3, cancel.set).start()
        started = time.monotonic()
        with pytest.raises(Cancelled):
            list(api.iter_property_pages(cancel=cancel))
        assert time.monotonic() - started < 5


def test_rate_limit_reset_parsing() -> None:
    headers = {
        "X-Rate-Limit-Reset": "2026-11-23T10:00:12.0000000Z",
        "Date": "Mon, 23 Nov 2026 10:00:00 GMT",
    }
    assert rate_limit_wait(headers, now=0.0) == pytest.approx(12.0)
    assert rate_limit_wait({}, now=0.0) is None
    assert rate_limit_wait({"X-Rate-Limit-Reset": "soon"}, now=0.0) is None


def test_api_errors_keep_apaleos_tracking_id_and_need_no_body() -> None:
    with Sandbox() as sb:
        api = _client(sb, scopes=())
        with pytest.raises(NotFound) as missing:
            api.property("NOPE")
        assert missing.value.tracking_id
        with pytest.raises(Forbidden) as refused:
            api.unit_count("BER")  # 403 with an empty body, as apaleo sends it
        assert refused.value.tracking_id
        assert "units.read" in refused.value.message  # the words come from the app
        assert "apaleo said" not in refused.value.message

"""Redaction: whatever reaches a log handler has its tokens, codes and secrets masked."""

from __future__ import annotations

import logging

import pytest

from desktop_app.core.log import MASK, RedactingFilter, redact

JWT = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ1LWFkbWluIn0.c2lnbmF0dXJlLWJ5dGVz"


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("GET /callback?code=SplxlOBeZQQYbYS6WxSbIA&state=af0ifjsldkj", "SplxlOBeZQQYbYS6WxSbIA"),
        ("GET /callback?code=abc&state=af0ifjsldkj HTTP/1.1", "af0ifjsldkj"),
        ("grant_type=refresh_token&refresh_token=8xLOxBtZp8", "8xLOxBtZp8"),
        ("code_verifier=dBjftJeZ4CVP-mB92K27uhbUJU1p1r", "dBjftJeZ4CVP-mB92K27uhbUJU1p1r"),
        ('{"access_token": "opaque-123456", "expires_in": 3600}', "opaque-123456"),
        ('{"client_secret":"s3cr3t-value"}', "s3cr3t-value"),
        ("Authorization: Bearer abcdefgh12345678", "abcdefgh12345678"),
        ("Authorization: Basic aW5zcGVjdG9yOnNlY3JldA==", "aW5zcGVjdG9yOnNlY3JldA=="),
        (f"token was {JWT} and more", JWT),
        # key: value, unquoted
        ("client_secret: Zm9vYmFyLXNlY3JldA", "Zm9vYmFyLXNlY3JldA"),
        ("refresh_token : r3fr3sh-t0k3n-value,", "r3fr3sh-t0k3n-value"),
        ("password:hunter2hunter2", "hunter2hunter2"),
        # URL-encoded once more: inside another URL's query
        (
            "next=%2Fconnect%3Fclient_secret%3Dab%2Bcd%3D%3D%26scope%3Dopenid",
            "ab%2Bcd%3D%3D",
        ),
        ("redirect?code%3DSplxlOBeZQQ%2BYbYS6%26state%3Dx", "SplxlOBeZQQ%2BYbYS6"),
        ("body: refresh_token=abc%2Bdef%3D%3Dxyz&x=1", "abc%2Bdef%3D%3Dxyz"),
    ],
)
def test_redact_masks_secrets(text: str, secret: str) -> None:
    cleaned = redact(text)
    assert secret not in cleaned
    assert MASK in cleaned


def test_redact_leaves_ordinary_text_alone() -> None:
    text = "GET /inventory/v1/properties?pageNumber=2&pageSize=100 answered 503"
    assert redact(text) == text
    for ordinary in ("status code: 401", "token: none", "error code: 400.5"):
        assert redact(ordinary) == ordinary


def test_a_known_secret_is_masked_in_its_url_encoded_forms() -> None:
    from urllib.parse import quote, quote_plus

    from desktop_app.core.log import remember_secret

    secret = "p+q/r=s t&u-opaque"
    remember_secret(secret)
    for form in (quote(secret, safe=""), quote_plus(secret)):
        assert form not in redact(f"sent x={form} to the server")


def test_filter_redacts_arguments_and_exception_text(caplog: pytest.LogCaptureFixture) -> None:
    logger = logging.getLogger("test.redaction")
    logger.addFilter(RedactingFilter())
    try:
        with caplog.at_level(logging.DEBUG, logger="test.redaction"):
            logger.debug("token response %s", '{"refresh_token": "rt-secret-1"}')
            try:
                raise ValueError("bad body refresh_token=rt-secret-2")
            except ValueError:
                logger.exception("refresh failed")
    finally:
        logger.filters.clear()
    assert "rt-secret-1" not in caplog.text
    assert "rt-secret-2" not in caplog.text
    assert "ValueError" in caplog.text


def test_logging_from_a_thread_python_did_not_start_leaves_no_thread_behind() -> None:
    """Every HTTP call is logged, from Qt's worker threads: no ``_DummyThread`` may pile up.

    ``_thread.start_new_thread`` makes a thread as Qt does, unknown to ``threading``.
    """
    import _thread
    import threading

    import desktop_app.net.http  # noqa: F401 - the app's logging set-up, as every worker has it

    logger = logging.getLogger("desktop_app.net.http")
    handler = logging.Handler(logging.INFO)
    handler.emit = lambda record: None  # type: ignore[method-assign]
    logger.addHandler(handler)
    old_level = logger.level
    logger.setLevel(logging.INFO)
    done = threading.Event()

    def call() -> None:
        logger.info("GET api.apaleo.com/inventory/v1/properties -> 200 (12 ms)")
        done.set()

    before = len(threading.enumerate())
    try:
        for _ in range(5):
            done.clear()
            _thread.start_new_thread(call, ())
            assert done.wait(5)
    finally:
        logger.removeHandler(handler)
        logger.setLevel(old_level)
    assert len(threading.enumerate()) == before

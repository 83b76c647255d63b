"""A failure in words for the message bar, without widgets."""

from __future__ import annotations

import requests

from desktop_app.api.errors import ApiError, Forbidden, MalformedResponse, ServerError
from desktop_app.auth.errors import OAuthError
from desktop_app.core.errors import NetworkError, TlsError
from desktop_app.core.i18n import said
from desktop_app.net.http import network_error
from desktop_app.words.errors import describe, headline
from tests.support.language import in_language


def test_headlines_say_what_the_admin_faces() -> None:
    assert headline(NetworkError("x")) == "apaleo could not be reached"
    assert headline(TlsError("x")) == "The connection to apaleo could not be verified as secure"
    assert headline(ServerError("x", status=503)) == "apaleo had a problem answering"
    assert headline(MalformedResponse("x")) == "apaleo sent an answer the app could not read"
    assert headline(ValueError("x")) == "Something went wrong"


def test_facts_for_support_and_retry_only_where_it_may_help() -> None:
    error = ApiError(
        "apaleo answered 400.",
        status=400,
        endpoint="GET /inventory/v1/properties",
        tracking_id="abc",
    )
    words = describe(error, "load the properties")
    assert words.body == (
        "The app could not load the properties. If it happens again, give apaleo's support the "
        "reference in the details."
    )
    assert dict(words.facts)["What happened"] == "apaleo answered 400."
    assert "Kind" not in dict(words.facts)  # no class name, in any language
    assert dict(words.facts)["Call"] == "GET /inventory/v1/properties"
    assert dict(words.facts)["HTTP status"] == "400"
    assert words.reference == "abc"
    assert describe(NetworkError("down"), "x").retryable
    assert not describe(
        Forbidden("GET /api/v1/users", ["identity:account-users.read"]), "x"
    ).retryable
    assert not describe(TlsError("proxy"), "x").retryable


def test_a_malformed_token_answer_reads_as_what_happened() -> None:
    words = describe(OAuthError("missing_token", status=200), "renew the access token")
    assert "missing_token" not in words.body  # the code is a fact for support, not the sentence
    assert "without an access token" in words.body
    assert dict(words.facts)["Sign-in error"] == "missing_token"
    unexpected = describe(RuntimeError("boom"), "load the properties")
    assert "boom" not in unexpected.body  # an unexpected error's text may hold anything
    assert "RuntimeError" in unexpected.body


def test_an_error_is_english_in_logs_and_in_the_admins_language_in_the_window() -> None:
    exc = network_error(
        requests.ConnectionError("refused"), said("Errors", "apaleo's sign-in service")
    )
    english = "apaleo's sign-in service could not be reached. Check your internet connection."
    assert str(exc) == exc.message == english  # what logs and the command line print
    with in_language("de"):
        words = describe(exc, "load the properties")
        assert words.headline == "apaleo ist nicht erreichbar"
        assert (
            exc.shown
            == "apaleos Anmeldedienst ist nicht erreichbar. Prüfen Sie Ihre Internetverbindung."
        )
        assert exc.shown in words.body
        assert str(exc) == english  # still English for the log, while the window speaks German
    assert exc.shown == english

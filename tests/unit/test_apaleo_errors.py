"""apaleo's error rules: each has a source, the docs list each, and errors carry their words."""

from __future__ import annotations

from pathlib import Path

from desktop_app.auth.errors import OAuthError
from desktop_app.core.apaleo_errors import RULES, explain

DOC = Path(__file__).resolve().parents[2] / "docs" / "apaleo-errors.md"


def test_every_rule_has_words_and_a_public_source_and_is_in_the_docs() -> None:
    text = DOC.read_text(encoding="utf-8")
    assert len({r.id for r in RULES}) == len(RULES)
    for rule in RULES:
        assert rule.cause, rule.id
        assert rule.fix, rule.id
        assert rule.sources, rule.id
        assert all(s.startswith("https://") for s in rule.sources), rule.id
        assert f"`{rule.id}`" in text, f"docs/apaleo-errors.md lacks {rule.id}"
        for source in rule.sources:
            assert source in text, f"docs/apaleo-errors.md lacks the source {source}"
        assert (rule.error is None) != (rule.status is None), rule.id


def test_the_same_code_means_different_things_at_different_steps() -> None:
    authorize = explain("authorize", error="unauthorized_client")
    credentials = explain("client_credentials", error="unauthorized_client")
    assert authorize is not None
    assert "redirect URI" in authorize.cause
    assert credentials is not None
    assert "store app" in credentials.cause
    assert explain("code", error="invalid_grant").id == "code-expired"  # type: ignore[union-attr]
    assert explain("refresh", error="invalid_grant").id == "sign-in-ended"  # type: ignore[union-attr]
    assert explain("api", status=403).id == "token-lacks-scope"  # type: ignore[union-attr]
    assert explain("api", status=500) is None
    assert explain("refresh", error="made_up") is None


def test_a_sign_in_error_says_the_rules_cause_and_fix() -> None:
    at_token = OAuthError("invalid_client", None, status=401, step="code")
    assert "not active yet" in at_token.message
    assert "Copy the secret again" in at_token.message
    assert at_token.rule is not None
    assert at_token.rule.id == "secret-refused"
    at_browser = OAuthError("invalid_scope", "Scope not allowed: x", step="authorize")
    assert "not registered for this app" in at_browser.message
    assert "apaleo said: Scope not allowed: x" in at_browser.message
    unknown_step = OAuthError("invalid_client")
    assert unknown_step.rule is None  # words of its own, as before


def test_the_message_bar_says_what_to_do_by_apaleos_rule() -> None:
    from desktop_app.api.errors import Forbidden
    from desktop_app.words.errors import describe

    words = describe(
        Forbidden("GET /api/v1/users", ("identity:account-users.read",)), "load the users"
    )
    facts = dict(words.facts)
    assert "Add the scope to the profile" in facts["What to do"]
    refused = describe(OAuthError("invalid_client", None, status=401, step="refresh"), "renew")
    assert "Copy the secret again" in dict(refused.facts)["What to do"]

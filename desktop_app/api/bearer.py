"""The one 401 rule for every call made with an access token: renew once, send once more.

A 401 means the token was refused (expired early, revoked, or another copy renewed it). The
provider is told which token was refused, so concurrent calls share one renewal rather than
each renewing; a second 401 is the answer (the caller words it). Each try asks the provider for
the token afresh, so a try sent after a long pause (a rate limit) never carries an expired one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from desktop_app.auth.provider import TokenProvider

R = TypeVar("R")


def with_one_renewal(
    tokens: TokenProvider, send: Callable[[Callable[[], str]], R], status: Callable[[R], int]
) -> R:
    """``send(token)`` (where *token()* gives the current access token); on 401, once more."""
    sent: list[str] = []

    def token() -> str:
        current = tokens.access_token()
        sent.append(current)
        return current

    answer = send(token)
    if status(answer) == 401 and sent:
        tokens.token_rejected(sent[-1])
        sent.clear()
        answer = send(token)
    return answer


__all__ = ["with_one_renewal"]

"""API errors in plain words, each naming the endpoint (never the token)."""

from __future__ import annotations

from collections.abc import Sequence

from desktop_app.core.errors import InspectorError
from desktop_app.core.i18n import Text, said
from desktop_app.core.log import redact


class ApiError(InspectorError):
    """apaleo answered an API call with an error, or with something unreadable.

    Attributes:
        status: the HTTP status (0 when there was no usable answer).
        endpoint: ``"GET /inventory/v1/properties"``; ids are left out on purpose.
        messages: apaleo's own ``messages``, redacted and trimmed.
        tracking_id: apaleo's ``apaleo-tracking-id`` of the answer: its support asks for it.
    """

    def __init__(
        self,
        message: Text,
        *,
        status: int = 0,
        endpoint: str = "",
        messages: Sequence[str] = (),
        retryable: bool | None = None,
        tracking_id: str | None = None,
    ) -> None:
        self.status = status
        self.endpoint = endpoint
        self.tracking_id = tracking_id
        self.messages = tuple(redact(m)[:300] for m in messages[:5])
        text: Text = message
        if self.messages:
            text = said("Errors", "{message}\napaleo said: {answer}").format(
                message=message, answer=" ".join(self.messages)
            )
        super().__init__(text, retryable=retryable)


class Unauthorized(ApiError):
    """The token was refused even after a refresh."""


class Forbidden(ApiError):
    """The token lacks a scope the endpoint needs."""

    def __init__(
        self,
        endpoint: str,
        missing_scopes: Sequence[str],
        messages: Sequence[str] = (),
        tracking_id: str | None = None,
    ) -> None:
        self.missing_scopes = tuple(missing_scopes)
        scopes: Text = (
            said("Errors", "{first} or {second}").format(
                first=self.missing_scopes[0], second=self.missing_scopes[1]
            )
            if len(self.missing_scopes) > 1
            else self.missing_scopes[0]
            if self.missing_scopes
            else said("Errors", "a permission")
        )
        # apaleo's 403s usually have empty bodies: the words come from what the endpoint needs
        super().__init__(
            said("Errors", "apaleo does not allow this app {endpoint} (it needs {scopes}).").format(
                endpoint=endpoint, scopes=scopes
            ),
            status=403,
            endpoint=endpoint,
            messages=messages,
            tracking_id=tracking_id,
        )


class NotFound(ApiError):
    """The resource does not exist (any more)."""


class RateLimited(ApiError):
    """apaleo kept answering 429 (too many requests)."""

    retryable = True


class ServerError(ApiError):
    """apaleo kept failing (5xx)."""

    retryable = True


class MalformedResponse(ApiError):
    """The answer could not be read (not JSON, wrong shape, missing required fields, too big)."""

"""What each stored secret belongs to, written into the keyring entry beside the secret itself.

RFC 6749 §10.4 and RFC 9700 §4.4: a refresh token is bound to the client it was issued to, and a
client must never send a credential to a server it was not issued by. A profile is only names and
addresses, and an admin can change them after a sign-in; so each keyring value carries its
binding, and a value whose binding no longer matches the profile is never used (nor sent):

- a refresh token: the issuer (identity server) and client id that issued it, and the scopes the
  sign-in asked for (a profile that now asks for other access needs a new consent);
- the cached access token: the same, and the API host it was used with;
- the client secret: the host of the token endpoint it was registered with, and the client id.

A value is sealed as JSON ``{"v": 1, ...binding, "value": ...}``. Anything else (a value written
by a version without bindings) is "unbound": :mod:`desktop_app.auth.migration` seals it once
where its binding is unambiguous, and everything else treats it as not there.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import urlsplit

from desktop_app.core.i18n import Said, said

if TYPE_CHECKING:
    from desktop_app.core.config import Profile

Kind = Literal["secret", "refresh", "access"]
_VERSION = 1


def issuer_of(identity_url: str) -> str:
    """The issuer a profile's identity server address names (no trailing slash, host lower-case)."""
    parts = urlsplit(identity_url.strip())
    path = parts.path.rstrip("/")
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}{path}"


def host_of(url: str) -> str:
    """``host[:port]`` of *url*, lower-case: where a request to it goes."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    default = {"https": 443, "http": 80}.get(parts.scheme.lower())
    try:
        port = parts.port
    except ValueError:
        port = None
    return host if port in (None, default) else f"{host}:{port}"


class Mismatch(Enum):
    """Why a stored value does not belong to the profile as it is now."""

    #: another identity server (issuer, token host) or client id
    SERVER = "server"
    #: the profile asks for other scopes than the sign-in did
    SCOPES = "scopes"
    #: the cached access token was for another API host
    API = "api"
    #: written without a binding (an older version) and not migrated
    UNBOUND = "unbound"

    @property
    def words(self) -> Said:
        """Why the saved sign-in was ended, for the admin."""
        if self is Mismatch.SCOPES:
            return said(
                "Errors",
                "The connection now asks for different access, so its saved sign-in was ended. "
                "Please sign in again.",
            )
        if self is Mismatch.API:
            return said(
                "Errors", "The connection now uses another API address. Please sign in again."
            )
        return said(
            "Errors",
            "The connection's identity server or client id changed, so the saved sign-in (made "
            "with the old one) was ended and never sent to the new one. Please sign in again.",
        )


@dataclass(frozen=True)
class Binding:
    """What the secrets of a profile, as it is now, must belong to."""

    issuer: str
    client_id: str
    #: host[:port] of the token endpoint the client secret may be sent to
    secret_host: str
    api_host: str
    scopes: tuple[str, ...]

    @classmethod
    def of(cls, profile: Profile) -> Binding:
        """The binding of *profile*'s secrets."""
        return cls(
            issuer=issuer_of(profile.identity_url),
            client_id=profile.client_id.strip(),
            secret_host=host_of(profile.identity_url),
            api_host=host_of(profile.api_url),
            scopes=tuple(sorted(profile.requested_scopes)),
        )

    def fields(self, kind: Kind) -> dict[str, Any]:
        """The binding fields a value of *kind* carries."""
        if kind == "secret":
            return {"client_id": self.client_id, "host": self.secret_host}
        bound: dict[str, Any] = {
            "iss": self.issuer,
            "client_id": self.client_id,
            "scopes": list(self.scopes),
        }
        if kind == "access":
            bound["api"] = self.api_host
        return bound

    def seal(self, kind: Kind, value: str) -> str:
        """*value* with this binding, as stored in the keyring."""
        record = {"v": _VERSION, "kind": kind, **self.fields(kind), "value": value}
        return json.dumps(record, separators=(",", ":"), sort_keys=True)

    def unseal(self, kind: Kind, stored: str) -> tuple[str | None, Mismatch | None]:
        """(value, None) when *stored* belongs to this binding, else (None, why not)."""
        record = _record(kind, stored)
        if record is None:
            return None, Mismatch.UNBOUND
        if kind == "secret":
            same = record.get("client_id") == self.client_id and record.get("host") == (
                self.secret_host
            )
            return (record["value"], None) if same else (None, Mismatch.SERVER)
        if record.get("iss") != self.issuer or record.get("client_id") != self.client_id:
            return None, Mismatch.SERVER
        if record.get("scopes") != list(self.scopes):
            return None, Mismatch.SCOPES
        if kind == "access" and record.get("api") != self.api_host:
            return None, Mismatch.API
        return record["value"], None


def _record(kind: Kind, stored: str) -> dict[str, Any] | None:
    if not stored.startswith("{"):
        return None
    try:
        record = json.loads(stored)
    except ValueError:
        return None
    if (
        not isinstance(record, dict)
        or record.get("v") != _VERSION
        or record.get("kind") != kind
        or not isinstance(record.get("value"), str)
    ):
        return None
    return record


def is_sealed(kind: Kind, stored: str) -> bool:
    """Whether *stored* carries a binding (of any profile)."""
    return _record(kind, stored) is not None

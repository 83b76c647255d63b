"""Connection profiles and preferences: everything the app keeps on disk, and nothing secret.

Secrets (client secrets, refresh tokens) live in the OS keyring, keyed by the profile's stable
id (it survives a rename); this file only knows the keyring *names* under which they are stored.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

from desktop_app import APP_ID
from desktop_app.core.errors import InsecureEndpointError, InspectorError
from desktop_app.core.folders import config_dir, state_dir
from desktop_app.core.i18n import Text, said

GrantMode = Literal["authorization_code", "client_credentials"]
ClientAuth = Literal["client_secret_post", "client_secret_basic", "none"]
RedirectHost = Literal["127.0.0.1", "localhost"]

APALEO_IDENTITY_URL = "https://identity.apaleo.com"
APALEO_API_URL = "https://api.apaleo.com"
#: apaleo matches redirect URIs exactly, so the listener port is fixed unless a profile says 0.
DEFAULT_REDIRECT_PORT = 47833
#: Added to the profile's scopes for authorization-code sign-in unless ``add_default_scopes`` is off.
DEFAULT_EXTRA_SCOPES = ("openid", "profile", "offline_access")
#: Read-only, and as few as cover every view: asking for a scope the app's registration lacks
#: fails the whole sign-in (``invalid_scope``). setup.read covers units and unit groups.
DEFAULT_SCOPES = ("setup.read", "identity:account-users.read")
DEFAULT_SIGN_IN_TIMEOUT_S = 300

#: Every keyring service the app writes starts with this (``forget --all`` finds them by it).
KEYRING_PREFIX = f"{APP_ID}/"
_LOOPBACK_HOSTS = {"localhost"}
#: Profiles written before ids existed get one derived from their name (the same at every start
#: until their keyring entries are moved, see :mod:`desktop_app.auth.migration`).
_LEGACY_IDS = "6f1d2b7e-52a4-4e0b-9a55-6b0a2d4c1e11"
PROFILES_FILE_VERSION = 2


def new_profile_id() -> str:
    """A fresh, stable profile id: the keyring entries are keyed on it, not on the name."""
    import uuid  # here: a start that reads saved profiles never makes one

    return uuid.uuid4().hex


def is_loopback_host(host: str) -> bool:
    """Tell whether *host* names this machine only (127.0.0.0/8, ::1, localhost)."""
    if host.lower() in _LOOPBACK_HOSTS:
        return True
    try:
        import ipaddress  # here: ~1 ms the first window does not need

        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def require_secure_url(url: str, what: Text) -> str:
    """Return *url* unchanged if it is HTTPS, or plain HTTP on loopback; raise otherwise.

    Tokens and secrets travel to these URLs, so plain HTTP is only acceptable when the traffic
    never leaves the machine (the embedded sandbox, a local test server).
    """
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InsecureEndpointError(
            said("Errors", "The {what} '{url}' is not a valid http(s) address.").format(
                what=what, url=url
            )
        )
    if parts.scheme == "http" and not is_loopback_host(parts.hostname):
        raise InsecureEndpointError(
            said(
                "Errors",
                "The {what} '{url}' must use https:// (plain http is allowed only on this computer).",
            ).format(what=what, url=url)
        )
    return url


@dataclass(frozen=True)
class Profile:
    """One named connection: an apaleo (or sandbox) identity server, an API and a client."""

    name: str
    client_id: str
    identity_url: str = APALEO_IDENTITY_URL
    api_url: str = APALEO_API_URL
    mode: GrantMode = "authorization_code"
    #: 0 asks the OS for a free port (only where the server accepts any loopback port).
    redirect_port: int = DEFAULT_REDIRECT_PORT
    #: "127.0.0.1" (RFC 8252's advice) or "localhost" for servers that register only that name.
    redirect_host: RedirectHost = "127.0.0.1"
    scopes: tuple[str, ...] = DEFAULT_SCOPES
    add_default_scopes: bool = True
    #: apaleo documents body fields; HTTP Basic also works. "none" for a public PKCE client.
    client_auth: ClientAuth = "client_secret_post"
    sign_in_timeout_s: int = DEFAULT_SIGN_IN_TIMEOUT_S
    #: The account whose refresh token to look for at start (not secret: an account code).
    last_account: str | None = None
    #: Send ``prompt=consent``: some servers issue a refresh token only with explicit consent.
    prompt_consent: bool = False
    #: Send ``prompt=login`` at the next sign-in: set at sign-out, so the next person at a shared
    #: PC must enter a password even if the browser still has the previous admin's session.
    prompt_login: bool = False
    #: Stable across renames: the keyring entries of this profile are keyed on it.
    id: str = field(default_factory=new_profile_id)
    #: The keyring service a profile written before ids existed kept its entries under (its
    #: name then); set until :func:`desktop_app.auth.migration.migrate` has moved them.
    legacy_service: str | None = field(default=None, compare=False)
    #: Demo profiles point at the in-process sandbox and are never written to disk.
    ephemeral: bool = field(default=False, compare=False)

    def validate(self) -> Profile:
        """Check the profile is usable and safe; return it for chaining."""
        if not self.name.strip():
            raise InspectorError(said("Errors", "A profile needs a name."))
        if not self.client_id.strip():
            raise InspectorError(
                said("Errors", "Profile '{name}' has no client id.").format(name=self.name)
            )
        require_secure_url(self.identity_url, said("Errors", "identity server address"))
        require_secure_url(self.api_url, said("Errors", "API address"))
        if not 0 <= self.redirect_port <= 65535:
            raise InspectorError(
                said("Errors", "Redirect port {redirect_port} is not a valid port.").format(
                    redirect_port=self.redirect_port
                )
            )
        if self.redirect_host not in ("127.0.0.1", "localhost"):
            raise InspectorError(
                said(
                    "Errors",
                    "The redirect host must be 127.0.0.1 or localhost, not '{redirect_host}'.",
                ).format(redirect_host=self.redirect_host)
            )
        if self.mode not in ("authorization_code", "client_credentials"):
            raise InspectorError(
                said("Errors", "Unknown sign-in mode '{mode}'.").format(mode=self.mode)
            )
        if self.client_auth not in ("client_secret_post", "client_secret_basic", "none"):
            raise InspectorError(
                said("Errors", "Unknown client authentication '{client_auth}'.").format(
                    client_auth=self.client_auth
                )
            )
        if (
            self.client_auth == "none"
            and urlsplit(self.identity_url).hostname == urlsplit(APALEO_IDENTITY_URL).hostname
        ):
            raise InspectorError(
                said(
                    "Errors",
                    "apaleo has no public clients: every apaleo app has a client secret. Choose "
                    "'secret in the request body' and enter the secret from the app's registration.",
                )
            )
        if self.sign_in_timeout_s <= 0:
            raise InspectorError(said("Errors", "The sign-in timeout must be positive."))
        return self

    @property
    def requested_scopes(self) -> tuple[str, ...]:
        """The scopes to ask for, in order, without duplicates."""
        scopes = list(self.scopes)
        if self.mode == "authorization_code" and self.add_default_scopes:
            scopes += DEFAULT_EXTRA_SCOPES
        return tuple(dict.fromkeys(s for s in scopes if s))

    @property
    def redirect_uri_template(self) -> str:
        """The redirect URI (the port is filled in once the listener is bound)."""
        return f"http://{self.redirect_host}:{self.redirect_port}/callback"

    @property
    def keyring_service(self) -> str:
        """Keyring service under which this profile's secrets are stored (its id: renames keep it)."""
        return f"{KEYRING_PREFIX}{self.id}"

    def with_changes(self, **changes: Any) -> Profile:
        """Return a copy with *changes* applied."""
        return replace(self, **changes)

    def to_json(self) -> dict[str, Any]:
        """Serialise for the profiles file (no secrets exist on this object to leak)."""
        data = asdict(self)
        data.pop("ephemeral")
        if data["legacy_service"] is None:
            data.pop("legacy_service")
        data["scopes"] = list(self.scopes)
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Profile:
        """Build from the profiles file, ignoring keys a newer version may have written."""
        known = {f.name for f in fields(cls)} - {"ephemeral"}
        values = {k: v for k, v in data.items() if k in known}
        if "scopes" in values:
            values["scopes"] = tuple(values["scopes"])
        if not isinstance(values.get("id"), str) or not values["id"]:
            # Written before ids existed: the entries sit under the name, to be moved.
            name = str(values.get("name", ""))
            import uuid

            values["id"] = uuid.uuid5(uuid.UUID(_LEGACY_IDS), name).hex
            values["legacy_service"] = f"{KEYRING_PREFIX}{name}"
        return cls(**values)


def lock_path(profile: Profile) -> Path:
    """The file that lets one copy of the app at a time renew *profile*'s sign-in."""
    import hashlib

    name = hashlib.sha256(profile.keyring_service.encode()).hexdigest()[:24]
    return state_dir() / "locks" / f"{name}.lock"


class ProfileStore:
    """The profiles file: named profiles and which one is current. Written atomically, mode 0600."""

    FILE_NAME = "profiles.json"

    def __init__(self, directory: Path | None = None) -> None:
        self.path = (directory or config_dir()) / self.FILE_NAME
        self._profiles: dict[str, Profile] = {}
        self._current: str | None = None
        self.load()

    def load(self) -> None:
        """Read the file; a missing file is an empty store, a broken one a clear error."""
        if not self.path.exists():
            self._profiles, self._current = {}, None
            return
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            profiles = [Profile.from_json(p) for p in data.get("profiles", [])]
        except (OSError, ValueError, TypeError, AttributeError) as exc:
            raise InspectorError(
                said(
                    "Errors",
                    "The profiles file {path} could not be read ({kind}). Fix or remove it, then start again.",
                ).format(path=self.path, kind=type(exc).__name__)
            ) from None
        self._profiles = {p.name: p for p in profiles}
        current = data.get("current")
        self._current = current if current in self._profiles else None

    def save(self) -> None:
        """Write the file atomically so a crash never leaves half a file."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        payload = {
            "version": PROFILES_FILE_VERSION,
            "current": self._current,
            "profiles": [p.to_json() for p in self._profiles.values() if not p.ephemeral],
        }
        import tempfile  # here: ~2 ms the first window does not need

        fd, tmp = tempfile.mkstemp(prefix=".profiles-", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(payload, handle, indent=2)
            os.chmod(tmp, 0o600)
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    @property
    def profiles(self) -> list[Profile]:
        """All profiles, in the order they were added."""
        return list(self._profiles.values())

    def get(self, name: str) -> Profile:
        """The profile called *name*; a clear error if there is none."""
        try:
            return self._profiles[name]
        except KeyError:
            raise InspectorError(
                said("Errors", "There is no profile called '{name}'.").format(name=name)
            ) from None

    def put(self, profile: Profile, *, make_current: bool = False) -> None:
        """Add a profile, or replace the one with its id (validated first), and save.

        A profile of the same name but another id is refused: replacing it would leave that
        one's keyring entries behind (an edit or rename goes through :meth:`replace`).
        """
        profile.validate()
        same_name = self._profiles.get(profile.name)
        if same_name is not None and same_name.id != profile.id:
            raise InspectorError(
                said("Errors", "There is already a profile called '{name}'.").format(
                    name=profile.name
                )
            )
        renamed = self.by_id(profile.id)
        if renamed is not None and renamed.name != profile.name:
            self.replace(renamed.name, profile)
            if make_current:
                self.set_current(profile.name)
            return
        self._profiles[profile.name] = profile
        if make_current or self._current is None:
            self._current = profile.name
        self.save()

    def replace(self, old_name: str, profile: Profile) -> None:
        """Put *profile* where *old_name* was (an edit, a rename): same place, still current."""
        self.get(old_name)
        profile.validate()
        if profile.name != old_name and profile.name in self._profiles:
            raise InspectorError(
                said("Errors", "There is already a profile called '{name}'.").format(
                    name=profile.name
                )
            )
        self._profiles = {
            (profile.name if name == old_name else name): (profile if name == old_name else p)
            for name, p in self._profiles.items()
        }
        if self._current == old_name:
            self._current = profile.name
        self.save()

    def by_id(self, profile_id: str) -> Profile | None:
        """The profile with this stable id, if any."""
        return next((p for p in self._profiles.values() if p.id == profile_id), None)

    def remove(self, name: str) -> None:
        """Forget a profile; its keyring entries are the caller's to delete."""
        self.get(name)
        del self._profiles[name]
        if self._current == name:
            self._current = next(iter(self._profiles), None)
        self.save()

    @property
    def current(self) -> Profile | None:
        """The current profile, if any."""
        return self._profiles.get(self._current) if self._current else None

    def set_current(self, name: str) -> None:
        """Make *name* current and save."""
        self.get(name)
        self._current = name
        self.save()

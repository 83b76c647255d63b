"""The identity server's links: its clock, discovery document, keys, the client and the redirect URI.

Each works against any standard OpenID provider; apaleo's own answers are explained by its rules
(:mod:`desktop_app.core.apaleo_errors`). Nothing here signs anyone in: the client is tested with
a client-credentials request (custom apps) or with a code made up to be refused (store apps),
and the redirect URI by asking the authorization endpoint without a browser.
"""

from __future__ import annotations

import base64
import hashlib
import re
import secrets
import time
from typing import Any
from urllib.parse import parse_qs, urlencode, urljoin, urlsplit

import jwt
import requests

from desktop_app.auth.discovery import Endpoints, endpoints_from
from desktop_app.auth.errors import OAuthError
from desktop_app.auth.idtoken import LEEWAY_S
from desktop_app.auth.tokens import unverified_claims
from desktop_app.core.apaleo_errors import Rule, Step, explain
from desktop_app.core.errors import InspectorError
from desktop_app.core.i18n import Said, Text, said
from desktop_app.core.scopes import OIDC_SCOPES
from desktop_app.doctor.context import Doctor, looks_like_apaleo
from desktop_app.doctor.model import Finding, fail, joined, ok, skip, warn
from desktop_app.net.retry import http_time

SERVICE = said("Doctor", "the identity server")
#: How far this computer's clock may be off before the doctor warns (it still works).
CLOCK_WARN_S = 60


def _get(doctor: Doctor, url: str, **kwargs: Any) -> requests.Response:
    transport = doctor.transport
    http, timeout = transport.http, transport.timeout
    return transport.read(
        lambda: http.get(url, timeout=timeout, allow_redirects=False, **kwargs),
        what=SERVICE,
        cancel=doctor.cancel,
    )


#: What a standard OpenID provider's refusals mean, where the provider is not apaleo (whose own
#: rules name apaleo's pages): by the rule apaleo's table would have used.
STANDARD_WORDS: dict[str, tuple[Said, Said]] = {
    "redirect-uri-not-registered": (
        said(
            "Doctor",
            "The identity server does not know this redirect URI for this client: it must match "
            "a registered one exactly.",
        ),
        said(
            "Doctor",
            "Register the redirect URI exactly as the profile shows it for this client at the "
            "identity server, or set the profile's redirect port and host to a registered one.",
        ),
    ),
    "secret-refused": (
        said("Doctor", "The identity server did not accept the client id and secret."),
        said("Doctor", "Check the client id, and enter the client secret again in Settings."),
    ),
    "scope-not-registered": (
        said("Doctor", "The identity server does not allow a scope the profile asks for."),
        said(
            "Doctor",
            "Remove the scope from the profile, or allow it for this client at the identity "
            "server.",
        ),
    ),
}


def _rule_finding(
    doctor: Doctor, rule: Rule, detail: Text | None = None, *facts: tuple[str, str]
) -> Finding:
    """A failure in the rule's words (a standard provider's words where it is not apaleo)."""
    cause, fix = rule.cause, rule.fix
    if not doctor.apaleo and rule.id in STANDARD_WORDS:
        cause, fix = STANDARD_WORDS[rule.id]
    text = (
        cause
        if detail is None
        else said("Doctor", "{detail} {cause}").format(detail=detail, cause=cause)
    )
    return fail(text, fix, ("rule", rule.id), *facts)


# ------------------------------------------------------------------ clock
def check_clock(doctor: Doctor) -> Finding:
    """This computer's clock against the servers' ``Date`` headers (half the trip allowed for)."""
    offsets: list[tuple[str, float]] = []
    for url in doctor.hosts:
        sent = time.time()
        response = _get(doctor, url.rstrip("/") + "/")
        received = time.time()
        server = http_time(response.headers.get("Date"))
        if server is not None:
            # Date has whole seconds: the server's time is anywhere in [server, server + 1)
            offsets.append((urlsplit(url).netloc, server + 0.5 - (sent + received) / 2))
    if not offsets:
        return skip(said("Doctor", "The servers sent no time (no Date header) to compare with."))
    # the furthest off, in whole seconds (the identity server first when they agree)
    host, offset = max(offsets, key=lambda item: round(abs(item[1])))
    seconds = round(abs(offset))
    facts = (("offset s", f"{offset:+.0f}"), ("server", host))
    direction = said("Doctor", "behind") if offset > 0 else said("Doctor", "ahead")
    if abs(offset) <= CLOCK_WARN_S:
        return ok(
            said("Doctor", "This computer's clock agrees with {host} (within {seconds} s).").format(
                host=host, seconds=max(seconds, 1)
            ),
            *facts,
        )
    words = said("Doctor", "This computer's clock is {seconds} s {direction} {host}'s.").format(
        seconds=seconds, direction=direction, host=host
    )
    fix = said(
        "Doctor",
        "Turn on 'Set time automatically' in the system's date and time settings (or ask IT "
        "to fix the time server).",
    )
    if abs(offset) > LEEWAY_S:
        return fail(
            said(
                "Doctor",
                "{words} That is more than the {leeway} minutes sign-in tokens are allowed to "
                "differ by: signing in fails.",
            ).format(words=words, leeway=LEEWAY_S // 60),
            fix,
            *facts,
        )
    return warn(
        said("Doctor", "{words} Sign-in still works, but token times will look wrong.").format(
            words=words
        ),
        fix,
        *facts,
    )


# -------------------------------------------------------------- discovery
def check_discovery(doctor: Doctor) -> Finding:
    """The discovery document: its issuer is the profile's server, https endpoints, PKCE S256."""
    base = doctor.profile.identity_url.rstrip("/")
    url = f"{base}/.well-known/openid-configuration"
    response = _get(doctor, url)
    if 300 <= response.status_code < 400:
        return fail(
            said(
                "Doctor",
                "The identity server sends its discovery document elsewhere (HTTP {status}); the "
                "app does not follow, since secrets must go only to the configured server.",
            ).format(status=response.status_code),
            said("Doctor", "Check the identity server address in Settings."),
        )
    try:
        document = response.json() if response.status_code == 200 else None
    except ValueError:
        document = None
    if not isinstance(document, dict):
        doctor.endpoints = Endpoints.apaleo_fallback(base)
        doctor.apaleo = looks_like_apaleo(base, {})
        return warn(
            said(
                "Doctor",
                "The identity server has no usable discovery document (HTTP {status}); the app "
                "uses apaleo's documented /connect addresses instead.",
            ).format(status=response.status_code),
            said("Doctor", "Check the identity server address in Settings."),
        )
    try:
        endpoints = endpoints_from(document, base)
    except InspectorError as exc:
        return fail(exc.message, said("Doctor", "Check the identity server address in Settings."))
    doctor.document, doctor.endpoints = document, endpoints
    doctor.apaleo = looks_like_apaleo(base, document)
    notes: list[Text] = [
        said("Doctor", "The identity server is {issuer}.").format(issuer=endpoints.issuer)
    ]
    methods = document.get("code_challenge_methods_supported")
    status_warn = False
    if isinstance(methods, list) and "S256" in methods:
        notes.append(said("Doctor", "PKCE with S256 is supported."))
    else:
        status_warn = True
        notes.append(said("Doctor", "It does not say that it supports PKCE (S256)."))
    if endpoints.iss_parameter_supported:
        notes.append(said("Doctor", "It names itself in every sign-in answer (RFC 9207)."))
    else:
        notes.append(
            said(
                "Doctor",
                "It does not name itself in sign-in answers (RFC 9207): the app relies on state alone.",
            )
        )
    facts = (("issuer", endpoints.issuer), ("apaleo", "yes" if doctor.apaleo else "no"))
    if status_warn:
        return warn(joined(notes), "", *facts)
    return ok(joined(notes), *facts)


# ------------------------------------------------------------------- jwks
def check_jwks(doctor: Doctor) -> Finding:
    """The signing keys: fetched, readable, an RS256 key among them."""
    endpoints = doctor.endpoints
    if endpoints is None or not endpoints.jwks_uri:
        return fail(said("Doctor", "The discovery document names no key set (jwks_uri)."))
    response = _get(doctor, endpoints.jwks_uri)
    if response.status_code != 200:
        return fail(
            said("Doctor", "The signing keys could not be loaded (HTTP {status}).").format(
                status=response.status_code
            )
        )
    try:
        key_set = jwt.PyJWKSet.from_dict(response.json())
    except (ValueError, jwt.PyJWTError, TypeError, KeyError):
        return fail(said("Doctor", "The signing keys could not be read."))
    rsa = [k for k in key_set.keys if k.key_type == "RSA" and (k.algorithm_name in ("RS256", None))]
    if not rsa:
        return fail(
            said(
                "Doctor", "None of the {count} signing keys is an RS256 key, which sign-in needs."
            ).format(count=len(key_set.keys))
        )
    return ok(
        said("Doctor", "Signing keys found: {count}, an RS256 key among them.").format(
            count=len(key_set.keys)
        ),
        ("key id", str(rsa[0].key_id)),
    )


# ------------------------------------------------------------ client auth
def _refused(doctor: Doctor, exc: OAuthError, step: Step) -> Finding:
    rule = exc.rule or explain(step, error=exc.error)
    if rule is not None:
        return _rule_finding(doctor, rule, None, ("error", exc.error))
    return fail(exc.message, "", ("error", exc.error))


def _missing_secret(doctor: Doctor) -> Finding | None:
    """A red row when the profile needs a secret and none is stored, naming a missing keyring.

    Only this check (and what needs it) stops there: the network, the clock, discovery, the keys
    and the redirect URI are checked without the secret.
    """
    if doctor.profile.client_auth == "none" or doctor.connection.session.client.has_secret():
        return None
    problem = doctor.connection.store.problem
    if problem is not None:
        return fail(
            said(
                "Doctor",
                "No client secret is stored for this profile, and none can be: {problem}",
            ).format(problem=problem),
            said(
                "Doctor",
                "Start the app where a keyring is available (on Linux a Secret Service such as "
                "GNOME Keyring or KWallet, unlocked), then copy the client secret from apaleo ▸ "
                "Apps into Settings.",
            ),
        )
    return fail(
        said("Doctor", "No client secret is stored for this profile."),
        said(
            "Doctor",
            "Copy the client secret from apaleo ▸ Apps into Settings (it is kept in the "
            "system keyring).",
        ),
    )


def check_client_auth(doctor: Doctor) -> Finding:
    """The client id and secret are accepted, without a user."""
    missing = _missing_secret(doctor)
    if missing is not None:
        return missing
    endpoints = doctor.endpoints
    assert endpoints is not None  # discovery ran first
    endpoint = doctor.connection.session.client.endpoint()
    profile = doctor.profile
    if profile.mode == "client_credentials":
        scopes = tuple(s for s in profile.requested_scopes if s not in OIDC_SCOPES)
        try:
            answer = endpoint.client_credentials(
                endpoints.token_endpoint, scopes, cancel=doctor.cancel
            )
        except OAuthError as exc:
            return _refused(doctor, exc, "client_credentials")
        granted = str(answer.payload.get("scope", "")).split()
        token = answer.payload.get("access_token")
        if isinstance(token, str):  # the API checks use it (memory only, never kept)
            doctor.access = token
            claimed = (unverified_claims(token) or {}).get("scope")
            doctor.granted = set(granted) | (set(claimed) if isinstance(claimed, list) else set())
        return ok(
            said(
                "Doctor",
                "The client id and secret were accepted: a token was issued (and not kept) for "
                "{count} scopes.",
            ).format(count=len(granted)),
        )
    verifier = secrets.token_urlsafe(48)
    try:
        endpoint.exchange_code(
            endpoints.token_endpoint,
            "doctor-" + secrets.token_urlsafe(24),
            redirect_uri=profile.redirect_uri_template,
            code_verifier=verifier,
            cancel=doctor.cancel,
        )
    except OAuthError as exc:
        if exc.error == "invalid_grant":
            return ok(
                said(
                    "Doctor",
                    "The client id and secret were accepted (the server refused only the code the "
                    "doctor made up, as it should).",
                )
            )
        return _refused(doctor, exc, "code")
    return warn(
        said(
            "Doctor",
            "The server accepted a code the doctor made up: it does not check sign-in codes.",
        ),
        said("Doctor", "Check that the identity server address is really apaleo's."),
    )


# ----------------------------------------------------------- redirect URI
_KNOWN_ERRORS = (
    "unauthorized_client",
    "invalid_client",
    "invalid_scope",
    "invalid_redirect_uri",
    "invalid_request",
    "unsupported_response_type",
    "access_denied",
)


def _error_in(text: str) -> str | None:
    found = re.search("|".join(_KNOWN_ERRORS), text)
    return found.group(0) if found else None


def _authorize_url(doctor: Doctor, endpoints: Endpoints) -> str:
    profile = doctor.profile
    verifier = secrets.token_urlsafe(48)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=")
    params = {
        "response_type": "code",
        "client_id": profile.client_id,
        "redirect_uri": profile.redirect_uri_template,
        "scope": " ".join(profile.requested_scopes),
        "state": secrets.token_urlsafe(16),
        "code_challenge": challenge.decode(),
        "code_challenge_method": "S256",
    }
    if "openid" in profile.requested_scopes:
        params["nonce"] = secrets.token_urlsafe(16)
    sep = "&" if "?" in endpoints.authorization_endpoint else "?"
    return f"{endpoints.authorization_endpoint}{sep}{urlencode(params)}"


def _not_registered(doctor: Doctor, error: str | None, uri: str) -> Finding:
    facts = [("redirect URI", uri)]
    if error:
        facts.append(("error", error))
    rule = explain(
        "authorize", error=error if error != "invalid_redirect_uri" else None
    ) or explain("authorize", error="unauthorized_client")
    assert rule is not None
    detail = said("Doctor", "The identity server refused the sign-in request for {uri}.").format(
        uri=uri
    )
    return _rule_finding(doctor, rule, detail, *facts)


def check_redirect_uri(doctor: Doctor) -> Finding:
    """The authorization endpoint, asked without a browser: registered client and redirect URI?"""
    profile = doctor.profile
    if profile.mode == "client_credentials":
        return skip(said("Doctor", "A custom app signs in without a browser: no redirect URI."))
    endpoints = doctor.endpoints
    assert endpoints is not None
    uri = profile.redirect_uri_template
    response = _get(doctor, _authorize_url(doctor, endpoints))
    status = response.status_code
    location = response.headers.get("Location", "")
    if 300 <= status < 400 and location:
        target = urljoin(endpoints.authorization_endpoint, location)
        if target.split("?")[0] == uri.split("?")[0]:
            answer = {k: v[0] for k, v in parse_qs(urlsplit(target).query).items()}
            error = answer.get("error")
            if error is None or error in (
                "login_required",
                "consent_required",
                "interaction_required",
            ):
                return ok(said("Doctor", "{uri} is registered for this client.").format(uri=uri))
            rule = explain("authorize", error=error)
            if rule is not None:
                return _rule_finding(doctor, rule, None, ("error", error), ("redirect URI", uri))
            return fail(
                said(
                    "Doctor", "The identity server answered the sign-in request with '{error}'."
                ).format(error=error),
                "",
                ("error", error),
            )
        if "error" in urlsplit(target).path.lower():
            # apaleo's identity server sends the browser to its error page: read what it says
            error = None
            if urlsplit(target).netloc == urlsplit(endpoints.authorization_endpoint).netloc:
                try:
                    error = _error_in(_get(doctor, target).text)
                except InspectorError:
                    error = None
            return _not_registered(doctor, error, uri)
        return ok(
            said(
                "Doctor",
                "{uri} is registered for this client: the server sends the browser on to its "
                "sign-in page.",
            ).format(uri=uri)
        )
    if status == 200:
        error = _error_in(response.text[:20000])
        if error and "error" in response.text[:20000].lower() and "<form" not in response.text:
            return _not_registered(doctor, error, uri)
        return ok(
            said(
                "Doctor", "{uri} is registered for this client: the server shows its sign-in page."
            ).format(uri=uri)
        )
    return _not_registered(doctor, _error_in(response.text[:20000]), uri)


__all__ = [
    "check_client_auth",
    "check_clock",
    "check_discovery",
    "check_jwks",
    "check_redirect_uri",
]

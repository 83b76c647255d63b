"""The links on this computer: the profile as written, and the proxy each host goes through."""

from __future__ import annotations

import os
from urllib.parse import urlsplit
from urllib.request import getproxies

import requests

from desktop_app.core.config import is_loopback_host, require_secure_url
from desktop_app.core.errors import InspectorError
from desktop_app.core.i18n import Text, said
from desktop_app.doctor.context import Doctor
from desktop_app.doctor.model import Finding, fail, joined, ok, warn

SETTINGS = said("Doctor", "Open Settings and correct the profile.")


def check_config(doctor: Doctor) -> Finding:
    """The profile is complete and consistent: https hosts, a client id, a redirect URI's form."""
    profile = doctor.profile
    for url, what in (
        (profile.identity_url, said("Doctor", "identity server address")),
        (profile.api_url, said("Doctor", "API address")),
    ):
        try:
            require_secure_url(url, what)
        except InspectorError as exc:
            return fail(exc.message, SETTINGS)
    if not profile.client_id.strip():
        return fail(said("Doctor", "The profile has no client id."), SETTINGS)
    facts = [("client id", profile.client_id)]
    if profile.mode == "client_credentials":
        way: Text = said("Doctor", "a custom app (client credentials, no user)")
    else:
        way = said("Doctor", "a user signs in in the browser")
        facts.append(("redirect URI", profile.redirect_uri_template))
    detail = said(
        "Doctor", "Identity server {identity}, API {api}, client '{client}': {way}."
    ).format(identity=profile.identity_url, api=profile.api_url, client=profile.client_id, way=way)
    if profile.client_auth == "none":
        return warn(
            said(
                "Doctor", "{detail} The profile sends no client secret, which apaleo needs."
            ).format(detail=detail),
            SETTINGS,
            *facts,
        )
    if profile.mode == "authorization_code" and profile.redirect_port == 0:
        return warn(
            said(
                "Doctor",
                "{detail} The redirect port is chosen at each sign-in, which works only where the "
                "server accepts any loopback port (apaleo matches redirect URIs exactly).",
            ).format(detail=detail),
            said("Doctor", "Set the redirect port to the one registered with apaleo."),
            *facts,
        )
    return ok(detail, *facts)


def _without_password(proxy: str) -> str:
    """A proxy address as it may be shown: its user name and password left out."""
    parts = urlsplit(proxy)
    host = parts.hostname or ""
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{host}{port}" if parts.scheme else host + port


def _from_environment() -> bool:
    return any(
        os.environ.get(name)
        for name in ("https_proxy", "HTTPS_PROXY", "http_proxy", "HTTP_PROXY", "all_proxy")
    )


def check_proxy(doctor: Doctor) -> Finding:
    """Which proxy (the system's or the environment's) each host goes through; loopback never."""
    http = doctor.transport.http
    lines: list[Text] = []
    facts: list[tuple[str, str]] = []
    for url in doctor.hosts:
        settings = http.merge_environment_settings(url, {}, None, None, None)
        proxy = requests.utils.select_proxy(url, settings.get("proxies") or {})
        host = urlsplit(url).netloc
        if proxy:
            if not urlsplit(proxy if "://" in proxy else f"http://{proxy}").hostname:
                return fail(
                    said("Doctor", "The proxy set for {host} is not a valid address.").format(
                        host=host
                    ),
                    said("Doctor", "Correct the proxy settings of this computer, or ask IT."),
                )
            shown_proxy = _without_password(proxy)
            lines.append(
                said("Doctor", "{host} through the proxy {proxy}").format(
                    host=host, proxy=shown_proxy
                )
            )
            facts.append((host, shown_proxy))
        else:
            lines.append(said("Doctor", "{host} directly").format(host=host))
            facts.append((host, "direct"))
    loopback = doctor.profile.redirect_uri_template.replace(":0/", ":1/")
    settings = http.merge_environment_settings(loopback, {}, None, None, None)
    if settings.get("proxies"):
        return fail(
            said(
                "Doctor",
                "Requests to this computer (the sign-in's redirect) would go through a proxy.",
            ),
            said("Doctor", "Add 127.0.0.1 and localhost to the proxy exceptions (NO_PROXY)."),
        )
    source = (
        said("Doctor", "from the environment (HTTPS_PROXY and others)")
        if _from_environment()
        else said("Doctor", "from the system settings")
    )
    text = joined(lines, phrases=True)
    if any(value != "direct" for _, value in facts):
        return ok(
            said(
                "Doctor", "{lines} (proxy {source}). This computer's own addresses bypass it."
            ).format(lines=text, source=source),
            *facts,
        )
    configured = _configured_proxies() if http.trust_env else []
    if configured:
        # a proxy is set, yet neither host goes through it: on this computer, or an exception
        return ok(
            said(
                "Doctor",
                "A proxy is set ({proxies}, {source}), but {lines}: these addresses are on "
                "this computer or among the proxy's exceptions, so they bypass it.",
            ).format(proxies=", ".join(configured), source=source, lines=text),
            *facts,
            ("proxy set", ", ".join(configured)),
        )
    return ok(said("Doctor", "No proxy: {lines}.").format(lines=text), *facts)


def _configured_proxies() -> list[str]:
    """The proxies this computer sets for web requests (environment, or the system's), shown."""
    found = getproxies()
    shown = (_without_password(found[k]) for k in ("https", "http", "all") if found.get(k))
    return list(dict.fromkeys(shown))


def loopback_only(doctor: Doctor) -> bool:
    """Whether both hosts are this computer (the sandbox): nothing leaves it."""
    return all(is_loopback_host(urlsplit(url).hostname or "") for url in doctor.hosts)


__all__ = ["check_config", "check_proxy", "loopback_only"]

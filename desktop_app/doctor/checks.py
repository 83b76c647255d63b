"""The chain, link by link, in the order an admin reads it: this PC, the network, apaleo."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from desktop_app.core.i18n import said
from desktop_app.doctor.account_checks import (
    check_api,
    check_rate_limit,
    check_scopes,
    check_users,
)
from desktop_app.doctor.context import Doctor
from desktop_app.doctor.local_checks import check_config, check_proxy
from desktop_app.doctor.model import Check, Result
from desktop_app.doctor.runner import run_checks
from desktop_app.doctor.server_checks import (
    check_client_auth,
    check_clock,
    check_discovery,
    check_jwks,
    check_redirect_uri,
)
from desktop_app.doctor.sign_in_check import check_saved_sign_in
from desktop_app.doctor.tls_check import check_tls

if TYPE_CHECKING:
    from desktop_app.connection import Connection

CHECKS: tuple[Check, ...] = (
    Check("config", said("Doctor", "Profile"), check_config),
    Check("proxy", said("Doctor", "Proxy"), check_proxy, ("config",)),
    Check("tls", said("Doctor", "Secure connection (TLS)"), check_tls, ("config", "proxy")),
    Check("clock", said("Doctor", "This computer's clock"), check_clock, ("tls",)),
    Check("discovery", said("Doctor", "Discovery document"), check_discovery, ("tls",)),
    Check("jwks", said("Doctor", "Signing keys"), check_jwks, ("discovery",)),
    Check("client_auth", said("Doctor", "Client id and secret"), check_client_auth, ("discovery",)),
    Check("redirect_uri", said("Doctor", "Redirect URI"), check_redirect_uri, ("discovery",)),
    Check(
        "saved_sign_in",
        said("Doctor", "Saved sign-in"),
        check_saved_sign_in,
        # a clock past the tokens' leeway fails every renewal's checks: said once, at the clock
        ("client_auth", "jwks", "clock"),
    ),
    Check("api", said("Doctor", "apaleo API"), check_api, ("saved_sign_in",)),
    Check("scopes", said("Doctor", "Scopes for each tab"), check_scopes, ("saved_sign_in",)),
    Check("rate_limit", said("Doctor", "Rate limit"), check_rate_limit, ("api",)),
    Check("users", said("Doctor", "Users API"), check_users, ("saved_sign_in",)),
)

IDS = tuple(c.id for c in CHECKS)


def run_doctor(
    connection: Connection,
    on_result: Callable[[Result], None] = lambda _r: None,
    cancel: threading.Event | None = None,
) -> list[Result]:
    """Check *connection*'s every link; *on_result* hears each result as it is known."""
    doctor = Doctor(connection, cancel=cancel or threading.Event())
    return run_checks(CHECKS, doctor, on_result)


__all__ = ["CHECKS", "IDS", "run_doctor"]

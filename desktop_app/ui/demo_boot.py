"""``--demo``: the embedded sandbox started and its two profiles made, in a worker.

Kept apart from the controller: the sandbox makes an RSA key and binds two ports, and none of it
is imported unless the demo is asked for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop_app.core.config import Profile
    from desktop_app.sandbox import Sandbox


def start_demo() -> tuple[Sandbox, list[tuple[Profile, str]]]:
    """Start the sandbox; its profiles with their client secrets (call from a worker).

    Two connections: apaleo's scope client, and its fine-grained client (permissions from the
    registration, properties chosen on the sandbox's consent page).
    """
    from desktop_app.net.loopback_server import free_port
    from desktop_app.sandbox import Sandbox

    # Like apaleo, the sandbox matches the redirect URI exactly: register the port we will use.
    sandbox = Sandbox(redirect_port=free_port()).start()
    profiles = [
        sandbox.profile("Demo (sandbox)").with_changes(ephemeral=True),
        sandbox.profile("Demo (fine-grained client)", fine_grained=True).with_changes(
            ephemeral=True
        ),
    ]
    return sandbox, [(p, sandbox.client_secret_for(p)) for p in profiles]


__all__ = ["start_demo"]

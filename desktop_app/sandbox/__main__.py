"""``python -m desktop_app.sandbox``: run the sandbox until Ctrl+C and print how to use it."""

from __future__ import annotations

import argparse
import signal
import sys
import threading

from desktop_app.sandbox import FAILURES, Sandbox


def main(argv: list[str] | None = None) -> int:
    """Start the sandbox, print its addresses, clients and users, and wait for Ctrl+C."""
    parser = argparse.ArgumentParser(
        prog="python -m desktop_app.sandbox",
        description="A local stand-in for apaleo's identity server and API (127.0.0.1 only).",
    )
    parser.add_argument("--identity-port", type=int, default=0, help="default: a free port")
    parser.add_argument("--api-port", type=int, default=0, help="default: a free port")
    parser.add_argument("--properties", type=int, default=None, help="generate N properties")
    parser.add_argument("--token-ttl", type=float, default=3600, help="access token lifetime (s)")
    parser.add_argument("--no-rotation", action="store_true", help="keep refresh tokens on refresh")
    parser.add_argument(
        "--redirect-port", type=int, default=47833, help="the registered redirect port"
    )
    parser.add_argument(
        "--any-port",
        action="store_true",
        help="accept any 127.0.0.1 redirect port (not apaleo's way)",
    )
    parser.add_argument(
        "--rate-limit",
        type=int,
        default=200,
        metavar="N",
        help="API requests a minute per client (apaleo development accounts: 200; 0: off)",
    )
    parser.add_argument(
        "--play",
        action="append",
        default=[],
        choices=FAILURES,
        metavar="FAILURE",
        help=f"fail one link, for the connection doctor (repeatable): {', '.join(FAILURES)}",
    )
    args = parser.parse_args(argv)
    sandbox = Sandbox(
        identity_port=args.identity_port,
        api_port=args.api_port,
        property_count=args.properties,
        access_token_ttl=args.token_ttl,
        rotate_refresh_tokens=not args.no_rotation,
        redirect_port=args.redirect_port,
        any_loopback_port=args.any_port,
        rate_limit=(args.rate_limit, 60.0) if args.rate_limit > 0 else None,
    ).start()
    for failure in args.play:
        sandbox.plays.play(failure)
    print(f"identity server: {sandbox.identity_url}  (sign-in, and the users API /api/v1/users)")
    print(f"API:             {sandbox.api_url}")
    kinds = {
        sandbox.connect_client.client_id: "scope client (user sign-in; gets the scopes it asks for)",
        sandbox.fine_client.client_id: "fine-grained client (user sign-in; permissions "
        "from its registration, properties chosen on the consent page)",
        sandbox.simple_client.client_id: "simple client (client credentials, no user)",
    }
    for client in sandbox.clients:
        print(f"{client.client_id}: {kinds[client.client_id]}")
        print(f"    secret   {client.client_secret}")
        if client.redirect_uris:
            port_rule = "any 127.0.0.1 port" if client.allow_any_loopback_port else "exactly"
            print(f"    redirect {', '.join(client.redirect_uris)} ({port_rule})")
        registered = client.permissions if client.fine_grained else client.scopes
        print(f"    {'permissions' if client.fine_grained else 'scopes':<8} {' '.join(registered)}")
    limit = f"{args.rate_limit} requests a minute per client" if args.rate_limit > 0 else "off"
    print(f"rate limit:      {limit}")
    print(
        f"account:         {sandbox.data.account['code']} ({len(sandbox.data.properties)} properties)"
    )
    for user in sandbox.users:
        print(f"demo user:       {user.sub}  {user.name} <{user.email}> ({user.role})")
    print("Press Ctrl+C to stop.", flush=True)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        stop.wait()
    except KeyboardInterrupt:
        pass
    finally:
        sandbox.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""``python -m desktop_app.sandbox``: run the sandbox until Ctrl+C and print how to use it."""

from __future__ import annotations

import argparse
import signal
import sys
import threading

from desktop_app.sandbox import Sandbox


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
    args = parser.parse_args(argv)
    sandbox = Sandbox(
        identity_port=args.identity_port,
        api_port=args.api_port,
        property_count=args.properties,
        access_token_ttl=args.token_ttl,
        rotate_refresh_tokens=not args.no_rotation,
    ).start()
    connect, simple = sandbox.connect_client, sandbox.simple_client
    print(f"identity server: {sandbox.identity_url}")
    print(f"API:             {sandbox.api_url}")
    print(f"connect client:  {connect.client_id}  secret {connect.client_secret}")
    print(f"                 redirect {', '.join(connect.redirect_uris)} (any 127.0.0.1 port)")
    print(f"simple client:   {simple.client_id}  secret {simple.client_secret}")
    print(
        f"account:         {sandbox.data.account['code']} ({len(sandbox.data.properties)} properties)"
    )
    for user in sandbox.users:
        print(f"demo user:       {user.sub}  {user.name} ({user.role})")
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

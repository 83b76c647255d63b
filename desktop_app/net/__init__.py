"""The way out and in. No Qt, no OAuth.

HTTP sessions on the OS trust store, the one retry policy, the transport that carries both to
every caller, and the one loopback listener.
"""

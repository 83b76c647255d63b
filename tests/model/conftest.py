"""Hypothesis profiles for the stateful model: ``ci`` (the default, well under a minute) and
``soak`` (``pytest tests/model --hypothesis-profile=soak``: many more and longer sequences)."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, Phase, settings

_COMMON: dict[str, Any] = {
    "deadline": None,  # each step is real HTTP and a real keyring: seconds, not microseconds
    "database": None,  # no example files left in the clone; a failure prints its sequence
    "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large],
    "print_blob": True,
    # not "explain": it traces every line of the real parts while shrinking (minutes)
    "phases": (Phase.explicit, Phase.reuse, Phase.generate, Phase.target, Phase.shrink),
}
settings.register_profile("ci", max_examples=60, stateful_step_count=30, **_COMMON)
settings.register_profile("soak", max_examples=300, stateful_step_count=40, **_COMMON)
settings.load_profile("ci")

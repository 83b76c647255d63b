"""The sign-in timeout says the real time waited: 20 s is not "1 min" (it used to round up)."""

from __future__ import annotations

import pytest

from desktop_app.auth.loopback import _timed_out


@pytest.mark.parametrize(
    ("timeout", "said"),
    [
        (20, "within 20 s."),
        (0.3, "within 1 s."),
        (60, "within 1 min."),
        (90, "within 1 min 30 s."),
        (300, "within 5 min."),
    ],
)
def test_the_timeout_is_said_as_long_as_it_was(timeout: float, said: str) -> None:
    words = str(_timed_out(timeout))
    assert said in words
    assert words.startswith("Nothing came back from the browser")

"""The services' notion of now, replaceable in tests that need a fixed day."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

_now: Callable[[], datetime] = datetime.now


def now() -> datetime:
    return _now().replace(microsecond=0)


def today() -> date:
    return now().date()


def get_clock() -> Callable[[], datetime]:
    """The clock in use, so a caller that replaces it for a while can put it back."""
    return _now


def set_clock(func: Callable[[], datetime] | None) -> None:
    """Use ``func`` as the clock (``None`` restores the real one)."""
    global _now
    _now = func or datetime.now

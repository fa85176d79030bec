"""Shared by the document tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from merchant_refunds.documents import fonts


@pytest.fixture
def fresh_font_choice() -> Iterator[None]:
    """The font chosen anew for the test, and forgotten after it (tests that change the shop's
    font or the fonts the computer has)."""
    fonts.clear_cache()
    yield
    fonts.clear_cache()

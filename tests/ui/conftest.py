"""Shared GUI fixtures: a ``Session`` for any user on the test's database."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from merchant_refunds.services.users import Actor
from merchant_refunds.ui.common import i18n
from merchant_refunds.ui.common.session import Session


@pytest.fixture(autouse=True)
def _english(qapp: object) -> None:
    """Every GUI test starts in English with its catalogue installed, as the program does when
    English is chosen (tests that switch language switch back)."""
    i18n.apply_language(i18n.ENGLISH)


@pytest.fixture
def make_session(db_path: Path, qapp: object) -> Callable[[Actor], Session]:
    """``make_session(actor)`` gives the session a view is built with."""

    def make(actor: Actor) -> Session:
        return Session(actor, db_path)

    return make

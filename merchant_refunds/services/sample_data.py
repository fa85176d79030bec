"""What the demo generator (:mod:`merchant_refunds.demo`) asks of the database beyond the ordinary
services: that the database is new, one transaction around the whole generated year, the users
already there, and the counts it reports at the end. The generator drives the services like a
face; this keeps it off the storage layer.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from peewee import fn

from merchant_refunds.domain.errors import Refused
from merchant_refunds.domain.lifecycle import Role
from merchant_refunds.services.users import Actor
from merchant_refunds.storage import models as m
from merchant_refunds.storage.db import write_transaction


def _refuse_orders() -> None:
    if m.Order.select().exists():
        raise Refused(
            "demo_needs_empty_database",
            "The database already has orders; demo data goes only into an empty database",
        )


def require_new_database(first_owner: Actor | None = None) -> None:
    """Refuse the demo unless the database is new: no orders and no users.

    ``first_owner`` is the owner the first-start dialog has just created (the person at the
    computer chose that PIN a moment ago); that one user may be there, nobody else.
    """
    _refuse_orders()
    others = m.User.select()
    if first_owner is not None and first_owner.role is Role.OWNER:
        others = others.where(m.User.id != first_owner.id)
    if others.exists():
        raise Refused(
            "demo_needs_new_database",
            "The database already has users; demo data goes only into a new, empty database",
        )


def an_owner_name() -> str | None:
    """The name of an owner already in the database (the one who creates the demo users)."""
    owner = m.User.get_or_none(m.User.role == Role.OWNER.value)
    return owner.name if owner else None


def user_role(name: str) -> str | None:
    """The role of the user with this name, or None when there is no such user."""
    row = m.User.get_or_none(m.User.name == name)
    return row.role if row is not None else None


@contextmanager
def one_transaction() -> Iterator[None]:
    """One write transaction around the whole generation, so a failure leaves the database as it
    was; refused when orders appeared since :func:`require_new_database`."""
    with write_transaction():
        _refuse_orders()
        yield


def status_counts() -> tuple[dict[str, int], dict[str, int]]:
    """How many orders and refunds there are in each status (statuses with none left out)."""
    order_counts = dict(
        m.Order.select(m.Order.status, fn.COUNT(m.Order.id)).group_by(m.Order.status).tuples()
    )
    refund_counts = dict(
        m.Refund.select(m.Refund.status, fn.COUNT(m.Refund.id)).group_by(m.Refund.status).tuples()
    )
    return order_counts, refund_counts

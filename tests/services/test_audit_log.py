"""The audit trail as the Audit screen reads it: filters, pages, the filter lists and the
change rows people read; clerks may not read it at all."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from merchant_refunds.domain.errors import PermissionDenied
from merchant_refunds.services import audit_log, clock, orders
from merchant_refunds.services.audit_log import AuditFilter
from merchant_refunds.services.users import Actor
from tests.factories import FIXED_NOW, tea_order


def _actions(actor: Actor, flt: AuditFilter) -> list[tuple[str, str, str]]:
    rows = audit_log.event_rows(audit_log.event_ids(actor, flt))
    return [(r.user_name, r.action, r.entity_key) for r in rows]


@pytest.fixture
def trail(owner: Actor, clerk: Actor) -> None:
    """Orders on three days: NA-1 by the owner on the 24th, NB-1 and NB-2 by the clerk after."""
    for day, actor, order_no in [(24, owner, "NA-1"), (25, clerk, "NB-1"), (26, clerk, "NB-2")]:
        clock.set_clock(lambda day=day: datetime(2026, 11, day, 9, 0))
        orders.create_order(actor, tea_order(order_no))
    clock.set_clock(lambda: FIXED_NOW)


def test_filters_narrow_the_trail_newest_first(trail: None, owner: Actor) -> None:
    everything = _actions(owner, AuditFilter())
    assert everything[:3] == [
        ("amy", "order.create", "NB-2"),
        ("amy", "order.create", "NB-1"),
        ("boss", "order.create", "NA-1"),
    ]
    assert _actions(owner, AuditFilter(user="amy", action="order.create")) == everything[:2]
    assert _actions(owner, AuditFilter(text="NB")) == everything[:2]
    assert _actions(owner, AuditFilter(text="order", action="order.create")) == everything[:3]
    by_day = AuditFilter(date_from=date(2026, 11, 25), date_to=date(2026, 11, 25))
    assert _actions(owner, by_day) == [("amy", "order.create", "NB-1")]
    assert _actions(owner, AuditFilter(date_from=date(2026, 11, 27))) == []


def test_a_page_keeps_the_order_asked_for_and_skips_missing_events(
    trail: None, accountant: Actor
) -> None:
    ids = list(audit_log.event_ids(accountant, AuditFilter(action="order.create")))
    page = audit_log.event_rows([ids[2], ids[0], 999_999])
    assert [e.entity_key for e in page] == ["NA-1", "NB-2"]
    assert page[1].after["order_no"] == "NB-2" and page[1].before is None
    assert audit_log.event_rows([]) == []
    assert audit_log.get_event(accountant, ids[0]).entity_key == "NB-2"
    assert audit_log.get_event(accountant, 999_999) is None


def test_the_filter_lists_name_who_acted_and_what_was_done(trail: None, owner: Actor) -> None:
    names, actions = audit_log.choices(owner)
    assert {"amy", "boss"} <= set(names) and names == sorted(names)
    assert "order.create" in actions and actions == sorted(actions)


def test_clerks_cannot_read_or_check_the_trail(trail: None, clerk: Actor) -> None:
    for read in (
        lambda: audit_log.event_ids(clerk, AuditFilter()),
        lambda: audit_log.get_event(clerk, 1),
        lambda: audit_log.choices(clerk),
        lambda: audit_log.verify(clerk),
    ):
        with pytest.raises(PermissionDenied):
            read()


def test_the_owner_checks_an_intact_chain(trail: None, owner: Actor) -> None:
    assert audit_log.verify(owner).ok


def test_a_change_lists_each_field_that_differs_as_text() -> None:
    before = {"status": "requested", "total": 1200, "note": "x"}
    after = {"status": "approved", "total": 1200, "items": {"1": 2}}
    assert audit_log.diff(before, after) == [
        ("status", "requested", "approved"),
        ("note", "x", ""),
        ("items", "", '{"1": 2}'),
    ]
    assert audit_log.diff(None, "退款") == [("", "", "退款")]
    assert audit_log.diff(None, None) == []

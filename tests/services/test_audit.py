"""The audit trail: one hash chain over every change, written in the change's own transaction."""

from __future__ import annotations

import inspect
import itertools
import json
import shutil
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from merchant_refunds.domain.calculation import Selection
from merchant_refunds.domain.errors import InvalidInput, Refused
from merchant_refunds.domain.policy import ReasonCode
from merchant_refunds.services import (
    audit,
    orders,
    refund_decisions,
    refund_goods,
    refund_requests,
    refund_views,
    shop_settings,
    users,
)
from merchant_refunds.services.payouts import arrival, sending
from merchant_refunds.storage import models as m
from merchant_refunds.storage import transfer
from merchant_refunds.storage.db import close_database, current_database, open_database
from tests.factories import make_line, make_order, tea_order
from tests.tamper import sql

V1_FILE = Path(__file__).parents[1] / "data" / "schema_v1.sqlite3"


def ids() -> list[int]:
    return [e.id for e in m.AuditEvent.select(m.AuditEvent.id).order_by(m.AuditEvent.id)]


def events() -> int:
    return m.AuditEvent.select().count()


def req(order_no: str, lines: dict[int, int], **kw) -> refund_requests.RefundRequest:
    return refund_requests.RefundRequest(
        order_no, Selection(lines), ReasonCode.QUALITY_PROBLEM, **kw
    )


@pytest.fixture
def flow(owner, owner2, clerk) -> list[int]:
    """A full flow: users, an order, a refund through to completion, a rejected one."""
    orders.create_order(clerk, tea_order("AU1"))
    refund = refund_requests.request_refund(clerk, req("AU1", {1: 1}))
    refund_decisions.approve(owner, refund.refund_no)
    sending.record_payout(owner, refund.refund_no, reference="ALI")
    arrival.confirm_received(clerk, refund.refund_no)
    other = refund_requests.request_refund(clerk, req("AU1", {2: 1}))
    refund_decisions.reject(owner, other.refund_no, "used")
    return ids()


def test_the_chain_verifies_after_a_flow(flow):
    report = audit.verify_chain()
    assert report.ok
    assert report.checked == len(flow) >= 10
    assert report.broken_event_id is None
    assert report.to_dict()["ok"] is True


def test_a_new_shop_has_only_the_keyed_event_and_verifies(db_path):
    report = audit.verify_chain()
    assert report.ok and report.complete and report.checked == 1
    assert [e.action for e in m.AuditEvent.select()] == [audit.KEYED_ACTION]


def test_each_event_links_to_the_one_before(flow):
    rows = list(m.AuditEvent.select().order_by(m.AuditEvent.id))
    assert rows[0].prev_hash == audit.GENESIS
    for before, after in itertools.pairwise(rows):
        assert after.prev_hash == before.hash
    assert len({r.hash for r in rows}) == len(rows)


def test_a_changed_row_is_detected(flow):
    target = flow[len(flow) // 2]
    row = m.AuditEvent.get_by_id(target)
    after = json.loads(row.after_json)
    after["total"] = 1  # as if someone lowered the amount
    sql(
        "UPDATE audit_event SET after_json = ? WHERE id = ?",
        json.dumps(after, sort_keys=True, separators=(",", ":")),
        target,
    )
    report = audit.verify_chain()
    assert not report.ok
    assert report.broken_event_id == target
    assert report.checked == flow.index(target)
    assert "changed" in report.problem


def _other(original: str, *candidates: str) -> str:
    return next(c for c in candidates if c != original)


#: How someone with the database would change each column of one event (a value that differs
#: from the event's own), and what ``verify_chain`` then says about that event.
CONTENT = "its content was changed"
LINK = "an event before it was changed or removed"
TAMPERS: dict[str, tuple[Callable[[Any], str], str]] = {
    "at": (lambda e: str(e.at + timedelta(seconds=1)), CONTENT),
    "user_name": (lambda e: _other(e.user_name, "mallory", "eve"), CONTENT),
    "action": (lambda e: _other(e.action, "refund.cancel", "refund.reject"), CONTENT),
    "entity": (lambda e: _other(e.entity, "order", "user"), CONTENT),
    "entity_key": (lambda e: _other(e.entity_key, "RF-FORGED", "RF-OTHER"), CONTENT),
    "before_json": (lambda e: _other(e.before_json, "null", '{"status":"requested"}'), CONTENT),
    "after_json": (lambda e: _other(e.after_json, '{"total":1}', "null"), CONTENT),
    "rows_json": (lambda e: _other(e.rows_json, "", "[]"), CONTENT),
    "prev_hash": (lambda e: _other(e.prev_hash, audit.GENESIS, "f" * 64), LINK),
    "hash": (lambda e: _other(e.hash, "e" * 64, "d" * 64), CONTENT),
}


def _tamper(column: str, target: int, following: int) -> str:
    """Change ``column`` of event ``target`` behind the program's back (``id``: swap the event
    with the one ``following`` it); what ``verify_chain`` should say about ``target``."""
    if column == "id":
        spare = following + 1000
        sql("UPDATE audit_event SET id = ? WHERE id = ?", spare, target)
        sql("UPDATE audit_event SET id = ? WHERE id = ?", target, following)
        sql("UPDATE audit_event SET id = ? WHERE id = ?", following, spare)
        return LINK
    change, problem = TAMPERS[column]
    value = change(m.AuditEvent.get_by_id(target))
    sql(f"UPDATE audit_event SET {column} = ? WHERE id = ?", value, target)
    return problem


def test_the_tamper_cases_cover_every_column_of_an_event(db_path):
    columns = {c.name for c in current_database().get_columns("audit_event")}
    assert columns == {*TAMPERS, "id"}


@pytest.mark.tampers
@pytest.mark.parametrize("column", [*TAMPERS, "id"])
def test_every_changed_column_of_an_event_is_detected_at_that_event(flow, column):
    """Every column is bound into the keyed hash or the chain: changing any one of them in a
    middle event is reported at that event, and nothing before it is blamed."""
    middle = len(flow) // 2
    target = flow[middle]
    problem = _tamper(column, target, flow[middle + 1])
    report = audit.verify_chain()
    assert not report.ok
    assert report.broken_event_id == target
    assert report.problem == problem
    assert report.checked == middle


@pytest.mark.tampers
def test_a_deleted_event_relinked_by_hand_is_caught_at_the_next_one(flow):
    """Deleting an event and pointing the next one's ``prev_hash`` past the gap repairs the links,
    but ``prev_hash`` is inside the keyed hash: the next event's content no longer matches."""
    middle = len(flow) // 2
    target, following = flow[middle], flow[middle + 1]
    gone = m.AuditEvent.get_by_id(target)
    sql("DELETE FROM audit_event WHERE id = ?", target)
    sql("UPDATE audit_event SET prev_hash = ? WHERE id = ?", gone.prev_hash, following)
    report = audit.verify_chain()
    assert report.broken_event_id == following
    assert report.problem == CONTENT


@pytest.fixture(params=["sqlite", "postgresql"])
def unkeyed_shop(
    request: pytest.FixtureRequest, tmp_path: Path, fixed_clock: None
) -> Iterator[list[int]]:
    """A shop upgraded from schema 1 and not keyed yet: its events carry plain SHA-256 hashes
    (``event_hash``). On PostgreSQL, the same file copied to a server. The event ids."""
    path = tmp_path / "old-shop.sqlite3"
    shutil.copyfile(V1_FILE, path)
    if request.param == "postgresql":
        url = request.getfixturevalue("pg_url")
        transfer.copy_to_postgres(path, url)
        close_database()
        open_database(url)
    else:
        open_database(path)
    try:
        assert audit.keyed_from() is None
        yield ids()
    finally:
        close_database()


@pytest.mark.parametrize(
    "column", [c for c in (*TAMPERS, "id") if c != "rows_json"]
)  # rows_json is not part of an unkeyed event
def test_every_changed_column_of_an_unkeyed_event_is_detected_at_that_event(unkeyed_shop, column):
    flow = unkeyed_shop
    assert audit.verify_chain().ok and len(flow) >= 3
    middle = len(flow) // 2
    target = flow[middle]
    problem = _tamper(column, target, flow[middle + 1])
    report = audit.verify_chain()
    assert report.broken_event_id == target
    assert report.problem == problem


def _changed(value: Any) -> Any:
    if isinstance(value, datetime):
        return value + timedelta(microseconds=1)
    if isinstance(value, bytes):
        return bytes([value[0] ^ 1]) + value[1:]
    return value + "x"


@pytest.mark.parametrize("digest", [audit.event_hash, audit.keyed_hash])
def test_every_argument_of_an_event_hash_changes_it(digest):
    """No field can be left out of the hash by mistake: changing any one argument (the key too)
    gives another hash."""
    values = {
        "key": b"k" * 32,
        "prev_hash": audit.GENESIS,
        "at": datetime(2026, 11, 26, 10, 0),
        "user_name": "amy",
        "action": "refund.request",
        "entity": "refund",
        "entity_key": "RF-1",
        "before_json": "null",
        "after_json": '{"total":1}',
        "rows_json": "[]",
    }
    names = list(inspect.signature(digest).parameters)
    args = {name: values[name] for name in names}
    base = digest(**args)
    for name in names:
        assert digest(**{**args, name: _changed(args[name])}) != base, name


def test_an_event_rehashed_without_the_key_is_caught_at_that_event(flow):
    """Issue 12.3: with plain SHA-256 over public fields, anyone could recompute a hash. The chain
    is keyed, so a forger without the shop key is caught at the event itself."""
    target = flow[4]
    row = m.AuditEvent.get_by_id(target)
    forged_after = '{"status":"approved"}'
    forged = audit.event_hash(
        row.prev_hash,
        row.at,
        row.user_name,
        row.action,
        row.entity,
        row.entity_key,
        row.before_json,
        forged_after,
    )
    sql(
        "UPDATE audit_event SET after_json = ?, hash = ? WHERE id = ?", forged_after, forged, target
    )
    report = audit.verify_chain()
    assert report.broken_event_id == target
    assert report.problem == "its content was changed"


def test_the_whole_chain_recomputed_with_another_key_is_caught(flow):
    """Rewriting every event with a key of one's own (the forger's best effort) still fails:
    the keyed event names the shop's key by its id, and every MAC is checked with the real key."""
    import hmac as _hmac

    forger = b"k" * 32
    prev = audit.GENESIS
    for event in m.AuditEvent.select().order_by(m.AuditEvent.id):
        digest = audit.keyed_hash(
            forger,
            prev,
            event.at,
            event.user_name,
            event.action,
            event.entity,
            event.entity_key,
            event.before_json,
            event.after_json,
            event.rows_json,
        )
        assert not _hmac.compare_digest(digest, event.hash)
        sql("UPDATE audit_event SET prev_hash = ?, hash = ? WHERE id = ?", prev, digest, event.id)
        prev = digest
    report = audit.verify_chain()
    assert not report.ok
    assert report.broken_event_id == flow[0]


def test_a_deleted_middle_row_is_detected(flow):
    target = flow[len(flow) // 2]
    sql("DELETE FROM audit_event WHERE id = ?", target)
    report = audit.verify_chain()
    assert not report.ok
    assert report.broken_event_id == flow[flow.index(target) + 1]


def test_a_deleted_first_row_is_detected(flow):
    sql("DELETE FROM audit_event WHERE id = ?", flow[0])
    report = audit.verify_chain()
    assert not report.ok
    assert report.broken_event_id == flow[1]
    assert report.problem == "the shop has a key but the keyed part of the trail is missing"


def test_reordered_rows_are_detected(flow):
    a, b = flow[2], flow[6]
    spare = max(flow) + 1000
    sql("UPDATE audit_event SET id = ? WHERE id = ?", spare, a)
    sql("UPDATE audit_event SET id = ? WHERE id = ?", a, b)
    sql("UPDATE audit_event SET id = ? WHERE id = ?", b, spare)
    report = audit.verify_chain()
    assert not report.ok
    assert report.broken_event_id == a


# --- every write is audited, in the same transaction ------------------------------------


def test_every_service_write_adds_its_events(owner, owner2, clerk):
    def added(action) -> list[str]:
        start = max(ids(), default=0)
        action()
        return [
            e.action
            for e in m.AuditEvent.select().where(m.AuditEvent.id > start).order_by(m.AuditEvent.id)
        ]

    big = make_order("AU2", [make_line(1, quantity=2, unit_price=150000)])  # 3,000.00: large
    assert added(lambda: orders.create_order(clerk, big)) == ["order.create"]
    holder: dict[str, str] = {}

    def request() -> None:
        holder["no"] = refund_requests.request_refund(clerk, req("AU2", {1: 2})).refund_no

    assert added(request) == ["refund.request"]
    no = holder["no"]
    assert added(lambda: refund_decisions.approve(owner, no)) == ["refund.approve"]
    assert added(lambda: refund_goods.record_signature(clerk, no)) == ["refund.sign"]
    assert added(lambda: sending.record_payout(owner, no, amount=1000)) == ["payout.send"]
    assert added(lambda: sending.record_payout(owner, no)) == ["payout.send", "refund.pay"]
    assert added(lambda: arrival.confirm_received(clerk, no)) == [
        "payout.received",
        "payout.received",
        "refund.complete",
    ]
    orders.create_order(clerk, tea_order("AU2B"))
    goods = refund_requests.request_refund(clerk, req("AU2B", {1: 1}, goods_return=True)).refund_no
    assert added(lambda: refund_goods.record_goods_received(clerk, goods)) == [
        "refund.receive_goods"
    ]
    assert added(lambda: refund_decisions.reject(owner, goods, "damaged by customer")) == [
        "refund.reject"
    ]
    cancel = refund_requests.request_refund(clerk, req("AU2B", {2: 1})).refund_no
    assert added(lambda: refund_decisions.cancel(clerk, cancel)) == ["refund.cancel"]
    assert added(lambda: users.create_user(owner, "zoe", "clerk", "4321")) == ["user.create"]
    assert added(lambda: shop_settings.set_policy(owner, {"restocking_fee_bp": 0})) == [
        "settings.policy"
    ]
    assert audit.verify_chain().ok


def test_refund_events_carry_before_and_after(owner, clerk):
    orders.create_order(clerk, tea_order("AU3"))
    refund = refund_requests.request_refund(clerk, req("AU3", {1: 1}))
    refund_decisions.cancel(clerk, refund.refund_no, "changed mind")
    trail = audit.events_for("refund", refund.refund_no)
    assert [e.action for e in trail] == ["refund.request", "refund.cancel"]
    assert trail[0].before is None
    assert trail[0].after["total"] == 11438 and trail[0].after["status"] == "requested"
    assert trail[1].before["status"] == "requested"
    assert trail[1].after["status"] == "cancelled"
    assert trail[1].after["cancel_reason"] == "changed mind"


def test_failing_actions_add_no_events(owner, clerk):
    orders.create_order(clerk, tea_order("AU4"))
    refund = refund_requests.request_refund(clerk, req("AU4", {1: 1}))
    before = events()
    for action, error in (
        (lambda: refund_requests.request_refund(clerk, req("AU4", {1: 9})), Refused),
        (lambda: refund_requests.request_refund(clerk, req("AU4", {1: 0})), InvalidInput),
        (lambda: refund_decisions.reject(owner, refund.refund_no, ""), InvalidInput),
        (lambda: sending.record_payout(owner, refund.refund_no), Refused),
        (lambda: orders.create_order(clerk, tea_order("AU4")), Refused),
        (lambda: users.create_user(owner, "boss", "clerk", "1234"), Refused),
    ):
        with pytest.raises(error):
            action()
    assert events() == before
    assert audit.verify_chain().ok


def test_the_audit_event_is_part_of_the_change(owner, clerk, monkeypatch):
    """If recording the event fails, the change it describes is rolled back too."""
    orders.create_order(clerk, tea_order("AU5"))
    refund = refund_requests.request_refund(clerk, req("AU5", {1: 1}))
    state = (m.Refund.select().count(), m.RefundLine.select().count(), events())

    def broken(*args, **kwargs):
        raise RuntimeError("disk went away")

    monkeypatch.setattr(audit, "record", broken)
    with pytest.raises(RuntimeError):
        refund_requests.request_refund(clerk, req("AU5", {2: 1}))
    with pytest.raises(RuntimeError):
        refund_decisions.approve(owner, refund.refund_no)
    with pytest.raises(RuntimeError):
        orders.create_order(clerk, tea_order("AU6"))
    monkeypatch.undo()
    assert (m.Refund.select().count(), m.RefundLine.select().count(), events()) == state
    assert refund_views.get_refund(refund.refund_no).status.value == "requested"
    assert m.Approval.select().count() == 0
    assert m.Order.get_or_none(m.Order.order_no == "AU6") is None

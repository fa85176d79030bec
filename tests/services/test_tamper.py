"""Issue 12, as an attacker with the database file (or a server login) would try it: every
protected row changed behind the program's back is found by ``check`` and stops money moving.

Runs on SQLite and on PostgreSQL (``BOTH_BACKENDS`` in conftest)."""

from __future__ import annotations

import pytest

from merchant_refunds.domain.calculation import Selection
from merchant_refunds.domain.errors import PermissionDenied, StorageError
from merchant_refunds.domain.money import Money
from merchant_refunds.domain.policy import ReasonCode
from merchant_refunds.services import (
    audit,
    integrity,
    orders,
    refund_decisions,
    refund_requests,
    refund_views,
    shop_keys,
    shop_settings,
    users,
)
from merchant_refunds.services.payouts import arrival, sending
from merchant_refunds.storage import models as m
from merchant_refunds.storage import shop_key
from tests.factories import tea_order
from tests.tamper import sql

pytestmark = pytest.mark.tampers
DELETE_LINES = (
    "DELETE FROM refund_line WHERE refund_id = (SELECT id FROM refund WHERE refund_no = ?)"
)


def _request(actor: users.Actor, order_no: str, lines: dict[int, int]) -> str:
    orders.create_order(actor, tea_order(order_no))
    request = refund_requests.RefundRequest(order_no, Selection(lines), ReasonCode.QUALITY_PROBLEM)
    return refund_requests.request_refund(actor, request).refund_no


@pytest.fixture
def approved(owner, owner2, clerk) -> str:
    refund_no = _request(clerk, "TP1", {1: 1})
    refund_decisions.approve(owner, refund_no)
    return refund_no


def _fields(report: integrity.IntegrityReport) -> set[tuple[str, str, str]]:
    return {(d.entity, d.key, d.field) for d in report.differences}


def test_an_untouched_shop_passes_the_check(approved):
    report = integrity.check()
    assert report.ok, report.problems()
    assert report.chain.keyed_from is not None


def test_a_refund_raised_a_hundredfold_is_found_and_never_paid(approved, owner):
    """Issue 12.1: ``update refund set total=total*100, payout_amount=payout_amount*100``."""
    before = m.Refund.get(m.Refund.refund_no == approved)
    sql(
        "UPDATE refund SET total = total * 100, payout_amount = payout_amount * 100 "
        "WHERE refund_no = ?",
        approved,
    )
    report = integrity.check()
    assert not report.ok
    assert {
        ("refund", approved, "refund.total"),
        ("refund", approved, "refund.payout_amount"),
    } <= _fields(report)
    text = report.problems()
    # shown as amounts, not as the minor units stored
    raised, real = Money(before.total * 100, "CNY"), Money(before.total, "CNY")
    assert f"refund {approved}: refund.total is {raised} in the table, {real} in the trail" in text
    with pytest.raises(StorageError) as caught:
        sending.record_payout(owner, approved, reference="ALI-1")
    assert caught.value.code == "refund_tampered"
    assert "refund.payout_amount" in caught.value.message or "refund.total" in caught.value.message
    assert not m.Payout.select().exists()


def test_a_payout_account_changed_by_hand_stops_the_next_instalment(approved, owner, clerk):
    sending.record_payout(owner, approved, reference="ALI-1")
    sql("UPDATE payout SET account = ? WHERE seq = 1", "6222020200112233445")
    report = integrity.check()
    assert ("refund", approved, "payouts[1].account") in _fields(report)
    with pytest.raises(StorageError, match="does not agree with its audit trail"):
        arrival.confirm_received(clerk, approved)


def test_a_status_set_by_hand_cannot_be_approved(owner, owner2, clerk):
    refund_no = _request(clerk, "TP2", {1: 1})
    sql("UPDATE refund SET status = 'approved' WHERE refund_no = ?", refund_no)
    with pytest.raises(StorageError, match=r"refund\.status"):
        sending.record_payout(owner, refund_no, reference="X")
    assert ("refund", refund_no, "refund.status") in _fields(integrity.check())


def test_a_role_raised_by_hand_is_found_and_cannot_sign_in(owner, clerk):
    """Issue 12.4: ``update user set role='owner' where name='amy'``."""
    sql("UPDATE \"user\" SET role = 'owner' WHERE name = 'amy'")
    assert ("user", "amy", "role") in _fields(integrity.check())
    with pytest.raises(StorageError, match="amy"):
        users.authenticate("amy", "5678")


def test_a_lockout_count_lowered_or_raised_by_hand_is_found(owner, clerk):
    with pytest.raises(PermissionDenied):
        users.authenticate("amy", "0000")
    sql("UPDATE \"user\" SET failed_attempts = 0 WHERE name = 'amy'")
    assert ("user", "amy", "failed_attempts") in _fields(integrity.check())
    sql("UPDATE \"user\" SET failed_attempts = 4 WHERE name = 'amy'")
    assert ("user", "amy", "failed_attempts") in _fields(integrity.check())


def test_the_policy_changed_by_hand_is_found(owner):
    shop_settings.set_policy(owner, {"restocking_fee_bp": 500})
    sql("UPDATE setting SET value = replace(value, '500', '0') WHERE key = 'policy'")
    assert ("setting", "policy", "value") in _fields(integrity.check())


def test_an_order_line_price_changed_by_hand_is_found(owner, clerk):
    orders.create_order(clerk, tea_order("TP3"))
    sql(
        "UPDATE order_line SET unit_price = unit_price * 10 WHERE order_id = "
        "(SELECT id FROM \"order\" WHERE order_no = 'TP3') AND line_no = 1"
    )
    assert ("order", "TP3", "fingerprint") in _fields(integrity.check())


def test_a_refund_row_deleted_keeps_its_number_and_is_reported(owner, owner2, clerk):
    """Issue 12.2, the rows only: the trail still names the refund, so its number is not given
    out again and ``check`` reports the row as deleted."""
    first = _request(clerk, "TP4", {1: 1})
    sql(
        "DELETE FROM refund_line WHERE refund_id = (SELECT id FROM refund WHERE refund_no = ?)",
        first,
    )
    sql("DELETE FROM refund WHERE refund_no = ?", first)
    report = integrity.check()
    assert ("refund", first, "") in _fields(report)
    second = refund_requests.request_refund(
        clerk, refund_requests.RefundRequest("TP4", Selection({2: 1}), ReasonCode.QUALITY_PROBLEM)
    ).refund_no
    assert second != first and second > first


def test_a_missing_middle_refund_number_is_a_gap(owner, owner2, clerk):
    """Issue 12.2 with the events cut too: the day's numbering shows the hole."""
    numbers = [_request(clerk, f"TP5{i}", {1: 1}) for i in range(3)]
    victim = numbers[1]
    sql(
        "DELETE FROM refund_line WHERE refund_id = (SELECT id FROM refund WHERE refund_no = ?)",
        victim,
    )
    sql("DELETE FROM refund WHERE refund_no = ?", victim)
    sql("DELETE FROM audit_event WHERE entity = 'refund' AND entity_key = ?", victim)
    report = integrity.check()
    assert not report.ok
    assert victim in report.gaps or not report.chain.ok


def test_an_event_with_a_new_row_image_but_no_key_is_caught(approved):
    """Making the trail agree with an edited row means rewriting its event: without the key the
    event no longer verifies."""
    event = (
        m.AuditEvent.select()
        .where(m.AuditEvent.entity_key == approved)
        .order_by(m.AuditEvent.id.desc())
        .first()
    )
    sql("UPDATE refund SET total = 1 WHERE refund_no = ?", approved)
    forged = event.rows_json.replace('"total":', '"total":1,"x":', 1)
    sql("UPDATE audit_event SET rows_json = ? WHERE id = ?", forged, event.id)
    report = integrity.check()
    assert not report.ok and report.chain.broken_event_id == event.id


@pytest.mark.parametrize(
    ("table", "column", "value"),
    [
        ("refund", "refunded_gross", 1),
        ("refund", "destination_account", "6222020200112233445"),
        ("refund", "signature_required", True),
        ("refund", "second_approval_required", True),
        ("refund", "requested_by_id", 2),
        ("refund_line", "amount", 1),
        ("refund_line", "quantity", 9),
        ("approval", "decision", "reject"),
        ("approval", "user_id", 3),
    ],
)
def test_every_money_or_permission_column_is_pinned(approved, table, column, value):
    sql(f'UPDATE "{table}" SET "{column}" = ?', value)
    report = integrity.check()
    name = column.removesuffix("_id")
    assert any(d.entity == "refund" and d.field.endswith(name) for d in report.differences), (
        report.problems()
    )


def test_without_the_key_nothing_is_saved_and_verify_says_what_it_could_not_check(
    approved, clerk, monkeypatch, tmp_path
):
    monkeypatch.setenv(shop_key.DIR_ENV, str(tmp_path / "elsewhere"))
    audit.forget_key()
    report = audit.verify_chain()
    assert report.ok and report.key_missing and not report.complete
    assert report.unchecked == report.checked
    assert not integrity.check().ok
    before = m.AuditEvent.select().count()
    with pytest.raises(StorageError) as caught:
        _request(clerk, "TP6", {1: 1})
    assert caught.value.code == "shop_key_missing"
    assert m.AuditEvent.select().count() == before


def test_the_recovery_sheet_brings_the_key_to_another_computer(
    approved, owner, monkeypatch, tmp_path
):
    sheet = shop_keys.recovery_sheet(owner)
    monkeypatch.setenv(shop_key.DIR_ENV, str(tmp_path / "new-computer"))
    audit.forget_key()
    assert not shop_keys.status().present
    with pytest.raises(Exception, match="typing mistake"):
        shop_keys.import_key(
            sheet.recovery_text[:-1] + ("A" if sheet.recovery_text[-1] != "A" else "B")
        )
    with pytest.raises(Exception, match="another shop"):
        shop_keys.import_key(shop_key.recovery_text(shop_key.new_key()))
    status = shop_keys.import_key(sheet.recovery_text.lower())
    assert status.present and status.key_id == sheet.key_id
    assert integrity.check().ok


def test_the_trail_refuses_update_and_delete_as_a_speed_bump(approved):
    from merchant_refunds.storage.db import current_database

    db = current_database()
    with pytest.raises(Exception, match="append-only"), db.atomic():
        db.execute_sql("UPDATE audit_event SET user_name = 'mallory'")
    with pytest.raises(Exception, match="append-only"), db.atomic():
        db.execute_sql("DELETE FROM audit_event")
    assert integrity.check().ok


def test_a_counter_role_without_rights_on_the_trail_works_and_cannot_rewrite_it(request, tmp_path):
    """On PostgreSQL the real append-only lock is a role: the counters log in without UPDATE,
    DELETE and TRUNCATE on ``audit_event`` (docs/operations.md gives these statements), can do
    all their work, and cannot drop the trigger (they do not own the table)."""
    import psycopg2

    from merchant_refunds.services.database import close_database, initialise, open_database

    url = request.getfixturevalue("pg_url")
    initialise(url)
    users.create_user(None, "boss", "owner", "1234")
    close_database()
    role = "counter_" + url.rsplit("_", 1)[-1]
    with psycopg2.connect(url) as con, con.cursor() as cur:
        for statement in (
            f"CREATE ROLE {role} LOGIN",
            f"GRANT USAGE ON SCHEMA public TO {role}",
            f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}",
            f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {role}",
            f"REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM {role}",
        ):
            cur.execute(statement)
    counter_url = url.replace("postgres@", f"{role}@")
    open_database(counter_url)
    try:
        boss = users.authenticate("boss", "1234")
        refund_no = _request(boss, "PG1", {1: 1})
        assert integrity.check().ok
        with psycopg2.connect(counter_url) as con, con.cursor() as cur:
            for attack in (
                "UPDATE audit_event SET user_name = 'mallory'",
                "DELETE FROM audit_event",
                "DROP TRIGGER audit_event_append_only ON audit_event",
            ):
                with pytest.raises(psycopg2.Error, match=r"permission denied|must be owner"):
                    cur.execute(attack)
                con.rollback()
        assert refund_views.get_refund(refund_no).status.value == "requested"
    finally:
        close_database()

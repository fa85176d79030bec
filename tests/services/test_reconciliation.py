"""Statement reconciliation against real payouts: matched payouts arrive with the statement row
in the trail, the two lists are right, a re-run and a dry run change nothing, a bad file or a
refund that disagrees with its trail changes nothing, and a clerk cannot reconcile."""

from __future__ import annotations

import csv
import sqlite3
from datetime import date
from pathlib import Path

import openpyxl
import orjson
import pytest

from merchant_refunds.domain.errors import InvalidInput, PermissionDenied, StorageError
from merchant_refunds.domain.lifecycle import PayoutMethod
from merchant_refunds.domain.order import Payment, PaymentMethod
from merchant_refunds.domain.reconciliation import Outcome
from merchant_refunds.exports.reconciliation import write_list
from merchant_refunds.imports.statements import BankMapping, read_statement
from merchant_refunds.services import integrity, orders, refund_decisions, refund_requests
from merchant_refunds.services.payouts import arrival, sending
from merchant_refunds.services.reconciliation import reconcile
from merchant_refunds.services.refund_requests import Destination
from merchant_refunds.storage import models as m
from tests import statement_samples as samples
from tests.factories import tea_order
from tests.services.test_services_refunds import req


def _state() -> tuple:
    """Every row of every table: equal means nothing at all changed."""
    return tuple(sorted(model.select().tuples(), key=repr) for model in m.ALL_MODELS)


def _paid(owner, clerk, order_no: str, method=PaymentMethod.ALIPAY, reference="", dest=None):
    """An order paid by ``method``, a one-tea refund of it approved and paid; its payout."""
    payment = Payment(method, f"TXN-{order_no}", "buyer@example.com")
    orders.create_order(clerk, tea_order(order_no, payment=payment))
    request = req(order_no, {1: 1}, destination=dest or Destination())
    refund = refund_requests.request_refund(clerk, request)
    refund_decisions.approve(owner, refund.refund_no)
    sending.record_payout(owner, refund.refund_no, reference=reference)
    return m.Payout.get(m.Payout.refund == m.Refund.get(m.Refund.refund_no == refund.refund_no))


def _major(payout: m.Payout) -> str:
    return f"{payout.amount // 100}.{payout.amount % 100:02d}"


@pytest.fixture
def shop(owner, clerk, accountant):
    """Four Alipay refunds paid today: one with the payout's reference, one found by its order
    number, one the statement shows with another amount, one it does not show."""
    return {
        "by_ref": _paid(owner, clerk, "A1", reference="2026112622001400777"),
        "by_order": _paid(owner, clerk, "A2"),
        "differs": _paid(owner, clerk, "A3"),
        "absent": _paid(owner, clerk, "A4"),
    }


def _alipay(tmp_path: Path, shop) -> Path:
    return samples.alipay(
        tmp_path / "alipay.csv",
        [
            samples.Refund(
                "20261126000000010002", _major(shop["by_ref"]), txn="2026112622001400777"
            ),
            samples.Refund("20261126000000010003", _major(shop["by_order"]), order_no="A2"),
            samples.Refund("20261126000000010004", "1.00", order_no="A3"),
            samples.Refund("20261126000000010005", "999.00", order_no="NOT-OURS"),
        ],
    )


def test_matched_payouts_arrive_with_the_statement_row_in_the_trail(tmp_path, shop, accountant):
    statement = read_statement(_alipay(tmp_path, shop))
    report = reconcile(accountant, statement)

    assert [(line.refund_no, line.how.value, line.outcome) for line in report.matched] == [
        (shop["by_ref"].refund.refund_no, "reference", Outcome.ARRIVED),
        (shop["by_order"].refund.refund_no, "reference", Outcome.ARRIVED),
    ]
    assert report.completed_refunds == 2
    for key in ("by_ref", "by_order"):
        payout = m.Payout.get_by_id(shop[key].id)
        assert payout.status == "received"
        assert payout.confirmed_by.name == "kim"
        assert payout.refund.status == "completed"
    assert m.Payout.get_by_id(shop["absent"].id).status == "sent"

    event = (
        m.AuditEvent.select()
        .where(
            (m.AuditEvent.action == "payout.received")
            & (m.AuditEvent.entity_key == shop["by_order"].refund.refund_no)
        )
        .get()
    )
    after = orjson.loads(event.after_json)
    assert event.user_name == "kim"
    assert after["statement"]["file"] == "alipay.csv"
    assert after["statement"]["row"] == 8  # the 4 "#" lines, the header, a payment, a refund
    assert after["statement"]["provider_ref"] == "20261126000000010003"
    assert after["statement"]["amount"] == shop["by_order"].amount
    assert integrity.check().ok

    assert [(u.provider_ref, u.why) for u in report.unmatched] == [
        ("20261126000000010004", "amount_differs"),
        ("20261126000000010005", "no_payout"),
    ]
    assert {p.refund_no for p in report.missing} == {
        shop["differs"].refund.refund_no,
        shop["absent"].refund.refund_no,
    }


def test_running_the_same_statement_again_changes_nothing(tmp_path, shop, accountant, owner):
    path = _alipay(tmp_path, shop)
    reconcile(accountant, read_statement(path))
    before = _state()

    again = reconcile(owner, read_statement(path))

    assert _state() == before
    assert [line.outcome for line in again.matched] == [Outcome.ALREADY_MATCHED] * 2
    assert again.arrived == 0
    assert len(again.unmatched) == 2


def test_a_payout_confirmed_by_hand_is_already_received_not_matched_again(
    tmp_path, shop, accountant, clerk
):
    arrival.confirm_received(clerk, shop["by_ref"].refund.refund_no)
    report = reconcile(accountant, read_statement(_alipay(tmp_path, shop)))
    outcomes = {line.refund_no: line.outcome for line in report.matched}
    assert outcomes[shop["by_ref"].refund.refund_no] is Outcome.ALREADY_RECEIVED
    assert outcomes[shop["by_order"].refund.refund_no] is Outcome.ARRIVED
    by_hand = m.Payout.get_by_id(shop["by_ref"].id)
    assert (by_hand.status, by_hand.confirmed_by.name) == ("received", "amy")


def test_dry_run_shows_the_same_result_and_writes_nothing(tmp_path, shop, accountant, db_path):
    path = _alipay(tmp_path, shop)
    before = _state()
    raw_before = sqlite3.connect(db_path).execute("SELECT count(*) FROM audit_event").fetchone()

    preview = reconcile(accountant, read_statement(path), dry_run=True)

    assert _state() == before
    assert (
        sqlite3.connect(db_path).execute("SELECT count(*) FROM audit_event").fetchone()
        == raw_before
    )
    assert preview.arrived == 2 and preview.dry_run
    real = reconcile(accountant, read_statement(path))
    assert [(x.refund_no, x.outcome) for x in real.matched] == [
        (x.refund_no, x.outcome) for x in preview.matched
    ]


def test_a_clerk_cannot_reconcile(tmp_path, shop, clerk):
    statement = read_statement(_alipay(tmp_path, shop))
    before = _state()
    with pytest.raises(PermissionDenied) as caught:
        reconcile(clerk, statement)
    assert caught.value.code == "role_not_allowed"
    assert _state() == before


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"\x00\x01\x02 not text", "import_binary"),
        (b"PK\x03\x04 a workbook", "statement_not_csv"),
        ("名称,金额\n茶,1.00\n".encode(), "statement_unknown"),
        (b"", "import_empty"),
    ],
)
def test_bad_files_are_refused_with_a_clear_message(tmp_path, shop, content, code):
    bad = tmp_path / "bad.csv"
    bad.write_bytes(content)
    with pytest.raises(InvalidInput) as caught:
        read_statement(bad)
    assert caught.value.code == code
    assert "bad.csv" in caught.value.message


def test_a_refund_row_with_a_broken_amount_stops_the_reading(tmp_path, shop):
    path = samples.alipay(tmp_path / "a.csv", [samples.Refund("X1", "12.345", order_no="A1")])
    with pytest.raises(InvalidInput) as caught:
        read_statement(path)
    assert caught.value.code == "statement_bad_cell"
    assert "line 7" in caught.value.message and "支出金额" in caught.value.message


@pytest.mark.tampers
def test_a_refund_that_disagrees_with_its_trail_stops_everything(
    tmp_path, shop, accountant, db_path
):
    path = _alipay(tmp_path, shop)
    with sqlite3.connect(db_path) as con:  # someone lowers a refund's total behind our back
        con.execute(
            "UPDATE refund SET total = total - 1 WHERE id = ?", (shop["by_order"].refund_id,)
        )
    before = _state()
    with pytest.raises(StorageError) as caught:
        reconcile(accountant, read_statement(path))
    assert caught.value.code == "refund_tampered"
    assert _state() == before


def test_the_lists_export_as_csv_and_xlsx(tmp_path, shop, accountant):
    report = reconcile(accountant, read_statement(_alipay(tmp_path, shop)))
    unmatched = write_list(report, "unmatched", tmp_path / "unmatched.csv", "en")
    with unmatched.open(encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    assert rows[0][:5] == [
        "Statement row",
        "Statement date",
        "Provider reference",
        "Currency",
        "Amount",
    ]
    assert [r[4] for r in rows[1:]] == ["1.00", "999.00"]
    assert rows[2][7] == "No payout here"

    missing = write_list(report, "missing", tmp_path / "missing.xlsx", "zh")
    book = openpyxl.load_workbook(missing, read_only=True)
    values = list(book.active.values)
    book.close()
    assert values[0][0] == "退款单号"
    assert sorted(v[0] for v in values[1:]) == sorted(
        [shop["differs"].refund.refund_no, shop["absent"].refund.refund_no]
    )


def test_other_routes_match_by_amount_and_date_and_bank_by_mapping(
    tmp_path, owner, clerk, accountant
):
    wx = _paid(owner, clerk, "W1", PaymentMethod.WECHAT_PAY)
    dest = Destination(
        method=PayoutMethod.BANK_TRANSFER,
        account="110123456789012",
        holder="王小芳",
        bank="工商银行",
    )
    bk = _paid(owner, clerk, "B1", PaymentMethod.ALIPAY, dest=dest)
    wx_file = samples.wechat(
        tmp_path / "wx.csv", [samples.Refund("50300000012026112600001", _major(wx))]
    )
    report = reconcile(accountant, read_statement(wx_file))
    assert [(x.refund_no, x.how.value) for x in report.matched] == [
        (wx.refund.refund_no, "amount_date")
    ]
    bank_file = samples.bank(
        tmp_path / "bank.csv",
        [samples.Refund("B20261126001", _major(bk), refund_no=bk.refund.refund_no)],
    )
    mapping = BankMapping.parse(orjson.dumps(samples.BANK_MAPPING).decode())
    report = reconcile(accountant, read_statement(bank_file, "bank", mapping))
    assert [(x.refund_no, x.outcome) for x in report.matched] == [
        (bk.refund.refund_no, Outcome.ARRIVED)
    ]
    assert report.period_from == date(2026, 11, 25)

"""Every service that takes an actor, called as every role on SQLite and on PostgreSQL, against one
explicit table: clerks request, print, record signatures and chase payouts; owners approve, pay and
change settings; accountants read and export. An allowed call succeeds from the state it is built
for, so a widened role check lets a refused role through and fails here; a refusal changes nothing,
not a row, not the audit trail, not a file.
"""

from __future__ import annotations

import importlib
import inspect
import io
import json
import pkgutil
import shutil
import socket
import typing
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import peewee
import pytest
from PIL import Image

import merchant_refunds.services as services_pkg
from merchant_refunds.domain.calculation import Selection
from merchant_refunds.domain.errors import PermissionDenied, StorageError
from merchant_refunds.domain.exchanges import ItemOut
from merchant_refunds.domain.lifecycle import PayoutMethod, Role
from merchant_refunds.domain.order import OrderStatus
from merchant_refunds.domain.order_json import order_to_dict
from merchant_refunds.domain.policy import ReasonCode
from merchant_refunds.domain.reconciliation import Statement, StatementRow
from merchant_refunds.services import (
    attachments,
    audit_log,
    backup,
    clock,
    closing,
    confirmations,
    deadlines,
    exchange_stock,
    exchanges,
    feedback,
    followup,
    fx_rates,
    order_edits,
    order_import,
    orders,
    presale,
    reconciliation,
    refund_decisions,
    refund_goods,
    refund_requests,
    rejection_templates,
    reporting,
    returned_goods,
    settings_io,
    shop_keys,
    shop_settings,
    signatures,
    sku_rules,
    store_credit,
    users,
)
from merchant_refunds.services.notices import (
    delivery,
    mail_server,
    notice_log,
    owner_digest,
    templates,
)
from merchant_refunds.services.payouts import arrival, failures, sending
from merchant_refunds.storage import backups, transfer
from merchant_refunds.storage import models as m
from merchant_refunds.storage.db import close_database, open_database
from tests.factories import FIXED_NOW, make_line, make_order, tea_order

OWNER, CLERK, ACCOUNTANT = Role.OWNER, Role.CLERK, Role.ACCOUNTANT
ALL = frozenset(Role)
ACTORS = {OWNER: "boss", CLERK: "amy", ACCOUNTANT: "kim"}
PINS = {OWNER: "1234", CLERK: "5678", ACCOUNTANT: "6789"}


@dataclass(frozen=True)
class Shop:
    """Refunds of the template database, one per state the actions start from."""

    db_path: Path
    requested: str
    approved: str
    paid: str
    #: Large, approved and signed: ready for instalments.
    signed_large: str
    #: Large, with two instalments scheduled and none sent.
    scheduled: str
    #: Approved, its first payout failed.
    failed: str
    #: A pre-sale order in production: the refund waits for the supplier.
    presale: str
    #: Large, requested by the shop's only owner himself: his PIN approves it.
    own_large: str
    #: The customer holding store credit.
    credit_key: str
    #: An e-mail notice prepared and not sent (the mail server set up is not listening).
    notice_id: int
    backup_file: Path
    #: Where the test's files go (copies, .eml notices); outside the database's folder.
    out: Path
    #: Requested with goods back, the goods received: ready for a deduction.
    received: str = ""


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (120, 40), "white").save(out, "PNG")
    return out.getvalue()


def _request(
    order_no: str,
    lines: dict[int, int] | None = None,
    *,
    goods_return: bool = False,
    destination: refund_requests.Destination | None = None,
    override_reason: str = "",
) -> refund_requests.RefundRequest:
    return refund_requests.RefundRequest(
        order_no,
        Selection(lines or {1: 1}),
        ReasonCode.QUALITY_PROBLEM,
        goods_return=goods_return,
        destination=destination or refund_requests.Destination(),
        override_reason=override_reason,
    )


def _exchange(back: dict[int, int], receipt_no: str) -> exchanges.ExchangeRequest:
    """An exchange on RM-NEW for a dearer item, the difference paid at the till."""
    out = (ItemOut("TEA-99", "大红袍", 100000, 1),)
    return exchanges.ExchangeRequest(
        "RM-NEW", back, out, ReasonCode.WRONG_ITEM, receipt_no=receipt_no
    )


def _closed_port() -> int:
    """A local port nobody listens on: a mail server there refuses at once."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _year() -> reporting.ExportFilter:
    return reporting.ExportFilter(date(2026, 1, 1), date(2026, 12, 31))


def _statement_paying(refund_no: str) -> Statement:
    """An Alipay statement with one refund row: the payout of ``refund_no``, by its number."""
    payout = m.Payout.get(m.Payout.refund == m.Refund.get(m.Refund.refund_no == refund_no))
    row = StatementRow(7, "2026112600001", (refund_no,), payout.amount, payout.currency, None)
    return Statement("alipay.csv", "alipay", "gb18030", [row], 1, None, None, "ab" * 32)


Call = Callable[[users.Actor, Shop], Any]

#: (service function, roles allowed, how to call it). The one table this file checks: every
#: public service function that takes an actor is here (see the completeness test below).
MATRIX: list[tuple[str, frozenset[Role], Call]] = [
    # The gate itself: exactly the roles it is given pass.
    (
        "users.require_role",
        frozenset({OWNER}),
        lambda a, s: users.require_role(a, OWNER, action="do what only owners do"),
    ),
    (
        "users.create_user",
        frozenset({OWNER}),
        lambda a, s: users.create_user(a, "newbie", "clerk", "4321"),
    ),
    ("users.set_role", frozenset({OWNER}), lambda a, s: users.set_role(a, "kim", "clerk")),
    ("users.reset_pin", frozenset({OWNER}), lambda a, s: users.reset_pin(a, "amy", "9999")),
    ("users.set_active", frozenset({OWNER}), lambda a, s: users.set_active(a, "kim", False)),
    # Everyone chooses their own PIN (only their own: test_users).
    ("users.change_own_pin", ALL, lambda a, s: users.change_own_pin(a, "24680")),
    (
        "shop_settings.set_policy",
        frozenset({OWNER}),
        lambda a, s: shop_settings.set_policy(a, {"restocking_fee_bp": 100}),
    ),
    (
        "shop_settings.set_shop",
        frozenset({OWNER}),
        lambda a, s: shop_settings.set_shop(a, {"name": "X"}),
    ),
    (
        "shop_settings.set_payment_methods",
        frozenset({OWNER}),
        lambda a, s: shop_settings.set_payment_methods(
            a, {"cash": {"enabled": True, "min_days": 0, "max_days": 1}}
        ),
    ),
    (
        "shop_settings.set_idle_lock_minutes",
        frozenset({OWNER}),
        lambda a, s: shop_settings.set_idle_lock_minutes(a, 5),
    ),
    (
        "shop_settings.set_pin_min_digits",
        frozenset({OWNER}),
        lambda a, s: shop_settings.set_pin_min_digits(a, 6),
    ),
    (
        "shop_settings.set_journal_accounts",
        frozenset({OWNER}),
        lambda a, s: shop_settings.set_journal_accounts(a, {"sales_returns": ("6001", "Sales")}),
    ),
    (
        "settings_io.apply_settings",
        frozenset({OWNER}),
        lambda a, s: settings_io.apply_settings(a, {"security": {"idle_lock_minutes": 7}}),
    ),
    (
        "orders.create_order",
        frozenset({OWNER, CLERK}),
        lambda a, s: orders.create_order(a, tea_order("RM-ADD")),
    ),
    (
        "orders.add_order_json",
        frozenset({OWNER, CLERK}),
        lambda a, s: orders.add_order_json(
            a, json.dumps(order_to_dict(tea_order("RM-JSON")), default=str)
        ),
    ),
    (
        "order_import.import_orders",
        frozenset({OWNER, CLERK}),
        lambda a, s: order_import.import_orders(
            a,
            [order_import.ImportedOrder(tea_order("RM-IMP"), None, 2)],
            order_import.ImportReport(file_name="orders.csv", file_sha256="ab" * 32),
        ),
    ),
    (
        "sku_rules.set_rules",
        frozenset({OWNER}),
        lambda a, s: sku_rules.set_rules(a, [{"pattern": "TEA-*", "category": "perishable"}]),
    ),
    # The clerk at the counter gives an order that has none its delivery date ...
    (
        "order_edits.set_order",
        frozenset({OWNER, CLERK}),
        lambda a, s: order_edits.set_order(
            a, "RM-UNDELIVERED", order_edits.OrderEdit(delivered_on=date(2026, 11, 25))
        ),
    ),
    # ... but changing one already set, or what the policy excludes, is the owner's.
    (
        "order_edits.set_order changing a delivery date",
        frozenset({OWNER}),
        lambda a, s: order_edits.set_order(
            a, "RM-NEW", order_edits.OrderEdit(delivered_on=date(2026, 11, 25))
        ),
    ),
    (
        "order_edits.set_order with a category",
        frozenset({OWNER}),
        lambda a, s: order_edits.set_order(
            a, "RM-NEW", order_edits.OrderEdit(categories={"TEA-01": "perishable"})
        ),
    ),
    (
        "order_import.save_mapping",
        frozenset({OWNER, CLERK}),
        lambda a, s: order_import.save_mapping(a, ["单号"], {"order_no": "单号"}, "taobao"),
    ),
    (
        "refund_requests.request_refund",
        frozenset({OWNER, CLERK}),
        lambda a, s: refund_requests.request_refund(a, _request("RM-NEW")),
    ),
    # A block (here: outside the refund window) is overridden by an owner only.
    (
        "refund_requests.request_refund with an override",
        frozenset({OWNER}),
        lambda a, s: refund_requests.request_refund(
            a, _request("RM-LATE", override_reason="regular customer, the tea was stale")
        ),
    ),
    (
        "refund_decisions.approve",
        frozenset({OWNER}),
        lambda a, s: refund_decisions.approve(a, s.requested),
    ),
    # The only owner's own large request: approved with his PIN (single-owner self-approval).
    (
        "refund_decisions.self_approve",
        frozenset({OWNER}),
        lambda a, s: refund_decisions.self_approve(a, s.own_large, PINS[a.role]),
    ),
    # The owner types his name and PIN on the screen of whoever is signed in at the counter.
    (
        "refund_decisions.approve_at_counter",
        frozenset({OWNER, CLERK}),
        lambda a, s: refund_decisions.approve_at_counter(a, s.requested, "boss", PINS[OWNER]),
    ),
    (
        "refund_requests.request_refund_authorised",
        frozenset({OWNER, CLERK}),
        lambda a, s: refund_requests.request_refund_authorised(
            a, _request("RM-LATE", override_reason="regular customer"), "boss", PINS[OWNER]
        ),
    ),
    (
        "refund_decisions.reject",
        frozenset({OWNER}),
        lambda a, s: refund_decisions.reject(a, s.requested, "no"),
    ),
    (
        "refund_goods.record_signature",
        frozenset({OWNER, CLERK}),
        lambda a, s: refund_goods.record_signature(a, s.requested),
    ),
    (
        "refund_goods.record_goods_received",
        frozenset({OWNER, CLERK}),
        lambda a, s: refund_goods.record_goods_received(a, s.requested),
    ),
    (
        "payouts.sending.record_payout",
        frozenset({OWNER}),
        lambda a, s: sending.record_payout(a, s.approved),
    ),
    (
        "payouts.arrival.confirm_received",
        frozenset({OWNER, CLERK}),
        lambda a, s: arrival.confirm_received(a, s.paid),
    ),
    (
        "reconciliation.reconcile",
        frozenset({OWNER, ACCOUNTANT}),
        lambda a, s: reconciliation.reconcile(a, _statement_paying(s.paid)),
    ),
    (
        "refund_decisions.cancel",
        frozenset({OWNER, CLERK}),
        lambda a, s: refund_decisions.cancel(a, s.requested),
    ),
    (
        "signatures.attach_signature_file",
        frozenset({OWNER, CLERK}),
        lambda a, s: signatures.attach_signature_file(a, s.requested, "scan.png", _png()),
    ),
    (
        "signatures.record_pad_signature",
        frozenset({OWNER, CLERK}),
        lambda a, s: signatures.record_pad_signature(a, s.requested, _png()),
    ),
    # Evidence of a request or an inspection: whoever is at the counter.
    (
        "attachments.add",
        frozenset({OWNER, CLERK}),
        lambda a, s: attachments.add(a, s.requested, "request", _png(), file_name="crack.png"),
    ),
    (
        "attachments.add_many",
        frozenset({OWNER, CLERK}),
        lambda a, s: attachments.add_many(a, s.requested, "inspection", [("box.png", _png())]),
    ),
    (
        "refund_decisions.reject with a template and evidence",
        frozenset({OWNER}),
        lambda a, s: refund_decisions.reject(
            a, s.requested, template="used", files=[("worn.png", _png())]
        ),
    ),
    (
        "rejection_templates.set_templates",
        frozenset({OWNER}),
        lambda a, s: rejection_templates.set_templates(
            a, [rejection_templates.RejectionTemplate("worn", "有穿着痕迹", "Worn")]
        ),
    ),
    # Money leaves the shop: owners only.
    (
        "payouts.sending.schedule_instalments",
        frozenset({OWNER}),
        lambda a, s: sending.schedule_instalments(a, s.signed_large, 2),
    ),
    (
        "payouts.sending.send_payout",
        frozenset({OWNER}),
        lambda a, s: sending.send_payout(a, s.scheduled, 1, reference="TX9"),
    ),
    (
        "payouts.failures.retry_payout",
        frozenset({OWNER}),
        lambda a, s: failures.retry_payout(a, s.failed, 1),
    ),
    # The counter hears of a bounced payout first; marking it failed moves no money.
    (
        "payouts.failures.mark_failed",
        frozenset({OWNER, CLERK}),
        lambda a, s: failures.mark_failed(a, s.paid, 1, "bounced"),
    ),
    # An exchange is counter work; undoing one recorded by mistake is the owner's.
    (
        "exchanges.record_exchange",
        frozenset({OWNER, CLERK}),
        lambda a, s: exchanges.record_exchange(a, _exchange({1: 1}, "POS-2")),
    ),
    (
        "exchanges.cancel_exchange",
        frozenset({OWNER}),
        lambda a, s: exchanges.cancel_exchange(a, m.Exchange.get().exchange_no, "wrong order"),
    ),
    # Receiving an exchange's units back is counter work, as receiving a refund's goods is.
    (
        "exchange_stock.receive_exchange_goods",
        frozenset({OWNER, CLERK}),
        lambda a, s: exchange_stock.receive_exchange_goods(a, m.Exchange.get().exchange_no),
    ),
    # Spending credit is a sale at the counter.
    (
        "store_credit.use_credit",
        frozenset({OWNER, CLERK}),
        lambda a, s: store_credit.use_credit(a, s.credit_key, 1000, "CNY", "T-0042"),
    ),
    # Paying credit out in cash takes money from the till: owners only.
    (
        "store_credit.cash_out",
        frozenset({OWNER}),
        lambda a, s: store_credit.cash_out(a, s.credit_key, 1000, "CNY"),
    ),
    # Deducting for a returned unit's diminished value is the owner's decision; what came back
    # into stock everyone may read.
    (
        "returned_goods.deduct",
        frozenset({OWNER}),
        lambda a, s: returned_goods.deduct(a, s.received, 1, 1, 100, "scuffed"),
    ),
    (
        "returned_goods.stock_ledger",
        frozenset({OWNER, CLERK, ACCOUNTANT}),
        lambda a, s: returned_goods.stock_ledger(a),
    ),
    # What the shop owes its customers is for the books: owners and accountants.
    (
        "store_credit.balances_at",
        frozenset({OWNER, ACCOUNTANT}),
        lambda a, s: store_credit.balances_at(a, date(2026, 12, 31)),
    ),
    # Following up with the customer, the bank and the supplier is counter work.
    (
        "followup.add_note",
        frozenset({OWNER, CLERK}),
        lambda a, s: followup.add_note(a, s.paid, "called the bank", 1),
    ),
    # Giving the shop more time is the owner's decision; the reason goes in the trail.
    (
        "deadlines.extend",
        frozenset({OWNER}),
        lambda a, s: deadlines.extend(a, s.requested, date(2026, 12, 10), "customer abroad"),
    ),
    (
        "notices.owner_digest.set_digest",
        frozenset({OWNER}),
        lambda a, s: owner_digest.set_digest(
            a, owner_digest.DigestSettings(True, "boss@example.com", "zh")
        ),
    ),
    (
        "notices.owner_digest.send_digest",
        frozenset({OWNER}),
        lambda a, s: owner_digest.send_digest(a),
    ),
    (
        "feedback.record_feedback",
        frozenset({OWNER, CLERK}),
        lambda a, s: feedback.record_feedback(a, s.paid, 5, "quick"),
    ),
    (
        "presale.record_supplier_confirmation",
        frozenset({OWNER, CLERK}),
        lambda a, s: presale.record_supplier_confirmation(
            a, s.presale, "工厂李经理", date(2026, 11, 25), "agreed"
        ),
    ),
    (
        "notices.notice_log.prepare",
        frozenset({OWNER, CLERK}),
        lambda a, s: notice_log.prepare(a, s.paid, "paid", "zh", "sms"),
    ),
    (
        "notices.delivery.save_eml",
        frozenset({OWNER, CLERK}),
        lambda a, s: delivery.save_eml(a, s.notice_id, s.out / "notice.eml"),
    ),
    (
        "notices.delivery.send_email",
        frozenset({OWNER, CLERK}),
        lambda a, s: delivery.send_email(a, s.notice_id),
    ),
    # Recording what became of a notice is part of sending it.
    (
        "notices.notice_log.finish",
        frozenset({OWNER, CLERK}),
        lambda a, s: notice_log.finish(a, s.notice_id, notice_log.NoticeStatus.SENT, ""),
    ),
    # What the shop says to customers and through which server: owners.
    (
        "notices.templates.set_template",
        frozenset({OWNER}),
        lambda a, s: templates.set_template(a, "paid", "en", "Paid", "Hi {customer}"),
    ),
    (
        "notices.mail_server.set_smtp",
        frozenset({OWNER}),
        lambda a, s: mail_server.set_smtp(
            a, mail_server.SmtpSettings("mail.example.com", 587, "starttls", "", "shop@example.com")
        ),
    ),
    # Re-printing for the books is reading; every print is counted in the audit trail.
    (
        "confirmations.record_print",
        ALL,
        lambda a, s: confirmations.record_print(a, s.requested),
    ),
    (
        "confirmations.record_prints",
        ALL,
        lambda a, s: confirmations.record_prints(a, [s.requested]),
    ),
    # Reports, exports and the audit trail are for owners and accountants.
    (
        "reporting.require_reader",
        frozenset({OWNER, ACCOUNTANT}),
        lambda a, s: reporting.require_reader(a),
    ),
    (
        "reporting.count_rows",
        frozenset({OWNER, ACCOUNTANT}),
        lambda a, s: reporting.count_rows(a, "refunds", _year()),
    ),
    (
        "reporting.iter_pages",
        frozenset({OWNER, ACCOUNTANT}),
        lambda a, s: list(reporting.iter_pages(a, "payouts", _year())),
    ),
    (
        "reporting.journal_sources",
        frozenset({OWNER, ACCOUNTANT}),
        lambda a, s: list(reporting.journal_sources(a, _year())),
    ),
    (
        "reporting.journal_exchanges",
        frozenset({OWNER, ACCOUNTANT}),
        lambda a, s: reporting.journal_exchanges(a, _year()),
    ),
    (
        "reporting.report_data",
        frozenset({OWNER, ACCOUNTANT}),
        lambda a, s: reporting.report_data(a, date(2026, 1, 1), date(2026, 12, 31)),
    ),
    (
        "reporting.database_totals",
        frozenset({OWNER, ACCOUNTANT}),
        lambda a, s: reporting.database_totals(a, "refunds", _year(), "total"),
    ),
    ("audit_log.choices", frozenset({OWNER, ACCOUNTANT}), lambda a, s: audit_log.choices(a)),
    (
        "audit_log.event_ids",
        frozenset({OWNER, ACCOUNTANT}),
        lambda a, s: audit_log.event_ids(a, audit_log.AuditFilter(user="amy")),
    ),
    ("audit_log.get_event", frozenset({OWNER, ACCOUNTANT}), lambda a, s: audit_log.get_event(a, 1)),
    ("audit_log.verify", frozenset({OWNER, ACCOUNTANT}), lambda a, s: audit_log.verify(a)),
    # The daily closing is the books' end of day: owners and accountants see and record it.
    (
        "closing.compute_closing",
        frozenset({OWNER, ACCOUNTANT}),
        lambda a, s: closing.compute_closing(a),
    ),
    (
        "closing.record_closing",
        frozenset({OWNER, ACCOUNTANT}),
        lambda a, s: closing.record_closing(a),
    ),
    # The books' exchange rates are the accountant's (and the owner's) to enter.
    (
        "fx_rates.set_day_rate",
        frozenset({OWNER, ACCOUNTANT}),
        lambda a, s: fx_rates.set_day_rate(a, "JPY", date(2026, 11, 20), "0.0478"),
    ),
    (
        "fx_rates.set_day_rates",
        frozenset({OWNER, ACCOUNTANT}),
        lambda a, s: fx_rates.set_day_rates(a, [("USD", date(2026, 11, 20), "7.1234")]),
    ),
    # Taking the data off the computer is an export: owners and accountants.
    (
        "backup.save_copy",
        frozenset({OWNER, ACCOUNTANT}),
        lambda a, s: backup.save_copy(a, s.db_path, s.out / "usb" / "c.sqlite3"),
    ),
    # A backup beside the database protects the data, whoever is working.
    ("backup.back_up_now", ALL, lambda a, s: backup.back_up_now(a, s.db_path)),
    (
        "backup.restore_backup",
        frozenset({OWNER}),
        lambda a, s: backup.restore_backup(a, s.db_path, s.backup_file),
    ),
    ("backup.check_may_restore", frozenset({OWNER}), lambda a, s: backup.check_may_restore(a)),
    # The shop key keys the audit trail: only the owner sees its recovery sheet.
    ("shop_keys.recovery_sheet", frozenset({OWNER}), lambda a, s: shop_keys.recovery_sheet(a)),
]


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Shop]:
    """One shop with users, orders, refunds, payouts, credit and a notice in each state the
    actions start from, built once and copied for every test."""
    folder = tmp_path_factory.mktemp("template")
    path = folder / "shop.sqlite3"
    clock.set_clock(lambda: FIXED_NOW)
    try:
        open_database(path, create=True)
        boss = users.create_user(None, "boss", OWNER.value, PINS[OWNER])
        amy = users.create_user(boss, "amy", CLERK.value, PINS[CLERK])
        users.create_user(boss, "kim", ACCOUNTANT.value, PINS[ACCOUNTANT])
        for no in ("RM-REQ", "RM-APP", "RM-PAID", "RM-NEW", "RM-FAIL", "RM-CREDIT", "RM-GOODS"):
            orders.create_order(amy, tea_order(no))
        for no in ("RM-BIG", "RM-INST", "RM-OWN"):  # 2 x 1,000.00: a large refund
            orders.create_order(amy, make_order(no, [make_line(1, quantity=2, unit_price=100000)]))
        orders.create_order(
            amy, tea_order("RM-PRE", status=OrderStatus.PRESALE_IN_PRODUCTION, presale=True)
        )
        orders.create_order(amy, tea_order("RM-LATE", delivered_at=datetime(2026, 1, 5, 12, 0)))
        orders.create_order(
            amy, tea_order("RM-UNDELIVERED", status=OrderStatus.PAID, delivered_at=None)
        )
        requested = refund_requests.request_refund(
            amy, _request("RM-REQ", goods_return=True)
        ).refund_no
        received = refund_requests.request_refund(
            amy, _request("RM-GOODS", goods_return=True)
        ).refund_no
        refund_goods.record_goods_received(amy, received)
        approved = refund_requests.request_refund(amy, _request("RM-APP")).refund_no
        refund_decisions.approve(boss, approved)
        paid = refund_requests.request_refund(amy, _request("RM-PAID")).refund_no
        refund_decisions.approve(boss, paid)
        sending.record_payout(boss, paid)
        large = []
        for no in ("RM-BIG", "RM-INST"):
            refund_no = refund_requests.request_refund(amy, _request(no, {1: 2})).refund_no
            refund_decisions.approve(boss, refund_no)
            refund_goods.record_signature(amy, refund_no)
            large.append(refund_no)
        signed_large, scheduled = large
        sending.schedule_instalments(boss, scheduled, 2, send_first=False)
        failed = refund_requests.request_refund(amy, _request("RM-FAIL")).refund_no
        refund_decisions.approve(boss, failed)
        sending.record_payout(boss, failed)
        failures.mark_failed(boss, failed, 1, "account frozen")
        credit = _request(
            "RM-CREDIT", destination=refund_requests.Destination(PayoutMethod.STORE_CREDIT)
        )
        credited = refund_requests.request_refund(amy, credit).refund_no
        refund_decisions.approve(boss, credited)
        sending.record_payout(boss, credited)
        presale_no = refund_requests.request_refund(amy, _request("RM-PRE")).refund_no
        own_large = refund_requests.request_refund(boss, _request("RM-OWN", {1: 2})).refund_no
        mail_server.set_smtp(
            boss, mail_server.SmtpSettings("127.0.0.1", _closed_port(), "none", "", "s@example.com")
        )
        exchanges.record_exchange(amy, _exchange({2: 1}, "POS-1"))
        notice_id = notice_log.prepare(amy, paid, "paid", "en", "email").id
        close_database()
        kept = backups.copy_database(path, folder / "kept.sqlite3")
        yield Shop(
            path,
            requested,
            approved,
            paid,
            signed_large,
            scheduled,
            failed,
            presale_no,
            own_large,
            store_credit.customer_key("13800138000", "", ""),
            notice_id,
            kept,
            folder,
            received,
        )
    finally:
        close_database()
        clock.set_clock(None)


@pytest.fixture(scope="module")
def pg_template(template: Shop, pg_base: str) -> str:
    """The same shop on PostgreSQL (copied with ``migrate-db``'s code), as a template database."""
    from tests.pg_server import new_database

    url = new_database(pg_base)
    transfer.copy_to_postgres(template.db_path, url)
    return url.rsplit("/", 1)[1]


@pytest.fixture(params=["sqlite", "postgresql"])
def shop(
    request: pytest.FixtureRequest, template: Shop, tmp_path: Path, fixed_clock: None
) -> Iterator[Shop]:
    out = tmp_path / "elsewhere"
    out.mkdir()
    kept = out / "kept.sqlite3"
    shutil.copyfile(template.backup_file, kept)
    if request.param == "sqlite":
        path = tmp_path / "shop.sqlite3"
        shutil.copyfile(template.db_path, path)
        opened = open_database(path)
    else:
        from tests.pg_server import drop_database, new_database

        name = request.getfixturevalue("pg_template")
        url = new_database(request.getfixturevalue("pg_base"), name)
        request.addfinalizer(lambda: drop_database(url))
        opened = open_database(url)
    yield Shop(
        opened,
        template.requested,
        template.approved,
        template.paid,
        template.signed_large,
        template.scheduled,
        template.failed,
        template.presale,
        template.own_large,
        template.credit_key,
        template.notice_id,
        kept,
        out,
        template.received,
    )
    close_database()


def _state(shop: Shop) -> tuple[object, ...]:
    """Every row of every table, and the files in the test's output folder."""
    tables = tuple(sorted(model.select().tuples(), key=repr) for model in m.ALL_MODELS)
    files = sorted(str(p.relative_to(shop.out)) for p in shop.out.rglob("*"))
    return tables, files


CASES = [
    pytest.param(name, role, call, id=f"{name}-{role.value}")
    for name, _allowed, call in MATRIX
    for role in (OWNER, CLERK, ACCOUNTANT)
]


@pytest.mark.parametrize(("name", "role", "call"), CASES)
def test_every_service_as_every_role(shop: Shop, name: str, role: Role, call: Call) -> None:
    allowed = next(a for n, a, _ in MATRIX if n == name)
    actor = users.get_actor(ACTORS[role])
    on_server = not isinstance(shop.db_path, Path)
    if role in allowed:
        if on_server and name.startswith("backup.") and name != "backup.check_may_restore":
            with pytest.raises(StorageError, match="PostgreSQL server"):
                call(actor, shop)
            return
        call(actor, shop)
        return
    before = _state(shop)
    with pytest.raises(PermissionDenied) as caught:
        call(actor, shop)
    assert caught.value.code in {"role_not_allowed", "owner_only", "override_owner_only"}
    assert _state(shop) == before
    if not on_server:
        assert not list(backups.list_backups(shop.db_path))


#: Gates that sign a person in from a name and PIN instead of taking an actor: (service, roles
#: allowed, how to call it with a user's name and PIN). Recovering a damaged database checks the
#: owner against the users of the backup being restored.
PIN_GATES: list[tuple[str, frozenset[Role], Callable[[Shop, str, str], Any]]] = [
    (
        "backup.owner_in_backup",
        frozenset({OWNER}),
        lambda s, name, pin: backup.owner_in_backup(s.backup_file, name, pin),
    ),
]


@pytest.mark.parametrize(
    ("name", "role", "call"),
    [
        pytest.param(name, role, call, id=f"{name}-{role.value}")
        for name, _allowed, call in PIN_GATES
        for role in (OWNER, CLERK, ACCOUNTANT)
    ],
)
def test_every_pin_gate_as_every_role(template: Shop, name: str, role: Role, call: Any) -> None:
    allowed = next(a for n, a, _ in PIN_GATES if n == name)
    if role in allowed:
        assert call(template, ACTORS[role], PINS[role]).role is role
        return
    with pytest.raises(PermissionDenied) as caught:
        call(template, ACTORS[role], PINS[role])
    assert caught.value.code == "role_not_allowed", caught.value


def _takes_a_row(func: Callable[..., Any]) -> bool:
    """A step that takes a storage row runs inside the write transaction of an action that
    checked the role already; the faces cannot call it (they never see storage rows)."""
    hints = typing.get_type_hints(func)
    return any(isinstance(h, type) and issubclass(h, peewee.Model) for h in hints.values())


def _checks_a_role(func: Callable[..., Any]) -> bool:
    source = inspect.getsource(func)
    return "require_role(" in source or "require_reader(" in source


def _gated_services() -> set[str]:
    """``module.function`` for every public function in ``services`` and its sub-packages that
    takes an actor or checks a role itself, named by its module's path below ``services``."""
    found = set()
    prefix = f"{services_pkg.__name__}."
    for info in pkgutil.walk_packages(services_pkg.__path__, prefix):
        module = importlib.import_module(info.name)
        for fname, func in inspect.getmembers(module, inspect.isfunction):
            if fname.startswith("_") or func.__module__ != module.__name__:
                continue
            takes_actor = "actor" in inspect.signature(func).parameters
            if (takes_actor and not _takes_a_row(func)) or _checks_a_role(func):
                found.add(f"{info.name.removeprefix(prefix)}.{fname}")
    return found


def test_the_matrix_covers_every_service_that_takes_an_actor() -> None:
    # "service.function with …": one of the function's actions, checked apart.
    listed = [name for name, _, _ in [*MATRIX, *PIN_GATES] if " " not in name]
    gated = _gated_services()
    missing = gated - set(listed)
    assert not missing, f"add these to MATRIX in {__file__}: {sorted(missing)}"
    assert set(listed) <= gated, sorted(set(listed) - gated)
    assert len(set(listed)) == len(listed), "a service is listed twice"


def test_pins_are_salted_slow_hashes_and_guessing_is_throttled(shop: Shop) -> None:
    row = m.User.get(m.User.name == "amy")
    scheme, n, _r, _p, salt, digest = row.pin_hash.split("$")
    assert (scheme, int(n)) == ("scrypt", users.PIN_KDF.n)  # production cost: see test_users
    assert "5678" not in row.pin_hash and len(salt) == 32 and len(digest) == 128
    assert users.hash_pin("5678") != users.hash_pin("5678")
    for _ in range(users.MAX_ATTEMPTS):
        with pytest.raises(PermissionDenied, match="Wrong PIN"):
            users.authenticate("amy", "0000")
    with pytest.raises(PermissionDenied) as locked:
        users.authenticate("amy", "5678")
    assert locked.value.code == "user_locked"
    clock.set_clock(lambda: FIXED_NOW + users.LOCKOUT)
    assert users.authenticate("amy", "5678").role is CLERK

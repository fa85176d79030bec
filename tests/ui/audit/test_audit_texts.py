"""The audit trail in words: field names, money in its currency, codes as labels, both languages."""

from __future__ import annotations

from datetime import datetime

import pytest

from merchant_refunds.services.audit import AuditEntry
from merchant_refunds.ui.audit import audit_texts
from merchant_refunds.ui.common import i18n


def _entry(action: str, entity: str, before: object, after: object) -> AuditEntry:
    return AuditEntry(1, datetime(2026, 6, 15, 9, 30), "boss", action, entity, "X1", before, after)


@pytest.fixture
def chinese() -> object:
    yield i18n.apply_language(i18n.CHINESE)
    i18n.apply_language(i18n.ENGLISH)


def test_a_payout_reads_in_money_and_words_not_minor_units() -> None:
    entry = _entry(
        "payout.send",
        "refund",
        None,
        {"amount": 100000, "currency": "CNY", "method": "bank_transfer", "seq": 1},
    )
    rows = audit_texts.change_rows(entry, "zh_CN")
    assert ("Amount", "∅", "¥1,000.00") in rows
    assert ("Method", "∅", "Bank transfer") in rows
    summary = audit_texts.change_summary(entry, "zh_CN")
    assert "100000" not in summary and "amount" not in summary


def test_codes_dates_and_flags_become_words() -> None:
    entry = _entry(
        "notice.prepare",
        "refund",
        {"status": "requested", "signed_at": None},
        {
            "status": "approved",
            "signed_at": "2026-06-14T15:38:00",
            "channel": "clipboard",
            "goods_return": True,
            "excluded_categories": ["perishable"],
            "findings": ["in_transit"],
        },
    )
    rows = {field: (old, new) for field, old, new in audit_texts.change_rows(entry, "en")}
    assert rows["Status"] == ("Waiting for approval", "Approved")
    assert rows["Signed at"] == ("∅", "Jun 14, 2026 15:38")
    assert rows["Sent by"] == ("∅", "Copied to the clipboard")
    assert rows["Goods come back"] == ("∅", "Yes")
    assert rows["Excluded from no-reason returns"] == ("∅", "Fresh and perishable goods")
    assert rows["Review findings"] == ("∅", "still in transit")


def test_nothing_becoming_an_empty_list_is_not_shown_as_a_change() -> None:
    entry = _entry(
        "refund.request", "refund", None, {"findings": [], "total": 2860, "currency": "USD"}
    )
    assert audit_texts.change_rows(entry, "en") == [
        ("Total", "∅", "$28.60"),
        ("Currency", "∅", "USD"),
    ]


def test_chinese_names_for_fields_values_and_entities(chinese: object) -> None:
    entry = _entry(
        "notice.sent", "refund", None, {"channel": "sms", "amount": 500, "currency": "CNY"}
    )
    rows = audit_texts.change_rows(entry, "zh_CN")
    assert rows[0][0] != "Sent by" and rows[0][2] != "sms"
    assert audit_texts.entity_label("order") == "订单"
    assert rows[1][2] == "¥5.00"

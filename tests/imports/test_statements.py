"""Reading the providers' statements: each sample (with its format's quirks) gives exactly its
refund rows, with exact amounts, the references matching needs and the period it covers; a file
claimed to be another format, or a bank statement without a mapping, is refused clearly."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from merchant_refunds.domain.errors import InvalidInput
from merchant_refunds.domain.reconciliation import (
    PayoutCandidate,
    Statement,
    StatementRow,
    Unmatched,
    match,
)
from merchant_refunds.imports.statements import BankMapping, detect_format, read_statement
from tests import statement_samples as samples

REFUNDS = [
    samples.Refund(
        "RF0001", "1,288.50", "2026-11-26 15:30:00", "ORD-1", "R-1", "TXN-1", "退款 R20261126-0001"
    ),
    samples.Refund("RF0002", "0.01", "2026-11-27 09:00:00", "ORD-2", "R-2", "TXN-2"),
]


def test_alipay_gbk_with_header_and_footer_lines(tmp_path):
    statement = read_statement(samples.alipay(tmp_path / "a.csv", REFUNDS))
    assert (statement.format, statement.encoding) == ("alipay", "gb18030")
    assert statement.rows_read == 4  # a payment, two refunds, a fee; not the "#" lines
    assert [(r.provider_ref, r.amount, r.currency, r.on) for r in statement.rows] == [
        ("RF0001", 128850, "CNY", date(2026, 11, 26)),
        ("RF0002", 1, "CNY", date(2026, 11, 27)),
    ]
    assert {"ORD-1", "TXN-1", "R20261126-0001"} <= set(statement.rows[0].references)
    assert (statement.period_from, statement.period_to) == (date(2026, 11, 1), date(2026, 11, 30))


def test_wechat_backticks_and_summary(tmp_path):
    statement = read_statement(samples.wechat(tmp_path / "w.csv", REFUNDS))
    assert statement.format == "wechat"
    assert statement.rows_read == 3  # the summary header and row are not rows
    assert [(r.provider_ref, r.amount, r.references[:2]) for r in statement.rows] == [
        ("RF0001", 128850, ("R-1", "ORD-1")),
        ("RF0002", 1, ("R-2", "ORD-2")),
    ]


def test_stripe_negative_amounts_in_lower_case_currency(tmp_path):
    usd = [samples.Refund("txn_1REFUND01", "45.10", currency="USD", refund_no="R-9", txn="ch_1")]
    statement = read_statement(samples.stripe(tmp_path / "s.csv", usd))
    assert statement.format == "stripe"
    row = statement.rows[0]
    assert (row.provider_ref, row.amount, row.currency) == ("txn_1REFUND01", 4510, "USD")
    assert {"re_1REFUND01", "ch_1", "R-9"} <= set(row.references)


def test_paypal_us_dates_and_thousands(tmp_path):
    usd = [
        samples.Refund("9XY", "1,001.00", "2026-11-28 10:00:00", "INV-7", txn="8AB", currency="USD")
    ]
    statement = read_statement(samples.paypal(tmp_path / "p.csv", usd))
    assert statement.format == "paypal"
    row = statement.rows[0]
    assert (row.provider_ref, row.amount, row.on) == ("9XY", 100100, date(2026, 11, 28))
    assert row.references[:2] == ("INV-7", "8AB")


def test_bank_with_a_mapping_debit_column_and_wrapped_numbers(tmp_path):
    path = samples.bank(tmp_path / "b.csv", REFUNDS)
    with pytest.raises(InvalidInput) as caught:
        read_statement(path, "bank")
    assert caught.value.code == "mapping_missing"
    statement = read_statement(path, "bank", BankMapping(**samples.BANK_MAPPING))
    assert [(r.provider_ref, r.amount, r.on) for r in statement.rows] == [
        ("RF0001", 128850, date(2026, 11, 26)),
        ("RF0002", 1, date(2026, 11, 27)),
    ]
    assert statement.rows[0].references[0] == "R-1"


def test_a_signed_amount_mapping_reads_money_out_as_negative(tmp_path):
    path = tmp_path / "signed.csv"
    path.write_text("Date,Amount,Ref\n2026-11-26,-12.30,R-1\n2026-11-26,50.00,IN-1\n")
    statement = read_statement(
        path,
        "bank",
        BankMapping.parse('{"date":"Date","amount":"Amount","reference":"Ref","currency":"EUR"}'),
    )
    assert [(r.amount, r.currency, r.references) for r in statement.rows] == [
        (1230, "EUR", ("R-1",))
    ]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("{not json", "mapping_invalid"),
        ("no-such-mapping.json", "mapping_unreadable"),
        ('{"date": "D"}', "mapping_incomplete"),
        ('{"date": "D", "amount": "A", "colour": "x"}', "mapping_fields"),
    ],
)
def test_bad_mappings_are_refused(text, code):
    with pytest.raises(InvalidInput) as caught:
        BankMapping.parse(text)
    assert caught.value.code == code


def test_a_file_of_another_format_is_not_recognised(tmp_path):
    path = samples.paypal(tmp_path / "p.csv", REFUNDS)
    with pytest.raises(InvalidInput) as caught:
        read_statement(path, "alipay")
    assert caught.value.code == "statement_not_recognised"
    assert "p.csv" in caught.value.message and "Alipay" in caught.value.message


def test_formats_are_detected_from_their_headers(tmp_path):
    for writer, fmt in [
        (samples.alipay, "alipay"),
        (samples.wechat, "wechat"),
        (samples.stripe, "stripe"),
        (samples.paypal, "paypal"),
    ]:
        path = writer(tmp_path / f"{fmt}.csv", REFUNDS)
        assert read_statement(path).format == fmt
    assert detect_format("a,b,c\n1,2,3\n") is None


# --- the matching rules, on plain data ---------------------------------------------------------


def _payout(pid: int, amount: int, *, ref: str = "", order: str = "", sent: int = 26, **kw):
    return PayoutCandidate(
        id=pid,
        refund_no=f"R{pid}",
        seq=1,
        order_no=order or f"O{pid}",
        payment_reference="",
        reference=ref,
        method=kw.get("method", "original_route"),
        payment_method=kw.get("payment_method", "alipay"),
        amount=amount,
        currency="CNY",
        status=kw.get("status", "sent"),
        sent_at=datetime(2026, 11, sent, 10, 0),
        expected_to=date(2026, 11, sent) + timedelta(days=kw.get("days", 0)),
    )


def _row(n: int, amount: int, *refs: str, day: int = 26) -> StatementRow:
    return StatementRow(n, f"P{n}", refs, amount, "CNY", date(2026, 11, day))


def _statement(*rows: StatementRow) -> Statement:
    return Statement(
        "s.csv", "alipay", "utf-8", list(rows), len(rows), date(2026, 11, 1), date(2026, 11, 30)
    )


def test_reference_first_then_unambiguous_amount_and_date():
    payouts = [_payout(1, 500, ref="REF-1"), _payout(2, 700), _payout(3, 900), _payout(4, 900)]
    result = match(
        _statement(_row(1, 500, "REF-1"), _row(2, 700), _row(3, 900), _row(4, 123)), payouts
    )
    assert [(x.row.row, x.payout.id, x.how.value) for x in result.matches] == [
        (1, 1, "reference"),
        (2, 2, "amount_date"),
    ]
    assert [(u.row.row, u.why) for u in result.unmatched] == [
        (3, Unmatched.AMBIGUOUS),
        (4, Unmatched.NO_PAYOUT),
    ]
    assert {p.id for p in result.missing} == {3, 4}


def test_one_payout_is_never_matched_twice():
    payouts = [_payout(1, 500, order="O-SAME")]
    result = match(_statement(_row(1, 500, "O-SAME"), _row(2, 500, "O-SAME")), payouts)
    assert [x.row.row for x in result.matches] == [1]
    assert [(u.row.row, u.why) for u in result.unmatched] == [(2, Unmatched.NO_PAYOUT)]


def test_an_order_with_two_refunds_matches_each_by_its_own_number():
    payouts = [_payout(1, 500, order="O-9"), _payout(2, 500, order="O-9")]
    result = match(_statement(_row(1, 500, "O-9", "R2"), _row(2, 500, "O-9", "R1")), payouts)
    assert [(x.row.row, x.payout.id) for x in result.matches] == [(1, 2), (2, 1)]


def test_amounts_outside_the_window_or_another_route_do_not_match():
    payouts = [
        _payout(1, 500, sent=10),  # expected by the 10th: the 26th is past the grace days
        _payout(2, 600, payment_method="wechat_pay"),  # a WeChat payout on an Alipay statement
        _payout(3, 700, sent=27),  # sent after the row's date
    ]
    result = match(_statement(_row(1, 500), _row(2, 600), _row(3, 700)), payouts)
    assert result.matches == []
    assert {p.id for p in result.missing} == {1, 3}  # the WeChat payout is not this statement's


def test_a_reference_with_another_amount_is_reported_not_matched():
    result = match(_statement(_row(1, 499, "REF-1")), [_payout(1, 500, ref="REF-1")])
    assert result.matches == []
    assert [u.why for u in result.unmatched] == [Unmatched.AMOUNT_DIFFERS]


def test_only_payouts_due_within_the_period_are_missing():
    late = _payout(1, 500, sent=29, days=3)  # due 2 December: after the statement's end
    early = _payout(2, 500, sent=20)
    result = match(_statement(), [late, early, _payout(3, 1, status="received")])
    assert [p.id for p in result.missing] == [2]


def test_routes_rows_without_a_provider_number_and_payouts_without_a_range():
    bank = _payout(1, 500, method="bank_transfer")
    cash = _payout(2, 500, method="cash")
    assert (bank.route, cash.route) == ("bank", None)
    unranged = PayoutCandidate(**{**_payout(3, 1).__dict__, "expected_to": None})
    assert unranged.latest_arrival() == date(2026, 11, 29)  # sent on the 26th, plus 3 days
    row = StatementRow(5, "", ("R-1",), 500, "CNY", date(2026, 11, 26), "note")
    assert row.key == "2026-11-26|500|CNY|R-1|note"  # its identity on re-runs: what it says
    undated = StatementRow(6, "P6", (), 1, "CNY", None)
    statement = Statement("s.csv", "alipay", "utf-8", [undated], 1, None, None)
    result = match(statement, [unranged])
    assert result.matches == [] and result.missing == []  # no date, no period: nothing guessed

"""Hostile input through the services: SQL-looking text, 10,000-character names, control
characters, right-to-left overrides, emoji and CJK in every text field, amounts at the limits of
64-bit minor units. Odd but harmless text is stored exactly; the rest is refused with a clear
error and nothing stored half-way; the confirmation PDF and a CSV export stay correct.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from merchant_refunds.documents.confirmation import render_confirmation
from merchant_refunds.domain.calculation import Selection
from merchant_refunds.domain.errors import InvalidInput, RefundsError
from merchant_refunds.domain.money import MAX_MINOR
from merchant_refunds.domain.order import Customer, Payment, PaymentMethod, validate_and_allocate
from merchant_refunds.domain.order_json import order_to_dict
from merchant_refunds.domain.policy import ReasonCode
from merchant_refunds.domain.text_rules import check_text
from merchant_refunds.services import audit, orders, refunds, settings, users
from merchant_refunds.storage import models as m
from tests.factories import make_line, make_order, tea_order

SQL = "Robert'); DROP TABLE refund;-- \" OR 1=1 /*"
EMOJI = "退款 🧾💸 👨‍👩‍👧 ﷽"
CJK = "龍井茶　全角　𠀀𪚥 漢字かなカナ한글"
FORMAT = "{0} {name} %s %(x)d {{}}"
HARMLESS = {"sql": SQL, "emoji": EMOJI, "cjk": CJK, "format": FORMAT}

HUGE = "長" * 10_000
NUL = "Wang\x00Fang"
ESCAPE = "\x1b[31mred\x1b[0m"
NEWLINE = "two\nlines"
RLO = "invoice\u202egnp.exe"
ISOLATE = "\u2066hidden\u2069"
SURROGATE = "broken\ud800"
HOSTILE = {
    "huge": HUGE,
    "nul": NUL,
    "escape": ESCAPE,
    "newline": NEWLINE,
    "rlo": RLO,
    "isolate": ISOLATE,
    "surrogate": SURROGATE,
}


def _state() -> tuple[int, ...]:
    return tuple(model.select().count() for model in m.ALL_MODELS)


def _refused(call: Callable[[], Any]) -> RefundsError:
    """The call fails with an expected error whose message says what is wrong; nothing changed."""
    before = _state()
    last_event = m.AuditEvent.select().order_by(m.AuditEvent.id.desc()).first()
    with pytest.raises(InvalidInput) as caught:
        call()
    assert _state() == before
    assert m.AuditEvent.select().order_by(m.AuditEvent.id.desc()).first() == last_event
    message = caught.value.message
    assert message and "Traceback" not in message and len(message) < 300
    return caught.value


# order fields

ORDER_FIELDS: dict[str, Callable[[Any, str], Any]] = {
    "order_no": lambda o, t: dataclasses.replace(o, order_no=t),
    "customer.name": lambda o, t: dataclasses.replace(o, customer=Customer(t, "138", "a@b.c")),
    "customer.phone": lambda o, t: dataclasses.replace(o, customer=Customer("王", t, "")),
    "customer.email": lambda o, t: dataclasses.replace(o, customer=Customer("王", "", t)),
    "payment.reference": lambda o, t: dataclasses.replace(
        o, payment=Payment(PaymentMethod.ALIPAY, t, "x")
    ),
    "payment.payer_account": lambda o, t: dataclasses.replace(
        o, payment=Payment(PaymentMethod.ALIPAY, "r", t)
    ),
    "note": lambda o, t: dataclasses.replace(o, note=t),
    "line.sku": lambda o, t: dataclasses.replace(o, lines=(make_line(1, sku=t),)),
    "line.name": lambda o, t: dataclasses.replace(o, lines=(make_line(1, name=t),)),
    "line.category": lambda o, t: dataclasses.replace(o, lines=(make_line(1, category=t),)),
}


def _plain_order(order_no: str = "H1") -> Any:
    return make_order(order_no, [make_line(1)])


@pytest.mark.parametrize("field", sorted(ORDER_FIELDS))
@pytest.mark.parametrize("kind", sorted(HARMLESS))
def test_odd_but_harmless_text_is_stored_exactly(owner, field: str, kind: str) -> None:
    text = HARMLESS[kind][:40] if field == "customer.phone" else HARMLESS[kind]
    order = validate_and_allocate(ORDER_FIELDS[field](_plain_order(), text))
    detail = orders.create_order(owner, order)
    stored = orders.get_order(detail.order.order_no).order
    assert order_to_dict(stored) == order_to_dict(order)
    assert audit.verify_chain().ok


@pytest.mark.parametrize(
    ("field", "kind"),
    [
        (field, kind)
        for field in sorted(ORDER_FIELDS)
        for kind in sorted(HOSTILE)
        if not (kind == "newline" and field == "note")  # see the test after this one
    ],
)
def test_hostile_text_in_an_order_is_refused_whole(owner, field: str, kind: str) -> None:
    order = ORDER_FIELDS[field](_plain_order(), HOSTILE[kind])
    error = _refused(lambda: orders.create_order(owner, order))
    assert error.code in {"text_too_long", "text_not_allowed", "invalid_order_no"}, error
    assert (
        "order number" in error.message
        or field.split(".")[-1].replace("_", " ")
        in (error.message.replace("e-mail", "email").replace("SKU", "sku"))
        or "longer than" in error.message
    )


def test_a_note_may_have_several_lines(owner) -> None:
    order = validate_and_allocate(ORDER_FIELDS["note"](_plain_order(), HOSTILE["newline"]))
    orders.create_order(owner, order)
    assert orders.get_order(order.order_no).order.note == order.note
    assert "\n" in order.note


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_hostile_order_json_is_refused(owner, kind: str) -> None:
    data = order_to_dict(tea_order("J1"))
    data["customer"]["name"] = HOSTILE[kind]
    text = json.dumps(data, ensure_ascii=True, default=str)
    _refused(lambda: orders.add_order_json(owner, text))


@pytest.mark.parametrize("text", [SQL, "' OR 1=1 --", '"*" NEAR', "%_\\", "龍井", "🧾", HUGE])
def test_search_takes_any_text_literally(owner, text: str) -> None:
    orders.create_order(owner, tea_order("S1"))
    assert orders.search_orders(text) == []
    assert orders.count_orders(text) == 0


# amounts


def test_amounts_at_the_64_bit_limit(owner) -> None:
    biggest = make_order("MAX1", [make_line(1, unit_price=MAX_MINOR)])
    detail = orders.create_order(owner, biggest)
    assert detail.order.total_paid == MAX_MINOR
    stored_order = m.Order.get(m.Order.order_no == "MAX1")
    assert isinstance(stored_order.total_paid, int) and stored_order.total_paid == MAX_MINOR
    everything = refunds.RefundRequest(
        "MAX1", Selection(everything_left=True), ReasonCode.QUALITY_PROBLEM
    )
    assert refunds.quote(everything).quote.total.minor == MAX_MINOR
    before = _state()
    with pytest.raises(RefundsError) as caught:
        refunds.request_refund(owner, everything)
    assert caught.value.code == "amount_too_large" and _state() == before

    # The largest refund a confirmation can write in words is refunded and printed exactly.
    printable = 10**18 - 1
    orders.create_order(owner, make_order("MAX2", [make_line(1, unit_price=printable)]))
    request = dataclasses.replace(everything, order_no="MAX2")
    refund = refunds.request_refund(owner, request, expected_total=printable)
    stored = m.Refund.get(m.Refund.refund_no == refund.refund_no)
    assert isinstance(stored.total, int) and stored.total == printable
    pages = _pdf_text(render_confirmation(refund.refund_no, "a4", "en"))
    assert "9,999,999,999,999,999.99" in pages

    for lines, shipping in (
        ([make_line(1, unit_price=MAX_MINOR)], 1),
        ([make_line(1, unit_price=MAX_MINOR, quantity=2)], 0),
        ([make_line(1, unit_price=MAX_MINOR), make_line(2, unit_price=1)], 0),
    ):
        unchecked = dataclasses.replace(
            _plain_order("MAX9"), lines=tuple(lines), shipping_fee=shipping
        )
        _refused(lambda order=unchecked: orders.create_order(owner, order))
    with pytest.raises(InvalidInput):
        make_order("MAX3", [make_line(1, unit_price=MAX_MINOR + 1)])
    with pytest.raises(InvalidInput):
        make_order("MAX4", [make_line(1, unit_price=-1)])


@pytest.mark.parametrize(
    "amount", ["92233720368547758.08", "-1", "1e5", "NaN", "0x10", "1.2.3", "12;34"]
)
def test_order_json_amounts_out_of_range_or_malformed(owner, amount: str) -> None:
    data = order_to_dict(tea_order("J2"))
    data["lines"][0]["unit_price"] = amount
    text = json.dumps(data, default=str)
    _refused(lambda: orders.add_order_json(owner, text))


# refund note, reasons, users, settings


@pytest.fixture
def open_order(owner) -> str:
    orders.create_order(owner, tea_order("R1"))
    return "R1"


def _request(note: str = "", **dest: str) -> refunds.RefundRequest:
    destination = refunds.Destination(**dest) if dest else refunds.Destination()
    return refunds.RefundRequest(
        "R1", Selection({1: 1}), ReasonCode.QUALITY_PROBLEM, note=note, destination=destination
    )


@pytest.mark.parametrize("kind", sorted(HARMLESS))
def test_refund_note_keeps_odd_text_and_the_pdf_shows_it(owner, open_order, kind) -> None:
    note = HARMLESS[kind] + "\nsecond line"
    refund = refunds.request_refund(owner, _request(note))
    assert refunds.get_refund(refund.refund_no).note == note
    pdf = render_confirmation(refund.refund_no, "a4", "zh")
    assert PdfReader(io.BytesIO(pdf)).pages


@pytest.mark.parametrize("kind", ["huge", "nul", "escape", "rlo", "isolate", "surrogate"])
def test_refund_note_refuses_hostile_text(owner, open_order, kind) -> None:
    _refused(lambda: refunds.request_refund(owner, _request(HOSTILE[kind])))


@pytest.mark.parametrize("field", ["holder", "bank"])
@pytest.mark.parametrize("kind", ["rlo", "nul", "huge"])
def test_bank_details_refuse_hostile_text(owner, open_order, field, kind) -> None:
    dest = {
        "method": refunds.PayoutMethod.BANK_TRANSFER,
        "account": "6222020200112233",
        "holder": "王小芳",
        "bank": "工商银行",
    }
    dest[field] = HOSTILE[kind]
    _refused(lambda: refunds.request_refund(owner, _request(**dest)))


def test_reject_and_cancel_reasons_refuse_control_characters(owner, clerk, open_order) -> None:
    refund = refunds.request_refund(clerk, _request())
    _refused(lambda: refunds.reject(owner, refund.refund_no, RLO))
    _refused(lambda: refunds.cancel(owner, refund.refund_no, NUL))
    assert refunds.reject(owner, refund.refund_no, SQL).rejection_reason == SQL.strip()


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_user_names_refuse_hostile_text(owner, kind) -> None:
    _refused(lambda: users.create_user(owner, HOSTILE[kind], "clerk", "1111"))
    if kind != "newline":
        _refused(lambda: users.create_user(owner, "ok", "clerk", "1111", HOSTILE[kind]))


@pytest.mark.parametrize("kind", ["emoji", "cjk", "sql"])
def test_user_display_names_keep_odd_text(owner, kind) -> None:
    made = users.create_user(owner, f"u-{kind}", "clerk", "1111", HARMLESS[kind])
    assert made.display_name == HARMLESS[kind]
    assert users.authenticate(f"u-{kind}", "1111").display_name == HARMLESS[kind]


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_shop_settings_refuse_hostile_text(owner, kind) -> None:
    if kind == "newline":
        assert settings.set_shop(owner, {"address": NEWLINE})["address"] == NEWLINE
        _refused(lambda: settings.set_shop(owner, {"name": NEWLINE}))
        return
    _refused(lambda: settings.set_shop(owner, {"name": HOSTILE[kind]}))


def test_shop_name_in_cjk_and_emoji_reaches_the_pdf(owner, open_order) -> None:
    settings.set_shop(owner, {"name": "茶叶小铺 🍵", "address": SQL})
    refund = refunds.request_refund(owner, _request("好"))
    text = _pdf_text(render_confirmation(refund.refund_no, "a4", "zh"))
    assert "茶叶小铺" in text


def test_text_rules_allow_right_to_left_scripts() -> None:
    assert check_text("محمد\u200f", "name", 10) == "محمد\u200f"
    assert check_text("שלום", "name", 10) == "שלום"


# documents and exports


def _pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_confirmation_of_an_order_full_of_odd_text(owner) -> None:
    order = make_order(
        "ODD-1",
        [make_line(1, name=EMOJI + CJK, sku="SKU-🧾"), make_line(2, name=SQL)],
        customer=Customer(CJK[:20], "13800138000", "x@y.z"),
    )
    orders.create_order(owner, order)
    refund = refunds.request_refund(
        owner,
        refunds.RefundRequest(
            "ODD-1", Selection(everything_left=True), ReasonCode.QUALITY_PROBLEM, note=FORMAT
        ),
    )
    text = _pdf_text(render_confirmation(refund.refund_no, "a4", "en"))
    assert "ODD-1" in text and refund.refund_no in text
    assert "DROP TABLE" in text


def test_csv_export_keeps_odd_text_in_its_cell(owner, accountant, tmp_path: Path) -> None:
    run = pytest.importorskip("merchant_refunds.exports.run")
    reporting = pytest.importorskip("merchant_refunds.services.reporting")
    order = make_order("ODD-2", [make_line(1, name=SQL)], customer=Customer('=cmd|"/c calc"!A1'))
    orders.create_order(owner, order)
    refunds.request_refund(
        owner,
        refunds.RefundRequest(
            "ODD-2",
            Selection(everything_left=True),
            ReasonCode.QUALITY_PROBLEM,
            note='a,b\n"c"' + EMOJI,
        ),
    )
    target = tmp_path / "refunds.csv"
    flt = reporting.ExportFilter(date_from=date(2026, 1, 1), date_to=date(2026, 12, 31))
    run.export_file(accountant, "refunds", flt, target, fmt="csv", machine_headers=True)
    raw = target.read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(raw)))
    assert len(rows) >= 2
    widths = {len(r) for r in rows if r and not r[0].startswith("#")}
    assert len(widths) <= 2, widths
    cells = [c for r in rows for c in r]
    assert not any(c.startswith("=") for c in cells), "formula injection reached the CSV"

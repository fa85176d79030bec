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
import os
import re
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from merchant_refunds.documents.confirmation import render_confirmation
from merchant_refunds.domain.calculation import Selection
from merchant_refunds.domain.errors import InvalidInput, RefundsError
from merchant_refunds.domain.lifecycle import PayoutMethod
from merchant_refunds.domain.money import MAX_MINOR
from merchant_refunds.domain.order import Customer, Payment, PaymentMethod, validate_and_allocate
from merchant_refunds.domain.order_json import order_to_dict
from merchant_refunds.domain.policy import ReasonCode
from merchant_refunds.domain.text_checks import check_text
from merchant_refunds.imports import reading
from merchant_refunds.imports import run as import_run
from merchant_refunds.services import (
    audit,
    orders,
    refund_decisions,
    refund_requests,
    refund_views,
    shop_settings,
    users,
)
from merchant_refunds.storage import models as m
from tests.factories import make_line, make_order, tea_order
from tests.hostile_files import SHEET, lying_zip, zip_bomb
from tests.import_samples import GENERIC_HEADERS, generic_file, generic_rows, xlsx_file

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
    everything = refund_requests.RefundRequest(
        "MAX1", Selection(everything_left=True), ReasonCode.QUALITY_PROBLEM
    )
    assert refund_requests.quote(everything).quote.total.minor == MAX_MINOR
    before = _state()
    with pytest.raises(RefundsError) as caught:
        refund_requests.request_refund(owner, everything)
    assert caught.value.code == "amount_too_large" and _state() == before

    # The largest refund a confirmation can write in words is refunded and printed exactly.
    printable = 10**18 - 1
    orders.create_order(owner, make_order("MAX2", [make_line(1, unit_price=printable)]))
    request = dataclasses.replace(everything, order_no="MAX2")
    refund = refund_requests.request_refund(owner, request, expected_total=printable)
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


def _request(note: str = "", **dest: str) -> refund_requests.RefundRequest:
    destination = refund_requests.Destination(**dest) if dest else refund_requests.Destination()
    return refund_requests.RefundRequest(
        "R1", Selection({1: 1}), ReasonCode.QUALITY_PROBLEM, note=note, destination=destination
    )


@pytest.mark.parametrize("kind", sorted(HARMLESS))
def test_refund_note_keeps_odd_text_and_the_pdf_shows_it(owner, open_order, kind) -> None:
    note = HARMLESS[kind] + "\nsecond line"
    refund = refund_requests.request_refund(owner, _request(note))
    assert refund_views.get_refund(refund.refund_no).note == note
    pdf = render_confirmation(refund.refund_no, "a4", "zh")
    assert PdfReader(io.BytesIO(pdf)).pages


@pytest.mark.parametrize("kind", ["huge", "nul", "escape", "rlo", "isolate", "surrogate"])
def test_refund_note_refuses_hostile_text(owner, open_order, kind) -> None:
    _refused(lambda: refund_requests.request_refund(owner, _request(HOSTILE[kind])))


@pytest.mark.parametrize("field", ["holder", "bank"])
@pytest.mark.parametrize("kind", ["rlo", "nul", "huge"])
def test_bank_details_refuse_hostile_text(owner, open_order, field, kind) -> None:
    dest = {
        "method": PayoutMethod.BANK_TRANSFER,
        "account": "6222020200112233",
        "holder": "王小芳",
        "bank": "工商银行",
    }
    dest[field] = HOSTILE[kind]
    _refused(lambda: refund_requests.request_refund(owner, _request(**dest)))


def test_reject_and_cancel_reasons_refuse_control_characters(owner, clerk, open_order) -> None:
    refund = refund_requests.request_refund(clerk, _request())
    _refused(lambda: refund_decisions.reject(owner, refund.refund_no, RLO))
    _refused(lambda: refund_decisions.cancel(owner, refund.refund_no, NUL))
    assert refund_decisions.reject(owner, refund.refund_no, SQL).rejection_reason == SQL.strip()


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
        assert shop_settings.set_shop(owner, {"address": NEWLINE})["address"] == NEWLINE
        _refused(lambda: shop_settings.set_shop(owner, {"name": NEWLINE}))
        return
    _refused(lambda: shop_settings.set_shop(owner, {"name": HOSTILE[kind]}))


def test_shop_name_in_cjk_and_emoji_reaches_the_pdf(owner, open_order) -> None:
    shop_settings.set_shop(owner, {"name": "茶叶小铺 🍵", "address": SQL})
    refund = refund_requests.request_refund(owner, _request("好"))
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
    refund = refund_requests.request_refund(
        owner,
        refund_requests.RefundRequest(
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
    refund_requests.request_refund(
        owner,
        refund_requests.RefundRequest(
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


# order JSON: what json.loads would accept, choke on or recurse into

_ORDER_TEXT = json.dumps(order_to_dict(tea_order("J3")), default=str)


def _with(old: str, new: str) -> str:
    assert old in _ORDER_TEXT
    return _ORDER_TEXT.replace(old, new, 1)


HOSTILE_JSON: dict[str, tuple[str | bytes, str]] = {
    "nan": (_with('"unit_price": "128.00"', '"unit_price": NaN'), "NaN is not a number"),
    "infinity": (_with('"shipping_fee": "12.00"', '"shipping_fee": Infinity'), "Infinity is not"),
    "-infinity": (_with('"quantity": 3', '"quantity": -Infinity'), "-Infinity is not a number"),
    "deep arrays": ("[" * 100_000 + "]" * 100_000, "nested more than 32 levels"),
    "deep objects": ('{"a":' * 100_000 + "1" + "}" * 100_000, "nested more than 32 levels"),
    "huge whole number": (_with('"quantity": 3', '"quantity": 3' + "0" * 5000), "more than 40"),
    "huge exponent": (
        _with('"unit_price": "128.00"', '"unit_price": 1e999999999'),
        "Not an amount",
    ),
    "too many decimals": (_with('"unit_price": "128.00"', '"unit_price": 128.001'), "decimal"),
    "duplicate field": (_ORDER_TEXT[:-1] + ', "note": "again"}', "the field note is given twice"),
    "invalid utf-8": (_ORDER_TEXT.encode().replace(b"J3", b"J\xc3\x28"), "not UTF-8"),
    "empty": ("", "the order is empty"),
    "blank": (" \n\t ", "the order is empty"),
    "a list": ("[1, 2]", "must be a JSON object"),
    "a string": ('"order"', "must be a JSON object"),
    "cut off": (_ORDER_TEXT[:100], "Not valid JSON (line 1"),
    "over a MiB": ('{"note": "' + "x" * (1 << 20) + '"}', "larger than 1048576"),
}


@pytest.mark.parametrize("kind", sorted(HOSTILE_JSON))
def test_hostile_order_json_gets_one_clear_line(owner, kind: str) -> None:
    text, words = HOSTILE_JSON[kind]
    error = _refused(lambda: orders.add_order_json(owner, text))
    assert words in error.message, error.message
    assert "\n" not in error.message


def test_order_json_with_a_bom_or_exact_numbers_is_taken(owner) -> None:
    exact = _with('"unit_price": "128.00"', '"unit_price": 128.5')
    detail = orders.add_order_json(owner, b"\xef\xbb\xbf" + exact.encode())
    assert detail.order.lines[0].unit_price == 12850


# order files: CSV and XLSX oddities, each one line that names the problem


def _generic_csv(tmp_path: Path) -> bytes:
    return generic_file(tmp_path / "good.csv").read_bytes()


def _rezip(source: Path, target: Path, change: Callable[[str, bytes], bytes]) -> Path:
    """``source`` with each part passed through ``change`` (name, data) -> data."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            new.writestr(info.filename, change(info.filename, old.read(info)))
    return target


def _workbook(tmp_path: Path, name: str = "book.xlsx", **changes: object) -> Path:
    rows = [dict(row) for row in generic_rows()]
    rows[0].update(changes)
    return xlsx_file(tmp_path / name, GENERIC_HEADERS, rows)


def _dimension(tmp_path: Path, ref: str) -> Path:
    def change(name: str, data: bytes) -> bytes:
        if name != SHEET:
            return data
        return re.sub(rb'<dimension ref="[^"]*"', f'<dimension ref="{ref}"'.encode(), data)

    return _rezip(_workbook(tmp_path), tmp_path / "sized.xlsx", change)


def _many_parts(tmp_path: Path) -> Path:
    target = _rezip(_workbook(tmp_path), tmp_path / "parts.xlsx", lambda name, data: data)
    with zipfile.ZipFile(target, "a") as zipped:
        for i in range(1001):
            zipped.writestr(f"xl/media/{i}.bin", b"")
    return target


def _encrypted_zip(tmp_path: Path) -> Path:
    data = bytearray(_workbook(tmp_path).read_bytes())
    central = data.find(b"PK\x01\x02")
    data[central + 8] |= 0x1  # the "encrypted" flag of the first part, as a password sets it
    (tmp_path / "locked.xlsx").write_bytes(bytes(data))
    return tmp_path / "locked.xlsx"


def _ole(tmp_path: Path, encrypted: bool) -> Path:
    head = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 1000
    stream = "EncryptionInfo".encode("utf-16-le") if encrypted else b"Workbook"
    path = tmp_path / ("locked.xlsx" if encrypted else "old.xls")
    path.write_bytes(head + stream + b"\x00" * 1000)
    return path


def _bytes(name: str, data: bytes) -> Callable[[Path], Path]:
    def make(tmp_path: Path) -> Path:
        (tmp_path / name).write_bytes(data)
        return tmp_path / name

    return make


def _csv(name: str, change: Callable[[bytes], bytes]) -> Callable[[Path], Path]:
    def make(tmp_path: Path) -> Path:
        (tmp_path / name).write_bytes(change(_generic_csv(tmp_path)))
        return tmp_path / name

    return make


def _plain_zip(tmp_path: Path) -> Path:
    with zipfile.ZipFile(tmp_path / "photos.xlsx", "w") as zipped:
        zipped.writestr("cat.jpg", b"\xff\xd8")
    return tmp_path / "photos.xlsx"


def _cut_workbook(tmp_path: Path) -> Path:
    whole = _workbook(tmp_path).read_bytes()
    (tmp_path / "cut.xlsx").write_bytes(whole[: len(whole) // 2])
    return tmp_path / "cut.xlsx"


HOSTILE_FILES: dict[str, tuple[Callable[[Path], Path], str, str]] = {
    "NUL in the head": (
        _csv("nul.csv", lambda d: d.replace(b",", b"\x00,", 1)),
        "import_binary",
        "binary data",
    ),
    "NUL further down": (
        _csv("nul2.csv", lambda d: d + b"\n" * (70 << 10) + d.splitlines()[1][:5] + b"\x00\n"),
        "import_nul",
        "NUL character",
    ),
    "a 10 MB line": (
        _csv("long.csv", lambda d: d + b"\n" + b"x" * (10 << 20) + b"\n"),
        "import_line_too_long",
        "longer than 4194304 characters",
    ),
    "a 10 MB cell over many lines": (
        _csv("cell.csv", lambda d: d + b'\n"' + (b"x" * 1000 + b"\n") * 10_000 + b'",1\n'),
        "import_cell_too_large",
        "a cell is longer than 1048576 characters",
    ),
    "100,000 columns": (
        _csv("wide.csv", lambda d: d + b"\n" + b"1," * 100_000 + b"\n"),
        "import_too_many_columns",
        "has 100001 columns",
    ),
    "100,000 header columns": (
        _csv("wide_head.csv", lambda d: b"a," * 100_000 + b"\n" + d),
        "import_too_many_columns",
        "row 1 has 100001 columns",
    ),
    "an XLSX that is not a zip": (
        _bytes("orders.xlsx", b"order_no,total\n1,2\n"),
        "import_xlsx_fake",
        "is named like an XLSX workbook but is not one",
    ),
    "a zip that is not an XLSX": (_plain_zip, "import_not_xlsx", "a zip archive but not an XLSX"),
    "a cut-off XLSX": (_cut_workbook, "import_xlsx", "not a readable XLSX workbook"),
    "a password-protected XLSX": (
        lambda p: _ole(p, encrypted=True),
        "import_xlsx_password",
        "protected with a password",
    ),
    "an encrypted zip": (_encrypted_zip, "import_xlsx_password", "protected with a password"),
    "an old .xls": (lambda p: _ole(p, encrypted=False), "import_xls", "old Excel .xls"),
    "2,000,000 rows declared": (
        lambda p: _dimension(p, "A1:N2000000"),
        "import_too_many_rows",
        "more than 1048576 rows",
    ),
    "5,000 columns declared": (
        lambda p: _dimension(p, "A1:GJH3"),
        "import_too_many_columns",
        "has 5000 columns",
    ),
    "1,001 parts": (_many_parts, "import_xlsx_parts", "holds 1010 parts"),
    "a zip bomb": (
        lambda p: zip_bomb(p / "bomb.xlsx", megabytes=0.5)[0],
        "import_xlsx_bomb",
        "compressed",
    ),
    "a declared size that lies": (
        lambda p: lying_zip(p / "lies.xlsx", inflated=50 << 20),
        "import_xlsx",
        "Bad CRC-32",
    ),
}


@pytest.mark.parametrize("kind", sorted(HOSTILE_FILES))
def test_hostile_order_files_get_one_clear_line(owner, tmp_path: Path, kind: str) -> None:
    make, code, words = HOSTILE_FILES[kind]
    path = make(tmp_path)
    error = _refused(lambda: import_run.preview_file(path))
    assert error.code == code, error.message
    assert words in error.message and path.name in error.message, error.message
    assert "\n" not in error.message


def test_rows_past_the_limit_are_refused_while_streaming(owner, tmp_path, monkeypatch) -> None:
    """A sheet without a <dimension> (or one that lies) is counted as it is read."""
    monkeypatch.setattr(reading, "MAX_ROWS", 2)

    def no_size(name: str, data: bytes) -> bytes:
        return re.sub(rb"<dimension [^>]*/>", b"", data) if name == SHEET else data

    sheet = _rezip(_workbook(tmp_path), tmp_path / "unsized.xlsx", no_size)
    assert b"<dimension" not in zipfile.ZipFile(sheet).read(SHEET)
    for path in (sheet, generic_file(tmp_path / "long.csv")):
        error = _refused(lambda path=path: import_run.preview_file(path))
        assert error.code == "import_too_many_rows" and "more than 2 rows" in error.message


def test_formulas_and_date_numbers_in_a_workbook_are_named(owner, tmp_path: Path) -> None:
    book = _workbook(tmp_path, placed_at=46000, customer_name='=HYPERLINK("x")')
    report = import_run.preview_file(book)
    assert report.failed == 1 and report.new == 0
    reason = report.problems[0].reason
    assert "46000 is a spreadsheet's day number" in reason or "formula" in reason, reason
    dated = _workbook(tmp_path, "dated.xlsx", placed_at=46000)
    assert "day number, not a date" in import_run.preview_file(dated).problems[0].reason
    formula = _workbook(tmp_path, "formula.xlsx", customer_name="=1+1")
    assert "formulas are never evaluated" in import_run.preview_file(formula).problems[0].reason


def test_mixed_line_endings_are_read(owner, tmp_path: Path) -> None:
    lines = _generic_csv(tmp_path).replace(b"\r\n", b"\n").split(b"\n")
    mixed = lines[0] + b"\r\n" + lines[1] + b"\r" + b"\n".join(lines[2:])
    path = tmp_path / "mixed.csv"
    path.write_bytes(mixed)
    report = import_run.preview_file(path)
    assert (report.rows, report.new, report.failed) == (2, 1, 0), report.problems


# the command line: exit code 2 and one line on stderr; a closed pipe ends quietly

PINS = {"amy": "5678", "kim": "6789"}
#: The command's own peak memory in KiB. On Linux from VmHWM, which starts afresh at exec:
#: getrusage's ru_maxrss keeps the high-water mark of the forked pytest process (hundreds of MB
#: late in a long run), which is not the command's.
_RSS = (
    "import os, resource, sys\n"
    "from merchant_refunds.cli.main import main\n"
    "code = main(sys.argv[1:])\n"
    "peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
    "peak = peak // 1024 if sys.platform == 'darwin' else peak\n"
    "if os.path.exists('/proc/self/status'):\n"
    "    for line in open('/proc/self/status'):\n"
    "        if line.startswith('VmHWM:'):\n"
    "            peak = int(line.split()[1])\n"
    "with open(os.environ['PEAK_FILE'], 'w') as f:\n"
    "    f.write(str(peak))\n"
    "sys.exit(code)\n"
)


def _script() -> str:
    beside = Path(sys.executable).with_name("merchant-refunds")
    found = str(beside) if beside.exists() else shutil.which("merchant-refunds")
    assert found, "the merchant-refunds script is not installed (pip install -e .)"
    return found


def _env(home: Path, **extra: str) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("MERCHANT_")}
    env.update(LANG="en_US.UTF-8", HOME=str(home), XDG_DATA_HOME=str(home / "data"), **extra)
    env.update(XDG_CONFIG_HOME=str(home / "config"), XDG_STATE_HOME=str(home / "state"))
    return env


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo shop (300 orders, 80 refunds) made once, by the command line itself."""
    folder = tmp_path_factory.mktemp("shop")
    db = folder / "shop.sqlite3"
    made = subprocess.run(
        [_script(), "--db", str(db), "demo", "--orders", "300"],
        capture_output=True,
        env=_env(folder),
        timeout=120,
        check=False,
    )
    assert made.returncode == 0, made.stderr
    return db


def _cli(
    shop: Path, *args: str, stdin: bytes = b"", user: str = "amy"
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [_script(), "--db", str(shop), *args, "--user", user],
        input=stdin,
        capture_output=True,
        env=_env(shop.parent, MERCHANT_REFUNDS_PIN=PINS[user]),
        timeout=120,
        check=False,
    )


def _one_line_error(done: subprocess.CompletedProcess[bytes], words: str) -> None:
    err = done.stderr.decode()
    assert done.returncode == 2, err
    assert err.startswith("error: ") and err.count("\n") == 1, err
    assert words in err and "Traceback" not in err, err
    assert done.stdout == b""


@pytest.mark.parametrize("kind", ["nan", "deep arrays", "huge whole number", "a list"])
def test_cli_refuses_hostile_order_json_with_one_line(shop: Path, tmp_path: Path, kind) -> None:
    text, words = HOSTILE_JSON[kind]
    path = tmp_path / "order.json"
    path.write_bytes(text if isinstance(text, bytes) else text.encode())
    _one_line_error(_cli(shop, "orders", "add", str(path)), words)


def test_cli_refuses_hostile_json_on_standard_input(shop: Path) -> None:
    bad = _ORDER_TEXT.encode().replace(b"J3", b"J\xff")
    _one_line_error(_cli(shop, "orders", "add", "-", stdin=bad), "not UTF-8")
    huge = b" " * (2 << 20)
    _one_line_error(_cli(shop, "orders", "add", "-", stdin=huge), "larger than 1048576 bytes")


def test_cli_refuses_a_6_mb_zip_bomb_in_bounded_memory(shop: Path, tmp_path: Path) -> None:
    """Unbounded, openpyxl took 25 s and 2 GB on this file (see docs/performance.md)."""
    bomb, inflated = zip_bomb(tmp_path / "orders.xlsx", megabytes=6)
    assert bomb.stat().st_size > 5 << 20 and inflated > 3 << 30
    peak_file = tmp_path / "peak"
    done = subprocess.run(
        [sys.executable, "-c", _RSS, "--db", str(shop), "import", str(bomb), "--dry-run"],
        capture_output=True,
        env=_env(shop.parent, PEAK_FILE=str(peak_file)),
        timeout=120,
        check=False,
    )
    _one_line_error(done, "orders.xlsx: xl/worksheets/sheet1.xml is compressed")
    assert int(peak_file.read_text()) < 300 * 1024, "KiB at peak"


@pytest.mark.parametrize("kind", ["NUL further down", "a declared size that lies"])
def test_cli_refuses_hostile_order_files_with_one_line(shop: Path, tmp_path: Path, kind) -> None:
    make, _, words = HOSTILE_FILES[kind]
    _one_line_error(_cli(shop, "import", str(make(tmp_path)), "--dry-run"), words)


@pytest.mark.parametrize(
    "args",
    [
        ("--json", "orders", "search", "", "--limit", "1000"),
        ("export", "audit", "-o", "-", "--user", "kim"),
    ],
    ids=["orders search", "export"],
)
def test_a_reader_that_stops_early_ends_the_command_quietly(shop: Path, args) -> None:
    """``merchant-refunds … | head -1``: the reader goes after its first line."""
    command = subprocess.Popen(
        [_script(), "--db", str(shop), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=_env(shop.parent, MERCHANT_REFUNDS_PIN=PINS["kim"]),
    )
    assert command.stdout is not None and command.stderr is not None
    first = command.stdout.readline()
    command.stdout.close()
    err = command.stderr.read()
    command.stderr.close()
    assert command.wait(timeout=120) in (0, 141)
    assert first and err == b""


def test_export_to_standard_output_is_the_file(shop: Path, tmp_path: Path) -> None:
    piped = _cli(shop, "export", "refunds", "-o", "-", "--machine-headers", user="kim")
    assert piped.returncode == 0, piped.stderr
    written = _cli(
        shop, "export", "refunds", "-o", str(tmp_path / "r.csv"), "--machine-headers", user="kim"
    )
    assert written.returncode == 0, written.stderr
    assert piped.stdout == (tmp_path / "r.csv").read_bytes()
    assert piped.stderr == b""


@pytest.mark.parametrize(
    ("limit", "value", "code", "words"),
    [
        ("MAX_FILE", 100, "import_file_too_large", "MiB an import may be"),
        ("MAX_XLSX_PART", 1000, "import_xlsx_too_large", ".xml would unpack to"),
        (
            "MAX_XLSX_INFLATED",
            10_000,
            "import_xlsx_too_large",
            "book.xlsx would unpack to 0 MiB in all",
        ),
    ],
)
def test_size_limits_are_checked_before_reading(
    owner, tmp_path, monkeypatch, limit, value, code, words
):
    """Each limit on its own (the real ones are hundreds of MiB: see docs/import-formats.md)."""
    monkeypatch.setattr(reading, limit, value)
    path = _workbook(tmp_path)
    error = _refused(lambda: import_run.preview_file(path))
    assert error.code == code and words in error.message, error.message


def test_an_unsized_sheet_with_short_and_far_rows_is_read(owner, tmp_path: Path) -> None:
    """Without a <dimension>, openpyxl neither pads a short row nor skips the gap before a far
    one (it yields a million empty rows); the reader pads the one and passes over the other."""
    far = b'<row r="1000000"><c r="A1000000" t="inlineStr"><is><t>X</t></is></c></row>'

    def sparse(name: str, data: bytes) -> bytes:
        if name != SHEET:
            return data
        return re.sub(rb"<dimension [^>]*/>", b"", data).replace(
            b"</sheetData>", far + b"</sheetData>"
        )

    path = _rezip(_workbook(tmp_path), tmp_path / "sparse.xlsx", sparse)
    report = import_run.preview_file(path)
    assert (report.rows, report.failed) == (3, 1)
    assert report.problems[0].row == 1_000_000
    assert report.problems[0].reason == "placed_at: the date is missing"

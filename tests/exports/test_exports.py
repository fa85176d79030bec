"""Exports, the journal and the report: read the files back and compare with the database."""

from __future__ import annotations

import csv
import zipfile
from collections import defaultdict
from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given
from hypothesis import settings as settings_h
from hypothesis import strategies as st

from merchant_refunds.cli.main import main
from merchant_refunds.demo import generator
from merchant_refunds.domain.errors import InvalidInput, PermissionDenied
from merchant_refunds.domain.money import CURRENCY_EXPONENTS
from merchant_refunds.exports import journal
from merchant_refunds.exports.report_pdf import rate_text, render_report
from merchant_refunds.exports.run import dataset_columns, export_file
from merchant_refunds.exports.sinks import (
    Column,
    CsvCells,
    ExportCancelled,
    Kind,
    major_text,
)
from merchant_refunds.services import audit_log, reporting, shop_settings, users
from merchant_refunds.services.reporting import ExportFilter, JournalSource
from merchant_refunds.storage import models as m
from merchant_refunds.storage.db import current_database

TODAY = date(2026, 11, 26)
MONEY = {
    "refunds": ["total", "refunded_gross", "shipping", "restocking_fee", "payout_amount"],
    "lines": ["gross", "discount", "amount", "tax"],
    "payouts": ["amount"],
}
SQL_SUMS = {
    ("refunds", "total"): "SELECT currency, SUM(total) FROM refund GROUP BY currency",
    ("refunds", "payout_amount"): (
        "SELECT payout_currency, SUM(payout_amount) FROM refund GROUP BY payout_currency"
    ),
    ("lines", "amount"): (
        "SELECT r.currency, SUM(l.amount) FROM refund_line l JOIN refund r ON l.refund_id = r.id "
        "GROUP BY r.currency"
    ),
    ("lines", "tax"): (
        "SELECT r.currency, SUM(l.tax) FROM refund_line l JOIN refund r ON l.refund_id = r.id "
        "GROUP BY r.currency"
    ),
    ("payouts", "amount"): "SELECT currency, SUM(amount) FROM payout GROUP BY currency",
}


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    """A folder of its own (the database lives in tmp_path) to see every file left behind."""
    path = tmp_path / "out"
    path.mkdir()
    return path


@pytest.fixture
def shop(db_path: Path) -> users.Actor:
    """A small year of demo data; returns the accountant."""
    generator.generate_demo(orders=60, seed=11, today=TODAY)
    return users.get_actor("kim")


def _minor(text: str | Decimal, currency: str) -> int:
    value = Decimal(str(text)).scaleb(CURRENCY_EXPONENTS[currency])
    assert value == value.to_integral_value(), text
    return int(value)


def _sql(query: str) -> dict[str, int]:
    return {c: int(s) for c, s in current_database().execute_sql(query).fetchall() if s}


def _read_csv(path: Path, delimiter: str = ",") -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM spreadsheet programs need for Chinese
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f, delimiter=delimiter))


def _read_xlsx(path: Path) -> list[dict[str, object]]:
    book = openpyxl.load_workbook(path, read_only=True)
    rows = list(book.active.iter_rows(values_only=True))
    return [dict(zip(rows[0], r, strict=True)) for r in rows[1:]]


def _sums(rows: list[dict], column: str, currency_column: str) -> dict[str, int]:
    totals: dict[str, int] = defaultdict(int)
    for row in rows:
        value = row[column]
        if value not in (None, ""):
            ccy = row[currency_column]
            totals[ccy] += _minor(value if not isinstance(value, float) else repr(value), ccy)
    return {k: v for k, v in totals.items() if v}


@pytest.mark.parametrize("dataset", ["refunds", "lines", "payouts"])
def test_csv_and_xlsx_totals_match_the_database(
    shop: users.Actor, tmp_path: Path, dataset: str
) -> None:
    count = reporting.count_rows(shop, dataset, ExportFilter())
    assert count > 10
    csv_path, xlsx_path = tmp_path / f"{dataset}.csv", tmp_path / f"{dataset}.xlsx"
    export_file(shop, dataset, ExportFilter(), csv_path, machine_headers=True, delimiter=";")
    export_file(shop, dataset, ExportFilter(), xlsx_path, fmt="xlsx", machine_headers=True)
    csv_rows = _read_csv(csv_path, ";")
    xlsx_rows = _read_xlsx(xlsx_path)
    assert len(csv_rows) == len(xlsx_rows) == count
    for column in MONEY[dataset]:
        ccy_col = "payout_currency" if column == "payout_amount" else "currency"
        expected = reporting.database_totals(shop, dataset, ExportFilter(), column)
        expected = {k: v for k, v in expected.items() if v}
        assert _sums(csv_rows, column, ccy_col) == expected, column
        assert _sums(xlsx_rows, column, ccy_col) == expected, column
        if (dataset, column) in SQL_SUMS:
            assert expected == _sql(SQL_SUMS[dataset, column])


def test_filters_select_the_same_rows_as_sql(shop: users.Actor, tmp_path: Path) -> None:
    flt = ExportFilter(date(2026, 3, 1), date(2026, 8, 31), "payout", "received", None, "CNY")
    path = tmp_path / "p.csv"
    result = export_file(shop, "payouts", flt, path, machine_headers=True)
    expected = (
        current_database()
        .execute_sql(
            "SELECT COUNT(*), COALESCE(SUM(amount), 0) FROM payout WHERE currency = 'CNY' "
            "AND status = 'received' AND sent_at >= '2026-03-01' AND sent_at < '2026-09-01'"
        )
        .fetchone()
    )
    rows = _read_csv(path)
    assert len(rows) == result.rows == expected[0] > 0
    assert _sums(rows, "amount", "currency") == {"CNY": expected[1]}


def test_human_headers_in_chinese_and_english(shop: users.Actor, tmp_path: Path) -> None:
    zh, en = tmp_path / "zh.csv", tmp_path / "en.xlsx"
    export_file(shop, "refunds", ExportFilter(), zh, lang="zh")
    export_file(shop, "refunds", ExportFilter(), en, fmt="xlsx", lang="en")
    assert list(_read_csv(zh)[0])[:3] == ["退款单号", "订单号", "状态"]
    book = openpyxl.load_workbook(en)
    sheet = book.active
    assert [c.value for c in sheet[1]][:3] == ["Refund no.", "Order no.", "Status"]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref and sheet.auto_filter.ref.startswith("A1:")
    assert sheet.column_dimensions["A"].width >= 12
    total = next(c for c in sheet[1] if c.value == "Refund amount").column_letter
    requested = next(c for c in sheet[1] if c.value == "Requested").column_letter
    assert isinstance(sheet[f"{total}2"].value, int | float)
    assert "#,##0" in sheet[f"{total}2"].number_format
    assert sheet[f"{requested}2"].is_date


def _plant_dangerous_text() -> str:
    row = m.Refund.select().order_by(m.Refund.id).first()
    m.Refund.update(
        note='=HYPERLINK("http://evil","click")' + "长" * 5000,
        destination_holder="@SUM(A1:A9)",
        destination_bank="-2+3",
        destination_account="0012345678901234567",
    ).where(m.Refund.id == row.id).execute()
    m.Order.update(customer_name="+cmd|' /C calc'!A0", order_no="007123").where(
        m.Order.id == row.order_id
    ).execute()
    return row.refund_no


@pytest.mark.tampers
def test_formula_injection_and_leading_zeros(shop: users.Actor, tmp_path: Path) -> None:
    refund_no = _plant_dangerous_text()
    human, machine, xlsx = tmp_path / "h.csv", tmp_path / "m.csv", tmp_path / "x.xlsx"
    export_file(shop, "refunds", ExportFilter(), human, lang="en")
    export_file(shop, "refunds", ExportFilter(), machine, machine_headers=True)
    export_file(shop, "refunds", ExportFilter(), xlsx, fmt="xlsx", machine_headers=True)

    row = next(r for r in _read_csv(machine) if r["refund_no"] == refund_no)
    assert row["note"].startswith("'=HYPERLINK") and row["note"].endswith("长" * 5000)
    assert row["holder"] == "'@SUM(A1:A9)"
    assert row["bank"] == "'-2+3"
    assert row["customer"] == "'+cmd|' /C calc'!A0"
    assert row["account"] == "0012345678901234567"
    assert row["order_no"] == "007123"
    assert not any(v.startswith(("=", "+", "-", "@")) for v in row.values() if v)

    shown = next(r for r in _read_csv(human) if r["Refund no."] == refund_no)
    assert shown["Account"] == "0012345678901234567\t"  # Excel/WPS keep it as text
    assert shown["Order no."] == "007123\t"

    with zipfile.ZipFile(xlsx) as z:
        sheet_xml = z.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet_xml  # no formula anywhere in the workbook
    book = openpyxl.load_workbook(xlsx)
    cells = {c.value: c for c in book.active[1]}
    data_row = next(r for r in book.active.iter_rows(min_row=2) if r[0].value == refund_no)
    by_name = {name: data_row[cell.column - 1] for name, cell in cells.items()}
    assert (
        by_name["note"].data_type == "s"
        and len(by_name["note"].value) == len('=HYPERLINK("http://evil","click")') + 5000
    )
    assert by_name["account"].value == "0012345678901234567"
    assert by_name["account"].data_type == "s"
    assert by_name["order_no"].value == "007123"


@pytest.mark.tampers
def test_too_long_for_a_cell_is_an_error_not_a_cut(shop: users.Actor, out_dir: Path) -> None:
    m.Refund.update(note="x" * 40_000).where(m.Refund.id == 1).execute()
    target = out_dir / "long.xlsx"
    with pytest.raises(InvalidInput, match="32,767"):
        export_file(shop, "refunds", ExportFilter(), target, fmt="xlsx")
    assert list(out_dir.iterdir()) == []
    export_file(shop, "refunds", ExportFilter(), out_dir / "long.csv", machine_headers=True)
    assert "x" * 40_000 in (out_dir / "long.csv").read_text(encoding="utf-8-sig")


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_cancelled_half_way_leaves_no_file(shop: users.Actor, out_dir: Path, fmt: str) -> None:
    total = reporting.count_rows(shop, "audit", ExportFilter())
    seen: list[int] = []

    def cancelled() -> bool:
        return len(seen) >= 3

    target = out_dir / f"audit.{fmt}"
    with pytest.raises(ExportCancelled):
        export_file(
            shop,
            "audit",
            ExportFilter(),
            target,
            fmt=fmt,
            page_size=20,
            progress=lambda done, _total: seen.append(done),
            cancelled=cancelled,
        )
    assert 0 < seen[-1] < total
    assert list(out_dir.iterdir()) == []


def test_failure_after_n_rows_keeps_the_old_file(shop: users.Actor, out_dir: Path) -> None:
    target = out_dir / "lines.csv"
    target.write_text("the previous export")

    def boom(done: int, _total: int) -> None:
        if done >= 20:
            raise RuntimeError("disk went away")

    with pytest.raises(RuntimeError):
        export_file(shop, "lines", ExportFilter(), target, page_size=10, progress=boom)
    assert target.read_text() == "the previous export"
    assert list(out_dir.iterdir()) == [target]


# --- the journal ---------------------------------------------------------------------------------


def test_journal_balances_per_entry_and_per_file(shop: users.Actor, tmp_path: Path) -> None:
    path = tmp_path / "journal.csv"
    result = export_file(shop, "journal", ExportFilter(), path, machine_headers=True)
    rows = _read_csv(path)
    assert len(rows) == result.rows > 0
    entries: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    file_sums: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for row in rows:
        ccy = row["currency"]
        debit, credit = _minor(row["debit"], ccy), _minor(row["credit"], ccy)
        assert (debit == 0) != (credit == 0)  # one side per line
        entries[row["entry_no"]][0] += debit
        entries[row["entry_no"]][1] += credit
        file_sums[ccy][0] += debit
        file_sums[ccy][1] += credit
    assert all(d == c for d, c in entries.values())
    assert all(d == c for d, c in file_sums.values())
    booked = m.Payout.select().where(m.Payout.status != "failed").count()
    assert len(entries) == booked
    codes = {row["account_code"] for row in rows}
    assert {"6001", "1012"} <= codes
    assert result.totals["debit"] == result.totals["credit"]


def test_journal_instalments_add_up_exactly() -> None:
    accounts = dict(shop_settings.DEFAULT_JOURNAL_ACCOUNTS)
    common = dict(
        refund_no="RF1",
        order_no="0001",
        sent_at="2026-11-26 10:00:00",
        payout_method="bank_transfer",
        order_payment_method="alipay",
        payout_currency="CNY",
        refund_currency="CNY",
        refund_payout_amount=100_001,
        total=100_001,
        tax=11_505,
        restocking_fee=333,
        return_shipping=1_000,
        cross_border_fee=77,
        fee_bearer="merchant",
    )
    parts = [33_333, 33_333, 33_335]
    lines: list[journal.JournalLine] = []
    before = 0
    for seq, amount in enumerate(parts, start=1):
        source = JournalSource(seq=seq, payout_amount=amount, paid_before=before, **common)
        entry = journal.entry_lines(source, accounts)
        journal.check_balanced(entry, "entry")
        lines += entry
        before += amount

    def total(code: str, side: str) -> int:
        return sum(getattr(x, side) for x in lines if x.account_code == code)

    assert total("2221", "debit") == 11_505
    assert total("6051", "credit") == 1_333
    assert total("6603", "debit") == 77
    assert total("1002", "credit") == 100_001 + 77
    assert total("6001", "debit") == 100_001 + 1_333 - 11_505


def test_journal_imbalance_is_caught() -> None:
    line = journal.JournalLine("E", None, "R", "O", 1, 1, "6001", "", "", 100, 0, "CNY", "", 0, "")
    with pytest.raises(journal.JournalImbalance):
        journal.check_balanced([line], "E")


def test_journal_accounts_are_owner_only_and_audited(shop: users.Actor, tmp_path: Path) -> None:
    with pytest.raises(PermissionDenied):
        shop_settings.set_journal_accounts(shop, {"sales_returns": ("6401", "主营业务成本")})
    boss = users.get_actor("boss")
    shop_settings.set_journal_accounts(boss, {"clearing.alipay": ("101201", "其他货币资金—支付宝")})
    assert shop_settings.get_journal_accounts()["clearing.alipay"] == (
        "101201",
        "其他货币资金—支付宝",
    )
    assert m.AuditEvent.select().where(m.AuditEvent.action == "settings.journal_accounts").exists()
    with pytest.raises(InvalidInput):
        shop_settings.set_journal_accounts(boss, {"sales_returns": ("60A1", "x")})
    path = tmp_path / "j.csv"
    export_file(shop, "journal", ExportFilter(), path, machine_headers=True)
    assert "101201" in {row["account_code"] for row in _read_csv(path)}


# --- permissions, report, command line -----------------------------------------------------------


def test_clerks_cannot_export_or_read_reports(shop: users.Actor, tmp_path: Path) -> None:
    clerk = users.get_actor("amy")
    target = tmp_path / "r.csv"
    with pytest.raises(PermissionDenied):
        export_file(clerk, "refunds", ExportFilter(), target)
    with pytest.raises(PermissionDenied):
        reporting.report_data(clerk, date(2026, 1, 1), TODAY)
    with pytest.raises(PermissionDenied):
        audit_log.event_ids(clerk, audit_log.AuditFilter())
    with pytest.raises(PermissionDenied):
        audit_log.verify(clerk)
    assert not target.exists()
    assert audit_log.verify(users.get_actor("boss")).ok


def test_report_totals_match_the_database(shop: users.Actor) -> None:
    data = reporting.report_data(shop, date(2025, 11, 1), TODAY)
    expected = _sql(
        "SELECT currency, SUM(total) FROM refund WHERE status NOT IN ('rejected', 'cancelled') "
        "GROUP BY currency"
    )
    assert {c: t.minor for c, t in data.by_currency.items()} == expected
    for groups in (data.by_month, data.by_reason, data.by_method):
        sums: dict[str, int] = defaultdict(int)
        for per in groups.values():
            for ccy, t in per.items():
                sums[ccy] += t.minor
        assert dict(sums) == expected
    assert sum(t.count for per in data.by_status.values() for t in per.values()) == (
        m.Refund.select().count()
    )
    assert (
        data.sales["CNY"].minor
        == _sql('SELECT currency, SUM(total_paid) FROM "order" GROUP BY currency')["CNY"]
    )
    assert data.to_payout.count > 0
    assert data.to_payout.slowest_seconds >= data.to_payout.average_seconds
    refunded, sold = data.refund_rate("CNY")
    assert rate_text(data, "CNY") == f"{Decimal(refunded * 100) / Decimal(sold):.2f}%"
    pdf = render_report(data, "zh", "测试小店")
    import io

    from pypdf import PdfReader

    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "退款报表" in text and "CNY" in text


def test_cli_export_and_report(
    shop: users.Actor, tmp_path: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    monkeypatch.setenv("MERCHANT_REFUNDS_PIN", "6789")
    out = tmp_path / "lines.xlsx"
    code = main(
        [
            "--db",
            str(db_path),
            "export",
            "lines",
            "--from",
            "2026-01-01",
            "--to",
            "2026-11-26",
            "--format",
            "xlsx",
            "-o",
            str(out),
            "--user",
            "kim",
            "--json",
        ]
    )
    assert code == 0 and out.exists()
    pdf = tmp_path / "report.pdf"
    assert (
        main(
            [
                "--db",
                str(db_path),
                "report",
                "--from",
                "2026-01-01",
                "--to",
                "2026-11-26",
                "-o",
                str(pdf),
                "--user",
                "kim",
            ]
        )
        == 0
    )
    assert pdf.read_bytes().startswith(b"%PDF")
    monkeypatch.setenv("MERCHANT_REFUNDS_PIN", "5678")
    denied = tmp_path / "no.csv"
    assert (
        main(["--db", str(db_path), "export", "refunds", "-o", str(denied), "--user", "amy"]) == 3
    )
    assert not denied.exists()
    capsys.readouterr()


@settings_h(max_examples=300, deadline=None)
@given(
    minor=st.one_of(st.integers(-(2**63) + 1, 2**63 - 1), st.integers(-1000, 1000)),
    currency=st.sampled_from(sorted(CURRENCY_EXPONENTS)),
)
def test_an_amount_is_written_as_exact_plain_decimal_text(minor: int, currency: str) -> None:
    """Never an exponent ("1E+2"), never a float's digits: sign, whole units, the minor digits."""
    places = CURRENCY_EXPONENTS[currency]
    whole, frac = divmod(abs(minor), 10**places)
    sign = "-" if minor < 0 else ""
    expected = f"{sign}{whole}.{frac:0{places}d}" if places else str(minor)
    assert major_text(minor, currency) == expected
    columns = [
        Column("currency", Kind.PLAIN),
        Column("total", Kind.MONEY, currency_index=0),
        Column("fee", Kind.MONEY, currency_index=0),
        Column("none", Kind.MONEY, currency_index=0),
    ]
    cells = CsvCells(columns, "en", machine=True)
    assert cells([(currency, minor, 0, None)]) == [
        [currency, expected, major_text(0, currency), None]
    ]


def test_number_texts_keep_their_digits_and_lose_their_formulas() -> None:
    page = [("=1+1",), ("0012",), ("123456789012",), ("12345",), ("-5",), ("",), (None,)]
    human = CsvCells([Column("no", Kind.NUMBER_TEXT)], "zh", machine=False)
    assert [r[0] for r in human(page)] == [
        "'=1+1",
        "0012\t",  # a leading zero a spreadsheet would drop
        "123456789012\t",  # 12 digits: no 1.2E+11
        "12345",
        "'-5",
        "",
        None,
    ]
    machine = CsvCells([Column("no", Kind.NUMBER_TEXT)], "zh", machine=True)
    assert [r[0] for r in machine(page)] == [
        "'=1+1",
        "0012",
        "123456789012",
        "12345",
        "'-5",
        "",
        None,
    ]


@pytest.mark.tampers
def test_xlsx_reads_back_typed_with_formats_frozen_header_and_filter(
    shop: users.Actor, tmp_path: Path
) -> None:
    """Every cell as a spreadsheet reads it: amounts numbers in their currency's format, times
    dates, numbers-as-text text cells with the text format, any text exactly as stored."""
    first = m.Refund.select().order_by(m.Refund.id).first()
    tricky = ' <r><t>rich?</t></r> & "quoted" =1+1 \u957f '
    m.Refund.update(note=tricky).where(m.Refund.id == first.id).execute()
    path = tmp_path / "refunds.xlsx"
    result = export_file(shop, "refunds", ExportFilter(), path, fmt="xlsx", machine_headers=True)
    columns = dataset_columns("refunds")
    sheet = openpyxl.load_workbook(path).active
    last = sheet.cell(1, len(columns)).column_letter
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:{last}{result.rows + 1}"
    assert sheet.max_row == result.rows + 1
    assert [c.value for c in sheet[1]] == [c.key for c in columns]
    assert all(c.font.b and c.fill.fgColor.rgb == "FFEEEEEE" for c in sheet[1])
    by_no = {r.refund_no: r for r in m.Refund.select()}
    seen = {kind: 0 for kind in Kind}
    for cells in sheet.iter_rows(min_row=2):
        refund = by_no[cells[0].value]
        for col, cell in zip(columns, cells, strict=True):
            if cell.value is None:
                continue
            seen[col.kind] += 1
            if col.kind is Kind.MONEY:
                currency = cells[col.currency_index].value
                assert cell.data_type == "n"
                assert cell.number_format.endswith(f'"{currency}"'), cell.number_format
                # deduction and return postage come from other tables: none in this shop
                expected = getattr(refund, col.key, 0)
                assert _minor(repr(cell.value), currency) == expected, col.key
            elif col.kind is Kind.DATETIME:
                assert cell.is_date and cell.number_format == "yyyy-mm-dd hh:mm:ss"
                assert cell.value == getattr(refund, col.key).replace(microsecond=0)
            else:
                assert cell.data_type == "s", (col.key, cell.value)
                assert (cell.number_format == "@") is (col.kind is Kind.NUMBER_TEXT), col.key
    assert seen[Kind.MONEY] and seen[Kind.DATETIME] and seen[Kind.NUMBER_TEXT] and seen[Kind.CODE]
    note = next(c for c in sheet[1] if c.value == "note").column
    assert sheet.cell(2, note).value == tricky and sheet.cell(2, note).data_type == "s"


@pytest.mark.tampers
def test_text_shaped_like_sheet_xml_stays_text(shop: users.Actor, tmp_path: Path) -> None:
    """xlsxwriter (constant memory) wrote a text from ``<r>`` to ``</r>`` into the sheet as
    rich-text XML, unescaped: this note carried a formula into the workbook. Now it is text."""
    first = m.Refund.select().order_by(m.Refund.id).first()
    note = '<r><t>a</t></r></is></c><c r="AZ2"><f>HYPERLINK("http://evil")</f></c><c><is><r></r>'
    m.Refund.update(note=note).where(m.Refund.id == first.id).execute()
    path = tmp_path / "refunds.xlsx"
    export_file(shop, "refunds", ExportFilter(), path, fmt="xlsx", machine_headers=True)
    with zipfile.ZipFile(path) as z:
        assert "<f>" not in z.read("xl/worksheets/sheet1.xml").decode()
    sheet = openpyxl.load_workbook(path).active
    column = next(c for c in sheet[1] if c.value == "note").column
    assert sheet.cell(2, column).value == note
    assert sheet.max_column == len(dataset_columns("refunds"))

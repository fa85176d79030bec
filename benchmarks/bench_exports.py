"""Export speed and memory over many refunds, beside bare loops in the same run (prints figures).

The database is made by ``open_database`` (the real schema) and filled with raw ``sqlite3``
inserts: N refunds on N/2 orders, each refund with one line, half of them paid. Each measurement
runs in a fresh subprocess so ``ru_maxrss`` is that run's peak:

- ``bare-csv``: sqlite3 cursor over the same join, ``csv.writer`` of the raw tuples;
- ``csv``: ``exports.run.export_file`` (refunds, human headers, amounts, neutralising);
- ``bare-xml``: the floor for XLSX (issue 16): the same rows as bare sheet XML (inline strings
  and numbers, no styles, no types), zipped as they come;
- ``bare-xlsx``: the same rows through ``xlsxwriter`` constant-memory ``write_row``;
- ``xlsxwriter``: typed cells as the export wrote them before issue 16 (numbers with a currency
  format per row, dates, text formats, widths, frozen header, filter), through xlsxwriter;
- ``rustpy``: rustpy-xlsxwriter (Rust) from the same typed rows as dicts, with what it can do:
  one format per column (so one currency), frozen header, filter (``--libraries``);
- ``pyexcelerate``: pyexcelerate from the same typed rows, a style per column, frozen header,
  filter; it holds the whole sheet in memory (``--libraries``);
- ``xlsx``: ``export_file`` as XLSX (typed numbers, dates, formats).

Issue 16 compares each XLSX writer with ``bare-xml`` measured in the same run; ``--repeat N``
runs every kind N times and prints the min and median.

Usage::

    python3 benchmarks/bench_exports.py --refunds 50000
    nice -n 10 python3 benchmarks/bench_exports.py --refunds 1000000
    python3 benchmarks/bench_exports.py --refunds 100000 --libraries --repeat 3
"""

from __future__ import annotations

import argparse
import csv
import json
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

BARE_SQL = (
    "SELECT r.refund_no, o.order_no, r.status, r.reason_code, r.requested_at, r.approved_at, "
    "r.paid_at, r.completed_at, o.customer_name, r.currency, r.total, r.refunded_gross, "
    "r.shipping, r.restocking_fee, r.return_shipping, r.cross_border_fee, "
    "r.cross_border_fee_bearer, r.payout_currency, r.payout_amount, r.fx_rate, "
    "r.destination_method, r.destination_account, r.destination_holder, r.destination_bank, "
    'u.name, r.note FROM refund r JOIN "order" o ON r.order_id = o.id '
    "JOIN user u ON r.requested_by_id = u.id ORDER BY r.id"
)


def peak_mib() -> float:
    """This process's peak RSS. On Linux from VmHWM, which starts afresh at exec: ru_maxrss keeps
    the high-water mark of the process that forked this one (the benchmark's own)."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1 << 20) if sys.platform == "darwin" else peak / 1024


def generate(path: Path, refunds: int) -> None:
    from merchant_refunds.services import users
    from merchant_refunds.storage.db import close_database, open_database

    open_database(path, create=True)
    users.create_user(None, "boss", "owner", "8264")
    close_database()
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=wal")
    con.execute("PRAGMA synchronous=off")
    start = datetime(2026, 1, 1, 8, 0)
    orders = max(1, refunds // 2)
    with con:
        con.executemany(
            'INSERT INTO "order" (id, order_no, source, status, currency, placed_at, presale, '
            "customer_name, customer_phone, customer_email, customer_country, payment_method, "
            "payment_reference, payer_account, shipping_fee, total_paid, note, created_at) "
            "VALUES (?, ?, 'manual', 'delivered', 'CNY', ?, 0, ?, '', '', 'CN', 'alipay', '', "
            "'', 0, ?, '', ?)",
            (
                (
                    i,
                    f"MR{i:09d}",
                    str(start + timedelta(minutes=i)),
                    f"客户{i % 997}",
                    20000 + i % 5000,
                    str(start),
                )
                for i in range(1, orders + 1)
            ),
        )
        con.executemany(
            "INSERT INTO order_line (id, order_id, line_no, sku, name, category, quantity, "
            "unit_price, line_discount, order_discount_share, tax_rate, final_sale) "
            "VALUES (?, ?, 1, ?, '龙井茶 250g', 'tea', 2, 10000, 0, 0, '0.13', 0)",
            ((i, i, f"TEA-{i % 50:03d}") for i in range(1, orders + 1)),
        )

        def refund_rows():
            for i in range(1, refunds + 1):
                t = start + timedelta(minutes=i)
                paid = i % 2 == 0
                total = 5000 + i % 3000
                yield (
                    i,
                    f"RF{i:010d}",
                    (i - 1) % orders + 1,
                    "completed" if paid else "requested",
                    "no_reason",
                    "=备注" if i % 1000 == 0 else "",
                    "original_route",
                    "CNY",
                    total,
                    total,
                    "CNY",
                    total,
                    "{}",
                    1,
                    str(t),
                    str(t + timedelta(hours=3)) if paid else None,
                    str(t + timedelta(days=1)) if paid else None,
                    str(t + timedelta(days=3)) if paid else None,
                    str(t),
                )

        con.executemany(
            "INSERT INTO refund (id, refund_no, order_id, status, reason_code, note, goods_return, "
            "destination_method, destination_account, destination_holder, destination_bank, "
            "currency, total, refunded_gross, shipping, restocking_fee, return_shipping, "
            "cross_border_fee, cross_border_fee_bearer, payout_currency, payout_amount, "
            "quote_json, findings_json, override_reason, second_approval_required, "
            "signature_required, requested_by_id, requested_at, approved_at, paid_at, "
            "completed_at, rejection_reason, cancel_reason, updated_at) VALUES "
            "(?, ?, ?, ?, ?, ?, 0, ?, '', '', '', ?, ?, ?, 0, 0, 0, 0, 'merchant', ?, ?, ?, '[]', "
            "'', 0, 0, ?, ?, ?, ?, ?, '', '', ?)",
            refund_rows(),
        )
    con.close()


_XML_HEAD = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
)


def _bare_xml(db: Path, out: Path) -> int:
    """The floor: each value as the shortest valid cell (numbers as numbers, the rest inline
    strings, escaped), no styles or types, streamed into the zip (level 1) as it comes."""
    from xml.sax.saxutils import escape

    from merchant_refunds.exports.xlsx import column_letter

    con = sqlite3.connect(db)
    letters = [column_letter(i) for i in range(26)]
    rows = 0
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        zf.writestr("[Content_Types].xml", _bare_types())
        zf.writestr("_rels/.rels", _bare_rel("officeDocument", "xl/workbook.xml"))
        zf.writestr("xl/_rels/workbook.xml.rels", _bare_rel("worksheet", "worksheets/sheet1.xml"))
        zf.writestr(
            "xl/workbook.xml",
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<sheets><sheet name="data" sheetId="1" r:id="rId1"/></sheets></workbook>',
        )
        with zf.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as part:
            part.write(_XML_HEAD.encode())
            cur = con.execute(BARE_SQL)
            while batch := cur.fetchmany(5000):
                chunk = []
                for r in batch:
                    rows += 1
                    n = str(rows)
                    cells = [f'<row r="{n}">']
                    for letter, v in zip(letters, r, strict=False):
                        if v is None or v == "":
                            continue
                        if v.__class__ is int:
                            cells.append(f'<c r="{letter}{n}"><v>{v}</v></c>')
                        else:
                            cells.append(
                                f'<c r="{letter}{n}" t="inlineStr"><is><t>{escape(v)}</t></is></c>'
                            )
                    cells.append("</row>")
                    chunk.append("".join(cells))
                part.write("".join(chunk).encode())
            part.write(b"</sheetData></worksheet>")
    return rows


def _bare_types() -> str:
    main = "application/vnd.openxmlformats-officedocument.spreadsheetml"
    return (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/xl/workbook.xml" ContentType="{main}.sheet.main+xml"/>'
        f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{main}.worksheet+xml"/>'
        "</Types>"
    )


def _bare_rel(kind: str, target: str) -> str:
    return (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        f'relationships/{kind}" Target="{target}"/></Relationships>'
    )


#: Columns of BARE_SQL: datetimes, money (beside its currency), and the header row.
_DATETIMES = (4, 5, 6, 7)
_MONEY = {10: 9, 11: 9, 12: 9, 13: 9, 14: 9, 15: 9, 18: 17}
_HEADERS = [
    "refund_no", "order_no", "status", "reason", "requested_at", "approved_at", "paid_at",
    "completed_at", "customer", "currency", "total", "refunded_gross", "shipping",
    "restocking_fee", "return_shipping", "cross_border_fee", "fee_bearer", "payout_currency",
    "payout_amount", "fx_rate", "method", "account", "holder", "bank", "requested_by", "note",
]  # fmt: skip


def _typed_pages(db: Path):
    """The bare rows as the writers take them: datetimes, amounts as Decimal in major units."""
    from merchant_refunds.domain.money import CURRENCY_EXPONENTS

    con = sqlite3.connect(db)
    cur = con.execute(BARE_SQL)
    while batch := cur.fetchmany(5000):
        page = []
        for r in batch:
            row = list(r)
            for i in _DATETIMES:
                if row[i]:
                    row[i] = datetime.fromisoformat(row[i])
            for i, ci in _MONEY.items():
                row[i] = Decimal(row[i]).scaleb(-CURRENCY_EXPONENTS[row[ci]])
            page.append(row)
        yield page


def _old_xlsxwriter(db: Path, out: Path) -> int:
    """The export's writer before issue 16: xlsxwriter, constant memory, a call per cell."""
    import xlsxwriter

    from merchant_refunds.exports.sinks import _money_format

    book = xlsxwriter.Workbook(
        str(out),
        {
            "constant_memory": True,
            "strings_to_formulas": False,
            "strings_to_numbers": False,
            "strings_to_urls": False,
        },
    )
    sheet = book.add_worksheet("data")
    bold = book.add_format({"bold": True, "bg_color": "#EEEEEE", "bottom": 1})
    text = book.add_format({"num_format": "@"})
    dt_fmt = book.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"})
    money = {"CNY": book.add_format({"num_format": _money_format("CNY")})}
    for i in range(26):
        sheet.set_column(i, i, 16)
    sheet.freeze_panes(1, 0)
    sheet.write_row(0, 0, _HEADERS, bold)
    row_no = 0
    for page in _typed_pages(db):
        for r in page:
            row_no += 1
            for i, v in enumerate(r):
                if v is None or v == "":
                    continue
                if i in _MONEY:
                    sheet.write_number(row_no, i, v, money[r[_MONEY[i]]])
                elif i in _DATETIMES:
                    sheet.write_datetime(row_no, i, v, dt_fmt)
                else:
                    sheet.write_string(row_no, i, v, text if i in (0, 1, 19, 21) else None)
    sheet.autofilter(0, 0, row_no, 25)
    book.close()
    return row_no


def _rustpy(db: Path, out: Path) -> int:
    """rustpy-xlsxwriter from a generator of dicts: formats per column only (CNY's for money)."""
    import rustpy_xlsxwriter as rx

    from merchant_refunds.exports.sinks import _money_format

    count = [0]

    def records():
        for page in _typed_pages(db):
            count[0] += len(page)
            for r in page:
                yield dict(zip(_HEADERS, r, strict=True))

    cny = rx.Format().set_num_format(_money_format("CNY"))
    formats = {_HEADERS[i]: cny for i in _MONEY}
    formats.update({_HEADERS[i]: rx.Format().set_num_format("@") for i in (0, 1, 19, 21)})
    rx.write_worksheet(
        records(),
        str(out),
        sheet_name="data",
        freeze_row=1,
        autofilter=True,
        datetime_format="yyyy-mm-dd hh:mm:ss",
        column_formats=formats,
        bold_headers=True,
    )
    return count[0]


def _pyexcelerate(db: Path, out: Path) -> int:
    """pyexcelerate: the whole sheet as lists in memory, then written; a style per column."""
    from pyexcelerate import Format, Panes, Style, Workbook

    from merchant_refunds.exports.sinks import _money_format

    data = [_HEADERS]
    for page in _typed_pages(db):
        data.extend(page)
    book = Workbook()
    sheet = book.new_sheet("data", data=data)
    for i in _MONEY:
        sheet.set_col_style(i + 1, Style(format=Format(_money_format("CNY"))))
    for i in _DATETIMES:
        sheet.set_col_style(i + 1, Style(format=Format("yyyy-mm-dd hh:mm:ss")))
    sheet.panes = Panes(y=1)
    sheet.auto_filter = True
    book.save(str(out))
    return len(data) - 1


LIBRARIES = {"xlsxwriter": _old_xlsxwriter, "rustpy": _rustpy, "pyexcelerate": _pyexcelerate}


def run_one(kind: str, db: Path, out: Path) -> dict[str, float]:
    """One measurement in this (fresh) process."""
    began = time.perf_counter()
    if kind == "bare-csv":
        con = sqlite3.connect(db)
        with out.open("w", encoding="utf-8-sig", newline="") as f:
            writer = csv.writer(f)
            rows = 0
            cur = con.execute(BARE_SQL)
            while batch := cur.fetchmany(5000):
                writer.writerows(batch)
                rows += len(batch)
    elif kind == "bare-xml":
        rows = _bare_xml(db, out)
    elif kind == "bare-xlsx":
        import xlsxwriter

        con = sqlite3.connect(db)
        book = xlsxwriter.Workbook(str(out), {"constant_memory": True})
        sheet = book.add_worksheet()
        rows = 0
        cur = con.execute(BARE_SQL)
        while batch := cur.fetchmany(5000):
            for r in batch:
                rows += 1
                sheet.write_row(rows, 0, r)
        book.close()
    elif kind in LIBRARIES:
        rows = LIBRARIES[kind](db, out)
    else:
        from merchant_refunds.exports.run import export_file
        from merchant_refunds.services import users
        from merchant_refunds.services.reporting import ExportFilter
        from merchant_refunds.storage.db import open_database

        open_database(db, create=False)
        actor = users.get_actor("boss")
        began = time.perf_counter()
        result = export_file(actor, "refunds", ExportFilter(), out, fmt=kind, with_totals=False)
        rows = result.rows
    seconds = time.perf_counter() - began
    peak_mb = peak_mib()
    return {"rows": rows, "seconds": seconds, "rows_per_s": rows / seconds, "peak_mb": peak_mb}


def _measure(kind: str, db: Path, out: Path) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, __file__, "--one", kind, str(db), str(out)],
        check=True,
        capture_output=True,
        text=True,
    )
    result = json.loads(done.stdout)
    result["file_mb"] = out.stat().st_size / 2**20
    out.unlink()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--refunds", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=1, help="runs of each kind")
    parser.add_argument(
        "--libraries", action="store_true", help="also the other XLSX writers (issue 16)"
    )
    parser.add_argument("--kinds", help="comma-separated kinds to run (default: all)")
    parser.add_argument("--one", nargs=3, metavar=("KIND", "DB", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        kind, db, out = args.one
        print(json.dumps(run_one(kind, Path(db), Path(out))))
        return
    kinds = ["bare-csv", "csv", "bare-xml", "bare-xlsx", "xlsx"]
    if args.libraries:
        kinds += list(LIBRARIES)
    if args.kinds:
        kinds = args.kinds.split(",")
    print("load before:", Path("/proc/loadavg").read_text().split()[:3])
    with tempfile.TemporaryDirectory(prefix="bench-exports-") as tmp:
        db = Path(tmp) / "refunds.sqlite3"
        began = time.perf_counter()
        generate(db, args.refunds)
        print(f"generated {args.refunds:,} refunds in {time.perf_counter() - began:.1f} s")
        results: dict[str, list[dict[str, float]]] = {kind: [] for kind in kinds}
        for _ in range(args.repeat):  # interleaved, so a busy spell hits every kind alike
            for kind in kinds:
                suffix = "csv" if kind.endswith("csv") else "xlsx"
                r = _measure(kind, db, Path(tmp) / f"{kind}.{suffix}")
                results[kind].append(r)
                print(
                    f"{kind:12} {r['rows']:>9,} rows {r['seconds']:7.2f} s "
                    f"{r['rows_per_s']:>10,.0f} rows/s  peak RSS {r['peak_mb']:6.0f} MB  "
                    f"file {r['file_mb']:6.1f} MB",
                    flush=True,
                )
        print("load after:", Path("/proc/loadavg").read_text().split()[:3])
        print("| kind | min s | median s | x bare (min / median) | peak RSS MB | file MB |")
        print("|---|---:|---:|---:|---:|---:|")
        for kind in kinds:
            bare = "bare-csv" if kind.endswith("csv") else "bare-xml"
            times = [r["seconds"] for r in results[kind]]
            ratios = [
                r["seconds"] / b["seconds"]
                for r, b in zip(results[kind], results.get(bare, []), strict=False)
            ]
            ratio = f"{min(ratios):.2f} / {statistics.median(ratios):.2f}" if ratios else "-"
            print(
                f"| {kind} | {min(times):.2f} | {statistics.median(times):.2f} | {ratio} "
                f"| {max(r['peak_mb'] for r in results[kind]):.0f} "
                f"| {results[kind][0]['file_mb']:.1f} |"
            )


if __name__ == "__main__":
    main()

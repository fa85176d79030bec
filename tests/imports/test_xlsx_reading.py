"""Reading XLSX imports (issue 16): calamine where a scan of the sheet allows it, openpyxl
otherwise, the same text from both; and the scan attacked with a grid too large for calamine."""

from __future__ import annotations

import re
import resource
import subprocess
import sys
import zipfile
from datetime import date, datetime, time
from pathlib import Path

import openpyxl
import pytest

from merchant_refunds.imports import reading
from merchant_refunds.imports.reading import open_table, scan_sheet
from tests.hostile_files import SHEET, _workbook_parts

ROOT = Path(__file__).resolve().parents[2]


def _read(path: Path) -> tuple[list[str], list[tuple[int, list[str]]]]:
    table = open_table(path)
    try:
        return table.headers, list(table.rows)
    finally:
        table.close()


def _mixed_book(path: Path) -> Path:
    """Every kind of cell an order export has, starting in column B after a blank row 2."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append([None, "order_no", "placed_at", "paid_on", "at", "total", "qty", "ok", "note"])
    sheet.append([])
    sheet.append(
        [
            None,
            "007123",
            datetime(2026, 3, 4, 10, 30, 15),
            date(2026, 3, 5),
            time(9, 45),
            12.5,
            3,
            True,
            "  spaces & <tags> 长  ",
        ]
    )
    sheet.append([None, 2026112012345, datetime(2026, 3, 4), None, None, -0.1, 0, False, None])
    sheet.append([None, "x"] + [None] * 7)
    for row in sheet.iter_rows(min_row=3, min_col=4, max_col=4):
        row[0].number_format = "yyyy-mm-dd"
    book.save(path)
    return path


def test_calamine_and_openpyxl_give_the_same_text(tmp_path: Path, monkeypatch) -> None:
    path = _mixed_book(tmp_path / "mixed.xlsx")
    assert scan_sheet(path).fast
    fast = _read(path)
    monkeypatch.setattr(reading, "MAX_FAST_CELLS", 0)
    assert not scan_sheet(path).fast
    assert _read(path) == fast
    headers, rows = fast
    assert headers == [
        "",
        "order_no",
        "placed_at",
        "paid_on",
        "at",
        "total",
        "qty",
        "ok",
        "note",
    ]
    assert rows[0] == (
        3,
        [
            "",
            "007123",
            "2026-03-04 10:30:15",
            "2026-03-05 00:00:00",
            "09:45:00",
            "12.5",
            "3",
            "TRUE",
            "  spaces & <tags> 长  ",
        ],
    )
    assert rows[1] == (
        4,
        ["", "2026112012345", "2026-03-04 00:00:00", "", "", "-0.1", "0", "FALSE", ""],
    )
    assert rows[2][0] == 5


def _with_cell(path: Path, cell: str) -> Path:
    """A workbook whose second row holds ``cell`` (raw sheet XML) below a header cell."""
    return _sheet_with(path, b'<row r="2">' + cell.encode() + b"</row>")


@pytest.mark.parametrize(
    ("cell", "fast", "text"),
    [
        ('<c r="A2" t="inlineStr"><is><t>plain</t></is></c>', True, "plain"),
        ('<c r="A2"><f>1+1</f><v>2</v></c>', False, "=1+1"),
        ('<c r="A2" t="str"><f>"00123"</f><v>00123</v></c>', False, '="00123"'),
        ('<c r="A2" t="e"><v>#N/A</v></c>', False, "#N/A"),
        ('<c r="A2" t="inlineStr"><is><t>a_x0041_b</t></is></c>', False, "a_x0041_b"),
        ('<c t="inlineStr"><is><t>no reference</t></is></c>', False, "no reference"),
    ],
    ids=["plain", "formula", "wrapped number", "error", "escape", "no reference"],
)
def test_what_calamine_reads_otherwise_goes_through_openpyxl(
    tmp_path: Path, cell: str, fast: bool, text: str
) -> None:
    """calamine gives a formula's last result and an error as nothing; the importer must see
    ``=…`` to refuse a formula or unwrap ``="00123"``, so such sheets are read as before."""
    path = _with_cell(tmp_path / "book.xlsx", cell)
    assert scan_sheet(path).fast is fast
    headers, rows = _read(path)
    assert headers == ["order_no"]
    assert rows == [(2, [text])]


def _sheet_with(path: Path, rows_xml: bytes) -> Path:
    """openpyxl's one-cell workbook with ``rows_xml`` added, its sheet left unsized (openpyxl
    stops at a declared size)."""
    parts = _workbook_parts()
    sheet = re.sub(rb"<dimension [^>]*/>", b"", parts[SHEET])
    parts[SHEET] = sheet.replace(b"</sheetData>", rows_xml + b"</sheetData>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zipped:
        for name, data in parts.items():
            zipped.writestr(name, data)
    return path


_UNDER_LIMIT = """
import resource, sys
resource.setrlimit(resource.RLIMIT_AS, (1536 << 20, 1536 << 20))
path = sys.argv[2]
if sys.argv[1] == "calamine":
    import python_calamine
    python_calamine.CalamineWorkbook.from_path(path).get_sheet_by_index(0)
else:
    from merchant_refunds.imports.reading import open_table
    table = open_table(__import__("pathlib").Path(path))
    print(len(list(table.rows)))
"""


@pytest.mark.skipif(not hasattr(resource, "RLIMIT_AS"), reason="needs an address-space limit")
def test_a_tiny_sheet_spanning_a_huge_grid_is_not_given_to_calamine(tmp_path: Path) -> None:
    """Cells 200,000 rows and 1,000 columns apart: calamine alone asks for 6 GB and dies under
    a 1.5 GB limit; the importer sees the grid in its scan and streams the sheet instead."""
    path = _sheet_with(
        tmp_path / "far.xlsx", b'<row r="200000"><c r="ALL200000"><v>1</v></c></row>'
    )
    assert path.stat().st_size < 8192
    scan = scan_sheet(path)
    assert (scan.rows, scan.columns, scan.fast) == (200_000, 1_000, False)

    def run(reader: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-c", _UNDER_LIMIT, reader, str(path)],
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=120,
            check=False,
        )

    assert run("calamine").returncode != 0
    done = run("importer")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "1"  # the far row; the gap is passed over


def test_a_workbook_calamine_cannot_open_is_read_by_openpyxl(tmp_path: Path, monkeypatch) -> None:
    """calamine refusing a workbook (a kind of file it does not know) is not the user's error:
    openpyxl reads it, or says what is wrong with it, as before."""
    import python_calamine

    path = _mixed_book(tmp_path / "mixed.xlsx")
    expected = _read(path)

    def refuse(_path: str) -> None:
        raise python_calamine.CalamineError("unsupported")

    monkeypatch.setattr(python_calamine.CalamineWorkbook, "from_path", refuse)
    assert _read(path) == expected

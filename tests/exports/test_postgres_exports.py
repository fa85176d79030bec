"""Every export and the report give the same result on a SQLite file and on a PostgreSQL server:
the same shop is built on both, every file is written through the command line, read back and
compared (CSV text, XLSX cell values, the journal, the report's figures and its PDF text)."""

from __future__ import annotations

import io
import re
from dataclasses import asdict
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from merchant_refunds.cli.main import main
from merchant_refunds.demo import generator
from merchant_refunds.services import reporting, users
from merchant_refunds.services.database import initialise
from merchant_refunds.storage.db import close_database, open_database

TODAY = date(2026, 11, 26)
PERIOD = ["--from", "2026-01-01", "--to", "2026-11-26"]
EXPORTS = [
    (dataset, fmt, lang)
    for dataset in reporting.DATASETS
    for fmt in ("csv", "xlsx")
    for lang in (("zh", "en") if fmt == "csv" else ("zh",))
]


def _build_shop(target: str) -> None:
    initialise(target)
    generator.generate_demo(orders=60, seed=11, today=TODAY)
    close_database()


#: What differs between two shops by design: each keys its audit trail with its own key (so every
#: event's hash differs) and names that key and its shop id in the trail's first event.
SHOP_SPECIFIC = re.compile(r"\b[0-9a-f]{64}\b|(key_id|shop_id)\W+[0-9a-f]+")


def _same_shop(value: object) -> object:
    if isinstance(value, str):
        return SHOP_SPECIFIC.sub("<shop-specific>", value)
    if isinstance(value, list):
        return [_same_shop(v) for v in value]
    return value


def _write_everything(target: str, folder: Path) -> dict[str, object]:
    """Every export kind through the CLI; what a user would read from each file."""
    folder.mkdir()
    seen: dict[str, object] = {}
    for dataset, fmt, lang in EXPORTS:
        path = folder / f"{dataset}-{lang}.{fmt}"
        args = ["--db", target, "export", dataset, *PERIOD, "--format", fmt, "--lang", lang]
        if dataset == "journal":
            args += ["--by", "payout"]
        assert main([*args, "-o", str(path), "--user", "kim", "--json"]) == 0, path
        if fmt == "csv":
            seen[path.name] = _same_shop(path.read_text(encoding="utf-8-sig"))
        else:
            book = openpyxl.load_workbook(path, read_only=True)
            seen[path.name] = [
                _same_shop(list(row)) for row in book.active.iter_rows(values_only=True)
            ]
            book.close()
    pdf = folder / "report.pdf"
    assert main(["--db", target, "report", *PERIOD, "-o", str(pdf), "--user", "kim"]) == 0
    seen["report.pdf"] = "\n".join(
        page.extract_text() for page in PdfReader(io.BytesIO(pdf.read_bytes())).pages
    )
    open_database(target)
    try:
        data = reporting.report_data(users.get_actor("kim"), date(2026, 1, 1), TODAY)
        seen["report figures"] = asdict(data)
    finally:
        close_database()
    return seen


def test_every_export_is_the_same_on_sqlite_and_on_postgres(
    tmp_path: Path, pg_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    monkeypatch.setenv("MERCHANT_REFUNDS_PIN", "6789")
    file_db = str(tmp_path / "shop.sqlite3")
    _build_shop(file_db)
    _build_shop(pg_url)
    on_file = _write_everything(file_db, tmp_path / "sqlite")
    on_server = _write_everything(pg_url, tmp_path / "postgres")
    capsys.readouterr()
    assert sorted(on_file) == sorted(on_server)
    for name, value in on_file.items():
        assert value, name
        assert on_server[name] == value, name
    # The journal has entries, and the report counted refunds: the comparison compared something.
    assert on_file["journal-zh.csv"].count("\n") > 10  # type: ignore[union-attr]
    assert on_file["report figures"]["by_currency"]  # type: ignore[index]


def test_a_failed_export_leaves_no_file(
    pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    """A journal whose entries do not balance stops the export; nothing is left at the target."""
    from merchant_refunds.exports import journal

    monkeypatch.setenv("MERCHANT_REFUNDS_PIN", "6789")
    _build_shop(pg_url)

    def unbalanced(self: journal.JournalTotals) -> None:
        raise journal.JournalImbalance("the debits and credits differ")

    monkeypatch.setattr(journal.JournalTotals, "check", unbalanced)
    target = tmp_path / "journal.csv"
    code = main(["--db", pg_url, "export", "journal", *PERIOD, "-o", str(target), "--user", "kim"])
    assert code != 0 and "differ" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []

"""The export dialog driven like the accountant would: pick, choose a file, export or cancel."""

from __future__ import annotations

import csv
import threading
import time
from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from merchant_refunds.demo import generator
from merchant_refunds.domain.money import CURRENCY_EXPONENTS
from merchant_refunds.exports.sinks import ExportCancelled
from merchant_refunds.services import reporting, users
from merchant_refunds.services.reporting import ExportFilter
from merchant_refunds.ui.common.session import Session
from merchant_refunds.ui.common.tasks import wait_for_tasks
from merchant_refunds.ui.reports.export_dialog import ExportDialog
from tests.ui.helpers import OFFSCREEN_NOISE

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
LEFT = Qt.MouseButton.LeftButton
TODAY = date(2026, 11, 26)
START = date(2025, 11, 1)


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    """A folder of its own (the database lives in tmp_path) to see every file left behind."""
    path = tmp_path / "out"
    path.mkdir()
    return path


@pytest.fixture
def dialog(qtbot: QtBot, make_session: Callable[[users.Actor], Session]) -> ExportDialog:
    """The dialog for the accountant over a year of demo data."""
    generator.generate_demo(orders=40, seed=5, today=TODAY)
    dialog = ExportDialog(make_session(users.get_actor("kim")), START, TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _choose(dialog: ExportDialog, dataset: str, fmt: str) -> None:
    dialog.dataset.setCurrentIndex(dialog.dataset.findData(dataset))
    dialog.format.setCurrentIndex(dialog.format.findData(fmt))


def _choose_file(
    qtbot: QtBot, dialog: ExportDialog, monkeypatch: pytest.MonkeyPatch, target: Path
) -> list[str]:
    """Press "Choose…" with the file dialog answering ``target``; returns the suggested names."""
    suggested: list[str] = []

    def fake_save(_parent: QWidget, _title: str, name: str, _filter: str) -> tuple[str, str]:
        suggested.append(name)
        return str(target), _filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_save))
    (browse,) = [b for b in dialog.findChildren(QPushButton) if b.text() == "Choose…"]
    qtbot.mouseClick(browse, LEFT)
    return suggested


def _minor(text: str, currency: str) -> int:
    value = Decimal(text).scaleb(CURRENCY_EXPONENTS[currency])
    assert value == value.to_integral_value(), text
    return int(value)


def test_export_refunds_to_csv_writes_a_file_that_reads_back(
    qtbot: QtBot, dialog: ExportDialog, monkeypatch: pytest.MonkeyPatch, out_dir: Path
) -> None:
    _choose(dialog, "refunds", "csv")
    assert dialog.delimiter.isEnabled()  # CSV only
    dialog.delimiter.setCurrentIndex(dialog.delimiter.findData(";"))
    qtbot.mouseClick(dialog.machine, LEFT)
    target = out_dir / "refunds.csv"
    assert _choose_file(qtbot, dialog, monkeypatch, target) == ["refunds.csv"]
    assert dialog.path_edit.text() == str(target)

    qtbot.mouseClick(dialog.start_button, LEFT)
    qtbot.waitUntil(lambda: dialog.result is not None or dialog.error is not None, timeout=20_000)
    assert dialog.error is None and dialog.result is not None
    assert wait_for_tasks()

    actor, flt = dialog.session.actor, dialog.export_filter()
    assert flt == ExportFilter(START, TODAY, "request")
    expected_rows = reporting.count_rows(actor, "refunds", flt)
    assert expected_rows > 10
    assert dialog.result.rows == expected_rows
    assert dialog.status_label.text() == f"{expected_rows} rows written to {target}"
    assert not dialog.progress.isVisible() and dialog.start_button.isEnabled()
    assert [p.name for p in out_dir.iterdir()] == ["refunds.csv"]  # no .part left beside it

    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM spreadsheet programs need for Chinese
    with target.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f, delimiter=";"))
    assert len(rows) == expected_rows
    assert list(rows[0]) == reporting.columns("refunds")
    totals: dict[str, int] = {}
    for row in rows:
        if row["total"]:
            totals[row["currency"]] = totals.get(row["currency"], 0) + _minor(
                row["total"], row["currency"]
            )
    expected = reporting.database_totals(actor, "refunds", flt, "total")
    assert totals == {k: v for k, v in expected.items() if v}


def _slow_many_pages(sample: list[tuple[Any, ...]], served: threading.Event) -> Callable:
    """A row source of up to 2,000 pages that takes a while per page, like a huge database."""

    def iter_pages(
        _actor: users.Actor, _dataset: str, _flt: ExportFilter, _page_size: int = 0
    ) -> Iterator[list[tuple[Any, ...]]]:
        for _page in range(2_000):
            yield sample
            served.set()
            time.sleep(0.005)

    return iter_pages


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_cancel_during_a_large_export_leaves_no_file(
    qtbot: QtBot,
    dialog: ExportDialog,
    monkeypatch: pytest.MonkeyPatch,
    out_dir: Path,
    fmt: str,
) -> None:
    actor = dialog.session.actor
    sample = next(reporting.iter_pages(actor, "refunds", ExportFilter(), 200))
    served = threading.Event()
    monkeypatch.setattr(reporting, "iter_pages", _slow_many_pages(sample, served))
    monkeypatch.setattr(reporting, "count_rows", lambda *_a: 2_000 * len(sample))
    _choose(dialog, "refunds", fmt)
    target = out_dir / f"refunds.{fmt}"
    _choose_file(qtbot, dialog, monkeypatch, target)

    qtbot.mouseClick(dialog.start_button, LEFT)
    assert served.wait(10)
    qtbot.waitUntil(lambda: dialog.progress.value() > 0, timeout=10_000)
    assert [p.suffix for p in out_dir.iterdir()] == [".part"]  # half-written, beside the target
    assert not dialog.start_button.isEnabled()

    qtbot.mouseClick(dialog.cancel_button, LEFT)
    assert dialog.isVisible()  # Cancel while running stops the export, not the dialog
    assert dialog.status_label.text() == "Cancelling…"
    qtbot.waitUntil(lambda: dialog.task is None, timeout=10_000)
    assert wait_for_tasks()

    assert isinstance(dialog.error, ExportCancelled) and dialog.result is None
    assert dialog.status_label.text() == "Export cancelled; no file was written."
    assert list(out_dir.iterdir()) == []  # neither the file nor its .part
    assert dialog.progress.value() < dialog.progress.maximum()  # it really stopped half way
    assert dialog.start_button.isEnabled() and dialog.cancel_button.isEnabled()

    qtbot.mouseClick(dialog.cancel_button, LEFT)  # nothing running: Cancel closes the dialog
    assert not dialog.isVisible()

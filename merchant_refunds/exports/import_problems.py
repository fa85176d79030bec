"""The orders an import left out, and why, as a CSV file to fix the export with.

Written by the command line (``import --problems FILE``) and by the GUI's import dialog, which
passes each reason already translated into the user's language (``reason``); the headers follow
``lang``. UTF-8 with a byte-order mark, so that Excel shows Chinese text right.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

from merchant_refunds.exports.sinks import atomic_file
from merchant_refunds.services.order_import import ImportReport, Problem

HEADERS = {
    "en": ["row", "column", "order", "kind", "problem"],
    "zh": ["行", "列", "订单号", "类型", "问题"],
}
KINDS = {
    "en": {"invalid": "fails", "conflict": "conflict"},
    "zh": {"invalid": "无法导入", "conflict": "冲突"},
}


def write_problems(
    report: ImportReport,
    path: Path | str,
    *,
    lang: str = "en",
    reason: Callable[[Problem], str] | None = None,
) -> Path:
    """Write one row per order (or file problem) the import left out; returns the path."""
    target = Path(path)
    headers, kinds = HEADERS.get(lang, HEADERS["en"]), KINDS.get(lang, KINDS["en"])
    with atomic_file(target) as tmp, tmp.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(headers)
        for p in report.problems:
            text = reason(p) if reason is not None else p.reason
            writer.writerow([p.row, p.column, p.order_no, kinds.get(p.kind, p.kind), text])
    return target

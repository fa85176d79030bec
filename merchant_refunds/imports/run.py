"""Detect, preview and import one order file: the entry points the CLI and the GUI call."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from merchant_refunds.domain.errors import InvalidInput
from merchant_refunds.imports import formats
from merchant_refunds.imports.build import build_order
from merchant_refunds.imports.cells import CellError
from merchant_refunds.imports.formats import REGISTRY, Row, norm
from merchant_refunds.imports.reading import Table, open_table
from merchant_refunds.services import order_import, sku_rules
from merchant_refunds.services.order_import import ImportedOrder, ImportReport, Problem
from merchant_refunds.services.users import Actor

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class Detection:
    """What the file looks like: its kind, encoding, headers and the format we recognise."""

    path: Path
    kind: str
    encoding: str
    headers: list[str]
    format: str | None
    saved_mapping: dict[str, str] | None


def detect_file(path: Path | str) -> Detection:
    path = Path(path)
    table = open_table(path)
    try:
        saved = order_import.load_mapping(table.headers)
        fmt = formats.detect(table.headers)
        if fmt is None and saved is not None:
            fmt = formats.GENERIC
        return Detection(path, table.kind, table.encoding, table.headers, fmt, saved)
    finally:
        table.close()


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _index(table: Table, fmt: str, mapping: dict[str, str] | None) -> dict[str, int]:
    index: dict[str, int] = {}
    for i, header in enumerate(table.headers):
        index.setdefault(norm(header), i)
    if mapping:
        for fld, source in mapping.items():
            if fld not in formats.GENERIC_FIELDS:
                raise InvalidInput(
                    "import_mapping", "Unknown field in the mapping: {field}", field=fld
                )
            if source not in table.headers:
                raise InvalidInput(
                    "import_mapping", "The file has no column {column}", column=source
                )
            index[norm(fld)] = table.headers.index(source)
    required = REGISTRY[fmt].required
    absent = [names[0] for names in required if not any(norm(n) in index for n in names)]
    if absent:
        raise InvalidInput(
            "import_missing_columns",
            "{path}: columns missing for the {format} format: {columns}",
            path=table.path.name,
            format=fmt,
            columns=", ".join(absent),
        )
    return index


def parse(
    table: Table,
    fmt: str,
    mapping: dict[str, str] | None = None,
    report: ImportReport | None = None,
    progress: Progress | None = None,
) -> Iterator[ImportedOrder | Problem]:
    """Stream the file's orders (or the problems that keep them out), in file order."""
    spec = REGISTRY[fmt]
    index = _index(table, fmt, mapping)
    key_col = next((n for n in spec.key if norm(n) in index), spec.key[0])
    width = len(table.headers)
    lookup: formats.Lookup = {}  # shared by the file's rows: see ``Row``

    def rows() -> Iterator[Row]:
        for count, (number, cells) in enumerate(table.rows, 1):
            if report is not None:
                report.rows += 1
            if progress is not None and count % 2000 == 0:
                progress(table.position(), table.size)
            if len(cells) < width:  # a CSV line or an unsized sheet's row may end early
                cells = cells + [""] * (width - len(cells))
            yield Row(index, number, cells, lookup)

    key_at = index[norm(key_col)]
    for group in formats.groups(rows(), lambda r: r.cells[key_at], key_col):
        if isinstance(group, CellError):
            yield _problem(group, group.row or 0)
            continue
        try:
            yield build_order(spec.build(group))
        except CellError as exc:
            row = exc.row or _row_of(group, exc.column)
            yield _problem(exc, row, group.order_no)
    if progress is not None:
        progress(table.size, table.size)


def _problem(error: CellError, row: int, order_no: str = "") -> Problem:
    return Problem(
        row, error.column, error.reason, order_no, template=error.template, params=error.params
    )


def _row_of(group: formats.Group, column: str) -> int:
    return group.rows[0].number


def _run(
    path: Path | str,
    fmt: str | None,
    mapping: dict[str, str] | None,
    work: Callable[[Iterator[ImportedOrder | Problem], ImportReport], ImportReport],
    progress: Progress | None,
) -> ImportReport:
    path = Path(path)
    table = open_table(path)
    try:
        chosen = fmt or formats.detect(table.headers)
        if chosen is None and mapping is None:
            mapping = order_import.load_mapping(table.headers)
            chosen = formats.GENERIC if mapping else None
        if chosen is None:
            raise InvalidInput(
                "import_unknown_format",
                "{path}: the format is not recognised; choose a column mapping (generic format)",
                path=path.name,
            )
        if chosen not in REGISTRY:
            raise InvalidInput("import_format", "Unknown format: {format}", format=chosen)
        report = ImportReport(
            file_name=path.name,
            format=chosen,
            encoding=table.encoding,
            file_sha256=_sha256(path),
        )
        items = sku_rules.apply_rules(parse(table, chosen, mapping, report, progress))
        return work(items, report)
    finally:
        table.close()


def preview_file(
    path: Path | str,
    fmt: str | None = None,
    mapping: dict[str, str] | None = None,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportReport:
    """What importing the file would do; changes nothing."""
    return _run(
        path,
        fmt,
        mapping,
        lambda items, report: order_import.preview(items, report, cancelled=cancelled),
        progress,
    )


def import_file(
    actor: Actor,
    path: Path | str,
    fmt: str | None = None,
    mapping: dict[str, str] | None = None,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    skip_failing: bool = False,
) -> ImportReport:
    """Import the whole file in one transaction; any failure or conflict leaves the database
    as it was (``ImportRefused`` carries the report). With ``skip_failing`` the good orders go
    in and the report lists the others."""
    return _run(
        path,
        fmt,
        mapping,
        lambda items, report: order_import.import_orders(
            actor, items, report, cancelled=cancelled, skip_failing=skip_failing
        ),
        progress,
    )

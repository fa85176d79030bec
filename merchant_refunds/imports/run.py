"""Detect, preview and import an order file (or Taobao's pair of files): the entry points the
CLI and the GUI call."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from itertools import chain
from pathlib import Path

from merchant_refunds.domain.errors import N_, InvalidInput
from merchant_refunds.imports import formats, parse_process
from merchant_refunds.imports.build import build_order
from merchant_refunds.imports.cells import CellError
from merchant_refunds.imports.formats import REGISTRY, Row, norm
from merchant_refunds.imports.reading import Table, open_table
from merchant_refunds.services import order_import, sku_rules
from merchant_refunds.services.order_import import ImportedOrder, ImportReport, Problem
from merchant_refunds.services.users import Actor

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
#: One file, or Taobao's order list and line list in either order.
Files = Path | str | Sequence[Path | str]


@dataclass(frozen=True)
class Detection:
    """What the file looks like: its kind, encoding, headers and the format we recognise."""

    path: Path
    kind: str
    encoding: str
    headers: list[str]
    format: str | None
    saved_mapping: dict[str, str] | None
    #: Every file given: Taobao's pair, the order list first; else just ``path``.
    paths: tuple[Path, ...] = ()


def _file_list(files: Files) -> list[Path]:
    if isinstance(files, str | Path):
        return [Path(files)]
    paths = [Path(p) for p in files]
    if not 1 <= len(paths) <= 2:
        raise InvalidInput(
            "import_file_count",
            "Give one order file, or a Taobao order list and its line list ({count} given)",
            count=len(paths),
        )
    return paths


def detect_file(files: Files) -> Detection:
    paths = _file_list(files)
    if len(paths) == 2:
        orders, lines = _open_pair(paths)
        try:
            encodings = {orders.encoding, lines.encoding}
            return Detection(
                orders.path,
                orders.kind,
                " / ".join(sorted(encodings)),
                orders.headers + lines.headers,
                formats.TAOBAO,
                None,
                (orders.path, lines.path),
            )
        finally:
            orders.close()
            lines.close()
    path = paths[0]
    table = open_table(path)
    try:
        saved = order_import.load_mapping(table.headers)
        fmt = formats.detect(table.headers)
        if fmt is None and saved is not None:
            fmt = formats.GENERIC
        return Detection(path, table.kind, table.encoding, table.headers, fmt, saved, (path,))
    finally:
        table.close()


def _open_pair(paths: list[Path]) -> tuple[Table, Table]:
    """Taobao's order list and line list, told apart by their headers: (orders, lines)."""
    tables: list[Table] = []
    try:
        for path in paths:
            tables.append(open_table(path))
        parts = [formats.taobao_part(t.headers) for t in tables]
        for table, part in zip(tables, parts, strict=True):
            if part is None:
                raise InvalidInput(
                    "import_pair_unknown",
                    "{path} is neither a Taobao order list (订单报表) nor its line list "
                    "(宝贝报表); two files can only be such a pair",
                    path=table.path.name,
                )
        if parts[0] == parts[1]:
            template = (
                N_(
                    "{first} and {second} are both Taobao order lists (订单报表); give one "
                    "order list and its line list (宝贝报表)"
                )
                if parts[0] == formats.ORDER_LIST
                else N_(
                    "{first} and {second} are both Taobao line lists (宝贝报表); give one "
                    "order list (订单报表) and its line list"
                )
            )
            raise InvalidInput(
                "import_pair_same", template, first=paths[0].name, second=paths[1].name
            )
    except BaseException:
        for table in tables:
            table.close()
        raise
    if parts[0] == formats.LINE_LIST:
        tables.reverse()
    return tables[0], tables[1]


def _sha256(*paths: Path) -> str:
    """The file's hash; for a pair, of the order list's bytes followed by the line list's."""
    digest = hashlib.sha256()
    for path in paths:
        with path.open("rb") as f:
            for chunk in iter(lambda f=f: f.read(1 << 20), b""):
                digest.update(chunk)
    return digest.hexdigest()


def _index(
    table: Table,
    fmt: str,
    mapping: dict[str, str] | None,
    required: list[tuple[str, ...]] | None = None,
) -> dict[str, int]:
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
    required = REGISTRY[fmt].required if required is None else required
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


def _rows(
    table: Table,
    index: dict[str, int],
    report: ImportReport | None,
    progress: Callable[[], None] | None,
) -> Iterator[Row]:
    width = len(table.headers)
    lookup: formats.Lookup = {}  # shared by the file's rows: see ``Row``
    for count, (number, cells) in enumerate(table.rows, 1):
        if report is not None:
            report.rows += 1
        if progress is not None and count % 2000 == 0:
            progress()
        if len(cells) != width:  # a CSV line or an unsized sheet's row may end early
            cells = (cells + [""] * (width - len(cells)))[:width]
        cells.append("")  # where ``Row.plan`` points a column the file lacks
        yield Row(index, number, cells, lookup)


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
    tick = None if progress is None else lambda: progress(table.position(), table.size)
    key_at = index[norm(key_col)]
    rows = _rows(table, index, report, tick)
    for group in formats.groups(rows, lambda r: r.cells[key_at], key_col):
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


_KEY = "订单编号"


def parse_pair(
    orders: Table,
    lines: Table,
    report: ImportReport | None = None,
    progress: Progress | None = None,
) -> Iterator[ImportedOrder | Problem]:
    """Stream the orders of Taobao's pair: each order list row joined with its line list rows.

    Both files are read once, side by side. Taobao writes the two in the same order, so each
    order's lines come next and nothing waits in memory; line groups met before their order
    wait in a dict until it comes (memory then grows with how far apart the files are). An
    order without lines, or lines without an order, is a problem of its own.
    """
    order_index = _index(orders, formats.TAOBAO, None, formats.TAOBAO_ORDER_LIST_REQUIRED)
    line_index = _index(lines, formats.TAOBAO, None, formats.TAOBAO_LINE_LIST_REQUIRED)
    size = orders.size + lines.size
    tick = None
    if progress is not None:

        def tick() -> None:
            progress(orders.position() + lines.position(), size)

    order_key, line_key = order_index[_KEY], line_index[_KEY]
    order_groups = formats.groups(
        _rows(orders, order_index, report, tick), lambda r: r.cells[order_key], _KEY
    )
    line_groups = formats.groups(
        _rows(lines, line_index, report, tick), lambda r: r.cells[line_key], _KEY
    )
    names = {"orders": orders.path.name, "lines": lines.path.name}
    waiting: dict[str, formats.Group] = {}
    for group in order_groups:
        if isinstance(group, CellError):
            yield _problem(group, group.row or 0)
            continue
        found = waiting.pop(group.order_no, None)
        while found is None:
            item = next(line_groups, None)
            if item is None:
                break
            if isinstance(item, CellError):
                yield _problem(item, item.row or 0)
            elif item.order_no == group.order_no:
                found = item
            else:
                waiting[item.order_no] = item
        first = group.rows[0]
        if len(group.rows) > 1:
            error = CellError(
                _KEY,
                "Order {order_no} has more than one row in the order list {orders}",
                order_no=group.order_no,
                **names,
            )
            yield _problem(error, group.rows[1].number, group.order_no)
            continue
        if found is None:
            error = CellError(
                _KEY,
                "Order {order_no} is in the order list {orders} but has no rows in the line "
                "list {lines}",
                order_no=group.order_no,
                **names,
            )
            yield _problem(error, first.number, group.order_no)
            continue
        try:
            yield build_order(formats.taobao_pair_order(group.order_no, first, found.rows))
        except CellError as exc:
            yield _problem(exc, exc.row or first.number, group.order_no)
    for item in chain(waiting.values(), line_groups):
        if isinstance(item, CellError):
            yield _problem(item, item.row or 0)
            continue
        error = CellError(
            _KEY,
            "Order {order_no} is in the line list {lines} but not in the order list {orders}",
            order_no=item.order_no,
            **names,
        )
        yield _problem(error, item.rows[0].number, item.order_no)
    if progress is not None:
        progress(size, size)


def _problem(error: CellError, row: int, order_no: str = "") -> Problem:
    return Problem(
        row, error.column, error.reason, order_no, template=error.template, params=error.params
    )


def _row_of(group: formats.Group, column: str) -> int:
    return group.rows[0].number


def _run(
    files: Files,
    fmt: str | None,
    mapping: dict[str, str] | None,
    work: Callable[[Iterator[ImportedOrder | Problem], ImportReport], ImportReport],
    progress: Progress | None,
) -> ImportReport:
    paths = _file_list(files)
    if len(paths) == 2:
        return _run_pair(paths, fmt, mapping, work, progress)
    path = paths[0]
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
        if chosen == formats.TAOBAO and mapping is None:
            _refuse_half_pair(table)
        report = ImportReport(
            file_name=path.name,
            format=chosen,
            encoding=table.encoding,
            file_sha256=_sha256(path),
        )
        job = parse_process.ParseJob((path,), chosen, mapping)
        return _work_on(
            job, report, progress, lambda: parse(table, chosen, mapping, report, progress), work
        )
    finally:
        table.close()


def _work_on(
    job: parse_process.ParseJob,
    report: ImportReport,
    progress: Progress | None,
    read_here: Callable[[], Iterator[ImportedOrder | Problem]],
    work: Callable[[Iterator[ImportedOrder | Problem], ImportReport], ImportReport],
) -> ImportReport:
    """``work`` (preview or import) on the file's orders with the shop's SKU rules applied, read
    here or in a second process (``parse_process``)."""
    items = parse_process.parsed(job, report, progress, read_here)
    try:
        return work(sku_rules.apply_rules(items), report)
    finally:
        items.close()  # a cancelled or refused import stops the reading process now


def _refuse_half_pair(table: Table) -> None:
    """One file of Taobao's pair alone: say which other file it needs, not which columns."""
    part = formats.taobao_part(table.headers)
    if part == formats.ORDER_LIST:
        raise InvalidInput(
            "import_pair_half",
            "{path} is a Taobao order list (订单报表); import it together with its line list "
            "(宝贝报表)",
            path=table.path.name,
        )
    if part == formats.LINE_LIST:
        raise InvalidInput(
            "import_pair_half",
            "{path} is a Taobao line list (宝贝报表); import it together with its order list "
            "(订单报表)",
            path=table.path.name,
        )


def _run_pair(
    paths: list[Path],
    fmt: str | None,
    mapping: dict[str, str] | None,
    work: Callable[[Iterator[ImportedOrder | Problem], ImportReport], ImportReport],
    progress: Progress | None,
) -> ImportReport:
    if fmt not in (None, formats.TAOBAO) or mapping:
        raise InvalidInput(
            "import_pair_format",
            "Two files are read as Taobao's order list and line list only, without a mapping",
        )
    orders, lines = _open_pair(paths)
    try:
        encodings = sorted({orders.encoding, lines.encoding})
        report = ImportReport(
            file_name=f"{orders.path.name} + {lines.path.name}",
            format=formats.TAOBAO,
            encoding=" / ".join(encodings),
            file_sha256=_sha256(orders.path, lines.path),
        )
        job = parse_process.ParseJob((orders.path, lines.path), formats.TAOBAO)
        return _work_on(
            job, report, progress, lambda: parse_pair(orders, lines, report, progress), work
        )
    finally:
        orders.close()
        lines.close()


def preview_file(
    path: Files,
    fmt: str | None = None,
    mapping: dict[str, str] | None = None,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportReport:
    """What importing the file (or Taobao's pair, in either order) would do; changes nothing."""
    return _run(
        path,
        fmt,
        mapping,
        lambda items, report: order_import.preview(items, report, cancelled=cancelled),
        progress,
    )


def import_file(
    actor: Actor,
    path: Files,
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

"""Order import use cases: classify parsed orders against the database, then store them.

The parsing lives above (``merchant_refunds.imports``); this module receives domain orders and
row problems. A preview only reads. An import runs the whole file in ONE write transaction and
refuses (rolls back) if any order failed or conflicts, so a file either goes in whole or not at
all; an unchanged order is not written again, so importing the same file twice changes nothing.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from merchant_refunds.domain.errors import N_, Refused
from merchant_refunds.domain.external import ExternalRefund
from merchant_refunds.domain.fingerprint import order_fingerprint
from merchant_refunds.domain.lifecycle import Role
from merchant_refunds.domain.order import Order
from merchant_refunds.domain.order_json import major_units, order_to_dict
from merchant_refunds.services import audit, clock, import_merge
from merchant_refunds.services.canonical_json import (
    canonical,
)
from merchant_refunds.services.collector import cycle_collector_paused
from merchant_refunds.services.users import Actor, require_role
from merchant_refunds.storage import import_repo, order_repo
from merchant_refunds.storage import models as m
from merchant_refunds.storage.db import write_transaction

#: Orders are looked up and written in batches of this many.
BATCH = 500
#: At most this many problems are kept with their details; the counts stay exact.
MAX_PROBLEMS = 1000
MAPPING_PREFIX = "import_mapping:"


@dataclass(frozen=True)
class ImportedOrder:
    """One order parsed from a file: validated and allocated, with any platform refund."""

    order: Order
    external: ExternalRefund | None
    row: int

    def stored_form(self) -> dict[str, Any]:
        """The order and its platform refund as the fingerprint (and a changed order's audit
        event) see them."""
        ext = [self.external.to_dict()] if self.external else []
        return {"order": order_to_dict(self.order), "external": ext}

    @cached_property
    def fingerprint(self) -> str:
        """See ``fingerprint``: equal means nothing to change."""
        return fingerprint(self.order, [self.external] if self.external else [])


@dataclass(frozen=True)
class Problem:
    """Why an order (or the file) cannot be imported: the row and column in the file.

    ``reason`` is in English; ``template`` and ``params``, where given, are the same reason in
    the form the GUI translates (see ``imports.cells.CellError``).
    """

    row: int
    column: str
    reason: str
    order_no: str = ""
    kind: str = "invalid"  # invalid | conflict
    template: str = ""
    params: Mapping[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "row": self.row,
            "column": self.column,
            "reason": self.reason,
            "order_no": self.order_no,
            "kind": self.kind,
            "template": self.template,
            "params": {key: str(value) for key, value in self.params.items()},
        }


@dataclass
class ImportReport:
    file_name: str = ""
    format: str = ""
    encoding: str = ""
    file_sha256: str = ""
    rows: int = 0
    new: int = 0
    unchanged: int = 0
    changed: int = 0
    #: Orders whose new platform refund is a refund made here (``import_merge``).
    linked: int = 0
    failed: int = 0
    conflicts: int = 0
    problems: list[Problem] = field(default_factory=list)
    dry_run: bool = True
    imported: bool = False
    #: Good orders were imported and the failing ones left out (``skip_failing``).
    skipped_failing: bool = False
    #: Up to 20 order numbers per outcome, to show in a preview.
    samples: dict[str, list[str]] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.failed and not self.conflicts

    def add_problem(self, problem: Problem) -> None:
        if problem.kind == "conflict":
            self.conflicts += 1
        else:
            self.failed += 1
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(problem)

    def count(self, outcome: str, order_no: str) -> None:
        setattr(self, outcome, getattr(self, outcome) + 1)
        sample = self.samples.setdefault(outcome, [])
        if len(sample) < 20:
            sample.append(order_no)

    def to_dict(self) -> dict[str, Any]:
        return {
            "file": self.file_name,
            "format": self.format,
            "encoding": self.encoding,
            "sha256": self.file_sha256,
            "rows": self.rows,
            "new": self.new,
            "unchanged": self.unchanged,
            "changed": self.changed,
            "linked": self.linked,
            "failed": self.failed,
            "conflicts": self.conflicts,
            "dry_run": self.dry_run,
            "imported": self.imported,
            "skipped_failing": self.skipped_failing,
            "problems": [p.to_dict() for p in self.problems],
            "problems_left_off": self.failed + self.conflicts - len(self.problems),
        }


class ImportRefused(Refused):
    """The file has failing or conflicting orders (or was cancelled); nothing was imported."""

    def __init__(self, code: str, template: str, report: ImportReport, **params: Any) -> None:
        super().__init__(code, template, **params)
        self.report = report


def _money_part(order: Order, externals: list[ExternalRefund]) -> dict[str, Any]:
    """What an order with refunds here must keep: a line's category and final-sale flag are
    not money (``import_merge``)."""
    data = order_to_dict(order)
    flags = ("category", "final_sale")
    return {
        "currency": data["currency"],
        "lines": [{k: v for k, v in line.items() if k not in flags} for line in data["lines"]],
        "discounts": data["discounts"],
        "shipping_fee": data["shipping_fee"],
        "external": [e.to_dict() for e in externals],
    }


def fingerprint(order: Order, externals: list[ExternalRefund]) -> str:
    """See ``domain.fingerprint``: equal hashes mean nothing to change."""
    return order_fingerprint(order, externals)


class _AuditBatch(audit.EventBatch):
    """The import's events, inserted a batch at a time with the orders they describe."""

    def flush(self) -> None:
        rows = self.take()
        if rows:
            import_repo.insert_audit_rows(rows)


def _order_rows(item: ImportedOrder) -> dict[str, dict[str, Any]]:
    """The rows an order event pins: the order by its fingerprint (see ``row_images``)."""
    return {"order": {item.order.order_no: {"fingerprint": item.fingerprint}}}


@dataclass(frozen=True)
class _Decision:
    item: ImportedOrder
    outcome: str  # new | unchanged | changed | linked
    order_id: int | None = None
    money_changes: bool = True
    before: dict[str, Any] | None = None
    link: import_merge.Link | None = None
    #: The order as the file gives it, where what is stored differs (``import_merge``): what
    #: the next import of the same file is compared with.
    file_fingerprint: str = ""


def _decide(batch: list[ImportedOrder], report: ImportReport) -> list[_Decision]:
    # one query per batch for the ids and stored fingerprints, not one (or two) per order
    known = import_repo.known_orders([item.order.order_no for item in batch])
    decisions = []
    for item in batch:
        found_id = known.get(item.order.order_no)
        if found_id is None:
            decisions.append(_Decision(item, "new"))
            continue
        order_id, stored_fp = found_id
        new_fp = item.fingerprint
        if stored_fp == new_fp:
            decisions.append(_Decision(item, "unchanged", order_id))
            continue
        found = order_repo.find_order(item.order.order_no)
        assert found is not None
        stored = found[1]
        externals = import_repo.external_refunds(order_id)
        file_fp = new_fp
        item = import_merge.keep_shop_values(stored, item)
        if fingerprint(stored, externals) == item.fingerprint:
            decisions.append(_Decision(item, "unchanged", order_id))
            continue
        new_ext = [item.external] if item.external else []
        money_changes = _money_part(stored, externals) != _money_part(item.order, new_ext)
        if money_changes and import_repo.has_local_refunds(order_id):
            linked = import_merge.link_platform_refund(
                order_id, stored, externals, item, _money_part
            )
            if linked is not None:
                kept, link = linked
                before = {
                    "order": order_to_dict(stored),
                    "external": [e.to_dict() for e in externals],
                }
                decisions.append(_Decision(kept, "linked", order_id, False, before, link, file_fp))
                continue
            template = N_(
                "Order {order_no} already has refunds here; the file changes what was paid or "
                "refunded, so it is not overwritten"
            )
            params = {"order_no": item.order.order_no}
            report.add_problem(
                Problem(
                    item.row,
                    "",
                    template.format(**params),
                    item.order.order_no,
                    "conflict",
                    template,
                    params,
                )
            )
            continue
        before = {"order": order_to_dict(stored), "external": [e.to_dict() for e in externals]}
        decisions.append(_Decision(item, "changed", order_id, money_changes, before, None, file_fp))
    return decisions


def _apply(decisions: list[_Decision], report: ImportReport, user: str, trail: _AuditBatch) -> None:
    now = clock.now()
    fresh = [d.item for d in decisions if d.outcome == "new"]
    new_ids = import_repo.insert_new_orders(
        [import_repo.NewOrder(i.order, i.fingerprint, i.row) for i in fresh],
        report.file_name,
        report.file_sha256,
        user,
        now,
    )
    for d in decisions:
        if d.outcome == "unchanged":
            continue
        order, ext = d.item.order, d.item.external
        if d.outcome == "new":
            order_id = new_ids[order.order_no]
        else:
            order_id = d.order_id  # type: ignore[assignment]
            if d.money_changes:
                import_repo.replace_order(order_id, order)
            else:
                import_repo.update_header(order_id, order)
                import_merge.update_line_flags(order_id, d.before, order)
        if ext is not None and (d.outcome == "new" or d.money_changes):
            import_repo.insert_external(order_id, ext, order.source, now)
        if d.outcome != "new":
            import_repo.save_provenance(
                order_id,
                d.file_fingerprint or d.item.fingerprint,
                order.source,
                report.file_name,
                report.file_sha256,
                d.item.row,
                user,
                now,
            )
        if d.outcome == "new":
            record = _import_record(d.item, report)
            trail.add(
                "order.import",
                "order",
                order.order_no,
                None,
                record,
                rows=_order_rows(d.item),
                at=now,
            )
        else:
            after = d.item.stored_form()
            if d.link is not None:
                after["linked_platform_refund"] = d.link.to_dict(order)
            trail.add(
                "order.import_update",
                "order",
                order.order_no,
                d.before,
                after,
                rows=_order_rows(d.item),
                at=now,
            )
    trail.flush()


def _import_record(item: ImportedOrder, report: ImportReport) -> dict[str, Any]:
    """What the audit trail keeps of a newly imported order.

    Not a second copy of the order: its fingerprint (the hash of everything stored for it) pins
    the content, and the file's hash ties the event to the file's own event. Why: with the whole
    order in every event, the audit trail was two thirds of the database after a large import,
    and every backup copied it. A changed order's event keeps both versions in full.
    """
    order, ext = item.order, item.external
    return {
        "fingerprint": item.fingerprint,
        "file_sha256": report.file_sha256,
        "row": item.row,
        "currency": order.currency,
        "lines": len(order.lines),
        "total_paid": major_units(order, order.total_paid),
        "refunded_on_platform": major_units(order, ext.total) if ext else None,
    }


def _batches(items: Iterable[ImportedOrder | Problem], report: ImportReport) -> Iterator[list]:
    batch: list[ImportedOrder] = []
    for item in items:
        if isinstance(item, Problem):
            report.add_problem(item)
            continue
        batch.append(item)
        if len(batch) >= BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def _check_cancel(cancelled: Callable[[], bool] | None, report: ImportReport) -> None:
    if cancelled is not None and cancelled():
        raise ImportRefused("import_cancelled", "The import was cancelled; nothing changed", report)


def _scan(
    items: Iterable[ImportedOrder | Problem],
    report: ImportReport,
    cancelled: Callable[[], bool] | None,
    write: Callable[[list[_Decision]], None] | None,
    skip_failing: bool = False,
) -> None:
    with cycle_collector_paused():
        for batch in _batches(items, report):
            _check_cancel(cancelled, report)
            decisions = _decide(batch, report)
            for d in decisions:
                report.count(d.outcome, d.item.order.order_no)
            if write is not None and (report.ok or skip_failing):
                write(decisions)
    _check_cancel(cancelled, report)


def preview(
    items: Iterable[ImportedOrder | Problem],
    report: ImportReport,
    *,
    cancelled: Callable[[], bool] | None = None,
) -> ImportReport:
    """Count new, unchanged, changed, failing and conflicting orders; writes nothing."""
    report.dry_run = True
    _scan(items, report, cancelled, None)
    return report


def import_orders(
    actor: Actor,
    items: Iterable[ImportedOrder | Problem],
    report: ImportReport,
    *,
    cancelled: Callable[[], bool] | None = None,
    skip_failing: bool = False,
) -> ImportReport:
    """Import the whole file in one transaction, or nothing if any order fails or conflicts;
    with ``skip_failing``, the good orders, leaving out (and listing) the others."""
    require_role(actor, Role.OWNER, Role.CLERK, action="import orders")
    report.dry_run = False
    trail = _AuditBatch(actor.name)
    with write_transaction():
        _scan(
            items,
            report,
            cancelled,
            lambda ds: _apply(ds, report, actor.name, trail),
            skip_failing,
        )
        report.skipped_failing = skip_failing and not report.ok
        if not report.ok and not skip_failing:
            raise ImportRefused(
                "import_has_failures",
                "{failed} orders fail and {conflicts} conflict; nothing was imported. "
                "Fix the file and import it again",
                report,
                failed=report.failed,
                conflicts=report.conflicts,
            )
        trail.add(
            "orders.import_file",
            "import",
            report.file_sha256[:64],
            None,
            {k: v for k, v in report.to_dict().items() if k != "problems"},
        )
        trail.flush()
        report.imported = True
    return report


def _mapping_key(headers: list[str]) -> str:
    digest = hashlib.sha1("\x1f".join(h.strip() for h in headers).encode("utf-8")).hexdigest()
    return MAPPING_PREFIX + digest


def load_mapping(headers: list[str]) -> dict[str, str] | None:
    """The column mapping saved for files with exactly these headers, if any."""
    row = m.Setting.get_or_none(m.Setting.key == _mapping_key(headers))
    if row is None:
        return None
    data = json.loads(row.value)
    return dict(data.get("mapping", {}))


def save_mapping(actor: Actor, headers: list[str], mapping: dict[str, str], source: str) -> None:
    """Remember which column holds which field, for the next file from the same source."""
    require_role(actor, Role.OWNER, Role.CLERK, action="import orders")
    key = _mapping_key(headers)
    value = {"source": source, "headers": headers, "mapping": mapping}
    with write_transaction():
        before = m.Setting.get_or_none(m.Setting.key == key)
        text = canonical(value)
        m.Setting.insert(key=key, value=text).on_conflict(
            conflict_target=[m.Setting.key], update={m.Setting.value: text}
        ).execute()
        audit.record(
            actor.name,
            "settings.import_mapping",
            "setting",
            key,
            json.loads(before.value) if before else None,
            value,
        )

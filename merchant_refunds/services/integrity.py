"""Do the tables agree with the audit trail? The whole database (``check``), or one refund
before money moves (``verify_refund``).

The trail is the record and the tables a view of it: every keyed event carries the image of the
aggregate it changed (``row_images``), so replaying the trail gives, for every refund, user,
setting, store-credit ledger and order, what its rows must look like now. A row edited, added or
deleted behind the program's back differs from that, and is reported by entity, key and field.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import orjson

from merchant_refunds.domain.errors import StorageError
from merchant_refunds.domain.money import Money
from merchant_refunds.services import attachments, audit, row_images
from merchant_refunds.services.canonical_json import canonical_plain
from merchant_refunds.services.closing import closing_problems
from merchant_refunds.storage import models as m

REFUND_NO = re.compile(r"^RF(\d{8})(\d{4,})$")


#: Columns of minor units: shown as amounts ("33299.00 CNY"), not as the integers stored.
MONEY_FIELDS = frozenset(
    {
        "total",
        "payout_amount",
        "refunded_gross",
        "shipping",
        "restocking_fee",
        "return_shipping",
        "cross_border_fee",
        "amount",
        "gross",
        "discount",
        "tax",
        "balance_after",
        "deduction",
        "back_value",
        "out_value",
        "difference",
        "unit_price",
    }
)


@dataclass(frozen=True)
class Difference:
    """One row that does not match the trail. ``field`` is empty for a whole row (one with no
    event, or one the trail has but the table lost); ``currency`` is set for an amount."""

    entity: str
    key: str
    field: str
    trail: Any
    table: Any
    currency: str = ""

    def _shown(self, value: Any) -> str:
        if self.currency and isinstance(value, int) and not isinstance(value, bool):
            return str(Money(value, self.currency))
        return repr(value)

    def text(self) -> str:
        where = f"{self.entity} {self.key}"
        if not self.field:
            return f"{where}: {self.table}"
        table, trail = self._shown(self.table), self._shown(self.trail)
        return f"{where}: {self.field} is {table} in the table, {trail} in the trail"

    def to_dict(self) -> dict[str, Any]:
        return {
            "entity": self.entity,
            "key": self.key,
            "field": self.field,
            "trail": self.trail,
            "table": self.table,
        }


@dataclass
class IntegrityReport:
    chain: audit.ChainReport
    differences: list[Difference] = field(default_factory=list)
    gaps: list[str] = field(default_factory=list)
    #: Set when the rows could not be compared (chain not keyed yet, or broken).
    rows_unchecked: str = ""
    #: Other anchors' problems (backups, closings), added by the caller.
    anchor_problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return (
            self.chain.complete
            and not self.differences
            and not self.gaps
            and not self.rows_unchecked
            and not self.anchor_problems
        )

    def problems(self) -> list[str]:
        """Every finding as a line a shop owner can pass on."""
        lines = []
        if not self.chain.ok:
            lines.append(
                f"audit trail broken at event {self.chain.broken_event_id}: {self.chain.problem}"
            )
        elif self.chain.key_missing:
            lines.append(
                f"the shop key is not on this computer: the content of {self.chain.unchecked} "
                f"events from event {self.chain.keyed_from} on could not be checked"
            )
        if self.rows_unchecked:
            lines.append(self.rows_unchecked)
        lines += [d.text() for d in self.differences]
        lines += [f"refund number {no} is missing" for no in self.gaps]
        lines += self.anchor_problems
        return lines

    def to_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "chain": self.chain.to_dict(),
            "differences": [d.to_dict() for d in self.differences],
            "missing_refund_numbers": self.gaps,
            "rows_unchecked": self.rows_unchecked,
            "anchor_problems": self.anchor_problems,
        }


def _digest(image: Any) -> bytes:
    return hashlib.sha256(canonical_plain(image).encode("utf-8")).digest()


class _Replay:
    """What the trail says each aggregate looks like now: the newest image of each, kept as a
    digest and the id of the event that holds it (the image itself is read again only for an
    aggregate that differs)."""

    def __init__(self) -> None:
        self.latest: dict[str, dict[str, tuple[int, bytes | None]]] = defaultdict(dict)
        self.refund_keys: set[str] = set()

    def visit(self, event: Any) -> None:
        if event.entity == "refund":
            self.refund_keys.add(event.entity_key)
        if not event.rows_json:
            return
        for entity, images in orjson.loads(event.rows_json).items():
            seen = self.latest[entity]
            for key, image in images.items():
                seen[key] = (event.id, None if image is None else _digest(image))


def _recorded_image(event_id: int, entity: str, key: str) -> Any:
    event = m.AuditEvent.get_by_id(event_id)
    return orjson.loads(event.rows_json)[entity][key]


def _field_differences(entity: str, key: str, trail: Any, table: Any) -> list[Difference]:
    """Field by field (one level into the parts of a refund) where an image differs; amounts
    carry their currency so they are shown as amounts."""
    if not isinstance(trail, dict) or not isinstance(table, dict):
        return [Difference(entity, key, "*", trail, table)]
    found = [_with_currency(d, table) for d in _raw_differences(entity, key, trail, table)]
    return found


def _with_currency(difference: Difference, table: dict[str, Any]) -> Difference:
    """The difference with the currency of its amount (a refund's lines are in the refund's)."""
    name = difference.field.rsplit(".", 1)[-1]
    if name not in MONEY_FIELDS:
        return difference
    part = table.get(difference.field.split(".", 1)[0].split("[", 1)[0])
    row = part[0] if isinstance(part, list) and part else part
    row = row if isinstance(row, dict) else {}
    refund = table.get("refund") if isinstance(table.get("refund"), dict) else {}
    wanted = "payout_currency" if name == "payout_amount" else "currency"
    currency = row.get(wanted) or refund.get("currency") or table.get("currency") or ""
    if not isinstance(currency, str) or not currency:
        return difference
    return Difference(
        difference.entity,
        difference.key,
        difference.field,
        difference.trail,
        difference.table,
        currency,
    )


def _raw_differences(entity: str, key: str, trail: dict, table: dict) -> list[Difference]:
    found = []
    for name in sorted(set(trail) | set(table)):
        a, b = trail.get(name), table.get(name)
        if a == b:
            continue
        if isinstance(a, dict) and isinstance(b, dict):
            for sub in sorted(set(a) | set(b)):
                if a.get(sub) != b.get(sub):
                    found.append(Difference(entity, key, f"{name}.{sub}", a.get(sub), b.get(sub)))
        elif isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
            for index, (x, y) in enumerate(zip(a, b, strict=True)):
                if x == y:
                    continue
                if isinstance(x, dict) and isinstance(y, dict):
                    for sub in sorted(set(x) | set(y)):
                        if x.get(sub) != y.get(sub):
                            label = f"{name}[{index + 1}].{sub}"
                            found.append(Difference(entity, key, label, x.get(sub), y.get(sub)))
                else:
                    found.append(Difference(entity, key, f"{name}[{index + 1}]", x, y))
        else:
            found.append(Difference(entity, key, name, a, b))
    return found


def _compare(replay: _Replay, progress: Callable[[str, int], None] | None) -> list[Difference]:
    differences: list[Difference] = []
    for entity in row_images.PROTECTED_ENTITIES:
        recorded = replay.latest.get(entity, {})
        seen: set[str] = set()
        for count, (key, image) in enumerate(row_images.all_images(entity), 1):
            seen.add(key)
            if progress is not None and count % 10_000 == 0:
                progress(entity, count)
            entry = recorded.get(key)
            if entry is None or entry[1] is None:
                differences.append(
                    Difference(entity, key, "", None, "the row has no event in the audit trail")
                )
                continue
            if entry[1] != _digest(image):
                trail_image = _recorded_image(entry[0], entity, key)
                differences += _field_differences(entity, key, trail_image, image)
        for key, (event_id, digest) in recorded.items():
            if key not in seen and digest is not None:
                differences.append(
                    Difference(
                        entity,
                        key,
                        "",
                        event_id,
                        f"the row was deleted (the trail has it, event {event_id})",
                    )
                )
    return differences


def _damaged_attachments(progress: Callable[[str, int], None] | None) -> list[Difference]:
    """Attached files whose bytes are gone or changed. The trail pins each file's SHA-256 (in
    the refund's image), not its bytes, so the bytes are hashed again here."""
    on_file = (lambda n: progress("attachment", n)) if progress is not None else None
    found = []
    for bad in attachments.damaged_files(on_file):
        what = "is missing (no content)" if bad.missing else "no longer matches its SHA-256"
        found.append(
            Difference(
                "refund",
                bad.refund_no,
                "",
                bad.attachment_id,
                f"attached file {bad.file_name} ({bad.stage}) {what}",
            )
        )
    return found


def refund_number_gaps(known: set[str]) -> list[str]:
    """Numbers missing from each day's run RF<day>0001, 0002, …: a refund row deleted together
    with its events leaves one, as does a number handed out twice after a cut tail."""
    by_day: dict[str, set[int]] = defaultdict(set)
    for number in known:
        match = REFUND_NO.match(number)
        if match:
            by_day[match.group(1)].add(int(match.group(2)))
    gaps = []
    for day, seqs in sorted(by_day.items()):
        for seq in range(1, max(seqs) + 1):
            if seq not in seqs:
                gaps.append(f"RF{day}{seq:04d}")
    return gaps


def work_size() -> dict[str, int]:
    """How many events and aggregates ``check`` will read, per stage (for a progress bar)."""
    sizes = {"trail": m.AuditEvent.select().count()}
    sizes["refund"] = m.Refund.select().count()
    sizes["user"] = m.User.select().count()
    sizes["setting"] = m.Setting.select().count()
    sizes["customer"] = (
        m.StoreCreditEntry.select(m.StoreCreditEntry.customer_key).distinct().count()
    )
    sizes["order"] = m.Order.select().count()
    sizes["attachment"] = m.Attachment.select().count()
    sizes["exchange"] = m.Exchange.select().count()
    return sizes


#: The order in which ``check`` works through its stages.
STAGES = ("trail", *row_images.PROTECTED_ENTITIES, "attachment")


def check(progress: Callable[[str, int], None] | None = None) -> IntegrityReport:
    """Replay the whole trail and compare every protected row with it.

    ``progress(stage, count)`` is called every 10,000 events or rows (stage ``"trail"`` or an
    entity name), for the start-up check of a large database."""
    replay = _Replay()
    on_event = (lambda n: progress("trail", n)) if progress is not None else None
    chain = audit.verify_chain(progress=on_event, visit=replay.visit)
    report = IntegrityReport(chain)
    if not chain.ok:
        report.rows_unchecked = "the rows were not compared with a broken trail"
        return report
    if chain.keyed_from is None:
        if m.AuditEvent.select().exists():
            report.rows_unchecked = (
                "the trail is not keyed yet (it is keyed at the next change): rows not compared"
            )
        return report
    report.differences = _compare(replay, progress) + _damaged_attachments(progress)
    rows = {r[0] for r in m.Refund.select(m.Refund.refund_no).tuples()}
    report.gaps = refund_number_gaps(rows | replay.refund_keys)
    report.anchor_problems += [f"daily closing: {p.message}" for p in closing_problems()]
    return report


def _disagreement(entity: str, key: str, *, every_event: bool) -> str | None:
    """Why the rows of one aggregate do not agree with its events (None when they do): its
    events (``every_event``, else the newest only) are intact and still linked into the chain,
    and its rows are what the newest event recorded."""
    marker = audit.keyed_from()
    if marker is None:
        return None  # not keyed yet: the write that follows keys it, these rows its baseline
    key_bytes = audit.current_key()
    if key_bytes is None:
        raise audit.key_missing_error()
    query = (
        m.AuditEvent.select()
        .where(
            (m.AuditEvent.entity == entity)
            & (m.AuditEvent.entity_key == key)
            & (m.AuditEvent.id >= marker.id)
            & (m.AuditEvent.rows_json != "")
        )
        .order_by(m.AuditEvent.id.desc())
    )
    events = list(query if every_event else query.limit(1))
    if not events:
        return "it has no event"
    for event in events:
        if not audit.event_intact(event, key_bytes, marker.id):
            return f"event {event.id} was changed"
        following = (
            m.AuditEvent.select(m.AuditEvent.prev_hash)
            .where(m.AuditEvent.id > event.id)
            .order_by(m.AuditEvent.id)
            .first()
        )
        if following is not None and following.prev_hash != event.hash:
            return f"the event after {event.id} was changed or removed"
    recorded = orjson.loads(events[0].rows_json).get(entity, {}).get(key)
    current = row_images.image_of(entity, key)
    if recorded != current:
        fields = _field_differences(entity, key, recorded, current)
        return ", ".join(d.field for d in fields[:3]) or "rows differ"
    return None


def verify_refund(refund_no: str) -> None:
    """Before money moves: every event of the refund is intact and linked, and its rows are as
    its newest event left them. Raises ``StorageError`` (nothing may be paid) otherwise."""
    detail = _disagreement("refund", refund_no, every_event=True)
    if detail:
        raise StorageError(
            "refund_tampered",
            "Refund {refund_no} does not agree with its audit trail ({detail}); no money can "
            "move until the owner has checked the database (merchant-refunds check)",
            refund_no=refund_no,
            detail=detail,
        )


def verify_user(name: str) -> None:
    """At sign-in: the user's row (role, active, PIN, lock-out count) is what the trail says, so
    a role raised or a count lowered by hand gives no one more rights or guesses."""
    detail = _disagreement("user", name, every_event=False)
    if detail:
        raise StorageError(
            "user_tampered",
            "The record of {name} does not agree with the audit trail ({detail}); nobody can "
            "sign in as {name} until the owner has checked the database (merchant-refunds check)",
            name=name,
            detail=detail,
        )

"""The audit trail: every change is an event, written in the same transaction as the change.

Events form a hash chain: each stores the hash of the one before, so editing or deleting a row
anywhere breaks every link after it, and :func:`verify_chain` names the first broken one.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from merchant_refunds.services import clock
from merchant_refunds.services.canonical_json import canonical, canonical_texts
from merchant_refunds.storage import models as m

GENESIS = "0" * 64


def event_hash(
    prev_hash: str,
    at: datetime,
    user_name: str,
    action: str,
    entity: str,
    entity_key: str,
    before_json: str,
    after_json: str,
) -> str:
    payload = canonical_texts(
        [prev_hash, at.isoformat(), user_name, action, entity, entity_key, before_json, after_json]
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def record(
    user_name: str, action: str, entity: str, entity_key: str, before: Any = None, after: Any = None
) -> m.AuditEvent:
    """Append one event. Call only inside the write transaction of the change it describes."""
    last = m.AuditEvent.select(m.AuditEvent.hash).order_by(m.AuditEvent.id.desc()).first()
    prev = last.hash if last else GENESIS
    at = clock.now()
    before_json, after_json = canonical(before), canonical(after)
    digest = event_hash(prev, at, user_name, action, entity, entity_key, before_json, after_json)
    return m.AuditEvent.create(
        at=at,
        user_name=user_name,
        action=action,
        entity=entity,
        entity_key=entity_key,
        before_json=before_json,
        after_json=after_json,
        prev_hash=prev,
        hash=digest,
    )


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    checked: int
    broken_event_id: int | None = None
    problem: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "checked": self.checked,
            "broken_event_id": self.broken_event_id,
            "problem": self.problem,
        }


def verify_chain() -> ChainReport:
    """Walk the chain from the start; report the first event whose link or content is wrong."""
    prev = GENESIS
    checked = 0
    query = m.AuditEvent.select().order_by(m.AuditEvent.id)
    for event in query.iterator():
        if event.prev_hash != prev:
            return ChainReport(
                False, checked, event.id, "an event before it was changed or removed"
            )
        expected = event_hash(
            prev,
            event.at,
            event.user_name,
            event.action,
            event.entity,
            event.entity_key,
            event.before_json,
            event.after_json,
        )
        if expected != event.hash:
            return ChainReport(False, checked, event.id, "its content was changed")
        prev = event.hash
        checked += 1
    return ChainReport(True, checked)


@dataclass(frozen=True)
class ChainHead:
    """Where the trail ends: the newest event's id and hash. Copied outside the database (into
    backups, daily closings and printed papers) it lets a cut or rewritten tail be seen."""

    event_id: int
    hash: str

    @property
    def code(self) -> str:
        return anchor_code(self.event_id, self.hash)

    def to_dict(self) -> dict[str, Any]:
        return {"event_id": self.event_id, "hash": self.hash, "code": self.code}


#: Hex digits of the hash an anchor code carries: 64 bits, short enough to copy from paper.
ANCHOR_HEX = 16


def chain_head() -> ChainHead | None:
    """The newest event, or None on an empty trail."""
    last = (
        m.AuditEvent.select(m.AuditEvent.id, m.AuditEvent.hash)
        .order_by(m.AuditEvent.id.desc())
        .first()
    )
    return ChainHead(last.id, last.hash) if last else None


def anchor_code(event_id: int, event_hash: str) -> str:
    """``A<event id>-<first 16 hex digits of its hash, in groups of four>``, e.g.
    ``A1234-9f3c-01ab-77de-5a20``."""
    digits = event_hash[:ANCHOR_HEX].upper()
    groups = "-".join(digits[i : i + 4] for i in range(0, ANCHOR_HEX, 4))
    return f"A{event_id}-{groups}"


def parse_anchor(text: str) -> tuple[int, str] | None:
    """(event id, hash prefix in lower case) from an anchor code as a person may copy it (any
    case, spaces or dashes anywhere); None when it is not one."""
    cleaned = "".join(ch for ch in text.strip() if ch not in " -\t").lower()
    if not cleaned.startswith("a"):
        return None
    body = cleaned[1:]
    digits = body[: len(body) - ANCHOR_HEX] if len(body) > ANCHOR_HEX else ""
    prefix = body[len(digits) :]
    if not digits.isdigit() or len(prefix) != ANCHOR_HEX:
        return None
    if any(ch not in "0123456789abcdef" for ch in prefix):
        return None
    return int(digits), prefix


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: datetime
    user_name: str
    action: str
    entity: str
    entity_key: str
    before: Any
    after: Any


def events_for(entity: str, entity_key: str) -> list[AuditEntry]:
    query = (
        m.AuditEvent.select()
        .where((m.AuditEvent.entity == entity) & (m.AuditEvent.entity_key == entity_key))
        .order_by(m.AuditEvent.id)
    )
    return [
        AuditEntry(
            e.id,
            e.at,
            e.user_name,
            e.action,
            e.entity,
            e.entity_key,
            json.loads(e.before_json),
            json.loads(e.after_json),
        )
        for e in query
    ]

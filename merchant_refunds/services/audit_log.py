"""The audit trail for reading: filtered, paged like the other lists, and the chain check.

Owners and accountants read the trail; clerks do not (checked here, not only in the GUI).
"""

from __future__ import annotations

import json
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from merchant_refunds.services import audit, reporting
from merchant_refunds.services.audit import AuditEntry, ChainReport
from merchant_refunds.services.users import Actor
from merchant_refunds.storage import models as m
from merchant_refunds.storage.db import current_database


@dataclass(frozen=True)
class AuditFilter:
    date_from: date | None = None
    date_to: date | None = None
    user: str = ""
    action: str = ""
    text: str = ""  # entity key (a refund, order or user) starting with this, or the entity


def _query(flt: AuditFilter) -> Any:
    query = m.AuditEvent.select(m.AuditEvent.id)
    if flt.date_from:
        query = query.where(m.AuditEvent.at >= datetime.combine(flt.date_from, time.min))
    if flt.date_to:
        end = datetime.combine(flt.date_to + timedelta(days=1), time.min)
        query = query.where(m.AuditEvent.at < end)
    if flt.user:
        query = query.where(m.AuditEvent.user_name == flt.user)
    if flt.action:
        query = query.where(m.AuditEvent.action == flt.action)
    text = flt.text.strip()
    if text:
        query = query.where(
            m.AuditEvent.entity_key.startswith(text) | (m.AuditEvent.entity == text)
        )
    return query


def event_ids(actor: Actor, flt: AuditFilter) -> array:
    """Ids of the matching events, newest first."""
    reporting.require_reader(actor, "read the audit trail")
    cursor = current_database().execute(_query(flt).order_by(m.AuditEvent.id.desc()))
    return array("q", (row[0] for row in cursor))


def event_rows(ids: Sequence[int]) -> list[AuditEntry]:
    """The events ``ids`` in the same order (a page of the list; the ids came from a check)."""
    if not ids:
        return []
    query = m.AuditEvent.select().where(m.AuditEvent.id.in_(list(ids)))
    found = {
        e.id: AuditEntry(
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
    }
    return [found[i] for i in ids if i in found]


def get_event(actor: Actor, event_id: int) -> AuditEntry | None:
    reporting.require_reader(actor, "read the audit trail")
    rows = event_rows([event_id])
    return rows[0] if rows else None


def choices(actor: Actor) -> tuple[list[str], list[str]]:
    """The user names and actions that occur, for the filter lists."""
    reporting.require_reader(actor, "read the audit trail")
    names = m.AuditEvent.select(m.AuditEvent.user_name).distinct().order_by(m.AuditEvent.user_name)
    actions = m.AuditEvent.select(m.AuditEvent.action).distinct().order_by(m.AuditEvent.action)
    return [r[0] for r in names.tuples()], [r[0] for r in actions.tuples()]


def verify(actor: Actor) -> ChainReport:
    reporting.require_reader(actor, "check the audit trail")
    return audit.verify_chain()


def diff(before: Any, after: Any) -> list[tuple[str, str, str]]:
    """(field, before, after) for what changed, flattened one level deep, for people to read."""

    def flat(value: Any) -> dict[str, Any]:
        if isinstance(value, dict):
            return value
        return {} if value is None else {"": value}

    def text(value: Any) -> str:
        if value is None:
            return ""
        if isinstance(value, str):
            return value
        return json.dumps(value, ensure_ascii=False, sort_keys=True)

    old, new = flat(before), flat(after)
    rows = []
    for key in list(dict.fromkeys([*old, *new])):
        a, b = old.get(key), new.get(key)
        if a != b or key not in old or key not in new:
            rows.append((key, text(a), text(b)))
    return rows

"""The audit trail: every change is an event, written in the same transaction as the change.

Events form a chain: each stores the hash of the one before, so editing or deleting a row
anywhere breaks every link after it, and :func:`verify_chain` names the first broken one.

Since schema 8 the chain is keyed: from the event ``audit.keyed`` on, each hash is an HMAC-SHA256
with the shop key (``storage.shop_key``), which does not live in the database, so whoever has
only the file cannot recompute a chain after editing it. Events before that one keep their plain
SHA-256 (they were written so), and the keyed event's link to them pins them. Every keyed event
also carries ``rows_json``: the rows that carry money or a permission as they stood after the
change (see ``row_images``), so ``integrity.check`` can compare the tables with the trail.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import peewee as pw

from merchant_refunds.domain.errors import StorageError
from merchant_refunds.services import clock
from merchant_refunds.services.canonical_json import canonical, canonical_plain, canonical_texts
from merchant_refunds.storage import models as m
from merchant_refunds.storage import shop_key

GENESIS = "0" * 64
#: The event from which the chain is keyed; its ``after`` names the key (by its public id).
KEYED_ACTION = "audit.keyed"
#: Events written when the chain is keyed on a database that already had rows: the rows as they
#: stood then, the starting point the later events change.
BASELINE_ACTION = "audit.baseline"
SHOP_ID_KEY = "shop_id"
#: Aggregates per baseline event: keeps each event (and its JSON) to a few megabytes.
BASELINE_CHUNK = 5000


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
    """The plain SHA-256 link of events written before the chain was keyed."""
    fields = [prev_hash, at.isoformat(), user_name, action, entity, entity_key]
    payload = canonical_texts([*fields, before_json, after_json])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def keyed_hash(
    key: bytes,
    prev_hash: str,
    at: datetime,
    user_name: str,
    action: str,
    entity: str,
    entity_key: str,
    before_json: str,
    after_json: str,
    rows_json: str,
) -> str:
    """HMAC-SHA256 with the shop key over every column of the event."""
    fields = [prev_hash, at.isoformat(), user_name, action, entity, entity_key]
    payload = canonical_texts([*fields, before_json, after_json, rows_json])
    return hmac.digest(key, payload.encode("utf-8"), "sha256").hex()


# --- the shop key, as this process knows it -------------------------------------------------

#: database object -> (shop id, key); a database opened again gets a fresh entry.
_keys: weakref.WeakKeyDictionary[Any, tuple[str, bytes | None]] = weakref.WeakKeyDictionary()


def shop_id() -> str | None:
    row = m.Setting.get_or_none(m.Setting.key == SHOP_ID_KEY)
    return row.value if row else None


def _models_database() -> Any:
    """The database the models read now: the open one, or a backup they are bound to while it is
    checked (``bind_ctx``)."""
    db = m.AuditEvent._meta.database
    return db.obj if isinstance(db, pw.DatabaseProxy) else db


def current_key() -> bytes | None:
    """The shop key of the open database on this computer, or None where it has none."""
    sid = shop_id()
    if sid is None:
        return None
    db = _models_database()
    cached = _keys.get(db)
    if cached is not None and cached[0] == sid and cached[1] is not None:
        return cached[1]
    key = shop_key.load_key(sid)
    _keys[db] = (sid, key)
    return key


def forget_key() -> None:
    """Drop what this process cached (after a restore or a key import)."""
    _keys.pop(_models_database(), None)


def keyed_from() -> m.AuditEvent | None:
    """The event from which the chain is keyed, or None on a chain not keyed yet."""
    return (
        m.AuditEvent.select(m.AuditEvent.id, m.AuditEvent.after_json)
        .where(m.AuditEvent.action == KEYED_ACTION)
        .order_by(m.AuditEvent.id)
        .first()
    )


def key_missing_error() -> StorageError:
    return StorageError(
        "shop_key_missing",
        "This computer does not have the shop key that protects the audit trail; enter it from "
        "the recovery sheet (merchant-refunds key import) before saving anything",
    )


def _last_hash() -> str:
    last = m.AuditEvent.select(m.AuditEvent.hash).order_by(m.AuditEvent.id.desc()).first()
    return last.hash if last else GENESIS


def _append(
    key: bytes,
    user_name: str,
    action: str,
    entity: str,
    entity_key: str,
    before_json: str,
    after_json: str,
    rows_json: str,
) -> m.AuditEvent:
    prev = _last_hash()
    at = clock.now()
    digest = keyed_hash(
        key, prev, at, user_name, action, entity, entity_key, before_json, after_json, rows_json
    )
    return m.AuditEvent.create(
        at=at,
        user_name=user_name,
        action=action,
        entity=entity,
        entity_key=entity_key,
        before_json=before_json,
        after_json=after_json,
        rows_json=rows_json,
        prev_hash=prev,
        hash=digest,
    )


def _key_the_chain(user_name: str) -> bytes:
    """Key a chain that is not keyed yet: a shop id and key (kept outside the database), the
    ``audit.keyed`` event, and baseline events holding every protected row as it stands.
    Runs inside the caller's write transaction."""
    sid = shop_id()
    key = shop_key.load_key(sid) if sid else None
    if sid is None:
        sid = shop_key.new_shop_id()
        m.Setting.insert(key=SHOP_ID_KEY, value=sid).execute()
    if key is None:
        key = shop_key.new_key()
        shop_key.save_key(sid, key)
    _keys[_models_database()] = (sid, key)
    first_unkeyed = m.AuditEvent.select(m.AuditEvent.id).order_by(m.AuditEvent.id.desc()).first()
    after = {
        "key_id": shop_key.key_id(key),
        "shop_id": sid,
        "events_before": first_unkeyed.id if first_unkeyed else 0,
    }
    _append(key, user_name, KEYED_ACTION, "audit", "chain", "null", canonical_plain(after), "")
    from merchant_refunds.services import row_images  # see ``record``

    for entity in row_images.SINGLE_BASELINE:
        for entity_key, image in row_images.all_images(entity):
            rows = _rows_text({entity: {entity_key: image}})
            _append(key, user_name, BASELINE_ACTION, entity, entity_key, "null", "null", rows)
    for chunk in row_images.order_chunks(BASELINE_CHUNK):
        rows = _rows_text({"order": chunk})
        _append(key, user_name, BASELINE_ACTION, "audit", "orders", "null", "null", rows)
    return key


def ensure_keyed(user_name: str = "") -> bytes:
    """The key to write with; keys the chain first where it is not keyed yet. Call inside a
    write transaction."""
    key = current_key()
    if keyed_from() is not None:
        if key is None:
            raise key_missing_error()
        return key
    return _key_the_chain(user_name)


def _rows_text(rows: dict[str, dict[str, Any]]) -> str:
    return canonical_plain(rows) if rows else ""


def record(
    user_name: str, action: str, entity: str, entity_key: str, before: Any = None, after: Any = None
) -> m.AuditEvent:
    """Append one event. Call only inside the write transaction of the change it describes, after
    the change: the event carries the rows of ``entity``/``entity_key`` as they now stand."""
    # here, not at the top: a command that only reads (``orders show``) loads this module
    # through the users service and need not load the row images (~10 ms of its start)
    from merchant_refunds.services import row_images

    key = ensure_keyed(user_name)
    image = row_images.image_of(entity, entity_key)
    pinned = row_images.row_key(entity, entity_key)
    rows = {entity: {pinned: image}} if image is not row_images.NOT_PROTECTED else {}
    return _append(
        key,
        user_name,
        action,
        entity,
        entity_key,
        canonical(before),
        canonical(after),
        _rows_text(rows),
    )


class EventBatch:
    """Events for a whole batch in one insert (an import), chained exactly as ``record`` does.

    Everything a batch records is plain data (``canonical_json.is_plain``)."""

    def __init__(self, user: str) -> None:
        self.user = user
        self.rows: list[dict[str, Any]] = []
        self.prev: str | None = None
        self.key: bytes | None = None

    def add(
        self,
        action: str,
        entity: str,
        key: str,
        before: Any,
        after: Any,
        *,
        rows: dict[str, dict[str, Any]] | None = None,
        at: datetime | None = None,
    ) -> None:
        if self.key is None:
            self.key = ensure_keyed(self.user)
        if self.prev is None:
            self.prev = _last_hash()
        if at is None:
            at = clock.now()
        before_json, after_json = canonical_plain(before), canonical_plain(after)
        rows_json = _rows_text(rows or {})
        digest = keyed_hash(
            self.key,
            self.prev,
            at,
            self.user,
            action,
            entity,
            key,
            before_json,
            after_json,
            rows_json,
        )
        self.rows.append(
            {
                "at": at,
                "user_name": self.user,
                "action": action,
                "entity": entity,
                "entity_key": key,
                "before_json": before_json,
                "after_json": after_json,
                "rows_json": rows_json,
                "prev_hash": self.prev,
                "hash": digest,
            }
        )
        self.prev = digest

    def take(self) -> list[dict[str, Any]]:
        """The events so far, for the caller to insert; the chain goes on from the last."""
        rows, self.rows = self.rows, []
        return rows


# --- checking ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ChainReport:
    """What ``verify_chain`` could check. ``ok``: nothing it checked was wrong. ``complete``: it
    could check every event's content (false without the shop key)."""

    ok: bool
    checked: int
    broken_event_id: int | None = None
    problem: str = ""
    keyed_from: int | None = None
    unchecked: int = 0
    key_missing: bool = False

    @property
    def complete(self) -> bool:
        return self.ok and not self.key_missing

    def to_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "complete": self.complete,
            "checked": self.checked,
            "broken_event_id": self.broken_event_id,
            "problem": self.problem,
            "keyed_from": self.keyed_from,
            "content_unchecked": self.unchecked,
            "key_missing": self.key_missing,
        }


_EVENT_COLUMNS = (
    m.AuditEvent.id,
    m.AuditEvent.at,
    m.AuditEvent.user_name,
    m.AuditEvent.action,
    m.AuditEvent.entity,
    m.AuditEvent.entity_key,
    m.AuditEvent.before_json,
    m.AuditEvent.after_json,
    m.AuditEvent.rows_json,
    m.AuditEvent.prev_hash,
    m.AuditEvent.hash,
)


def event_intact(event: m.AuditEvent, key: bytes | None, keyed_from_id: int | None) -> bool | None:
    """Whether one event's content matches its hash; None where that needs the key we lack."""
    columns = (
        event.prev_hash,
        event.at,
        event.user_name,
        event.action,
        event.entity,
        event.entity_key,
        event.before_json,
        event.after_json,
    )
    if keyed_from_id is None or event.id < keyed_from_id:
        expected = event_hash(*columns)
    elif key is None:
        return None
    else:
        expected = keyed_hash(key, *columns, event.rows_json)
    return hmac.compare_digest(expected, event.hash)


def verify_chain(
    *,
    key: bytes | None = None,
    up_to: int | None = None,
    progress: Callable[[int], None] | None = None,
    visit: Callable[[Any], None] | None = None,
) -> ChainReport:
    """Walk the chain from the start; report the first event whose link or content is wrong.

    ``key`` defaults to this computer's shop key; ``up_to`` stops after that event id;
    ``progress`` is called with the number of events read every 10,000; ``visit`` sees each
    event (a named tuple of ``_EVENT_COLUMNS``) once its link and content are checked."""
    marker = keyed_from()
    marker_id = marker.id if marker else None
    sid = shop_id()
    if key is None:
        key = current_key()
    if marker is None and sid is not None and shop_key.load_key(sid) is not None:
        first = m.AuditEvent.select(m.AuditEvent.id).order_by(m.AuditEvent.id).first()
        return ChainReport(
            False,
            0,
            first.id if first else None,
            "the shop has a key but the keyed part of the trail is missing",
        )
    if marker is not None and key is not None:
        named = json.loads(marker.after_json).get("key_id")
        if named != shop_key.key_id(key):
            return ChainReport(
                False, 0, marker_id, "the trail was keyed with another key", marker_id
            )
    prev = GENESIS
    checked = unchecked = 0
    columns = _EVENT_COLUMNS
    if marker is None and "rows_json" not in {
        c.name for c in _models_database().get_columns("audit_event")
    }:
        # A file from before schema 8 (a backup being checked): no rows, never keyed.
        columns = tuple(c for c in _EVENT_COLUMNS if c is not m.AuditEvent.rows_json)
    query = m.AuditEvent.select(*columns).order_by(m.AuditEvent.id)
    if up_to is not None:
        query = query.where(m.AuditEvent.id <= up_to)
    for event in query.namedtuples().iterator():
        if event.prev_hash != prev:
            return ChainReport(
                False,
                checked,
                event.id,
                "an event before it was changed or removed",
                marker_id,
                unchecked,
                key is None,
            )
        intact = event_intact(event, key, marker_id)
        if intact is False:
            return ChainReport(
                False,
                checked,
                event.id,
                "its content was changed",
                marker_id,
                unchecked,
                key is None,
            )
        if intact is None:
            unchecked += 1
        if visit is not None:
            visit(event)
        prev = event.hash
        checked += 1
        if progress is not None and checked % 10_000 == 0:
            progress(checked)
    return ChainReport(True, checked, None, "", marker_id, unchecked, key is None and unchecked > 0)


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

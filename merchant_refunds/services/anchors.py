"""Checking a chain position copied outside the database against the audit trail.

An anchor is an event id and the first digits of that event's hash, as printed on a daily
closing (``A1234-9F3C-01AB-77DE-5A20``) or inside a confirmation's verification code. It holds
when that event is still there, its stored hash starts with those digits, and the chain up to
and including it verifies. A trail cut before the anchor, or rewritten up to it, no longer
holds; events after it are not the anchor's concern. Hashes are only compared here, never
computed: :func:`audit.verify_chain` is the one place that knows how.
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from merchant_refunds.domain.errors import N_, InvalidInput, StorageError
from merchant_refunds.services import audit
from merchant_refunds.storage import models as m


class AnchorStatus(StrEnum):
    HOLDS = "holds"
    MISSING = "missing"
    DIFFERENT = "different"
    BROKEN = "broken"


_TEMPLATES = {
    AnchorStatus.HOLDS: N_(
        "The code holds: event {event_id} is in the audit trail as recorded, and the trail up "
        "to it is intact ({checked} events checked)"
    ),
    AnchorStatus.MISSING: N_(
        "Event {event_id} is no longer in the audit trail: the trail was cut after the code "
        "was copied"
    ),
    AnchorStatus.DIFFERENT: N_(
        "Event {event_id} in the audit trail is not the one the code was copied from: the trail "
        "was rewritten (or the code was mistyped)"
    ),
    AnchorStatus.BROKEN: N_(
        "The audit trail up to event {event_id} is broken at event {broken_event_id}: {problem}"
    ),
}


@dataclass(frozen=True)
class AnchorCheck:
    """What the trail says about one anchor; ``message`` is for people, ``status`` for code."""

    status: AnchorStatus
    event_id: int
    prefix: str
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.status is AnchorStatus.HOLDS

    @property
    def template(self) -> str:
        return _TEMPLATES[self.status]

    @property
    def message(self) -> str:
        return self.template.format(**self.params)

    def to_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "status": self.status.value,
            "event_id": self.event_id,
            "hash_prefix": self.prefix,
            "message": self.message,
        }

    def raise_unless_ok(self) -> None:
        """As an error for the command line: a trail that does not hold is a storage problem."""
        if not self.ok:
            raise StorageError(f"anchor_{self.status.value}", self.template, **self.params)


def check_position(event_id: int, prefix: str) -> AnchorCheck:
    """Whether event ``event_id`` is still there with a hash starting ``prefix`` (hex, any
    case) and the chain up to it verifies."""
    prefix = prefix.lower()
    params: dict[str, Any] = {"event_id": event_id}
    row = m.AuditEvent.select(m.AuditEvent.hash).where(m.AuditEvent.id == event_id).first()
    if row is None:
        return AnchorCheck(AnchorStatus.MISSING, event_id, prefix, params)
    if not hmac.compare_digest(row.hash[: len(prefix)].lower(), prefix):
        return AnchorCheck(AnchorStatus.DIFFERENT, event_id, prefix, params)
    # Only the chain up to the anchored event: what came after is a later matter.
    chain = audit.verify_chain(up_to=event_id)
    if not chain.ok:
        params |= {"broken_event_id": chain.broken_event_id, "problem": chain.problem}
        return AnchorCheck(AnchorStatus.BROKEN, event_id, prefix, params)
    return AnchorCheck(AnchorStatus.HOLDS, event_id, prefix, params | {"checked": chain.checked})


def check_anchor(text: str) -> AnchorCheck:
    """Check an anchor code as a person typed it; ``InvalidInput`` when it is not one."""
    parsed = audit.parse_anchor(text)
    if parsed is None:
        raise InvalidInput(
            "anchor_malformed",
            "Not an anchor code: {text} (expected A<number>-XXXX-XXXX-XXXX-XXXX)",
            text=text.strip(),
        )
    return check_position(*parsed)

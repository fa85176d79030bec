"""The shop key for people: its recovery sheet for the owner, and bringing it to another computer
(a second counter on the same server, a new computer after a disk failure)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from merchant_refunds.domain.errors import InvalidInput, StorageError
from merchant_refunds.domain.lifecycle import Role
from merchant_refunds.services import audit
from merchant_refunds.services.users import Actor, require_role
from merchant_refunds.storage import shop_key
from merchant_refunds.storage.db import write_transaction


@dataclass(frozen=True)
class KeyStatus:
    """Whether the trail is keyed, and whether this computer has the key it was keyed with."""

    keyed: bool
    present: bool
    key_id: str
    shop_id: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "keyed": self.keyed,
            "present": self.present,
            "key_id": self.key_id,
            "shop_id": self.shop_id,
        }


def _named_key_id() -> str:
    marker = audit.keyed_from()
    return json.loads(marker.after_json).get("key_id", "") if marker else ""


def status() -> KeyStatus:
    named = _named_key_id()
    key = audit.current_key()
    present = key is not None and (not named or shop_key.key_id(key) == named)
    return KeyStatus(bool(named), present, named, audit.shop_id() or "")


@dataclass(frozen=True)
class RecoverySheet:
    shop_id: str
    key_id: str
    recovery_text: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "shop_id": self.shop_id,
            "key_id": self.key_id,
            "recovery_key": self.recovery_text,
        }


def recovery_sheet(actor: Actor) -> RecoverySheet:
    """The key as the owner writes it down or prints it; keys the trail first where it is not
    keyed yet. Who looked at it is recorded (the key itself never is)."""
    require_role(actor, Role.OWNER, action="see the shop key")
    with write_transaction():
        key = audit.ensure_keyed(actor.name)
        sid = audit.shop_id() or ""
        audit.record(actor.name, "key.recovery_sheet", "audit", "key", None, None)
    return RecoverySheet(sid, shop_key.key_id(key), shop_key.recovery_text(key))


def import_key(text: str) -> KeyStatus:
    """Keep the key typed from a recovery sheet on this computer, after checking that it is this
    shop's key (a key of another shop, or a typing mistake, is refused)."""
    key = shop_key.parse_recovery_text(text)
    named = _named_key_id()
    if not named:
        raise StorageError(
            "key_not_needed",
            "This database's audit trail is not keyed yet; it gets a key of its own at the next "
            "change",
        )
    if shop_key.key_id(key) != named:
        raise InvalidInput(
            "key_wrong_shop",
            "This recovery key belongs to another shop (or another database), not to this one",
        )
    sid = audit.shop_id()
    if sid is None:
        raise StorageError("shop_id_invalid", "The database names no valid shop")
    shop_key.save_key(sid, key)
    audit.forget_key()
    return status()

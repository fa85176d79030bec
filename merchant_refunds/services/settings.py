"""Shop settings stored in the database: the refund policy and the shop's profile."""

from __future__ import annotations

import json
from typing import Any

from merchant_refunds.domain.errors import InvalidInput, PermissionDenied
from merchant_refunds.domain.lifecycle import Role
from merchant_refunds.domain.money import check_currency
from merchant_refunds.domain.policy import Policy
from merchant_refunds.services import audit
from merchant_refunds.services.users import Actor, require_role
from merchant_refunds.storage import models as m
from merchant_refunds.storage.db import write_transaction

POLICY_KEY = "policy"
SHOP_KEY = "shop"

DEFAULT_SHOP: dict[str, str] = {
    "name": "",
    "address": "",
    "phone": "",
    "tax_number": "",
    "currency": "CNY",
    "country": "CN",
    "language": "zh_CN",
}


def _read(key: str) -> Any:
    row = m.Setting.get_or_none(m.Setting.key == key)
    return json.loads(row.value) if row else None


def _write(key: str, value: Any) -> None:
    m.Setting.insert(
        key=key, value=json.dumps(value, ensure_ascii=False, sort_keys=True)
    ).on_conflict_replace().execute()


def get_policy() -> Policy:
    data = _read(POLICY_KEY)
    return Policy.from_dict(data) if data else Policy()


def set_policy(actor: Actor, changes: dict[str, Any]) -> Policy:
    require_role(actor, Role.OWNER, action="change the refund policy")
    with write_transaction():
        before = get_policy()
        after = Policy.from_dict({**before.to_dict(), **changes})
        _write(POLICY_KEY, after.to_dict())
        audit.record(
            actor.name, "settings.policy", "setting", POLICY_KEY, before.to_dict(), after.to_dict()
        )
    return after


def get_shop() -> dict[str, str]:
    return {**DEFAULT_SHOP, **(_read(SHOP_KEY) or {})}


def set_shop(actor: Actor | None, changes: dict[str, str]) -> dict[str, str]:
    """Change the shop profile. ``actor`` may be None only during first set-up (no users)."""
    unknown = set(changes) - set(DEFAULT_SHOP)
    if unknown:
        raise InvalidInput(
            "unknown_setting", "Unknown shop setting: {name}", name=sorted(unknown)[0]
        )
    if "currency" in changes:
        changes = {**changes, "currency": check_currency(changes["currency"])}
    with write_transaction():
        if actor is None:
            if m.User.select().exists():
                raise PermissionDenied(
                    "owner_only", "Only the shop owner can change the shop profile"
                )
        else:
            require_role(actor, Role.OWNER, action="change the shop profile")
        before = get_shop()
        after = {**before, **{k: str(v) for k, v in changes.items()}}
        _write(SHOP_KEY, after)
        audit.record(
            actor.name if actor else "", "settings.shop", "setting", SHOP_KEY, before, after
        )
    return after

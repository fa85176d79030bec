"""The SKU -> category and final-sale rules in the shop's settings, and their use at import.

Rules fill in what a platform's file does not say, so that excluded categories and final-sale
lines apply to imported orders. On an order already stored, what the shop has is kept where the
file is silent (``import_merge.keep_shop_values``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from merchant_refunds.domain.lifecycle import Role
from merchant_refunds.domain.sku_rules import RuleBook, SkuRule, check_rules
from merchant_refunds.services import audit
from merchant_refunds.services.order_import import ImportedOrder, Problem
from merchant_refunds.services.shop_settings import read_setting, write_setting
from merchant_refunds.services.users import Actor, require_role
from merchant_refunds.storage.db import write_transaction

SETTING_KEY = "sku_rules"


def get_rules() -> list[SkuRule]:
    """The shop's rules in the order the owner listed them."""
    stored = read_setting(SETTING_KEY) or []
    return [SkuRule(str(r["pattern"]), str(r["category"]), bool(r["final_sale"])) for r in stored]


def set_rules(actor: Actor, rules: Iterable[SkuRule | Mapping[str, Any]]) -> list[SkuRule]:
    """Replace the rules (owner only: a category decides which returns the policy refuses)."""
    require_role(actor, Role.OWNER, action="change the SKU rules")
    checked = check_rules(rules)
    with write_transaction():
        before = [r.to_dict() for r in get_rules()]
        after = [r.to_dict() for r in checked]
        write_setting(SETTING_KEY, after)
        audit.record(actor.name, "settings.sku_rules", "setting", SETTING_KEY, before, after)
    return checked


def rule_book() -> RuleBook:
    return RuleBook(get_rules())


@dataclass(frozen=True)
class RuledImport(ImportedOrder):
    """An imported order whose lines ``ruled`` got their category or final-sale flag from a rule
    (the file said nothing about them)."""

    ruled: frozenset[int] = frozenset()


def apply_rules(
    items: Iterable[ImportedOrder | Problem], book: RuleBook | None = None
) -> Iterator[ImportedOrder | Problem]:
    """The file's orders with the shop's rules applied; problems pass through."""
    book = rule_book() if book is None else book
    if not book:
        yield from items
        return
    for item in items:
        if isinstance(item, Problem):
            yield item
            continue
        order, ruled = book.apply(item.order)
        if not ruled:
            yield item
            continue
        yield RuledImport(order, item.external, item.row, ruled)

"""The shop's SKU rules: which category a product belongs to and whether it is a final sale.

Platform exports rarely say either, yet the excluded categories and final-sale lines of the
refund policy depend on them. The owner lists rules once (an exact SKU, or a pattern with ``*``
for any run of characters and ``?`` for one character); an import gives each line the category
and final-sale flag of the rule its SKU matches. An exact SKU beats every pattern; among
patterns the first in the list wins. SKUs are compared without regard to letter case.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from merchant_refunds.domain.errors import InvalidInput
from merchant_refunds.domain.order import Order, OrderLine
from merchant_refunds.domain.text_checks import check_text

#: A shop with more rules than this is better served by categories in its own product file.
MAX_RULES = 1000
WILDCARDS = frozenset("*?")


@dataclass(frozen=True)
class SkuRule:
    """SKU (or pattern) -> category and final-sale flag. An empty category leaves the line's."""

    pattern: str
    category: str = ""
    final_sale: bool = False

    @property
    def is_pattern(self) -> bool:
        return any(ch in WILDCARDS for ch in self.pattern)

    def to_dict(self) -> dict[str, Any]:
        return {"pattern": self.pattern, "category": self.category, "final_sale": self.final_sale}


def _regex(pattern: str) -> re.Pattern[str]:
    parts = [".*" if ch == "*" else "." if ch == "?" else re.escape(ch) for ch in pattern]
    return re.compile("".join(parts), re.IGNORECASE | re.DOTALL)


def check_rules(rules: Iterable[SkuRule | Mapping[str, Any]]) -> list[SkuRule]:
    """The rules as given, checked: each names a SKU or pattern and says something, no SKU or
    pattern twice, texts that fit their columns."""
    checked: list[SkuRule] = []
    seen: set[str] = set()
    for item in rules:
        if isinstance(item, Mapping):
            try:
                rule = SkuRule(
                    str(item["pattern"]),
                    str(item.get("category", "") or ""),
                    bool(item.get("final_sale", False)),
                )
            except KeyError as exc:
                raise InvalidInput("invalid_sku_rule", "A SKU rule needs a SKU or pattern") from exc
        else:
            rule = item
        pattern, category = rule.pattern.strip(), rule.category.strip()
        if not pattern:
            raise InvalidInput("invalid_sku_rule", "A SKU rule needs a SKU or pattern")
        check_text(pattern, "SKU rule", 64)
        check_text(category, "category", 64)
        if not category and not rule.final_sale:
            raise InvalidInput(
                "invalid_sku_rule",
                "The rule for {pattern} sets neither a category nor final sale",
                pattern=pattern,
            )
        if pattern.casefold() in seen:
            raise InvalidInput(
                "invalid_sku_rule", "{pattern} has two SKU rules; keep one", pattern=pattern
            )
        seen.add(pattern.casefold())
        checked.append(SkuRule(pattern, category, rule.final_sale))
    if len(checked) > MAX_RULES:
        raise InvalidInput(
            "invalid_sku_rule", "At most {max} SKU rules; use patterns", max=MAX_RULES
        )
    return checked


class RuleBook:
    """The rules, ready to look SKUs up quickly (an import asks once per distinct SKU)."""

    def __init__(self, rules: Sequence[SkuRule]) -> None:
        self.rules = list(rules)
        self._exact = {r.pattern.casefold(): r for r in self.rules if not r.is_pattern}
        self._patterns = [(_regex(r.pattern), r) for r in self.rules if r.is_pattern]
        self._seen: dict[str, SkuRule | None] = {}

    def __bool__(self) -> bool:
        return bool(self.rules)

    def rule_for(self, sku: str) -> SkuRule | None:
        """The rule a SKU falls under, if any."""
        if sku in self._seen:
            return self._seen[sku]
        key = sku.strip().casefold()
        found = self._exact.get(key)
        if found is None:
            found = next((r for rx, r in self._patterns if rx.fullmatch(key)), None)
        if len(self._seen) < 100_000:
            self._seen[sku] = found
        return found

    def apply(self, order: Order) -> tuple[Order, frozenset[int]]:
        """The order with each line's category and final-sale flag from its rule where the line
        has none of its own; and the numbers of the lines a rule changed. A line's own category
        (from the file) is kept; a final sale stays a final sale."""
        lines: list[OrderLine] = []
        changed: set[int] = set()
        for line in order.lines:
            rule = self.rule_for(line.sku)
            if rule is None:
                lines.append(line)
                continue
            category = line.category or rule.category
            final = line.final_sale or rule.final_sale
            if category == line.category and final == line.final_sale:
                lines.append(line)
                continue
            lines.append(replace(line, category=category, final_sale=final))
            changed.add(line.line_no)
        if not changed:
            return order, frozenset()
        return replace(order, lines=tuple(lines)), frozenset(changed)

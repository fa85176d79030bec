"""Every action the services record has a name in the audit trail view, in both languages."""

from __future__ import annotations

import ast
from pathlib import Path

from merchant_refunds.services.notices.notice_log import NoticeStatus
from merchant_refunds.ui.common import formatting, i18n

SERVICES = Path(__file__).resolve().parents[3] / "merchant_refunds" / "services"


def _literals(node: ast.expr, constants: dict[str, str]) -> list[str]:
    """The texts an argument can be: a literal, either branch of ``a if c else b``, or a
    module constant such as ``PRINT_ACTION``."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        return _literals(node.body, constants) + _literals(node.orelse, constants)
    if isinstance(node, ast.Name) and node.id in constants:
        return [constants[node.id]]
    return []


def recorded_actions() -> set[str]:
    """The action codes in the services' source: ``audit.record(user, "x.y", ...)``, an import's
    ``trail.add("x.y", ...)``, refund transitions ``set_status(row, actor, "y", ...)`` (recorded
    as ``refund.y``) and the notice outcomes (``notice.<status>``)."""
    found = {f"notice.{status.value}" for status in NoticeStatus}
    for path in SERVICES.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        constants = {
            target.id: node.value.value
            for node in tree.body
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant)
            for target in node.targets
            if isinstance(target, ast.Name) and isinstance(node.value.value, str)
        }
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            index = {"record": 1, "add": 0, "set_status": 2}.get(name)
            if index is None or len(node.args) <= index:
                continue
            for text in _literals(node.args[index], constants):
                if name == "set_status":
                    found.add(f"refund.{text}")
                elif name == "record" or path.name == "order_import.py":
                    found.add(text)
    return found


def test_the_scan_finds_the_actions_we_know() -> None:
    actions = recorded_actions()
    assert {"refund.request", "refund.approve", "order.import", "settings.policy"} <= actions
    assert len(actions) >= 40


def test_every_recorded_action_has_a_label_in_english_and_chinese(qapp) -> None:
    missing = sorted(a for a in recorded_actions() if a not in formatting._AUDIT_ACTION)
    assert missing == []
    i18n.apply_language(i18n.CHINESE)
    try:
        untranslated = [
            a
            for a in recorded_actions()
            if formatting.audit_action_label(a) == formatting._AUDIT_ACTION[a]
        ]
    finally:
        i18n.apply_language(i18n.ENGLISH)
    assert untranslated == []

"""Due dates in words: "3 days late", "due in 2 days", "due today", and why a date was set.

The follow-up view, the refunds list's countdown, the refund detail and the reminder bar all say
the same things the same way; the rules' sentences come from the domain as English templates and
are translated in the "Domain" context like errors are.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from merchant_refunds.domain.deadlines import (
    Deadline,
    DeadlineKind,
    DeadlinePolicy,
    StatutoryChoice,
    StatutoryOutcome,
    rule_text,
)
from merchant_refunds.ui.common.messages import translate_template

CONTEXT = "Deadlines"
KIND_LABELS = {
    DeadlineKind.STATUTORY.value: QT_TRANSLATE_NOOP("Deadlines", "Legal deadline"),
    DeadlineKind.REVIEW_DUE.value: QT_TRANSLATE_NOOP("Deadlines", "Review due"),
    DeadlineKind.PAYOUT_DUE.value: QT_TRANSLATE_NOOP("Deadlines", "Payment due"),
}
OUTCOME_LABELS = {
    StatutoryOutcome.MET: QT_TRANSLATE_NOOP("Deadlines", "met: paid in time"),
    StatutoryOutcome.MISSED: QT_TRANSLATE_NOOP("Deadlines", "missed"),
    StatutoryOutcome.OPEN: QT_TRANSLATE_NOOP("Deadlines", "open: not paid yet, still in time"),
}
STATUTORY_CHOICES = {
    StatutoryChoice.ORDER_COUNTRY: QT_TRANSLATE_NOOP("Deadlines", "By the order's country"),
    StatutoryChoice.CN: QT_TRANSLATE_NOOP("Deadlines", "China (7 days after the goods are back)"),
    StatutoryChoice.EU: QT_TRANSLATE_NOOP("Deadlines", "EU / UK (14 days after the notice)"),
    StatutoryChoice.US: QT_TRANSLATE_NOOP("Deadlines", "US (7 working days, card: one cycle)"),
    StatutoryChoice.NONE: QT_TRANSLATE_NOOP("Deadlines", "None"),
}


def _label(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def kind_label(kind: str) -> str:
    source = KIND_LABELS.get(kind)
    return _label(source) if source else kind


def outcome_label(outcome: StatutoryOutcome) -> str:
    return _label(OUTCOME_LABELS[outcome])


def statutory_choice_label(choice: StatutoryChoice) -> str:
    return _label(STATUTORY_CHOICES[choice])


def relative_text(days_left: int | None, days_late: int = 0) -> str:
    """How far the last day is: "%n day(s) late", "due today", "due in %n day(s)"."""
    if days_left is not None and days_left < 0:
        days_late = max(days_late, -days_left)
    if days_late > 0:
        return QCoreApplication.translate("Deadlines", "%n day(s) late", None, days_late)
    if days_left is None:
        return ""
    if days_left == 0:
        return QCoreApplication.translate("Deadlines", "due today")
    return QCoreApplication.translate("Deadlines", "due in %n day(s)", None, days_left)


def deadline_relative(deadline: Deadline, today: date, late: bool) -> str:
    """The countdown of one deadline; ``late`` when its moment has passed (an hour limit can be
    late on its last day: that is a day late, not "due today")."""
    if late:
        return relative_text(None, max(1, deadline.days_late(today)))
    return relative_text(deadline.days_left(today))


def why_text(template: str, params: Mapping[str, Any]) -> str:
    """A rule's sentence in the user's language."""
    return translate_template(template, params) if template else ""


def deadline_why(deadline: Deadline, policy: DeadlinePolicy) -> str:
    template, params = rule_text(deadline, policy)
    return why_text(template, params)

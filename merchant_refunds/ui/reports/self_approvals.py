"""The single-owner self-approvals as the daily closing and the Reports view list them: the
owner approved his own large request with his PIN, and nobody else saw it."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QCoreApplication

from merchant_refunds.services.refund_views import SelfApproval
from merchant_refunds.ui.common import formatting as fmt


def self_approvals_html(
    approvals: Sequence[SelfApproval], locale: str, *, with_time: bool = False
) -> str:
    """A titled list (empty without any): refund, owner, amount, and the time when asked
    (a period's report spans days; a closing is one day)."""
    if not approvals:
        return ""
    title = QCoreApplication.translate(
        "SelfApprovals", "Single-owner self-approvals (%n)", "", len(approvals)
    )
    items = "".join(
        "<li>"
        + escape(
            QCoreApplication.translate("SelfApprovals", "%1 · approved by %2 with his PIN · %3")
            .replace("%1", r.refund_no)
            .replace("%2", r.owner)
            .replace("%3", fmt.money_text(r.total, r.currency, locale))
        )
        + (f" · {escape(fmt.datetime_text(r.at, locale))}" if with_time else "")
        + "</li>"
        for r in approvals
    )
    return f"<p style='color:#8b5a00'><b>{escape(title)}</b></p><ul>{items}</ul>"

"""The views between Refunds and Settings in the main window's navigation.

Each feature adds one entry here instead of editing the main window: the class is imported when
the window is built and constructed as ``View(session)``. A view may offer ``focus_search()``,
and an ``attention_changed(int)`` signal whose count is shown beside its name (0 hides it).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QStyle

from merchant_refunds.domain.lifecycle import Role


@dataclass(frozen=True)
class NavEntry:
    key: str
    view: str  # "package.module:ClassName"
    label: str  # English source text in the "Navigation" translation context
    icon: QStyle.StandardPixmap
    #: Who sees the view at all (None: everyone); the others do not get a greyed-out page.
    roles: frozenset[Role] | None = None


EXTRA_VIEWS: list[NavEntry] = [
    NavEntry(
        "followup",
        "merchant_refunds.ui.followup.followup_view:FollowUpView",
        QT_TRANSLATE_NOOP("Navigation", "Follow-up"),
        QStyle.StandardPixmap.SP_MessageBoxWarning,
    ),
    NavEntry(
        "reports",
        "merchant_refunds.ui.reports.reports_view:ReportsView",
        QT_TRANSLATE_NOOP("Navigation", "Reports"),
        QStyle.StandardPixmap.SP_FileDialogInfoView,
        frozenset({Role.OWNER, Role.ACCOUNTANT}),
    ),
    NavEntry(
        "audit",
        "merchant_refunds.ui.audit.audit_view:AuditView",
        QT_TRANSLATE_NOOP("Navigation", "Audit trail"),
        QStyle.StandardPixmap.SP_FileDialogListView,
        frozenset({Role.OWNER, Role.ACCOUNTANT}),
    ),
]

__all__ = ["EXTRA_VIEWS", "QT_TRANSLATE_NOOP", "NavEntry"]

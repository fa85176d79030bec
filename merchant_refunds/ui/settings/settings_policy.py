"""The refund policy editor: windows per reason, deadlines, shipping, fees, thresholds, instalments.

Amounts are typed in the shop's currency and parsed with ``parse_amount`` (never floats); the
percentage becomes basis points through ``Decimal``. Thresholds for other currencies are kept.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from merchant_refunds.domain.deadlines import (
    MAX_PAYOUT_DAYS,
    MAX_REVIEW_HOURS,
    MAX_SOON_DAYS,
    DayCount,
    StatutoryChoice,
)
from merchant_refunds.domain.errors import InvalidInput
from merchant_refunds.domain.money import Money, parse_amount
from merchant_refunds.domain.policy import (
    FeeBearer,
    Policy,
    ReasonCode,
    SecondApprover,
    ShippingRule,
)
from merchant_refunds.services import shop_settings
from merchant_refunds.ui.common import messages
from merchant_refunds.ui.common.categories import CategoryPicker
from merchant_refunds.ui.common.deadline_texts import statutory_choice_label
from merchant_refunds.ui.common.field_errors import FieldWithError
from merchant_refunds.ui.common.formatting import reason_label
from merchant_refunds.ui.common.live_check import first_problem
from merchant_refunds.ui.common.session import Session
from merchant_refunds.ui.settings.settings_page import SettingsPage

SHIPPING_RULES = {
    ShippingRule.ALWAYS: QT_TRANSLATE_NOOP("PolicyPage", "Always refund shipping"),
    ShippingRule.WHEN_ORDER_EMPTIED: QT_TRANSLATE_NOOP(
        "PolicyPage", "Refund shipping when the whole order comes back"
    ),
    ShippingRule.MERCHANT_FAULT_ONLY: QT_TRANSLATE_NOOP(
        "PolicyPage", "Refund shipping only when the shop is at fault"
    ),
    ShippingRule.NEVER: QT_TRANSLATE_NOOP("PolicyPage", "Never refund shipping"),
}
FEE_BEARERS = {
    FeeBearer.MERCHANT: QT_TRANSLATE_NOOP("PolicyPage", "The shop bears it"),
    FeeBearer.CUSTOMER: QT_TRANSLATE_NOOP("PolicyPage", "Deducted from the customer's refund"),
}
SECOND_APPROVERS = {
    SecondApprover.OWNER_OR_SELF: QT_TRANSLATE_NOOP(
        "PolicyPage", "Another owner; the only owner with his PIN"
    ),
    SecondApprover.ANOTHER_OWNER: QT_TRANSLATE_NOOP("PolicyPage", "Another owner only"),
    SecondApprover.OWNER_OR_ACCOUNTANT: QT_TRANSLATE_NOOP(
        "PolicyPage", "Another owner or the accountant"
    ),
}
DAY_COUNTS = {
    DayCount.BUSINESS: QT_TRANSLATE_NOOP("PolicyPage", "Business days"),
    DayCount.CALENDAR: QT_TRANSLATE_NOOP("PolicyPage", "Calendar days"),
}
#: The deadline limits typed as text (empty: no limit): name -> (lowest, highest, optional).
LIMIT_FIELDS = {
    "review_hours": (1, MAX_REVIEW_HOURS, True),
    "payout_days": (0, MAX_PAYOUT_DAYS, True),
    "due_soon_days": (0, MAX_SOON_DAYS, False),
}
NO_LIMIT = -1
MAX_WINDOW_DAYS = 3650
AMOUNT_FIELDS = (
    "return_shipping_deduction",
    "second_approval_threshold",
    "large_refund_threshold",
    "return_postage_max",
)


def parse_percent(text: str) -> int | None:
    """``2.5`` or ``2.5%`` -> 250 basis points; None unless 0 to 100 with at most two decimals."""
    raw = text.strip().rstrip("%").strip()
    try:
        value = Decimal(raw or "0")
    except InvalidOperation:
        return None
    basis_points = value * 100
    if not value.is_finite() or not 0 <= value <= 100:
        return None
    if basis_points != basis_points.to_integral_value():
        return None
    return int(basis_points)


def percent_text(basis_points: int) -> str:
    return str(Decimal(basis_points) / 100)


class PolicyPage(SettingsPage):
    """Loads the stored policy, shows it, and saves what changed (``shop_settings.set_policy``)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.currency = shop_settings.get_shop()["currency"]
        self.window_spins: dict[str, QSpinBox] = {}
        self.windows_box = QGroupBox()
        self.windows_form = QFormLayout(self.windows_box)
        for reason in ReasonCode:
            spin = QSpinBox()
            spin.setRange(NO_LIMIT, MAX_WINDOW_DAYS)
            spin.setObjectName(f"window_{reason.value}")
            self.window_spins[reason.value] = spin
            self.windows_form.addRow(reason_label(reason.value), spin)

        self.shipping_rule = QComboBox()
        self.restocking = QLineEdit()
        self.restocking.setObjectName("restockingFee")
        self.amount_edits: dict[str, QLineEdit] = {}
        self.cross_border = QLineEdit()
        self.cross_border.setObjectName("crossBorderFee")
        self.fee_bearer = QComboBox()
        self.fee_bearer.setObjectName("crossBorderFeeBearer")
        self.deduction_max = QLineEdit()
        self.deduction_max.setObjectName("deductionMax")
        self.fields: dict[str, FieldWithError] = {
            "restocking_fee_bp": FieldWithError(self.restocking),
            "cross_border_fee_bp": FieldWithError(self.cross_border),
            "deduction_max_bp": FieldWithError(self.deduction_max),
        }
        for name in AMOUNT_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(name)
            self.amount_edits[name] = edit
            self.fields[name] = FieldWithError(edit)
        self.money_box = QGroupBox()
        self.money_form = QFormLayout(self.money_box)
        self.money_form.addRow(QLabel(), self.shipping_rule)
        self.money_form.addRow(QLabel(), self.fields["restocking_fee_bp"])
        for name in AMOUNT_FIELDS:
            self.money_form.addRow(QLabel(), self.fields[name])
        self.second_approver = QComboBox()
        self.second_approver.setObjectName("secondApprover")
        self.money_form.addRow(QLabel(), self.second_approver)
        self.money_form.addRow(QLabel(), self.fields["cross_border_fee_bp"])
        self.money_form.addRow(QLabel(), self.fee_bearer)
        self.money_form.addRow(QLabel(), self.fields["deduction_max_bp"])

        self.limit_edits: dict[str, QLineEdit] = {}
        for name in LIMIT_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(name)
            edit.setMaximumWidth(120)
            edit.textChanged.connect(lambda _text, name=name: self._check_limit(name))
            self.limit_edits[name] = edit
            self.fields[name] = FieldWithError(edit)
        self.day_count = QComboBox()
        self.day_count.setObjectName("payoutDayCount")
        self.statutory = QComboBox()
        self.statutory.setObjectName("statutoryChoice")
        self.statutory.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.deadlines_box = QGroupBox()
        self.deadlines_form = QFormLayout(self.deadlines_box)
        self.deadlines_form.addRow(QLabel(), self.fields["review_hours"])
        self.deadlines_form.addRow(QLabel(), self.fields["payout_days"])
        self.deadlines_form.addRow(QLabel(), self.day_count)
        self.deadlines_form.addRow(QLabel(), self.statutory)
        self.deadlines_form.addRow(QLabel(), self.fields["due_soon_days"])
        self.deadlines_hint = QLabel()
        self.deadlines_hint.setWordWrap(True)
        self.deadlines_form.addRow(self.deadlines_hint)

        self.goods_first = QCheckBox()
        self.goods_first.setObjectName("goodsBeforePayout")
        self.instalments = QCheckBox()
        self.max_instalments = QSpinBox()
        self.max_instalments.setRange(2, 24)
        self.instalments.toggled.connect(self._instalments_toggled)
        self.excluded = CategoryPicker()
        self.excluded.setObjectName("excludedCategories")
        self.excluded.setMaximumHeight(140)
        self.other_box = QGroupBox()
        self.other_form = QFormLayout(self.other_box)
        self.other_form.addRow(QLabel(), self.goods_first)
        self.other_form.addRow(QLabel(), self.instalments)
        self.other_form.addRow(QLabel(), self.max_instalments)
        self.other_form.addRow(QLabel(), self.excluded)

        inner = QWidget()
        columns = QHBoxLayout(inner)
        left = QVBoxLayout()
        left.addWidget(self.windows_box)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.money_box)
        right.addWidget(self.deadlines_box)
        right.addWidget(self.other_box)
        right.addStretch(1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 2)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        self.body.addWidget(scroll)

        self.retranslate_ui()
        self.load()
        self.apply_role()
        self.start_live_check()

    def check(self) -> bool:
        """Each field as typed, then the whole policy through the domain's own check."""
        changes = self.changes()
        if changes is None:
            return False
        error = first_problem(lambda: shop_settings.check_policy(changes))
        return True if error is None else self.general_problem(error)

    def editors(self) -> list[QWidget]:
        return [
            *self.window_spins.values(),
            self.shipping_rule,
            *self.amount_edits.values(),
            self.restocking,
            self.cross_border,
            self.deduction_max,
            self.fee_bearer,
            self.second_approver,
            self.goods_first,
            self.instalments,
            self.max_instalments,
            self.excluded,
            *self.limit_edits.values(),
            self.day_count,
            self.statutory,
        ]

    def apply_role(self) -> None:
        super().apply_role()
        self._instalments_toggled(self.instalments.isChecked())

    def _instalments_toggled(self, checked: bool) -> None:
        self.max_instalments.setEnabled(checked and self.session.is_owner())

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.windows_box.setTitle(self.tr("Refund window per reason (days after delivery)"))
        for reason, spin in self.window_spins.items():
            self.windows_form.labelForField(spin).setText(reason_label(reason))
            spin.setSpecialValueText(self.tr("No limit"))
            spin.setSuffix(self.tr(" days"))
        self._retranslate_deadlines()
        self.money_box.setTitle(self.tr("Shipping, fees and thresholds"))
        current = self.shipping_rule.currentData()
        self.shipping_rule.clear()
        for rule, text in SHIPPING_RULES.items():
            self.shipping_rule.addItem(QCoreApplication.translate("PolicyPage", text), rule.value)
        if current is not None:
            self.shipping_rule.setCurrentIndex(self.shipping_rule.findData(current))
        current_bearer = self.fee_bearer.currentData()
        self.fee_bearer.clear()
        for bearer, text in FEE_BEARERS.items():
            self.fee_bearer.addItem(QCoreApplication.translate("PolicyPage", text), bearer.value)
        if current_bearer is not None:
            self.fee_bearer.setCurrentIndex(self.fee_bearer.findData(current_bearer))
        current_rule = self.second_approver.currentData()
        self.second_approver.clear()
        for rule, text in SECOND_APPROVERS.items():
            self.second_approver.addItem(QCoreApplication.translate("PolicyPage", text), rule.value)
        if current_rule is not None:
            self.second_approver.setCurrentIndex(self.second_approver.findData(current_rule))
        self.money_form.labelForField(self.second_approver).setText(self.tr("Second approver"))
        self.second_approver.setToolTip(
            self.tr(
                "Who approves a refund at or above the second-approval threshold that an owner "
                "requested himself. A clerk's request is approved by any owner."
            )
        )
        currency = f" ({self.currency})"
        labels = {
            "restocking_fee_bp": self.tr("Restocking fee (%)"),
            "return_shipping_deduction": self.tr("Return shipping deducted") + currency,
            "second_approval_threshold": self.tr("Second approval from") + currency,
            "large_refund_threshold": self.tr("Large refund from") + currency,
            "cross_border_fee_bp": self.tr("Cross-border fee (%)"),
            "return_postage_max": self.tr("Return postage paid back, at most") + currency,
            "deduction_max_bp": self.tr("Deduction for diminished value, at most (% of a unit)"),
        }
        for name, text in labels.items():
            self.money_form.labelForField(self.fields[name]).setText(text)
        self.money_form.labelForField(self.shipping_rule).setText(self.tr("Shipping"))
        self.money_form.labelForField(self.fee_bearer).setText(self.tr("Cross-border fee"))
        self.goods_first.setText(self.tr("Pay only after returned goods have arrived"))
        self.other_form.labelForField(self.goods_first).setText("")
        self.other_box.setTitle(self.tr("Instalments and exclusions"))
        self.instalments.setText(self.tr("Large refunds may be paid in instalments"))
        self.other_form.labelForField(self.instalments).setText("")
        self.other_form.labelForField(self.max_instalments).setText(self.tr("At most"))
        self.max_instalments.setSuffix(self.tr(" instalments"))
        self.other_form.labelForField(self.excluded).setText(
            self.tr("Excluded from no-reason returns")
        )
        self.excluded.retranslate()

    def _retranslate_deadlines(self) -> None:
        self.deadlines_box.setTitle(self.tr("Deadlines and reminders"))
        labels = {
            "review_hours": self.tr("Decide a request within (hours)"),
            "payout_days": self.tr("Pay an approved refund within (days)"),
            "due_soon_days": self.tr("Remind this many days before"),
        }
        for name, text in labels.items():
            self.deadlines_form.labelForField(self.fields[name]).setText(text)
        for name in ("review_hours", "payout_days"):
            self.limit_edits[name].setPlaceholderText(self.tr("no limit"))
        self.deadlines_form.labelForField(self.day_count).setText(self.tr("Count the days as"))
        self.deadlines_form.labelForField(self.statutory).setText(self.tr("Legal refund deadline"))
        current = self.day_count.currentData()
        self.day_count.clear()
        for count, text in DAY_COUNTS.items():
            self.day_count.addItem(QCoreApplication.translate("PolicyPage", text), count.value)
        if current is not None:
            self.day_count.setCurrentIndex(self.day_count.findData(current))
        current = self.statutory.currentData()
        self.statutory.clear()
        for choice in StatutoryChoice:
            self.statutory.addItem(statutory_choice_label(choice), choice.value)
        if current is not None:
            self.statutory.setCurrentIndex(self.statutory.findData(current))
        self.deadlines_hint.setText(
            self.tr(
                "Leave a limit empty for none. The law's deadline cannot be extended; the "
                "shop's own limits can, refund by refund."
            )
        )
        for name in LIMIT_FIELDS:
            self._check_limit(name)

    def _limit_value(self, name: str) -> tuple[int | None, bool]:
        """(value, ok) of a deadline field as typed: empty is no limit where that is allowed."""
        lowest, highest, optional = LIMIT_FIELDS[name]
        text = self.limit_edits[name].text().strip()
        if not text:
            return None, optional
        if not text.isdigit():
            return None, False
        value = int(text)
        return value, lowest <= value <= highest

    def _check_limit(self, name: str) -> bool:
        """Live: a wrong value is marked under its field as it is typed."""
        _value, ok = self._limit_value(name)
        if ok:
            self.fields[name].set_error("")
            return True
        lowest, highest, optional = LIMIT_FIELDS[name]
        text = self.tr("Type a whole number from %1 to %2").replace("%1", str(lowest))
        text = text.replace("%2", str(highest))
        if optional:
            text += self.tr(", or leave it empty for no limit")
        self.fields[name].set_error(text)
        return False

    def _amount_text(self, table: Any) -> str:
        minor = table.get(self.currency)
        return "" if minor is None else str(Money(minor, self.currency).amount)

    def load(self) -> None:
        self.currency = shop_settings.get_shop()["currency"]
        policy = shop_settings.get_policy()
        for reason, spin in self.window_spins.items():
            days = policy.windows_days.get(reason)
            spin.setValue(NO_LIMIT if days is None else days)
        self.shipping_rule.setCurrentIndex(self.shipping_rule.findData(policy.shipping_rule.value))
        self.restocking.setText(percent_text(policy.restocking_fee_bp))
        self.cross_border.setText(percent_text(policy.cross_border_fee_bp))
        self.deduction_max.setText(percent_text(policy.deduction_max_bp))
        self.fee_bearer.setCurrentIndex(
            self.fee_bearer.findData(policy.cross_border_fee_bearer.value)
        )
        self.goods_first.setChecked(policy.require_goods_before_payout)
        self.second_approver.setCurrentIndex(
            self.second_approver.findData(policy.second_approver.value)
        )
        for name in AMOUNT_FIELDS:
            self.amount_edits[name].setText(self._amount_text(getattr(policy, name)))
        self.instalments.setChecked(policy.instalments_allowed)
        self.max_instalments.setValue(max(2, policy.max_instalments))
        self.excluded.set_categories(policy.excluded_categories)
        for name in LIMIT_FIELDS:
            value = getattr(policy, name)
            self.limit_edits[name].setText("" if value is None else str(value))
        self.day_count.setCurrentIndex(self.day_count.findData(policy.payout_day_count.value))
        self.statutory.setCurrentIndex(self.statutory.findData(policy.statutory.value))
        for field in self.fields.values():
            field.set_error("")
        self._instalments_toggled(self.instalments.isChecked())

    def changes(self) -> dict[str, Any] | None:
        """The policy fields as typed; None after showing a message under a wrong field."""
        current: Policy = shop_settings.get_policy()
        changes: dict[str, Any] = {
            "windows_days": {
                r: (None if s.value() == NO_LIMIT else s.value())
                for r, s in self.window_spins.items()
            },
            "shipping_rule": str(self.shipping_rule.currentData()),
            "instalments_allowed": self.instalments.isChecked(),
            "cross_border_fee_bearer": str(self.fee_bearer.currentData()),
            "require_goods_before_payout": self.goods_first.isChecked(),
            "second_approver": str(self.second_approver.currentData()),
            "max_instalments": self.max_instalments.value(),
            "excluded_categories": self.excluded.checked(),
        }
        ok = True
        changes["payout_day_count"] = str(self.day_count.currentData())
        changes["statutory"] = str(self.statutory.currentData())
        for name in LIMIT_FIELDS:
            if self._check_limit(name):
                changes[name] = self._limit_value(name)[0]
            else:
                ok = False
        for name, edit in (
            ("restocking_fee_bp", self.restocking),
            ("cross_border_fee_bp", self.cross_border),
            ("deduction_max_bp", self.deduction_max),
        ):
            basis_points = parse_percent(edit.text())
            if basis_points is None:
                self.fields[name].set_error(
                    self.tr(
                        "Type a percentage from 0 to 100, at most two decimals: for example 2.5"
                    )
                )
                ok = False
            else:
                changes[name] = basis_points
                self.fields[name].set_error("")
        for name in AMOUNT_FIELDS:
            table = dict(getattr(current, name))
            text = self.amount_edits[name].text()
            try:
                if text.strip():
                    table[self.currency] = parse_amount(text, self.currency).minor
                else:
                    table.pop(self.currency, None)
                self.fields[name].set_error("")
            except InvalidInput as exc:
                self.fields[name].set_error(messages.error_text(exc))
                ok = False
            changes[name] = table
        return changes if ok else None

    def save(self) -> bool:
        changes = self.changes()
        if changes is None:
            return False
        shop_settings.set_policy(self.session.actor, changes)
        return True

"""Small dialogs the refund actions need: a reason (reject, cancel) and a payout.

The reason dialog only collects input. The payout and retry dialogs are given a ``submit``
callable by the refunds view (the service call): OK runs it, and a refusal is shown under the
field it concerns, the dialog staying open, so a mistyped account is corrected where it was typed.
All open with ``open()`` and report through ``accepted``, so nothing blocks the event loop.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from merchant_refunds.domain.errors import InvalidInput, RefundsError, Refused
from merchant_refunds.domain.instalments import split_amount
from merchant_refunds.domain.lifecycle import PayoutMethod, PayoutStatus
from merchant_refunds.domain.money import Money, parse_amount
from merchant_refunds.services.payouts.sending import DEFAULT_EVERY_DAYS, MAX_REFERENCE
from merchant_refunds.services.refund_requests import Destination
from merchant_refunds.services.refund_views import PayoutInfo, RefundDetail
from merchant_refunds.ui.common import formatting as fmt
from merchant_refunds.ui.common.field_errors import FieldWithError, error_label
from merchant_refunds.ui.common.guards import DiscardGuard, ask
from merchant_refunds.ui.common.live_check import LiveCheck, first_problem
from merchant_refunds.ui.common.messages import error_text
from merchant_refunds.ui.common.screen_fit import keep_title_whole

#: Which field a service's error code belongs under; anything else goes under the buttons.
FIELD_OF_ERROR = {
    "reference_too_long": "reference",
    "invalid_payout_amount": "amount",
    "payout_exceeds": "amount",
    "empty_amount": "amount",
    "not_an_amount": "amount",
    "negative_amount": "amount",
    "too_many_decimals": "amount",
    "amount_out_of_range": "amount",
    "invalid_instalments": "instalments",
    "instalments_too_small": "instalments",
    "too_many_instalments": "instalments",
    "instalments_not_allowed": "instalments",
    "instalments_scheduled_already": "instalments",
    "invalid_instalment_interval": "every",
    "instalment_in_past": "every",
    "invalid_iban": "account",
    "invalid_account": "account",
    "invalid_account_checksum": "account",
}
BANK_FIELDS = ("holder", "bank", "account")


class ReasonDialog(DiscardGuard, QDialog):
    """Asks for a reason; with ``required`` the OK button stays off until something is written.

    ``check`` is the service's own check of the text (``refund_decisions.check_reason``…): its
    refusal shows under the text as it is typed, and OK stays off meanwhile."""

    def __init__(
        self,
        title: str,
        prompt: str,
        required: bool,
        parent: QWidget | None = None,
        *,
        check: Callable[[str], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        keep_title_whole(self)
        self.required = required
        self.check = check
        self.text_edit = QPlainTextEdit()
        self.text_field = FieldWithError(self.text_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        label = QLabel(prompt)
        label.setWordWrap(True)
        layout.addWidget(label)
        layout.addWidget(self.text_field)
        layout.addWidget(self.buttons)
        self.live = LiveCheck(self, self.problems, self.ok_button)
        self.live.field("text", self.text_field, self.text_edit)
        self.text_edit.textChanged.connect(self._update)
        self._update()
        self.remember_input()

    def reason(self) -> str:
        return self.text_edit.toPlainText().strip()

    def problems(self) -> dict[str, RefundsError]:
        """The service's refusal of the text as typed (an empty optional text is fine)."""
        if self.check is None or (not self.required and not self.reason()):
            return {}
        error = first_problem(lambda: self.check(self.text_edit.toPlainText()))
        return {"text": error} if error is not None else {}

    def _update(self) -> None:
        """After the live check (connected first): a required reason left empty keeps OK off."""
        self.live.run()
        if self.required and not self.reason():
            self.ok_button.setEnabled(False)

    def accept(self) -> None:
        if self.live.reveal() and (self.reason() or not self.required):
            super().accept()


def _request_account(refund: RefundDetail) -> str:
    """The masked account the request already named for a bank transfer, if it did."""
    if refund.destination_method == PayoutMethod.BANK_TRANSFER.value:
        return refund.destination_masked
    return ""


class _SubmittingDialog(QDialog):
    """OK runs ``submit`` (set by the caller); a refusal lands under its field, or under the
    form when it belongs to no field, and the dialog stays open to correct it."""

    method: QComboBox

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.submit: Callable[[], object] | None = None
        #: Title, question and yes-button asked before ``submit`` runs (money moves): set by
        #: the caller, who knows the payee; None runs ``submit`` at once.
        self.question: Callable[[], tuple[str, str, str]] | None = None
        self.question_box: QMessageBox | None = None
        self.fields: dict[str, FieldWithError] = {}
        self.error = error_label("dialogError")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._check_and_accept)
        self.buttons.rejected.connect(self.reject)

    def _wrap(self, name: str, widget: QWidget) -> FieldWithError:
        wrapped = FieldWithError(widget)
        wrapped.setObjectName(f"{name}Field")
        self.fields[name] = wrapped
        return wrapped

    def field_error(self, name: str) -> str:
        """The message shown under field ``name`` (empty when none)."""
        return self.fields[name].error()

    def _clear_errors(self) -> None:
        for wrapped in self.fields.values():
            wrapped.set_error("")
        self.error.hide()

    def show_error(self, error: RefundsError) -> None:
        text = error_text(error)
        if error.code == "bank_details_missing":
            empty = [n for n in BANK_FIELDS if not self._bank_text(n)] or ["account"]
            for name in empty:
                self.fields[name].set_error(text)
            return
        name = FIELD_OF_ERROR.get(error.code)
        if name in self.fields and self.fields[name].isVisibleTo(self):
            self.fields[name].set_error(text)
            return
        self.error.setText(text)
        self.error.show()

    def _bank_text(self, name: str) -> str:
        field = self.fields[name].field
        return field.text().strip() if isinstance(field, QLineEdit) else ""

    def local_check(self) -> None:
        """Checks that need no service (e.g. the amount typed); raise ``InvalidInput``."""

    def _check_and_accept(self) -> None:
        self._clear_errors()
        try:
            self.local_check()
        except RefundsError as error:
            self.show_error(error)
            return
        if self.question is None:
            self._submit_and_accept()
            return
        title, text, yes_text = self.question()
        self.question_box = ask(self, title, text, yes_text, self._submit_and_accept)

    def _submit_and_accept(self) -> None:
        self._clear_errors()
        try:
            if self.submit is not None:
                self.submit()
        except RefundsError as error:
            self.show_error(error)
            return
        self.accept()

    def _add_bank_fields(self, form: QFormLayout, destination_masked: str) -> None:
        """Holder, bank and account, shown only while bank transfer is the chosen method."""
        self.holder = QLineEdit()
        self.holder.setObjectName("bankHolder")
        self.bank = QLineEdit()
        self.bank.setObjectName("bankName")
        self.account = QLineEdit()
        self.account.setObjectName("bankAccount")
        self.account.setPlaceholderText(self.tr("Bank card number or IBAN"))
        self.bank_hint = QLabel()
        self.bank_hint.setWordWrap(True)
        if destination_masked:
            self.bank_hint.setText(
                self.tr("Leave empty to pay to the account given with the request: %1").replace(
                    "%1", destination_masked
                )
            )
        self._bank_rows = [
            (self.tr("Account holder"), self._wrap("holder", self.holder)),
            (self.tr("Bank"), self._wrap("bank", self.bank)),
            (self.tr("Account number"), self._wrap("account", self.account)),
        ]
        self._bank_labels: list[QLabel] = []
        for text, wrapped in self._bank_rows:
            label = QLabel(text)
            self._bank_labels.append(label)
            form.addRow(label, wrapped)
        form.addRow("", self.bank_hint)
        self._default_bank = destination_masked
        self.method.currentIndexChanged.connect(lambda _i: self._show_bank_fields())
        self._show_bank_fields()

    def bank_transfer(self) -> bool:
        return self.method.currentData() == PayoutMethod.BANK_TRANSFER.value

    def _show_bank_fields(self) -> None:
        shown = self.bank_transfer()
        for label, (_text, wrapped) in zip(self._bank_labels, self._bank_rows, strict=True):
            label.setVisible(shown)
            wrapped.setVisible(shown)
        self.bank_hint.setVisible(shown and bool(self._default_bank))

    def destination(self) -> Destination | None:
        """The bank account typed for a bank transfer; None for other methods, or when the
        fields are left empty and the request already named an account."""
        if not self.bank_transfer():
            return None
        typed = [self._bank_text(n) for n in BANK_FIELDS]
        if not any(typed) and self._default_bank:
            return None
        holder, bank, account = typed
        return Destination(PayoutMethod.BANK_TRANSFER, account, holder, bank)


#: Wide enough for a bank account number, an instalment plan and the hint on two lines.
MIN_DIALOG_WIDTH = 420


class PayoutDialog(_SubmittingDialog):
    """Method, reference and amount of one payout (default: what is left to pay); for a large
    refund, instalments and their interval with the amounts they will have; bank details for a
    bank transfer."""

    def __init__(
        self,
        refund: RefundDetail,
        locale: str,
        parent: QWidget | None = None,
        *,
        max_instalments: int = 12,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record payout for %1").replace("%1", refund.refund_no))
        self.refund_no = refund.refund_no
        self.currency = refund.payout.currency
        self.left = refund.payout.minor - refund.paid_so_far
        self.locale = locale
        #: What the policy still allows: its maximum less the payouts already made or planned.
        active = [p for p in refund.payouts if p.status != PayoutStatus.FAILED.value]
        self.policy_max_instalments = max_instalments
        self.instalments_left = max(0, max_instalments - len(active))
        self.method = QComboBox()
        self.method.setObjectName("payoutMethod")
        for method in PayoutMethod:
            self.method.addItem(fmt.payout_method_label(method), method.value)
        self.method.setCurrentIndex(max(0, self.method.findData(refund.destination_method)))
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("Transaction or transfer number"))
        self.amount = QLineEdit(f"{Money(self.left, self.currency).amount}")
        hint = QLabel(
            self.tr(
                "Left to pay: %1. A smaller amount is an instalment (large refunds only)."
            ).replace("%1", fmt.money_text(self.left, self.currency, locale))
        )
        hint.setWordWrap(True)
        self.instalments = QSpinBox()
        self.instalments.setObjectName("instalments")
        self.instalments.setRange(1, 12)
        self.instalments.setSpecialValueText(self.tr("Pay in one go"))
        self.instalments.setSuffix(self.tr(" instalments"))
        self.every = QSpinBox()
        self.every.setObjectName("instalmentEvery")
        self.every.setRange(1, 366)
        self.every.setValue(DEFAULT_EVERY_DAYS)
        self.every.setSuffix(self.tr(" days apart"))
        self.plan = QLabel()
        self.plan.setObjectName("instalmentPlan")
        self.plan.setWordWrap(True)
        self.instalments.valueChanged.connect(self._show_plan)
        form = QFormLayout()
        form.addRow(self.tr("Method"), self.method)
        form.addRow(self.tr("Reference"), self._wrap("reference", self.reference))
        form.addRow(
            self.tr("Amount (%1)").replace("%1", self.currency), self._wrap("amount", self.amount)
        )
        self.amount_error = self.fields["amount"].error_label
        if refund.signature_required:
            # Large refunds only: the services refuse instalments for any other.
            form.addRow(self.tr("Instalments"), self._wrap("instalments", self.instalments))
            self.every_label = QLabel(self.tr("Every"))
            form.addRow(self.every_label, self._wrap("every", self.every))
            form.addRow("", self.plan)
            self.every_label.hide()
            self.fields["every"].hide()
        self._add_bank_fields(form, _request_account(refund))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(MIN_DIALOG_WIDTH)
        keep_title_whole(self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        # Checked as the clerk types: OK stays off while a field shows why it cannot be paid.
        self.amount.textChanged.connect(self.validate)
        self.reference.textChanged.connect(self.validate)
        self.instalments.valueChanged.connect(self.validate)
        self.validate()

    def live_errors(self) -> dict[str, RefundsError]:
        """What is wrong with the fields as typed, by field (the services' own messages)."""
        errors: dict[str, RefundsError] = {}
        if len(self.reference.text()) > MAX_REFERENCE:
            errors["reference"] = InvalidInput(
                "reference_too_long", "The reference is longer than 128 characters"
            )
        parts = self.instalment_count()
        if parts > 1 and "instalments" in self.fields and parts > self.instalments_left:
            errors["instalments"] = Refused(
                "too_many_instalments",
                "At most {n} instalments; pay the rest now",
                n=self.policy_max_instalments,
            )
        if parts <= 1:
            try:
                amount = self.amount_minor()
            except RefundsError as error:
                errors["amount"] = error
            else:
                if amount <= 0:
                    errors["amount"] = InvalidInput(
                        "invalid_payout_amount", "The payout amount must be above zero"
                    )
                elif amount > self.left:
                    errors["amount"] = Refused(
                        "payout_exceeds",
                        "Only {left} is left to pay on {refund_no}",
                        left=Money(self.left, self.currency),
                        refund_no=self.refund_no,
                    )
        return errors

    def validate(self, *_args: object) -> bool:
        """Show each field's problem under it now; OK only when there is none."""
        errors = self.live_errors()
        for name in ("reference", "amount", "instalments"):
            if name in self.fields:
                error = errors.get(name)
                self.fields[name].set_error(error_text(error) if error else "")
        self.ok_button.setEnabled(not errors)
        return not errors

    def question_text(self, payee: str) -> tuple[str, str, str]:
        """ "Pay ¥3,000.00 to 张三 by Alipay?": the amount and who gets it, before money moves."""
        method = fmt.payout_method_label(PayoutMethod(self.method.currentData()))
        parts = self.instalment_count()
        if parts > 1:
            text = (
                self.tr("Pay %1 to %2 by %3 in %4 instalments for refund %5?")
                .replace("%4", str(parts))
                .replace("%1", fmt.money_text(self.left, self.currency, self.locale))
            )
        else:
            text = self.tr("Pay %1 to %2 by %3 for refund %5?").replace(
                "%1", fmt.money_text(self.amount_minor(), self.currency, self.locale)
            )
        text = text.replace("%2", payee).replace("%3", method).replace("%5", self.refund_no)
        return self.tr("Record payout"), text, self.tr("Pay")

    def instalment_count(self) -> int:
        return self.instalments.value()

    def every_days(self) -> int:
        return self.every.value()

    def _show_plan(self, parts: int) -> None:
        """The amounts the instalments will have: they add up exactly to what is left."""
        self.amount.setEnabled(parts <= 1)
        split = parts > 1
        if "every" in self.fields:
            self.every_label.setVisible(split)
            self.fields["every"].setVisible(split)
        if not split:
            self.plan.setText("")
            return
        try:
            amounts = split_amount(self.left, parts)
        except InvalidInput as error:
            self.plan.setText(error_text(error))
            return
        self.plan.setText(self._plan_text(amounts))
        # the interval row and the plan appeared: grow to them now rather than clip them
        self.layout().activate()
        self.adjustSize()

    def _plan_text(self, amounts: list[int]) -> str:
        """``11 × ¥1,028.80 + ¥1,028.87 = ¥12,345.67``: equal instalments counted once, so a
        plan of twelve still fits on a line or two."""
        runs: list[list[int]] = []
        for amount in amounts:
            if runs and runs[-1][0] == amount:
                runs[-1][1] += 1
            else:
                runs.append([amount, 1])
        parts = []
        for amount, n in runs:
            text = fmt.money_text(amount, self.currency, self.locale)
            parts.append(text if n == 1 else f"{n} × {text}")
        total = fmt.money_text(sum(amounts), self.currency, self.locale)
        return " + ".join(parts) + " = " + total

    def amount_minor(self) -> int:
        """The typed amount in minor units; raises ``InvalidInput`` when it is not one."""
        return parse_amount(self.amount.text(), self.currency).minor

    def local_check(self) -> None:
        if self.instalment_count() <= 1:
            self.amount_minor()


class RetryDialog(_SubmittingDialog):
    """Pay a failed payout again, by the same or another method; the failed one stays on record."""

    def __init__(
        self, refund: RefundDetail, failed: PayoutInfo, locale: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.seq = failed.seq
        self.setWindowTitle(self.tr("Pay failed payout #%1 again").replace("%1", str(failed.seq)))
        self.method = QComboBox()
        self.method.setObjectName("payoutMethod")
        for method in PayoutMethod:
            self.method.addItem(fmt.payout_method_label(method), method.value)
        self.method.setCurrentIndex(max(0, self.method.findData(failed.method)))
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("Transaction or transfer number"))
        why = QLabel(
            self.tr("%1 failed: %2")
            .replace("%1", fmt.money_text(failed.amount, failed.currency, locale))
            .replace("%2", failed.failure_reason)
        )
        why.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Method"), self.method)
        form.addRow(self.tr("Reference"), self._wrap("reference", self.reference))
        self._add_bank_fields(form, _request_account(refund))
        layout = QVBoxLayout(self)
        layout.addWidget(why)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(MIN_DIALOG_WIDTH)
        keep_title_whole(self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.reference.textChanged.connect(self._check_reference)

    def _check_reference(self, text: str) -> None:
        """A reference the services would refuse is said under it while it is typed."""
        too_long = len(text) > MAX_REFERENCE
        error = InvalidInput("reference_too_long", "The reference is longer than 128 characters")
        self.fields["reference"].set_error(error_text(error) if too_long else "")
        self.ok_button.setEnabled(not too_long)

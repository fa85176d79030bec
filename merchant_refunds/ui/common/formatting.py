"""How amounts, dates and codes look on screen, in the session's language.

Codes stored in the database (``delivered``, ``quality_problem``, ``bank_transfer``…) never reach
the user as such: each enum has one function returning its translated label from the "Labels"
context. The literals are marked with ``QT_TRANSLATE_NOOP`` so pyside6-lupdate extracts them.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale
from PySide6.QtWidgets import QComboBox

from merchant_refunds.domain.amount_words import amount_in_words
from merchant_refunds.domain.calculation import BreakdownKind
from merchant_refunds.domain.lifecycle import PayoutMethod, PayoutStatus, RefundStatus, Role
from merchant_refunds.domain.money import Money, currency_codes
from merchant_refunds.domain.order import OrderStatus, PaymentMethod
from merchant_refunds.domain.policy import ReasonCode, Severity

CONTEXT = "Labels"

_ORDER_STATUS = {
    OrderStatus.AWAITING_PAYMENT: QT_TRANSLATE_NOOP("Labels", "Awaiting payment"),
    OrderStatus.PAID: QT_TRANSLATE_NOOP("Labels", "Paid"),
    OrderStatus.PRESALE_AWAITING_PRODUCTION: QT_TRANSLATE_NOOP("Labels", "Pre-sale, not started"),
    OrderStatus.PRESALE_IN_PRODUCTION: QT_TRANSLATE_NOOP("Labels", "Pre-sale, in production"),
    OrderStatus.IN_TRANSIT: QT_TRANSLATE_NOOP("Labels", "In transit"),
    OrderStatus.DELIVERED: QT_TRANSLATE_NOOP("Labels", "Delivered"),
    OrderStatus.COMPLETED: QT_TRANSLATE_NOOP("Labels", "Completed"),
    OrderStatus.CANCELLED: QT_TRANSLATE_NOOP("Labels", "Cancelled"),
}

_REFUND_STATUS = {
    RefundStatus.REQUESTED: QT_TRANSLATE_NOOP("Labels", "Waiting for approval"),
    RefundStatus.APPROVED: QT_TRANSLATE_NOOP("Labels", "Approved"),
    RefundStatus.PAID: QT_TRANSLATE_NOOP("Labels", "Paid out"),
    RefundStatus.COMPLETED: QT_TRANSLATE_NOOP("Labels", "Completed"),
    RefundStatus.REJECTED: QT_TRANSLATE_NOOP("Labels", "Rejected"),
    RefundStatus.CANCELLED: QT_TRANSLATE_NOOP("Labels", "Cancelled"),
}

_REASON = {
    ReasonCode.QUALITY_PROBLEM: QT_TRANSLATE_NOOP("Labels", "Quality problem"),
    ReasonCode.WRONG_ITEM: QT_TRANSLATE_NOOP("Labels", "Wrong item"),
    ReasonCode.NOT_AS_DESCRIBED: QT_TRANSLATE_NOOP("Labels", "Not as described"),
    ReasonCode.NO_REASON: QT_TRANSLATE_NOOP("Labels", "Changed mind (7-day no-reason return)"),
    ReasonCode.DAMAGED_IN_TRANSIT: QT_TRANSLATE_NOOP("Labels", "Damaged in transit"),
    ReasonCode.LATE_DELIVERY: QT_TRANSLATE_NOOP("Labels", "Late delivery"),
    ReasonCode.DUPLICATE_PAYMENT: QT_TRANSLATE_NOOP("Labels", "Duplicate payment"),
    ReasonCode.PRICE_ADJUSTMENT: QT_TRANSLATE_NOOP("Labels", "Price adjustment"),
    ReasonCode.COMPENSATION: QT_TRANSLATE_NOOP("Labels", "Compensation (goods kept)"),
    ReasonCode.GOODWILL: QT_TRANSLATE_NOOP("Labels", "Goodwill"),
    ReasonCode.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
}

_PAYMENT_METHOD = {
    PaymentMethod.ALIPAY: QT_TRANSLATE_NOOP("Labels", "Alipay"),
    PaymentMethod.WECHAT_PAY: QT_TRANSLATE_NOOP("Labels", "WeChat Pay"),
    PaymentMethod.UNIONPAY: QT_TRANSLATE_NOOP("Labels", "UnionPay"),
    PaymentMethod.CARD: QT_TRANSLATE_NOOP("Labels", "Credit card"),
    PaymentMethod.PAYPAL: QT_TRANSLATE_NOOP("Labels", "PayPal"),
    PaymentMethod.BANK_TRANSFER: QT_TRANSLATE_NOOP("Labels", "Bank transfer"),
    PaymentMethod.CASH: QT_TRANSLATE_NOOP("Labels", "Cash"),
    PaymentMethod.STORE_CREDIT: QT_TRANSLATE_NOOP("Labels", "Store credit"),
    PaymentMethod.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
}

_PAYOUT_METHOD = {
    PayoutMethod.ORIGINAL_ROUTE: QT_TRANSLATE_NOOP("Labels", "Refund to original payment"),
    PayoutMethod.BANK_TRANSFER: QT_TRANSLATE_NOOP("Labels", "Bank transfer"),
    PayoutMethod.STORE_CREDIT: QT_TRANSLATE_NOOP("Labels", "Store credit"),
    PayoutMethod.CASH: QT_TRANSLATE_NOOP("Labels", "Cash"),
}

_PAYOUT_STATUS = {
    PayoutStatus.SCHEDULED: QT_TRANSLATE_NOOP("Labels", "Scheduled"),
    PayoutStatus.SENT: QT_TRANSLATE_NOOP("Labels", "Sent"),
    PayoutStatus.RECEIVED: QT_TRANSLATE_NOOP("Labels", "Received"),
    PayoutStatus.FAILED: QT_TRANSLATE_NOOP("Labels", "Failed"),
}

_ROLE = {
    Role.OWNER: QT_TRANSLATE_NOOP("Labels", "Owner"),
    Role.CLERK: QT_TRANSLATE_NOOP("Labels", "Clerk"),
    Role.ACCOUNTANT: QT_TRANSLATE_NOOP("Labels", "Accountant"),
}

_SEVERITY = {
    Severity.BLOCK: QT_TRANSLATE_NOOP("Labels", "Blocks"),
    Severity.WARN: QT_TRANSLATE_NOOP("Labels", "Warning"),
}

_BREAKDOWN = {
    BreakdownKind.ITEMS: QT_TRANSLATE_NOOP("Labels", "Items"),
    BreakdownKind.DISCOUNT: QT_TRANSLATE_NOOP("Labels", "Discount share"),
    BreakdownKind.REDUCED: QT_TRANSLATE_NOOP("Labels", "Already refunded by amount"),
    BreakdownKind.AMOUNT: QT_TRANSLATE_NOOP("Labels", "Refund by amount"),
    BreakdownKind.SHIPPING: QT_TRANSLATE_NOOP("Labels", "Shipping"),
    BreakdownKind.RESTOCKING_FEE: QT_TRANSLATE_NOOP("Labels", "Restocking fee"),
    BreakdownKind.RETURN_SHIPPING: QT_TRANSLATE_NOOP("Labels", "Return shipping deduction"),
    BreakdownKind.CROSS_BORDER_FEE: QT_TRANSLATE_NOOP("Labels", "Cross-border fee"),
    BreakdownKind.DEDUCTION: QT_TRANSLATE_NOOP("Labels", "Deduction for diminished value"),
    BreakdownKind.RETURN_POSTAGE: QT_TRANSLATE_NOOP("Labels", "Return postage paid back"),
    BreakdownKind.TOTAL: QT_TRANSLATE_NOOP("Labels", "Refund total"),
    BreakdownKind.CONVERSION: QT_TRANSLATE_NOOP("Labels", "Paid in another currency"),
}

#: Audit actions as the timeline shows them.
_AUDIT_ACTION = {
    "refund.request": QT_TRANSLATE_NOOP("Labels", "Refund requested"),
    "refund.approve": QT_TRANSLATE_NOOP("Labels", "Approved"),
    "refund.self_approve": QT_TRANSLATE_NOOP(
        "Labels", "Approved: single-owner self-approval (PIN re-entered)"
    ),
    "refund.reject": QT_TRANSLATE_NOOP("Labels", "Rejected"),
    "refund.sign": QT_TRANSLATE_NOOP("Labels", "Signed confirmation recorded"),
    "refund.receive_goods": QT_TRANSLATE_NOOP("Labels", "Returned goods received"),
    "refund.deduct": QT_TRANSLATE_NOOP("Labels", "Deduction for diminished value"),
    "refund.pay": QT_TRANSLATE_NOOP("Labels", "Paid out in full"),
    "refund.complete": QT_TRANSLATE_NOOP("Labels", "Completed"),
    "refund.cancel": QT_TRANSLATE_NOOP("Labels", "Cancelled"),
    "payout.send": QT_TRANSLATE_NOOP("Labels", "Payout sent"),
    "payout.received": QT_TRANSLATE_NOOP("Labels", "Payout received by the customer"),
    "payout.failed": QT_TRANSLATE_NOOP("Labels", "Payout failed"),
    "refund.print": QT_TRANSLATE_NOOP("Labels", "Confirmation printed"),
    "signature.attach": QT_TRANSLATE_NOOP("Labels", "Signature proof stored"),
    "attachment.add": QT_TRANSLATE_NOOP("Labels", "Evidence file attached"),
    "refund.payout_failed": QT_TRANSLATE_NOOP("Labels", "Refund payout failed"),
    "refund.feedback": QT_TRANSLATE_NOOP("Labels", "Customer feedback recorded"),
    "refund.followup_note": QT_TRANSLATE_NOOP("Labels", "Follow-up note added"),
    "refund.supplier": QT_TRANSLATE_NOOP("Labels", "Supplier answer recorded"),
    "refund.deadline_extended": QT_TRANSLATE_NOOP("Labels", "Deadline extended by the owner"),
    "followup.digest_sent": QT_TRANSLATE_NOOP("Labels", "Follow-up digest e-mailed to the owner"),
    "payout.schedule": QT_TRANSLATE_NOOP("Labels", "Payout scheduled"),
    "payout.retry": QT_TRANSLATE_NOOP("Labels", "Payout retried"),
    "notice.prepare": QT_TRANSLATE_NOOP("Labels", "Customer notice prepared"),
    "notice.sent": QT_TRANSLATE_NOOP("Labels", "Customer notice sent"),
    "notice.unsent": QT_TRANSLATE_NOOP("Labels", "Customer notice marked unsent"),
    "notice.failed": QT_TRANSLATE_NOOP("Labels", "Customer notice failed"),
    "order.create": QT_TRANSLATE_NOOP("Labels", "Order added"),
    "order.import": QT_TRANSLATE_NOOP("Labels", "Order imported"),
    "order.import_update": QT_TRANSLATE_NOOP("Labels", "Order updated by an import"),
    "order.edit": QT_TRANSLATE_NOOP(
        "Labels", "Order edited: delivery date, category or final sale"
    ),
    "orders.import_file": QT_TRANSLATE_NOOP("Labels", "Order file imported"),
    "exchange.record": QT_TRANSLATE_NOOP("Labels", "Exchange recorded"),
    "exchange.cancel": QT_TRANSLATE_NOOP("Labels", "Exchange cancelled"),
    "exchange.receive": QT_TRANSLATE_NOOP("Labels", "Exchanged goods received"),
    "store_credit.issue": QT_TRANSLATE_NOOP("Labels", "Store credit issued"),
    "store_credit.use": QT_TRANSLATE_NOOP("Labels", "Store credit used"),
    "store_credit.cash_out": QT_TRANSLATE_NOOP("Labels", "Store credit paid out in cash"),
    "user.create": QT_TRANSLATE_NOOP("Labels", "User added"),
    "user.activate": QT_TRANSLATE_NOOP("Labels", "User reactivated"),
    "user.deactivate": QT_TRANSLATE_NOOP("Labels", "User deactivated"),
    "user.role": QT_TRANSLATE_NOOP("Labels", "User role changed"),
    "user.reset_pin": QT_TRANSLATE_NOOP("Labels", "PIN reset"),
    "user.pin_failed": QT_TRANSLATE_NOOP("Labels", "Wrong PIN entered"),
    "user.pin_rehash": QT_TRANSLATE_NOOP("Labels", "PIN re-stored with a stronger hash"),
    "user.change_pin": QT_TRANSLATE_NOOP("Labels", "PIN changed by its user"),
    "settings.shop": QT_TRANSLATE_NOOP("Labels", "Shop details changed"),
    "settings.policy": QT_TRANSLATE_NOOP("Labels", "Refund policy changed"),
    "settings.payment_methods": QT_TRANSLATE_NOOP("Labels", "Payment methods changed"),
    "settings.journal_accounts": QT_TRANSLATE_NOOP("Labels", "Account codes changed"),
    "settings.notice_template": QT_TRANSLATE_NOOP("Labels", "Notice template changed"),
    "settings.rejection_templates": QT_TRANSLATE_NOOP("Labels", "Rejection reasons changed"),
    "settings.smtp": QT_TRANSLATE_NOOP("Labels", "E-mail settings changed"),
    "settings.owner_digest": QT_TRANSLATE_NOOP("Labels", "Owner's digest settings changed"),
    "settings.fx_rate": QT_TRANSLATE_NOOP("Labels", "Exchange rates entered"),
    "statement.reconciled": QT_TRANSLATE_NOOP("Labels", "Payment statement reconciled"),
    "settings.idle_lock": QT_TRANSLATE_NOOP("Labels", "Idle lock changed"),
    "settings.pin_min_digits": QT_TRANSLATE_NOOP("Labels", "Shortest PIN changed"),
    "settings.import_mapping": QT_TRANSLATE_NOOP("Labels", "Import column mapping saved"),
    "settings.sku_rules": QT_TRANSLATE_NOOP("Labels", "SKU rules changed"),
    "database.backup": QT_TRANSLATE_NOOP("Labels", "Database backed up"),
    "database.restore": QT_TRANSLATE_NOOP("Labels", "Database restored"),
    "database.recover": QT_TRANSLATE_NOOP("Labels", "Database recovered"),
    "database.copy": QT_TRANSLATE_NOOP("Labels", "Copy of the database saved"),
    "user.pin_attempt": QT_TRANSLATE_NOOP("Labels", "PIN entered (counted before it is checked)"),
    "user.sign_in": QT_TRANSLATE_NOOP("Labels", "Signed in"),
    "user.authorise": QT_TRANSLATE_NOOP("Labels", "Confirmed a decision with the PIN"),
    "audit.keyed": QT_TRANSLATE_NOOP("Labels", "Audit trail keyed with the shop key"),
    "audit.baseline": QT_TRANSLATE_NOOP("Labels", "Records as they stood when the trail was keyed"),
    "key.recovery_sheet": QT_TRANSLATE_NOOP("Labels", "Shop key's recovery sheet shown"),
    "closing.record": QT_TRANSLATE_NOOP("Labels", "Daily closing recorded"),
}


def _label(table: Mapping[str, str], value: str) -> str:
    """The translated label of ``value``; an unknown code is shown as it is rather than hidden."""
    source = table.get(value)
    return QCoreApplication.translate(CONTEXT, source) if source else str(value)


#: Returned units: their condition and where they went (the stock ledger).
_CONDITION = {
    "resaleable": QT_TRANSLATE_NOOP("Labels", "Resaleable"),
    "opened": QT_TRANSLATE_NOOP("Labels", "Opened"),
    "damaged": QT_TRANSLATE_NOOP("Labels", "Damaged"),
    "missing_parts": QT_TRANSLATE_NOOP("Labels", "Missing parts"),
}
_DISPOSITION = {
    "returned_to_stock": QT_TRANSLATE_NOOP("Labels", "Returned to stock"),
    "written_off": QT_TRANSLATE_NOOP("Labels", "Written off"),
    "exchanged_out": QT_TRANSLATE_NOOP("Labels", "Exchanged out"),
}


def condition_label(condition: str) -> str:
    return _label(_CONDITION, condition)


def disposition_label(disposition: str) -> str:
    return _label(_DISPOSITION, disposition)


def order_status_label(status: str) -> str:
    return _label(_ORDER_STATUS, status)


def refund_status_label(status: str) -> str:
    return _label(_REFUND_STATUS, status)


#: Where orders come from (``Order.source``): the platforms' names as the shop knows them.
_SOURCE = {
    "taobao": QT_TRANSLATE_NOOP("Labels", "Taobao"),
    "tmall": QT_TRANSLATE_NOOP("Labels", "Tmall"),
    "jd": QT_TRANSLATE_NOOP("Labels", "JD.com"),
    "pinduoduo": QT_TRANSLATE_NOOP("Labels", "Pinduoduo"),
    "douyin": QT_TRANSLATE_NOOP("Labels", "Douyin shop"),
    "youzan": QT_TRANSLATE_NOOP("Labels", "Youzan"),
    "wechat_shop": QT_TRANSLATE_NOOP("Labels", "WeChat shop"),
    "shopify": QT_TRANSLATE_NOOP("Labels", "Shopify"),
    "woocommerce": QT_TRANSLATE_NOOP("Labels", "WooCommerce"),
    "generic": QT_TRANSLATE_NOOP("Labels", "Imported file"),
    "manual": QT_TRANSLATE_NOOP("Labels", "Entered by hand"),
    "store": QT_TRANSLATE_NOOP("Labels", "Shop counter"),
    "wholesale": QT_TRANSLATE_NOOP("Labels", "Wholesale"),
}


def source_label(source: str) -> str:
    """An order's source as the shop knows it; a source of the shop's own naming (a saved
    mapping's) is shown as it is."""
    return _label(_SOURCE, source)


#: What a refund by amount is (``domain.amount_refunds.AmountKind``).
_AMOUNT_KIND = {
    "price_difference": QT_TRANSLATE_NOOP("Labels", "Price difference"),
    "compensation": QT_TRANSLATE_NOOP("Labels", "Compensation (goods kept)"),
    "goodwill": QT_TRANSLATE_NOOP("Labels", "Goodwill"),
}


def amount_kind_label(kind: str) -> str:
    return _label(_AMOUNT_KIND, kind)


#: Product categories the program knows (``OrderLine.category``): those a no-reason return
#: excludes by law (``DEFAULT_EXCLUDED_CATEGORIES``) first, then common shop goods. A shop's own
#: category (a SKU rule's, an import's) is shown as it is written.
_CATEGORY = {
    "made_to_order": QT_TRANSLATE_NOOP("Labels", "Made to order"),
    "perishable": QT_TRANSLATE_NOOP("Labels", "Fresh and perishable goods"),
    "digital_unsealed": QT_TRANSLATE_NOOP("Labels", "Unsealed audio, video and software"),
    "newspaper": QT_TRANSLATE_NOOP("Labels", "Newspapers and magazines"),
    "apparel": QT_TRANSLATE_NOOP("Labels", "Clothing"),
    "appliances": QT_TRANSLATE_NOOP("Labels", "Household appliances"),
    "electronics": QT_TRANSLATE_NOOP("Labels", "Electronics"),
    "home": QT_TRANSLATE_NOOP("Labels", "Home goods"),
    "service": QT_TRANSLATE_NOOP("Labels", "Services"),
    "stationery": QT_TRANSLATE_NOOP("Labels", "Stationery"),
    "tableware": QT_TRANSLATE_NOOP("Labels", "Tableware"),
    "tea": QT_TRANSLATE_NOOP("Labels", "Tea"),
}


def known_categories() -> list[str]:
    """Every category code with a label, the legally excluded ones first."""
    return list(_CATEGORY)


def category_label(category: str) -> str:
    return _label(_CATEGORY, category)


def reason_label(reason: str) -> str:
    return _label(_REASON, reason)


def payment_method_label(method: str) -> str:
    return _label(_PAYMENT_METHOD, method)


def payout_method_label(method: str) -> str:
    return _label(_PAYOUT_METHOD, method)


def payout_status_label(status: str) -> str:
    return _label(_PAYOUT_STATUS, status)


def role_label(role: str) -> str:
    return _label(_ROLE, role)


def severity_label(severity: str) -> str:
    return _label(_SEVERITY, severity)


def labelled(label: str, text: str) -> str:
    """``label: text`` with the colon of the language (Chinese uses the full-width ：)."""
    return QCoreApplication.translate("Labels", "%1: %2").replace("%1", label).replace("%2", text)


def breakdown_label(kind: str) -> str:
    return _label(_BREAKDOWN, kind)


def audit_actions() -> list[str]:
    """Every action code the audit trail view has a name for."""
    return list(_AUDIT_ACTION)


def audit_action_label(action: str) -> str:
    return _label(_AUDIT_ACTION, action)


def money_text(amount: Money | int, currency: str | None = None, locale: str = "zh_CN") -> str:
    """``¥1,234.50`` for the locale. Accepts a ``Money`` or minor units with their currency."""
    if not isinstance(amount, Money):
        if currency is None:
            raise TypeError("minor units need their currency")
        amount = Money(amount, currency)
    return amount.format(locale)


def words_text(amount: Money, locale: str = "zh_CN") -> str:
    """The amount in words in the session language; negative amounts show as empty."""
    if amount.minor < 0:
        return ""
    return amount_in_words(amount, locale)


#: Babel's (CLDR's) "medium" date in the two shipped locales, written directly: importing
#: Babel's dates and loading its locale data cost the first page of the Orders list ~20 ms of
#: a start (docs/performance.md, issue 16). A test holds both equal to Babel.
_EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MEDIUM_DATES = {
    "zh_CN": lambda d: f"{d.year}年{d.month}月{d.day}日",
    "en_US": lambda d: f"{_EN_MONTHS[d.month - 1]} {d.day}, {d.year}",
}


def date_text(value: date | datetime | None, locale: str = "zh_CN") -> str:
    """``2026年11月26日`` / ``Nov 26, 2026``; nothing for a missing date."""
    if value is None:
        return ""
    shipped = _MEDIUM_DATES.get(locale)
    if shipped is not None:
        return shipped(value)
    from babel.dates import format_date

    return format_date(value, "medium", locale=locale)


def datetime_text(value: datetime | None, locale: str = "zh_CN") -> str:
    """Date as :func:`date_text` and the time as 24-hour ``HH:mm``, the way shop staff read it."""
    if value is None:
        return ""
    if locale in _MEDIUM_DATES:
        return f"{date_text(value, locale)} {value.hour:02d}:{value.minute:02d}"
    from babel.dates import format_time

    return f"{date_text(value, locale)} {format_time(value, 'HH:mm', locale=locale)}"


def currency_label(code: str) -> str:
    """``CNY · 人民币`` / ``CHF · Swiss Franc``: the code with its name in the interface's
    language (CLDR's names, through babel), for pick-lists of all ISO 4217 currencies."""
    from babel.numbers import get_currency_name

    locale = "zh_CN" if QLocale().language() == QLocale.Language.Chinese else "en"
    return f"{code} · {get_currency_name(code, locale=locale)}"


def add_currencies(box: QComboBox, first: str = "") -> None:
    """Fill ``box`` with every currency (the shop's first, then the common ones), each item's
    data being its code."""
    for code in currency_codes(first):
        box.addItem(currency_label(code), code)

"""An audit event's before/after as a person reads it: field names in words, money in its
currency, dates in the window's language, codes (statuses, reasons, methods…) as their labels.

The trail stores what the services wrote: field names such as ``total_paid``, amounts in minor
units (``100000`` for ¥1,000.00), ISO dates and codes. None of that is shown as it is; an unknown
field or code is shown as stored rather than hidden, so nothing of the record is lost.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from merchant_refunds.domain.errors import RefundsError
from merchant_refunds.domain.money import Money
from merchant_refunds.services import audit_log
from merchant_refunds.services.audit import AuditEntry
from merchant_refunds.ui.common import formatting as fmt

CONTEXT = "AuditFields"
#: Shown for a field that had no value (before it was set, or after it was cleared).
EMPTY = "∅"
#: How many characters a value may take in the list's one-line summary.
SUMMARY_LIMIT = 160

FIELDS = {
    "address": QT_TRANSLATE_NOOP("AuditFields", "Address"),
    "amount": QT_TRANSLATE_NOOP("AuditFields", "Amount"),
    "approved_at": QT_TRANSLATE_NOOP("AuditFields", "Approved at"),
    "balance": QT_TRANSLATE_NOOP("AuditFields", "Balance"),
    "balance_after": QT_TRANSLATE_NOOP("AuditFields", "Balance after"),
    "cancel_reason": QT_TRANSLATE_NOOP("AuditFields", "Reason for cancelling"),
    "cancelled_at": QT_TRANSLATE_NOOP("AuditFields", "Cancelled at"),
    "category": QT_TRANSLATE_NOOP("AuditFields", "Category"),
    "channel": QT_TRANSLATE_NOOP("AuditFields", "Sent by"),
    "code": QT_TRANSLATE_NOOP("AuditFields", "Code"),
    "comment": QT_TRANSLATE_NOOP("AuditFields", "Comment"),
    "completed_at": QT_TRANSLATE_NOOP("AuditFields", "Completed at"),
    "country": QT_TRANSLATE_NOOP("AuditFields", "Country"),
    "cross_border_fee": QT_TRANSLATE_NOOP("AuditFields", "Cross-border fee"),
    "cross_border_fee_bearer": QT_TRANSLATE_NOOP("AuditFields", "Cross-border fee borne by"),
    "cross_border_fee_bp": QT_TRANSLATE_NOOP("AuditFields", "Cross-border fee (basis points)"),
    "currency": QT_TRANSLATE_NOOP("AuditFields", "Currency"),
    "customer": QT_TRANSLATE_NOOP("AuditFields", "Customer"),
    "delivered_at": QT_TRANSLATE_NOOP("AuditFields", "Delivered at"),
    "description": QT_TRANSLATE_NOOP("AuditFields", "Description"),
    "discounts": QT_TRANSLATE_NOOP("AuditFields", "Discounts"),
    "display_name": QT_TRANSLATE_NOOP("AuditFields", "Display name"),
    "due_on": QT_TRANSLATE_NOOP("AuditFields", "Due on"),
    "due_soon_days": QT_TRANSLATE_NOOP("AuditFields", "Remind days before"),
    "email": QT_TRANSLATE_NOOP("AuditFields", "E-mail"),
    "event": QT_TRANSLATE_NOOP("AuditFields", "Event"),
    "events_before": QT_TRANSLATE_NOOP("AuditFields", "Events before"),
    "excluded_categories": QT_TRANSLATE_NOOP("AuditFields", "Excluded from no-reason returns"),
    "expected_from": QT_TRANSLATE_NOOP("AuditFields", "Expected from"),
    "expected_to": QT_TRANSLATE_NOOP("AuditFields", "Expected by"),
    "final_sale": QT_TRANSLATE_NOOP("AuditFields", "Final sale"),
    "findings": QT_TRANSLATE_NOOP("AuditFields", "Review findings"),
    "goods_received_at": QT_TRANSLATE_NOOP("AuditFields", "Goods received at"),
    "goods_return": QT_TRANSLATE_NOOP("AuditFields", "Goods come back"),
    "home": QT_TRANSLATE_NOOP("AuditFields", "Home currency"),
    "instalments_allowed": QT_TRANSLATE_NOOP("AuditFields", "Instalments allowed"),
    "key_id": QT_TRANSLATE_NOOP("AuditFields", "Shop key"),
    "lang": QT_TRANSLATE_NOOP("AuditFields", "Language"),
    "language": QT_TRANSLATE_NOOP("AuditFields", "Language"),
    "large_refund_threshold": QT_TRANSLATE_NOOP("AuditFields", "Large refund from"),
    "lines": QT_TRANSLATE_NOOP("AuditFields", "Order lines"),
    "logo_path": QT_TRANSLATE_NOOP("AuditFields", "Logo"),
    "max_instalments": QT_TRANSLATE_NOOP("AuditFields", "At most instalments"),
    "method": QT_TRANSLATE_NOOP("AuditFields", "Method"),
    "name": QT_TRANSLATE_NOOP("AuditFields", "Name"),
    "note": QT_TRANSLATE_NOOP("AuditFields", "Note"),
    "notice": QT_TRANSLATE_NOOP("AuditFields", "Notice"),
    "order_no": QT_TRANSLATE_NOOP("AuditFields", "Order number"),
    "override_reason": QT_TRANSLATE_NOOP("AuditFields", "Reason for the override"),
    "paid": QT_TRANSLATE_NOOP("AuditFields", "Paid"),
    "paid_at": QT_TRANSLATE_NOOP("AuditFields", "Paid at"),
    "payer_account": QT_TRANSLATE_NOOP("AuditFields", "Payer's account"),
    "payment": QT_TRANSLATE_NOOP("AuditFields", "Payment"),
    "payout_day_count": QT_TRANSLATE_NOOP("AuditFields", "Arrival counted in"),
    "payout_days": QT_TRANSLATE_NOOP("AuditFields", "Pay within (days)"),
    "pdf_font_path": QT_TRANSLATE_NOOP("AuditFields", "PDF font"),
    "phone": QT_TRANSLATE_NOOP("AuditFields", "Phone"),
    "placed_at": QT_TRANSLATE_NOOP("AuditFields", "Ordered at"),
    "presale": QT_TRANSLATE_NOOP("AuditFields", "Pre-sale"),
    "quantity": QT_TRANSLATE_NOOP("AuditFields", "Quantity"),
    "quote": QT_TRANSLATE_NOOP("AuditFields", "Computed amounts"),
    "rates": QT_TRANSLATE_NOOP("AuditFields", "Exchange rates"),
    "rating": QT_TRANSLATE_NOOP("AuditFields", "Rating"),
    "reason": QT_TRANSLATE_NOOP("AuditFields", "Reason"),
    "reference": QT_TRANSLATE_NOOP("AuditFields", "Reference"),
    "rejected_at": QT_TRANSLATE_NOOP("AuditFields", "Rejected at"),
    "rejection_reason": QT_TRANSLATE_NOOP("AuditFields", "Reason for rejecting"),
    "require_goods_before_payout": QT_TRANSLATE_NOOP("AuditFields", "Pay only after goods arrived"),
    "restocking_fee_bp": QT_TRANSLATE_NOOP("AuditFields", "Restocking fee (basis points)"),
    "return_shipping_deduction": QT_TRANSLATE_NOOP("AuditFields", "Return shipping deduction"),
    "review_hours": QT_TRANSLATE_NOOP("AuditFields", "Decide within (hours)"),
    "role": QT_TRANSLATE_NOOP("AuditFields", "Role"),
    "route": QT_TRANSLATE_NOOP("AuditFields", "Route"),
    "second_approval_threshold": QT_TRANSLATE_NOOP("AuditFields", "Second approval from"),
    "second_approver": QT_TRANSLATE_NOOP("AuditFields", "Second approver"),
    "seq": QT_TRANSLATE_NOOP("AuditFields", "Instalment"),
    "shipped_at": QT_TRANSLATE_NOOP("AuditFields", "Shipped at"),
    "shipping": QT_TRANSLATE_NOOP("AuditFields", "Shipping"),
    "shipping_fee": QT_TRANSLATE_NOOP("AuditFields", "Shipping fee"),
    "shipping_rule": QT_TRANSLATE_NOOP("AuditFields", "Shipping refunded"),
    "shop_id": QT_TRANSLATE_NOOP("AuditFields", "Shop"),
    "signed_at": QT_TRANSLATE_NOOP("AuditFields", "Signed at"),
    "signed_by": QT_TRANSLATE_NOOP("AuditFields", "Signature recorded by"),
    "sku": QT_TRANSLATE_NOOP("AuditFields", "SKU"),
    "source": QT_TRANSLATE_NOOP("AuditFields", "Source"),
    "status": QT_TRANSLATE_NOOP("AuditFields", "Status"),
    "statutory": QT_TRANSLATE_NOOP("AuditFields", "Statutory rules"),
    "tax": QT_TRANSLATE_NOOP("AuditFields", "Tax"),
    "tax_number": QT_TRANSLATE_NOOP("AuditFields", "Tax number"),
    "total": QT_TRANSLATE_NOOP("AuditFields", "Total"),
    "total_paid": QT_TRANSLATE_NOOP("AuditFields", "Total paid"),
    "unit_price": QT_TRANSLATE_NOOP("AuditFields", "Unit price"),
    "windows_days": QT_TRANSLATE_NOOP("AuditFields", "Refund windows (days)"),
    "already_refunded": QT_TRANSLATE_NOOP("AuditFields", "Already refunded"),
    "as_of": QT_TRANSLATE_NOOP("AuditFields", "Rate date"),
    "base": QT_TRANSLATE_NOOP("AuditFields", "Base currency"),
    "day": QT_TRANSLATE_NOOP("AuditFields", "Day"),
    "discount": QT_TRANSLATE_NOOP("AuditFields", "Discount share"),
    "empties_order": QT_TRANSLATE_NOOP("AuditFields", "Refunds the whole order"),
    "fx": QT_TRANSLATE_NOOP("AuditFields", "Exchange rate"),
    "gross": QT_TRANSLATE_NOOP("AuditFields", "Before discounts"),
    "items": QT_TRANSLATE_NOOP("AuditFields", "Items"),
    "items_amount": QT_TRANSLATE_NOOP("AuditFields", "Items amount"),
    "kind": QT_TRANSLATE_NOOP("AuditFields", "Kind"),
    "line_discount": QT_TRANSLATE_NOOP("AuditFields", "Line discount"),
    "line_no": QT_TRANSLATE_NOOP("AuditFields", "Line"),
    "line_quantity": QT_TRANSLATE_NOOP("AuditFields", "Units on the line"),
    "payout": QT_TRANSLATE_NOOP("AuditFields", "Paid out"),
    "rate": QT_TRANSLATE_NOOP("AuditFields", "Rate"),
    "restocking_fee": QT_TRANSLATE_NOOP("AuditFields", "Restocking fee"),
    "return_shipping": QT_TRANSLATE_NOOP("AuditFields", "Return shipping"),
    "tax_rate": QT_TRANSLATE_NOOP("AuditFields", "Tax rate"),
    "back": QT_TRANSLATE_NOOP("AuditFields", "Units back"),
    "back_value": QT_TRANSLATE_NOOP("AuditFields", "Value back"),
    "difference": QT_TRANSLATE_NOOP("AuditFields", "Difference"),
    "out": QT_TRANSLATE_NOOP("AuditFields", "Units out"),
    "out_value": QT_TRANSLATE_NOOP("AuditFields", "Value out"),
    "receipt_no": QT_TRANSLATE_NOOP("AuditFields", "Receipt number"),
    "refund_no": QT_TRANSLATE_NOOP("AuditFields", "Refund number"),
    "settlement": QT_TRANSLATE_NOOP("AuditFields", "Difference settled"),
    "units": QT_TRANSLATE_NOOP("AuditFields", "Units"),
    "": QT_TRANSLATE_NOOP("AuditFields", "Value"),
}

#: What an event is about (``AuditEvent.entity``).
ENTITIES = {
    "audit": QT_TRANSLATE_NOOP("AuditFields", "audit trail"),
    "closing": QT_TRANSLATE_NOOP("AuditFields", "daily closing"),
    "exchange": QT_TRANSLATE_NOOP("AuditFields", "exchange"),
    "database": QT_TRANSLATE_NOOP("AuditFields", "database"),
    "key": QT_TRANSLATE_NOOP("AuditFields", "shop key"),
    "notice": QT_TRANSLATE_NOOP("AuditFields", "customer notice"),
    "order": QT_TRANSLATE_NOOP("AuditFields", "order"),
    "payout": QT_TRANSLATE_NOOP("AuditFields", "payout"),
    "refund": QT_TRANSLATE_NOOP("AuditFields", "refund"),
    "setting": QT_TRANSLATE_NOOP("AuditFields", "setting"),
    "settings": QT_TRANSLATE_NOOP("AuditFields", "settings"),
    "shop": QT_TRANSLATE_NOOP("AuditFields", "shop"),
    "statement": QT_TRANSLATE_NOOP("AuditFields", "payment statement"),
    "store_credit": QT_TRANSLATE_NOOP("AuditFields", "store credit"),
    "user": QT_TRANSLATE_NOOP("AuditFields", "user"),
}

#: Codes that are not statuses, reasons or methods but still reach the trail as values.
VALUES = {
    "email": QT_TRANSLATE_NOOP("AuditFields", "E-mail"),
    "sms": QT_TRANSLATE_NOOP("AuditFields", "Text message"),
    "clipboard": QT_TRANSLATE_NOOP("AuditFields", "Copied to the clipboard"),
    "eml": QT_TRANSLATE_NOOP("AuditFields", "E-mail file"),
    "merchant": QT_TRANSLATE_NOOP("AuditFields", "The shop"),
    "customer": QT_TRANSLATE_NOOP("AuditFields", "The customer"),
    "business": QT_TRANSLATE_NOOP("AuditFields", "Business days"),
    "calendar": QT_TRANSLATE_NOOP("AuditFields", "Calendar days"),
    "ordinary": QT_TRANSLATE_NOOP("AuditFields", "Ordinary"),
    "zh_CN": QT_TRANSLATE_NOOP("AuditFields", "Chinese"),
    "zh": QT_TRANSLATE_NOOP("AuditFields", "Chinese"),
    "en": QT_TRANSLATE_NOOP("AuditFields", "English"),
}

#: An exchange's statuses and how its difference is settled (``Settlement``).
EXCHANGE_CODES = {
    "recorded": QT_TRANSLATE_NOOP("AuditFields", "Recorded"),
    "cancelled": QT_TRANSLATE_NOOP("AuditFields", "Cancelled"),
    "refund": QT_TRANSLATE_NOOP("AuditFields", "The shop refunds the difference"),
    "collected": QT_TRANSLATE_NOOP("AuditFields", "The customer paid the difference"),
    "even": QT_TRANSLATE_NOOP("AuditFields", "Same value, no money moves"),
}

#: Review findings as the trail keeps them (their codes), in a few words each.
FINDINGS = {
    "accountant_second_only": QT_TRANSLATE_NOOP("AuditFields", "accountant approves second"),
    "destination_differs": QT_TRANSLATE_NOOP("AuditFields", "paid to another account"),
    "excluded_category": QT_TRANSLATE_NOOP("AuditFields", "category excluded"),
    "final_sale": QT_TRANSLATE_NOOP("AuditFields", "final sale"),
    "in_transit": QT_TRANSLATE_NOOP("AuditFields", "still in transit"),
    "large_refund": QT_TRANSLATE_NOOP("AuditFields", "large refund"),
    "open_refund_overlap": QT_TRANSLATE_NOOP("AuditFields", "another open refund"),
    "order_cancelled": QT_TRANSLATE_NOOP("AuditFields", "order cancelled"),
    "order_not_paid": QT_TRANSLATE_NOOP("AuditFields", "order not paid"),
    "outside_window": QT_TRANSLATE_NOOP("AuditFields", "outside the refund window"),
    "presale_in_production": QT_TRANSLATE_NOOP("AuditFields", "pre-sale in production"),
    "role_not_allowed": QT_TRANSLATE_NOOP("AuditFields", "role not allowed"),
    "second_approval_required": QT_TRANSLATE_NOOP("AuditFields", "second approval needed"),
    "second_person_required": QT_TRANSLATE_NOOP("AuditFields", "second person needed"),
    "self_approval_needs_pin": QT_TRANSLATE_NOOP("AuditFields", "self-approval with PIN"),
    "shipping_not_refundable": QT_TRANSLATE_NOOP("AuditFields", "shipping not refunded"),
    "unknown_reason": QT_TRANSLATE_NOOP("AuditFields", "unknown reason"),
}

#: Fields holding minor units of the event's currency (or of each currency in a per-currency map).
MONEY_FIELDS = frozenset(
    {
        "amount",
        "back_value",
        "balance",
        "balance_after",
        "cross_border_fee",
        "difference",
        "discount",
        "gross",
        "items_amount",
        "line_discount",
        "out_value",
        "restocking_fee",
        "return_shipping",
        "large_refund_threshold",
        "paid",
        "return_shipping_deduction",
        "second_approval_threshold",
        "shipping",
        "shipping_fee",
        "tax",
        "total",
        "total_paid",
        "unit_price",
    }
)
_ISO_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_CURRENCY = re.compile(r"^[A-Z]{3}$")


def field_label(key: str) -> str:
    """A stored field's name in words; an unknown field as it is stored."""
    source = FIELDS.get(key)
    return QCoreApplication.translate(CONTEXT, source) if source else key


def entity_label(entity: str) -> str:
    source = ENTITIES.get(entity)
    return QCoreApplication.translate(CONTEXT, source) if source else entity


def finding_label(code: str) -> str:
    source = FINDINGS.get(code)
    return QCoreApplication.translate(CONTEXT, source) if source else code


def _yes_no(value: bool) -> str:
    if value:
        return QCoreApplication.translate("AuditFields", "Yes")
    return QCoreApplication.translate("AuditFields", "No")


def _money(value: Any, currency: str | None, locale: str) -> str | None:
    """Minor units (an int, or digits in a string) or a decimal string, in ``currency``."""
    if currency is None or isinstance(value, bool):
        return None
    try:
        if isinstance(value, int):
            return fmt.money_text(value, currency, locale)
        if isinstance(value, str) and value.strip():
            text = value.strip()
            if text.lstrip("-").isdigit():
                return fmt.money_text(int(text), currency, locale)
            return Money.of(Decimal(text), currency).format(locale)
    except (InvalidOperation, RefundsError, ValueError, TypeError, AttributeError):
        return None
    return None


def _code(key: str, value: str, entity: str) -> str | None:
    """A code's label, where the field says which kind of code it is."""
    labels: dict[str, Callable[[str], str]] = {
        "reason": fmt.reason_label,
        "role": fmt.role_label,
        "source": fmt.source_label,
        "category": fmt.category_label,
        "channel": _value_label,
    }
    if key == "settlement" or (key == "status" and entity == "exchange"):
        source = EXCHANGE_CODES.get(value)
        return QCoreApplication.translate(CONTEXT, source) if source else value
    if key == "status":
        if entity == "order":
            return fmt.order_status_label(value)
        if entity in ("payout",):
            return fmt.payout_status_label(value)
        return fmt.refund_status_label(value)
    if key == "method":
        payout = fmt.payout_method_label(value)
        return payout if payout != value else fmt.payment_method_label(value)
    if key in labels:
        return labels[key](value)
    return None


def _value_label(value: str) -> str:
    source = VALUES.get(value)
    return QCoreApplication.translate(CONTEXT, source) if source else value


def value_text(
    key: str, value: Any, *, currency: str | None, entity: str = "", locale: str = "zh_CN"
) -> str:
    """One stored value as a person reads it; ``EMPTY`` for none."""
    if value is None or value == "" or value == [] or value == {}:
        return EMPTY
    if isinstance(value, bool):
        return _yes_no(value)
    if key in MONEY_FIELDS:
        if isinstance(value, Mapping) and all(_CURRENCY.match(str(k)) for k in value):
            return ", ".join(_money(v, str(k), locale) or str(v) for k, v in sorted(value.items()))
        money = _money(value, currency, locale)
        if money is not None:
            return money
    if key == "findings" and isinstance(value, list):
        return ", ".join(finding_label(str(code)) for code in value)
    if key == "excluded_categories" and isinstance(value, list):
        return ", ".join(fmt.category_label(str(code)) for code in value)
    if key == "windows_days" and isinstance(value, Mapping):
        unlimited = QCoreApplication.translate("AuditFields", "no limit")
        return ", ".join(
            fmt.labelled(fmt.reason_label(str(k)), unlimited if v is None else str(v))
            for k, v in value.items()
        )
    if isinstance(value, Mapping):
        inner = value.get("currency", currency)
        return ", ".join(
            fmt.labelled(
                field_label(str(k)),
                value_text(str(k), v, currency=inner, entity=entity, locale=locale),
            )
            for k, v in value.items()
            if v not in (None, "", [], {})
        )
    if isinstance(value, list):
        return (
            "; ".join(
                value_text(key, item, currency=currency, entity=entity, locale=locale)
                for item in value
                if item is not None
            )
            or EMPTY
        )
    if isinstance(value, str):
        code = _code(key, value, entity)
        if code is not None:
            return code
        if _ISO_DATETIME.match(value):
            return fmt.datetime_text(datetime.fromisoformat(value), locale)
        if _ISO_DATE.match(value):
            return fmt.date_text(date.fromisoformat(value), locale)
        if value in VALUES:
            return _value_label(value)
        return value
    if isinstance(value, (int, float)):
        return str(value)
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _currency(entry: AuditEntry) -> str | None:
    for side in (entry.after, entry.before):
        if isinstance(side, Mapping):
            code = side.get("currency")
            if isinstance(code, str) and _CURRENCY.match(code):
                return code
            quote = side.get("quote")
            if isinstance(quote, Mapping) and isinstance(quote.get("currency"), str):
                return str(quote["currency"])
    return None


def change_rows(entry: AuditEntry, locale: str) -> list[tuple[str, str, str]]:
    """(field, before, after) for each field the event changed, in words."""
    currency = _currency(entry)
    rows = []
    for key, _before, _after in audit_log.diff(entry.before, entry.after):
        old = entry.before.get(key) if isinstance(entry.before, Mapping) else entry.before
        new = entry.after.get(key) if isinstance(entry.after, Mapping) else entry.after
        if key == "":
            old = None if isinstance(entry.before, Mapping) else entry.before
            new = None if isinstance(entry.after, Mapping) else entry.after
        old_text = value_text(key, old, currency=currency, entity=entry.entity, locale=locale)
        new_text = value_text(key, new, currency=currency, entity=entry.entity, locale=locale)
        if old_text != new_text:  # nothing → an empty list reads "∅ → ∅": not a change
            rows.append((field_label(key), old_text, new_text))
    return rows


def change_summary(entry: AuditEntry, locale: str) -> str:
    """The list's one line: the first four changes, ``field: before → after``."""
    text = "; ".join(
        fmt.labelled(field, f"{old} → {new}") for field, old, new in change_rows(entry, locale)[:4]
    )
    return text if len(text) <= SUMMARY_LIMIT else text[: SUMMARY_LIMIT - 1] + "…"

"""The names a person reads for the codes the database stores (``quality_problem``,
``bank_transfer``, ``resaleable``…), for the command line's human output, without Qt.

The English names are the GUI's (``ui/common/formatting.py``); they are marked with ``N_`` so
scripts/extract_domain_texts.py lists them in the "Domain" context, whose Chinese the command
line reads through ``tx``. ``--json`` keeps the codes.
"""

from __future__ import annotations

from collections.abc import Mapping

from merchant_refunds.cli.i18n import tx
from merchant_refunds.domain.errors import N_

ORDER_STATUS = {
    "awaiting_payment": N_("Awaiting payment"),
    "paid": N_("Paid"),
    "presale_awaiting_production": N_("Pre-sale, not started"),
    "presale_in_production": N_("Pre-sale, in production"),
    "in_transit": N_("In transit"),
    "delivered": N_("Delivered"),
    "completed": N_("Completed"),
    "cancelled": N_("Cancelled"),
}

REFUND_STATUS = {
    "requested": N_("Waiting for approval"),
    "approved": N_("Approved"),
    "paid": N_("Paid out"),
    "completed": N_("Completed"),
    "rejected": N_("Rejected"),
    "cancelled": N_("Cancelled"),
}

REASON = {
    "quality_problem": N_("Quality problem"),
    "wrong_item": N_("Wrong item"),
    "not_as_described": N_("Not as described"),
    "no_reason": N_("Changed mind (7-day no-reason return)"),
    "damaged_in_transit": N_("Damaged in transit"),
    "late_delivery": N_("Late delivery"),
    "duplicate_payment": N_("Duplicate payment"),
    "price_adjustment": N_("Price adjustment"),
    "compensation": N_("Compensation (goods kept)"),
    "goodwill": N_("Goodwill"),
    "other": N_("Other"),
}

PAYMENT_METHOD = {
    "alipay": N_("Alipay"),
    "wechat_pay": N_("WeChat Pay"),
    "unionpay": N_("UnionPay"),
    "card": N_("Credit card"),
    "paypal": N_("PayPal"),
    "bank_transfer": N_("Bank transfer"),
    "cash": N_("Cash"),
    "store_credit": N_("Store credit"),
    "other": N_("Other"),
}

PAYOUT_METHOD = {
    "original_route": N_("Refund to original payment"),
    "bank_transfer": N_("Bank transfer"),
    "store_credit": N_("Store credit"),
    "cash": N_("Cash"),
}

PAYOUT_STATUS = {
    "scheduled": N_("Scheduled"),
    "sent": N_("Sent"),
    "received": N_("Received"),
    "failed": N_("Failed"),
}

ROLE = {"owner": N_("Owner"), "clerk": N_("Clerk"), "accountant": N_("Accountant")}

SEVERITY = {"block": N_("Blocks"), "warn": N_("Warning")}

CONDITION = {
    "resaleable": N_("Resaleable"),
    "opened": N_("Opened"),
    "damaged": N_("Damaged"),
    "missing_parts": N_("Missing parts"),
}

DISPOSITION = {
    "returned_to_stock": N_("Returned to stock"),
    "written_off": N_("Written off"),
}

SOURCE = {
    "taobao": N_("Taobao"),
    "tmall": N_("Tmall"),
    "jd": N_("JD.com"),
    "pinduoduo": N_("Pinduoduo"),
    "douyin": N_("Douyin shop"),
    "youzan": N_("Youzan"),
    "wechat_shop": N_("WeChat shop"),
    "shopify": N_("Shopify"),
    "woocommerce": N_("WooCommerce"),
    "generic": N_("Imported file"),
    "manual": N_("Entered by hand"),
    "store": N_("Shop counter"),
    "wholesale": N_("Wholesale"),
}

#: Product categories the program knows (``OrderLine.category``), as the GUI names them
#: (``ui/common/formatting._CATEGORY``); a shop's own category is shown as it is written.
CATEGORY = {
    "made_to_order": N_("Made to order"),
    "perishable": N_("Fresh and perishable goods"),
    "digital_unsealed": N_("Unsealed audio, video and software"),
    "newspaper": N_("Newspapers and magazines"),
    "apparel": N_("Clothing"),
    "appliances": N_("Household appliances"),
    "electronics": N_("Electronics"),
    "home": N_("Home goods"),
    "service": N_("Services"),
    "stationery": N_("Stationery"),
    "tableware": N_("Tableware"),
    "tea": N_("Tea"),
}

AMOUNT_KIND = {
    "price_difference": N_("Price difference"),
    "compensation": N_("Compensation (goods kept)"),
    "goodwill": N_("Goodwill"),
}

#: The rows of a refund quote (``domain.calculation.BreakdownKind``).
BREAKDOWN = {
    "items": N_("Items"),
    "discount": N_("Discount share"),
    "reduced": N_("Already refunded by amount"),
    "amount": N_("Refund by amount"),
    "shipping": N_("Shipping"),
    "restocking_fee": N_("Restocking fee"),
    "return_shipping": N_("Return shipping deduction"),
    "cross_border_fee": N_("Cross-border fee"),
    "deduction": N_("Deduction for diminished value"),
    "return_postage": N_("Return postage paid back"),
    "total": N_("Refund total"),
    "conversion": N_("Paid in another currency"),
}

FEE_BEARER = {"merchant": N_("the shop"), "customer": N_("the customer")}

#: Who granted an order-level discount (``domain.order.DiscountKind``).
DISCOUNT_KIND = {
    "coupon": N_("Coupon"),
    "threshold": N_("Spend-threshold discount"),
    "promotion": N_("Promotion"),
    "shop": N_("Shop discount"),
    "platform": N_("Platform discount"),
}

#: Evidence on a refund: when it was taken.
STAGE = {
    "request": N_("With the request"),
    "inspection": N_("Goods inspection"),
    "rejection": N_("Backs the rejection"),
}

EXCHANGE_STATUS = {"recorded": N_("Recorded"), "cancelled": N_("Cancelled")}

#: An approval's decision as the refund's history shows it.
DECISION = {"approve": N_("Approved"), "approved": N_("Approved"), "reject": N_("Rejected")}


def label(table: Mapping[str, str], code: object) -> str:
    """The name of ``code`` in the user's language; a code the table does not know (a source
    of the shop's own naming) is shown as it is rather than hidden."""
    key = str(getattr(code, "value", code) or "")
    source = table.get(key)
    return tx(source) if source else key


#: The steps of a refund as "Refund {refund_no} is {status}: cannot {action} it" names them.
STEPS = (
    N_("approve"),
    N_("reject"),
    N_("sign"),
    N_("receive goods"),
    N_("pay"),
    N_("confirm"),
    N_("cancel"),
)

#: Parameters of messages that hold a code, and the table naming it.
_CODED_PARAMS = {"role": ROLE}
_CODED_BY_TEMPLATE = {
    "Refund {refund_no} is {status}: cannot {action} it": {"status": REFUND_STATUS}
}


def coded_params(template: str, params: Mapping[str, object]) -> dict[str, object]:
    """A message's coded parameters in the user's language: ``A {role} cannot {action}`` names
    the role and the action (from the catalogue, its English where it has none); a refund's
    state by its name."""
    shown = dict(params)
    tables = {**_CODED_PARAMS, **_CODED_BY_TEMPLATE.get(template, {})}
    for key, table in tables.items():
        if isinstance(shown.get(key), str):
            shown[key] = label(table, shown[key])
    if isinstance(shown.get("action"), str):
        shown["action"] = tx(str(shown["action"]))
    return shown

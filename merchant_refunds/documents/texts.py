"""The printed words of the shop's papers, in Simplified Chinese and English: the refund
confirmation and the daily closing (whose CSV/XLSX export and command-line table take the same
words from here).

Paper is printed in the customer's language, which need not be the clerk's screen language, so
these texts live here as plain tables rather than in the GUI's Qt translations. Terms follow
the team glossary (退款确认单, 原路退回, 工作日…). The one home of the documents' words; the
exports' are in ``exports/texts.py``, the GUI's in its Qt translations.
"""

from __future__ import annotations

from merchant_refunds.domain.errors import InvalidInput

LANGS = ("zh", "en")

LABELS: dict[str, dict[str, str]] = {
    "zh": {
        "title": "退款确认单",
        "subtitle": "Refund Confirmation",
        "copy": "副本",
        "refund_no": "退款单号",
        "requested_at": "申请时间",
        "printed_at": "打印时间",
        "status": "状态",
        "order_no": "订单号",
        "order_date": "下单日期",
        "paid_at": "付款时间",
        "customer": "客户",
        "contact": "联系方式",
        "lines": "退款商品",
        "col_no": "序号",
        "col_name": "商品名称",
        "col_sku": "SKU",
        "col_qty": "数量",
        "col_gross": "原价金额",
        "col_discount": "优惠分摊",
        "col_amount": "退款金额",
        "breakdown": "退款金额明细",
        "total": "退款合计",
        "in_words": "金额大写",
        "payout": "退款方式",
        "destination": "收款账户",
        "arrival": "预计到账",
        "arrival_same_day": "{date}（当日到账）",
        "arrival_range": "{start} 至 {end}（{low}–{high} 个工作日）",
        "arrival_single": "{date}（{days} 个工作日内）",
        "reason": "退款原因",
        "note": "备注",
        "store_credit_balance": "店铺余额（打印时）",
        "clause": "适用条款",
        "amount_kind": "退款类型",
        "goods_return": "需退回商品",
        "yes": "是",
        "no": "否",
        "signature_required": "本笔为大额退款：须经客户签字确认后方可付款。",
        "customer_sign": "客户签字",
        "clerk_sign": "经办人签字",
        "date": "日期",
        "signed_on_screen": "客户已于 {at} 在屏幕上签字",
        "verify": "验证码",
        "verify_hint": "扫码或输入验证码可核对本单与系统记录是否一致",
        "page": "第 {page} 页 / 共 {pages} 页",
        "continued": "（续）",
        "tax_number": "税号",
        "phone": "电话",
        "tax_included": "含税 {tax}",
        "goods_inspected": "退回商品验货",
        "col_unit": "件",
        "col_condition": "验货状况",
        "col_deduction": "折损扣款",
        "col_reason": "说明 / 扣款原因",
        "postage_receipt": "单号 {receipt}",
        "postage_exception": "非本店责任，店主特批补偿",
        "fx": "汇率 {rate}（{date}）",
        "declaration": "本人确认已知悉上述退款金额及退款方式，并同意按此办理。",
    },
    "en": {
        "title": "Refund Confirmation",
        "subtitle": "退款确认单",
        "copy": "COPY",
        "refund_no": "Refund no.",
        "requested_at": "Requested",
        "printed_at": "Printed",
        "status": "Status",
        "order_no": "Order no.",
        "order_date": "Order date",
        "paid_at": "Paid",
        "customer": "Customer",
        "contact": "Contact",
        "lines": "Refunded items",
        "col_no": "#",
        "col_name": "Item",
        "col_sku": "SKU",
        "col_qty": "Qty",
        "col_gross": "Price",
        "col_discount": "Discount",
        "col_amount": "Refund",
        "breakdown": "How the amount is made up",
        "total": "Refund total",
        "in_words": "In words",
        "payout": "Refund method",
        "destination": "To account",
        "arrival": "Expected arrival",
        "arrival_same_day": "{date} (same day)",
        "arrival_range": "{start} to {end} ({low}–{high} business days)",
        "arrival_single": "{date} (within {days} business days)",
        "reason": "Reason",
        "note": "Note",
        "store_credit_balance": "Credit balance now",
        "clause": "Policy clause",
        "amount_kind": "Refund type",
        "goods_return": "Goods back",
        "yes": "Yes",
        "no": "No",
        "signature_required": (
            "Large refund: payment is made only after the customer has signed this confirmation."
        ),
        "customer_sign": "Customer signature",
        "clerk_sign": "Clerk signature",
        "date": "Date",
        "signed_on_screen": "Signed on screen by the customer on {at}",
        "verify": "Verification code",
        "verify_hint": "Scan or type the code to check this paper against the shop's record",
        "page": "Page {page} of {pages}",
        "continued": " (continued)",
        "tax_number": "Tax no.",
        "phone": "Tel.",
        "tax_included": "tax included {tax}",
        "goods_inspected": "Returned goods as inspected",
        "col_unit": "Unit",
        "col_condition": "Condition",
        "col_deduction": "Deduction",
        "col_reason": "Note / reason for deduction",
        "postage_receipt": "receipt {receipt}",
        "postage_exception": "paid back by the owner's exception",
        "fx": "rate {rate} ({date})",
        "declaration": (
            "I confirm the refund amount and method above and agree to the refund being made so."
        ),
    },
}

REASONS: dict[str, dict[str, str]] = {
    "zh": {
        "quality_problem": "质量问题",
        "wrong_item": "发错商品",
        "not_as_described": "与描述不符",
        "no_reason": "七天无理由退货",
        "damaged_in_transit": "运输途中损坏",
        "late_delivery": "延迟发货/送达",
        "duplicate_payment": "重复付款",
        "price_adjustment": "价格调整（保价）",
        "compensation": "瑕疵补偿（仅退款）",
        "goodwill": "善意补偿",
        "other": "其他",
    },
    "en": {
        "quality_problem": "Quality problem",
        "wrong_item": "Wrong item",
        "not_as_described": "Not as described",
        "no_reason": "Changed mind (7-day no-reason return)",
        "damaged_in_transit": "Damaged in transit",
        "late_delivery": "Late delivery",
        "duplicate_payment": "Duplicate payment",
        "price_adjustment": "Price adjustment",
        "compensation": "Compensation (goods kept)",
        "goodwill": "Goodwill",
        "other": "Other",
    },
}

#: The policy clause the refund rests on, one short sentence per reason.
CLAUSES: dict[str, dict[str, str]] = {
    "zh": {
        "quality_problem": "商品存在质量问题的，本店承担退货运费，全额退还商品实付金额及相应运费。",
        "wrong_item": "因本店发错商品的，本店承担退货运费，全额退还实付金额及相应运费。",
        "not_as_described": "商品与页面描述不符的，本店承担退货运费，全额退还实付金额及相应运费。",
        "no_reason": (
            "依据《消费者权益保护法》第二十五条，签收之日起七日内可无理由退货；商品应完好，"
            "退货运费由消费者承担，定制、鲜活易腐等商品除外。"
        ),
        "damaged_in_transit": "商品在运输途中损坏的，由本店承担损失并全额退款。",
        "late_delivery": "未按约定时间发货或送达的，消费者可申请退款，本店退还实付金额。",
        "duplicate_payment": "重复支付的款项全额原路退回。",
        "price_adjustment": "在本店保价期内降价的，退还差价部分。",
        "compensation": (
            "商品存在瑕疵、客户同意保留商品的，按双方商定的金额部分退款，商品无需退回。"
        ),
        "goodwill": "本店出于善意给予的补偿，按双方商定的金额退款，商品无需退回。",
        "other": "按本店退款政策及双方约定办理。",
    },
    "en": {
        "quality_problem": (
            "Faulty goods: the shop bears the return shipping and refunds what was paid, "
            "shipping included."
        ),
        "wrong_item": (
            "Wrong item sent: the shop bears the return shipping and refunds what was paid, "
            "shipping included."
        ),
        "not_as_described": (
            "Not as described: the shop bears the return shipping and refunds what was paid, "
            "shipping included."
        ),
        "no_reason": (
            "7-day no-reason return (PRC Consumer Rights Protection Law, art. 25): goods in "
            "good condition, return shipping at the customer's cost; made-to-order and "
            "perishable goods excluded."
        ),
        "damaged_in_transit": "Damaged in transit: the shop bears the loss and refunds in full.",
        "late_delivery": (
            "Not shipped or delivered on time: the customer may cancel and receives what was paid."
        ),
        "duplicate_payment": "A duplicate payment is returned in full to the account that paid.",
        "price_adjustment": (
            "Price dropped within the shop's price-protection period: the difference is refunded."
        ),
        "compensation": (
            "A defect the customer accepts: part of the price is refunded as agreed, and the "
            "goods are kept."
        ),
        "goodwill": "A goodwill refund of the amount agreed; the goods are kept.",
        "other": "Handled under the shop's refund policy and as agreed with the customer.",
    },
}

#: What a refund by amount is, on paper: its kind (``domain.amount_refunds.AmountKind``).
AMOUNT_KINDS: dict[str, dict[str, str]] = {
    "zh": {
        "price_difference": "退差价（价保）",
        "compensation": "部分退款（仅退款，商品不退回）",
        "goodwill": "善意补偿",
    },
    "en": {
        "price_difference": "Price difference",
        "compensation": "Compensation (goods kept)",
        "goodwill": "Goodwill",
    },
}

#: The clause a refund by amount rests on, by its kind.
AMOUNT_CLAUSE_KEYS = {
    "price_difference": "price_adjustment",
    "compensation": "compensation",
    "goodwill": "goodwill",
}
#: Reasons whose clause speaks of an amount: a refund of whole units under one of them (made
#: before refunds by amount existed) prints the general clause, never "the difference is refunded".
_AMOUNT_CLAUSES = frozenset(AMOUNT_CLAUSE_KEYS.values())


def clause_key(reason: str, amount_kind: str | None) -> str:
    """The ``CLAUSES`` key that matches what was refunded: by the kind for a refund by amount,
    by the reason for units."""
    if amount_kind:
        return AMOUNT_CLAUSE_KEYS.get(amount_kind, "other")
    return "other" if reason in _AMOUNT_CLAUSES else reason


#: The clauses above that promise the shipping fee back, as printed on a refund that left the
#: shipping fee out (a part of the order, or shipping already refunded): the paper must say what
#: was refunded, not more.
CLAUSES_WITHOUT_SHIPPING: dict[str, dict[str, str]] = {
    "zh": {
        "quality_problem": "商品存在质量问题的，本店承担退货运费，退还所退商品的实付金额。",
        "wrong_item": "因本店发错商品的，本店承担退货运费，退还所退商品的实付金额。",
        "not_as_described": "商品与页面描述不符的，本店承担退货运费，退还所退商品的实付金额。",
    },
    "en": {
        "quality_problem": (
            "Faulty goods: the shop bears the return shipping and refunds what was paid for the "
            "goods returned."
        ),
        "wrong_item": (
            "Wrong item sent: the shop bears the return shipping and refunds what was paid for "
            "the goods returned."
        ),
        "not_as_described": (
            "Not as described: the shop bears the return shipping and refunds what was paid for "
            "the goods returned."
        ),
    },
}


def clause(lang: str, reason: str, shipping_refunded: bool, amount_kind: str | None = None) -> str:
    """The policy clause printed for a refund (``clause_key``): one promising the shipping fee
    back only when this refund does refund it."""
    key = clause_key(reason, amount_kind)
    if not shipping_refunded:
        text = CLAUSES_WITHOUT_SHIPPING[norm_lang(lang)].get(key)
        if text:
            return text
    return label(CLAUSES, lang, key)


PAYOUT_METHODS: dict[str, dict[str, str]] = {
    "zh": {
        "original_route": "原路退回",
        "bank_transfer": "银行转账",
        "store_credit": "退至店铺余额",
        "cash": "现金",
    },
    "en": {
        "original_route": "Refund to original payment",
        "bank_transfer": "Bank transfer",
        "store_credit": "Store credit",
        "cash": "Cash",
    },
}

PAYMENT_METHODS: dict[str, dict[str, str]] = {
    "zh": {
        "alipay": "支付宝",
        "wechat_pay": "微信支付",
        "unionpay": "银联",
        "card": "信用卡",
        "paypal": "PayPal",
        "bank_transfer": "银行转账",
        "cash": "现金",
        "store_credit": "店铺余额",
        "other": "其他",
    },
    "en": {
        "alipay": "Alipay",
        "wechat_pay": "WeChat Pay",
        "unionpay": "UnionPay",
        "card": "Credit card",
        "paypal": "PayPal",
        "bank_transfer": "Bank transfer",
        "cash": "Cash",
        "store_credit": "Store credit",
        "other": "Other",
    },
}

STATUSES: dict[str, dict[str, str]] = {
    "zh": {
        "requested": "待审批",
        "approved": "已批准",
        "paid": "已付款",
        "completed": "已完成",
        "rejected": "已驳回",
        "cancelled": "已取消",
    },
    "en": {
        "requested": "Waiting for approval",
        "approved": "Approved",
        "paid": "Paid out",
        "completed": "Completed",
        "rejected": "Rejected",
        "cancelled": "Cancelled",
    },
}

BREAKDOWN: dict[str, dict[str, str]] = {
    "zh": {
        "items": "商品原价",
        "discount": "优惠分摊",
        "reduced": "已按金额退款",
        "shipping": "运费",
        "restocking_fee": "退货手续费",
        "return_shipping": "退货运费扣除",
        "cross_border_fee": "跨境手续费",
        "deduction": "商品折损扣款",
        "return_postage": "退货运费补偿",
        "total": "退款合计",
        "conversion": "实付币种",
    },
    "en": {
        "items": "Items",
        "discount": "Discount share",
        "reduced": "Already refunded by amount",
        "shipping": "Shipping",
        "restocking_fee": "Restocking fee",
        "return_shipping": "Return shipping deduction",
        "cross_border_fee": "Cross-border fee",
        "deduction": "Deduction for diminished value",
        "return_postage": "Return postage paid back",
        "total": "Refund total",
        "conversion": "Paid in",
    },
}

CONDITIONS: dict[str, dict[str, str]] = {
    "zh": {
        "resaleable": "完好可售",
        "opened": "已拆封",
        "damaged": "损坏",
        "missing_parts": "配件缺失",
    },
    "en": {
        "resaleable": "Resaleable",
        "opened": "Opened",
        "damaged": "Damaged",
        "missing_parts": "Missing parts",
    },
}

FEE_BEARER: dict[str, dict[str, str]] = {
    "zh": {"merchant": "由本店承担", "customer": "由客户承担"},
    "en": {"merchant": "borne by the shop", "customer": "borne by the customer"},
}


#: The daily closing: its PDF, and its CSV/XLSX and command-line tables.
CLOSING: dict[str, dict[str, str]] = {
    "zh": {
        "title": "日结单",
        "subtitle": "Daily Closing",
        "day": "日期",
        "made_at": "结算时间",
        "made_by": "结算人",
        "not_recorded": "预览（未记入审计记录）",
        "refunds": "当日退款",
        "payouts": "当日付款",
        "grand": "累计（开业至 {day} 日终）",
        "item": "项目",
        "currency": "币种",
        "count": "笔数",
        "amount": "金额",
        "none": "当日没有退款或付款。",
        "no_grand": "尚无已完成的退款。",
        "requested": "申请",
        "approved": "批准",
        "rejected": "驳回",
        "cancelled": "取消",
        "completed": "完成",
        "sent": "已付款",
        "failed": "付款失败",
        "received": "已到账",
        "refunded": "累计退款（已完成）",
        "paid_out": "累计付出（已到账）",
        "late": "已过法定退款期限",
        "late_refund": "退款单号",
        "late_due": "法定最后一天",
        "late_state": "状态",
        "late_unpaid": "仍未付款",
        "late_paid": "逾期付款 {at}",
        "late_note": "依法须在期限内退款；请尽快付款并向顾客说明。",
        "self": "单一店主自行审批",
        "self_refund": "退款单号",
        "self_owner": "店主",
        "self_amount": "金额",
        "self_note": "店里只有一位店主：大额退款由其本人申请并在重新输入 PIN 后自行批准。",
        "anchor": "审计链锚点码",
        "anchor_event": "审计记录第 {event_id} 条，哈希 {hash}",
        "no_anchor": "审计记录为空，没有锚点码。",
        "keep": (
            "请妥善保管本单，勿与电脑放在一起。日后核对：在“审计记录”中输入上面的锚点码"
            "（或运行 merchant-refunds audit verify --anchor 锚点码）。若记录被删改，核对将失败。"
        ),
        "sign_line": "核对人签字：{line}　　日期：{short}",
        "page": "第 {page} 页 / 共 {pages} 页",
    },
    "en": {
        "title": "Daily Closing",
        "subtitle": "日结单",
        "day": "Day",
        "made_at": "Closed at",
        "made_by": "Closed by",
        "not_recorded": "Preview (not recorded in the audit trail)",
        "refunds": "Refunds on the day",
        "payouts": "Payouts on the day",
        "grand": "Running totals (since the shop began, to the end of {day})",
        "item": "Item",
        "currency": "Currency",
        "count": "Count",
        "amount": "Amount",
        "none": "No refunds or payouts on this day.",
        "no_grand": "No completed refunds yet.",
        "requested": "Requested",
        "approved": "Approved",
        "rejected": "Rejected",
        "cancelled": "Cancelled",
        "completed": "Completed",
        "sent": "Sent",
        "failed": "Failed",
        "received": "Received",
        "refunded": "Total refunded (completed)",
        "paid_out": "Total paid out (received)",
        "late": "Past the legal refund deadline",
        "late_refund": "Refund",
        "late_due": "Legal last day",
        "late_state": "State",
        "late_unpaid": "still unpaid",
        "late_paid": "paid late {at}",
        "late_note": "The law sets these deadlines: pay them first and explain to the customer.",
        "self": "Single-owner self-approvals",
        "self_refund": "Refund",
        "self_owner": "Owner",
        "self_amount": "Amount",
        "self_note": (
            "The shop has one owner: these large refunds were requested and approved by the same "
            "person, after re-entering the PIN."
        ),
        "anchor": "Audit trail anchor code",
        "anchor_event": "Audit event {event_id}, hash {hash}",
        "no_anchor": "The audit trail is empty: no anchor code.",
        "keep": (
            "Keep this paper away from the computer. To check it later, type the anchor code "
            "above in the Audit view (or run merchant-refunds audit verify --anchor CODE). If "
            "the records were deleted or rewritten, the check fails."
        ),
        "sign_line": "Checked by: {line}    Date: {short}",
        "page": "Page {page} of {pages}",
    },
}


def norm_lang(lang: str) -> str:
    """``zh``, ``zh_CN``, ``zh-Hans`` -> ``zh``; ``en``/``en_US`` -> ``en``; others refused."""
    code = lang.replace("-", "_").split("_")[0].lower()
    if code not in LANGS:
        raise InvalidInput(
            "unknown_language", "No printed texts for language {lang} (zh or en)", lang=lang
        )
    return code


def locale_for(lang: str) -> str:
    return "zh_CN" if norm_lang(lang) == "zh" else "en_US"


def label(table: dict[str, dict[str, str]], lang: str, key: str) -> str:
    """The text for ``key``; an unknown code is printed as it is rather than hidden."""
    return table[norm_lang(lang)].get(key, key)

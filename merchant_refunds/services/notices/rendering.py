"""A notice rendered for one refund: the template filled with the refund's figures, and whether
the text fits one SMS. Reads only.
"""

from __future__ import annotations

from dataclasses import dataclass

from merchant_refunds.domain.lifecycle import PayoutStatus
from merchant_refunds.domain.money import Money
from merchant_refunds.services import deadlines, presale, rejection_templates
from merchant_refunds.services.notices.templates import (
    NoticeEvent,
    check_event,
    check_lang,
    get_templates,
)
from merchant_refunds.services.refund_rows import refund_row
from merchant_refunds.services.shop_settings import get_shop
from merchant_refunds.storage import models as m

SMS_GSM_LIMIT = 160


SMS_UCS2_LIMIT = 70


# GSM 03.38 basic character set: a text of only these fits 160 characters in one SMS.
_GSM = set(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)


_GSM_EXTENDED = set("^{}\\[~]|€")


_PAY_BY_NOTE = {
    "zh": "我们将于{date}前退款。",
    "en": " We will pay it by {date}.",
}
_PRESALE_NOTE = {
    "zh": "预售商品需先由供应商确认，处理时间会比平时长一些。",
    "en": " This is a pre-sale item: the supplier must confirm first, so it takes a little longer.",
}


@dataclass(frozen=True)
class SmsFit:
    length: int
    limit: int

    @property
    def fits(self) -> bool:
        return self.length <= self.limit


def sms_fit(text: str) -> SmsFit:
    """One SMS holds 160 GSM characters (extension characters count twice) or 70 others."""
    if all(ch in _GSM or ch in _GSM_EXTENDED for ch in text):
        return SmsFit(sum(2 if ch in _GSM_EXTENDED else 1 for ch in text), SMS_GSM_LIMIT)
    return SmsFit(len(text), SMS_UCS2_LIMIT)


@dataclass(frozen=True)
class Rendered:
    event: NoticeEvent
    lang: str
    subject: str
    text: str
    email: str
    phone: str
    sms: SmsFit


def _values(refund: m.Refund, order: m.Order, lang: str) -> dict[str, str]:
    shop = get_shop()
    amount = Money(refund.payout_amount, refund.payout_currency)
    payouts = list(
        m.Payout.select()
        .where((m.Payout.refund == refund.id) & (m.Payout.status != PayoutStatus.FAILED.value))
        .order_by(m.Payout.seq)
    )
    sent = [p for p in payouts if p.expected_to is not None]
    latest = sent[-1] if sent else None
    shown = Money(latest.amount, latest.currency) if latest else amount
    pay_by = deadlines.pay_by(refund.refund_no)
    return {
        "customer": order.customer_name,
        "refund_no": refund.refund_no,
        "order_no": order.order_no,
        "amount": f"{shown.amount:,} {shown.currency}",
        "reason": rejection_templates.in_language(refund.rejection_reason, lang),
        "expected_from": latest.expected_from.isoformat() if latest else "",
        "expected_to": latest.expected_to.isoformat() if latest else "",
        "presale_note": _PRESALE_NOTE[lang] if presale.needs_supplier(refund) else "",
        "pay_by": pay_by.isoformat() if pay_by else "",
        "pay_by_note": _PAY_BY_NOTE[lang].format(date=pay_by.isoformat()) if pay_by else "",
        "shop": shop.get("name", ""),
        "shop_phone": shop.get("phone", ""),
    }


def render(refund_no: str, event: str, lang: str) -> Rendered:
    """The notice's subject and text for this refund, and whether it fits one SMS."""
    ev, lang = check_event(event), check_lang(lang)
    row = refund_row(refund_no)
    order = m.Order.get_by_id(row.order_id)
    subject, body = get_templates()[ev.value][lang]
    values = _values(row, order, lang)
    text = " ".join(body.format(**values).split()) if lang == "en" else body.format(**values)
    return Rendered(
        ev,
        lang,
        subject.format(**values),
        text.strip(),
        order.customer_email,
        order.customer_phone,
        sms_fit(text.strip()),
    )

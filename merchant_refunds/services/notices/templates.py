"""The notice texts: one template per event and language, the shop's own over the defaults, and
the placeholders a template may use. Changing one is an owner's audited action.
"""

from __future__ import annotations

import string
from enum import StrEnum

from merchant_refunds.domain.errors import InvalidInput
from merchant_refunds.domain.lifecycle import Role
from merchant_refunds.services import audit
from merchant_refunds.services.shop_settings import read_setting, write_setting
from merchant_refunds.services.users import Actor, require_role
from merchant_refunds.storage.db import write_transaction

TEMPLATES_KEY = "notice_templates"


MAX_TEMPLATE = 2000


LANGS = ("zh", "en")


class NoticeEvent(StrEnum):
    REQUESTED = "requested"
    APPROVED = "approved"
    REJECTED = "rejected"
    PAID = "paid"
    OVERDUE = "overdue"
    RECEIVED = "received"


PLACEHOLDERS = (
    "customer",
    "refund_no",
    "order_no",
    "amount",
    "reason",
    "expected_from",
    "expected_to",
    "presale_note",
    "pay_by",
    "pay_by_note",
    "shop",
    "shop_phone",
)


#: (subject, body) per event and language; the shop may replace any of them in settings.
DEFAULT_TEMPLATES: dict[str, dict[str, tuple[str, str]]] = {
    NoticeEvent.REQUESTED: {
        "zh": (
            "退款申请已受理 {refund_no}",
            "{customer}您好，您的退款申请{refund_no}已受理，金额{amount}。{presale_note}{shop}",
        ),
        "en": (
            "Refund request {refund_no} received",
            "Dear {customer}, we received your refund request {refund_no} for {amount}."
            "{presale_note} {shop}",
        ),
    },
    NoticeEvent.APPROVED: {
        "zh": (
            "退款已批准 {refund_no}",
            "{customer}您好，退款{refund_no}已批准，金额{amount}。{pay_by_note}{shop}",
        ),
        "en": (
            "Refund {refund_no} approved",
            "Dear {customer}, refund {refund_no} for {amount} is approved.{pay_by_note} {shop}",
        ),
    },
    NoticeEvent.REJECTED: {
        "zh": (
            "退款申请未通过 {refund_no}",
            "{customer}您好，很抱歉退款申请{refund_no}未通过：{reason}。如有疑问请致电{shop_phone}。{shop}",
        ),
        "en": (
            "Refund request {refund_no} declined",
            "Dear {customer}, sorry, refund request {refund_no} was declined: {reason}. "
            "Questions: {shop_phone}. {shop}",
        ),
    },
    NoticeEvent.PAID: {
        "zh": (
            "退款已付出 {refund_no}",
            "{customer}您好，退款{amount}已付出，预计{expected_from}至{expected_to}到账。{shop}",
        ),
        "en": (
            "Refund {refund_no} paid",
            "Dear {customer}, we sent {amount}; expect it between {expected_from} and "
            "{expected_to}. {shop}",
        ),
    },
    NoticeEvent.OVERDUE: {
        "zh": (
            "退款到账延迟致歉 {refund_no}",
            "{customer}您好，退款{amount}预计{expected_to}前到账，目前仍未确认，我们正在跟进，"
            "深表歉意。{shop}",
        ),
        "en": (
            "Sorry: refund {refund_no} is late",
            "Dear {customer}, sorry: {amount} was due by {expected_to} and is not confirmed yet. "
            "We are on it. {shop}",
        ),
    },
    NoticeEvent.RECEIVED: {
        "zh": (
            "退款已到账 {refund_no}",
            "{customer}您好，退款{amount}已确认到账，感谢您的耐心。{shop}",
        ),
        "en": (
            "Refund {refund_no} received",
            "Dear {customer}, refund {amount} has arrived. Thank you for your patience. {shop}",
        ),
    },
}


def check_event(event: str) -> NoticeEvent:
    """The notice event named by a face, or InvalidInput."""
    try:
        return NoticeEvent(event)
    except ValueError:
        raise InvalidInput("unknown_notice_event", "Unknown notice: {event}", event=event) from None


def check_lang(lang: str) -> str:
    """A notice language (zh or en), or InvalidInput."""
    if lang not in LANGS:
        raise InvalidInput("unknown_notice_lang", "Notices are in zh or en, not {lang}", lang=lang)
    return lang


def _check_template(text: str) -> str:
    if len(text) > MAX_TEMPLATE:
        raise InvalidInput("template_too_long", "A notice template is at most 2000 characters")
    try:
        fields = [name for _, name, _, _ in string.Formatter().parse(text) if name is not None]
    except ValueError:
        raise InvalidInput(
            "template_braces", "A notice template has an unmatched {{ or }}"
        ) from None
    for name in fields:
        if name not in PLACEHOLDERS:
            raise InvalidInput(
                "unknown_placeholder",
                "Unknown placeholder {{{name}}}; use: {known}",
                name=name,
                known=", ".join(PLACEHOLDERS),
            )
    return text


def get_templates() -> dict[str, dict[str, tuple[str, str]]]:
    """Every event and language: the shop's own text over the defaults."""
    stored = read_setting(TEMPLATES_KEY) or {}
    return {
        event.value: {
            lang: tuple(stored.get(event.value, {}).get(lang) or DEFAULT_TEMPLATES[event][lang])
            for lang in LANGS
        }
        for event in NoticeEvent
    }


def check_template(subject: str, body: str) -> tuple[str, str]:
    """The subject and body as ``set_template`` stores them, or its refusal (unknown
    placeholder, unmatched brace, too long): checked as they are typed, too."""
    return _check_template(subject.strip()), _check_template(body.strip())


def set_template(actor: Actor, event: str, lang: str, subject: str, body: str) -> None:
    """Replace one template (an empty body restores the default); owners only, audited."""
    require_role(actor, Role.OWNER, action="change notice templates")
    ev, lang = check_event(event), check_lang(lang)
    subject, body = check_template(subject, body)
    with write_transaction():
        stored = read_setting(TEMPLATES_KEY) or {}
        before = stored.get(ev.value, {}).get(lang)
        if body:
            stored.setdefault(ev.value, {})[lang] = [subject, body]
        else:
            stored.get(ev.value, {}).pop(lang, None)
        write_setting(TEMPLATES_KEY, stored)
        audit.record(
            actor.name,
            "settings.notice_template",
            "setting",
            f"{TEMPLATES_KEY}.{ev.value}.{lang}",
            before,
            [subject, body] if body else None,
        )

"""The shop's reasons for rejecting a refund, written once in Chinese and English.

Why: a rejection's reason is what the customer reads; typing it fresh each time gives curt or
inconsistent texts. The owner keeps the usual reasons in Settings, picks one when rejecting (and
may add a remark), and the customer's notice shows the template in the notice's language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from merchant_refunds.domain.errors import InvalidInput
from merchant_refunds.domain.lifecycle import Role
from merchant_refunds.domain.text_checks import check_text
from merchant_refunds.services import audit
from merchant_refunds.services.shop_settings import read_setting, write_setting
from merchant_refunds.services.users import Actor, require_role
from merchant_refunds.storage.db import write_transaction

TEMPLATES_KEY = "rejection_templates"
MAX_TEMPLATES = 30
MAX_TEXT = 500
LANGS = ("zh", "en")
_KEY = re.compile(r"^[a-z0-9][a-z0-9_-]{0,31}$")


@dataclass(frozen=True)
class RejectionTemplate:
    """A reason's short key (``--template KEY``) and its text in each language."""

    key: str
    zh: str
    en: str

    def text(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en


DEFAULT_TEMPLATES: tuple[RejectionTemplate, ...] = (
    RejectionTemplate(
        "used",
        "商品已使用或影响二次销售，不符合退货条件",
        "The item has been used and can no longer be sold, so it cannot be returned",
    ),
    RejectionTemplate(
        "outside_window",
        "已超过退货期限",
        "The return period for this order has ended",
    ),
    RejectionTemplate(
        "parts_missing",
        "退回商品缺少配件、赠品或包装",
        "The returned item is missing parts, gifts or its packaging",
    ),
    RejectionTemplate(
        "no_evidence",
        "未能提供商品质量问题的凭证（照片或视频）",
        "We received no photo or video showing the quality problem",
    ),
    RejectionTemplate(
        "custom_made",
        "定制商品不支持无理由退货",
        "Made-to-order items cannot be returned without a reason",
    ),
)


def _from_stored(stored: object) -> list[RejectionTemplate]:
    if not isinstance(stored, list):
        return list(DEFAULT_TEMPLATES)
    return [
        RejectionTemplate(str(t.get("key", "")), str(t.get("zh", "")), str(t.get("en", "")))
        for t in stored
        if isinstance(t, dict)
    ]


def get_templates() -> list[RejectionTemplate]:
    """The shop's templates in its order (the defaults until the owner saves his own)."""
    return _from_stored(read_setting(TEMPLATES_KEY))


def check_templates(templates: list[RejectionTemplate]) -> list[RejectionTemplate]:
    """Refuse a bad key, an empty or over-long text, a key used twice, or too many templates."""
    if len(templates) > MAX_TEMPLATES:
        raise InvalidInput(
            "rejection_templates_too_many",
            "At most {limit} rejection reasons can be kept",
            limit=MAX_TEMPLATES,
        )
    seen: set[str] = set()
    clean = []
    for template in templates:
        key = template.key.strip()
        if not _KEY.match(key):
            raise InvalidInput(
                "rejection_template_key",
                "The key {key} must be 1 to 32 lower-case letters, digits, - or _",
                key=key,
            )
        if key in seen:
            raise InvalidInput("rejection_template_twice", "The key {key} is used twice", key=key)
        seen.add(key)
        texts = []
        for lang in LANGS:
            text = check_text(template.text(lang), "reason", MAX_TEXT).strip()
            if not text:
                raise InvalidInput(
                    "rejection_template_empty",
                    "The reason {key} needs its text in Chinese and in English",
                    key=key,
                )
            texts.append(text)
        clean.append(RejectionTemplate(key, *texts))
    return clean


def set_templates(actor: Actor, templates: list[RejectionTemplate]) -> list[RejectionTemplate]:
    """Replace the shop's rejection reasons (owner), audited with the old and new lists."""
    require_role(actor, Role.OWNER, action="change the rejection reasons")
    clean = check_templates(templates)
    stored = [{"key": t.key, "zh": t.zh, "en": t.en} for t in clean]
    with write_transaction():
        before = [{"key": t.key, "zh": t.zh, "en": t.en} for t in get_templates()]
        write_setting(TEMPLATES_KEY, stored)
        audit.record(
            actor.name, "settings.rejection_templates", "setting", TEMPLATES_KEY, before, stored
        )
    return clean


def find(key: str) -> RejectionTemplate:
    """The template with this key, or ``InvalidInput`` naming the keys there are."""
    for template in get_templates():
        if template.key == key.strip():
            return template
    raise InvalidInput(
        "rejection_template_unknown",
        "No rejection reason {key}; the reasons are: {keys}",
        key=key,
        keys=", ".join(t.key for t in get_templates()),
    )


def compose(template: str, remark: str, lang: str) -> str:
    """The rejection text: the template's text in ``lang``, and the owner's remark after it."""
    if lang not in LANGS:
        raise InvalidInput(
            "rejection_lang", "A rejection reason is in zh or en, not {lang}", lang=lang
        )
    text = find(template).text(lang) if template else ""
    return "\n".join(part for part in (text, remark.strip()) if part)


def in_language(reason: str, lang: str) -> str:
    """The rejection reason as a customer reading ``lang`` sees it: a reason that begins with a
    template's text in the other language shows that template in ``lang`` (the remark after it
    stays as written)."""
    for template in get_templates():
        for other in LANGS:
            text = template.text(other)
            if other != lang and text and (reason == text or reason.startswith(text + "\n")):
                return template.text(lang) + reason[len(text) :]
    return reason

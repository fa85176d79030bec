"""The shop's settings as one JSON document: read them all, change any part of them at once.

Why: the command line (``settings show|set``) must be able to run a shop without the GUI, and a
script or a second computer wants the settings as a file it can keep, edit and load back. The
document is the one the GUI's settings pages edit, section by section; each section is changed by
the same service the page uses (so the same checks, the same audit events), and all the sections
given are changed in one transaction: a bad value anywhere changes nothing at all. A section whose
values equal what is stored is left alone, so loading back an unchanged file records nothing.
"""

from __future__ import annotations

from typing import Any

from merchant_refunds.domain.errors import InvalidInput
from merchant_refunds.domain.lifecycle import Role
from merchant_refunds.domain.policy import Policy
from merchant_refunds.services import shop_settings
from merchant_refunds.services.notices import mail_server, owner_digest, templates
from merchant_refunds.services.users import Actor, require_role
from merchant_refunds.storage.db import write_transaction

#: The document's sections, in the order they are shown.
SECTIONS = ("shop", "policy", "payment_methods", "journal_accounts", "security", "notices")
SECURITY_KEYS = ("idle_lock_minutes", "pin_min_digits")
NOTICE_KEYS = ("templates", "digest", "mail_server")


def current_settings() -> dict[str, Any]:
    """Every setting of the shop, stored values over the defaults; no secret is in it (the mail
    server's password lives in the system keyring, never here)."""
    return {
        "shop": shop_settings.get_shop(),
        "policy": shop_settings.get_policy().to_dict(),
        "payment_methods": {
            method: value.to_dict() for method, value in shop_settings.get_payment_methods().items()
        },
        "journal_accounts": {
            key: {"code": code, "name": name}
            for key, (code, name) in shop_settings.get_journal_accounts().items()
        },
        "security": {
            "idle_lock_minutes": shop_settings.get_idle_lock_minutes(),
            "pin_min_digits": shop_settings.get_pin_min_digits(),
        },
        "notices": {
            "templates": {
                event: {lang: {"subject": s, "body": b} for lang, (s, b) in langs.items()}
                for event, langs in templates.get_templates().items()
            },
            "digest": owner_digest.get_digest().to_dict(),
            "mail_server": mail_server.get_smtp().to_dict(),
        },
    }


def _object(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise InvalidInput(
            "settings_not_object", "{where} must be a JSON object {{…}}", where=where
        )
    return value


def _unknown(given: dict[str, Any], known: tuple[str, ...] | set[str], where: str) -> None:
    extra = sorted(set(given) - set(known))
    if extra:
        raise InvalidInput(
            "unknown_setting_key",
            "Unknown setting {name} in {where} (known: {known})",
            name=extra[0],
            where=where,
            known=", ".join(known),
        )


def apply_settings(actor: Actor, document: Any) -> list[str]:
    """Change what ``document`` gives (any sections, any keys of them); returns the sections
    that changed. Owners only (each section's service checks it); one transaction."""
    require_role(actor, Role.OWNER, action="change the shop's settings")
    data = _object(document, "The settings")
    _unknown(data, SECTIONS, "the settings")
    now = current_settings()
    changed: list[str] = []
    with write_transaction():
        for section in SECTIONS:
            if section in data:
                given = _object(data[section], section)
                if _APPLY[section](actor, given, now[section]):
                    changed.append(section)
    return changed


def _shop(actor: Actor, given: dict[str, Any], now: dict[str, Any]) -> bool:
    _unknown(given, tuple(shop_settings.DEFAULT_SHOP), "shop")
    for key, value in given.items():
        if not isinstance(value, str):
            raise InvalidInput(
                "invalid_setting_text", "shop.{name} must be text in quotes", name=key
            )
    if {**now, **given} == now:
        return False
    shop_settings.set_shop(actor, given)
    return True


def _policy(actor: Actor, given: dict[str, Any], now: dict[str, Any]) -> bool:
    if Policy.from_dict({**now, **given}).to_dict() == now:
        return False
    shop_settings.set_policy(actor, given)
    return True


def _payment_methods(actor: Actor, given: dict[str, Any], now: dict[str, Any]) -> bool:
    changes = {
        method: {**now.get(method, {}), **_object(value, f"payment_methods.{method}")}
        for method, value in given.items()
    }
    for method, value in changes.items():
        _unknown(value, ("enabled", "min_days", "max_days"), f"payment_methods.{method}")
        if not isinstance(value.get("enabled", True), bool):
            raise InvalidInput(
                "invalid_setting_flag",
                "payment_methods.{name}.enabled must be true or false",
                name=method,
            )
    if all(now.get(method) == value for method, value in changes.items()):
        return False
    shop_settings.set_payment_methods(actor, changes)
    return True


def _journal_accounts(actor: Actor, given: dict[str, Any], now: dict[str, Any]) -> bool:
    changes: dict[str, tuple[str, str]] = {}
    for key, value in given.items():
        where = f"journal_accounts.{key}"
        if isinstance(value, list) and len(value) == 2:
            value = {"code": value[0], "name": value[1]}
        entry = {**now.get(key, {}), **_object(value, where)}
        _unknown(entry, ("code", "name"), where)
        if not all(isinstance(entry.get(k), str) for k in ("code", "name")):
            raise InvalidInput(
                "invalid_setting_text", "{name}: code and name must be text in quotes", name=where
            )
        changes[key] = (entry["code"], entry["name"])
    if all(now.get(k) == {"code": c, "name": n} for k, (c, n) in changes.items()):
        return False
    shop_settings.set_journal_accounts(actor, changes)
    return True


def _security(actor: Actor, given: dict[str, Any], now: dict[str, Any]) -> bool:
    _unknown(given, SECURITY_KEYS, "security")
    changed = False
    if "idle_lock_minutes" in given and given["idle_lock_minutes"] != now["idle_lock_minutes"]:
        shop_settings.set_idle_lock_minutes(actor, given["idle_lock_minutes"])
        changed = True
    if "pin_min_digits" in given and given["pin_min_digits"] != now["pin_min_digits"]:
        shop_settings.set_pin_min_digits(actor, given["pin_min_digits"])
        changed = True
    return changed


def _notices(actor: Actor, given: dict[str, Any], now: dict[str, Any]) -> bool:
    _unknown(given, NOTICE_KEYS, "notices")
    changed = False
    for event, langs in _object(given.get("templates", {}), "notices.templates").items():
        for lang, text in _object(langs, f"notices.templates.{event}").items():
            where = f"notices.templates.{event}.{lang}"
            entry = _object(text, where)
            _unknown(entry, ("subject", "body"), where)
            old = now["templates"].get(event, {}).get(lang)
            new = {**(old or {"subject": "", "body": ""}), **entry}
            if not all(isinstance(v, str) for v in new.values()):
                raise InvalidInput(
                    "invalid_setting_text", "{name}: subject and body are text", name=where
                )
            if new != old:
                templates.set_template(actor, event, lang, new["subject"], new["body"])
                changed = True
    if "digest" in given:
        digest = {**now["digest"], **_object(given["digest"], "notices.digest")}
        _unknown(digest, tuple(now["digest"]), "notices.digest")
        if digest != now["digest"]:
            owner_digest.set_digest(actor, owner_digest.DigestSettings(**digest))
            changed = True
    if "mail_server" in given:
        smtp = {**now["mail_server"], **_object(given["mail_server"], "notices.mail_server")}
        _unknown(smtp, tuple(now["mail_server"]), "notices.mail_server")
        if smtp != now["mail_server"]:
            mail_server.set_smtp(actor, mail_server.SmtpSettings(**smtp))
            changed = True
    return changed


_APPLY = {
    "shop": _shop,
    "policy": _policy,
    "payment_methods": _payment_methods,
    "journal_accounts": _journal_accounts,
    "security": _security,
    "notices": _notices,
}

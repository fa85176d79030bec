"""Shop settings stored in the database: the refund policy and the shop's profile."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from merchant_refunds.domain.business_days import ARRIVAL_DAYS
from merchant_refunds.domain.errors import InvalidInput, PermissionDenied, Refused
from merchant_refunds.domain.lifecycle import Role
from merchant_refunds.domain.money import check_currency
from merchant_refunds.domain.order import PaymentMethod
from merchant_refunds.domain.policy import Policy, SecondApprover, rule_leaves_nobody
from merchant_refunds.domain.text_checks import check_text
from merchant_refunds.services import audit
from merchant_refunds.services.users import PIN_MAX_DIGITS, PIN_MIN_DIGITS, Actor, require_role
from merchant_refunds.storage import compiled
from merchant_refunds.storage import models as m
from merchant_refunds.storage.db import write_transaction

POLICY_KEY = "policy"
SHOP_KEY = "shop"

DEFAULT_SHOP: dict[str, str] = {
    "name": "",
    "address": "",
    "phone": "",
    "tax_number": "",
    "currency": "CNY",
    "country": "CN",
    "language": "zh_CN",
    # Printed documents: an image for the header, and a TrueType CJK font to embed (empty: search
    # the system's usual places).
    "logo_path": "",
    "pdf_font_path": "",
}


def read_setting(key: str) -> Any:
    """A stored setting's value (decoded JSON), or None when the shop never set it. For the
    services that keep their own settings (notice templates, the mail server) under their own key.
    """
    row = m.Setting.get_or_none(m.Setting.key == key)
    return json.loads(row.value) if row else None


def read_settings(keys: list[str]) -> dict[str, Any]:
    """Several stored settings in one query (a missing key is absent from the result)."""
    rows = compiled.select_in(
        m.Setting,
        "settings.read",
        lambda wanted: m.Setting.select().where(m.Setting.key.in_(wanted)),
        list(keys),
    )  # compiled once: every paper and screen reads the shop this way
    return {row.key: json.loads(row.value) for row in rows}


def write_setting(key: str, value: Any) -> None:
    """Store a setting's value as JSON; call inside the write transaction that audits the change."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    m.Setting.insert(key=key, value=text).on_conflict(
        conflict_target=[m.Setting.key], update={m.Setting.value: text}
    ).execute()


def get_policy() -> Policy:
    data = read_setting(POLICY_KEY)
    return Policy.from_dict(data) if data else Policy()


def set_policy(actor: Actor, changes: dict[str, Any]) -> Policy:
    require_role(actor, Role.OWNER, action="change the refund policy")
    with write_transaction():
        before = get_policy()
        after = check_policy(changes, before)
        if after.second_approver is not before.second_approver:
            check_second_approver(after.second_approver)
        write_setting(POLICY_KEY, after.to_dict())
        audit.record(
            actor.name, "settings.policy", "setting", POLICY_KEY, before.to_dict(), after.to_dict()
        )
    return after


def check_policy(changes: dict[str, Any], current: Policy | None = None) -> Policy:
    """The policy ``changes`` make of ``current`` (the stored one by default), or the domain's
    refusal of a value: ``set_policy`` checks with it, and the settings page as it is typed."""
    before = current if current is not None else get_policy()
    return Policy.from_dict({**before.to_dict(), **changes})


def check_second_approver(rule: SecondApprover) -> None:
    """Refuse a two-person rule under which an owner's own large request could not be approved
    by anyone in the shop as it is staffed now (one owner and no accountant, say)."""
    active = m.User.select(m.User.role).where(m.User.active == True)  # noqa: E712
    roles = [r for (r,) in active.tuples()]
    owners, accountants = roles.count(Role.OWNER.value), roles.count(Role.ACCOUNTANT.value)
    if rule_leaves_nobody(rule, owners, accountants):
        raise Refused(
            "second_approver_missing",
            "Nobody could approve a large refund that an owner requested: the shop has "
            "{owners} active owner(s) and {accountants} active accountant(s) for this rule",
            owners=owners,
            accountants=accountants,
        )


def get_shop() -> dict[str, str]:
    return shop_from(read_setting(SHOP_KEY))


def shop_from(stored: dict[str, str] | None) -> dict[str, str]:
    """The shop profile from its stored value (None: never set)."""
    return {**DEFAULT_SHOP, **(stored or {})}


def check_shop(changes: dict[str, str]) -> dict[str, str]:
    """The profile changes as ``set_shop`` stores them, or its refusal (unknown setting,
    currency, a text too long or with control characters): checked as typed, too."""
    unknown = set(changes) - set(DEFAULT_SHOP)
    if unknown:
        raise InvalidInput(
            "unknown_setting", "Unknown shop setting: {name}", name=sorted(unknown)[0]
        )
    if "currency" in changes:
        changes = {**changes, "currency": check_currency(changes["currency"])}
    for key, value in changes.items():
        check_text(str(value), f"shop's {key.replace('_', ' ')}", 500, multiline=key == "address")
    return changes


def set_shop(actor: Actor | None, changes: dict[str, str]) -> dict[str, str]:
    """Change the shop profile. ``actor`` may be None only during first set-up (no users)."""
    changes = check_shop(changes)
    with write_transaction():
        if actor is None:
            if m.User.select().exists():
                raise PermissionDenied(
                    "owner_only", "Only the shop owner can change the shop profile"
                )
        else:
            require_role(actor, Role.OWNER, action="change the shop profile")
        before = get_shop()
        after = {**before, **{k: str(v) for k, v in changes.items()}}
        write_setting(SHOP_KEY, after)
        audit.record(
            actor.name if actor else "", "settings.shop", "setting", SHOP_KEY, before, after
        )
    return after


def set_up_shop(shop: dict[str, str], owner: str, pin: str, display_name: str = "") -> Actor:
    """A new shop's profile and its first owner, together or not at all: the set-up of the
    command line (``init --shop --owner``), as the GUI's first start does it. Refused once the
    shop has a user."""
    from merchant_refunds.services import users

    with write_transaction():
        if m.User.select().exists():
            raise Refused(
                "shop_already_set_up",
                "This shop is already set up; its owner adds users (users add)",
            )
        set_shop(None, shop)
        return users.create_user(None, owner, Role.OWNER.value, pin, display_name)


PAYMENT_METHODS_KEY = "payment_methods"
IDLE_LOCK_KEY = "idle_lock_minutes"
DEFAULT_IDLE_LOCK_MINUTES = 10
MAX_ARRIVAL_DAYS = 60


@dataclass(frozen=True)
class PaymentMethodSetting:
    """Whether the shop takes and refunds through a method, and how long money takes to arrive."""

    method: str
    enabled: bool
    min_days: int
    max_days: int

    def to_dict(self) -> dict[str, Any]:
        return {"enabled": self.enabled, "min_days": self.min_days, "max_days": self.max_days}


def _default_method(method: str) -> PaymentMethodSetting:
    low, high = ARRIVAL_DAYS.get(method, ARRIVAL_DAYS["other"])
    return PaymentMethodSetting(method, True, low, high)


def _check_method(method: str, value: Any) -> PaymentMethodSetting:
    if method not in {p.value for p in PaymentMethod}:
        raise InvalidInput("unknown_payment_method", "Unknown payment method: {name}", name=method)
    data = value.to_dict() if isinstance(value, PaymentMethodSetting) else dict(value)
    low, high = data.get("min_days"), data.get("max_days")
    for days in (low, high):
        if isinstance(days, bool) or not isinstance(days, int) or not 0 <= days <= MAX_ARRIVAL_DAYS:
            raise InvalidInput(
                "invalid_arrival_days",
                "Arrival days for {name} must be whole numbers from 0 to {max}",
                name=method,
                max=MAX_ARRIVAL_DAYS,
            )
    if low > high:
        raise InvalidInput(
            "arrival_range_reversed",
            "For {name} the earliest arrival is after the latest",
            name=method,
        )
    return PaymentMethodSetting(method, bool(data.get("enabled", True)), low, high)


def get_payment_methods() -> dict[str, PaymentMethodSetting]:
    """Every known method, stored values over the defaults of ``business_days.ARRIVAL_DAYS``."""
    return payment_methods_from(read_setting(PAYMENT_METHODS_KEY))


def payment_methods_from(stored: dict[str, Any] | None) -> dict[str, PaymentMethodSetting]:
    """:func:`get_payment_methods` from the stored value (None: never set)."""
    stored = stored or {}
    result: dict[str, PaymentMethodSetting] = {}
    for method in PaymentMethod:
        default = _default_method(method.value)
        value = stored.get(method.value)
        result[method.value] = (
            _check_method(method.value, {**default.to_dict(), **value}) if value else default
        )
    return result


def set_payment_methods(
    actor: Actor, changes: dict[str, PaymentMethodSetting | dict[str, Any]]
) -> dict[str, PaymentMethodSetting]:
    """Change some methods (the others stay as they are); owners only, audited."""
    require_role(actor, Role.OWNER, action="change the payment methods")
    checked = {method: _check_method(method, value) for method, value in changes.items()}
    with write_transaction():
        before = {k: v.to_dict() for k, v in get_payment_methods().items()}
        after = {**before, **{k: v.to_dict() for k, v in checked.items()}}
        write_setting(PAYMENT_METHODS_KEY, after)
        audit.record(
            actor.name, "settings.payment_methods", "setting", PAYMENT_METHODS_KEY, before, after
        )
    return get_payment_methods()


def get_idle_lock_minutes() -> int:
    """Minutes without use before the screen locks; 0 means never."""
    value = read_setting(IDLE_LOCK_KEY)
    return DEFAULT_IDLE_LOCK_MINUTES if value is None else int(value)


def set_idle_lock_minutes(actor: Actor, minutes: int) -> int:
    require_role(actor, Role.OWNER, action="change the lock time")
    if isinstance(minutes, bool) or not isinstance(minutes, int) or not 0 <= minutes <= 240:
        raise InvalidInput("invalid_idle_minutes", "The lock time is 0 (never) to 240 minutes")
    with write_transaction():
        before = get_idle_lock_minutes()
        write_setting(IDLE_LOCK_KEY, minutes)
        audit.record(actor.name, "settings.idle_lock", "setting", IDLE_LOCK_KEY, before, minutes)
    return minutes


PIN_MIN_KEY = "pin_min_digits"


def get_pin_min_digits() -> int:
    """The fewest digits a new or changed PIN may have (4 unless the owner asked for more)."""
    value = read_setting(PIN_MIN_KEY)
    return PIN_MIN_DIGITS if value is None else int(value)


def set_pin_min_digits(actor: Actor, digits: int) -> int:
    """Require longer PINs. Existing shorter PINs keep working, but their users are asked for a
    new one at their next sign-in in the program (the command line refuses them; see
    ``users.authenticate``)."""
    require_role(actor, Role.OWNER, action="change the PIN length")
    if (
        isinstance(digits, bool)
        or not isinstance(digits, int)
        or not PIN_MIN_DIGITS <= digits <= PIN_MAX_DIGITS
    ):
        raise InvalidInput(
            "invalid_pin_minimum",
            "The shortest PIN can be {low} to {high} digits",
            low=PIN_MIN_DIGITS,
            high=PIN_MAX_DIGITS,
        )
    with write_transaction():
        before = get_pin_min_digits()
        write_setting(PIN_MIN_KEY, digits)
        audit.record(actor.name, "settings.pin_min_digits", "setting", PIN_MIN_KEY, before, digits)
    return digits


JOURNAL_ACCOUNTS_KEY = "journal_accounts"

#: The journal export's accounts: key -> (code, name), defaults from the Chinese small-business
#: chart of accounts (小企业会计准则). A refund reverses revenue (6001) and the output VAT in it
#: (2221); the money leaves through the channel's clearing account (1012 for Alipay, WeChat Pay,
#: cards and PayPal; 1002 bank; 1001 cash) or becomes a store-credit liability (2241); deductions
#: the shop keeps are other income (6051); a cross-border fee the shop bears is a finance cost
#: (6603); a foreign refund's exchange difference between request and payout is 6061; the
#: customer's return postage the shop pays back is a selling expense (6601).
DEFAULT_JOURNAL_ACCOUNTS: dict[str, tuple[str, str]] = {
    "sales_returns": ("6001", "主营业务收入"),
    "output_vat": ("2221", "应交税费—应交增值税（销项税额）"),
    "deductions_income": ("6051", "其他业务收入"),
    "fee_expense": ("6603", "财务费用"),
    "postage_expense": ("6601", "销售费用"),
    "fx_differences": ("6061", "汇兑损益"),
    "store_credit": ("2241", "其他应付款"),
    "clearing.alipay": ("1012", "其他货币资金—支付宝"),
    "clearing.wechat_pay": ("1012", "其他货币资金—微信支付"),
    "clearing.unionpay": ("1012", "其他货币资金—银联"),
    "clearing.card": ("1012", "其他货币资金—银行卡收单"),
    "clearing.paypal": ("1012", "其他货币资金—PayPal"),
    "clearing.other": ("1012", "其他货币资金"),
    "clearing.bank_transfer": ("1002", "银行存款"),
    "clearing.cash": ("1001", "库存现金"),
}


def get_journal_accounts() -> dict[str, tuple[str, str]]:
    """Every journal account, stored values over the defaults."""
    stored = read_setting(JOURNAL_ACCOUNTS_KEY) or {}
    return {
        key: (str(stored[key][0]), str(stored[key][1])) if key in stored else default
        for key, default in DEFAULT_JOURNAL_ACCOUNTS.items()
    }


JOURNAL_ACCOUNT_NAME_LIMIT = 100


def check_journal_account_code(code: str) -> str:
    """The code stripped, or ``InvalidInput``: a chart of accounts numbers with 1 to 20 digits.

    Public so a form can show the message under the very field before saving.
    """
    code = str(code).strip()
    if not (code.isascii() and code.isdigit()) or not 1 <= len(code) <= 20:
        raise InvalidInput(
            "invalid_account_code", "An account code is 1 to 20 digits: {value}", value=code
        )
    return code


def check_journal_account_name(name: str) -> str:
    """The name stripped, or ``InvalidInput``: the journal prints it beside the code, so it is
    required, and it must be text a spreadsheet shows as stored."""
    name = str(name).strip()
    if not name:
        raise InvalidInput("account_name_missing", "Please enter the account's name")
    return check_text(name, "account name", JOURNAL_ACCOUNT_NAME_LIMIT)


def set_journal_accounts(
    actor: Actor, changes: dict[str, tuple[str, str]]
) -> dict[str, tuple[str, str]]:
    """Change some account codes and names (owners only, audited); codes are 1 to 20 digits."""
    require_role(actor, Role.OWNER, action="change the journal accounts")
    checked: dict[str, tuple[str, str]] = {}
    for key, (code, name) in changes.items():
        if key not in DEFAULT_JOURNAL_ACCOUNTS:
            raise InvalidInput("unknown_account", "Unknown journal account: {name}", name=key)
        checked[key] = (check_journal_account_code(code), check_journal_account_name(name))
    with write_transaction():
        before = get_journal_accounts()
        after = {**before, **checked}
        write_setting(JOURNAL_ACCOUNTS_KEY, {k: list(v) for k, v in after.items()})
        audit.record(
            actor.name,
            "settings.journal_accounts",
            "setting",
            JOURNAL_ACCOUNTS_KEY,
            {k: list(v) for k, v in before.items()},
            {k: list(v) for k, v in after.items()},
        )
    return after

"""What a printed refund confirmation says, its verification code, and how often it was printed.

The paper carries ``RF…-CODE-PIN``: the refund number; eight base32 characters derived from the
hash of the refund's "refund.request" audit event together with the refund's amount; and the
pin, where the audit trail ended when the paper was printed (``<event id>-<first 8 hex digits
of its hash>``). Typing or scanning it back finds the refund and tells whether the paper matches
the record: a forged number, a made-up code, or a record whose amount was changed behind the
audit trail's back all fail, and so does a trail cut or rewritten before the pinned event.
Papers printed before the pin existed (``RF…-CODE``) still verify as they did. Rendering lives
in ``merchant_refunds.documents``; this module never imports ReportLab.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

import peewee as pw

from merchant_refunds.domain.business_days import add_business_days, arrival_days
from merchant_refunds.domain.calculation import (
    BreakdownRow,
    FxRate,
    ItemRefund,
    RefundQuote,
)
from merchant_refunds.domain.errors import N_, NotFound
from merchant_refunds.domain.lifecycle import PayoutStatus, Role
from merchant_refunds.domain.masking import mask_account, mask_email, mask_phone
from merchant_refunds.domain.money import Money
from merchant_refunds.domain.policy import FeeBearer, ReasonCode
from merchant_refunds.services import anchors, audit, clock, store_credit
from merchant_refunds.services.audit import ChainHead
from merchant_refunds.services.refund_views import (
    RefundDetail,
    get_refund,
    in_chunks,
    refund_details,
)
from merchant_refunds.services.returned_goods import GoodsRecord, goods_of_refunds
from merchant_refunds.services.shop_settings import (
    PAYMENT_METHODS_KEY,
    SHOP_KEY,
    PaymentMethodSetting,
    payment_methods_from,
    read_settings,
    shop_from,
)
from merchant_refunds.services.users import Actor, require_role
from merchant_refunds.storage import compiled
from merchant_refunds.storage import models as m
from merchant_refunds.storage.db import write_transaction

CODE_LENGTH = 8
#: Hex digits of the pinned event's hash on paper: 32 bits, enough that a rewritten trail does
#: not match by chance, few enough to type.
PIN_HEX = 8
PRINT_ACTION = "refund.print"
REQUEST_ACTION = "refund.request"

# Base32 has no 0, 1 or 8; people typing a code off paper read O, I and B as those digits.
_LOOKALIKES = str.maketrans({"0": "O", "1": "I", "8": "B"})
_SEPARATORS = "-_:/#"
# The number, then everything after the first separator: the code's eight characters and, on
# papers printed since the pin, the pinned event's id and eight hex digits. The code and the
# pin have fixed lengths, so people may type them with or without separators.
_PAPER_CODE = re.compile(r"^(?P<refund_no>[A-Z0-9]+?)(?:[-_:/#]+(?P<rest>[A-Z0-9\-_:/#]*))?$")
# In the pin's digits and hex, people read the letters as the digits they look like.
_PIN_LOOKALIKES = str.maketrans({"O": "0", "I": "1", "L": "1"})


def quote_from_dict(data: dict[str, Any]) -> RefundQuote:
    """Rebuild the stored quote (``RefundQuote.to_dict``) so paper shows exactly its figures."""
    fx_data = data.get("fx")
    fx = (
        FxRate(
            fx_data["base"],
            fx_data["quote"],
            Decimal(fx_data["rate"]),
            date.fromisoformat(fx_data["as_of"]),
        )
        if fx_data
        else None
    )
    items = tuple(
        ItemRefund(
            line_no=i["line_no"],
            sku=i["sku"],
            name=i["name"],
            quantity=i["quantity"],
            already_refunded=i["already_refunded"],
            line_quantity=i["line_quantity"],
            gross=i["gross"],
            discount=i["discount"],
            amount=i["amount"],
            tax=i["tax"],
            reduced=i.get("reduced", 0),
        )
        for i in data["items"]
    )
    by_amount = data.get("amount_refund") or {}
    return RefundQuote(
        order_no=data["order_no"],
        currency=data["currency"],
        reason=ReasonCode(data["reason"]),
        items=items,
        shipping=data["shipping"],
        shipping_requested=bool(data["shipping"]),
        restocking_fee=data["restocking_fee"],
        return_shipping=data["return_shipping"],
        cross_border_fee=data["cross_border_fee"],
        cross_border_fee_bearer=FeeBearer(data["cross_border_fee_bearer"]),
        fx=fx,
        payout=Money(data["payout"]["amount"], data["payout"]["currency"]),
        empties_order=bool(data.get("empties_order", False)),
        goods_return=bool(data.get("goods_return", False)),
        amount_kind=by_amount.get("kind"),
        amount_line=by_amount.get("line_no"),
        return_postage=int(data.get("return_postage", 0)),
        deductions=int(data.get("deductions", 0)),
    )


# Verification code


def _request_event(refund_no: str) -> m.AuditEvent | None:
    return (
        m.AuditEvent.select()
        .where(
            (m.AuditEvent.entity == "refund")
            & (m.AuditEvent.entity_key == refund_no)
            & (m.AuditEvent.action == REQUEST_ACTION)
        )
        .order_by(m.AuditEvent.id.desc())
        .first()
    )


def _code_for(event_hash: str, refund_no: str, total: int, currency: str) -> str:
    payload = f"{event_hash}|{refund_no}|{total}|{currency}".encode()
    digest = hashlib.sha256(payload).digest()
    return base64.b32encode(digest).decode("ascii")[:CODE_LENGTH]


def _refund_row(refund_no: str) -> m.Refund:
    row = m.Refund.get_or_none(m.Refund.refund_no == refund_no.strip())
    if row is None:
        raise NotFound("unknown_refund", "No refund {refund_no}", refund_no=refund_no)
    return row


def verification_code(refund_no: str) -> str:
    """The eight characters printed after the refund number on the paper and in its QR code."""
    row = _refund_row(refund_no)
    event = _request_event(row.refund_no)
    if event is None:
        raise NotFound(
            "no_request_event",
            "Refund {refund_no} has no request in the audit trail",
            refund_no=row.refund_no,
        )
    return _code_for(event.hash, row.refund_no, row.total, row.currency)


def pin_text(head: ChainHead | None) -> str:
    """``<event id>-<first 8 hex digits>`` of the trail's head: the pin part of a paper code."""
    return f"{head.event_id}-{head.hash[:PIN_HEX].upper()}" if head else ""


def paper_code(refund_no: str, head: ChainHead | None = None) -> str:
    """``RF…-CODE-PIN`` exactly as printed and encoded in the QR code, pinned at ``head``
    (default: where the trail ends now)."""
    row = _refund_row(refund_no)
    pin = pin_text(head or audit.chain_head())
    code = f"{row.refund_no}-{verification_code(row.refund_no)}"
    return f"{code}-{pin}" if pin else code


class VerifyStatus(StrEnum):
    MATCH = "match"
    MISMATCH = "mismatch"
    NO_CODE = "no_code"
    NOT_FOUND = "not_found"
    MALFORMED = "malformed"
    TRAIL_CHANGED = "trail_changed"


_VERIFY_TEMPLATES = {
    VerifyStatus.MATCH: N_("The paper matches refund {refund_no} ({status}, {total})"),
    VerifyStatus.MISMATCH: N_(
        "The verification code does not match refund {refund_no}: the paper is not a true copy "
        "of the record, or the record was changed"
    ),
    VerifyStatus.NO_CODE: N_("Refund {refund_no} found, but no verification code was given"),
    VerifyStatus.NOT_FOUND: N_("No refund {refund_no}"),
    VerifyStatus.MALFORMED: N_("Not a refund code: {text} (expected RF…-XXXXXXXX)"),
    VerifyStatus.TRAIL_CHANGED: N_(
        "The code matches refund {refund_no}, but the audit trail was cut or changed before "
        "this paper was printed (at event {event_id}): the records may have been altered "
        "since, or the code was mistyped"
    ),
}


@dataclass(frozen=True)
class VerifyResult:
    """What a typed or scanned paper code says; ``refund`` is set whenever the number exists."""

    status: VerifyStatus
    text: str
    refund_no: str = ""
    code: str = ""
    refund: RefundDetail | None = None
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.status is VerifyStatus.MATCH

    @property
    def template(self) -> str:
        return _VERIFY_TEMPLATES[self.status]

    @property
    def message(self) -> str:
        return self.template.format(**self.params)

    def to_dict(self) -> dict[str, Any]:
        return {
            "status": self.status.value,
            "ok": self.ok,
            "refund_no": self.refund_no,
            "code": self.code,
            "message": self.message,
            "refund_status": self.refund.status.value if self.refund else None,
        }


def parse_paper_code(text: str) -> tuple[str, str] | None:
    """Split ``RF…-CODE[-PIN]`` (any case, full-width from an IME, spaces) into number and
    code."""
    parsed = _parse(text)
    return (parsed[0], parsed[1]) if parsed else None


def _parse(text: str) -> tuple[str, str, tuple[int, str] | None] | None:
    """Number, code and pin (event id, hex prefix in lower case; None on older papers)."""
    compact = "".join(unicodedata.normalize("NFKC", text).split()).upper()
    match = _PAPER_CODE.match(compact)
    if not match:
        return None
    rest = "".join(ch for ch in match.group("rest") or "" if ch not in _SEPARATORS)
    code = rest[:CODE_LENGTH].translate(_LOOKALIKES)
    pin = None
    if len(rest) > CODE_LENGTH:
        pinned = rest[CODE_LENGTH:].translate(_PIN_LOOKALIKES)
        pin_id, pin_hash = pinned[:-PIN_HEX], pinned[-PIN_HEX:]
        if not pin_id.isdigit() or any(ch not in "0123456789ABCDEF" for ch in pin_hash):
            return None
        pin = (int(pin_id), pin_hash.lower())
    return match.group("refund_no"), code, pin


def verify_code(text: str) -> VerifyResult:
    """Find the refund a paper code names and say whether the code matches the record."""
    parsed = _parse(text)
    if parsed is None:
        return VerifyResult(VerifyStatus.MALFORMED, text, params={"text": text.strip()})
    refund_no, code, pin = parsed
    row = m.Refund.get_or_none(m.Refund.refund_no == refund_no)
    if row is None:
        return VerifyResult(
            VerifyStatus.NOT_FOUND, text, refund_no, code, params={"refund_no": refund_no}
        )
    detail = get_refund(refund_no)
    params = {
        "refund_no": refund_no,
        "status": detail.status.value,
        "total": detail.total,
    }
    if not code:
        return VerifyResult(VerifyStatus.NO_CODE, text, refund_no, code, detail, params)
    event = _request_event(refund_no)
    marker = audit.keyed_from()
    intact = event is not None and bool(
        audit.event_intact(event, audit.current_key(), marker.id if marker else None)
    )
    expected = _code_for(event.hash, refund_no, row.total, row.currency) if event else ""
    if not (intact and hmac.compare_digest(code, expected)):
        return VerifyResult(VerifyStatus.MISMATCH, text, refund_no, code, detail, params)
    if pin is not None and not anchors.check_position(*pin).ok:
        params = params | {"event_id": pin[0]}
        return VerifyResult(VerifyStatus.TRAIL_CHANGED, text, refund_no, code, detail, params)
    return VerifyResult(VerifyStatus.MATCH, text, refund_no, code, detail, params)


# Prints


def print_count(refund_no: str) -> int:
    """How many times the confirmation has been printed (or saved for printing) so far."""
    return (
        m.AuditEvent.select()
        .where(
            (m.AuditEvent.entity == "refund")
            & (m.AuditEvent.entity_key == refund_no.strip())
            & (m.AuditEvent.action == PRINT_ACTION)
        )
        .count()
    )


def known_refund_nos(refund_nos: Sequence[str]) -> list[str]:
    """The numbers as stored (spaces around them dropped), in the order given, checked in one
    query per 500: NotFound for the first that is not a refund."""
    wanted = [no.strip() for no in refund_nos]
    found: set[str] = set()
    for chunk in in_chunks(sorted(set(wanted))):
        found.update(
            row.refund_no
            for row in m.Refund.select(m.Refund.refund_no).where(m.Refund.refund_no.in_(chunk))
        )
    for no in wanted:
        if no not in found:
            raise NotFound("unknown_refund", "No refund {refund_no}", refund_no=no)
    return wanted


def print_counts(refund_nos: Sequence[str]) -> dict[str, int]:
    """:func:`print_count` of several refunds in one query per 500 (0 for those never printed)."""
    wanted = sorted({no.strip() for no in refund_nos})
    counts = dict.fromkeys(wanted, 0)
    for chunk in in_chunks(wanted):
        key = m.AuditEvent.entity_key
        for row in (
            m.AuditEvent.select(key, pw.fn.COUNT(m.AuditEvent.id).alias("n"))
            .where(
                (m.AuditEvent.entity == "refund")
                & (key.in_(chunk))
                & (m.AuditEvent.action == PRINT_ACTION)
            )
            .group_by(key)
        ):
            counts[row.entity_key] = row.n
    return counts


def record_print(actor: Actor, refund_no: str, *, layout: str = "", lang: str = "") -> int:
    """Count one print in the audit trail; return its number (1 is the original, later copies)."""
    return record_prints(actor, [refund_no], layout=layout, lang=lang)[0]


def record_prints(
    actor: Actor, refund_nos: Sequence[str], *, layout: str = "", lang: str = ""
) -> list[int]:
    """Count one print of each refund (a batch in one file or one print job) in one transaction;
    return each print's number, in the order given."""
    require_role(actor, Role.OWNER, Role.CLERK, Role.ACCOUNTANT, action="print confirmations")
    numbers = []
    with write_transaction():
        rows = [_refund_row(no) for no in refund_nos]
        counts = print_counts([row.refund_no for row in rows])
        for row in rows:
            counts[row.refund_no] += 1
            number = counts[row.refund_no]
            audit.record(
                actor.name,
                PRINT_ACTION,
                "refund",
                row.refund_no,
                None,
                {"print_no": number, "copy": number > 1, "layout": layout, "lang": lang},
            )
            numbers.append(number)
    return numbers


# What the paper says


@dataclass(frozen=True)
class ConfirmationData:
    """Everything the confirmation shows, read in one go so rendering needs no database."""

    refund: RefundDetail
    quote: RefundQuote
    breakdown: list[BreakdownRow]
    shop: dict[str, str]
    order_no: str
    order_placed_at: datetime
    order_paid_at: datetime | None
    payment_method: str
    customer_name: str
    customer_phone: str
    customer_email: str
    destination_holder: str
    destination_bank: str
    payer_account: str  # masked
    arrival_from: date
    arrival_days: tuple[int, int]
    arrival_earliest: date
    arrival_latest: date
    paper_code: str
    verification_code: str
    printed_at: datetime
    clerk_name: str
    signed_by: str = ""
    #: The customer's store-credit balance when printed: shown when the customer has any.
    store_credit: Money | None = None
    #: The returned units as inspected (deductions with their reasons) and the return postage.
    goods: GoodsRecord = field(default_factory=GoodsRecord)

    @property
    def total(self) -> Money:
        return self.refund.total


def _arrival_days(
    payout_method: str, payment_method: str, methods: dict[str, PaymentMethodSetting]
) -> tuple[int, int]:
    """The shop's configured range for the method the money travels by, else the default."""
    key = payment_method if payout_method == "original_route" else payout_method
    configured = methods.get(key)
    if configured is None:
        return arrival_days(payout_method, payment_method)
    return configured.min_days, configured.max_days


def confirmation_data(refund_no: str) -> ConfirmationData:
    """Collect the refund, its order, the shop and the arrival dates for the printed form."""
    return confirmation_data_many([refund_no])[0]


#: What a paper shows of the order (the rest of its columns are not read).
_ORDER_COLUMNS = (
    m.Order.id,
    m.Order.order_no,
    m.Order.placed_at,
    m.Order.paid_at,
    m.Order.payment_method,
    m.Order.customer_name,
    m.Order.customer_phone,
    m.Order.customer_email,
    m.Order.payer_account,
)


def confirmation_data_many(refund_nos: Sequence[str]) -> list[ConfirmationData]:
    """What the papers of several refunds say, in the order given, read in a fixed number of
    queries whatever their number (a batch of a thousand papers is not a thousand reads).

    NotFound for the first number that is not a refund, or whose request is not in the trail.
    """
    wanted = [no.strip() for no in refund_nos]
    rows: dict[str, m.Refund] = {}
    events: dict[str, m.AuditEvent] = {}
    for chunk in in_chunks(sorted(set(wanted))):
        for row in compiled.select_in(
            m.Refund,
            "confirmation.refunds",
            lambda nos: m.Refund.select().where(m.Refund.refund_no.in_(nos)),
            chunk,
        ):
            rows[row.refund_no] = row
        for event in compiled.select_in(
            m.AuditEvent,
            "confirmation.request_events",
            lambda nos: (
                m.AuditEvent.select(m.AuditEvent.id, m.AuditEvent.entity_key, m.AuditEvent.hash)
                .where(
                    (m.AuditEvent.entity == "refund")
                    & (m.AuditEvent.entity_key.in_(nos))
                    & (m.AuditEvent.action == REQUEST_ACTION)
                )
                .order_by(m.AuditEvent.id)
            ),
            chunk,
        ):
            events[event.entity_key] = event  # the newest request wins, as in verification_code
    for no in wanted:
        if no not in rows:
            raise NotFound("unknown_refund", "No refund {refund_no}", refund_no=no)
        if no not in events:
            raise NotFound(
                "no_request_event",
                "Refund {refund_no} has no request in the audit trail",
                refund_no=no,
            )
    orders: dict[int, m.Order] = {}
    for chunk in in_chunks(sorted({row.order_id for row in rows.values()})):
        for order in compiled.select_in(
            m.Order,
            "confirmation.orders",
            lambda ids: m.Order.select(*_ORDER_COLUMNS).where(m.Order.id.in_(ids)),
            chunk,
        ):
            orders[order.id] = order
    ordered = [rows[no] for no in wanted]
    credit = store_credit.balances_of(store_credit.key_for_order(o) for o in orders.values())
    names: dict[int, str] = {}
    users: dict[int, str] = {}  # as people are shown on paper: the display name first
    for u in m.User.select(m.User.id, m.User.name, m.User.display_name):
        names[u.id] = u.name
        users[u.id] = u.display_name or u.name
    details = refund_details(ordered, {i: o.order_no for i, o in orders.items()}, names)
    stored = read_settings([SHOP_KEY, PAYMENT_METHODS_KEY])
    shop = shop_from(stored.get(SHOP_KEY))
    methods = payment_methods_from(stored.get(PAYMENT_METHODS_KEY))
    pin = pin_text(audit.chain_head())
    country = shop.get("country") or "CN"
    goods = goods_of_refunds(row.id for row in ordered)
    today = clock.today()
    now = clock.now()
    return [
        _paper(
            row,
            orders[row.order_id],
            detail,
            events[row.refund_no].hash,
            shop,
            methods,
            pin,
            users,
            country,
            today,
            now,
            credit.get(store_credit.key_for_order(orders[row.order_id]), {}),
            goods.get(row.id, GoodsRecord()),
        )
        for row, detail in zip(ordered, details, strict=True)
    ]


def _paper(
    row: m.Refund,
    order: m.Order,
    detail: RefundDetail,
    request_hash: str,
    shop: dict[str, str],
    methods: dict[str, PaymentMethodSetting],
    pin: str,
    users: dict[int, str],
    country: str,
    today: date,
    now: datetime,
    credit: dict[str, int],
    goods: GoodsRecord,
) -> ConfirmationData:
    quote_ = quote_from_dict(detail.quote)
    sent = [p.sent_at for p in detail.payouts if p.sent_at and p.status != PayoutStatus.FAILED]
    start = min(sent).date() if sent else today
    days = _arrival_days(detail.destination_method, order.payment_method, methods)
    earliest = add_business_days(start, days[0], country)
    latest = add_business_days(start, days[1], country)
    # Once money is sent, the paper shows the range stored on the payouts, not a new estimate.
    stored = [
        p
        for p in detail.payouts
        if p.expected_from and p.expected_to and p.status != PayoutStatus.FAILED
    ]
    if stored:
        earliest = min(p.expected_from for p in stored if p.expected_from)
        latest = max(p.expected_to for p in stored if p.expected_to)
    code = _code_for(request_hash, row.refund_no, row.total, row.currency)
    return ConfirmationData(
        refund=detail,
        quote=quote_,
        breakdown=quote_.breakdown(),
        shop=shop,
        order_no=order.order_no,
        order_placed_at=order.placed_at,
        order_paid_at=order.paid_at,
        payment_method=order.payment_method,
        customer_name=order.customer_name,
        customer_phone=mask_phone(order.customer_phone) if order.customer_phone else "",
        customer_email=mask_email(order.customer_email) if order.customer_email else "",
        destination_holder=row.destination_holder,
        destination_bank=row.destination_bank,
        payer_account=mask_account(order.payer_account),
        arrival_from=start,
        arrival_days=days,
        arrival_earliest=earliest,
        arrival_latest=latest,
        paper_code=f"{row.refund_no}-{code}-{pin}" if pin else f"{row.refund_no}-{code}",
        verification_code=f"{code}-{pin}" if pin else code,
        printed_at=now,
        clerk_name=users.get(row.requested_by_id, ""),
        signed_by=users.get(row.signed_by_id, "") if row.signed_by_id else "",
        store_credit=_store_credit(credit, detail.currency, detail.destination_method),
        goods=goods,
    )


def _store_credit(held: dict[str, int], currency: str, destination: str) -> Money | None:
    """The customer's balance in the refund's currency (``held``: per currency), for a customer
    who has a ledger or whose refund goes to store credit; None for everyone else (the paper
    leaves the line out)."""
    if currency not in held and destination != "store_credit":
        return None
    return Money(held.get(currency, 0), currency)

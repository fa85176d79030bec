"""Peewee models. Money columns are 64-bit integers of minor units beside a currency code."""

from __future__ import annotations

import peewee as pw

#: Bound to a real database by :func:`merchant_refunds.storage.db.open_database`.
database = pw.DatabaseProxy()


class BaseModel(pw.Model):
    class Meta:
        database = database
        legacy_table_names = False


class Setting(BaseModel):
    key = pw.CharField(primary_key=True, max_length=64)
    value = pw.TextField()


class User(BaseModel):
    name = pw.CharField(unique=True, max_length=64)
    display_name = pw.CharField(max_length=200, default="")
    role = pw.CharField(max_length=16)
    pin_hash = pw.CharField(max_length=256)
    active = pw.BooleanField(default=True)
    failed_attempts = pw.IntegerField(default=0)
    locked_until = pw.DateTimeField(null=True)
    created_at = pw.DateTimeField()


class Order(BaseModel):
    order_no = pw.CharField(unique=True, max_length=64)
    # Indexed (schema 6) so the sources filter reads the index, not a million rows.
    source = pw.CharField(max_length=32, default="manual", index=True)
    status = pw.CharField(max_length=32, index=True)
    currency = pw.CharField(max_length=3)
    placed_at = pw.DateTimeField(index=True)
    paid_at = pw.DateTimeField(null=True)
    shipped_at = pw.DateTimeField(null=True)
    delivered_at = pw.DateTimeField(null=True)
    presale = pw.BooleanField(default=False)
    customer_name = pw.CharField(max_length=200, index=True)
    customer_phone = pw.CharField(max_length=40, default="", index=True)
    customer_email = pw.CharField(max_length=200, default="")
    customer_country = pw.CharField(max_length=2, default="CN")
    payment_method = pw.CharField(max_length=32)
    payment_reference = pw.CharField(max_length=128, default="")
    payer_account = pw.CharField(max_length=128, default="")
    shipping_fee = pw.BigIntegerField(default=0)
    total_paid = pw.BigIntegerField()
    note = pw.TextField(default="")
    created_at = pw.DateTimeField()

    class Meta:
        # Schema 6: the unfiltered list of ids (every order, newest first) reads this small
        # covering index instead of scanning the whole table.
        indexes = ((("id",), False),)


class OrderLine(BaseModel):
    # no index of its own: the unique (order, line_no) index below serves every lookup by order
    order = pw.ForeignKeyField(Order, backref="lines", on_delete="RESTRICT", index=False)
    line_no = pw.IntegerField()
    sku = pw.CharField(max_length=64)
    name = pw.CharField(max_length=500)
    category = pw.CharField(max_length=64, default="")
    quantity = pw.IntegerField()
    unit_price = pw.BigIntegerField()
    line_discount = pw.BigIntegerField(default=0)
    order_discount_share = pw.BigIntegerField(default=0)
    tax_rate = pw.CharField(max_length=16, default="0")
    final_sale = pw.BooleanField(default=False)

    class Meta:
        indexes = ((("order", "line_no"), True),)


class OrderDiscount(BaseModel):
    order = pw.ForeignKeyField(Order, backref="discounts", on_delete="RESTRICT")
    kind = pw.CharField(max_length=16)
    code = pw.CharField(max_length=64, default="")
    amount = pw.BigIntegerField()
    description = pw.CharField(max_length=500, default="")


class Refund(BaseModel):
    refund_no = pw.CharField(unique=True, max_length=32)
    order = pw.ForeignKeyField(Order, backref="refunds", on_delete="RESTRICT")
    status = pw.CharField(max_length=16, index=True)
    reason_code = pw.CharField(max_length=32)
    note = pw.TextField(default="")
    goods_return = pw.BooleanField(default=False)
    goods_received_at = pw.DateTimeField(null=True)
    destination_method = pw.CharField(max_length=32)
    destination_account = pw.CharField(max_length=128, default="")
    destination_holder = pw.CharField(max_length=200, default="")
    destination_bank = pw.CharField(max_length=200, default="")
    currency = pw.CharField(max_length=3)
    total = pw.BigIntegerField()
    refunded_gross = pw.BigIntegerField()
    shipping = pw.BigIntegerField(default=0)
    restocking_fee = pw.BigIntegerField(default=0)
    return_shipping = pw.BigIntegerField(default=0)
    cross_border_fee = pw.BigIntegerField(default=0)
    cross_border_fee_bearer = pw.CharField(max_length=16, default="merchant")
    payout_currency = pw.CharField(max_length=3)
    payout_amount = pw.BigIntegerField()
    fx_rate = pw.CharField(max_length=32, null=True)
    fx_date = pw.DateField(null=True)
    quote_json = pw.TextField()
    findings_json = pw.TextField(default="[]")
    override_reason = pw.TextField(default="")
    overridden_by = pw.ForeignKeyField(User, null=True, backref="+", on_delete="RESTRICT")
    second_approval_required = pw.BooleanField(default=False)
    signature_required = pw.BooleanField(default=False)
    signed_at = pw.DateTimeField(null=True)
    signed_by = pw.ForeignKeyField(User, null=True, backref="+", on_delete="RESTRICT")
    requested_by = pw.ForeignKeyField(User, backref="+", on_delete="RESTRICT")
    requested_at = pw.DateTimeField(index=True)
    approved_at = pw.DateTimeField(null=True)
    paid_at = pw.DateTimeField(null=True)
    completed_at = pw.DateTimeField(null=True)
    rejected_at = pw.DateTimeField(null=True)
    rejection_reason = pw.TextField(default="")
    cancelled_at = pw.DateTimeField(null=True)
    cancel_reason = pw.TextField(default="")
    updated_at = pw.DateTimeField()


class RefundLine(BaseModel):
    refund = pw.ForeignKeyField(Refund, backref="lines", on_delete="RESTRICT")
    order_line = pw.ForeignKeyField(OrderLine, backref="refund_lines", on_delete="RESTRICT")
    quantity = pw.IntegerField()
    gross = pw.BigIntegerField()
    discount = pw.BigIntegerField()
    amount = pw.BigIntegerField()
    tax = pw.BigIntegerField()


class Approval(BaseModel):
    refund = pw.ForeignKeyField(Refund, backref="approvals", on_delete="RESTRICT")
    user = pw.ForeignKeyField(User, backref="+", on_delete="RESTRICT")
    decision = pw.CharField(max_length=16)
    reason = pw.TextField(default="")
    created_at = pw.DateTimeField()


class Payout(BaseModel):
    refund = pw.ForeignKeyField(Refund, backref="payouts", on_delete="RESTRICT")
    seq = pw.IntegerField()
    method = pw.CharField(max_length=32)
    amount = pw.BigIntegerField()
    currency = pw.CharField(max_length=3)
    status = pw.CharField(max_length=16, index=True)
    reference = pw.CharField(max_length=128, default="")
    fx_rate = pw.CharField(max_length=32, null=True)
    fx_date = pw.DateField(null=True)
    created_by = pw.ForeignKeyField(User, backref="+", on_delete="RESTRICT")
    sent_at = pw.DateTimeField(null=True)
    received_at = pw.DateTimeField(null=True)
    confirmed_by = pw.ForeignKeyField(User, null=True, backref="+", on_delete="RESTRICT")
    failure_reason = pw.TextField(default="")
    # Schema 4 (payouts and follow-up): instalment date, arrival range, who acted, destination.
    due_on = pw.DateField(null=True)
    expected_from = pw.DateField(null=True, index=True)
    expected_to = pw.DateField(null=True, index=True)
    sent_by = pw.ForeignKeyField(User, null=True, backref="+", on_delete="RESTRICT")
    failed_at = pw.DateTimeField(null=True)
    failed_by = pw.ForeignKeyField(User, null=True, backref="+", on_delete="RESTRICT")
    retry_of = pw.IntegerField(null=True)
    account = pw.CharField(max_length=128, default="")
    holder = pw.CharField(max_length=200, default="")
    bank = pw.CharField(max_length=200, default="")

    class Meta:
        indexes = ((("refund", "seq"), True),)


class AuditEvent(BaseModel):
    at = pw.DateTimeField(index=True)
    user_name = pw.CharField(max_length=64, default="")
    action = pw.CharField(max_length=64, index=True)
    entity = pw.CharField(max_length=32)
    entity_key = pw.CharField(max_length=64, index=True)
    before_json = pw.TextField(default="null")
    after_json = pw.TextField(default="null")
    prev_hash = pw.CharField(max_length=64)
    hash = pw.CharField(max_length=64, unique=True)
    # Schema 8: the protected rows as the event left them (see services.row_images); "" before.
    rows_json = pw.TextField(default="", constraints=[pw.SQL("DEFAULT ''")])


class SignatureRecord(BaseModel):
    """A signed paper's scan or photo, a signature drawn on screen, or the signed PDF made from it.

    The bytes live in the database so a backup of the one file keeps the evidence with the refund.
    """

    refund = pw.ForeignKeyField(Refund, backref="signatures", on_delete="RESTRICT")
    kind = pw.CharField(max_length=16)
    file_name = pw.CharField(max_length=255)
    mime_type = pw.CharField(max_length=64)
    size = pw.IntegerField()
    sha256 = pw.CharField(max_length=64, index=True)
    data = pw.BlobField()
    created_by = pw.ForeignKeyField(User, backref="+", on_delete="RESTRICT")
    created_at = pw.DateTimeField()


class StoreCreditEntry(BaseModel):
    """One line of a customer's store-credit ledger; the balance is the sum of signed amounts."""

    customer_key = pw.CharField(max_length=200, index=True)
    currency = pw.CharField(max_length=3)
    kind = pw.CharField(max_length=16)  # issued | used | cashed_out
    amount = pw.BigIntegerField()  # signed: + issued, - used or cashed out
    balance_after = pw.BigIntegerField()
    refund = pw.ForeignKeyField(Refund, null=True, backref="+", on_delete="RESTRICT")
    payout_seq = pw.IntegerField(null=True)
    note = pw.TextField(default="")
    created_by = pw.ForeignKeyField(User, backref="+", on_delete="RESTRICT")
    created_at = pw.DateTimeField()


class SupplierConfirmation(BaseModel):
    """Who at the supplier was asked about a pre-sale refund in production, when, and the answer."""

    refund = pw.ForeignKeyField(Refund, backref="+", on_delete="RESTRICT")
    supplier = pw.CharField(max_length=200)
    asked_on = pw.DateField()
    answer = pw.CharField(max_length=16)  # agreed | refused
    note = pw.TextField(default="")
    recorded_by = pw.ForeignKeyField(User, backref="+", on_delete="RESTRICT")
    recorded_at = pw.DateTimeField()


class FollowUpNote(BaseModel):
    refund = pw.ForeignKeyField(Refund, backref="+", on_delete="RESTRICT")
    payout_seq = pw.IntegerField(null=True)
    text = pw.TextField()
    created_by = pw.ForeignKeyField(User, backref="+", on_delete="RESTRICT")
    created_at = pw.DateTimeField()


class NoticeLog(BaseModel):
    """Every notice prepared for a customer, and whether it went out."""

    refund = pw.ForeignKeyField(Refund, backref="+", on_delete="RESTRICT")
    event = pw.CharField(max_length=32)
    channel = pw.CharField(max_length=16)  # email | sms | clipboard | eml
    lang = pw.CharField(max_length=8)
    recipient = pw.CharField(max_length=200, default="")
    subject = pw.CharField(max_length=300, default="")
    text = pw.TextField()
    status = pw.CharField(max_length=16, index=True)  # sent | unsent | failed
    error = pw.TextField(default="")
    created_by = pw.ForeignKeyField(User, backref="+", on_delete="RESTRICT")
    created_at = pw.DateTimeField()
    sent_at = pw.DateTimeField(null=True)


class Feedback(BaseModel):
    refund = pw.ForeignKeyField(Refund, unique=True, backref="+", on_delete="RESTRICT")
    rating = pw.IntegerField()
    comment = pw.TextField(default="")
    recorded_by = pw.ForeignKeyField(User, backref="+", on_delete="RESTRICT")
    recorded_at = pw.DateTimeField()


class DeadlineExtension(BaseModel):
    """An owner's extension of the shop's own limit for one step of a refund (schema 9)."""

    refund = pw.ForeignKeyField(Refund, backref="+", on_delete="RESTRICT")
    step = pw.CharField(max_length=16)  # review | payout
    until = pw.DateField()
    reason = pw.TextField()
    extended_by = pw.ForeignKeyField(User, backref="+", on_delete="RESTRICT")
    extended_at = pw.DateTimeField()


class Authorisation(BaseModel):
    """A decision confirmed with a PIN on the spot (schema 10): an owner authorising a blocked
    request or an approval on a clerk's screen (``asked_by`` is the person signed in there), or
    the shop's only owner approving his own large request (``self_approval``)."""

    refund = pw.ForeignKeyField(Refund, backref="+", on_delete="RESTRICT")
    action = pw.CharField(max_length=16)  # override | approve
    user = pw.ForeignKeyField(User, backref="+", on_delete="RESTRICT")
    asked_by = pw.ForeignKeyField(User, null=True, backref="+", on_delete="RESTRICT")
    self_approval = pw.BooleanField(default=False)
    route = pw.CharField(max_length=16, default="")
    created_at = pw.DateTimeField(index=True)


class Attachment(BaseModel):
    """Evidence kept with a refund (schema 11): a photo or file the customer sent with the request,
    taken when the returned goods were inspected, or that backs a rejection. ``unit`` optionally
    names what it shows (e.g. a returned unit ``L1#2``). The bytes live in the database, so a
    backup or a move to a server keeps them with the refund; their SHA-256 is in the trail."""

    refund = pw.ForeignKeyField(Refund, backref="+", on_delete="RESTRICT")
    stage = pw.CharField(max_length=16)  # request | inspection | rejection
    unit = pw.CharField(max_length=64, default="")
    file_name = pw.CharField(max_length=255)
    mime_type = pw.CharField(max_length=64)
    size = pw.IntegerField()
    sha256 = pw.CharField(max_length=64)
    data = pw.BlobField()
    created_by = pw.ForeignKeyField(User, backref="+", on_delete="RESTRICT")
    created_at = pw.DateTimeField()


class RefundAmount(BaseModel):
    """A refund by amount (schema 12): what kind it is (price difference, compensation,
    goodwill), its line or the whole order (``line_no`` None) and the amount asked. What it took
    per line is in its ``RefundLine`` rows, which have no units."""

    refund = pw.ForeignKeyField(Refund, unique=True, backref="+", on_delete="RESTRICT")
    kind = pw.CharField(max_length=24)
    line_no = pw.IntegerField(null=True)
    amount = pw.BigIntegerField()


class GoodsInspection(BaseModel):
    """One returned unit as it was found on receipt (schema 13): its condition, a note, and the
    owner's deduction for diminished value, if any, with its reason."""

    refund = pw.ForeignKeyField(Refund, backref="+", on_delete="RESTRICT")
    order_line = pw.ForeignKeyField(OrderLine, backref="+", on_delete="RESTRICT")
    unit_no = pw.IntegerField()  # 1..the refund's units of that line
    condition = pw.CharField(max_length=16)  # resaleable | opened | damaged | missing_parts
    note = pw.TextField(default="")
    disposition = pw.CharField(max_length=24)  # returned_to_stock | written_off
    deduction = pw.BigIntegerField(default=0)
    deduction_reason = pw.TextField(default="")
    deducted_by = pw.ForeignKeyField(User, null=True, backref="+", on_delete="RESTRICT")
    deducted_at = pw.DateTimeField(null=True)
    inspected_by = pw.ForeignKeyField(User, backref="+", on_delete="RESTRICT")
    inspected_at = pw.DateTimeField()

    class Meta:
        indexes = ((("refund", "order_line", "unit_no"), True),)


class StockMovement(BaseModel):
    """A unit moved by a refund's inspection (schema 13): back into stock or written off. The
    ledger of a SKU is its movements in order."""

    sku = pw.CharField(max_length=64, index=True)
    name = pw.CharField(max_length=500, default="")
    kind = pw.CharField(max_length=24)  # returned_to_stock | written_off
    quantity = pw.IntegerField()
    refund = pw.ForeignKeyField(Refund, backref="+", on_delete="RESTRICT")
    order_line = pw.ForeignKeyField(OrderLine, backref="+", on_delete="RESTRICT")
    unit_no = pw.IntegerField()
    created_by = pw.ForeignKeyField(User, backref="+", on_delete="RESTRICT")
    created_at = pw.DateTimeField(index=True)


class ReturnPostage(BaseModel):
    """The customer's return postage paid back with a refund (schema 13), against a receipt or
    tracking number; ``override_reason`` is set when the shop was not at fault."""

    refund = pw.ForeignKeyField(Refund, unique=True, backref="+", on_delete="RESTRICT")
    amount = pw.BigIntegerField()
    currency = pw.CharField(max_length=3)
    receipt = pw.CharField(max_length=64)
    override_reason = pw.TextField(default="")
    overridden_by = pw.ForeignKeyField(User, null=True, backref="+", on_delete="RESTRICT")
    created_by = pw.ForeignKeyField(User, backref="+", on_delete="RESTRICT")
    created_at = pw.DateTimeField()


#: The tables schema step 13 adds (returned goods: inspections, stock ledger, return postage).
GOODS_TABLES: list[type[BaseModel]] = [GoodsInspection, StockMovement, ReturnPostage]


#: The tables schema step 4 adds (payouts, follow-up, notices, feedback).
PAYOUT_TABLES: list[type[BaseModel]] = [
    StoreCreditEntry,
    SupplierConfirmation,
    FollowUpNote,
    NoticeLog,
    Feedback,
]


class ExternalRefund(BaseModel):
    """A refund the selling platform already made before the order was imported (schema 5).

    Counted by the caps as a completed refund, so what remains refundable here is right.
    """

    order = pw.ForeignKeyField(Order, backref="+", on_delete="RESTRICT")
    reference = pw.CharField(max_length=64)
    source = pw.CharField(max_length=32)
    amount = pw.BigIntegerField()
    shipping = pw.BigIntegerField(default=0)
    refunded_at = pw.DateTimeField(null=True)
    created_at = pw.DateTimeField()


class ExternalRefundLine(BaseModel):
    external_refund = pw.ForeignKeyField(ExternalRefund, backref="lines", on_delete="RESTRICT")
    order_line = pw.ForeignKeyField(OrderLine, backref="+", on_delete="RESTRICT")
    quantity = pw.IntegerField()
    amount = pw.BigIntegerField()


class OrderImport(BaseModel):
    """Where an imported order came from, and a fingerprint to tell an unchanged re-import."""

    order = pw.ForeignKeyField(Order, unique=True, backref="+", on_delete="RESTRICT")
    fingerprint = pw.CharField(max_length=64)
    source = pw.CharField(max_length=32)
    file_name = pw.CharField(max_length=255, default="")
    file_sha256 = pw.CharField(max_length=64, default="")
    row = pw.IntegerField(default=0)
    imported_by = pw.CharField(max_length=64, default="")
    imported_at = pw.DateTimeField()


#: The tables schema step 5 adds (order import: platform refunds and import provenance).
IMPORT_TABLES: list[type[BaseModel]] = [ExternalRefund, ExternalRefundLine, OrderImport]


class Exchange(BaseModel):
    """An exchange on an order (schema 14): units back, units out and how the difference was
    settled. A difference owed to the customer is a refund of its own (``refund``), going
    through the usual approval and payout; one the customer paid is recorded with its receipt."""

    exchange_no = pw.CharField(unique=True, max_length=32)
    order = pw.ForeignKeyField(Order, backref="+", on_delete="RESTRICT")
    status = pw.CharField(max_length=16, index=True)  # recorded | cancelled
    reason_code = pw.CharField(max_length=32)
    note = pw.TextField(default="")
    currency = pw.CharField(max_length=3)
    back_value = pw.BigIntegerField()
    out_value = pw.BigIntegerField()
    difference = pw.BigIntegerField()  # signed: + owed to the customer, - paid by the customer
    settlement = pw.CharField(max_length=16)  # refund | collected | even
    receipt_no = pw.CharField(max_length=64, default="")
    refund = pw.ForeignKeyField(Refund, null=True, backref="+", on_delete="RESTRICT")
    override_reason = pw.TextField(default="")
    recorded_by = pw.ForeignKeyField(User, backref="+", on_delete="RESTRICT")
    recorded_at = pw.DateTimeField(index=True)
    cancelled_at = pw.DateTimeField(null=True)
    cancel_reason = pw.TextField(default="")
    updated_at = pw.DateTimeField()


class ExchangeLine(BaseModel):
    """A line of an exchange: units back from an order line (``order_line``), with what a unit
    refund of them would pay, or units out (no order line) at the price agreed."""

    exchange = pw.ForeignKeyField(Exchange, backref="lines", on_delete="RESTRICT")
    direction = pw.CharField(max_length=8)  # back | out
    order_line = pw.ForeignKeyField(OrderLine, null=True, backref="+", on_delete="RESTRICT")
    sku = pw.CharField(max_length=64)
    name = pw.CharField(max_length=500)
    quantity = pw.IntegerField()
    unit_price = pw.BigIntegerField(default=0)
    amount = pw.BigIntegerField()
    tax = pw.BigIntegerField(default=0)


#: The tables schema step 14 adds (exchanges).
EXCHANGE_TABLES: list[type[BaseModel]] = [Exchange, ExchangeLine]


class ExchangeStock(BaseModel):
    """A unit an exchange moved in the stock ledger (schema 15): a unit back as it was found
    on receipt (condition, note) and where it went (back into stock or written off), or the
    units given out (``exchanged_out``, no order line, no condition)."""

    exchange = pw.ForeignKeyField(Exchange, backref="+", on_delete="RESTRICT")
    order_line = pw.ForeignKeyField(OrderLine, null=True, backref="+", on_delete="RESTRICT")
    sku = pw.CharField(max_length=64, index=True)
    name = pw.CharField(max_length=500, default="")
    kind = pw.CharField(max_length=24)  # returned_to_stock | written_off | exchanged_out
    quantity = pw.IntegerField()
    unit_no = pw.IntegerField(default=0)  # 1..the exchange's units back of that line; 0: out
    condition = pw.CharField(max_length=16, default="")
    note = pw.TextField(default="")
    created_by = pw.ForeignKeyField(User, backref="+", on_delete="RESTRICT")
    created_at = pw.DateTimeField(index=True)


#: The table schema step 15 adds (exchanges' stock movements).
EXCHANGE_STOCK_TABLES: list[type[BaseModel]] = [ExchangeStock]


ALL_MODELS: list[type[BaseModel]] = [
    Setting,
    User,
    Order,
    OrderLine,
    OrderDiscount,
    Refund,
    RefundLine,
    Approval,
    Payout,
    AuditEvent,
    SignatureRecord,
    *PAYOUT_TABLES,
    *IMPORT_TABLES,
    DeadlineExtension,
    Authorisation,
    Attachment,
    RefundAmount,
    *GOODS_TABLES,
    *EXCHANGE_TABLES,
    ExchangeStock,
]

"""The journal for the books: one balanced double-entry per booked payout.

Every payout (sent or received; failed ones moved no money) becomes an entry in the refund's
currency, its share of the refund being ``payout / refund payout amount``. Each part of the refund
(total, tax, deductions, fees) is shared cumulatively, ``round(part·paid_to_date/whole) −
round(part·paid_before/whole)``, so the instalments of a refund add up to each part exactly:

    Dr sales returns (6001)        the plug that balances the entry (items and shipping, net of
                                   tax); a refund by amount: a sales allowance, named by its kind
    Dr output VAT (2221)           the tax inside the refunded lines
    Dr finance cost (6603)         a cross-border fee the shop bears
    Dr selling expense (6601)      the customer's return postage the shop pays back
       Cr other income (6051)      restocking fee, return shipping and deductions for
                                   diminished value the shop keeps, one line each
       Cr clearing (1012/1002/1001) or store credit (2241)   the refund paid
       Cr clearing                 the cross-border fee, whoever bears it, paid to the channel

Debits equal credits in every entry by construction and are checked again, per entry and per
file, before a line is written; a mismatch stops the export (it would be our bug).

A refund in a currency other than the shop's home currency is booked in the home currency, each
line keeping its original amount beside it. The revenue side (returns, VAT, fees, deductions) is
converted at the rate of the request: the rate recorded with the refund when it was paid out in
the home currency, else the accountant's rate for the request day. The money side (clearing) is
what actually left: the payout itself when it was paid in the home currency, else converted at the
accountant's rate for the payout day. The difference, the exchange gain or loss between request
and payout (and the cent of each line's rounding), balances the entry on its own account (6061).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal

from merchant_refunds.domain.calculation import FxRate
from merchant_refunds.domain.lifecycle import PayoutMethod
from merchant_refunds.domain.money import Money, div_round_half_up
from merchant_refunds.exports.sinks import Column, Kind
from merchant_refunds.exports.texts import JOURNAL_SUMMARY, norm_lang
from merchant_refunds.services.reporting import ExchangeJournalSource, JournalSource

COLUMNS = [
    Column("entry_no", Kind.NUMBER_TEXT),
    Column("date", Kind.DATE),
    Column("refund_no", Kind.NUMBER_TEXT),
    Column("order_no", Kind.NUMBER_TEXT),
    Column("seq", Kind.INT),
    Column("line", Kind.INT),
    Column("account_code", Kind.NUMBER_TEXT),
    Column("account_name", Kind.TEXT),
    Column("summary", Kind.TEXT),
    Column("debit", Kind.MONEY, 11),
    Column("credit", Kind.MONEY, 11),
    Column("currency", Kind.PLAIN),
    Column("method", Kind.CODE),
    Column("payout_amount", Kind.MONEY, 14),
    Column("payout_currency", Kind.PLAIN),
    Column("original_debit", Kind.MONEY, 17),
    Column("original_credit", Kind.MONEY, 17),
    Column("original_currency", Kind.PLAIN),
    Column("fx_rate", Kind.PLAIN),
]

#: ``rate(currency, day)``: the accountant's rate of a day to the home currency.
RateLookup = Callable[[str, date], FxRate]


class JournalImbalance(RuntimeError):
    """Debits and credits differ: a bug in the journal, never a user's mistake."""


@dataclass(frozen=True)
class JournalLine:
    entry_no: str
    date: object
    refund_no: str
    order_no: str
    seq: int
    line: int
    account_code: str
    account_name: str
    summary: str
    debit: int
    credit: int
    currency: str
    method: str
    payout_amount: int
    payout_currency: str
    original_debit: int | None = None
    original_credit: int | None = None
    original_currency: str = ""
    fx_rate: str = ""
    #: True on the money side (what left through the clearing account); not a column.
    money_side: bool = False

    def as_row(self) -> tuple[object, ...]:
        return (
            self.entry_no,
            self.date,
            self.refund_no,
            self.order_no,
            self.seq,
            self.line,
            self.account_code,
            self.account_name,
            self.summary,
            self.debit,
            self.credit,
            self.currency,
            self.method,
            self.payout_amount,
            self.payout_currency,
            self.original_debit,
            self.original_credit,
            self.original_currency or None,
            self.fx_rate or None,
        )


def _share(part: int, before: int, upto: int, whole: int) -> int:
    return div_round_half_up(part * upto, whole) - div_round_half_up(part * before, whole)


def clearing_key(source: JournalSource) -> str:
    """The account the money leaves through: the channel for the original route."""
    method = source.payout_method
    if method == PayoutMethod.STORE_CREDIT.value:
        return "store_credit"
    if method == PayoutMethod.ORIGINAL_ROUTE.value:
        channel = source.order_payment_method
        if channel == "store_credit":
            return "store_credit"
        return f"clearing.{channel}"
    return f"clearing.{method}"


def entry_lines(
    source: JournalSource,
    accounts: dict[str, tuple[str, str]],
    lang: str = "zh",
    home: str = "",
    rates: RateLookup | None = None,
) -> list[JournalLine]:
    """The balanced lines of one payout's entry; in ``home`` currency when it is given and the
    refund is in another one (``rates`` then gives the accountant's day rates)."""
    whole = source.refund_payout_amount
    if whole <= 0:
        return []
    before = source.paid_before
    upto = before + source.payout_amount
    paid = _share(source.total, before, upto, whole)
    tax = _share(source.tax, before, upto, whole)
    restocking = _share(source.restocking_fee, before, upto, whole)
    return_shipping = _share(source.return_shipping, before, upto, whole)
    fee = _share(source.cross_border_fee, before, upto, whole)
    customer_fee = fee if source.fee_bearer == "customer" else 0
    merchant_fee = fee - customer_fee
    deduction = _share(source.deductions, before, upto, whole)
    postage = _share(source.return_postage, before, upto, whole)
    sales = paid + restocking + return_shipping + deduction + customer_fee - tax - postage

    texts = JOURNAL_SUMMARY[norm_lang(lang)]
    clearing = accounts.get(clearing_key(source), accounts["clearing.other"])
    raw: list[tuple[str, tuple[str, str], int, int]] = [
        ("sales_returns", accounts["sales_returns"], sales, 0),
        ("output_vat", accounts["output_vat"], tax, 0),
        ("fee_expense", accounts["fee_expense"], merchant_fee, 0),
        ("return_postage", accounts["postage_expense"], postage, 0),
        ("restocking_fee", accounts["deductions_income"], 0, restocking),
        ("return_shipping", accounts["deductions_income"], 0, return_shipping),
        ("deduction", accounts["deductions_income"], 0, deduction),
        ("refund_paid", clearing, 0, paid),
        ("customer_fee", clearing, 0, customer_fee),
        ("merchant_fee", clearing, 0, merchant_fee),
    ]
    entry_no = f"{source.refund_no}-{source.seq}"
    lines: list[JournalLine] = []
    for key, (code, name), debit, credit in raw:
        if not debit and not credit:
            continue
        if key in ("sales_returns", "output_vat") and debit < 0:
            # a credit: units out of a higher tax rate than the units back of an exchange
            debit, credit = 0, -debit
        lines.append(
            JournalLine(
                entry_no,
                source.sent_at,
                source.refund_no,
                source.order_no,
                source.seq,
                len(lines) + 1,
                code,
                name,
                _summary(texts, key, source),
                debit,
                credit,
                source.refund_currency,
                source.payout_method,
                source.payout_amount,
                source.payout_currency,
                money_side=key in _MONEY_SIDE,
            )
        )
    if home and source.refund_currency != home and lines:
        if rates is None:
            raise ValueError("a foreign refund needs the day rates to be booked in " + home)
        lines = _in_home_currency(lines, source, home, rates, accounts["fx_differences"], texts)
    check_balanced(lines, entry_no)
    return lines


def _summary(texts: dict[str, str], key: str, source: JournalSource) -> str:
    """The line's description; a refund by amount is a sales allowance, named by its kind."""
    allowance = f"{key}.{source.amount_kind}"
    if key == "sales_returns" and allowance in texts:
        key = allowance
    return texts[key].format(refund_no=source.refund_no, seq=source.seq)


#: Lines on the money side of an entry: converted at the payout's rate, not the request's.
_MONEY_SIDE = ("refund_paid", "customer_fee", "merchant_fee")


def _day(value: object) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _rates(source: JournalSource, home: str, rates: RateLookup) -> tuple[FxRate, FxRate | None]:
    """(the request's rate, the payout's rate or None when the payout was in ``home``)."""
    ccy = source.refund_currency
    if source.payout_currency == home and source.fx_rate:
        request = FxRate(ccy, home, Decimal(source.fx_rate), _day(source.fx_date or source.sent_at))
    else:
        request = rates(ccy, _day(source.requested_at or source.sent_at))
    if source.payout_currency == home:
        return request, None
    return request, rates(source.payout_currency, _day(source.sent_at))


def _in_home_currency(
    lines: list[JournalLine],
    source: JournalSource,
    home: str,
    rates: RateLookup,
    fx_account: tuple[str, str],
    texts: dict[str, str],
) -> list[JournalLine]:
    request, payout = _rates(source, home, rates)
    paid_home = source.payout_amount if payout is None else None
    out: list[JournalLine] = []
    for line in lines:
        rate = request if not line.money_side or payout is None else payout
        debit = rate.convert(Money(line.debit, line.currency)).minor
        credit = rate.convert(Money(line.credit, line.currency)).minor
        out.append(
            replace(
                line,
                debit=debit,
                credit=credit,
                currency=home,
                original_debit=line.debit,
                original_credit=line.credit,
                original_currency=line.currency,
                fx_rate=str(rate.rate),
            )
        )
    if paid_home is not None:
        # Paid in the home currency: the money side is what left, exactly, split over its lines
        # in proportion, the last line taking what is left.
        money = [i for i, line in enumerate(out) if line.money_side and line.credit]
        booked = sum(out[i].credit for i in money)
        if money and booked != paid_home:
            whole = sum(out[i].original_credit or 0 for i in money)
            left = paid_home
            for n, i in enumerate(money):
                share = (
                    left
                    if n == len(money) - 1
                    else div_round_half_up(paid_home * (out[i].original_credit or 0), whole)
                )
                left -= share
                out[i] = replace(out[i], credit=share)
    difference = sum(line.debit - line.credit for line in out)
    if difference:
        code, name = fx_account
        key = "fx_gain" if difference > 0 else "fx_loss"
        out.append(
            JournalLine(
                out[0].entry_no,
                out[0].date,
                out[0].refund_no,
                out[0].order_no,
                out[0].seq,
                len(out) + 1,
                code,
                name,
                texts[key].format(refund_no=source.refund_no, seq=source.seq),
                max(0, -difference),
                max(0, difference),
                home,
                out[0].method,
                out[0].payout_amount,
                out[0].payout_currency,
            )
        )
    return out


def exchange_entry_lines(
    source: ExchangeJournalSource,
    accounts: dict[str, tuple[str, str]],
    lang: str = "zh",
    home: str = "",
    rates: RateLookup | None = None,
) -> list[JournalLine]:
    """The entry of a difference an exchange's customer paid at the till: the cash in, against
    the sales account (the units out are sold for that much more than the units back were
    worth, net of tax) and output VAT (the units out's tax less the units back's, each unit out
    at the rate of the line it replaces: ``domain.exchanges.out_tax_rate``)."""
    texts = JOURNAL_SUMMARY[norm_lang(lang)]
    amount, currency, tax = source.collected, source.currency, source.tax
    if amount <= 0:
        return []
    fx = ""
    originals: dict[str, int] = {"cash": amount, "vat": tax, "sales": amount - tax}
    foreign = bool(home and currency != home)
    if foreign:
        if rates is None:
            raise ValueError("a foreign exchange needs the day rates to be booked in " + home)
        rate = rates(currency, _day(source.recorded_at))
        # cash and tax converted, the sales line takes what is left: the entry stays balanced
        amount = rate.convert(Money(amount, currency)).minor
        tax = rate.convert(Money(tax, currency)).minor
        currency, fx = home, str(rate.rate)
    sales = amount - tax
    raw = [
        ("exchange_collected", "cash", accounts["clearing.cash"], amount, 0),
        ("exchange_sales", "sales", accounts["sales_returns"], 0, sales),
        ("exchange_vat", "vat", accounts["output_vat"], 0, tax),
    ]
    entry_no = source.exchange_no
    lines = [
        JournalLine(
            entry_no,
            source.recorded_at,
            source.exchange_no,
            source.order_no,
            0,
            number,
            code,
            name,
            texts[key].format(exchange_no=source.exchange_no, receipt_no=source.receipt_no),
            debit,
            credit,
            currency,
            "cash",
            source.collected,
            source.currency,
            (abs(originals[part]) if debit else None) if foreign else None,
            (abs(originals[part]) if credit else None) if foreign else None,
            source.currency if foreign else "",
            fx,
        )
        for number, (key, part, (code, name), debit, credit) in enumerate(
            [_flipped(line) for line in raw if line[3] or line[4]], start=1
        )
    ]
    check_balanced(lines, entry_no)
    return lines


def _flipped(
    line: tuple[str, str, tuple[str, str], int, int],
) -> tuple[str, str, tuple[str, str], int, int]:
    """A negative credit is a debit (tax of units back above the units out's)."""
    key, part, account, _debit, credit = line
    if credit < 0:
        return key, part, account, -credit, 0
    return line


def check_balanced(lines: list[JournalLine], what: str) -> None:
    """Raise :class:`JournalImbalance` unless debits equal credits in every currency."""
    sums: dict[str, int] = {}
    for line in lines:
        sums[line.currency] = sums.get(line.currency, 0) + line.debit - line.credit
    off = {ccy: diff for ccy, diff in sums.items() if diff}
    if off:
        raise JournalImbalance(f"{what}: debits and credits differ by {off} (minor units)")


@dataclass
class JournalTotals:
    """Debits and credits per currency over a whole file."""

    debit: dict[str, int]
    credit: dict[str, int]
    entries: int = 0

    def add(self, lines: list[JournalLine]) -> None:
        self.entries += 1
        for line in lines:
            self.debit[line.currency] = self.debit.get(line.currency, 0) + line.debit
            self.credit[line.currency] = self.credit.get(line.currency, 0) + line.credit

    def check(self) -> None:
        if self.debit != self.credit:
            raise JournalImbalance(
                f"the file's debits {self.debit} differ from its credits {self.credit}"
            )


def journal_rows(
    pages: Iterator[list[JournalSource]],
    accounts: dict[str, tuple[str, str]],
    lang: str,
    totals: JournalTotals,
    home: str = "",
    rates: RateLookup | None = None,
) -> Iterator[tuple[list[tuple[object, ...]], int]]:
    """Pages of journal rows, each with the number of payouts it came from."""
    for page in pages:
        rows: list[tuple[object, ...]] = []
        for source in page:
            lines = entry_lines(source, accounts, lang, home, rates)
            if lines:
                totals.add(lines)
                rows.extend(line.as_row() for line in lines)
        yield rows, len(page)


def exchange_rows(
    sources: list[ExchangeJournalSource],
    accounts: dict[str, tuple[str, str]],
    lang: str,
    totals: JournalTotals,
    home: str = "",
    rates: RateLookup | None = None,
) -> Iterator[tuple[list[tuple[object, ...]], int]]:
    """The exchanges' entries as one page, after the payouts'."""
    rows: list[tuple[object, ...]] = []
    for source in sources:
        lines = exchange_entry_lines(source, accounts, lang, home, rates)
        if lines:
            totals.add(lines)
            rows.extend(line.as_row() for line in lines)
    if sources:
        yield rows, len(sources)

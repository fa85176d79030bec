"""The refund confirmation (退款确认单): the paper the customer signs and the shop keeps.

Everything on it comes from :mod:`merchant_refunds.services.confirmations`: the stored quote's
figures (never recomputed), the shop profile, the masked destination, the expected arrival in
business days and the verification code that is also in the QR code. Long refunds flow over
several pages with the table header repeated and "page x of y"; the 80 mm receipt is one long
page as wide as the roll.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from babel.dates import format_date
from babel.numbers import get_currency_symbol
from PIL import Image as PILImage
from reportlab.lib import colors
from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
)

from merchant_refunds.documents import texts
from merchant_refunds.documents.blocks import Cell, CellValue, Grid, Picture, Rules, Text
from merchant_refunds.documents.fonts import FontChoice, shop_font
from merchant_refunds.documents.pages import (
    MAX_PAGE_HEIGHT,
    Layout,
    PageDecoration,
    canvas_maker,
    get_layout,
)
from merchant_refunds.documents.qrcode import QrFlowable
from merchant_refunds.domain.amount_words import amount_in_words
from merchant_refunds.domain.calculation import BreakdownKind
from merchant_refunds.domain.money import CURRENCY_EXPONENTS, Money
from merchant_refunds.services import confirmations
from merchant_refunds.services.confirmations import ConfirmationData
from merchant_refunds.services.users import Actor

_GRID = colors.Color(0.55, 0.55, 0.55)
_SHADE = colors.Color(0.94, 0.94, 0.94)
_RED = colors.Color(0.8, 0.1, 0.1)
_LABEL = colors.Color(0.3, 0.3, 0.3)
_DETAIL = colors.Color(0.35, 0.35, 0.35)


@dataclass(frozen=True)
class Signature:
    """A signature drawn on screen, placed on the customer's signature line."""

    png: bytes
    signed_at: datetime


@dataclass(frozen=True)
class IssuedConfirmation:
    pdf: bytes
    print_no: int
    copy: bool
    font: FontChoice


# Formatting


@lru_cache(maxsize=64)
def _symbol(currency: str, locale: str) -> str:
    return get_currency_symbol(currency, locale=locale)


def _figures(minor: int, currency: str) -> str:
    """``1,234.50``: exact from minor units, grouping as both our locales write it."""
    exp = CURRENCY_EXPONENTS[currency]
    major, rest = divmod(abs(minor), 10**exp)
    text = f"{major:,}" + (f".{rest:0{exp}d}" if exp else "")
    return ("-" if minor < 0 else "") + text


def _qty(quantity: int) -> str:
    """Units on paper; a refund by amount takes none and shows a dash."""
    return str(quantity) if quantity else "—"


def _money(money: Money, locale: str) -> str:
    sign = "-" if money.minor < 0 else ""
    return f"{sign}{_symbol(money.currency, locale)}{_figures(abs(money.minor), money.currency)}"


@lru_cache(maxsize=512)
def _date(value: date, locale: str) -> str:
    if locale.startswith("zh"):
        return f"{value.year}年{value.month}月{value.day}日"
    return format_date(value, "medium", locale=locale)


def _datetime(value: datetime | None, locale: str) -> str:
    if value is None:
        return ""
    return f"{_date(value.date(), locale)} {value:%H:%M}"


# Styles


@dataclass(frozen=True)
class _Style:
    """Size, colour and alignment of one kind of text; the font is the document's."""

    size: float
    color: Color = colors.black
    align: str = "left"
    space_before: float = 0.0
    space_after: float = 0.0


@dataclass(frozen=True)
class _Styles:
    body: _Style
    small: _Style
    label: _Style
    shop: _Style
    title: _Style
    subtitle: _Style
    heading: _Style
    total: _Style
    copy: _Style
    notice: _Style


@lru_cache(maxsize=16)
def _styles(size: float, narrow: bool) -> _Styles:
    return _Styles(
        body=_Style(size),
        small=_Style(size - 1.5, _LABEL),
        label=_Style(size, _LABEL),
        shop=_Style(size + (3 if narrow else 6)),
        title=_Style(size + (5 if narrow else 9), align="center"),
        subtitle=_Style(size - 1, _GRID, "center"),
        heading=_Style(size + 1.5, space_before=size * 0.9, space_after=3),
        total=_Style(size + (3 if narrow else 5)),
        copy=_Style(size + 3, _RED, "center"),
        notice=_Style(size, _RED),
    )


class _Rule(Flowable):
    """A thin horizontal line across the frame."""

    def __init__(self, width: float, gap: float = 3.0, weight: float = 0.6) -> None:
        super().__init__()
        self.width = width
        self.gap = gap
        self.weight = weight

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.gap * 2

    def draw(self) -> None:
        self.canv.setLineWidth(self.weight)
        self.canv.setStrokeColor(_GRID)
        self.canv.line(0, self.gap, self.width, self.gap)


# The story


class _Builder:
    """Turns one refund's data into flowables for one layout and language."""

    def __init__(
        self,
        data: ConfirmationData,
        layout: Layout,
        lang: str,
        font: FontChoice,
        copy: bool,
        signature: Signature | None,
    ) -> None:
        self.data = data
        self.layout = layout
        self.lang = lang
        self.locale = texts.locale_for(lang)
        self.font = font.name
        self.copy = copy
        self.signature = signature
        self.s = _styles(layout.font_size, layout.narrow)
        self.width = layout.frame_width - 12  # the page frame pads 6 pt each side
        self.currency = data.refund.currency

    def t(self, key: str, **params: object) -> str:
        text = texts.LABELS[self.lang][key]
        return text.format(**params) if params else text

    def p(self, text: str, style: _Style | None = None, align: str | None = None) -> Text:
        style = style or self.s.body
        return Text(
            text,
            self.font,
            style.size,
            color=style.color,
            align=align or style.align,
            space_before=style.space_before,
            space_after=style.space_after,
        )

    def grid(self, rows: list[list[CellValue]], widths: list[float | None], **kw: Any) -> Grid:
        kw.setdefault("size", self.layout.font_size)
        return Grid(rows, widths, font=self.font, **kw)

    def story(self) -> list[Flowable]:
        flow: list[Flowable] = []
        flow += self.header()
        flow += self.title()
        flow += self.facts()
        flow += self.lines()
        flow += self.goods()
        flow += self.breakdown()
        flow += self.payout()
        flow.append(self.signatures())
        return flow

    def header(self) -> list[Flowable]:
        shop = self.data.shop
        parts = [
            shop.get("address", ""),
            f"{self.t('phone')} {shop['phone']}" if shop.get("phone") else "",
            f"{self.t('tax_number')} {shop['tax_number']}" if shop.get("tax_number") else "",
        ]
        sep = "\n" if self.layout.narrow else " · "
        contact = sep.join(x for x in parts if x)
        narrow = self.layout.narrow
        align = "center" if narrow else "left"
        logo = _logo(shop.get("logo_path", ""), 14 * mm if narrow else 16 * mm)
        block: list[Flowable] = [self.p(shop.get("name", ""), self.s.shop, align)]
        if contact:
            block.append(self.p(contact, self.s.small, align))
        if logo is not None and not narrow:
            table = self.grid(
                [[logo, block]],
                [logo.width + 4 * mm, self.width - logo.width - 4 * mm],
                padding=_NO_PADDING,
                valign="middle",
            )
            return [table, _Rule(self.width)]
        if logo is not None:
            logo.hAlign = "CENTER"
            block.insert(0, logo)
        return [*block, _Rule(self.width)]

    def title(self) -> list[Flowable]:
        flow: list[Flowable] = [
            Spacer(1, 2),
            self.p(self.t("title"), self.s.title),
            Spacer(1, 3),
            self.p(self.t("subtitle"), self.s.subtitle),
        ]
        if self.copy:
            flow.append(self.p(f"【{self.t('copy')}】", self.s.copy))
        flow.append(Spacer(1, 4))
        return flow

    def _kv_table(
        self, rows: list[list[CellValue]], widths: list[float], label_cols: tuple[int, ...] = (0,)
    ) -> Grid:
        size = self.layout.font_size
        return self.grid(
            rows,
            list(widths),
            leading=size * 1.35,
            padding=(0, 4, 1, 2),
            valign="top",
            color={c: _LABEL for c in label_cols},
        )

    def facts(self) -> list[Flowable]:
        d = self.data
        r = d.refund
        loc = self.locale
        contact = "\n".join(x for x in (d.customer_phone, d.customer_email) if x)
        pairs = [
            (self.t("refund_no"), r.refund_no),
            (self.t("requested_at"), _datetime(r.requested_at, loc)),
            (self.t("order_no"), d.order_no),
            (self.t("order_date"), _date(d.order_placed_at.date(), loc)),
            (self.t("customer"), d.customer_name),
            (self.t("contact"), contact),
            (self.t("status"), texts.label(texts.STATUSES, self.lang, r.status.value)),
            (self.t("printed_at"), _datetime(d.printed_at, loc)),
        ]
        pairs = [pair for pair in pairs if pair[1]]
        qr = QrFlowable(d.paper_code, self.layout.qr_size)
        code = self.p(f"{self.t('verify')} {d.verification_code}", self.s.small, "center")
        if self.layout.narrow:
            label_w = 18 * mm if self.lang == "zh" else 20 * mm
            value_w = self.width - label_w
            table = self._kv_table([[k, v] for k, v in pairs], [label_w, value_w])
            qr.hAlign = "CENTER"
            return [table, Spacer(1, 3), qr, code]
        half = (len(pairs) + 1) // 2
        label_w = 20 * mm if self.lang == "zh" else 24 * mm
        info_w = self.width - self.layout.qr_size - 4 * mm
        value_w = info_w / 2 - label_w
        rows: list[list[CellValue]] = [
            [left[0], left[1], right[0], right[1]]
            for left, right in zip(pairs[:half], [*pairs[half:], ("", "")], strict=False)
        ]
        info = self._kv_table(rows, [label_w, value_w, label_w, value_w], (0, 2))
        outer = self.grid(
            [[info, [qr, code]]],
            [info_w + 4 * mm, self.layout.qr_size],
            padding=_NO_PADDING,
            valign="top",
        )
        return [outer]

    def lines(self) -> list[Flowable]:
        items = self.data.quote.items
        cur = self.currency
        heading = self.p(
            f"{self.t('lines')}（{cur}）" if self.lang == "zh" else f"{self.t('lines')} ({cur})",
            self.s.heading,
        )
        rows: list[list[CellValue]]
        if self.layout.narrow:
            widths: list[float | None] = [self.width - 30 * mm, 9 * mm, 21 * mm]
            rows = [[self.t("col_name"), self.t("col_qty"), self.t("col_amount")]]
            rows += [
                [f"{i.name}\n{i.sku}", _qty(i.quantity), _figures(i.amount, cur)] for i in items
            ]
            numeric_from = 1
        else:
            header = [
                self.t("col_no"),
                self.t("col_name"),
                self.t("col_sku"),
                self.t("col_qty"),
                self.t("col_gross"),
                self.t("col_discount"),
                self.t("col_amount"),
            ]
            fixed = [9 * mm, 30 * mm, 12 * mm, 24 * mm, 22 * mm, 24 * mm]
            widths = [fixed[0], self.width - sum(fixed), *fixed[1:]]
            rows = [header]
            rows += [
                [
                    str(n),
                    i.name,
                    i.sku,
                    _qty(i.quantity),
                    _figures(i.gross, cur),
                    _figures(-i.discount, cur),
                    _figures(i.amount, cur),
                ]
                for n, i in enumerate(items, start=1)
            ]
            numeric_from = 3
        table = self.grid(
            rows,
            widths,
            size=self.layout.font_size - 0.5,
            padding=(3, 3, 2, 3),
            valign="middle",
            align={c: "right" for c in range(numeric_from, len(widths))},
            repeat_rows=1,
            rules=Rules(
                header_shade=_SHADE,
                header_line=0.8,
                row_line=0.25,
                row_line_color=_SHADE,
                end_line=0.8,
                line_color=_GRID,
            ),
        )
        return [heading, table]

    def goods(self) -> list[Flowable]:
        """The returned units as inspected: condition, and any deduction with its reason, so
        the customer sees why less is refunded."""
        units = self.data.goods.units
        if not units:
            return []
        cur = self.currency
        rows: list[list[CellValue]] = [
            [
                self.t("col_unit"),
                self.t("col_condition"),
                self.t("col_deduction"),
                self.t("col_reason"),
            ]
        ]
        rows += [
            [
                f"{u.sku} #{u.unit_no}",
                texts.label(texts.CONDITIONS, self.lang, u.condition.value),
                _figures(-u.deduction.minor, cur) if u.deduction.minor else "",
                u.deduction_reason or u.note,
            ]
            for u in units
        ]
        fixed = (
            [28 * mm, 20 * mm, 20 * mm] if not self.layout.narrow else [20 * mm, 12 * mm, 14 * mm]
        )
        table = self.grid(
            rows,
            [*fixed, self.width - sum(fixed)],
            size=self.layout.font_size - 0.5,
            padding=(3, 3, 2, 3),
            align={2: "right"},
            repeat_rows=1,
            rules=Rules(header_shade=_SHADE, header_line=0.8, end_line=0.8, line_color=_GRID),
        )
        return [self.p(self.t("goods_inspected"), self.s.heading), table]

    def breakdown(self) -> list[Flowable]:
        q = self.data.quote
        cur = self.currency
        lang = self.lang
        rows: list[list[CellValue]] = []
        items_gross = sum(i.gross for i in q.items)
        items_label = texts.label(texts.BREAKDOWN, lang, "items")
        total_row = 0
        if q.amount_kind is not None:
            items_label = texts.label(texts.AMOUNT_KINDS, lang, q.amount_kind)
        for row in self.data.breakdown:
            if row.kind in (BreakdownKind.ITEMS, BreakdownKind.AMOUNT):
                continue
            label = texts.label(texts.BREAKDOWN, lang, row.kind.value)
            detail = ""
            amount = _figures(row.amount.minor, row.amount.currency)
            if row.kind is BreakdownKind.DISCOUNT:
                rows.append([items_label, "", _figures(items_gross, cur)])
            elif row.kind is BreakdownKind.CROSS_BORDER_FEE:
                detail = f"{_figures(q.cross_border_fee, cur)} " + texts.label(
                    texts.FEE_BEARER, lang, q.cross_border_fee_bearer.value
                )
            elif row.kind is BreakdownKind.RETURN_POSTAGE and self.data.goods.postage:
                postage = self.data.goods.postage
                detail = self.t("postage_receipt", receipt=postage.receipt)
                if postage.override_reason:  # the clause says the customer bears it
                    detail += " · " + self.t("postage_exception")
            elif row.kind is BreakdownKind.TOTAL:
                detail = self.t("tax_included", tax=_figures(q.tax, cur)) if q.tax else ""
                total_row = len(rows)
            elif row.kind is BreakdownKind.CONVERSION and q.fx is not None:
                label = f"{label} {row.amount.currency}"
                detail = self.t("fx", rate=q.fx.rate, date=_date(q.fx.as_of, self.locale))
            rows.append([label, detail, amount])
        if not any(r[0] == items_label for r in rows):
            rows.insert(0, [items_label, "", _figures(items_gross, cur)])
            total_row += 1
        size = self.layout.font_size
        if self.layout.narrow:
            widths: list[float | None] = [24 * mm, self.width - 46 * mm, 22 * mm]
        else:
            widths = [40 * mm, 60 * mm, 30 * mm]
        table = self.grid(
            rows,
            widths,
            padding=(6, 6, 1.5, 1.5),
            col_size={1: size - 1.5},
            color={1: _DETAIL},
            align={1: "right", 2: "right"},
            rules=Rules(line_above_row=total_row, line_color=_GRID),
            h_align="RIGHT",
        )
        total = self.data.refund.total
        words = amount_in_words(total, lang) if total.minor >= 0 else ""
        box = self.grid(
            [
                [
                    self.p(self.t("total"), self.s.label),
                    self.p(_money(total, self.locale), self.s.total),
                ],
                [
                    self.p(self.t("in_words"), self.s.label),
                    self.p(
                        f"{words}（{total.currency}）"
                        if lang == "zh"
                        else f"{words} ({total.currency})"
                    ),
                ],
            ],
            [18 * mm if self.layout.narrow else 28 * mm, None],
            padding=(6, 6, 3, 4),
            valign="middle",
            rules=Rules(box=0.8, background=_SHADE, line_color=_GRID),
        )
        heading = self.p(self.t("breakdown"), self.s.heading)
        return [KeepTogether([heading, table, Spacer(1, 4), box])]

    def payout(self) -> list[Flowable]:
        d = self.data
        r = d.refund
        lang = self.lang
        method = texts.label(texts.PAYOUT_METHODS, lang, r.destination_method)
        if r.destination_method == "original_route":
            paid_by = texts.label(texts.PAYMENT_METHODS, lang, d.payment_method)
            method = f"{method}（{paid_by}）" if lang == "zh" else f"{method} ({paid_by})"
            destination = d.payer_account
        elif r.destination_method == "bank_transfer":
            destination = " · ".join(
                x for x in (d.destination_holder, d.destination_bank, r.destination_masked) if x
            )
        else:
            destination = ""
        pairs = [
            (self.t("payout"), method),
            (self.t("destination"), destination),
            (self.t("arrival"), self._arrival()),
            (self.t("reason"), texts.label(texts.REASONS, lang, r.reason.value)),
            (
                self.t("amount_kind"),
                texts.label(texts.AMOUNT_KINDS, lang, r.amount_kind) if r.amount_kind else "",
            ),
            (self.t("goods_return"), self.t("yes") if r.goods_return else self.t("no")),
            (
                self.t("clause"),
                texts.clause(
                    lang, r.reason.value, bool(r.quote.get("shipping")), r.amount_kind or None
                ),
            ),
            (self.t("note"), r.note.strip()),
            (
                self.t("store_credit_balance"),
                _money(d.store_credit, self.locale) if d.store_credit is not None else "",
            ),
        ]
        label_w = (16 if self.layout.narrow else 28) * mm
        if self.lang == "en":
            label_w += 6 * mm
        value_w = self.width - label_w
        table = self._kv_table([[k, v] for k, v in pairs if v], [label_w, value_w])
        flow: list[Flowable] = [Spacer(1, 6), table]
        if r.signature_required:
            flow += [Spacer(1, 3), self.p(self.t("signature_required"), self.s.notice)]
        return [KeepTogether(flow)]

    def _arrival(self) -> str:
        d = self.data
        low, high = d.arrival_days
        loc = self.locale
        if high == 0:
            return self.t("arrival_same_day", date=_date(d.arrival_earliest, loc))
        if low == high:
            return self.t("arrival_single", date=_date(d.arrival_latest, loc), days=high)
        return self.t(
            "arrival_range",
            start=_date(d.arrival_earliest, loc),
            end=_date(d.arrival_latest, loc),
            low=low,
            high=high,
        )

    def signatures(self) -> Flowable:
        narrow = self.layout.narrow
        size = self.layout.font_size
        space = (12 if narrow else 16) * mm
        sig: CellValue = ""
        sig_date = ""
        if self.signature is not None:
            sig = _signature_image(self.signature.png, space - 2 * mm, self.width / 2 - 24 * mm)
            sig_date = _date(self.signature.signed_at.date(), self.locale)
        signer = Cell(self.data.clerk_name, size=size - 1.5)
        customer: list[list[CellValue]] = [
            [self.t("customer_sign"), sig],
            [self.t("date"), sig_date],
        ]
        clerk: list[list[CellValue]] = [[self.t("clerk_sign"), signer], [self.t("date"), ""]]
        label_w = (18 if narrow else 24) * mm if self.lang == "zh" else (26 if narrow else 34) * mm
        heights = [space, 8 * mm if narrow else 9 * mm]
        block_w = self.width if narrow else self.width / 2 - 6 * mm

        def block(rows: list[list[CellValue]]) -> Grid:
            return self.grid(
                rows,
                [label_w, block_w - label_w],
                padding=(6, 6, 3, 2),
                row_heights=heights,
                color={0: _LABEL},
                rules=Rules(underline_col=1),
            )

        grid: list[Flowable]
        if narrow:
            grid = [block(customer), Spacer(1, 4 * mm), block(clerk)]
        else:
            grid = [
                self.grid(
                    [[block(customer), block(clerk)]],
                    [self.width / 2, self.width / 2],
                    padding=_NO_PADDING,
                )
            ]
        flow: list[Flowable] = [
            Spacer(1, 8),
            self.p(self.t("declaration"), self.s.small),
            Spacer(1, 2),
            *grid,
        ]
        if self.signature is not None:
            at = _datetime(self.signature.signed_at, self.locale)
            flow += [Spacer(1, 2), self.p(self.t("signed_on_screen", at=at), self.s.small)]
        return KeepTogether(flow)


_NO_PADDING = (0.0, 0.0, 0.0, 0.0)


#: Pixels of the logo's height kept: it prints at most 16 mm tall, so this is ~400 dpi.
LOGO_PIXELS = 256


@lru_cache(maxsize=8)
def _logo_reader(path: str, mtime: float) -> ImageReader:
    """The logo decoded once per file version, not once per paper, and scaled down to what
    paper shows: every paper carries the image, and a photo-sized logo made each page megabytes
    larger and slower to write."""
    with PILImage.open(path) as image:
        image.load()
        if image.mode not in ("RGB", "RGBA", "L", "LA"):
            image = image.convert("RGBA")
        if image.height > LOGO_PIXELS:
            width = max(1, round(image.width * LOGO_PIXELS / image.height))
            image = image.resize((width, LOGO_PIXELS), PILImage.Resampling.LANCZOS)
        out = io.BytesIO()
        image.save(out, "PNG")
    reader = ImageReader(io.BytesIO(out.getvalue()))
    reader.getRGBData()  # decode now: an unreadable file fails here, not while drawing
    return reader


def _logo(path: str, height: float) -> Picture | None:
    """The shop's logo scaled to ``height``; a missing or unreadable file prints no logo."""
    if not path or not os.path.isfile(path):
        return None
    try:
        reader = _logo_reader(path, os.path.getmtime(path))
    except (OSError, ValueError, PILImage.DecompressionBombError):
        return None
    image_w, image_h = reader.getSize()
    ratio = image_w / image_h if image_h else 1
    return Picture(reader, min(height * ratio, 60 * mm), height)


def _signature_image(png: bytes, max_height: float, max_width: float) -> Image:
    image = Image(io.BytesIO(png))
    ratio = image.imageWidth / image.imageHeight if image.imageHeight else 1
    height = max_height
    width = height * ratio
    if width > max_width:
        width, height = max_width, max_width / ratio
    image.drawWidth, image.drawHeight = width, height
    image.hAlign = "LEFT"
    return image


# Rendering


def _content_height(story: list[Flowable], width: float) -> float:
    total = 0.0
    for flowable in story:
        if isinstance(flowable, KeepTogether):  # it reports a huge height to force a split
            total += _content_height(flowable._content, width)
            continue
        _, height = flowable.wrap(width, MAX_PAGE_HEIGHT)
        total += height + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


class _StartPaper(Flowable):
    """Takes no room; tells the canvas that a new confirmation (with its own page numbers,
    running header and copy stamp) starts on this page, and reports the ``done`` before it."""

    def __init__(
        self, decoration: PageDecoration, done: int, total: int, progress: Progress | None
    ) -> None:
        super().__init__()
        self.decoration = decoration
        self.done = done
        self.total = total
        self.progress = progress

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0.0, 0.0

    def draw(self) -> None:
        self.canv.start_paper(self.decoration)
        if self.progress is not None and self.done:
            self.progress(self.done, self.total)


#: Called with (confirmations laid out so far, all of them); it may raise to stop the batch.
Progress = Callable[[int, int], None]


def render_data(
    data: ConfirmationData,
    layout: str = "a4",
    lang: str = "zh",
    *,
    copy: bool = False,
    signature: Signature | None = None,
    font: FontChoice | None = None,
) -> bytes:
    """The PDF for already collected data (the single-refund and benchmark entry point)."""
    return render_many([data], layout, lang, copies=[copy], signature=signature, font=font)


def render_many(
    datas: Sequence[ConfirmationData],
    layout: str = "a4",
    lang: str = "zh",
    *,
    copies: Sequence[bool] | None = None,
    signature: Signature | None = None,
    font: FontChoice | None = None,
    progress: Progress | None = None,
) -> bytes:
    """One PDF holding the confirmations of ``datas`` one after the other, each starting on a
    new page with its own "page x of y", running header and copy stamp (``copies``, per paper).

    One file shares one embedded font subset, so a batch is much smaller and faster than as
    many separate files. Receipts get a page each, as long as that receipt's content.
    """
    if not datas:
        raise ValueError("no confirmations to render")
    page = get_layout(layout)
    code = texts.norm_lang(lang)
    words = texts.LABELS[code]
    choice = font or shop_font()
    marks = list(copies) if copies is not None else [False] * len(datas)
    bottom = page.margin + (14 if page.narrow else 4 * mm)
    templates: list[PageTemplate] = []
    story: list[Flowable] = []
    for index, (data, copy) in enumerate(zip(datas, marks, strict=True)):
        builder = _Builder(data, page, code, choice, copy, signature)
        paper = builder.story()
        height = page.height
        if not height:
            # A roll is cut where the text ends: measure the story for one page that long.
            height = min(
                MAX_PAGE_HEIGHT,
                _content_height(paper, builder.width) + page.margin + bottom + 24,
            )
        if not templates or not page.height:
            frame = Frame(page.margin, bottom, page.frame_width, height - page.margin - bottom)
            templates.append(PageTemplate(f"paper{index}", [frame], pagesize=(page.width, height)))
            if index:
                story.append(NextPageTemplate(f"paper{index}"))
        if index:
            story.append(PageBreak())
        decoration = PageDecoration(
            font=choice.name,
            layout=page,
            page_template=words["page"],
            left_footer=f"{words['verify']} {data.paper_code}",
            running_header=f"{words['title']}{words['continued']} {data.refund.refund_no}",
            copy_mark="" if page.narrow or not copy else words["copy"],
        )
        story.append(_StartPaper(decoration, index, len(datas), progress))
        story += paper
    first = datas[0]
    title = f"{words['title']} {first.refund.refund_no}"
    if len(datas) > 1:
        title += f" (+{len(datas) - 1})"
    out = io.BytesIO()
    doc = BaseDocTemplate(
        out,
        pagesize=templates[0].pagesize,
        pageTemplates=templates,
        leftMargin=page.margin,
        rightMargin=page.margin,
        topMargin=page.margin,
        bottomMargin=bottom,
        title=title,
        author=first.shop.get("name", ""),
        subject=first.paper_code if len(datas) == 1 else "",
        creator="Merchant Refunds",
        initialFontName=choice.name,
        initialFontSize=page.font_size,
        lang="zh-CN" if code == "zh" else "en-US",
    )
    doc.build(story, canvasmaker=canvas_maker())
    if progress is not None:
        progress(len(datas), len(datas))
    return out.getvalue()


@dataclass(frozen=True)
class RenderedBatch:
    """Several refunds' next prints in one PDF, with what each paper says and whether it is a
    copy (in the order asked for)."""

    pdf: bytes
    papers: list[ConfirmationData]
    copies: list[bool]


def render_batch(
    refund_nos: Sequence[str],
    layout: str = "a4",
    lang: str = "zh",
    *,
    progress: Progress | None = None,
) -> RenderedBatch:
    """The confirmations of ``refund_nos`` as their next prints will be, in one PDF: read in a
    few queries, each marked COPY where it was printed before. Nothing is counted here."""
    papers = confirmations.confirmation_data_many(refund_nos)
    counts = confirmations.print_counts([p.refund.refund_no for p in papers])
    copies = [counts[p.refund.refund_no] > 0 for p in papers]
    pdf = render_many(papers, layout, lang, copies=copies, progress=progress)
    return RenderedBatch(pdf, papers, copies)


def render_confirmation(
    refund_no: str,
    layout: str = "a4",
    lang: str = "zh",
    copy: bool = False,
    *,
    signature: Signature | None = None,
) -> bytes:
    """The confirmation of ``refund_no`` as PDF bytes. ``copy`` marks a reprint 副本 / COPY."""
    return render_data(
        confirmations.confirmation_data(refund_no), layout, lang, copy=copy, signature=signature
    )


def issue_confirmation(
    actor: Actor, refund_no: str, layout: str = "a4", lang: str = "zh"
) -> IssuedConfirmation:
    """Render for printing or saving and count it: every print after the first says copy."""
    copy = confirmations.print_count(refund_no) > 0
    pdf = render_confirmation(refund_no, layout, lang, copy)
    number = confirmations.record_print(actor, refund_no, layout=layout, lang=texts.norm_lang(lang))
    return IssuedConfirmation(pdf, number, number > 1, shop_font())

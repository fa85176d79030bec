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
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from xml.sax.saxutils import escape

from babel.dates import format_date
from babel.numbers import get_currency_symbol
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    Image,
    KeepTogether,
    LongTable,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from merchant_refunds.documents import texts
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
class _Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    label: ParagraphStyle
    shop: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    total: ParagraphStyle
    right: ParagraphStyle
    cell: ParagraphStyle
    copy: ParagraphStyle
    notice: ParagraphStyle


@lru_cache(maxsize=16)
def _styles(font: str, size: float, narrow: bool, lang: str) -> _Styles:
    def style(name: str, **kw: object) -> ParagraphStyle:
        kw.setdefault("fontName", font)
        kw.setdefault("fontSize", size)
        kw.setdefault("leading", float(kw["fontSize"]) * 1.35)  # type: ignore[arg-type]
        if lang == "zh":  # break anywhere between Chinese characters, at spaces in English
            kw.setdefault("wordWrap", "CJK")
        return ParagraphStyle(name, **kw)  # type: ignore[arg-type]

    return _Styles(
        body=style("body"),
        small=style("small", fontSize=size - 1.5, textColor=colors.Color(0.3, 0.3, 0.3)),
        label=style("label", textColor=colors.Color(0.3, 0.3, 0.3)),
        shop=style("shop", fontSize=size + (3 if narrow else 6)),
        title=style("title", fontSize=size + (5 if narrow else 9), alignment=TA_CENTER),
        subtitle=style("subtitle", fontSize=size - 1, alignment=TA_CENTER, textColor=_GRID),
        heading=style("heading", fontSize=size + 1.5, spaceBefore=size * 0.9, spaceAfter=3),
        total=style("total", fontSize=size + (3 if narrow else 5)),
        right=style("right", alignment=TA_RIGHT),
        cell=style("cell", fontSize=size - 0.5),
        copy=style("copy", fontSize=size + 3, alignment=TA_CENTER, textColor=_RED),
        notice=style("notice", textColor=_RED),
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
        self.s = _styles(font.name, layout.font_size, layout.narrow, lang)
        self.width = layout.frame_width - 12  # SimpleDocTemplate's frame pads 6 pt each side
        self.currency = data.refund.currency

    def t(self, key: str, **params: object) -> str:
        text = texts.LABELS[self.lang][key]
        return text.format(**params) if params else text

    def p(self, text: str, style: ParagraphStyle | None = None) -> Paragraph:
        return Paragraph(escape(text).replace("\n", "<br/>"), style or self.s.body)

    def story(self) -> list[Flowable]:
        flow: list[Flowable] = []
        flow += self.header()
        flow += self.title()
        flow += self.facts()
        flow += self.lines()
        flow += self.breakdown()
        flow += self.payout()
        flow.append(self.signatures())
        return flow

    def header(self) -> list[Flowable]:
        shop = self.data.shop
        parts = [
            escape(shop.get("address", "")),
            f"{self.t('phone')} {escape(shop['phone'])}" if shop.get("phone") else "",
            f"{self.t('tax_number')} {escape(shop['tax_number'])}"
            if shop.get("tax_number")
            else "",
        ]
        sep = "<br/>" if self.layout.narrow else " · "
        contact = sep.join(x for x in parts if x)
        block: list[Flowable] = [Paragraph(escape(shop.get("name", "")), self.s.shop)]
        if contact:
            block.append(Paragraph(contact, self.s.small))
        logo = _logo(shop.get("logo_path", ""), 14 * mm if self.layout.narrow else 16 * mm)
        if logo is not None and not self.layout.narrow:
            table = Table(
                [[logo, block]],
                colWidths=[logo.drawWidth + 4 * mm, self.width - logo.drawWidth - 4 * mm],
                style=[("VALIGN", (0, 0), (-1, -1), "MIDDLE"), *_no_padding(self.font)],
                hAlign="LEFT",
            )
            return [table, _Rule(self.width)]
        if logo is not None:
            logo.hAlign = "CENTER"
            block.insert(0, logo)
            for item in block:
                if isinstance(item, Paragraph):
                    item.style = ParagraphStyle("c", parent=item.style, alignment=TA_CENTER)
        return [*block, _Rule(self.width)]

    def title(self) -> list[Flowable]:
        flow: list[Flowable] = [
            Spacer(1, 2),
            Paragraph(escape(self.t("title")), self.s.title),
            Spacer(1, 3),
            Paragraph(escape(self.t("subtitle")), self.s.subtitle),
        ]
        if self.copy:
            flow.append(Paragraph(f"【{escape(self.t('copy'))}】", self.s.copy))
        flow.append(Spacer(1, 4))
        return flow

    def fit(self, text: str, width: float, style: ParagraphStyle | None = None) -> object:
        """Plain text where it fits on its lines (cheap to lay out), a wrapping Paragraph if not."""
        style = style or self.s.body
        room = width - 4.5  # the table cell's padding
        if all(stringWidth(line, self.font, style.fontSize) <= room for line in text.split("\n")):
            return text
        return self.p(text, style)

    def _kv_rows(self, pairs: list[tuple[str, str]], value_w: float) -> list[list[object]]:
        return [[k, self.fit(v, value_w)] for k, v in pairs if v]

    def _kv_table(
        self, rows: list[list[object]], widths: list[float], label_cols: tuple[int, ...] = (0,)
    ) -> Table:
        size = self.layout.font_size
        style = [
            ("FONT", (0, 0), (-1, -1), self.font, size, size * 1.35),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ]
        style += [("TEXTCOLOR", (c, 0), (c, -1), _LABEL) for c in label_cols]
        return Table(rows, colWidths=widths, style=style, hAlign="LEFT")

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
        qr = QrFlowable(d.paper_code, self.layout.qr_size)
        code = Paragraph(
            f"{escape(self.t('verify'))} {escape(d.verification_code)}",
            ParagraphStyle("code", parent=self.s.small, alignment=TA_CENTER),
        )
        if self.layout.narrow:
            label_w = 18 * mm if self.lang == "zh" else 20 * mm
            value_w = self.width - label_w
            table = self._kv_table(self._kv_rows(pairs, value_w), [label_w, value_w])
            qr.hAlign = "CENTER"
            return [table, Spacer(1, 3), qr, code]
        pairs = [pair for pair in pairs if pair[1]]
        half = (len(pairs) + 1) // 2
        label_w = 20 * mm if self.lang == "zh" else 24 * mm
        info_w = self.width - self.layout.qr_size - 4 * mm
        value_w = info_w / 2 - label_w
        rows = []
        for left, right in zip(pairs[:half], [*pairs[half:], ("", "")], strict=False):
            rows.append(
                [left[0], self.fit(left[1], value_w), right[0], self.fit(right[1], value_w)]
            )
        info = self._kv_table(rows, [label_w, value_w, label_w, value_w], (0, 2))
        qr_block = [qr, code]
        outer = Table(
            [[info, qr_block]],
            colWidths=[info_w + 4 * mm, self.layout.qr_size],
            style=[("VALIGN", (0, 0), (-1, -1), "TOP"), *_no_padding(self.font)],
        )
        return [outer]

    def lines(self) -> list[Flowable]:
        items = self.data.quote.items
        cur = self.currency
        heading = Paragraph(
            f"{escape(self.t('lines'))}（{cur}）"
            if self.lang == "zh"
            else f"{escape(self.t('lines'))} ({cur})",
            self.s.heading,
        )
        cell = self.s.cell
        if self.layout.narrow:
            widths = [self.width - 30 * mm, 9 * mm, 21 * mm]
            name_w = widths[0]
            header = [self.t("col_name"), self.t("col_qty"), self.t("col_amount")]
            rows: list[list[object]] = [header]
            for i in items:
                rows.append(
                    [
                        self.fit(f"{i.name}\n{i.sku}", name_w, cell),
                        str(i.quantity),
                        _figures(i.amount, cur),
                    ]
                )
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
            name_w = widths[1]
            rows = [header]
            for n, i in enumerate(items, start=1):
                rows.append(
                    [
                        str(n),
                        self.fit(i.name, name_w, cell),
                        self.fit(i.sku, 30 * mm, cell),
                        str(i.quantity),
                        _figures(i.gross, cur),
                        _figures(-i.discount, cur),
                        _figures(i.amount, cur),
                    ]
                )
            numeric_from = 3
        size = self.layout.font_size - 0.5
        table = LongTable(rows, colWidths=widths, repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), self.font, size),
                    ("BACKGROUND", (0, 0), (-1, 0), _SHADE),
                    ("LINEABOVE", (0, 0), (-1, 0), 0.8, _GRID),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.8, _GRID),
                    ("LINEBELOW", (0, -1), (-1, -1), 0.8, _GRID),
                    ("LINEBELOW", (0, 1), (-1, -2), 0.25, _SHADE),
                    ("ALIGN", (numeric_from, 0), (-1, -1), "RIGHT"),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        return [heading, table]

    def breakdown(self) -> list[Flowable]:
        q = self.data.quote
        cur = self.currency
        lang = self.lang
        rows: list[list[str]] = []
        items_gross = sum(i.gross for i in q.items)
        total_row = 0
        for row in self.data.breakdown:
            if row.kind is BreakdownKind.ITEMS:
                continue
            label = texts.label(texts.BREAKDOWN, lang, row.kind.value)
            detail = ""
            amount = _figures(row.amount.minor, row.amount.currency)
            if row.kind is BreakdownKind.DISCOUNT:
                rows.append(
                    [
                        texts.label(texts.BREAKDOWN, lang, "items"),
                        "",
                        _figures(items_gross, cur),
                    ]
                )
            elif row.kind is BreakdownKind.CROSS_BORDER_FEE:
                detail = f"{_figures(q.cross_border_fee, cur)} " + texts.label(
                    texts.FEE_BEARER, lang, q.cross_border_fee_bearer.value
                )
            elif row.kind is BreakdownKind.TOTAL:
                detail = self.t("tax_included", tax=_figures(q.tax, cur)) if q.tax else ""
                total_row = len(rows)
            elif row.kind is BreakdownKind.CONVERSION and q.fx is not None:
                label = f"{label} {row.amount.currency}"
                detail = self.t("fx", rate=q.fx.rate, date=_date(q.fx.as_of, self.locale))
            rows.append([label, detail, amount])
        if not any(texts.label(texts.BREAKDOWN, lang, "items") == r[0] for r in rows):
            rows.insert(
                0, [texts.label(texts.BREAKDOWN, lang, "items"), "", _figures(items_gross, cur)]
            )
            total_row += 1
        size = self.layout.font_size
        if self.layout.narrow:
            widths = [24 * mm, self.width - 46 * mm, 22 * mm]
        else:
            widths = [40 * mm, 60 * mm, 30 * mm]
        table = Table(rows, colWidths=widths, hAlign="RIGHT")
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), self.font, size),
                    ("FONT", (1, 0), (1, -1), self.font, size - 1.5),
                    ("TEXTCOLOR", (1, 0), (1, -1), colors.Color(0.35, 0.35, 0.35)),
                    ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                    ("LINEABOVE", (0, total_row), (-1, total_row), 0.8, _GRID),
                    ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ]
            )
        )
        total = self.data.refund.total
        words = amount_in_words(total, lang) if total.minor >= 0 else ""
        box = Table(
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
            colWidths=[18 * mm if self.layout.narrow else 28 * mm, None],
            style=[
                ("FONT", (0, 0), (-1, -1), self.font),
                ("BOX", (0, 0), (-1, -1), 0.8, _GRID),
                ("BACKGROUND", (0, 0), (-1, -1), _SHADE),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ],
        )
        heading = Paragraph(escape(self.t("breakdown")), self.s.heading)
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
            (self.t("goods_return"), self.t("yes") if r.goods_return else self.t("no")),
            (self.t("clause"), texts.label(texts.CLAUSES, lang, r.reason.value)),
            (self.t("note"), r.note.strip()),
        ]
        label_w = (16 if self.layout.narrow else 28) * mm
        if self.lang == "en":
            label_w += 6 * mm
        value_w = self.width - label_w
        table = self._kv_table(self._kv_rows(pairs, value_w), [label_w, value_w])
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
        space = (12 if narrow else 16) * mm
        sig: Flowable | str = ""
        sig_date = ""
        if self.signature is not None:
            sig = _signature_image(self.signature.png, space - 2 * mm, self.width / 2 - 24 * mm)
            sig_date = _date(self.signature.signed_at.date(), self.locale)
        signer = self.data.clerk_name
        customer = [[self.t("customer_sign"), sig], [self.t("date"), sig_date]]
        clerk = [[self.t("clerk_sign"), signer], [self.t("date"), ""]]
        label_w = (18 if narrow else 24) * mm if self.lang == "zh" else (26 if narrow else 34) * mm
        style = [
            ("FONT", (0, 0), (-1, -1), self.font, self.layout.font_size),
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LINEBELOW", (1, 0), (1, -1), 0.6, colors.black),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("TEXTCOLOR", (0, 0), (0, -1), _LABEL),
            ("FONT", (1, 0), (1, 0), self.font, self.layout.font_size - 1.5),
        ]
        if narrow:
            block_w = self.width
            heights = [space, 8 * mm]
            blocks: list[Flowable] = [
                Table(
                    customer,
                    colWidths=[label_w, block_w - label_w],
                    rowHeights=heights,
                    style=style,
                ),
                Spacer(1, 4 * mm),
                Table(
                    clerk, colWidths=[label_w, block_w - label_w], rowHeights=heights, style=style
                ),
            ]
            grid = blocks
        else:
            block_w = self.width / 2 - 6 * mm
            heights = [space, 9 * mm]
            table = Table(
                [
                    [
                        Table(
                            customer,
                            colWidths=[label_w, block_w - label_w],
                            rowHeights=heights,
                            style=style,
                        ),
                        Table(
                            clerk,
                            colWidths=[label_w, block_w - label_w],
                            rowHeights=heights,
                            style=style,
                        ),
                    ]
                ],
                colWidths=[self.width / 2, self.width / 2],
                style=_no_padding(self.font),
            )
            grid = [table]
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


def _no_padding(font: str) -> list[tuple[object, ...]]:
    return [
        ("FONT", (0, 0), (-1, -1), font),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]


@lru_cache(maxsize=8)
def _logo_bytes(path: str, mtime: float) -> bytes:
    with open(path, "rb") as fh:
        return fh.read()


def _logo(path: str, height: float) -> Image | None:
    """The shop's logo scaled to ``height``; a missing or unreadable file prints no logo."""
    if not path or not os.path.isfile(path):
        return None
    try:
        data = _logo_bytes(path, os.path.getmtime(path))
        image = Image(io.BytesIO(data))
    except (OSError, ValueError):
        return None
    ratio = image.imageWidth / image.imageHeight if image.imageHeight else 1
    image.drawHeight = height
    image.drawWidth = min(height * ratio, 60 * mm)
    return image


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


def _content_height(story: list[Flowable], width: float, font: str) -> float:
    scratch = Canvas(io.BytesIO(), initialFontName=font)
    total = 0.0
    for flowable in story:
        if isinstance(flowable, KeepTogether):  # it reports a huge height to force a split
            total += _content_height(flowable._content, width, font)
            continue
        _, height = flowable.wrapOn(scratch, width, MAX_PAGE_HEIGHT)
        total += height + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


def render_data(
    data: ConfirmationData,
    layout: str = "a4",
    lang: str = "zh",
    *,
    copy: bool = False,
    signature: Signature | None = None,
    font: FontChoice | None = None,
) -> bytes:
    """The PDF for already collected data (the batch and benchmark entry point)."""
    page = get_layout(layout)
    code = texts.norm_lang(lang)
    choice = font or shop_font()
    builder = _Builder(data, page, code, choice, copy, signature)
    story = builder.story()
    bottom = page.margin + (14 if page.narrow else 4 * mm)
    height = page.height
    if not height:
        # A roll is cut where the text ends: measure the story for one page of the right length.
        height = min(
            MAX_PAGE_HEIGHT,
            _content_height(story, builder.width, choice.name) + page.margin + bottom + 24,
        )
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=(page.width, height),
        leftMargin=page.margin,
        rightMargin=page.margin,
        topMargin=page.margin,
        bottomMargin=bottom,
        title=f"{texts.LABELS[code]['title']} {data.refund.refund_no}",
        author=data.shop.get("name", ""),
        subject=data.paper_code,
        creator="Merchant Refunds",
        initialFontName=choice.name,
        initialFontSize=page.font_size,
        lang="zh-CN" if code == "zh" else "en-US",
    )
    decoration = PageDecoration(
        font=choice.name,
        layout=page,
        page_template=texts.LABELS[code]["page"],
        left_footer=f"{texts.LABELS[code]['verify']} {data.paper_code}",
        running_header=(
            f"{texts.LABELS[code]['title']}{texts.LABELS[code]['continued']} "
            f"{data.refund.refund_no}"
        ),
        copy_mark="" if page.narrow or not copy else texts.LABELS[code]["copy"],
    )
    doc.build(story, canvasmaker=canvas_maker(decoration))
    return out.getvalue()


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

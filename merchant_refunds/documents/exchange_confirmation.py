"""The exchange confirmation (换货确认单): what came back, what went out, and how the difference
was settled, for the customer to sign. The same paper layouts as the refund confirmation (A4,
Letter, the 80 mm receipt roll), the same blocks and page decoration, in either language.
"""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Spacer

from merchant_refunds.documents import texts
from merchant_refunds.documents.blocks import CellValue, Grid, Rules, Text
from merchant_refunds.documents.fonts import FontChoice, shop_font
from merchant_refunds.documents.pages import (
    MAX_PAGE_HEIGHT,
    Layout,
    PageDecoration,
    canvas_maker,
    get_layout,
)
from merchant_refunds.domain.money import Money
from merchant_refunds.services.exchanges import ExchangePaper, exchange_paper

_GRID = colors.Color(0.55, 0.55, 0.55)
_SHADE = colors.Color(0.94, 0.94, 0.94)
_LABEL = colors.Color(0.3, 0.3, 0.3)

#: The exchange paper's own words; the rest (reasons, payout methods, page numbers, signature
#: lines) are the refund confirmation's, from ``documents.texts``.
WORDS: dict[str, dict[str, str]] = {
    "zh": {
        "title": "换货确认单",
        "subtitle": "Exchange Confirmation",
        "exchange_no": "换货单号",
        "recorded_at": "办理时间",
        "reason": "换货原因",
        "back": "退回商品",
        "out": "换出商品",
        "col_value": "金额",
        "back_value": "退回商品价值",
        "out_value": "换出商品价值",
        "refund": "差价退款",
        "collected": "顾客补差价",
        "even": "差价",
        "even_text": "无差价，不涉及款项",
        "refund_no": "退款单号 {refund_no}（按退款流程审批、付款）",
        "receipt": "收款凭证号",
        "cancelled": "本换货已撤销：{reason}",
        "declaration": "本人确认已退回上述商品并收到换出商品，差价按上述方式处理。",
    },
    "en": {
        "title": "Exchange Confirmation",
        "subtitle": "换货确认单",
        "exchange_no": "Exchange no.",
        "recorded_at": "Recorded",
        "reason": "Reason",
        "back": "Items returned",
        "out": "Items given",
        "col_value": "Amount",
        "back_value": "Value of items returned",
        "out_value": "Value of items given",
        "refund": "Difference refunded",
        "collected": "Difference paid by the customer",
        "even": "Difference",
        "even_text": "none: no money changes hands",
        "refund_no": "refund {refund_no} (approved and paid as every refund)",
        "receipt": "Receipt no.",
        "cancelled": "This exchange was cancelled: {reason}",
        "declaration": (
            "I confirm that I returned the items above and received the items given, and that "
            "the difference is settled as stated."
        ),
    },
}


def _money(minor: int, currency: str, locale: str) -> str:
    return Money(minor, currency).format(locale)


class _Builder:
    def __init__(self, paper: ExchangePaper, layout: Layout, lang: str, font: FontChoice) -> None:
        self.paper = paper
        self.layout = layout
        self.lang = lang
        self.locale = texts.locale_for(lang)
        self.font = font.name
        self.size = layout.font_size
        self.width = layout.frame_width - 12

    def w(self, key: str, **params: object) -> str:
        text = WORDS[self.lang][key]
        return text.format(**params) if params else text

    def t(self, key: str) -> str:
        return texts.LABELS[self.lang][key]

    def p(self, text: str, size: float | None = None, align: str = "left", **kw: object) -> Text:
        return Text(text, self.font, size or self.size, align=align, **kw)

    def grid(self, rows: list[list[CellValue]], widths: list[float | None], **kw: object) -> Grid:
        kw.setdefault("size", self.size)
        return Grid(rows, widths, font=self.font, **kw)

    def kv(self, pairs: list[tuple[str, str]]) -> Grid:
        label_w = (22 if self.layout.narrow else 34) * mm
        if self.lang == "en":
            label_w += (12 if self.layout.narrow else 18) * mm
        rows: list[list[CellValue]] = [[k, v] for k, v in pairs if v]
        return self.grid(
            rows,
            [label_w, self.width - label_w],
            leading=self.size * 1.35,
            padding=(0, 4, 1, 2),
            valign="top",
            color={0: _LABEL},
        )

    def story(self) -> list[Flowable]:
        p = self.paper
        d = p.exchange
        shop = p.shop
        narrow = self.layout.narrow
        center = "center"
        flow: list[Flowable] = [
            self.p(
                shop.get("name", ""), self.size + (3 if narrow else 6), center if narrow else "left"
            ),
            Spacer(1, 4),
            self.p(self.w("title"), self.size + (5 if narrow else 9), center),
            Spacer(1, 3),
            self.p(self.w("subtitle"), self.size - 1, center, color=_GRID),
            Spacer(1, 6),
            self.kv(
                [
                    (self.w("exchange_no"), d.exchange_no),
                    (self.w("recorded_at"), f"{d.recorded_at:%Y-%m-%d %H:%M}"),
                    (self.t("order_no"), d.order_no),
                    (self.t("order_date"), f"{p.order_placed_at:%Y-%m-%d}"),
                    (self.t("customer"), p.customer_name),
                    (self.t("contact"), p.customer_phone),
                    (self.w("reason"), texts.label(texts.REASONS, self.lang, d.reason.value)),
                    (self.t("printed_at"), f"{p.printed_at:%Y-%m-%d %H:%M}"),
                ]
            ),
        ]
        flow += self.items(self.w("back"), d.back)
        flow += self.items(self.w("out"), d.out)
        flow += [Spacer(1, 6), self.kv(self.settlement())]
        if d.cancelled_at:
            flow += [Spacer(1, 3), self.p(self.w("cancelled", reason=d.cancel_reason))]
        flow += self.signatures()
        return flow

    def items(self, heading: str, items: list[dict]) -> list[Flowable]:
        cur = self.paper.exchange.currency
        last = self.w("col_value")
        rows: list[list[CellValue]] = [
            [self.t("col_name"), self.t("col_sku"), self.t("col_qty"), last]
        ]
        rows += [
            [i["name"], i["sku"], str(i["quantity"]), _money(i["amount"], cur, self.locale)]
            for i in items
        ]
        fixed = [26 * mm, 10 * mm, 24 * mm] if not self.layout.narrow else [0.0, 8 * mm, 20 * mm]
        if self.layout.narrow:
            rows = [[f"{r[0]}\n{r[1]}" if i else r[0], r[2], r[3]] for i, r in enumerate(rows)]
            widths: list[float | None] = [self.width - sum(fixed), *fixed[1:]]
        else:
            widths = [self.width - sum(fixed), *fixed]
        numeric = len(widths) - 2
        table = self.grid(
            rows,
            widths,
            size=self.size - 0.5,
            padding=(3, 3, 2, 3),
            valign="middle",
            align={c: "right" for c in range(numeric, len(widths))},
            repeat_rows=1,
            rules=Rules(
                header_shade=_SHADE, header_line=0.8, row_line=0.25, row_line_color=_SHADE,
                end_line=0.8, line_color=_GRID,
            ),
        )  # fmt: skip
        return [self.p(f"{heading} ({cur})", self.size + 1.5, space_before=self.size * 0.9,
                       space_after=3), table]  # fmt: skip

    def settlement(self) -> list[tuple[str, str]]:
        d = self.paper.exchange
        cur = d.currency
        loc = self.locale
        pairs = [
            (self.w("back_value"), _money(d.back_value.minor, cur, loc)),
            (self.w("out_value"), _money(d.out_value.minor, cur, loc)),
        ]
        diff = _money(abs(d.difference.minor), cur, loc)
        if d.settlement.value == "refund":
            method = texts.label(texts.PAYOUT_METHODS, self.lang, self.paper.refund_method)
            sep = "，" if self.lang == "zh" else ", "
            pairs.append(
                (
                    self.w("refund"),
                    f"{diff}{sep}{method}{sep}" + self.w("refund_no", refund_no=d.refund_no),
                )
            )
        elif d.settlement.value == "collected":
            pairs.append((self.w("collected"), diff))
            pairs.append((self.w("receipt"), d.receipt_no))
        else:
            pairs.append((self.w("even"), self.w("even_text")))
        if d.note.strip():
            pairs.append((self.t("note"), d.note.strip()))
        return pairs

    def signatures(self) -> list[Flowable]:
        narrow = self.layout.narrow
        label_w = (18 if narrow else 24) * mm if self.lang == "zh" else (26 if narrow else 34) * mm
        block_w = self.width if narrow else self.width / 2 - 6 * mm
        heights = [(12 if narrow else 16) * mm, 8 * mm]

        def block(rows: list[list[CellValue]]) -> Grid:
            return self.grid(
                rows,
                [label_w, block_w - label_w],
                padding=(6, 6, 3, 2),
                row_heights=heights,
                color={0: _LABEL},
                rules=Rules(underline_col=1),
            )

        customer = block([[self.t("customer_sign"), ""], [self.t("date"), ""]])
        clerk = block([[self.t("clerk_sign"), self.paper.clerk_name], [self.t("date"), ""]])
        if narrow:
            grid: list[Flowable] = [customer, Spacer(1, 4 * mm), clerk]
        else:
            grid = [
                self.grid(
                    [[customer, clerk]],
                    [self.width / 2, self.width / 2],
                    padding=(0.0, 0.0, 0.0, 0.0),
                )
            ]
        return [Spacer(1, 8), self.p(self.w("declaration"), self.size - 1.5), Spacer(1, 2), *grid]


def render_exchange_paper(
    paper: ExchangePaper, layout: str = "a4", lang: str = "zh", *, font: FontChoice | None = None
) -> bytes:
    """The exchange confirmation as PDF bytes, in ``layout`` and ``lang`` (zh or en)."""
    page = get_layout(layout)
    code = texts.norm_lang(lang)
    words = texts.LABELS[code]
    choice = font or shop_font()
    builder = _Builder(paper, page, code, choice)
    story = builder.story()
    bottom = page.margin + (14 if page.narrow else 4 * mm)
    height = page.height
    if not height:  # a roll is cut where the text ends
        content = sum(
            f.wrap(builder.width, MAX_PAGE_HEIGHT)[1] + f.getSpaceBefore() + f.getSpaceAfter()
            for f in story
        )
        height = min(MAX_PAGE_HEIGHT, content + page.margin + bottom + 24)
    frame = Frame(page.margin, bottom, page.frame_width, height - page.margin - bottom)
    template = PageTemplate("exchange", [frame], pagesize=(page.width, height))
    decoration = PageDecoration(
        font=choice.name,
        layout=page,
        page_template=words["page"],
        left_footer=f"{words['verify']} {paper.paper_code}",
        running_header=f"{WORDS[code]['title']}{words['continued']} {paper.exchange.exchange_no}",
    )
    out = io.BytesIO()
    doc = BaseDocTemplate(
        out,
        pagesize=template.pagesize,
        pageTemplates=[template],
        leftMargin=page.margin,
        rightMargin=page.margin,
        topMargin=page.margin,
        bottomMargin=bottom,
        title=f"{WORDS[code]['title']} {paper.exchange.exchange_no}",
        author=paper.shop.get("name", ""),
        subject=paper.paper_code,
        creator="Merchant Refunds",
        initialFontName=choice.name,
        initialFontSize=page.font_size,
        lang="zh-CN" if code == "zh" else "en-US",
    )
    doc.build(story, canvasmaker=canvas_maker(decoration))
    return out.getvalue()


def render_exchange(exchange_no: str, layout: str = "a4", lang: str = "zh") -> bytes:
    """The confirmation of ``exchange_no`` as PDF bytes."""
    return render_exchange_paper(exchange_paper(exchange_no), layout, lang)

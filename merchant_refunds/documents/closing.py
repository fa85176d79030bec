"""The daily closing (日结单) on paper: the day's figures, the running totals, the anchor code.

The owner prints it and keeps it away from the computer; the anchor code is set large so it can
be copied by hand into ``audit verify --anchor`` years later. Like the confirmation, it is
printed in Chinese or English (with the title in both), with the shop's CJK font embedded.
"""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table

from merchant_refunds.documents.fonts import shop_font
from merchant_refunds.documents.pages import PageDecoration, canvas_maker, get_layout
from merchant_refunds.documents.texts import CLOSING, norm_lang
from merchant_refunds.domain.closing import GRAND_ITEMS, PAYOUT_ITEMS, REFUND_ITEMS
from merchant_refunds.domain.money import Money
from merchant_refunds.services.closing import Closing

_GRID = colors.Color(0.6, 0.6, 0.6)
_SHADE = colors.Color(0.93, 0.93, 0.93)


def amount_text(minor: int, currency: str) -> str:
    """``1,234.50``: grouped, exact to the minor unit (the currency has its own column)."""
    money = Money(minor, currency)
    return format(money.amount, f",.{money.exponent}f")


#: Column shares of the figures' tables (item, currency, count, amount) and of the late list.
_FIGURE_COLUMNS = (0.40, 0.14, 0.16, 0.30)
_LATE_COLUMNS = (0.35, 0.25, 0.40)


def _table(
    rows: list[list[str]],
    font: str,
    width: float,
    shares: tuple[float, ...] = _FIGURE_COLUMNS,
    extra: tuple[tuple, ...] = (("ALIGN", (2, 1), (-1, -1), "RIGHT"),),
) -> Table:
    return Table(
        rows,
        colWidths=[width * share for share in shares],
        hAlign="LEFT",
        repeatRows=1,
        style=[
            ("FONTNAME", (0, 0), (-1, -1), font),
            ("FONTSIZE", (0, 0), (-1, -1), 10),
            ("BACKGROUND", (0, 0), (-1, 0), _SHADE),
            ("GRID", (0, 0), (-1, -1), 0.4, _GRID),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            *extra,
        ],
    )


def _rows(closing: Closing, group: str, items: tuple[str, ...], w: dict[str, str]) -> list:
    rows = []
    for item in items:
        for ccy in closing.currencies:
            tally = closing.figure(group, item, ccy)
            if tally.count or group == "grand":
                rows.append([w[item], ccy, str(tally.count), amount_text(tally.minor, ccy)])
    return rows


class _AnchorBox(Flowable):
    """The anchor code in large type inside a frame, so it is the first thing one copies."""

    def __init__(self, label: str, code: str, detail: str, font: str, width: float) -> None:
        super().__init__()
        self.label, self.code, self.detail, self.font = label, code, detail, font
        self.width, self.height = width, 34 * mm

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.setLineWidth(1.2)
        c.roundRect(0, 0, self.width, self.height, 4)
        c.setFont(self.font, 10)
        c.drawString(5 * mm, self.height - 7 * mm, self.label)
        size = 26.0
        while size > 12 and c.stringWidth(self.code, self.font, size) > self.width - 10 * mm:
            size -= 1
        c.setFont(self.font, size)
        c.drawCentredString(self.width / 2, self.height / 2 - size * 0.3, self.code)
        c.setFont(self.font, 7.5)
        c.setFillGray(0.3)
        c.drawCentredString(self.width / 2, 4 * mm, self.detail)


def render_closing(closing: Closing, lang: str = "zh", shop_name: str = "") -> bytes:
    """The closing as PDF bytes on A4."""
    code = norm_lang(lang)
    w = CLOSING[code]
    page = get_layout("a4")
    font = shop_font().name
    width = page.frame_width
    body = ParagraphStyle("body", fontName=font, fontSize=10, leading=14, wordWrap="CJK")
    small = ParagraphStyle("small", parent=body, fontSize=8.5, leading=12)
    heading = ParagraphStyle("h", parent=body, fontSize=12.5, leading=17, spaceBefore=9)
    title = ParagraphStyle("t", parent=body, fontSize=20, leading=26)
    subtitle = ParagraphStyle("st", parent=body, fontSize=11, leading=14, textColor=_GRID)
    day = closing.day.isoformat()
    story: list[Flowable] = [
        Paragraph(escape(f"{shop_name} {w['title']}".strip()), title),
        Paragraph(escape(w["subtitle"]), subtitle),
        Spacer(1, 3 * mm),
        Paragraph(
            escape(
                f"{w['day']}：{day}　{w['made_at']}：{closing.made_at:%Y-%m-%d %H:%M}"
                f"　{w['made_by']}：{closing.made_by}"
                if code == "zh"
                else f"{w['day']}: {day}   {w['made_at']}: {closing.made_at:%Y-%m-%d %H:%M}"
                f"   {w['made_by']}: {closing.made_by}"
            ),
            body,
        ),
    ]
    if closing.recorded is None:
        story.append(Paragraph(escape(w["not_recorded"]), small))
    header = [w["item"], w["currency"], w["count"], w["amount"]]
    refunds = _rows(closing, "daily", REFUND_ITEMS, w)
    payouts = _rows(closing, "daily", PAYOUT_ITEMS, w)
    if refunds:
        story += [Paragraph(escape(w["refunds"]), heading), _table([header, *refunds], font, width)]
    if payouts:
        story += [Paragraph(escape(w["payouts"]), heading), _table([header, *payouts], font, width)]
    if not refunds and not payouts:
        story += [Spacer(1, 3 * mm), Paragraph(escape(w["none"]), body)]
    if closing.late_statutory:
        late = [[w["late_refund"], w["late_due"], w["late_state"]]]
        late += [
            [
                r.refund_no,
                r.due_on.isoformat(),
                w["late_paid"].format(at=f"{r.paid_at:%Y-%m-%d %H:%M}")
                if r.paid_at
                else w["late_unpaid"],
            ]
            for r in closing.late_statutory
        ]
        story += [
            Paragraph(escape(w["late"]), heading),
            _table(
                late,
                font,
                width,
                _LATE_COLUMNS,
                (("TEXTCOLOR", (2, 1), (2, -1), colors.Color(0.6, 0.0, 0.0)),),
            ),
            Paragraph(escape(w["late_note"]), small),
        ]
    if closing.self_approvals:
        own = [[w["self_refund"], w["self_owner"], w["self_amount"]]]
        own += [
            [r.refund_no, r.owner, f"{amount_text(r.total, r.currency)} {r.currency}"]
            for r in closing.self_approvals
        ]
        story += [
            Paragraph(escape(w["self"]), heading),
            _table(own, font, width, _LATE_COLUMNS, (("ALIGN", (2, 1), (2, -1), "RIGHT"),)),
            Paragraph(escape(w["self_note"]), small),
        ]
    grand = _rows(closing, "grand", GRAND_ITEMS, w)
    story.append(Paragraph(escape(w["grand"].format(day=day)), heading))
    story.append(
        _table([header, *grand], font, width) if grand else Paragraph(escape(w["no_grand"]), body)
    )
    story.append(Spacer(1, 7 * mm))
    anchor = closing.anchor
    if anchor is None:
        story.append(Paragraph(escape(w["no_anchor"]), body))
    else:
        detail = w["anchor_event"].format(event_id=anchor.event_id, hash=anchor.hash)
        box = _AnchorBox(w["anchor"], anchor.code, detail, font, width)
        story.append(KeepTogether([box, Spacer(1, 2 * mm), Paragraph(escape(w["keep"]), small)]))
    story.append(Spacer(1, 12 * mm))
    line = "_" * 28
    story.append(Paragraph(escape(w["sign_line"].format(line=line, short=line[:16])), body))
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=(page.width, page.height),
        leftMargin=page.margin,
        rightMargin=page.margin,
        topMargin=page.margin,
        bottomMargin=page.margin,
        title=f"{w['title']} {day}",
        author=shop_name,
        subject=anchor.code if anchor else "",
        creator="Merchant Refunds",
        initialFontName=font,
        lang="zh-CN" if code == "zh" else "en-US",
    )
    decoration = PageDecoration(
        font=font,
        layout=page,
        page_template=w["page"],
        left_footer=f"{w['title']} {day}  {anchor.code if anchor else ''}".strip(),
        running_header=f"{w['title']} {day}",
    )
    doc.build(story, canvasmaker=canvas_maker(decoration))
    return out.getvalue()

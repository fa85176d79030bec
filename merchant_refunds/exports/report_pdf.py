"""The refund report for a period as a PDF: totals, rates, times, bar charts, and the share of
refunds paid within the legal limit per month.

Money is never added across currencies: every table has a row per currency, and the charts show
the currency with the most refunds (named in the chart's title). Chinese text uses the shop's
CJK font from :func:`documents.fonts.shop_font`, embedded where a TrueType font is available.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from merchant_refunds.documents.fonts import shop_font
from merchant_refunds.domain.money import CURRENCY_EXPONENTS
from merchant_refunds.exports.sinks import atomic_file, major_text
from merchant_refunds.exports.texts import REPORT, VALUES, norm_lang
from merchant_refunds.services import deadlines, reporting, shop_settings
from merchant_refunds.services.deadlines import StatutoryMonth
from merchant_refunds.services.output_paths import check_output_path
from merchant_refunds.services.reporting import Durations, Groups, ReportData
from merchant_refunds.services.users import Actor


def duration_text(seconds: float | None, lang: str) -> str:
    """ "3.2 days" or "5.0 h": the unit people think in for refunds."""
    words = REPORT[norm_lang(lang)]
    if seconds is None:
        return words["unknown"]
    if seconds >= 86400:
        return words["days"].format(days=f"{seconds / 86400:.1f}")
    return words["hours"].format(hours=f"{seconds / 3600:.1f}")


def rate_text(data: ReportData, currency: str) -> str:
    """The refund rate as a percentage with two decimals, from integers (no float rounding)."""
    pair = data.refund_rate(currency)
    if pair is None:
        return "—"
    refunded, sold = pair
    basis_points = (refunded * 1_000_000 + sold // 2) // sold  # percent × 10,000, half-up
    return f"{basis_points // 10000}.{basis_points % 10000 // 100:02d}%"


def main_currency(data: ReportData) -> str | None:
    if not data.by_currency:
        return None
    return max(data.by_currency, key=lambda c: (data.by_currency[c].count, c))


def _chart(groups: Groups, currency: str, title: str, font: str, names: dict[str, str]) -> Drawing:
    keys = [k for k in sorted(groups) if currency in groups[k]]
    exp = CURRENCY_EXPONENTS[currency]
    values = [groups[k][currency].minor / 10**exp for k in keys]  # drawing only, never money
    drawing = Drawing(170 * mm, 62 * mm)
    chart = VerticalBarChart()
    chart.x, chart.y = 14 * mm, 14 * mm
    chart.width, chart.height = 150 * mm, 40 * mm
    chart.data = [values or [0]]
    chart.bars[0].fillColor = colors.Color(0.25, 0.45, 0.7)
    chart.categoryAxis.categoryNames = [names.get(k, k) for k in keys] or [""]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.angle = 30 if len(keys) > 6 else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if len(keys) > 6 else "n"
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    drawing.add(chart)
    drawing.add(String(14 * mm, 57 * mm, title, fontName=font, fontSize=9))
    return drawing


def _table(rows: list[list[str]], font: str) -> Table:
    table = Table(rows, hAlign="LEFT", repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), font),
                ("FONTSIZE", (0, 0), (-1, -1), 8.5),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.92, 0.92, 0.92)),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.Color(0.6, 0.6, 0.6)),
                ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
            ]
        )
    )
    return table


def _group_rows(groups: Groups, words: dict[str, str], names: dict[str, str]) -> list[list[str]]:
    rows = [[words["key"], words["currency"], words["count"], words["refunded"]]]
    for key in sorted(groups):
        for ccy in sorted(groups[key]):
            total = groups[key][ccy]
            rows.append([names.get(key, key), ccy, str(total.count), major_text(total.minor, ccy)])
    return rows


def _durations_row(label: str, d: Durations, lang: str) -> list[str]:
    slowest = f"{duration_text(d.slowest_seconds, lang)} ({d.slowest_refund})" if d.count else "—"
    return [label, str(d.count), duration_text(d.average_seconds, lang), slowest]


def share_text(month: StatutoryMonth) -> str:
    """The share paid in time, one decimal: ``50.0%``."""
    if not month.total:
        return "—"
    return f"{(Decimal(month.met * 100) / month.total).quantize(Decimal('0.1'))}%"


def render_report(
    data: ReportData,
    lang: str = "zh",
    shop_name: str = "",
    statutory: Sequence[StatutoryMonth] = (),
) -> bytes:
    """The report as PDF bytes; ``statutory``: the period's months under a legal limit."""
    lang = norm_lang(lang)
    words, names = REPORT[lang], VALUES[lang]
    font = shop_font().name
    style = ParagraphStyle("body", fontName=font, fontSize=9.5, leading=13, wordWrap="CJK")
    heading = ParagraphStyle("h", parent=style, fontSize=12, leading=16, spaceBefore=8)
    title = ParagraphStyle("t", parent=style, fontSize=17, leading=22)
    story: list = [
        Paragraph(f"{shop_name} {words['title']}".strip(), title),
        Paragraph(
            words["period"].format(start=data.date_from.isoformat(), end=data.date_to.isoformat()),
            style,
        ),
        Spacer(1, 4 * mm),
        Paragraph(words["summary"], heading),
    ]
    currencies = sorted(set(data.by_currency) | set(data.sales))
    summary = [
        [words["currency"], words["count"], words["refunded"], words["sales"], words["rate"]]
    ]
    for ccy in currencies:
        refunded = data.by_currency.get(ccy, reporting.Total())
        sold = data.sales.get(ccy)
        summary.append(
            [
                ccy,
                str(refunded.count),
                major_text(refunded.minor, ccy),
                major_text(sold.minor, ccy) if sold else words["unknown"],
                rate_text(data, ccy),
            ]
        )
    story.append(_table(summary, font))
    story.append(Paragraph(words["times"], heading))
    story.append(
        _table(
            [
                ["", words["count"], words["average"], words["slowest"]],
                _durations_row(words["to_payout"], data.to_payout, lang),
                _durations_row(words["to_receipt"], data.to_receipt, lang),
            ],
            font,
        )
    )
    rated = data.feedback_summary()
    if rated is not None:
        count, total = rated
        average = (Decimal(total) / count).quantize(Decimal("0.1"))
        story.append(Paragraph(words["feedback"].format(count=count, average=average), style))
    if statutory:
        story.append(Paragraph(words["statutory"], heading))
        rows = [[words["month"], words["in_time"], words["late"], words["share"]]]
        rows += [[m.month, str(m.met), str(m.missed), share_text(m)] for m in statutory]
        story.append(_table(rows, font))
    if data.self_approvals:
        story.append(Paragraph(words["self_approvals"], heading))
        rows = [[words["self_refund"], words["self_owner"], words["self_at"], words["self_amount"]]]
        rows += [
            [r.refund_no, r.owner, f"{r.at:%Y-%m-%d %H:%M}", major_text(r.total, r.currency)]
            for r in data.self_approvals
        ]
        story.append(_table(rows, font))
    main = main_currency(data)
    if main is None:
        story.append(Spacer(1, 4 * mm))
        story.append(Paragraph(words["none"], style))
    for key, groups in (
        ("by_month", data.by_month),
        ("by_reason", data.by_reason),
        ("by_method", data.by_method),
        ("by_status", data.by_status),
    ):
        if not groups:
            continue
        story.append(Paragraph(words[key], heading))
        if main is not None:
            label = words["chart"].format(what=words[key], currency=main)
            story.append(_chart(groups, main, label, font, names))
        story.append(_table(_group_rows(groups, words, names), font))
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=15 * mm,
        bottomMargin=15 * mm,
        title=words["title"],
    )
    doc.build(story)
    return buffer.getvalue()


def write_report(
    actor: Actor, date_from: date, date_to: date, path: str | Path, lang: str = "zh"
) -> Path:
    """Compute the period's report and write it as a PDF (owners and accountants)."""
    check_output_path(path)
    data = reporting.report_data(actor, date_from, date_to)
    statutory = deadlines.statutory_by_month(date_from, date_to)
    pdf = render_report(data, lang, shop_settings.get_shop().get("name", ""), statutory)
    target = Path(path)
    with atomic_file(target) as tmp:
        tmp.write_bytes(pdf)
    return target

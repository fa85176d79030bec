"""The shop key's recovery sheet: the paper the owner keeps to bring the key to another computer.

The key is set large in a grid of 14 numbered groups of four, each group in its own cell so it
reads like monospace type whatever the font, and the last group is the check that catches a typing
slip. The instructions are in Chinese and English on the same page (whoever finds the paper years
later may read either), in the shop's CJK font, embedded like every other document's.
"""

from __future__ import annotations

import io
from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table

from merchant_refunds.documents.fonts import shop_font
from merchant_refunds.documents.pages import PageDecoration, canvas_maker, get_layout
from merchant_refunds.services.shop_keys import RecoverySheet

GROUPS_PER_ROW = 7
_GRID = colors.Color(0.55, 0.55, 0.55)
_SHADE = colors.Color(0.94, 0.94, 0.94)
_TEXT_EN = colors.Color(0.3, 0.3, 0.3)

TITLE_ZH = "恢复密钥"
TITLE_EN = "Shop key recovery sheet"
KEY_HEADING_ZH = "恢复密钥（14 组，每组 4 个字母或数字）"
KEY_HEADING_EN = "Recovery key (14 groups of four)"

#: (Chinese, English) paragraphs, in the order they are printed.
INSTRUCTIONS: tuple[tuple[str, str], ...] = (
    (
        "这是本店的“店铺密钥”。它保护审计记录：没有它，谁也无法改写记录而不被发现。"
        "密钥不存放在数据库里，只存放在这台电脑上和这张纸上。",
        "This is the shop key. It protects the audit trail: without it, nobody can rewrite the "
        "records without being found out. The key is not in the database; it is only on this "
        "computer and on this paper.",
    ),
    (
        "请把这张纸保存在纸上，远离电脑（例如放进保险柜）。不要拍照，不要存进电脑或手机。",
        "Keep it on paper, away from the computer (for example in the safe). Do not photograph "
        "it or store it on a computer or phone.",
    ),
    (
        "以下情况需要它：换新电脑；同一服务器上的第二个收银台；硬盘损坏后恢复。"
        "在“设置”→“店铺密钥”中点“输入恢复密钥…”，"
        "或运行 merchant-refunds key import，然后照抄上面的 14 组字母和数字。",
        "You need it for: a new computer; a second counter on the same server; after a disk "
        "failure. In Settings → Shop key choose “Enter recovery key…” (or run merchant-refunds "
        "key import) and type the 14 groups above.",
    ),
    (
        "任何人同时拿到这张纸和数据库文件，就能改写记录而不被发现。请像保管保险柜钥匙一样保管它。",
        "Anyone who has this paper and the database file can rewrite the records without it "
        "showing. Keep it like the key to a safe.",
    ),
)


class _KeyGrid(Flowable):
    """The recovery key in numbered cells, large enough to copy by hand without a slip."""

    def __init__(self, recovery_text: str, font: str, width: float) -> None:
        super().__init__()
        self.groups = recovery_text.split("-")
        self.font = font
        self.width = width
        self.rows = -(-len(self.groups) // GROUPS_PER_ROW)
        self.cell_h = 19 * mm
        self.height = self.rows * self.cell_h

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        cell_w = self.width / GROUPS_PER_ROW
        size = 20.0
        while size > 10 and c.stringWidth("WWWW", self.font, size) > cell_w * 0.7:
            size -= 1
        # Letters spread apart, each group in a cell of its own: it reads like monospace type
        # in any font, and a PDF reader still copies each group as one word.
        spacing = size * 0.25
        for index, group in enumerate(self.groups):
            row, col = divmod(index, GROUPS_PER_ROW)
            x = col * cell_w
            y = self.height - (row + 1) * self.cell_h
            c.setLineWidth(0.8)
            c.setStrokeColor(_GRID)
            last = index == len(self.groups) - 1
            c.setFillColor(_SHADE)
            c.rect(x, y, cell_w, self.cell_h, stroke=1, fill=1 if last else 0)
            c.setFillGray(0.4)
            c.setFont(self.font, 7)
            c.drawString(x + 1.5 * mm, y + self.cell_h - 3.2 * mm, str(index + 1))
            text_width = c.stringWidth(group, self.font, size) + spacing * (len(group) - 1)
            c.saveState()
            text = c.beginText(x + (cell_w - text_width) / 2, y + self.cell_h * 0.3)
            text.setFont(self.font, size)
            text.setCharSpace(spacing)
            text.setFillGray(0)
            text.textOut(group)
            c.drawText(text)
            c.restoreState()


def render_recovery_sheet(sheet: RecoverySheet, shop_name: str, day: date) -> bytes:
    """The recovery sheet as PDF bytes on A4 (Chinese and English on one page)."""
    page = get_layout("a4")
    font = shop_font().name
    width = page.frame_width
    body = ParagraphStyle("body", fontName=font, fontSize=10.5, leading=15, wordWrap="CJK")
    english = ParagraphStyle("en", parent=body, fontSize=9.5, leading=13, textColor=_TEXT_EN)
    small = ParagraphStyle("small", parent=body, fontSize=8.5, leading=12)
    title = ParagraphStyle("t", parent=body, fontSize=20, leading=26)
    subtitle = ParagraphStyle("st", parent=body, fontSize=12, leading=16, textColor=_GRID)
    details = Table(
        [
            ["店铺 Shop", shop_name],
            ["日期 Date", day.isoformat()],
            ["密钥编号 Key id", sheet.key_id],
        ],
        colWidths=[width * 0.28, width * 0.72],
        hAlign="LEFT",
        style=[
            ("FONTNAME", (0, 0), (-1, -1), font),
            ("FONTSIZE", (0, 0), (-1, -1), 10.5),
            ("TEXTCOLOR", (0, 0), (0, -1), _GRID),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (0, -1), 0),
        ],
    )
    story: list[Flowable] = [
        Paragraph(escape(f"{shop_name} {TITLE_ZH}".strip()), title),
        Paragraph(escape(TITLE_EN), subtitle),
        Spacer(1, 4 * mm),
        details,
        Spacer(1, 6 * mm),
        Paragraph(escape(f"{KEY_HEADING_ZH} {KEY_HEADING_EN}"), body),
        Spacer(1, 2 * mm),
        _KeyGrid(sheet.recovery_text, font, width),
        Spacer(1, 2 * mm),
        Paragraph(
            escape(
                "第 14 组是校验码，能发现抄错的字。字母 O 与数字 0、I 与 1、B 与 8 视为相同。"
                " The 14th group is a check that catches a copying slip; O/0, I/1 and B/8 are "
                "read alike."
            ),
            small,
        ),
        Spacer(1, 6 * mm),
    ]
    for chinese, english_text in INSTRUCTIONS:
        story += [
            Paragraph(escape(chinese), body),
            Paragraph(escape(english_text), english),
            Spacer(1, 3.5 * mm),
        ]
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=(page.width, page.height),
        leftMargin=page.margin,
        rightMargin=page.margin,
        topMargin=page.margin,
        bottomMargin=page.margin,
        title=f"{TITLE_ZH} {TITLE_EN}",
        author=shop_name,
        subject=f"key id {sheet.key_id}",
        creator="Merchant Refunds",
        initialFontName=font,
        lang="zh-CN",
    )
    decoration = PageDecoration(
        font=font,
        layout=page,
        page_template="第 {page} 页 / 共 {pages} 页  Page {page} of {pages}",
        left_footer=f"{TITLE_ZH} {TITLE_EN}  {sheet.key_id}",
        running_header=f"{TITLE_ZH} {sheet.key_id}",
    )
    doc.build(story, canvasmaker=canvas_maker(decoration))
    return out.getvalue()

"""Render sample refund confirmations (Chinese and English) for the README and for looking at.

Builds a throw-away database with a shop profile, a logo and two refunds, writes the PDFs and
renders the first page of each A4 confirmation to docs/screenshots/confirmation-{zh,en}.png with
``pdftoppm`` (poppler-utils). Usage::

    python scripts/render_confirmation_samples.py [--out DIR] [--all-layouts]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from datetime import datetime
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from merchant_refunds.documents.confirmation import render_confirmation  # noqa: E402
from merchant_refunds.documents.fonts import shop_font  # noqa: E402
from merchant_refunds.domain.calculation import Selection  # noqa: E402
from merchant_refunds.domain.lifecycle import PayoutMethod  # noqa: E402
from merchant_refunds.domain.order import (  # noqa: E402
    Customer,
    Discount,
    DiscountKind,
    Order,
    OrderLine,
    OrderStatus,
    Payment,
    PaymentMethod,
)
from merchant_refunds.domain.policy import ReasonCode  # noqa: E402
from merchant_refunds.services import (  # noqa: E402
    clock,
    orders,
    refund_decisions,
    refund_requests,
    shop_settings,
    users,
)
from merchant_refunds.storage.db import close_database, open_database  # noqa: E402

NOW = datetime(2026, 11, 26, 10, 0)


def make_logo(path: Path) -> None:
    """A simple round green mark, so the header shows where a shop's logo goes."""
    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (160, 160), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((4, 4, 156, 156), fill=(46, 125, 50, 255))
    draw.ellipse((44, 36, 116, 124), fill=(255, 255, 255, 255))
    draw.line((80, 44, 80, 132), fill=(46, 125, 50, 255), width=6)
    image.save(path)


def build_samples(folder: Path) -> dict[str, str]:
    """Create the database in ``folder``; return the refund number per language."""
    clock.set_clock(lambda: NOW)
    open_database(folder / "samples.sqlite3", create=True)
    logo = folder / "logo.png"
    make_logo(logo)
    shop_settings.set_shop(
        None,
        {
            "name": "青竹茶舍 Green Bamboo Tea House",
            "address": "杭州市西湖区龙井路 88 号",
            "phone": "0571-8888 6666",
            "tax_number": "91330106MA2H3X4Y5Z",
            "logo_path": str(logo),
        },
    )
    owner = users.create_user(None, "boss", "owner", "1234", "陈店长")
    clerk = users.create_user(owner, "amy", "clerk", "5678", "李小梅")
    shop_settings.set_policy(
        owner, {"restocking_fee_bp": 500, "return_shipping_deduction": {"USD": 800}}
    )
    placed = datetime(2026, 11, 18, 15, 12)
    tea = Order(
        order_no="TB20261118-0042",
        currency="CNY",
        status=OrderStatus.DELIVERED,
        placed_at=placed,
        customer=Customer("王小芳", "13800138000", "wxf@example.com"),
        payment=Payment(PaymentMethod.ALIPAY, "2026111822001", "wxf@example.com"),
        lines=(
            OrderLine(
                1, "TEA-LJ-250", "西湖龙井 明前特级 250g", 3, 12800, tax_rate=Decimal("0.13")
            ),
            OrderLine(2, "CUP-QC-02", "龙泉青瓷品茗杯（一对）", 2, 4550, line_discount=500),
            OrderLine(3, "POT-ZS-01", "宜兴紫砂壶 西施 200ml", 1, 36800),
        ),
        discounts=(Discount(5000, DiscountKind.THRESHOLD, "M300-50", "满300减50"),),
        shipping_fee=1200,
        paid_at=placed,
        delivered_at=datetime(2026, 11, 22, 11, 0),
    )
    orders.create_order(clerk, tea)
    zh = refund_requests.request_refund(
        clerk,
        refund_requests.RefundRequest(
            tea.order_no,
            Selection({1: 2, 2: 2, 3: 1}, shipping=True),
            ReasonCode.QUALITY_PROBLEM,
            note="茶叶受潮结块，茶杯一只有裂纹；客户已寄回。",
            goods_return=True,
        ),
    )
    gift = Order(
        order_no="US-7731",
        currency="USD",
        status=OrderStatus.DELIVERED,
        placed_at=placed,
        customer=Customer("Emily Carter", "+1 415 555 0134", "emily.carter@example.com", "US"),
        payment=Payment(PaymentMethod.CARD, "ch_3P8x", "4242 4242 4242 4242"),
        lines=(
            OrderLine(1, "GIFT-SET-A", "Longjing tea gift set with two celadon cups", 1, 8900),
            OrderLine(2, "TEA-BL-100", "Keemun black tea 100g", 2, 2450),
        ),
        shipping_fee=1500,
        paid_at=placed,
        delivered_at=datetime(2026, 11, 23, 16, 0),
    )
    orders.create_order(clerk, gift)
    en = refund_requests.request_refund(
        clerk,
        refund_requests.RefundRequest(
            gift.order_no,
            Selection({1: 1, 2: 1}),
            ReasonCode.NO_REASON,
            note="Gift not wanted; box unopened.",
            goods_return=True,
            destination=refund_requests.Destination(PayoutMethod.ORIGINAL_ROUTE),
        ),
    )
    refund_decisions.approve(owner, zh.refund_no)
    return {"zh": zh.refund_no, "en": en.refund_no}


def to_png(pdf: Path, png: Path, dpi: int = 80) -> None:
    if not shutil.which("pdftoppm"):
        raise SystemExit("pdftoppm not found: install poppler-utils")
    stem = png.with_suffix("")
    subprocess.run(
        ["pdftoppm", "-png", "-r", str(dpi), "-f", "1", "-l", "1", "-singlefile", pdf, stem],
        check=True,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--pdf-dir", type=Path, help="also keep the PDFs here")
    parser.add_argument("--all-layouts", action="store_true", help="PDFs for every layout")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        try:
            numbers = build_samples(folder)
            print(f"font: {shop_font().describe()}")
            layouts = ("a4", "letter", "receipt80") if args.all_layouts else ("a4",)
            for lang, refund_no in numbers.items():
                for layout in layouts:
                    pdf = folder / f"confirmation-{lang}-{layout}.pdf"
                    pdf.write_bytes(render_confirmation(refund_no, layout, lang))
                    if args.pdf_dir:
                        args.pdf_dir.mkdir(parents=True, exist_ok=True)
                        shutil.copy(pdf, args.pdf_dir / pdf.name)
                    if layout == "a4":
                        png = args.out / f"confirmation-{lang}.png"
                        to_png(pdf, png)
                        print(f"{png} ({png.stat().st_size // 1024} KB)")
        finally:
            close_database()
            clock.set_clock(None)
    return 0


if __name__ == "__main__":
    sys.exit(main())

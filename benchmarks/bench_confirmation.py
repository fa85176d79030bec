"""How fast refund confirmations are made, beside a bare ReportLab page with the same content.

Prints the median time for one document (render only, and read-from-database + render) and the
time for a batch of N distinct refunds, with PDF sizes. The bare page has the same texts, a table
of the same lines, ReportLab's own QR widget and the same embedded CJK font, and nothing else.

    python benchmarks/bench_confirmation.py [--batch 1000] [--repeat 50]
"""

from __future__ import annotations

import argparse
import importlib.util
import io
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reportlab.graphics.barcode.qr import QrCodeWidget  # noqa: E402
from reportlab.graphics.shapes import Drawing  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table  # noqa: E402

from merchant_refunds.documents.confirmation import render_confirmation, render_data  # noqa: E402
from merchant_refunds.documents.fonts import shop_font  # noqa: E402
from merchant_refunds.documents.qrcode import qr_runs  # noqa: E402
from merchant_refunds.domain.calculation import Selection  # noqa: E402
from merchant_refunds.domain.policy import ReasonCode  # noqa: E402
from merchant_refunds.services import orders, refund_requests, users  # noqa: E402
from merchant_refunds.services.confirmations import ConfirmationData, confirmation_data  # noqa: E402
from merchant_refunds.storage.db import close_database  # noqa: E402


def _samples() -> object:
    path = ROOT / "scripts" / "render_confirmation_samples.py"
    spec = importlib.util.spec_from_file_location("render_confirmation_samples", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def bare_page(data: ConfirmationData, font: str) -> bytes:
    """The same words, lines table and QR code on a plain platypus page: the floor to beat."""
    style = ParagraphStyle("b", fontName=font, fontSize=9, leading=12, wordWrap="CJK")
    r = data.refund
    words = [
        data.shop.get("name", ""),
        data.shop.get("address", ""),
        "退款确认单",
        f"退款单号 {r.refund_no}  订单号 {data.order_no}  客户 {data.customer_name}",
        f"退款合计 {r.total}  {data.paper_code}",
        r.note,
    ]
    qr = Drawing(85, 85)
    qr.add(QrCodeWidget(data.paper_code, barWidth=85, barHeight=85))
    rows = [["商品名称", "SKU", "数量", "退款金额"]] + [
        [i.name, i.sku, str(i.quantity), str(i.amount)] for i in data.quote.items
    ]
    table = Table(rows, style=[("FONT", (0, 0), (-1, -1), font, 8)])
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, initialFontName=font)
    doc.build([*(Paragraph(w, style) for w in words if w), qr, table])
    return out.getvalue()


def median_ms(func: Callable[[], bytes], repeat: int) -> tuple[float, int]:
    func()  # warm caches (font registration, styles)
    times = []
    size = 0
    for _ in range(repeat):
        qr_runs.cache_clear()  # encode the QR code every time, as for a new refund
        start = time.perf_counter()
        size = len(func())
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000, size


def batch(func: Callable[[str], bytes], refund_nos: list[str]) -> tuple[float, float]:
    start = time.perf_counter()
    total = 0
    for refund_no in refund_nos:
        total += len(func(refund_no))
    elapsed = time.perf_counter() - start
    return elapsed, total / len(refund_nos)


def make_refunds(count: int) -> list[str]:
    """``count`` more orders of three lines, each with one refund (distinct numbers, QR codes)."""
    from datetime import datetime

    from merchant_refunds.domain.order import (
        Customer,
        Order,
        OrderLine,
        OrderStatus,
        Payment,
        PaymentMethod,
    )

    clerk = users.get_actor("amy")
    placed = datetime(2026, 11, 20, 9, 30)
    numbers = []
    for n in range(count):
        order = Order(
            order_no=f"B{n:05d}",
            currency="CNY",
            status=OrderStatus.DELIVERED,
            placed_at=placed,
            customer=Customer("王小芳", "13800138000", "wxf@example.com"),
            payment=Payment(PaymentMethod.ALIPAY, f"P{n}", "wxf@example.com"),
            lines=(
                OrderLine(1, "TEA-LJ-250", "西湖龙井 明前特级 250g", 3, 12800 + n),
                OrderLine(2, "CUP-QC-02", "龙泉青瓷品茗杯（一对）", 2, 4550),
                OrderLine(3, "POT-ZS-01", "宜兴紫砂壶 西施 200ml", 1, 36800),
            ),
            shipping_fee=1200,
            paid_at=placed,
            delivered_at=datetime(2026, 11, 24, 12, 0),
        )
        orders.create_order(clerk, order)
        request = refund_requests.RefundRequest(
            order.order_no,
            Selection({1: 1, 2: 2, 3: 1}, shipping=True),
            ReasonCode.QUALITY_PROBLEM,
            note="茶叶受潮结块，茶杯一只有裂纹。",
        )
        numbers.append(refund_requests.request_refund(clerk, request).refund_no)
    return numbers


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batch", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=50)
    args = parser.parse_args(argv)
    samples = _samples()
    with tempfile.TemporaryDirectory() as tmp:
        try:
            numbers = samples.build_samples(Path(tmp))  # type: ignore[attr-defined]
            font = shop_font()
            print(f"font: {font.describe()}")
            rows = []
            for lang in ("zh", "en"):
                refund_no = numbers[lang]
                data = confirmation_data(refund_no)
                rows.append(
                    (
                        f"bare ReportLab page ({lang})",
                        *median_ms(lambda d=data: bare_page(d, font.name), args.repeat),
                    )
                )
                for layout in ("a4", "receipt80"):
                    rows.append(
                        (
                            f"confirmation {layout} {lang}, render only",
                            *median_ms(
                                lambda d=data, la=layout, lg=lang: render_data(d, la, lg),
                                args.repeat,
                            ),
                        )
                    )
                rows.append(
                    (
                        f"confirmation a4 {lang}, database + render",
                        *median_ms(
                            lambda n=refund_no, lg=lang: render_confirmation(n, "a4", lg),
                            args.repeat,
                        ),
                    )
                )
            print(f"\n{'one document (median of ' + str(args.repeat) + ')':<44}{'ms':>8}{'KB':>8}")
            for name, ms, size in rows:
                print(f"{name:<44}{ms:>8.1f}{size / 1024:>8.1f}")
            print(f"\nmaking {args.batch} refunds for the batch...", flush=True)
            batch_nos = make_refunds(args.batch)
            title = f"batch of {args.batch} distinct refunds"
            print(f"\n{title:<44}{'s':>8}{'ms/doc':>8}{'KB':>8}")
            datas = {n: confirmation_data(n) for n in batch_nos}
            for name, func in (
                ("bare ReportLab page", lambda n: bare_page(datas[n], font.name)),
                (
                    "confirmation a4 zh, database + render",
                    lambda n: render_confirmation(n, "a4", "zh"),
                ),
            ):
                elapsed, avg = batch(func, batch_nos)
                per_doc = elapsed / args.batch * 1000
                print(f"{name:<44}{elapsed:>8.1f}{per_doc:>8.1f}{avg / 1024:>8.1f}")
        finally:
            close_database()
    return 0


if __name__ == "__main__":
    sys.exit(main())

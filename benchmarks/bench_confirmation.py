"""How fast refund confirmations are made, beside bare ReportLab pages measured in the same run.

Every figure is also given as a ratio to the *bare canvas page* of the same language, timed in
turn with it (bare, confirmation, …, bare, confirmation, …) so that load falls on both alike: one
``Canvas`` page, the same embedded CJK font, every text line of the confirmation (read back from
it once, before timing) drawn with ``drawString``, and the same QR code from the same encoder;
nothing else. The old floor of issue 4, a bare *platypus* page (a few texts, a table of the
lines, ReportLab's QR widget), is printed too. Rounds repeat the whole set; each row reports the
min and median of the rounds' medians. Then a batch of N distinct refunds, in turn with N bare
canvas pages in one file: into one PDF (as ``confirmation A B C -o`` and the GUI's batch do),
and as N separate files. The load average is printed at the start and end: other work on the
machine moves every figure, the ratios much less.

    python benchmarks/bench_confirmation.py [--batch 1000] [--repeat 30] [--rounds 3]
                                            [--batch-rounds 2]

Prints figures only; it asserts nothing.
"""

from __future__ import annotations

import argparse
import importlib.util
import io
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pypdf import PdfReader  # noqa: E402
from reportlab.graphics.barcode.qr import QrCodeWidget  # noqa: E402
from reportlab.graphics.shapes import Drawing  # noqa: E402
from reportlab.lib import rl_accel  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table  # noqa: E402

from merchant_refunds.documents.confirmation import (  # noqa: E402
    render_batch,
    render_confirmation,
    render_data,
)
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


def page_lines(data: ConfirmationData, lang: str) -> list[str]:
    """Every text line of the A4 confirmation, read back from it (done once, not timed)."""
    pdf = render_data(data, "a4", lang)
    return [
        line
        for page in PdfReader(io.BytesIO(pdf)).pages
        for line in page.extract_text().split("\n")
    ]


def bare_canvas(lines: list[str], codes: list[str], font: str) -> bytes:
    """The floor: the same texts and a QR code on a plain canvas page, a page per code."""
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, initialFontName=font)
    for code in codes:
        canvas.setFont(font, 9)
        y = A4[1] - 40
        for line in lines:
            canvas.drawString(40, y, line)
            y -= 11
        count, runs = qr_runs(code)
        ops = " ".join(f"{col} {count - 1 - row} {length} 1 re" for row, col, length in runs)
        canvas.addLiteral(f"q 0 g 2.5 0 0 2.5 450 700 cm {ops} f Q")
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def bare_platypus(data: ConfirmationData, font: str) -> bytes:
    """Issue 4's floor: a few texts, a table of the lines and ReportLab's QR widget."""
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


def interleaved(funcs: dict[str, Callable[[], bytes]], repeat: int) -> dict[str, tuple[float, int]]:
    """Median ms and size of each function, timed in turn (a, b, c, a, b, c, …) so that a change
    in the machine's load falls on all of them alike."""
    for func in funcs.values():
        func()  # warm caches (font registration, styles)
    times: dict[str, list[float]] = {name: [] for name in funcs}
    sizes: dict[str, int] = {}
    for _ in range(repeat):
        for name, func in funcs.items():
            qr_runs.cache_clear()  # encode the QR code every time, as for a new refund
            start = time.perf_counter()
            sizes[name] = len(func())
            times[name].append(time.perf_counter() - start)
    return {name: (statistics.median(t) * 1000, sizes[name]) for name, t in times.items()}


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


def load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f} on {os.cpu_count()} cores"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batch", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=30, help="documents per median")
    parser.add_argument("--rounds", type=int, default=3, help="times the whole set is measured")
    parser.add_argument("--batch-rounds", type=int, default=2, help="times each batch is made")
    args = parser.parse_args(argv)
    samples = _samples()
    print(f"start: {load()}")
    print(f"ReportLab C accelerator (rl-accel): {'yes' if 'fp_str' in rl_accel._c_funcs else 'no'}")
    with tempfile.TemporaryDirectory() as tmp:
        try:
            numbers = samples.build_samples(Path(tmp))  # type: ignore[attr-defined]
            font = shop_font()
            print(f"font: {font.describe()}")
            datas = {lang: confirmation_data(numbers[lang]) for lang in ("zh", "en")}
            lines = {lang: page_lines(datas[lang], lang) for lang in ("zh", "en")}
            results: dict[str, list[tuple[float, float, int]]] = {}
            for _ in range(args.rounds):
                for lang in ("zh", "en"):
                    data = datas[lang]
                    refund_no = numbers[lang]
                    bare = f"bare canvas page, {lang}"
                    funcs: dict[str, Callable[[], bytes]] = {
                        bare: lambda lg=lang, d=data: bare_canvas(
                            lines[lg], [d.paper_code], font.name
                        ),
                        f"bare platypus page (issue 4), {lang}": lambda d=data: bare_platypus(
                            d, font.name
                        ),
                    }
                    for layout in ("a4", "receipt80"):
                        funcs[f"confirmation {layout} {lang}, render only"] = (
                            lambda d=data, la=layout, lg=lang: render_data(d, la, lg)
                        )
                    funcs[f"confirmation a4 {lang}, database + render"] = (
                        lambda n=refund_no, lg=lang: render_confirmation(n, "a4", lg)
                    )
                    funcs[f"confirmation {lang}, database read only"] = lambda n=refund_no: (
                        confirmation_data(n),
                        b"",
                    )[1]
                    got = interleaved(funcs, args.repeat)
                    for name, (ms, size) in got.items():
                        results.setdefault(name, []).append((ms, ms / got[bare][0], size))
            title = f"one document: min / median of {args.rounds} rounds' medians of {args.repeat}"
            print(f"\n{title}")
            print(f"{'':<44}{'ms min':>8}{'ms med':>8}{'× min':>7}{'× med':>7}{'KB':>7}")
            for name, got in results.items():
                ms = [g[0] for g in got]
                ratio = [g[1] for g in got]
                print(
                    f"{name:<44}{min(ms):>8.2f}{statistics.median(ms):>8.2f}"
                    f"{min(ratio):>7.2f}{statistics.median(ratio):>7.2f}{got[-1][2] / 1024:>7.1f}"
                )
            print(f"\nmaking {args.batch} refunds for the batch...", flush=True)
            batch_nos = make_refunds(args.batch)
            print(f"\nbatch of {args.batch} distinct refunds, zh A4 ({load()})")
            codes = [f"{n}-ABCDEFGH-{i}-0123ABCD" for i, n in enumerate(batch_nos)]
            rows: dict[str, list[tuple[float, int, int]]] = {}
            for _ in range(args.batch_rounds):  # in turn, like the single documents
                for name, func in (
                    (
                        "bare canvas pages in one PDF",
                        lambda: bare_canvas(lines["zh"], codes, font.name),
                    ),
                    (
                        "one PDF, database + render (render_batch)",
                        lambda: render_batch(batch_nos, "a4", "zh").pdf,
                    ),
                    (
                        "separate PDFs, database + render",
                        lambda: b"".join(render_confirmation(n, "a4", "zh") for n in batch_nos),
                    ),
                ):
                    qr_runs.cache_clear()
                    start = time.perf_counter()
                    pdf = func()
                    elapsed = time.perf_counter() - start
                    pages = (
                        len(PdfReader(io.BytesIO(pdf)).pages)
                        if pdf.count(b"%PDF") == 1
                        else args.batch
                    )
                    rows.setdefault(name, []).append((elapsed, pages, len(pdf)))
            base = [r[0] for r in rows["bare canvas pages in one PDF"]]
            print(
                f"{'':<44}{'s min':>8}{'s med':>8}{'ms/page':>8}{'× min':>7}{'× med':>7}{'KB':>8}"
            )
            for name, runs in rows.items():
                secs = [r[0] for r in runs]
                ratios = [r[0] / b for r, b in zip(runs, base, strict=True)]
                print(
                    f"{name:<44}{min(secs):>8.2f}{statistics.median(secs):>8.2f}"
                    f"{min(secs) / runs[0][1] * 1000:>8.2f}{min(ratios):>7.2f}"
                    f"{statistics.median(ratios):>7.2f}{runs[0][2] / 1024:>8.0f}"
                )
        finally:
            close_database()
    print(f"\nend: {load()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

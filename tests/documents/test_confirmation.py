"""The printed refund confirmation, read back from the PDF: text, fonts, pages, copies, codes."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from merchant_refunds.appinfo import bundled_font_path
from merchant_refunds.documents import fonts
from merchant_refunds.documents.confirmation import (
    issue_confirmation,
    render_batch,
    render_confirmation,
)
from merchant_refunds.documents.pages import get_layout
from merchant_refunds.domain.amount_words import amount_in_words
from merchant_refunds.domain.calculation import Selection
from merchant_refunds.domain.errors import InvalidInput
from merchant_refunds.domain.policy import ReasonCode
from merchant_refunds.services import (
    audit,
    confirmations,
    orders,
    refund_requests,
    refund_views,
    shop_settings,
)
from merchant_refunds.services.confirmations import VerifyStatus
from merchant_refunds.services.users import Actor
from merchant_refunds.storage import models as m
from tests.factories import make_line, make_order, tea_order

WQY = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
LAYOUTS = ("a4", "letter", "receipt80")


def _text(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def _fonts(pdf: bytes) -> list[dict[str, object]]:
    """Every font the pages use, with its name and whether a TrueType program is embedded."""
    found = {}
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            found[str(font["/BaseFont"])] = {
                "name": str(font["/BaseFont"]),
                "embedded": "/FontFile2" in descriptor,
            }
    return list(found.values())


@pytest.fixture
def shop(owner: Actor) -> None:
    shop_settings.set_shop(
        owner,
        {
            "name": "青竹茶舍",
            "address": "杭州市西湖区龙井路 88 号",
            "phone": "0571-88886666",
            "tax_number": "91330106MA2H3X4Y5Z",
        },
    )


@pytest.fixture
def refund_no(shop: None, clerk: Actor) -> str:
    orders.create_order(clerk, tea_order("TB1001"))
    request = refund_requests.RefundRequest(
        "TB1001", Selection({1: 1}, shipping=True), ReasonCode.QUALITY_PROBLEM, note="茶叶受潮"
    )
    return refund_requests.request_refund(clerk, request).refund_no


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_each_layout_reads_back_with_number_total_words_and_chinese(
    refund_no: str, layout: str, lang: str
) -> None:
    pdf = render_confirmation(refund_no, layout, lang)
    text = "\n".join(_text(pdf))
    detail = refund_views.get_refund(refund_no)
    assert refund_no in text
    assert "126.38" in text  # 114.38 for one tea + 12.00 shipping
    assert amount_in_words(detail.total, lang) in text.replace("\n", " ")
    assert "王小芳" in text  # the customer's name, in every language
    assert "青竹茶舍" in text
    if lang == "zh":
        assert "退款确认单" in text and "壹佰贰拾陆元叁角捌分" in text
        assert "质量问题" in text and "第 1 页 / 共 1 页" in text
    else:
        assert "Refund Confirmation" in text and "Quality problem" in text
        assert "Page 1 of 1" in text
    assert confirmations.paper_code(refund_no) in text


@pytest.mark.parametrize("layout", LAYOUTS)
def test_the_cjk_font_is_embedded_as_a_subset(refund_no: str, layout: str) -> None:
    pdf = render_confirmation(refund_no, layout, "zh")
    used = _fonts(pdf)
    assert used, "no fonts found"
    assert all(f["embedded"] for f in used), used
    assert all(re.match(r"^/[A-Z]{6}\+", str(f["name"])) for f in used), used
    assert len(pdf) < 60 * 1024


def test_the_receipt_is_one_narrow_page(refund_no: str) -> None:
    reader = PdfReader(io.BytesIO(render_confirmation(refund_no, "receipt80", "zh")))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert round(float(box.width) / 72 * 25.4) == 80
    assert float(box.height) > float(box.width) * 2


def test_sixty_lines_run_over_pages_with_repeated_headers(shop: None, clerk: Actor) -> None:
    lines = [make_line(n, quantity=1 + n % 3, unit_price=1000 + n * 37) for n in range(1, 61)]
    orders.create_order(clerk, make_order("BIG60", lines))
    request = refund_requests.RefundRequest(
        "BIG60", Selection(everything_left=True), ReasonCode.WRONG_ITEM
    )
    refund_no = refund_requests.request_refund(clerk, request).refund_no
    for layout, lang, header, page_text in (
        ("a4", "zh", "商品名称", "第 {n} 页 / 共 {total} 页"),
        ("letter", "en", "Discount", "Page {n} of {total}"),
    ):
        pages = _text(render_confirmation(refund_no, layout, lang))
        assert len(pages) >= 2
        for n, page in enumerate(pages, start=1):
            assert page_text.format(n=n, total=len(pages)) in page
        # The table header row is on every page the table reaches (all but maybe the last).
        with_lines = [p for p in pages if "SKU-" in p]
        assert len(with_lines) >= 2
        assert all(header in p for p in with_lines)
        joined = "\n".join(pages)
        assert all(f"SKU-{n}\n" in joined or f"SKU-{n} " in joined for n in range(1, 61))


def test_a_reprint_says_copy_and_every_print_is_audited(refund_no: str, clerk: Actor) -> None:
    first = issue_confirmation(clerk, refund_no, "a4", "zh")
    assert (first.print_no, first.copy) == (1, False)
    assert "副本" not in "".join(_text(first.pdf))
    second = issue_confirmation(clerk, refund_no, "a4", "zh")
    assert (second.print_no, second.copy) == (2, True)
    assert "副本" in "".join(_text(second.pdf))
    third = issue_confirmation(clerk, refund_no, "receipt80", "en")
    assert third.copy and "COPY" in "".join(_text(third.pdf))
    prints = [e for e in audit.events_for("refund", refund_no) if e.action == "refund.print"]
    assert [e.after["print_no"] for e in prints] == [1, 2, 3]
    assert confirmations.print_count(refund_no) == 3
    assert audit.verify_chain().ok


def test_the_printed_code_verifies_and_a_tampered_one_does_not(refund_no: str) -> None:
    pdf = render_confirmation(refund_no, "a4", "zh")
    printed = re.search(rf"{refund_no}-[A-Z2-7]{{8}}", "".join(_text(pdf)))
    assert printed
    result = confirmations.verify_code(printed.group(0))
    assert result.ok and result.status is VerifyStatus.MATCH
    assert result.refund is not None and result.refund.refund_no == refund_no
    code = printed.group(0)[-8:]
    # Typed by hand: lower case, spaces, full-width characters from a Chinese input method.
    assert confirmations.verify_code(f" {refund_no.lower()} - {code.lower()} ").ok
    assert confirmations.verify_code(f"{refund_no}－{code}".translate({45: 0xFF0D})).ok
    tampered = code[:-1] + ("A" if code[-1] != "A" else "B")
    bad = confirmations.verify_code(f"{refund_no}-{tampered}")
    assert bad.status is VerifyStatus.MISMATCH and not bad.ok
    assert bad.refund is not None  # the refund is still found, with a warning
    assert confirmations.verify_code(refund_no).status is VerifyStatus.NO_CODE
    assert confirmations.verify_code("RF19990101" + "0001-ABCDEFGH").status is (
        VerifyStatus.NOT_FOUND
    )
    assert confirmations.verify_code("hello world!").status is VerifyStatus.MALFORMED


@pytest.mark.tampers
def test_a_record_changed_behind_the_audit_trail_no_longer_matches_its_paper(
    refund_no: str,
) -> None:
    printed = confirmations.paper_code(refund_no)
    assert confirmations.verify_code(printed).ok
    m.Refund.update(total=99999).where(m.Refund.refund_no == refund_no).execute()
    result = confirmations.verify_code(printed)
    assert result.status is VerifyStatus.MISMATCH
    assert "does not match" in result.message


def test_without_a_truetype_font_the_builtin_cid_font_still_prints_chinese(
    refund_no: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fonts, "candidate_fonts", lambda: [])
    fonts.clear_cache()
    try:
        choice = fonts.shop_font()
        assert (choice.name, choice.embedded) == ("STSong-Light", False)
        assert "not embedded" in choice.describe()
        pdf = render_confirmation(refund_no, "a4", "zh")
    finally:
        fonts.clear_cache()
    assert pdf.startswith(b"%PDF")
    used = _fonts(pdf)
    assert [(f["name"], f["embedded"]) for f in used] == [("/STSong-Light", False)]
    text = "".join(_text(pdf))
    assert "退款确认单" in text and refund_no in text


def test_the_font_setting_is_used_and_a_bad_one_falls_back_to_the_bundled_font(
    refund_no: str, owner: Actor, tmp_path: Path
) -> None:
    shop_settings.set_shop(owner, {"pdf_font_path": f"{WQY}#1"})
    fonts.clear_cache()
    try:
        choice = fonts.shop_font()
        assert choice.embedded and choice.path == WQY and choice.name.endswith("-1")
        assert "embedded" in choice.describe()
        not_a_font = tmp_path / "font.ttf"
        not_a_font.write_bytes(b"not a font")
        shop_settings.set_shop(owner, {"pdf_font_path": str(not_a_font)})
        fonts.clear_cache()
        assert fonts.shop_font().path == str(bundled_font_path())
    finally:
        fonts.clear_cache()


def test_breakdown_deductions_and_logo_are_printed(
    owner: Actor, clerk: Actor, tmp_path: Path
) -> None:
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (40, 20), (0, 120, 0)).save(logo)
    shop_settings.set_shop(owner, {"name": "Shop", "logo_path": str(logo)})
    shop_settings.set_policy(owner, {"restocking_fee_bp": 1000, "return_shipping_deduction": {}})
    orders.create_order(clerk, tea_order("TB2002"))
    request = refund_requests.RefundRequest(
        "TB2002", Selection({2: 2}), ReasonCode.NO_REASON, goods_return=True
    )
    refund_no = refund_requests.request_refund(clerk, request).refund_no
    pdf = render_confirmation(refund_no, "a4", "en")
    text = "".join(_text(pdf))
    quote = refund_views.get_refund(refund_no).quote
    assert "Restocking fee" in text and f"-{quote['restocking_fee'] / 100:.2f}" in text
    assert "7-day no-reason return" in text
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    images = [x for x in page["/Resources"]["/XObject"].values() if x["/Subtype"] == "/Image"]
    assert images


def test_unknown_layout_and_language_are_refused(refund_no: str) -> None:
    with pytest.raises(InvalidInput) as layout:
        render_confirmation(refund_no, "a5", "zh")
    assert layout.value.code == "unknown_layout"
    with pytest.raises(InvalidInput) as lang:
        render_confirmation(refund_no, "a4", "fr")
    assert lang.value.code == "unknown_language"


def test_expected_arrival_counts_business_days_from_the_shop_settings(
    refund_no: str, owner: Actor
) -> None:
    text = "".join(_text(render_confirmation(refund_no, "a4", "zh")))
    assert "2026年11月26日（当日到账）" in text  # Alipay, original route: the same day
    shop_settings.set_payment_methods(
        owner, {"alipay": {"enabled": True, "min_days": 1, "max_days": 2}}
    )
    text = "".join(_text(render_confirmation(refund_no, "a4", "en")))
    # Thursday 26 November 2026: one business day is Friday, two is Monday.
    assert "Nov 27, 2026 to Nov 30, 2026 (1–2 business days)" in text


def test_a_batch_is_one_file_where_each_paper_counts_its_own_pages(
    shop: None, clerk: Actor
) -> None:
    orders.create_order(clerk, tea_order("TB3001"))
    lines = [make_line(n, quantity=1, unit_price=1000 + n) for n in range(1, 61)]
    orders.create_order(clerk, make_order("BIG3", lines))
    small = refund_requests.request_refund(
        clerk,
        refund_requests.RefundRequest("TB3001", Selection({1: 1}), ReasonCode.QUALITY_PROBLEM),
    ).refund_no
    big = refund_requests.request_refund(
        clerk,
        refund_requests.RefundRequest(
            "BIG3", Selection(everything_left=True), ReasonCode.WRONG_ITEM
        ),
    ).refund_no
    confirmations.record_print(clerk, big)  # printed before: the batch's paper is a copy
    seen: list[tuple[int, int]] = []
    batch = render_batch([small, big, small], "a4", "zh", progress=lambda *p: seen.append(p))
    assert batch.copies == [False, True, False]
    assert seen[-1] == (3, 3)
    pages = _text(batch.pdf)
    big_pages = len(_text(render_confirmation(big, "a4", "zh")))
    assert big_pages >= 2 and len(pages) == 2 + big_pages
    # The small paper, then every page of the big one numbered 1..n, then the small one again.
    assert small in pages[0] and "第 1 页 / 共 1 页" in pages[0] and "副本" not in pages[0]
    for n, page in enumerate(pages[1:-1], start=1):
        assert big in page and f"第 {n} 页 / 共 {big_pages} 页" in page and "副本" in page
    assert small in pages[-1] and "第 1 页 / 共 1 页" in pages[-1]
    assert confirmations.paper_code(small) in pages[0]
    # One font subset for the whole file: far smaller than three separate files.
    single = len(render_confirmation(small, "a4", "zh"))
    assert len(batch.pdf) < 2 * single
    assert confirmations.print_count(small) == 0  # rendering counts nothing


def test_a_batch_of_receipts_cuts_each_roll_page_to_its_own_length(
    shop: None, clerk: Actor
) -> None:
    orders.create_order(clerk, tea_order("TB4001"))
    lines = [make_line(n, quantity=1, unit_price=1000 + n) for n in range(1, 13)]
    orders.create_order(clerk, make_order("BIG4", lines))
    short = refund_requests.request_refund(
        clerk,
        refund_requests.RefundRequest("TB4001", Selection({1: 1}), ReasonCode.QUALITY_PROBLEM),
    ).refund_no
    long = refund_requests.request_refund(
        clerk,
        refund_requests.RefundRequest(
            "BIG4", Selection(everything_left=True), ReasonCode.WRONG_ITEM
        ),
    ).refund_no
    reader = PdfReader(io.BytesIO(render_batch([short, long], "receipt80", "en").pdf))
    heights = [float(page.mediabox.height) for page in reader.pages]
    assert len(heights) == 2 and heights[1] > heights[0]
    alone = PdfReader(io.BytesIO(render_confirmation(long, "receipt80", "en"))).pages[0]
    assert round(heights[1]) == round(float(alone.mediabox.height))
    assert all(round(float(p.mediabox.width) / 72 * 25.4) == 80 for p in reader.pages)
    assert (
        long in reader.pages[1].extract_text() and "Page 1 of 1" in reader.pages[1].extract_text()
    )


def test_long_chinese_text_wraps_inside_its_column(shop: None, clerk: Actor) -> None:
    """A long note wraps onto more lines instead of running off the paper."""
    note = "顾客反映茶叶受潮结块并且包装破损，要求全额退款，已拍照留存。" * 6
    orders.create_order(clerk, tea_order("TB5001"))
    refund_no = refund_requests.request_refund(
        clerk,
        refund_requests.RefundRequest(
            "TB5001", Selection({1: 1}), ReasonCode.QUALITY_PROBLEM, note=note
        ),
    ).refund_no
    font = fonts.shop_font().name
    for layout in ("a4", "receipt80"):
        paper = get_layout(layout)
        pdf = render_confirmation(refund_no, layout, "zh")
        text = "".join(_text(pdf))
        assert note in text.replace("\n", "")  # all of it, in order
        pieces = [line for line in text.split("\n") if line and line in note]
        assert len(pieces) >= 3  # wrapped onto several lines
        room = paper.frame_width
        assert all(stringWidth(p, font, paper.font_size) <= room for p in pieces), pieces


def test_a_photo_sized_logo_is_scaled_to_what_paper_shows(
    owner: Actor, clerk: Actor, tmp_path: Path
) -> None:
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.effect_noise((2400, 1200), 60).convert("RGB").save(logo)  # noise: barely compressible
    shop_settings.set_shop(owner, {"name": "Shop", "logo_path": str(logo)})
    orders.create_order(clerk, tea_order("TB6001"))
    request = refund_requests.RefundRequest("TB6001", Selection({1: 1}), ReasonCode.NO_REASON)
    refund_no = refund_requests.request_refund(clerk, request).refund_no
    pdf = render_confirmation(refund_no, "a4", "en")
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    images = [x for x in page["/Resources"]["/XObject"].values() if x["/Subtype"] == "/Image"]
    assert [(x["/Width"], x["/Height"]) for x in images] == [(512, 256)]
    assert len(pdf) < 400 * 1024  # the full-size noise alone would be ~8 MB

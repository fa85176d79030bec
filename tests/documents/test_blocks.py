"""Line breaking of printed text: nothing lost, nothing wider than its column, breaks where a
reader expects them (between Chinese characters, at spaces, at a code's dashes)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfbase.pdfmetrics import stringWidth

from merchant_refunds.documents.blocks import wrap_lines
from merchant_refunds.documents.fonts import find_font

SIZE = 9.0


@pytest.fixture(scope="module")
def font() -> str:
    return find_font().name


def _fits(lines: list[str], font: str, width: float) -> bool:
    return all(stringWidth(line, font, SIZE) <= width for line in lines)


def test_chinese_breaks_between_characters_and_punctuation_never_starts_a_line(font: str) -> None:
    text = "商品存在质量问题的，本店承担退货运费，全额退还商品实付金额及相应运费。"
    width = stringWidth("商品存在质量问题的", font, SIZE) + 1  # the comma does not fit
    lines = wrap_lines(text, font, SIZE, width)
    assert "".join(lines) == text
    assert len(lines) > 2
    assert not any(line[0] in "，。" for line in lines)
    assert lines[0] == "商品存在质量问题的，"  # the comma stays with the line before


def test_english_breaks_at_spaces_and_a_paper_code_at_its_dashes(font: str) -> None:
    width = stringWidth("Two thousand five", font, SIZE) + 1
    lines = wrap_lines("Two thousand five hundred twenty-one yuan", font, SIZE, width)
    assert lines == ["Two thousand five", "hundred", "twenty-one yuan"]  # a word stays whole
    code = "RF202611260001-WVI7XW4D-1234-D0A292C8"
    width = stringWidth("RF202611260001-WVI7", font, SIZE)
    assert wrap_lines(code, font, SIZE, width) == [
        "RF202611260001-",
        "WVI7XW4D-1234-",
        "D0A292C8",
    ]
    width = stringWidth("Discount -15.2", font, SIZE)
    assert wrap_lines("Discount -15.27", font, SIZE, width) == ["Discount", "-15.27"]


def test_a_word_wider_than_the_column_is_cut_not_lost(font: str) -> None:
    word = "x" * 80
    lines = wrap_lines(word, font, SIZE, 60)
    assert "".join(lines) == word and len(lines) > 1
    assert _fits(lines, font, 60)


@settings(max_examples=150, deadline=None)
@given(
    text=st.text(
        alphabet=st.sampled_from(list("退款商品质量问题，。ab cd-EF12 \n（）")), max_size=120
    ),
    width=st.floats(min_value=30, max_value=300),
)
def test_wrapping_keeps_every_character_and_fits(text: str, width: float) -> None:
    font = find_font().name
    lines = wrap_lines(text, font, SIZE, width)
    # Only the spaces at a break are dropped; every other character stays, in order.
    assert "".join(lines).replace(" ", "") == text.replace(" ", "").replace("\n", "")
    fits = [
        line
        for line in lines
        if stringWidth(line, font, SIZE) > width
        and not (
            len(line) > 1 and line[-1] in "，。）" and stringWidth(line[:-1], font, SIZE) <= width
        )
    ]
    assert fits == []

"""Which font a printed confirmation embeds when the computer has none, or has one where the
freedesktop conventions put it (issue 15: a shop computer without a CJK font)."""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from merchant_refunds.appinfo import bundled_font_path
from merchant_refunds.documents import fonts
from merchant_refunds.documents.confirmation import render_confirmation
from merchant_refunds.domain.calculation import Selection
from merchant_refunds.domain.policy import ReasonCode
from merchant_refunds.services import orders, refund_requests
from merchant_refunds.services.users import Actor
from tests.factories import tea_order


@pytest.fixture(autouse=True)
def _fresh_choice() -> Iterator[None]:
    fonts.clear_cache()
    yield
    fonts.clear_cache()


@pytest.fixture
def refund_no(clerk: Actor) -> str:
    orders.create_order(clerk, tea_order("TB1001"))
    request = refund_requests.RefundRequest(
        "TB1001", Selection({1: 1}), ReasonCode.QUALITY_PROBLEM, note="茶叶受潮"
    )
    return refund_requests.request_refund(clerk, request).refund_no


def _base_fonts(pdf: bytes) -> set[str]:
    names = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]))
    return names


def test_the_bundled_font_ships_with_its_licence() -> None:
    font = bundled_font_path()
    assert font.is_file() and font.stat().st_size > 4_000_000
    licence = (font.parent / "LICENSE-wqy-microhei.txt").read_text(encoding="utf-8")
    assert "WenQuanYi Micro Hei" in licence and "Apache License" in licence
    assert "font exception" in licence.lower() or "special exception" in licence


def test_without_a_system_font_the_bundled_one_is_embedded(
    refund_no: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fonts, "system_fonts", lambda: [])
    choice = fonts.shop_font()
    assert choice.embedded and Path(choice.path) == bundled_font_path()
    pdf = render_confirmation(refund_no, "a4", "zh")
    names = _base_fonts(pdf)
    assert names and all(name.split("+")[-1].startswith("WenQuanYiMicroHei") for name in names)
    assert "退款确认单" in "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_a_system_font_comes_before_the_bundled_one() -> None:
    candidates = fonts.candidate_fonts()
    assert candidates[-1] == (str(bundled_font_path()), 0)
    assert len(candidates) > 1


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="Linux keeps fonts there")
def test_system_fonts_are_looked_for_in_the_xdg_data_folders(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Fonts installed under another data folder (XDG_DATA_DIRS) are found and embedded."""
    folder = tmp_path / "share" / "fonts" / "truetype" / "droid"
    folder.mkdir(parents=True)
    font = folder / "DroidSansFallbackFull.ttf"
    font.symlink_to(bundled_font_path())
    monkeypatch.setenv("XDG_DATA_DIRS", f"{tmp_path / 'nothing'}{os.pathsep}{tmp_path / 'share'}")
    monkeypatch.setattr(fonts, "_fc_list_candidates", lambda: [])
    found = fonts._xdg_font_dir_candidates()
    assert found and all(path.startswith(str(tmp_path)) for path, _index in found)
    choice = fonts.find_font()
    assert choice.embedded and choice.path == str(font)

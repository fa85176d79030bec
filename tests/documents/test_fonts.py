"""Which font a printed confirmation embeds: the bundled print font first (issue 16), the
computer's own only without it, found where the freedesktop conventions put it (issue 15)."""

from __future__ import annotations

import io
import os
import sys
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

pytestmark = pytest.mark.usefixtures("fresh_font_choice")


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


def test_the_bundled_font_is_embedded_without_searching_the_computer(
    refund_no: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same paper on every computer: the bundled print font comes first, and the computer's
    fonts are not even looked for (no ``fc-list`` run) while it is there."""

    def no_search() -> list[tuple[str, int]]:
        raise AssertionError("the computer's fonts were searched")

    monkeypatch.setattr(fonts, "system_fonts", no_search)
    choice = fonts.shop_font()
    assert choice.embedded and Path(choice.path) == bundled_font_path()
    pdf = render_confirmation(refund_no, "a4", "zh")
    names = _base_fonts(pdf)
    assert names and all(name.split("+")[-1].startswith("WenQuanYiMicroHei") for name in names)
    assert "退款确认单" in "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_without_the_bundled_font_a_system_font_is_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A packager removed the bundled file: the computer's TrueType CJK font is embedded."""
    monkeypatch.setattr(fonts, "bundled_font_path", lambda: tmp_path / "removed.ttf")
    system_font = tmp_path / "share" / "fonts" / "truetype" / "wqy" / "wqy-zenhei.ttc"
    system_font.parent.mkdir(parents=True)
    system_font.symlink_to(bundled_font_path())
    monkeypatch.setattr(fonts, "system_fonts", lambda: [(str(system_font), 0)])
    choice = fonts.find_font()
    assert choice.embedded and choice.path == str(system_font)


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
    monkeypatch.setattr(fonts, "bundled_font_path", lambda: tmp_path / "removed.ttf")
    found = fonts._xdg_font_dir_candidates()
    assert found and all(path.startswith(str(tmp_path)) for path, _index in found)
    choice = fonts.find_font()
    assert choice.embedded and choice.path == str(font)

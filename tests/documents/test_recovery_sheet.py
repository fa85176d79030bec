"""The printable recovery sheet: the key and its id readable from the PDF, Chinese and English
instructions, and every font embedded so it prints the same anywhere."""

from __future__ import annotations

import io
from datetime import date

from pypdf import PdfReader

from merchant_refunds.documents.recovery_sheet import render_recovery_sheet
from merchant_refunds.services import shop_keys, shop_settings
from merchant_refunds.services.users import Actor
from merchant_refunds.storage import shop_key
from tests.documents.test_confirmation import _fonts


def test_the_sheet_holds_the_key_its_id_and_both_languages(owner: Actor) -> None:
    shop_settings.set_shop(owner, {**shop_settings.get_shop(), "name": "青竹茶舍"})
    sheet = shop_keys.recovery_sheet(owner)
    pdf = render_recovery_sheet(sheet, "青竹茶舍", date(2026, 11, 26))
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    assert "青竹茶舍" in text and "2026-11-26" in text
    assert sheet.key_id in text
    # The 14 groups in order, each as one word a reader can copy
    words = [line.strip() for line in text.splitlines()]
    groups = [w for w in words if len(w) == 4 and w in sheet.recovery_text]
    assert "-".join(groups) == sheet.recovery_text
    assert shop_key.parse_recovery_text(" ".join(groups)) == shop_key.parse_recovery_text(
        sheet.recovery_text
    )
    flat, compact = " ".join(text.split()), "".join(text.split())
    assert "远离电脑" in compact and "away from the computer" in flat
    assert "第二个收银台" in compact and "a second counter on the same server" in flat
    assert "保险柜钥匙" in compact and "Keep it like the key to a safe" in flat
    fonts = _fonts(pdf)
    assert fonts and all(f["embedded"] for f in fonts), fonts

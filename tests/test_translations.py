"""The shipped translations: complete, faithful to their placeholders, and really compiled.

A string added to the GUI without a Chinese translation fails here with the list of what is
missing; the fix is ``python3 scripts/update_translations.py``, translate, run it again.
"""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from PySide6.QtCore import QTranslator

from merchant_refunds.ui.common import i18n

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "update_translations.py"
#: ``{order_no}`` (Python format fields of the Domain templates) and ``%1``/``%n`` (Qt markers).
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%(?:\d+|n)")
ACCELERATOR = re.compile(r"&(?!&)\w")


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("update_translations", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    # Registered first: its dataclasses look their module up while being created.
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


tools = _load_script()


def _translations(language: str) -> list[tuple[Any, str, list[str]]]:
    """(key, source, translated forms) for every live message of a catalogue."""
    result = []
    for key, message in tools.messages(tools.ts_path(language)).items():
        translation = message.find("translation")
        assert translation is not None, key
        forms = [form.text or "" for form in translation.findall("numerusform")]
        result.append((key, key.source, forms or [translation.text or ""]))
    return result


def _zh_translator() -> QTranslator:
    translator = QTranslator()
    assert translator.load(str(i18n.qm_path(i18n.CHINESE))), "the zh_CN .qm does not load"
    return translator


def test_catalogues_are_in_sync_with_the_sources_and_chinese_is_complete() -> None:
    """The same check CI runs: lists new, dropped and untranslated strings when it fails."""
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize("language", tools.LANGUAGES)
def test_translations_keep_every_placeholder(language: str) -> None:
    wrong = []
    for key, source, forms in _translations(language):
        expected = sorted(PLACEHOLDER.findall(source))
        for text in forms:
            if text and sorted(PLACEHOLDER.findall(text)) != expected:
                wrong.append(f"{key}: {text!r}")
    assert not wrong, "placeholders differ from the source:\n" + "\n".join(wrong)


def test_chinese_keeps_keyboard_accelerators() -> None:
    """``&File`` becomes ``文件(&F)``: Alt+F must still open the menu."""
    wrong = [
        f"{key}: {forms!r}"
        for key, source, forms in _translations(i18n.CHINESE)
        if ACCELERATOR.search(source) and not all(ACCELERATOR.search(f) for f in forms)
    ]
    assert not wrong, "accelerator lost:\n" + "\n".join(wrong)


def test_english_catalogue_repeats_the_english_sources() -> None:
    """The sources are the English texts; the catalogue is complete by repeating them."""
    different = [
        f"{key}: {forms!r}"
        for key, source, forms in _translations(i18n.ENGLISH)
        if not key.numerus and forms != [source]
    ]
    assert not different


def test_compiled_chinese_catalogue_translates_known_strings() -> None:
    translator = _zh_translator()
    template = "Nothing is left to refund on order {order_no}"
    text = translator.translate("Domain", template)
    assert text == "订单 {order_no} 已没有可退的金额"
    assert text.format(order_no="A1001") == "订单 A1001 已没有可退的金额"
    labels = {
        "Refund to original payment": "原路退回",
        "Bank transfer": "银行转账",
        "Store credit": "店铺余额",
        "Waiting for approval": "待审批",
        "Rejected": "已驳回",
        "Owner": "店主",
        "Clerk": "店员",
        "Accountant": "会计",
    }
    for source, expected in labels.items():
        assert translator.translate("Labels", source) == expected, source
    assert translator.translate("MainWindow", "&File") == "文件(&F)"
    assert translator.translate("SettingsView", "Shop") == "店铺"


@pytest.mark.parametrize("language", tools.LANGUAGES)
def test_compiled_catalogues_are_built_from_the_current_ts(language: str, tmp_path: Path) -> None:
    """A .ts edited without recompiling would ship old texts: rebuild and compare the bytes."""
    committed = tools.qm_path(language)
    assert committed.exists(), f"{committed.name} is missing: run {SCRIPT.name}"
    rebuilt = tmp_path / committed.name
    tools.run_lrelease(tools.ts_path(language), rebuilt)
    assert rebuilt.read_bytes() == committed.read_bytes(), f"{committed.name} is out of date"


def test_codes_inside_domain_messages_are_shown_in_chinese(qapp: Any) -> None:
    from PySide6.QtCore import QCoreApplication

    from merchant_refunds.ui.common.messages import translate_template

    translator = _zh_translator()
    QCoreApplication.installTranslator(translator)
    try:
        text = translate_template(
            "A {role} cannot {action}", {"role": "clerk", "action": "approve refunds"}
        )
        assert "店员" in text and "clerk" not in text
    finally:
        QCoreApplication.removeTranslator(translator)

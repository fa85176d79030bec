"""Every column of every export has a header in both languages: a reader who asks for English
must never get a machine key (or Chinese) at the top of a column."""

from __future__ import annotations

import pytest

from merchant_refunds.exports import closing, journal, reconciliation, stock, store_credit
from merchant_refunds.exports.run import dataset_columns
from merchant_refunds.exports.sinks import Column
from merchant_refunds.exports.texts import HEADERS, LANGS, header
from merchant_refunds.services.reporting import DATASETS


def _all_columns() -> dict[str, list[Column]]:
    files = {name: dataset_columns(name) for name in DATASETS}
    files["closing"] = list(closing.COLUMNS)
    files["journal"] = list(journal.COLUMNS)
    files["stock"] = list(stock.COLUMNS)
    files["store_credit"] = list(store_credit.COLUMNS)
    files["unmatched"] = list(reconciliation.UNMATCHED_COLUMNS)
    files["missing"] = list(reconciliation.MISSING_COLUMNS)
    return files


def test_both_languages_name_the_same_headers() -> None:
    assert set(HEADERS["zh"]) == set(HEADERS["en"])
    for lang in LANGS:
        assert all(text.strip() for text in HEADERS[lang].values())


@pytest.mark.parametrize("lang", LANGS)
def test_every_export_column_has_a_header_in_each_language(lang: str) -> None:
    missing = {
        (name, c.key)
        for name, columns in _all_columns().items()
        for c in columns
        if c.key not in HEADERS[lang]
    }
    assert missing == set()


def test_refund_kind_reads_in_english_and_chinese() -> None:
    assert header("refund_kind", "en", False) == "Refund kind"
    assert header("refund_kind", "zh_CN", False) == "退款类型"
    assert header("refund_kind", "en", True) == "refund_kind"

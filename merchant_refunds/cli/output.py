"""Printing for the command line: aligned plain text for people, JSON for scripts.

Chinese characters take two terminal columns, so columns are padded by display width, not by
``len``. Amounts are formatted by the locale taken from ``LANG``.
"""

from __future__ import annotations

import json
import os
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from merchant_refunds.domain.errors import RefundsError
from merchant_refunds.domain.money import Money


def locale_from_env() -> str:
    """``zh_CN`` for a Chinese ``LANG`` (zh_CN.UTF-8, zh_TW…), ``en_US`` for anything else."""
    lang = os.environ.get("LANG", "").strip().lower()
    return "zh_CN" if lang.startswith("zh") else "en_US"


def display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def pad(text: str, width: int, align: str = "<") -> str:
    gap = max(0, width - display_width(text))
    return " " * gap + text if align == ">" else text + " " * gap


def table(headers: Sequence[str], rows: Iterable[Sequence[str]], align: str = "") -> list[str]:
    """Rows under headers, columns padded to the widest cell; ``align`` has one "<" or ">" per
    column (left by default)."""
    body = [list(row) for row in rows]
    widths = [display_width(h) for h in headers]
    for row in body:
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], display_width(cell))
    aligns = (align or "").ljust(len(headers), "<")

    def line(cells: Sequence[str]) -> str:
        parts = [pad(c, widths[i], aligns[i]) for i, c in enumerate(cells)]
        return "  ".join(parts).rstrip()

    return [line(headers), *(line(row) for row in body)]


def when(value: datetime | date | None) -> str:
    if value is None:
        return "-"
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return value.isoformat()


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, Money):
        return {"amount": str(value.amount), "currency": value.currency}
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


class Output:
    """Where a command's results go; one instance per run of ``main``."""

    def __init__(self, json_mode: bool, locale: str | None = None) -> None:
        self.json_mode = json_mode
        self.locale = locale or locale_from_env()

    def money(self, minor: int, currency: str) -> str:
        return Money(minor, currency).format(self.locale)

    def major(self, minor: int, currency: str) -> str:
        """The exact amount in major units for JSON ("128.00", never a float)."""
        return str(Money(minor, currency).amount)

    def lines(self, lines: Iterable[str]) -> None:
        for text in lines:
            print(text, file=sys.stdout)

    def data(self, payload: Any) -> None:
        print(
            json.dumps(payload, ensure_ascii=False, indent=2, default=_json_default),
            file=sys.stdout,
        )

    def emit(self, payload: Any, human: Iterable[str]) -> None:
        """Print ``payload`` as JSON in ``--json`` mode, else the human lines."""
        if self.json_mode:
            self.data(payload)
        else:
            self.lines(human)

    def note(self, text: str) -> None:
        """A remark for people that scripts reading stdout must not see."""
        if not self.json_mode:
            print(text, file=sys.stderr)

    def error(self, exc: RefundsError) -> None:
        if self.json_mode:
            payload = {**exc.to_dict(), "exit_code": exc.exit_code}
            print(json.dumps(payload, ensure_ascii=False), file=sys.stderr)
        else:
            from merchant_refunds.cli.i18n import error_text, tx

            print(tx("error: {message}").format(message=error_text(exc)), file=sys.stderr)

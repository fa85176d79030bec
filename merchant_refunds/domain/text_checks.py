"""Checks on the text people type: what the shop's records accept is any script, emoji and
punctuation, but no control characters, no bidirectional overrides and nothing longer than its
column. (The texts shown to people are elsewhere: ``documents/texts.py``, ``exports/texts.py``
and, for the GUI, Qt's translations.)

Why: a control character or a right-to-left override in a name makes a printed confirmation, a
CSV export or the audit trail show something other than what is stored ("‮gnp.exe" reads
"exe.png"); an over-long value is truncated by PostgreSQL and would be stored half-way.
"""

from __future__ import annotations

import re
import unicodedata

from merchant_refunds.domain.errors import InvalidInput

#: Embeddings, overrides and isolates (the marks LRM/RLM/ALM stay allowed: RTL text needs them).
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
MULTILINE_ALLOWED = frozenset("\n\t")
#: Every character ``text_problem`` could object to (category Cc is exactly U+0000-001F and
#: U+007F-009F); almost all text has none, and the regex says so without a Python loop.
_SUSPECT = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def text_problem(value: str, *, multiline: bool = False) -> str | None:
    """Why ``value`` cannot be stored, or None."""
    if _SUSPECT.search(value) is None:
        return None
    for ch in value:
        if ch in BIDI_CONTROLS:
            return f"a text-direction control character (U+{ord(ch):04X})"
        category = unicodedata.category(ch)
        if category == "Cs":
            return "a broken character (unpaired surrogate)"
        if category == "Cc" and not (multiline and ch in MULTILINE_ALLOWED):
            return f"a control character (U+{ord(ch):04X})"
    return None


def check_text(value: str, what: str, limit: int, *, multiline: bool = False) -> str:
    """Return ``value`` unchanged when it may be stored; ``InvalidInput`` naming ``what`` if not."""
    if not isinstance(value, str):
        raise TypeError(f"{what} must be text, not {type(value).__name__}")
    if len(value) > limit:
        raise InvalidInput(
            "text_too_long", "The {what} is longer than {limit} characters", what=what, limit=limit
        )
    problem = text_problem(value, multiline=multiline)
    if problem:
        raise InvalidInput(
            "text_not_allowed", "The {what} contains {problem}", what=what, problem=problem
        )
    return value

"""The command line's language: Simplified Chinese where the user's locale asks for it, else
English, without Qt.

The texts are the GUI's: the English templates of the domain's errors and of the command line's
own messages are the source texts of the "Domain" context in the Qt catalogues (the .ts files
stay the one source of truth). ``scripts/update_translations.py`` writes the finished Chinese
ones into ``messages_zh_CN.py``, a plain dictionary that is imported only when the language is
Chinese, so an English run loads nothing and a Chinese one no Qt.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Mapping
from typing import Any

#: The environment that names the language of messages, strongest first (as POSIX reads it).
LANGUAGE_ENV = ("LC_ALL", "LC_MESSAGES", "LANG")


def messages_language() -> str:
    """``zh`` when the first of LC_ALL, LC_MESSAGES, LANG that is set starts with ``zh``."""
    for name in LANGUAGE_ENV:
        value = os.environ.get(name, "").strip()
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    return "en"


@functools.cache
def _catalogue() -> Mapping[str, str]:
    try:
        from merchant_refunds.cli.messages_zh_CN import MESSAGES
    except ImportError:  # a build without the catalogue: English rather than a crash
        return {}
    return MESSAGES


def tx(text: str) -> str:
    """``text`` (an English source text) in the user's language; untranslated, as it is."""
    if messages_language() != "zh":
        return text
    return _catalogue().get(text, text)


def render(template: str, params: Mapping[str, Any]) -> str:
    """A message template filled in, in the user's language; an error given as a parameter (an
    import problem's ``detail``) is shown in that language too."""
    from merchant_refunds.domain.errors import RefundsError

    shown = {
        key: render(value.template, value.params) if isinstance(value, RefundsError) else value
        for key, value in params.items()
    }
    if messages_language() == "zh":
        from merchant_refunds.cli.labels import coded_params

        shown = coded_params(template, shown)
    try:
        return tx(template).format(**shown)
    except (KeyError, IndexError, ValueError):
        return template.format(**params)


def error_text(error: Any) -> str:
    """A domain error's message in the user's language."""
    return render(error.template, error.params)

"""``settings show|set``: the shop's settings as JSON, out and back in (``services.settings_io``).

``show`` prints the whole document (or one section) as JSON, which is also what ``set`` reads:
edit the file and load it back; sections and keys left out stay as they are. A bad value names
where it is and changes nothing.
"""

from __future__ import annotations

import argparse
import json
import re
from decimal import Decimal
from typing import Any

from merchant_refunds.cli.i18n import tx
from merchant_refunds.cli.inputs import read_input_file, sign_in
from merchant_refunds.cli.output import Output
from merchant_refunds.domain.errors import InvalidInput
from merchant_refunds.services import settings_io
from merchant_refunds.services.database import open_database

#: The most a settings file may hold: the notice templates are the largest part, far below this.
MAX_SETTINGS_JSON = 1 << 20


#: The document is five levels deep (notices.templates.EVENT.LANG.body); deeper is not settings.
MAX_SETTINGS_DEPTH = 16
#: Longer numbers are refused before Python parses them (no setting needs more digits).
MAX_NUMBER_DIGITS = 20
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.S)
_BRACKET = re.compile(r"[\[\]{}]")


def _too_deep() -> InvalidInput:
    return InvalidInput(
        "settings_too_deep",
        "The settings are nested more than {limit} levels deep",
        limit=MAX_SETTINGS_DEPTH,
    )


def _number(text: str) -> int | Decimal:
    if len(text) > MAX_NUMBER_DIGITS:
        raise InvalidInput(
            "settings_number_too_long",
            "A number in the settings has more than {limit} characters",
            limit=MAX_NUMBER_DIGITS,
        )
    return int(text) if text.lstrip("-").isdigit() else Decimal(text)


def _no_constant(name: str) -> Any:
    raise InvalidInput("settings_not_number", "{name} is not a number", name=name)


def _unique(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for key, value in pairs:
        if key in found:
            raise InvalidInput("settings_key_twice", "The setting {name} is given twice", name=key)
        found[key] = value
    return found


def load_settings(raw: bytes) -> Any:
    """The JSON in ``raw``, or one clear ``InvalidInput``: not UTF-8, not JSON, nested too deep,
    a number too long, ``NaN``, a key given twice (a file a person edited by hand, or an attack:
    never a traceback). Numbers are ``int`` or ``Decimal``, never ``float``."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidInput("settings_not_utf8", "The settings file is not UTF-8 text") from None
    depth = 0
    for bracket in _BRACKET.findall(_STRING.sub("", text)):
        depth += 1 if bracket in "[{" else -1
        if depth > MAX_SETTINGS_DEPTH:
            raise _too_deep()
    try:
        return json.loads(
            text,
            parse_int=_number,
            parse_float=_number,
            parse_constant=_no_constant,
            object_pairs_hook=_unique,
        )
    except json.JSONDecodeError as exc:
        raise InvalidInput(
            "settings_bad_json",
            "The settings are not valid JSON (line {line}, column {column}): {problem}",
            line=exc.lineno,
            column=exc.colno,
            problem=exc.msg,
        ) from None
    except RecursionError:  # nesting the bracket count missed (it should not happen)
        raise _too_deep() from None


def _section(name: str | None) -> str | None:
    if name is not None and name not in settings_io.SECTIONS:
        raise InvalidInput(
            "unknown_settings_section",
            "Unknown settings section: {name} (known: {known})",
            name=name,
            known=", ".join(settings_io.SECTIONS),
        )
    return name


def show_cmd(args: argparse.Namespace, out: Output) -> int:
    section = _section(args.section)
    open_database(args.db)
    document = settings_io.current_settings()
    out.data(document[section] if section else document)
    return 0


def set_cmd(args: argparse.Namespace, out: Output) -> int:
    section = _section(args.section)
    document = load_settings(read_input_file(args.file, MAX_SETTINGS_JSON))
    if section:
        document = {section: document}
    open_database(args.db)
    actor = sign_in(args.user)
    changed = settings_io.apply_settings(actor, document)
    if changed:
        text = tx("Changed: {sections}").format(sections=", ".join(changed))
    else:
        text = tx("Nothing to change: the settings given are the ones stored")
    out.emit({"changed": changed}, [text])
    return 0

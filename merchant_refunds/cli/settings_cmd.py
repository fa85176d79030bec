"""``settings show|set``: the shop's settings as JSON, out and back in (``services.settings_io``).

``show`` prints the whole document (or one section) as JSON, which is also what ``set`` reads:
edit the file and load it back; sections and keys left out stay as they are. A bad value names
where it is and changes nothing.
"""

from __future__ import annotations

import argparse
import json

from merchant_refunds.cli.i18n import tx
from merchant_refunds.cli.inputs import read_input_file, sign_in
from merchant_refunds.cli.output import Output
from merchant_refunds.domain.errors import InvalidInput
from merchant_refunds.services import settings_io
from merchant_refunds.services.database import open_database

#: The most a settings file may hold: the notice templates are the largest part, far below this.
MAX_SETTINGS_JSON = 1 << 20


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
    raw = read_input_file(args.file, MAX_SETTINGS_JSON)
    try:
        document = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise InvalidInput("settings_not_utf8", "The settings file is not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise InvalidInput(
            "settings_bad_json",
            "The settings are not valid JSON (line {line}, column {column}): {problem}",
            line=exc.lineno,
            column=exc.colno,
            problem=exc.msg,
        ) from None
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

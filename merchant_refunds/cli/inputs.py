"""Turning what is typed on the command line into the services' inputs, with clear errors.

Everything here raises ``InvalidInput`` (exit code 2) before anything is written.
"""

from __future__ import annotations

import getpass
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from merchant_refunds.cli.parser import OWNER_PIN_ENV, PIN_ENV, USER_ENV
from merchant_refunds.domain.errors import InvalidInput
from merchant_refunds.domain.order import Order, OrderLine
from merchant_refunds.services import database, users
from merchant_refunds.services.users import Actor

_WHOLE = re.compile(r"[+-]?\d+")
_NUMBER = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)")


def parse_quantity(text: str, what: str) -> int:
    """A unit count typed by a person: a whole number of at least 1."""
    raw = text.strip()
    if not _WHOLE.fullmatch(raw):
        if _NUMBER.fullmatch(raw):
            raise InvalidInput(
                "invalid_quantity",
                "{what}: the quantity must be a whole number, not {qty}",
                what=what,
                qty=text,
            )
        raise InvalidInput(
            "invalid_quantity", "{what}: {qty} is not a quantity", what=what, qty=text
        )
    qty = int(raw)
    if qty <= 0:
        raise InvalidInput(
            "invalid_quantity",
            "{what}: the quantity must be at least 1, not {qty}",
            what=what,
            qty=raw,
        )
    if qty > 10**9:
        raise InvalidInput(
            "invalid_quantity", "{what}: {qty} units is too many", what=what, qty=raw
        )
    return qty


def _line_for(order: Order, key: str, qty: str | None) -> OrderLine:
    """The line ``key`` names: ``#N`` by number, else by SKU, which must be on one line only
    (``qty``: the units typed with it, for the example in the message)."""
    if key.startswith("#"):
        number = key[1:].strip()
        if not number.isdigit():
            raise InvalidInput(
                "invalid_line_spec", "{key} is not a line number such as #2", key=key
            )
        return order.line(int(number))
    matches = order.lines_by_sku(key)
    if not matches:
        raise InvalidInput(
            "unknown_sku",
            "Order {order_no} has no SKU {sku} (its SKUs: {skus})",
            order_no=order.order_no,
            sku=key,
            skus=", ".join(dict.fromkeys(line.sku for line in order.lines)),
        )
    if len(matches) > 1:
        numbers = [str(line.line_no) for line in matches]
        if qty is None:
            raise InvalidInput(
                "ambiguous_sku",
                "SKU {sku} is on lines {lines} of order {order_no}: "
                "name the line instead, e.g. --line '#{first}'",
                sku=key,
                lines=", ".join(numbers),
                order_no=order.order_no,
                first=numbers[0],
            )
        raise InvalidInput(
            "ambiguous_sku",
            "SKU {sku} is on lines {lines} of order {order_no}: "
            "name the line instead, e.g. --line '#{first}={qty}'",
            sku=key,
            lines=", ".join(numbers),
            order_no=order.order_no,
            first=numbers[0],
            qty=qty,
        )
    return matches[0]


def resolve_line(order: Order, spec: str) -> int:
    """``SKU`` or ``#LINE`` (a refund by amount names a line without units) -> line number."""
    key = spec.strip()
    if not key or "=" in key:
        raise InvalidInput(
            "invalid_amount_line",
            "With --amount, --line names one line: SKU or #LINE, not {spec!r}",
            spec=spec,
        )
    return _line_for(order, key, None).line_no


def resolve_lines(order: Order, specs: Sequence[str]) -> dict[int, int]:
    """``SKU=QTY`` or ``#LINE=QTY`` per spec -> units per line number.

    A SKU that appears on two lines is ambiguous: the caller must name the line by number.
    """
    chosen: dict[int, int] = {}
    for spec in specs:
        key, sep, qty_text = spec.rpartition("=")
        key = key.strip()
        if not sep or not key:
            raise InvalidInput(
                "invalid_line_spec",
                "--line takes SKU=QTY or #LINE=QTY, not {spec!r}",
                spec=spec,
            )
        line = _line_for(order, key, qty_text.strip())
        qty = parse_quantity(qty_text, f"Line {line.line_no} ({line.sku})")
        if line.line_no in chosen:
            raise InvalidInput(
                "duplicate_line",
                "Line {line} ({sku}) is given twice",
                line=line.line_no,
                sku=line.sku,
            )
        chosen[line.line_no] = qty
    return chosen


def read_input_file(path_text: str, limit: int) -> bytes:
    """The file's bytes, or standard input's for ``-``; more than ``limit`` bytes is refused
    without reading the rest (the parser decodes and judges the text)."""
    if path_text == "-":
        stream = getattr(sys.stdin, "buffer", None)  # a replaced sys.stdin may have none
        data = stream.read(limit + 1) if stream else sys.stdin.read(limit + 1).encode()
    else:
        try:
            with Path(path_text).open("rb") as f:
                data = f.read(limit + 1)
        except FileNotFoundError:
            raise InvalidInput("file_not_found", "No such file: {path}", path=path_text) from None
        except IsADirectoryError:
            raise InvalidInput(
                "file_is_folder", "{path} is a folder, not a file", path=path_text
            ) from None
        except OSError as exc:
            raise InvalidInput(
                "file_unreadable",
                "Cannot read {path}: {error}",
                path=path_text,
                error=exc.strerror,
            ) from None
    if len(data) > limit:
        raise InvalidInput(
            "file_too_large",
            "{path} is larger than {limit} bytes; this is not an order file",
            path="standard input" if path_text == "-" else path_text,
            limit=limit,
        )
    return data


def read_pin(user: str, env: str = PIN_ENV) -> str:
    """The PIN from ``env`` (``MERCHANT_REFUNDS_PIN``), else asked on the terminal without echo."""
    pin = os.environ.get(env)
    if pin is not None:
        return pin.strip()
    if not sys.stdin.isatty():
        raise InvalidInput(
            "pin_required",
            "A PIN is needed for {user}: set {env} or run in a terminal to be asked",
            user=user,
            env=env,
        )
    try:
        return getpass.getpass(f"PIN for {user}: ")
    except EOFError:
        raise InvalidInput("pin_required", "No PIN given for {user}", user=user) from None


def read_owner_pin(owner: str) -> str:
    """The PIN of the owner authorising at the counter: ``MERCHANT_REFUNDS_OWNER_PIN`` or asked."""
    return read_pin(owner, OWNER_PIN_ENV)


def acting_name(user: str | None) -> str:
    """The acting user's name (``--user`` or ``MERCHANT_REFUNDS_USER``); required."""
    name = (user or os.environ.get(USER_ENV, "")).strip()
    if not name:
        raise InvalidInput(
            "user_required", "Say who is acting: --user NAME (or set {env})", env=USER_ENV
        )
    return name


def sign_in(user: str | None) -> Actor:
    """Authenticate the acting user (``--user`` or ``MERCHANT_REFUNDS_USER``)."""
    name = acting_name(user)
    actor = users.authenticate(name, read_pin(name))
    database.note_signed_in(actor.name)
    return actor

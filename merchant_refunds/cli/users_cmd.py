"""``init --shop --owner`` and ``users``: a shop set up and staffed from the command line alone.

A new PIN is never typed on the command line (it would stay in the shell's history): it comes
from ``MERCHANT_REFUNDS_NEW_PIN`` (the first owner's from ``MERCHANT_REFUNDS_PIN``) or is asked
twice on the terminal without echo. Every input is checked before anyone signs in, so a typo
costs no PIN and changes nothing.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from merchant_refunds.cli.i18n import tx
from merchant_refunds.cli.inputs import acting_name, read_pin, sign_in
from merchant_refunds.cli.output import Output, table
from merchant_refunds.cli.parser import NEW_PIN_ENV, PIN_ENV
from merchant_refunds.domain.errors import N_, InvalidInput, Refused
from merchant_refunds.domain.text_checks import check_text
from merchant_refunds.services import database, shop_settings, users


def read_new_pin(user: str, env: str = NEW_PIN_ENV, minimum: int | None = None) -> str:
    """A new PIN for ``user``: from ``env``, else typed twice on the terminal; checked against
    the PIN rules (``minimum`` digits at least; the shop's minimum unless given)."""
    pin = os.environ.get(env)
    if pin is None:
        if not sys.stdin.isatty():
            raise InvalidInput(
                "new_pin_required",
                "A new PIN is needed for {user}: set {env} or run in a terminal to be asked",
                user=user,
                env=env,
            )
        try:
            pin = getpass.getpass(tx("New PIN for {user}: ").format(user=user))
            again = getpass.getpass(tx("The same PIN again: "))
        except EOFError:
            raise InvalidInput("pin_required", "No PIN given for {user}", user=user) from None
        if pin != again:
            raise InvalidInput("pins_differ", "The two PINs differ; nothing was changed")
    return users.validate_pin(pin.strip(), minimum)


ROLE_WORDS = {"owner": N_("owner"), "clerk": N_("clerk"), "accountant": N_("accountant")}


def _role_name(role: str) -> str:
    return tx(ROLE_WORDS.get(role, role))


def init_cmd(args: argparse.Namespace, out: Output) -> int:
    """``init``: the database; with ``--shop`` and ``--owner`` also the shop and its owner."""
    if args.shop is None and args.owner is None:
        from merchant_refunds.cli.commands import init_cmd as database_only

        return database_only(args, out)
    if not args.shop or not args.owner:
        raise InvalidInput("init_needs_both", "Give both --shop NAME and --owner NAME")
    shop = {"name": check_text(args.shop.strip(), "shop name", 500)}
    if not shop["name"]:
        raise InvalidInput("shop_name_missing", "The shop needs a name")
    if args.currency:
        shop["currency"] = args.currency.strip().upper()
    owner = users.validate_user_name(args.owner)
    check_text(args.display_name or "", "display name", 200)
    done = database.initialise(args.db)
    if users.has_users():
        raise_already_set_up()
    pin = read_new_pin(owner, PIN_ENV)
    actor = shop_settings.set_up_shop(shop, owner, pin, args.display_name or "")
    database.note_signed_in(actor.name)
    where = str(done.target)
    lines = [
        tx("Set up {shop} at {where}: {owner} is its owner.").format(
            shop=shop["name"], where=where, owner=actor.name
        ),
        tx("Keep the recovery key on paper now: {command}").format(
            command=f"merchant-refunds key show -o recovery-key.pdf --user {actor.name}"
        ),
        tx("Then add the staff: {command}").format(
            command="merchant-refunds users add NAME --role clerk --user " + actor.name
        ),
    ]
    payload = {
        "database": where,
        "created": done.created,
        "schema": done.schema,
        "shop": shop["name"],
        "owner": actor.name,
    }
    out.emit(payload, lines)
    return 0


def raise_already_set_up() -> None:
    raise Refused(
        "shop_already_set_up", "This shop is already set up; its owner adds users (users add)"
    )


def _user_payload(info: users.UserInfo) -> dict[str, object]:
    return {
        "name": info.name,
        "display_name": info.display_name,
        "role": info.role.value,
        "active": info.active,
        "locked": info.locked,
    }


def list_cmd(args: argparse.Namespace, out: Output) -> int:
    database.open_database(args.db)
    sign_in(args.user)
    found = users.list_users()
    rows = [
        [
            u.name,
            u.display_name,
            _role_name(u.role.value),
            tx("active") if u.active else tx("deactivated"),
            tx("locked") if u.locked else "",
        ]
        for u in found
    ]
    heads = [tx("name"), tx("display name"), tx("role"), tx("status"), ""]
    out.emit([_user_payload(u) for u in found], table(heads, rows))
    return 0


def _done(out: Output, info: users.UserInfo, text: str) -> int:
    out.emit(_user_payload(info), [text])
    return 0


def add_cmd(args: argparse.Namespace, out: Output) -> int:
    name = users.validate_user_name(args.name)
    check_text(args.display_name or "", "display name", 200)
    database.open_database(args.db)
    acting_name(args.user)
    pin = read_new_pin(name)
    actor = sign_in(args.user)
    made = users.create_user(actor, name, args.role, pin, args.display_name or "")
    info = next(u for u in users.list_users() if u.name == made.name)
    text = tx("Added {name} as {role}.").format(name=made.name, role=_role_name(made.role.value))
    return _done(out, info, text)


def role_cmd(args: argparse.Namespace, out: Output) -> int:
    database.open_database(args.db)
    actor = sign_in(args.user)
    info = users.set_role(actor, args.name, args.role)
    text = tx("{name} is now {role}.").format(name=info.name, role=_role_name(info.role.value))
    return _done(out, info, text)


def active_cmd(args: argparse.Namespace, out: Output) -> int:
    database.open_database(args.db)
    actor = sign_in(args.user)
    active = args.action == "activate"
    info = users.set_active(actor, args.name, active)
    text = tx("{name} can sign in again.") if active else tx("{name} can no longer sign in.")
    return _done(out, info, text.format(name=info.name))


def reset_pin_cmd(args: argparse.Namespace, out: Output) -> int:
    database.open_database(args.db)
    acting_name(args.user)
    pin = read_new_pin(args.name)
    actor = sign_in(args.user)
    users.reset_pin(actor, args.name, pin)
    info = next(u for u in users.list_users() if u.name == args.name)
    return _done(out, info, tx("New PIN set for {name}.").format(name=info.name))


def change_pin_cmd(args: argparse.Namespace, out: Output) -> int:
    """One's own PIN: the current one signs in (even one shorter than the shop now asks for,
    which is what this command is for), then the new one replaces it."""
    database.open_database(args.db)
    name = acting_name(args.user)
    current = read_pin(name)
    new = read_new_pin(name)
    actor = users.sign_in(name, current).actor
    database.note_signed_in(actor.name)
    users.change_own_pin(actor, new)
    info = next(u for u in users.list_users() if u.name == actor.name)
    return _done(out, info, tx("Your new PIN is set, {name}.").format(name=actor.name))

"""Users, roles and PINs: PINs are kept as salted scrypt hashes; wrong guesses are throttled."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import timedelta

from merchant_refunds.domain.errors import InvalidInput, NotFound, PermissionDenied, Refused
from merchant_refunds.domain.lifecycle import Role
from merchant_refunds.domain.text_rules import check_text
from merchant_refunds.services import audit, clock
from merchant_refunds.storage import models as m
from merchant_refunds.storage.db import name_session, write_transaction

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
MAX_ATTEMPTS = 5
LOCKOUT = timedelta(minutes=5)


@dataclass(frozen=True)
class Actor:
    """An authenticated user acting through the services."""

    id: int
    name: str
    role: Role
    display_name: str = ""


def hash_pin(pin: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def check_pin(pin: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    try:
        actual = hashlib.scrypt(
            pin.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p)
        )
    except ValueError:
        return False
    return hmac.compare_digest(actual.hex(), digest)


def validate_pin(pin: str) -> str:
    if not isinstance(pin, str) or not pin.isdigit() or not 4 <= len(pin) <= 12:
        raise InvalidInput("invalid_pin", "A PIN is 4 to 12 digits")
    return pin


def _validate_name(name: str) -> str:
    name = name.strip()
    if not name or len(name) > 64 or any(ch.isspace() for ch in name):
        raise InvalidInput("invalid_user_name", "A user name is 1 to 64 characters without spaces")
    return check_text(name, "user name", 64)


def validate_user_name(name: str) -> str:
    """The sign-in name rules, for forms that check a field before saving."""
    return _validate_name(name)


def _parse_role(role: str) -> Role:
    try:
        return Role(role)
    except ValueError:
        raise InvalidInput(
            "invalid_role", "Unknown role: {role} (owner, clerk or accountant)", role=role
        ) from None


def has_users() -> bool:
    return m.User.select().exists()


def create_user(
    actor: Actor | None, name: str, role: str, pin: str, display_name: str = ""
) -> Actor:
    """Add a user. Without users yet, the first one must be an owner and needs no actor."""
    name = _validate_name(name)
    check_text(display_name, "display name", 200)
    parsed_role = _parse_role(role)
    validate_pin(pin)
    pin_hash = hash_pin(pin)
    with write_transaction():
        first = not m.User.select().exists()
        if first:
            if parsed_role is not Role.OWNER:
                raise Refused("first_user_owner", "The first user must be the shop owner")
        elif actor is None or actor.role is not Role.OWNER:
            raise PermissionDenied("owner_only", "Only the shop owner can add users")
        if m.User.select().where(m.User.name == name).exists():
            raise Refused("user_exists", "There is already a user called {name}", name=name)
        row = m.User.create(
            name=name,
            display_name=display_name or name,
            role=parsed_role.value,
            pin_hash=pin_hash,
            created_at=clock.now(),
        )
        audit.record(
            actor.name if actor else name,
            "user.create",
            "user",
            name,
            None,
            {"name": name, "role": parsed_role.value},
        )
    return Actor(row.id, row.name, parsed_role, row.display_name)


def authenticate(name: str, pin: str) -> Actor:
    """Check a PIN. After five wrong PINs the user is locked for five minutes."""
    row = m.User.get_or_none(m.User.name == name.strip())
    if row is None or not row.active:
        raise NotFound("unknown_user", "No active user called {name}", name=name)
    name_session(row.name)
    now = clock.now()
    if row.locked_until and row.locked_until > now:
        raise PermissionDenied(
            "user_locked",
            "Too many wrong PINs: {name} is locked until {until}",
            name=name,
            until=row.locked_until.strftime("%H:%M"),
        )
    ok = check_pin(pin, row.pin_hash)
    with write_transaction():
        if ok:
            m.User.update(failed_attempts=0, locked_until=None).where(m.User.id == row.id).execute()
        else:
            attempts = row.failed_attempts + 1
            locked = now + LOCKOUT if attempts >= MAX_ATTEMPTS else None
            m.User.update(failed_attempts=0 if locked else attempts, locked_until=locked).where(
                m.User.id == row.id
            ).execute()
            audit.record(name, "user.pin_failed", "user", name, None, {"attempt": attempts})
    if not ok:
        raise PermissionDenied("wrong_pin", "Wrong PIN for {name}", name=name)
    return Actor(row.id, row.name, Role(row.role), row.display_name)


def get_actor(name: str) -> Actor:
    row = m.User.get_or_none(m.User.name == name)
    if row is None:
        raise NotFound("unknown_user", "No user called {name}", name=name)
    return Actor(row.id, row.name, Role(row.role), row.display_name)


def require_role(actor: Actor, *roles: Role, action: str) -> None:
    """The services' own permission check; the GUI hiding a button is not enough."""
    if actor.role not in roles:
        raise PermissionDenied(
            "role_not_allowed", "A {role} cannot {action}", role=actor.role.value, action=action
        )


@dataclass(frozen=True)
class UserInfo:
    """What the user list in the settings and the login screen show; never the PIN hash."""

    name: str
    display_name: str
    role: Role
    active: bool
    locked: bool


def _to_info(row: m.User) -> UserInfo:
    locked = bool(row.locked_until and row.locked_until > clock.now())
    return UserInfo(
        row.name, row.display_name or row.name, Role(row.role), bool(row.active), locked
    )


def list_users(*, active_only: bool = False) -> list[UserInfo]:
    query = m.User.select().order_by(m.User.name)
    if active_only:
        query = query.where(m.User.active == True)  # noqa: E712 - peewee expression
    return [_to_info(u) for u in query]


def _user_row(name: str) -> m.User:
    row = m.User.get_or_none(m.User.name == name)
    if row is None:
        raise NotFound("unknown_user", "No user called {name}", name=name)
    return row


def _other_active_owners(row: m.User) -> bool:
    return (
        m.User.select()
        .where(
            (m.User.role == Role.OWNER.value) & (m.User.active == True) & (m.User.id != row.id)  # noqa: E712
        )
        .exists()
    )


def set_role(actor: Actor, name: str, role: str) -> UserInfo:
    """Change a user's role; the shop always keeps at least one active owner."""
    require_role(actor, Role.OWNER, action="change a user's role")
    parsed = _parse_role(role)
    with write_transaction():
        row = _user_row(name)
        before = row.role
        if (
            before == Role.OWNER.value
            and parsed is not Role.OWNER
            and not _other_active_owners(row)
        ):
            raise Refused("last_owner", "The shop needs at least one active owner")
        m.User.update(role=parsed.value).where(m.User.id == row.id).execute()
        audit.record(
            actor.name, "user.role", "user", name, {"role": before}, {"role": parsed.value}
        )
    return _info(name)


def reset_pin(actor: Actor, name: str, pin: str) -> None:
    """An owner sets a new PIN for someone who forgot theirs; this also lifts a lock-out."""
    require_role(actor, Role.OWNER, action="reset a PIN")
    validate_pin(pin)
    pin_hash = hash_pin(pin)
    with write_transaction():
        row = _user_row(name)
        m.User.update(pin_hash=pin_hash, failed_attempts=0, locked_until=None).where(
            m.User.id == row.id
        ).execute()
        audit.record(actor.name, "user.reset_pin", "user", name, None, None)


def set_active(actor: Actor, name: str, active: bool) -> UserInfo:
    """Deactivate or reactivate a user. Users are never deleted: their history names them."""
    require_role(actor, Role.OWNER, action="deactivate a user")
    with write_transaction():
        row = _user_row(name)
        if not active:
            if row.id == actor.id:
                raise Refused("deactivate_self", "You cannot deactivate yourself")
            if row.role == Role.OWNER.value and not _other_active_owners(row):
                raise Refused("last_owner", "The shop needs at least one active owner")
        before = bool(row.active)
        m.User.update(active=active).where(m.User.id == row.id).execute()
        audit.record(
            actor.name,
            "user.activate" if active else "user.deactivate",
            "user",
            name,
            {"active": before},
            {"active": active},
        )
    return _info(name)


def _info(name: str) -> UserInfo:
    return _to_info(_user_row(name))

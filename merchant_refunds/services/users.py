"""Users, roles and PINs: PINs are kept as salted scrypt hashes; wrong guesses are counted
before they are checked, so a burst of parallel guesses cannot outrun the lock-out."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import timedelta

from merchant_refunds.domain.errors import InvalidInput, NotFound, PermissionDenied, Refused
from merchant_refunds.domain.lifecycle import Role
from merchant_refunds.domain.text_checks import check_text
from merchant_refunds.services import audit, clock
from merchant_refunds.storage import models as m
from merchant_refunds.storage.db import name_session, write_transaction


@dataclass(frozen=True)
class KdfParams:
    """scrypt's cost: ``n`` (work and memory), ``r`` (block size), ``p`` (parallel lanes)."""

    n: int
    r: int
    p: int

    @property
    def maxmem(self) -> int:
        """The memory scrypt needs (128·r·(n+p+2) bytes) plus slack: OpenSSL refuses more than
        32 MiB unless told, and the production cost needs just over that."""
        return 128 * self.r * (self.n + self.p + 2) + 2**20

    def to_dict(self) -> dict[str, int]:
        return {"n": self.n, "r": self.r, "p": self.p}


#: The cost of every new PIN hash: about 85 ms and 32 MiB per check on the reference machine
#: (``benchmarks/bench_pin_hash.py``, docs/performance.md). Time and memory grow with n·r; n stays
#: at 2^17 and r=2 brings one check near 100 ms (r=8 took 340 ms there, too slow for a sign-in).
#: Tests make it cheap (tests/conftest.py); stored hashes carry their own cost, so older ones
#: still verify and are re-hashed with this one at the next successful sign-in.
PIN_KDF = KdfParams(n=2**17, r=2, p=1)
#: The cost used before 2026-12 (hashes made with it are upgraded at sign-in).
LEGACY_KDF = KdfParams(n=2**14, r=8, p=1)
#: The most a stored hash may ask for; beyond this it is a damaged or planted row, not a PIN.
MAX_KDF = KdfParams(n=2**20, r=16, p=4)
MAX_ATTEMPTS = 5
LOCKOUT = timedelta(minutes=5)
PIN_MIN_DIGITS = 4
PIN_MAX_DIGITS = 12


@dataclass(frozen=True)
class Actor:
    """An authenticated user acting through the services."""

    id: int
    name: str
    role: Role
    display_name: str = ""


def hash_pin(pin: str, params: KdfParams | None = None) -> str:
    """A salted scrypt hash that names its own cost: ``scrypt$n$r$p$salt$digest``."""
    kdf = params or PIN_KDF
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=kdf.n, r=kdf.r, p=kdf.p, maxmem=kdf.maxmem)
    return f"scrypt${kdf.n}${kdf.r}${kdf.p}${salt.hex()}${digest.hex()}"


def _parse_hash(stored: str) -> tuple[KdfParams, bytes, str] | None:
    """Cost, salt and digest of a stored hash; None for anything that is not one we made."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        kdf = KdfParams(int(n), int(r), int(p))
        salt_bytes = bytes.fromhex(salt)
    except ValueError:
        return None
    if scheme != "scrypt" or not (
        1 <= kdf.n <= MAX_KDF.n and 1 <= kdf.r <= MAX_KDF.r and 1 <= kdf.p <= MAX_KDF.p
    ):
        return None
    return kdf, salt_bytes, digest


def check_pin(pin: str, stored: str) -> bool:
    """Whether ``pin`` matches ``stored``, with the cost written in the hash."""
    parsed = _parse_hash(stored)
    if parsed is None:
        return False
    kdf, salt, digest = parsed
    try:
        actual = hashlib.scrypt(
            pin.encode(), salt=salt, n=kdf.n, r=kdf.r, p=kdf.p, maxmem=kdf.maxmem
        )
    except ValueError:
        return False
    return hmac.compare_digest(actual.hex(), digest)


def hash_params(stored: str) -> KdfParams | None:
    """The cost a stored hash was made with (None if it is not a hash of ours)."""
    parsed = _parse_hash(stored)
    return parsed[0] if parsed else None


def needs_rehash(stored: str) -> bool:
    """Made with another cost than today's ``PIN_KDF``: re-hash it once the PIN is known."""
    return hash_params(stored) != PIN_KDF


def pin_minimum() -> int:
    """The fewest digits the shop accepts for a new or changed PIN (a shop setting, 4 to 12)."""
    # Imported here: the settings module imports this one for ``Actor`` and ``require_role``.
    from merchant_refunds.services import shop_settings

    return shop_settings.get_pin_min_digits()


def validate_pin(pin: str, minimum: int | None = None) -> str:
    """The rules for a new or changed PIN: 4 to 12 digits (0-9), and at least the shop's minimum
    (``pin_minimum()`` unless given). Signing in checks no format: any guess simply fails."""
    if (
        not isinstance(pin, str)
        or not (pin.isascii() and pin.isdigit())
        or not PIN_MIN_DIGITS <= len(pin) <= PIN_MAX_DIGITS
    ):
        raise InvalidInput("invalid_pin", "A PIN is 4 to 12 digits")
    least = pin_minimum() if minimum is None else minimum
    if len(pin) < least:
        raise InvalidInput(
            "pin_below_minimum", "This shop's PINs have at least {min} digits", min=least
        )
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


@dataclass(frozen=True)
class SignIn:
    """A successful sign-in. ``pin_too_short``: the PIN is shorter than the shop now asks for, so
    the program should have the user choose a new one (``change_own_pin``) before going on."""

    actor: Actor
    pin_too_short: bool


def sign_in(name: str, pin: str) -> SignIn:
    """Check a PIN. After ``MAX_ATTEMPTS`` guesses without a right one the user is locked for
    ``LOCKOUT``; even the right PIN is refused until then.

    Every guess is counted before it is checked, in its own short write transaction: that
    transaction refuses a locked user, adds one to ``failed_attempts`` and, at the limit, already
    sets ``locked_until``. Only then, outside any lock, is the slow hash computed. So guesses
    started together (threads, processes, other computers) queue on the write lock one by one,
    and at most ``MAX_ATTEMPTS`` of them are ever checked per lock-out; the rest are refused
    without a hash being computed. A second short transaction records the result: a wrong PIN's
    audit event, or for a right one the count reset (and the hash upgraded, see ``needs_rehash``).

    Checking the hash inside the write transaction would give the same count but hold the lock
    for the 100 ms of every sign-in, and on SQLite the lock is the whole database: every other
    counter's sign-in and save would wait behind each guess. Counting first costs one extra short
    transaction. If the program dies between the two, the guess stays counted (the safe side)
    without its event. A right PIN resets the count even while other guesses are still being
    checked; that gives an attacker no more than typing between the real user's sign-ins would.
    """
    row = _counted_check(name, pin, "user.sign_in")
    name_session(row.name)
    actor = Actor(row.id, row.name, Role(row.role), row.display_name)
    return SignIn(actor, len(pin) < pin_minimum())


def _counted_check(name: str, pin: str, event: str) -> m.User:
    """The counted PIN check of ``sign_in``; ``event`` records the right PIN."""
    name = name.strip()
    with write_transaction():
        row = m.User.get_or_none(m.User.name == name)
        if row is None or not row.active:
            raise NotFound("unknown_user", "No active user called {name}", name=name)
        now = clock.now()
        if row.locked_until and row.locked_until > now:
            raise PermissionDenied(
                "user_locked",
                "Too many wrong PINs: {name} is locked until {until}",
                name=name,
                until=row.locked_until.strftime("%H:%M"),
            )
        from merchant_refunds.services import integrity

        integrity.verify_user(row.name)
        # A lock-out that has ended starts a new count.
        attempts = 1 if row.locked_until else row.failed_attempts + 1
        locked = now + LOCKOUT if attempts >= MAX_ATTEMPTS else None
        m.User.update(failed_attempts=attempts, locked_until=locked).where(
            m.User.id == row.id
        ).execute()
        # The count is a protected row (a count lowered by hand would allow more guesses).
        audit.record(name, "user.pin_attempt", "user", name, None, {"attempt": attempts})
        stored = row.pin_hash
    if not check_pin(pin, stored):
        with write_transaction():
            audit.record(name, "user.pin_failed", "user", name, None, {"attempt": attempts})
        raise PermissionDenied("wrong_pin", "Wrong PIN for {name}", name=name)
    new_hash = hash_pin(pin) if needs_rehash(stored) else None
    with write_transaction():
        changes: dict[str, object] = {"failed_attempts": 0, "locked_until": None}
        if new_hash:
            changes["pin_hash"] = new_hash
        # Only if the PIN was not reset (nor the user deactivated) while it was being checked.
        updated = (
            m.User.update(**changes)
            .where(
                (m.User.id == row.id) & (m.User.pin_hash == stored) & (m.User.active == True)  # noqa: E712
            )
            .execute()
        )
        if not updated:
            raise PermissionDenied("wrong_pin", "Wrong PIN for {name}", name=name)
        audit.record(name, event, "user", name, None, None)
        if new_hash:
            before = hash_params(stored)
            audit.record(
                name,
                "user.pin_rehash",
                "user",
                name,
                {"kdf": before.to_dict() if before else None},
                {"kdf": PIN_KDF.to_dict()},
            )
    return row


def authenticate(name: str, pin: str) -> Actor:
    """``sign_in`` for callers that cannot ask for a new PIN (the command line): a PIN shorter
    than the shop's minimum is refused, after it was checked, with what to do about it."""
    result = sign_in(name, pin)
    if result.pin_too_short:
        raise Refused(
            "pin_too_short",
            "The PIN of {name} is shorter than this shop's minimum of {min} digits: choose a new "
            "one when signing in to the program, or ask the owner to reset it",
            name=name.strip(),
            min=pin_minimum(),
        )
    return result.actor


def authenticate_here(name: str, pin: str) -> Actor:
    """``authenticate`` for a person confirming a decision on a screen where someone else may be
    signed in (an owner at the clerk's counter, an owner re-entering his PIN): the same counted
    guesses and lock-out, recorded as ``user.authorise``; this program's session keeps its user."""
    row = _counted_check(name, pin, "user.authorise")
    if len(pin) < pin_minimum():
        raise Refused(
            "pin_too_short",
            "The PIN of {name} is shorter than this shop's minimum of {min} digits: choose a new "
            "one when signing in to the program, or ask the owner to reset it",
            name=row.name,
            min=pin_minimum(),
        )
    return Actor(row.id, row.name, Role(row.role), row.display_name)


def change_own_pin(actor: Actor, pin: str) -> None:
    """A signed-in user chooses a new PIN (asked for when theirs is shorter than the minimum)."""
    validate_pin(pin)
    pin_hash = hash_pin(pin)
    with write_transaction():
        row = _user_row(actor.name)
        if row.id != actor.id or not row.active:
            raise NotFound("unknown_user", "No active user called {name}", name=actor.name)
        m.User.update(pin_hash=pin_hash, failed_attempts=0, locked_until=None).where(
            m.User.id == row.id
        ).execute()
        audit.record(actor.name, "user.change_pin", "user", actor.name, None, None)


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

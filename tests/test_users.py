"""Users, roles and PINs: scrypt hashes, counted wrong PINs, lock-out, who may add whom."""

from __future__ import annotations

from datetime import timedelta

import pytest

from merchant_refunds.domain.errors import InvalidInput, NotFound, PermissionDenied, Refused
from merchant_refunds.domain.lifecycle import Role
from merchant_refunds.services import audit, clock, users
from merchant_refunds.storage import models as m
from tests.factories import FIXED_NOW


def test_pin_hash_format_is_salted_scrypt():
    stored = users.hash_pin("1234")
    scheme, n, r, p, salt, digest = stored.split("$")
    assert (scheme, n, r, p) == ("scrypt", str(2**14), "8", "1")
    assert len(bytes.fromhex(salt)) == 16
    assert len(bytes.fromhex(digest)) == 64
    assert "1234" not in stored
    assert users.hash_pin("1234") != stored  # a new salt every time
    assert users.check_pin("1234", stored)
    assert not users.check_pin("1235", stored)
    assert not users.check_pin("1234", "plain$1234")
    assert not users.check_pin("1234", "md5$abc$1$1$00$00")


def test_stored_pin_is_the_hash(owner):
    row = m.User.get(m.User.name == "boss")
    assert row.pin_hash.startswith("scrypt$")
    assert users.check_pin("1234", row.pin_hash)


def test_first_user_must_be_an_owner(db_path):
    with pytest.raises(Refused) as err:
        users.create_user(None, "amy", "clerk", "5678")
    assert err.value.code == "first_user_owner"
    assert not users.has_users()
    boss = users.create_user(None, "boss", "owner", "1234")
    assert boss.role is Role.OWNER
    assert users.has_users()


def test_only_owners_add_users(owner, clerk, accountant):
    for actor in (clerk, accountant, None):
        with pytest.raises(PermissionDenied) as err:
            users.create_user(actor, "eve", "owner", "1111")
        assert err.value.code == "owner_only"
    assert m.User.get_or_none(m.User.name == "eve") is None
    added = users.create_user(owner, "eve", "accountant", "1111", "Eve")
    assert added.role is Role.ACCOUNTANT and added.display_name == "Eve"
    (event,) = audit.events_for("user", "eve")
    assert event.action == "user.create" and event.user_name == "boss"
    assert event.after == {"name": "eve", "role": "accountant"}


def test_duplicate_names_are_refused(owner):
    before = m.User.select().count()
    with pytest.raises(Refused) as err:
        users.create_user(owner, " boss ", "clerk", "9999")
    assert err.value.code == "user_exists"
    assert m.User.select().count() == before


@pytest.mark.parametrize(
    ("name", "role", "pin", "code"),
    [
        ("", "clerk", "1234", "invalid_user_name"),
        ("two words", "clerk", "1234", "invalid_user_name"),
        ("x" * 65, "clerk", "1234", "invalid_user_name"),
        ("amy", "cashier", "1234", "invalid_role"),
        ("amy", "clerk", "123", "invalid_pin"),
        ("amy", "clerk", "12ab", "invalid_pin"),
        ("amy", "clerk", "1" * 13, "invalid_pin"),
    ],
)
def test_bad_user_input(owner, name, role, pin, code):
    before = m.User.select().count(), m.AuditEvent.select().count()
    with pytest.raises(InvalidInput) as err:
        users.create_user(owner, name, role, pin)
    assert err.value.code == code
    assert (m.User.select().count(), m.AuditEvent.select().count()) == before


def test_authenticate(owner):
    actor = users.authenticate("boss", "1234")
    assert actor == owner
    with pytest.raises(NotFound):
        users.authenticate("nobody", "1234")


def test_wrong_pins_are_counted_and_a_right_one_resets(owner):
    for attempt in (1, 2, 3):
        with pytest.raises(PermissionDenied) as err:
            users.authenticate("boss", "0000")
        assert err.value.code == "wrong_pin"
        assert m.User.get(m.User.name == "boss").failed_attempts == attempt
    failed = [e for e in audit.events_for("user", "boss") if e.action == "user.pin_failed"]
    assert [e.after["attempt"] for e in failed] == [1, 2, 3]
    users.authenticate("boss", "1234")
    assert m.User.get(m.User.name == "boss").failed_attempts == 0


def test_five_wrong_pins_lock_the_user(owner):
    for _ in range(users.MAX_ATTEMPTS - 1):
        with pytest.raises(PermissionDenied):
            users.authenticate("boss", "0000")
    assert m.User.get(m.User.name == "boss").locked_until is None
    with pytest.raises(PermissionDenied) as err:
        users.authenticate("boss", "0000")
    assert err.value.code == "wrong_pin"
    row = m.User.get(m.User.name == "boss")
    assert row.locked_until == FIXED_NOW + users.LOCKOUT
    with pytest.raises(PermissionDenied) as err:
        users.authenticate("boss", "1234")  # even the right PIN while locked
    assert err.value.code == "user_locked"
    assert "10:05" in err.value.message
    clock.set_clock(lambda: FIXED_NOW + users.LOCKOUT + timedelta(seconds=1))
    try:
        assert users.authenticate("boss", "1234").name == "boss"
        assert m.User.get(m.User.name == "boss").locked_until is None
    finally:
        clock.set_clock(lambda: FIXED_NOW)


def test_inactive_users_cannot_log_in(owner, clerk):
    m.User.update(active=False).where(m.User.name == "amy").execute()
    with pytest.raises(NotFound):
        users.authenticate("amy", "5678")


def test_get_actor_and_require_role(owner, clerk):
    assert users.get_actor("amy") == clerk
    with pytest.raises(NotFound):
        users.get_actor("ghost")
    users.require_role(clerk, Role.CLERK, Role.OWNER, action="x")
    with pytest.raises(PermissionDenied) as err:
        users.require_role(clerk, Role.OWNER, action="approve refunds")
    assert err.value.message == "A clerk cannot approve refunds"


def test_a_malformed_stored_hash_is_a_wrong_pin_not_a_crash() -> None:
    assert users.check_pin("1234", "scrypt$16384$8$1$zz-not-hex$00") is False
    assert users.check_pin("1234", "scrypt$x$8$1$00$00") is False

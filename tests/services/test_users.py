"""Users, roles and PINs: scrypt hashes, counted wrong PINs, lock-out, who may add whom."""

from __future__ import annotations

import multiprocessing
import threading
from datetime import timedelta
from pathlib import Path

import pytest

from merchant_refunds.domain.errors import (
    InvalidInput,
    NotFound,
    PermissionDenied,
    RefundsError,
    Refused,
)
from merchant_refunds.domain.lifecycle import Role
from merchant_refunds.services import audit, clock, shop_settings, users
from merchant_refunds.services.queries import release_connection
from merchant_refunds.storage import models as m
from tests.concurrency_worker import guess_pin
from tests.factories import FIXED_NOW

#: Wrong PINs started at the same moment by an attacker.
PARALLEL_GUESSES = 24


def test_pin_hash_format_is_salted_scrypt():
    stored = users.hash_pin("1234")
    scheme, n, r, p, salt, digest = stored.split("$")
    kdf = users.PIN_KDF
    assert (scheme, n, r, p) == ("scrypt", str(kdf.n), str(kdf.r), str(kdf.p))
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
        ("amy", "clerk", "12 34", "invalid_pin"),
        ("amy", "clerk", "١٢٣٤", "invalid_pin"),  # Arabic-Indic digits are not 0-9
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
    users.set_active(owner, "amy", False)
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


# The hash's cost


@pytest.mark.production_kdf
def test_new_hashes_use_the_production_cost_and_verify() -> None:
    assert users.KdfParams(n=2**17, r=2, p=1) == users.PIN_KDF
    assert users.PIN_KDF.n >= 2**17
    stored = users.hash_pin("482913")
    assert stored.split("$")[:4] == ["scrypt", str(2**17), "2", "1"]
    assert users.check_pin("482913", stored)
    assert not users.check_pin("482914", stored)
    assert not users.needs_rehash(stored)


def test_the_tests_use_a_cheap_cost_unless_marked() -> None:
    assert users.PIN_KDF.n < users.LEGACY_KDF.n


@pytest.mark.production_kdf
def test_an_old_hash_verifies_and_is_upgraded_at_the_next_sign_in(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as older_version:
        older_version.setattr(users, "PIN_KDF", users.LEGACY_KDF)
        owner = users.create_user(None, "boss", "owner", "1234")
    old = m.User.get(m.User.name == "boss").pin_hash
    assert old.split("$")[:4] == ["scrypt", str(2**14), "8", "1"]
    with pytest.raises(PermissionDenied):
        users.authenticate("boss", "9999")
    assert m.User.get(m.User.name == "boss").pin_hash == old  # only a right PIN re-hashes

    assert users.authenticate("boss", "1234") == owner
    upgraded = m.User.get(m.User.name == "boss").pin_hash
    assert upgraded.split("$")[:4] == ["scrypt", str(2**17), "2", "1"]
    assert users.check_pin("1234", upgraded)
    (event,) = [e for e in audit.events_for("user", "boss") if e.action == "user.pin_rehash"]
    assert event.before == {"kdf": {"n": 2**14, "r": 8, "p": 1}}
    assert event.after == {"kdf": {"n": 2**17, "r": 2, "p": 1}}

    users.authenticate("boss", "1234")
    rehashes = [e for e in audit.events_for("user", "boss") if e.action == "user.pin_rehash"]
    assert len(rehashes) == 1


def test_a_stored_hash_asking_for_absurd_memory_is_refused_not_run() -> None:
    assert not users.check_pin("1234", "scrypt$1073741824$8$1$00$00")
    assert not users.check_pin("1234", "scrypt$16$64$1$00$00")


# Guessing


def _assert_locked_after(results: list[tuple[str, int]], name: str) -> None:
    """What a burst of wrong guesses may leave: exactly the limit checked, counted and audited,
    the user locked, and every other guess refused without its PIN being hashed."""
    codes = sorted(code for code, _ in results)
    assert len(codes) == PARALLEL_GUESSES
    assert codes.count("wrong_pin") == users.MAX_ATTEMPTS
    assert codes.count("user_locked") == PARALLEL_GUESSES - users.MAX_ATTEMPTS
    evaluated = sum(checked for _, checked in results)
    assert evaluated == users.MAX_ATTEMPTS
    row = m.User.get(m.User.name == name)
    assert row.failed_attempts == evaluated
    assert row.locked_until == FIXED_NOW + users.LOCKOUT
    failed = [e for e in audit.events_for("user", name) if e.action == "user.pin_failed"]
    assert sorted(e.after["attempt"] for e in failed) == list(range(1, users.MAX_ATTEMPTS + 1))
    with pytest.raises(PermissionDenied) as err:
        users.authenticate(name, "1234")  # the right PIN, during the lock-out
    assert err.value.code == "user_locked"
    assert audit.verify_chain().ok


def test_parallel_wrong_guesses_from_threads_stop_at_the_limit(
    owner: users.Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_check = users.check_pin
    checked_by: dict[int, int] = {}

    def counting_check(guess: str, stored: str) -> bool:
        ident = threading.get_ident()
        checked_by[ident] = checked_by.get(ident, 0) + 1
        return real_check(guess, stored)

    monkeypatch.setattr(users, "check_pin", counting_check)
    barrier = threading.Barrier(PARALLEL_GUESSES)
    results: list[tuple[str, int]] = []

    def guess() -> None:
        barrier.wait(timeout=30)
        try:
            users.sign_in("boss", "0000")
            code = "ok"
        except RefundsError as exc:
            code = exc.code
        finally:
            release_connection()
        results.append((code, checked_by.get(threading.get_ident(), 0)))

    threads = [threading.Thread(target=guess) for _ in range(PARALLEL_GUESSES)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    _assert_locked_after(results, "boss")


@pytest.mark.slow
def test_parallel_wrong_guesses_from_processes_stop_at_the_limit(
    owner: users.Actor, db_path: Path, db_backend: str, request: pytest.FixtureRequest
) -> None:
    target = request.getfixturevalue("pg_url") if db_backend == "postgresql" else str(db_path)
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(PARALLEL_GUESSES)
    queue = ctx.Queue()
    workers = [
        ctx.Process(target=guess_pin, args=(target, "boss", "0000", barrier, queue))
        for _ in range(PARALLEL_GUESSES)
    ]
    for worker in workers:
        worker.start()
    results = [queue.get(timeout=120) for _ in workers]
    for worker in workers:
        worker.join(timeout=60)
        assert worker.exitcode == 0
    _assert_locked_after(results, "boss")


def test_a_guess_is_counted_before_its_pin_is_checked(
    owner: users.Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    def dies_while_checking(guess: str, stored: str) -> bool:
        raise KeyboardInterrupt  # the program stops in the middle of the slow hash

    monkeypatch.setattr(users, "check_pin", dies_while_checking)
    with pytest.raises(KeyboardInterrupt):
        users.sign_in("boss", "0000")
    assert m.User.get(m.User.name == "boss").failed_attempts == 1


def test_a_pin_reset_while_the_old_one_is_checked_wins(
    owner: users.Actor, clerk: users.Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_check = users.check_pin

    def owner_resets_meanwhile(guess: str, stored: str) -> bool:
        users.reset_pin(owner, "amy", "9876")
        return real_check(guess, stored)

    monkeypatch.setattr(users, "check_pin", owner_resets_meanwhile)
    with pytest.raises(PermissionDenied) as err:
        users.sign_in("amy", "5678")
    assert err.value.code == "wrong_pin"
    monkeypatch.undo()
    assert users.authenticate("amy", "9876") == clerk


# The shop's shortest PIN


def test_the_owner_sets_the_shortest_pin(owner: users.Actor, clerk: users.Actor) -> None:
    assert shop_settings.get_pin_min_digits() == 4
    with pytest.raises(PermissionDenied):
        shop_settings.set_pin_min_digits(clerk, 6)
    for bad in (3, 13, True, "6"):
        with pytest.raises(InvalidInput) as err:
            shop_settings.set_pin_min_digits(owner, bad)  # type: ignore[arg-type]
        assert err.value.code == "invalid_pin_minimum"
    assert shop_settings.set_pin_min_digits(owner, 6) == 6
    assert shop_settings.get_pin_min_digits() == 6
    (event,) = audit.events_for("setting", shop_settings.PIN_MIN_KEY)
    assert (event.action, event.user_name, event.before, event.after) == (
        "settings.pin_min_digits",
        "boss",
        4,
        6,
    )


def test_new_and_changed_pins_follow_the_shops_minimum(
    owner: users.Actor, clerk: users.Actor
) -> None:
    shop_settings.set_pin_min_digits(owner, 6)
    with pytest.raises(InvalidInput) as err:
        users.create_user(owner, "eve", "clerk", "12345")
    assert err.value.code == "pin_below_minimum"
    assert err.value.message == "This shop's PINs have at least 6 digits"
    with pytest.raises(InvalidInput):
        users.reset_pin(owner, "amy", "12345")
    with pytest.raises(InvalidInput):
        users.change_own_pin(clerk, "12345")
    with pytest.raises(InvalidInput) as err:
        users.create_user(owner, "eve", "clerk", "1" * 13)
    assert err.value.code == "invalid_pin"
    users.create_user(owner, "eve", "clerk", "123456")
    assert users.authenticate("eve", "123456").name == "eve"


def test_a_pin_shorter_than_a_raised_minimum_must_be_changed(
    owner: users.Actor, clerk: users.Actor
) -> None:
    shop_settings.set_pin_min_digits(owner, 6)
    result = users.sign_in("amy", "5678")
    assert result.actor == clerk and result.pin_too_short
    with pytest.raises(Refused) as err:
        users.authenticate("amy", "5678")  # the command line cannot ask for a new one
    assert err.value.code == "pin_too_short"
    assert "minimum of 6 digits" in err.value.message
    assert m.User.get(m.User.name == "amy").failed_attempts == 0  # it was the right PIN

    users.change_own_pin(result.actor, "567890")
    assert users.sign_in("amy", "567890") == users.SignIn(clerk, pin_too_short=False)
    with pytest.raises(PermissionDenied):
        users.sign_in("amy", "5678")
    (event,) = [e for e in audit.events_for("user", "amy") if e.action == "user.change_pin"]
    assert event.user_name == "amy"

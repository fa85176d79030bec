"""Every test gets its own database file in a temporary folder and a fixed clock."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Shop keys (services.audit) go to files in one folder for the whole run, never to the system
# keyring: databases built once and copied into many tests (and the processes tests start) find
# their key there. Each database has its own random shop id, so they never collide.
os.environ["MERCHANT_REFUNDS_KEY_DIR"] = tempfile.mkdtemp(prefix="merchant-refunds-test-keys-")
os.environ["MERCHANT_REFUNDS_KEY_STORE"] = "file"

from merchant_refunds.services import clock, users
from merchant_refunds.services.database import initialise
from merchant_refunds.storage.db import close_database
from tests.factories import FIXED_NOW


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keep every standard folder (data, config, logs) inside the test's temporary tree."""
    home = tmp_path_factory.mktemp("home")
    for var in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(var, str(home / var.lower()))
    monkeypatch.delenv("MERCHANT_REFUNDS_DB", raising=False)
    monkeypatch.delenv("MERCHANT_REFUNDS_PIN", raising=False)


#: A PIN hash cost of microseconds: most tests create several users, and the production cost
#: (about 100 ms a hash) would slow the suite for nothing they check.
TEST_KDF = users.KdfParams(n=16, r=1, p=1)
#: What the code uses when nothing patches it, for tests marked ``production_kdf``.
PRODUCTION_KDF = users.PIN_KDF


@pytest.fixture(autouse=True, scope="session")
def _cheap_pin_hashes_everywhere() -> Iterator[None]:
    """``TEST_KDF`` from the start, so module- and session-wide fixtures' users are cheap too."""
    users.PIN_KDF = TEST_KDF
    yield
    users.PIN_KDF = PRODUCTION_KDF


@pytest.fixture(autouse=True)
def _production_pin_hashes_when_marked(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Tests marked ``production_kdf`` hash with the cost the program really uses."""
    if request.node.get_closest_marker("production_kdf") is not None:
        monkeypatch.setattr(users, "PIN_KDF", PRODUCTION_KDF)


@pytest.fixture(scope="session")
def pg_base() -> Iterator[str]:
    """A PostgreSQL cluster for the whole run (started on first use); skipped where the server
    is not installed. Its URL without a database name."""
    pytest.importorskip("psycopg2", reason="psycopg2-binary is not installed")
    from tests.pg_server import cluster

    with cluster() as url:
        yield url


@pytest.fixture
def pg_url(pg_base: str, fixed_clock: None) -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test (not opened)."""
    from tests.pg_server import new_database

    yield new_database(pg_base)
    close_database()


@pytest.fixture
def fixed_clock() -> Iterator[None]:
    clock.set_clock(lambda: FIXED_NOW)
    yield
    clock.set_clock(None)


#: Service test modules that run twice: on a SQLite file and on a PostgreSQL server.
BOTH_BACKENDS = frozenset(
    {
        "test_services_refunds",
        "test_services_orders",
        "test_users",
        "test_audit",
        "test_signatures",
        "test_tamper",
    }
)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    module = metafunc.module.__name__.rsplit(".", 1)[-1]
    if module in BOTH_BACKENDS and "db_path" in metafunc.fixturenames:
        metafunc.parametrize("db_backend", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture
def db_backend(request: pytest.FixtureRequest) -> str:
    return getattr(request, "param", "sqlite")


@pytest.fixture
def db_path(
    tmp_path: Path, fixed_clock: None, db_backend: str, request: pytest.FixtureRequest
) -> Iterator[Path]:
    """The test's database: a SQLite file, or (``db_backend``) a fresh PostgreSQL database, in
    which case this is its URL (a ``DatabaseUrl``), not a ``Path``."""
    if db_backend == "postgresql":
        yield initialise(request.getfixturevalue("pg_url")).target
        close_database()
        return
    path = tmp_path / "shop.sqlite3"
    initialise(path)
    yield path
    close_database()


@pytest.fixture(autouse=True)
def _rows_agree_with_the_trail(request: pytest.FixtureRequest) -> Iterator[None]:
    """After every test on a database, its rows must agree with the audit trail: a service that
    writes a protected row after its event (or without one) fails here, whatever the test was
    about. Tests that tamper with the database on purpose are marked ``tampers``."""
    if "db_path" not in request.fixturenames or request.node.get_closest_marker("tampers"):
        yield
        return
    request.getfixturevalue("db_path")  # set up before this fixture, so torn down after it
    yield
    from merchant_refunds.services import integrity
    from merchant_refunds.storage.models import database

    if database.obj is None or database.obj.is_closed():
        return
    report = integrity.check()
    assert not report.differences, [d.text() for d in report.differences]
    assert not report.gaps, report.gaps


@pytest.fixture
def owner(db_path: Path) -> users.Actor:
    return users.create_user(None, "boss", "owner", "1234", "店主")


@pytest.fixture
def owner2(owner: users.Actor) -> users.Actor:
    return users.create_user(owner, "partner", "owner", "2345", "合伙人")


@pytest.fixture
def clerk(owner: users.Actor) -> users.Actor:
    return users.create_user(owner, "amy", "clerk", "5678", "店员小李")


@pytest.fixture
def accountant(owner: users.Actor) -> users.Actor:
    return users.create_user(owner, "kim", "accountant", "6789", "会计")

"""How a counter connects to the server: the URL's options reach the driver (``sslmode=require``
is enforced, not dropped), unknown options are refused, secrets stay out of printed URLs; each
session has short lock waits, timeouts and keepalives, carries its computer and user, and a
write stopped by another counter's lock names that counter."""

from __future__ import annotations

import contextlib
import socket
from collections.abc import Iterator

import psycopg2
import pytest

from merchant_refunds.cli.main import main
from merchant_refunds.domain.errors import StorageError
from merchant_refunds.services import orders, users
from merchant_refunds.services.database import initialise
from merchant_refunds.storage import postgres
from merchant_refunds.storage.db import close_database, current_database, open_database
from tests.factories import tea_order


@pytest.fixture
def shop(pg_url: str) -> Iterator[str]:
    initialise(pg_url)
    boss = users.create_user(None, "boss", "owner", "1234")
    users.create_user(boss, "amy", "clerk", "5678")
    close_database()
    yield pg_url
    close_database()


def _setting(name: str) -> str:
    return str(current_database().execute_sql(f"SHOW {name}").fetchone()[0])


def test_sslmode_require_is_enforced(shop: str, capsys: pytest.CaptureFixture[str]) -> None:
    """The test server has no TLS: a URL that requires it must fail, not quietly go plain."""
    url = shop.replace("postgres@", "postgres:s3cret@") + "?sslmode=require&connect_timeout=5"
    with pytest.raises(StorageError) as caught:
        open_database(url)
    assert "SSL" in caught.value.message
    assert "s3cret" not in caught.value.message and "sslmode=require" in caught.value.message
    assert main(["--db", url, "orders", "search", "x"]) == 5
    err = capsys.readouterr().err
    assert "SSL" in err and "s3cret" not in err
    # Without the requirement the same server opens (plain connections are allowed here).
    assert (
        open_database(shop + "?sslmode=prefer&connect_timeout=5")
        == shop + "?sslmode=prefer&connect_timeout=5"
    )


def test_url_options_reach_the_session(shop: str) -> None:
    url = shop + "?application_name=ignored&options=-c%20work_mem%3D8MB&connect_timeout=7"
    open_database(url)
    assert _setting("work_mem") == "8MB"
    params = current_database().connection().get_dsn_parameters()
    assert params["connect_timeout"] == "7"
    assert params["keepalives_idle"] == str(postgres.KEEPALIVES["keepalives_idle"])
    assert params["keepalives_count"] == str(postgres.KEEPALIVES["keepalives_count"])


@pytest.mark.parametrize(
    ("query", "named"),
    [
        ("sslmod=require", "sslmod"),
        ("sslmode=required", "sslmode"),
        ("connect_timeout=soon", "connect_timeout"),
        ("sslmode=require&sslmode=disable", "sslmode"),
    ],
)
def test_unknown_or_wrong_url_options_are_refused(shop: str, query: str, named: str) -> None:
    with pytest.raises(StorageError) as caught:
        open_database(f"{shop}?{query}")
    assert caught.value.code.startswith("db_url_option")
    assert named in caught.value.message


def test_printed_urls_keep_options_but_no_secret() -> None:
    url = "postgresql://shop:pw1@db.example.com:6543/refunds?sslmode=verify-full&sslpassword=pw2"
    shown = postgres.safe_url(url)
    assert shown == "postgresql://shop@db.example.com:6543/refunds?sslmode=verify-full"


def test_sessions_have_short_waits_and_carry_computer_and_user(shop: str) -> None:
    open_database(shop)
    assert _setting("lock_timeout") == f"{postgres.LOCK_TIMEOUT_S}s"
    assert _setting("statement_timeout") == f"{postgres.STATEMENT_TIMEOUT_S * 1000}ms" or (
        _setting("statement_timeout") == f"{postgres.STATEMENT_TIMEOUT_S // 60}min"
    )
    assert _setting("idle_in_transaction_session_timeout") == (
        f"{postgres.IDLE_IN_TRANSACTION_TIMEOUT_S}s"
    )
    users.authenticate("amy", "5678")
    name = _setting("application_name")
    assert socket.gethostname()[:20] in name and name.endswith(" amy")


def test_a_write_blocked_by_another_counter_names_it(
    shop: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Counter 2 holds the writers' lock (stuck mid-save); counter 1's save gives up after the
    lock timeout and says who holds it, from where and since when."""
    monkeypatch.setattr(postgres, "LOCK_TIMEOUT_S", 1)
    holder = psycopg2.connect(shop, application_name="merchant-refunds@COUNTER-2 amy")
    with contextlib.closing(holder):
        with holder.cursor() as cur:
            cur.execute("SELECT pg_advisory_xact_lock(%s)", (postgres.WRITER_LOCK_KEY,))
        open_database(shop)
        boss = users.get_actor("boss")
        with pytest.raises(StorageError) as caught:
            orders.create_order(boss, tea_order("BLOCKED-1"))
        assert caught.value.code == "db_locked"
        message = caught.value.message
        assert "merchant-refunds@COUNTER-2 amy" in message and "127.0.0.1" in message
        assert "since" in message
        holder.rollback()
    # Once the other counter is done, the same save goes through.
    orders.create_order(boss, tea_order("BLOCKED-1"))
    assert orders.get_order("BLOCKED-1").order.order_no == "BLOCKED-1"

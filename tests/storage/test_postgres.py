"""The same application on a PostgreSQL server: the refund flow, search through the trigram
indexes, row locks, and ``migrate-db`` copying a shop's SQLite file across, verified."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from pathlib import Path

import peewee as pw
import pytest

from merchant_refunds.cli import main as cli_main
from merchant_refunds.domain.calculation import Selection
from merchant_refunds.domain.errors import PermissionDenied, Refused, StorageError
from merchant_refunds.domain.lifecycle import RefundStatus
from merchant_refunds.domain.policy import ReasonCode
from merchant_refunds.services import (
    audit,
    backup,
    orders,
    refund_decisions,
    refund_requests,
    shop_settings,
    users,
)
from merchant_refunds.services.database import initialise
from merchant_refunds.services.payouts import arrival, sending
from merchant_refunds.storage import migrations
from merchant_refunds.storage import models as m
from merchant_refunds.storage.db import (
    DatabaseUrl,
    close_database,
    current_database,
    is_file_database,
    open_database,
)
from tests.crash_worker import money_problems, one_operation, seed_shop
from tests.factories import make_line, make_order, tea_order


@pytest.fixture
def pg_shop(pg_url: str) -> Iterator[str]:
    opened = initialise(pg_url).target
    assert isinstance(opened, DatabaseUrl) and "@" in str(opened)
    boss = users.create_user(None, "boss", "owner", "1234")
    users.create_user(boss, "amy", "clerk", "5678")
    users.create_user(boss, "kim", "accountant", "6789")
    yield pg_url
    close_database()


def test_a_fresh_server_database_gets_the_schema_and_the_trigram_indexes(pg_shop: str) -> None:
    db = current_database()
    assert isinstance(db, pw.PostgresqlDatabase) and not is_file_database()
    assert migrations.read_version(db) == migrations.SCHEMA_VERSION
    assert set(db.get_tables()) >= {t._meta.table_name for t in m.ALL_MODELS}
    indexes = {
        row[0]
        for row in db.execute_sql(
            "SELECT indexname FROM pg_indexes WHERE tablename = 'order' AND indexdef LIKE %s",
            ("%gin_trgm_ops%",),
        )
    }
    assert indexes == {
        "order_order_no_trgm",
        "order_customer_name_trgm",
        "order_customer_phone_trgm",
    }
    close_database()
    open_database(pg_shop)  # opening again migrates nothing and keeps the data
    assert users.get_actor("boss").name == "boss"


def test_the_refund_flow_on_postgres(pg_shop: str) -> None:
    boss, amy, kim = (users.get_actor(n) for n in ("boss", "amy", "kim"))
    shop_settings.set_shop(boss, {"name": "茶叶小铺"})
    orders.create_order(amy, tea_order("PG-1"))
    request = refund_requests.RefundRequest("PG-1", Selection({1: 1}), ReasonCode.QUALITY_PROBLEM)
    refund = refund_requests.request_refund(amy, request)
    assert refund.total.minor == 11438
    with pytest.raises(PermissionDenied):
        refund_decisions.approve(kim, refund.refund_no)
    refund_decisions.approve(boss, refund.refund_no)
    sending.record_payout(boss, refund.refund_no, reference="TX1")
    done = arrival.confirm_received(amy, refund.refund_no)
    assert done.status is RefundStatus.COMPLETED
    everything = refund_requests.RefundRequest(
        "PG-1", Selection(everything_left=True), ReasonCode.OTHER
    )
    rest = refund_requests.request_refund(boss, everything)
    order = orders.get_order("PG-1").order
    # The reason "other" does not refund shipping: every item, to the cent, and nothing more.
    assert rest.total.minor + refund.total.minor == order.total_paid - order.shipping_fee
    with pytest.raises(Refused):
        refund_requests.request_refund(boss, everything)
    assert shop_settings.get_shop()["name"] == "茶叶小铺"
    assert audit.verify_chain().ok and money_problems() == []


def test_search_on_postgres_matches_anywhere_ignoring_case(pg_shop: str) -> None:
    amy = users.get_actor("amy")
    for no, name in (("TB2026-0001", "王小芳"), ("TB2026-0002", "Li Lei"), ("X_9%", "Han Meimei")):
        orders.create_order(amy, make_order(no, [make_line(1)], customer=_customer(name)))
    assert [o.order_no for o in orders.search_orders("0002")] == ["TB2026-0002"]
    assert [o.order_no for o in orders.search_orders("li lei")] == ["TB2026-0002"]
    assert [o.order_no for o in orders.search_orders("小芳")] == []  # two characters: the start
    assert [o.order_no for o in orders.search_orders("王小")] == ["TB2026-0001"]
    assert [o.order_no for o in orders.search_orders("_9%")] == ["X_9%"]
    assert orders.search_orders("'); DROP TABLE refund;--") == []
    assert orders.count_orders("TB2026") == 2
    # A whole number or phone: those orders from the B-tree indexes, as on SQLite.
    assert [o.order_no for o in orders.search_orders("TB2026-0001")] == ["TB2026-0001"]
    assert len(orders.search_orders("13800138000")) == 3


def _customer(name: str) -> object:
    from merchant_refunds.domain.order import Customer

    return Customer(name, "13800138000")


def test_backups_of_a_server_database_are_refused_clearly(pg_shop: str) -> None:
    boss = users.get_actor("boss")
    with pytest.raises(StorageError) as caught:
        backup.back_up_now(boss, DatabaseUrl(pg_shop))
    assert caught.value.code == "backup_not_sqlite"


def test_migrate_db_copies_a_shop_to_postgres_verified(
    tmp_path: Path, pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import random

    source = tmp_path / "shop.sqlite3"
    seed_shop(str(source), 12)
    open_database(source)
    actors = {n: users.get_actor(n) for n in ("boss", "amy")}
    nos = [o.order_no for o in m.Order.select()]
    rng = random.Random(5)
    for _ in range(150):
        try:
            one_operation(rng, nos, actors)
        except (Refused, StorageError):
            pass
        except Exception as exc:  # pragma: no cover - any other error is a test failure
            raise AssertionError(exc) from exc
    expected_refunds = m.Refund.select().count()
    expected_paid = sum(p.amount for p in m.Payout.select())
    last_hash = m.AuditEvent.select().order_by(m.AuditEvent.id.desc()).first().hash
    close_database()
    assert expected_refunds > 10

    assert cli_main.main(["migrate-db", "--db", str(source), "--to", pg_url]) == 0

    open_database(pg_url)
    try:
        assert m.Refund.select().count() == expected_refunds
        assert sum(p.amount for p in m.Payout.select()) == expected_paid
        assert m.AuditEvent.select().order_by(m.AuditEvent.id.desc()).first().hash == last_hash
        assert audit.verify_chain().ok and money_problems() == []
        # New ids continue after the copied ones.
        boss = users.get_actor("boss")
        orders.create_order(boss, tea_order("AFTER-MOVE"))
        assert orders.get_order("AFTER-MOVE").order.order_no == "AFTER-MOVE"
        assert audit.verify_chain().ok
    finally:
        close_database()
    # A second copy into the now used database is refused; the file is untouched.
    assert cli_main.main(["migrate-db", "--db", str(source), "--to", pg_url]) == 5
    open_database(source)
    assert m.Refund.select().count() == expected_refunds
    close_database()


def test_caps_are_rechecked_under_row_locks(pg_shop: str, caplog: pytest.LogCaptureFixture) -> None:
    boss = users.get_actor("boss")
    orders.create_order(boss, tea_order("PG-LOCK"))
    request = refund_requests.RefundRequest(
        "PG-LOCK", Selection({1: 1}), ReasonCode.QUALITY_PROBLEM
    )
    with caplog.at_level(logging.DEBUG, logger="peewee"):
        refund = refund_requests.request_refund(boss, request)
        refund_decisions.approve(boss, refund.refund_no)
        sending.record_payout(boss, refund.refund_no)
    statements = [r.getMessage() for r in caplog.records]
    writer_lock = [i for i, s in enumerate(statements) if "pg_advisory_xact_lock" in s]
    order_lock = [i for i, s in enumerate(statements) if 'FROM "order"' in s and "FOR UPDATE" in s]
    refund_lock = [
        i for i, s in enumerate(statements) if 'FROM "refund"' in s and "FOR UPDATE" in s
    ]
    inserts = [i for i, s in enumerate(statements) if s.startswith('(\'INSERT INTO "refund"')]
    assert len(writer_lock) >= 3 and order_lock and refund_lock
    assert order_lock[0] < inserts[0]


def test_a_later_upgrade_step_runs_on_postgres(
    pg_shop: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Server databases start at the newest schema (PostgreSQL came with it); the upgrade
    machinery still runs the steps that come after, in one transaction each, without a file
    backup (there is no file)."""
    from playhouse.migrate import SchemaMigrator
    from playhouse.migrate import migrate as run_migrations

    def add_column(db: pw.Database) -> None:
        migrator = SchemaMigrator.from_database(db)
        run_migrations(migrator.add_column("order", "loyalty_tier", pw.CharField(default="")))

    def failing(db: pw.Database) -> None:
        add_column(db)
        raise RuntimeError("power cut in the middle of a step")

    newest = migrations.SCHEMA_VERSION
    close_database()
    monkeypatch.setitem(migrations.STEPS, newest + 1, failing)
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", newest + 1)
    with pytest.raises(RuntimeError):
        open_database(pg_shop)
    close_database()
    monkeypatch.setitem(migrations.STEPS, newest + 1, add_column)
    open_database(pg_shop)
    db = current_database()
    assert migrations.read_version(db) == newest + 1
    assert "loyalty_tier" in {c.name for c in db.get_columns("order")}
    assert users.get_actor("boss").name == "boss"


def test_step_7_drops_the_redundant_line_index_on_postgres(pg_shop: str) -> None:
    """A server database made at schema 6 had an index on order_line(order_id) of its own."""
    db = current_database()
    db.execute_sql('CREATE INDEX "order_line_order_id" ON "order_line" ("order_id")')
    migrations._set_version(6)
    close_database()
    open_database(pg_shop)
    db = current_database()
    assert migrations.read_version(db) == migrations.SCHEMA_VERSION
    indexes = {i.name: (i.columns, i.unique) for i in db.get_indexes("order_line")}
    assert "order_line_order_id" not in indexes
    assert indexes["order_line_order_id_line_no"] == (["order_id", "line_no"], True)


def test_on_a_server_outputs_still_never_overwrite_a_database_file(
    pg_shop: str, tmp_path: Path
) -> None:
    """No live file to protect on PostgreSQL, but an SQLite file (the shop's old database, a
    copy) is still never written over; an ordinary file is."""
    from merchant_refunds.domain.errors import InvalidInput
    from merchant_refunds.exports.run import export_file
    from merchant_refunds.services.reporting import ExportFilter

    kim = users.get_actor("kim")
    everything = ExportFilter(None, None, "request", None, None, None)
    old = tmp_path / "merchant-refunds.sqlite3"
    old.write_bytes(b"SQLite format 3\x00" + bytes(4080))
    kept = old.read_bytes()
    with pytest.raises(InvalidInput) as caught:
        export_file(kim, "refunds", everything, old)
    assert caught.value.code == "output_is_a_database"
    assert old.read_bytes() == kept
    assert sorted(p.name for p in tmp_path.iterdir()) == [old.name]
    assert export_file(kim, "refunds", everything, tmp_path / "refunds.csv").rows == 0
    with pytest.raises(StorageError) as server:
        backup.back_up_now(users.get_actor("boss"), DatabaseUrl(pg_shop), tmp_path / "copy.db")
    assert server.value.code == "backup_not_sqlite"


def test_a_batch_of_confirmations_reads_and_counts_on_postgres(pg_shop: str) -> None:
    from pypdf import PdfReader

    from merchant_refunds.documents.confirmation import render_batch
    from merchant_refunds.services import confirmations

    amy = users.get_actor("amy")
    numbers = []
    for n in (1, 2):
        orders.create_order(amy, tea_order(f"PGB-{n}"))
        request = refund_requests.RefundRequest(
            f"PGB-{n}", Selection({1: 1}), ReasonCode.QUALITY_PROBLEM
        )
        numbers.append(refund_requests.request_refund(amy, request).refund_no)
    confirmations.record_prints(amy, numbers[1:])
    batch = render_batch(numbers, "a4", "zh")
    assert batch.copies == [False, True]
    pages = [page.extract_text() for page in PdfReader(io.BytesIO(batch.pdf)).pages]
    assert [n in page for n, page in zip(numbers, pages, strict=True)] == [True, True]
    assert confirmations.record_prints(amy, numbers) == [1, 2]
    assert confirmations.print_counts(numbers) == {numbers[0]: 1, numbers[1]: 2}

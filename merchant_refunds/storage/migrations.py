"""Schema versions. Each upgrade step runs in one transaction after a backup copy of the file.

Version 1: the tables of ``models``. Version 2: the trigram order search index. Version 3: the
signature records (scans, drawn signatures and signed confirmations). Version 4: payout
tracking (instalment date, arrival range, who sent or failed it, retry link, destination) and the
store-credit ledger, supplier confirmations, follow-up notes, notice log and feedback tables.
Version 5: external (platform) refunds and order import provenance. Version 6: indexes on
``order(source)`` and ``order(id)`` for the orders list. Version 7: without the index on
``order_line(order_id)``, which the unique ``(order_id, line_no)`` index made redundant.
Version 8: the keyed audit trail: each event's ``rows_json`` and triggers that refuse UPDATE and
DELETE on the trail (the keying itself is an event, written at the first save after the upgrade).
Version 9: owners' extensions of a refund's review or payment deadline. Version 10: the
authorisations confirmed with a PIN (manager override at the counter, single-owner self-approval).
Version 11: evidence attached to refunds (photos and files of a request, an inspection or a
rejection).
Version 12: refunds by amount (price difference, compensation, goodwill).
Version 13: returned goods unit by unit (inspections and deductions), the stock ledger they feed,
and the return postage paid back with a refund.
Version 14: exchanges (units back, units out, how the difference was settled).
Version 15: exchanges' stock movements (units back inspected and put back or written off, units
given out).
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import peewee as pw

from merchant_refunds.domain.errors import StorageError
from merchant_refunds.storage import append_only, postgres, search_index
from merchant_refunds.storage.models import (
    ALL_MODELS,
    EXCHANGE_STOCK_TABLES,
    EXCHANGE_TABLES,
    GOODS_TABLES,
    IMPORT_TABLES,
    PAYOUT_TABLES,
    Attachment,
    Authorisation,
    DeadlineExtension,
    Order,
    Payout,
    RefundAmount,
    Setting,
    SignatureRecord,
)
from merchant_refunds.storage.paths import backup_dir_for

VERSION_KEY = "schema_version"


def _v2_search_index(db: pw.Database) -> None:
    search_index.create(db)
    search_index.rebuild(db)


def _v3_signatures(db: pw.Database) -> None:
    db.create_tables([SignatureRecord])


def _v4_payouts(db: pw.Database) -> None:
    """Rebuild the payout table with its new columns (a plain ALTER TABLE would give SQLite a
    table whose foreign keys and definition differ from a fresh database's), then add the rest."""
    old = "payout_v3"
    db.execute_sql(f'ALTER TABLE "payout" RENAME TO "{old}"')
    for index in db.get_indexes(old):
        db.execute_sql(f'DROP INDEX "{index.name}"')
    kept = [c.name for c in db.get_columns(old)]
    db.create_tables([Payout])
    columns = ", ".join(f'"{name}"' for name in kept)
    db.execute_sql(f'INSERT INTO "payout" ({columns}) SELECT {columns} FROM "{old}"')
    db.execute_sql(f'DROP TABLE "{old}"')
    db.create_tables(PAYOUT_TABLES)


def _v5_order_import(db: pw.Database) -> None:
    """Order import: refunds made on the platform before import, and each order's provenance."""
    db.create_tables(IMPORT_TABLES)


def _v6_order_list_indexes(db: pw.Database) -> None:
    """Indexes for the orders view with a million orders: ``order(source)`` for the sources
    filter, ``order(id)`` so the full list of ids reads a small index, not the whole table.
    ``safe`` creates only the indexes the model declares that are missing."""
    Order._schema.create_indexes(safe=True)


def _v7_drop_redundant_line_index(db: pw.Database) -> None:
    """Every line written updated two indexes that answer the same lookups; the second one cost
    a seventh of storing an imported order's lines, and its share of every backup."""
    db.execute_sql('DROP INDEX IF EXISTS "order_line_order_id"')


def _v8_keyed_trail(db: pw.Database) -> None:
    """Room for the rows each keyed event carries, and the append-only triggers."""
    if "rows_json" not in {c.name for c in db.get_columns("audit_event")}:
        db.execute_sql(
            'ALTER TABLE "audit_event" ADD COLUMN "rows_json" TEXT NOT NULL DEFAULT \'\''
        )
    append_only.create(db)


def _v9_deadline_extensions(db: pw.Database) -> None:
    db.create_tables([DeadlineExtension])


def _v10_authorisations(db: pw.Database) -> None:
    db.create_tables([Authorisation])


def _v11_attachments(db: pw.Database) -> None:
    db.create_tables([Attachment])


def _v12_amount_refunds(db: pw.Database) -> None:
    db.create_tables([RefundAmount])


def _v13_returned_goods(db: pw.Database) -> None:
    db.create_tables(GOODS_TABLES)


def _v14_exchanges(db: pw.Database) -> None:
    db.create_tables(EXCHANGE_TABLES)


def _v15_exchange_stock(db: pw.Database) -> None:
    db.create_tables(EXCHANGE_STOCK_TABLES)


#: version reached -> step that reaches it from the one before. PostgreSQL support came with
#: schema 6: a server database is created at the newest schema, so steps up to 6 only ever run on
#: SQLite files; every later step must work on both (tests/storage/test_postgres.py runs one).
STEPS: dict[int, Callable[[pw.Database], None]] = {
    2: _v2_search_index,
    3: _v3_signatures,
    4: _v4_payouts,
    5: _v5_order_import,
    6: _v6_order_list_indexes,
    7: _v7_drop_redundant_line_index,
    8: _v8_keyed_trail,
    9: _v9_deadline_extensions,
    10: _v10_authorisations,
    11: _v11_attachments,
    12: _v12_amount_refunds,
    13: _v13_returned_goods,
    14: _v14_exchanges,
    15: _v15_exchange_stock,
}
#: The newest schema: the last step's version.
SCHEMA_VERSION = max(STEPS)


def read_version(db: pw.Database) -> int:
    if "setting" not in db.get_tables():
        return 0
    row = Setting.get_or_none(Setting.key == VERSION_KEY)
    return int(row.value) if row else 0


def _set_version(version: int) -> None:
    Setting.insert(key=VERSION_KEY, value=str(version)).on_conflict(
        conflict_target=[Setting.key], update={Setting.value: str(version)}
    ).execute()


def backup_copy(db_path: Path, label: str) -> Path:
    """Copy the live database with SQLite's online backup API (safe while it is open)."""
    folder = backup_dir_for(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{db_path.stem}-{label}-{stamp}.sqlite3"
    source = sqlite3.connect(str(db_path))
    try:
        dest = sqlite3.connect(str(target))
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    return target


def create_fresh(db: pw.Database) -> None:
    with db.atomic():
        db.create_tables(ALL_MODELS)
        search_index.create(db)
        append_only.create(db)
        _set_version(SCHEMA_VERSION)


def not_set_up() -> StorageError:
    """What every command but the set-up says about an empty database."""
    return StorageError(
        "db_not_set_up",
        "This database is not set up yet: run `merchant-refunds init` (or start the program) "
        "to set it up",
    )


@contextlib.contextmanager
def _setup_lock(db: pw.Database) -> Iterator[None]:
    if postgres.is_postgres(db):
        with postgres.setup_lock(db):
            yield
    else:
        yield


def _turn(db: pw.Database) -> contextlib.AbstractContextManager[object]:
    """One set-up or upgrade step's transaction; on SQLite it takes the file's write lock first
    (``BEGIN EXCLUSIVE``), so two programs starting together take turns."""
    if postgres.is_postgres(db):
        return db.atomic()
    return db.atomic("EXCLUSIVE")


def migrate(db: pw.Database, db_path: Path | None, *, create: bool = False) -> int:
    """Bring the database to ``SCHEMA_VERSION``; return the version it started at (0: created).

    An empty database is set up only with ``create`` (the set-up: ``init``, the GUI's first
    start, ``migrate-db``); otherwise it is refused with ``db_not_set_up`` and nothing is made.
    Creating and upgrading happen under a lock, each step re-checking the version inside its
    transaction, so of several counters starting at once exactly one does each step.
    """
    version = read_version(db)
    if version == SCHEMA_VERSION:
        return version  # the everyday case: no lock taken
    if not create and version == 0 and not db.get_tables():
        raise not_set_up()
    with _setup_lock(db):
        with _turn(db):
            tables = db.get_tables()
            version = read_version(db)
            if version == 0 and not tables:
                if not create:
                    raise not_set_up()
                create_fresh(db)
                return 0
        if version == 0:
            raise StorageError(
                "db_foreign", "This file holds tables of another program, not Merchant Refunds"
            )
        if version > SCHEMA_VERSION:
            raise StorageError(
                "db_too_new",
                "This database was written by a newer version (schema {found}); "
                "please update Merchant Refunds",
                found=version,
            )
        if version == SCHEMA_VERSION:
            return version
        if db_path is not None:
            backup_copy(db_path, f"before-v{SCHEMA_VERSION}-from-v{version}")
        for target in sorted(v for v in STEPS if v > version):
            with _turn(db):
                if read_version(db) >= target:
                    continue  # another program did this step meanwhile
                STEPS[target](db)
                _set_version(target)
        return version

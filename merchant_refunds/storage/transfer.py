"""Moving a shop from its SQLite file to a PostgreSQL server, verified.

Every table is copied row by row with its ids (so refunds keep their orders, and the audit chain
its order) in one transaction on the server; then the two databases are compared: row counts per
table, money totals, and the audit chain's last hash. Anything unequal rolls nothing back on the
file (it is only read) and is reported.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import peewee as pw

from merchant_refunds.domain.errors import StorageError
from merchant_refunds.storage import models as m
from merchant_refunds.storage import postgres
from merchant_refunds.storage.db import (
    close_database,
    current_database,
    open_database,
    write_transaction,
)

BATCH = 500
#: (table, money column) pairs whose sums must agree after the copy.
MONEY_COLUMNS = (
    (m.Order, "total_paid"),
    (m.Order, "shipping_fee"),
    (m.OrderLine, "unit_price"),
    (m.Refund, "total"),
    (m.Refund, "payout_amount"),
    (m.RefundLine, "amount"),
    (m.Payout, "amount"),
)


@dataclass
class TransferReport:
    rows: dict[str, int] = field(default_factory=dict)
    money: dict[str, int] = field(default_factory=dict)
    last_audit_hash: str = ""
    #: One SHA-256 over every attached file's bytes, in id order: the evidence arrived whole.
    attachments_sha256: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "rows": self.rows,
            "money": self.money,
            "last_audit_hash": self.last_audit_hash,
            "attachments_sha256": self.attachments_sha256,
        }


def _attachments_digest() -> str:
    digest = hashlib.sha256()
    ids = [r[0] for r in m.Attachment.select(m.Attachment.id).order_by(m.Attachment.id).tuples()]
    for attachment_id in ids:
        data = m.Attachment.select(m.Attachment.data).where(m.Attachment.id == attachment_id)
        digest.update(hashlib.sha256(bytes(data.scalar() or b"")).digest())
    return digest.hexdigest()


def _models() -> list[type[m.BaseModel]]:
    return pw.sort_models(m.ALL_MODELS)


def _snapshot() -> TransferReport:
    report = TransferReport()
    for model in _models():
        report.rows[model._meta.table_name] = model.select().count()
    for model, column in MONEY_COLUMNS:
        total = model.select(pw.fn.COALESCE(pw.fn.SUM(getattr(model, column)), 0)).scalar()
        report.money[f"{model._meta.table_name}.{column}"] = int(total)
    last = m.AuditEvent.select(m.AuditEvent.hash).order_by(m.AuditEvent.id.desc()).first()
    report.last_audit_hash = last.hash if last else ""
    report.attachments_sha256 = _attachments_digest()
    return report


def _rows(con: sqlite3.Connection, model: type[m.BaseModel]) -> Iterator[list[dict[str, Any]]]:
    fields = model._meta.sorted_fields
    columns = ", ".join(f'"{f.column_name}"' for f in fields)
    cursor = con.execute(f'SELECT {columns} FROM "{model._meta.table_name}" ORDER BY rowid')
    while batch := cursor.fetchmany(BATCH):
        yield [
            {f.name: f.python_value(value) for f, value in zip(fields, row, strict=True)}
            for row in batch
        ]


def _reset_sequences(db: pw.Database) -> None:
    for model in _models():
        pk = model._meta.primary_key
        if isinstance(pk, pw.AutoField):
            table = model._meta.table_name
            db.execute_sql(
                f"SELECT setval(pg_get_serial_sequence('\"{table}\"', '{pk.column_name}'), "
                f'COALESCE((SELECT MAX("{pk.column_name}") FROM "{table}"), 0) + 1, false)'
            )


def copy_to_postgres(source: Path, url: str) -> TransferReport:
    """Copy the SQLite file ``source`` into the empty PostgreSQL database at ``url``.

    The file is first opened (and so brought to the current schema), then read only.
    """
    if not postgres.is_postgres_url(url):
        raise StorageError("db_url_invalid", "The target must be a postgresql:// URL")
    open_database(source, create=False)
    expected = _snapshot()
    close_database()
    open_database(url, create=True)
    try:
        con = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            with write_transaction():
                # Checked under the writers' lock: of two copies started together, one copies.
                if m.User.select().exists() or m.Order.select().exists():
                    raise StorageError(
                        "target_not_empty",
                        "{url} already holds a shop; copy only into an empty database",
                        url=postgres.safe_url(url),
                    )
                m.Setting.delete().execute()
                for model in _models():
                    for batch in _rows(con, model):
                        model.insert_many(batch).execute()
                _reset_sequences(current_database())
        finally:
            con.close()
        actual = _snapshot()
        if actual.to_dict() != expected.to_dict():
            raise StorageError(
                "transfer_mismatch",
                "The copy on the server differs from the file ({detail}); do not use it",
                detail=_difference(expected, actual),
            )
        return actual
    finally:
        close_database()


def _difference(expected: TransferReport, actual: TransferReport) -> str:
    want, got = expected.to_dict(), actual.to_dict()
    for key in ("rows", "money"):
        for name, value in want[key].items():
            if got[key].get(name) != value:
                return f"{name}: {value} in the file, {got[key].get(name)} on the server"
    if want["attachments_sha256"] != got["attachments_sha256"]:
        return "the attached files' contents differ"
    return "the audit trail's last event differs"

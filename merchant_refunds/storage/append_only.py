"""Triggers that refuse UPDATE and DELETE on the audit trail.

A speed bump, not the protection: whoever has the file can drop a trigger. What protects the
records is the keyed chain and the anchors outside the database (``services.audit``,
``services.integrity``); these triggers only stop a careless or casual edit and make a deliberate
one a visible extra step.
"""

from __future__ import annotations

import peewee as pw

from merchant_refunds.storage import postgres

MESSAGE = "the audit trail is append-only"

SQLITE_STATEMENTS = [
    f"""CREATE TRIGGER IF NOT EXISTS audit_event_no_update BEFORE UPDATE ON audit_event
        BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END""",
    f"""CREATE TRIGGER IF NOT EXISTS audit_event_no_delete BEFORE DELETE ON audit_event
        BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END""",
]

POSTGRES_STATEMENTS = [
    f"""CREATE OR REPLACE FUNCTION audit_event_append_only() RETURNS trigger AS $$
        BEGIN RAISE EXCEPTION '{MESSAGE}'; END $$ LANGUAGE plpgsql""",
    "DROP TRIGGER IF EXISTS audit_event_append_only ON audit_event",
    """CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
        FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()""",
    "DROP TRIGGER IF EXISTS audit_event_no_truncate ON audit_event",
    """CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
        FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()""",
]


def create(db: pw.Database) -> None:
    statements = POSTGRES_STATEMENTS if postgres.is_postgres(db) else SQLITE_STATEMENTS
    for statement in statements:
        db.execute_sql(statement)

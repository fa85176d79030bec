"""Trigram full-text index over order number, customer name and phone (SQLite FTS5).

A plain ``LIKE '%text%'`` scans every row; the trigram index answers substring queries of three or
more characters from the index. Shorter queries use the ordinary column indexes as prefix searches.
"""

from __future__ import annotations

import peewee as pw

CREATE_STATEMENTS = [
    """CREATE VIRTUAL TABLE IF NOT EXISTS order_search USING fts5(
        order_no, customer_name, customer_phone,
        content='order', content_rowid='id', tokenize='trigram')""",
    """CREATE TRIGGER IF NOT EXISTS order_search_ai AFTER INSERT ON "order" BEGIN
        INSERT INTO order_search(rowid, order_no, customer_name, customer_phone)
        VALUES (new.id, new.order_no, new.customer_name, new.customer_phone);
    END""",
    """CREATE TRIGGER IF NOT EXISTS order_search_ad AFTER DELETE ON "order" BEGIN
        INSERT INTO order_search(order_search, rowid, order_no, customer_name, customer_phone)
        VALUES ('delete', old.id, old.order_no, old.customer_name, old.customer_phone);
    END""",
    """CREATE TRIGGER IF NOT EXISTS order_search_au
        AFTER UPDATE OF order_no, customer_name, customer_phone ON "order" BEGIN
        INSERT INTO order_search(order_search, rowid, order_no, customer_name, customer_phone)
        VALUES ('delete', old.id, old.order_no, old.customer_name, old.customer_phone);
        INSERT INTO order_search(rowid, order_no, customer_name, customer_phone)
        VALUES (new.id, new.order_no, new.customer_name, new.customer_phone);
    END""",
]


def create(db: pw.Database) -> None:
    for statement in CREATE_STATEMENTS:
        db.execute_sql(statement)


def rebuild(db: pw.Database) -> None:
    db.execute_sql("INSERT INTO order_search(order_search) VALUES ('rebuild')")


def match_phrase(text: str) -> str:
    """Quote user text as one FTS5 phrase so operators in it are taken literally."""
    return '"' + text.replace('"', '""') + '"'


MIN_TRIGRAM = 3

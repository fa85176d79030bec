"""Trigram full-text index over order number, customer name and phone (SQLite FTS5).

A plain ``LIKE '%text%'`` scans every row; the trigram index answers substring queries of three or
more characters from the index. Shorter queries use the ordinary column indexes as prefix searches.
A text that is a whole order number or phone is answered by those columns' B-tree indexes first
(:func:`exact_ids`): one seek each, the same at ten thousand orders as at a million, where the
trigram lists of a long run of digits grow with the number of orders.
"""

from __future__ import annotations

import peewee as pw

from merchant_refunds.storage.models import database

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


#: PostgreSQL: trigram GIN indexes (pg_trgm) answer ``ILIKE '%text%'`` from the index.
POSTGRES_STATEMENTS = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    *(
        f'CREATE INDEX IF NOT EXISTS order_{column}_trgm ON "order" '
        f"USING gin ({column} gin_trgm_ops)"
        for column in ("order_no", "customer_name", "customer_phone")
    ),
]


def _postgres(db: pw.Database | None) -> bool:
    return isinstance(db, pw.PostgresqlDatabase)


def create(db: pw.Database) -> None:
    for statement in POSTGRES_STATEMENTS if _postgres(db) else CREATE_STATEMENTS:
        db.execute_sql(statement)


def rebuild(db: pw.Database) -> None:
    """Refill the SQLite index from the orders; PostgreSQL's indexes are always up to date."""
    if not _postgres(db):
        db.execute_sql("INSERT INTO order_search(order_search) VALUES ('rebuild')")


def postgres_matching_ids(text: str, newest: int | None) -> pw.SQL | None:
    """On PostgreSQL, the sub-select of ``services.orders._matching_ids``: three or more
    characters match anywhere (trigram indexes), fewer the start; both ignore case."""
    if not _postgres(database.obj):
        return None
    escaped = like_contains(text)
    pattern = escaped if len(text) >= MIN_TRIGRAM else escaped[1:]
    sql = (
        'SELECT id FROM "order" WHERE order_no ILIKE %s'
        " OR customer_name ILIKE %s OR customer_phone ILIKE %s"
    )
    params: list[object] = [pattern] * 3
    if newest is not None:
        sql += " ORDER BY id DESC LIMIT %s"
        params.append(newest)
    return pw.SQL(f"({sql})", params)


def exact_ids(text: str) -> pw.SQL | None:
    """A sub-select of the orders whose number or phone is exactly ``text``; None when there
    are none.

    Why: someone who types or scans a whole order number or phone means that order or that
    customer. One seek in the unique ``order_no`` index and one in ``customer_phone``, on
    SQLite and PostgreSQL alike; only text that equals neither goes on to the substring search.
    Plain SQL: composing it through the query builder costs more than the two seeks.
    """
    db = database.obj
    param = db.param
    sql = (
        f'SELECT id FROM "order" WHERE order_no = {param}'
        f' UNION SELECT id FROM "order" WHERE customer_phone = {param}'
    )
    if db.execute_sql(f"SELECT EXISTS ({sql})", (text, text)).fetchone()[0]:
        return pw.SQL(f"({sql})", (text, text))
    return None


def match_phrase(text: str) -> str:
    """Quote user text as one FTS5 phrase so operators in it are taken literally."""
    return '"' + text.replace('"', '""') + '"'


MIN_TRIGRAM = 3

#: Longer ASCII queries are looked up by their last ``SELECTIVE_TAIL`` characters only.
SELECTIVE_TAIL = 6


def like_contains(text: str) -> str:
    """A ``LIKE … ESCAPE '\\'`` pattern matching ``text`` anywhere, wildcards taken literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def substring_plan(text: str) -> tuple[str, str | None]:
    """The MATCH expression for ``text``, and a LIKE pattern that must confirm each hit (or None).

    Why: a phrase costs as much as the longest posting list among its trigrams. Order numbers
    share their start (``TB2026…``) and phones their carrier prefix, so the first trigrams of a
    long order number are in every row and a full-phrase query reads them all (~30 ms at a
    million orders). The end of such a query is what tells rows apart: matching only its last
    characters finds a small superset, which ``LIKE`` confirms exactly. Only for ASCII, where
    ``LIKE`` folds case exactly as the trigram tokenizer does; other text keeps the full phrase.
    """
    if len(text) > SELECTIVE_TAIL and text.isascii():
        return match_phrase(text[-SELECTIVE_TAIL:]), like_contains(text)
    return match_phrase(text), None

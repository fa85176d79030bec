"""Make a large, realistic order database for the benchmarks (not a test; it prints figures).

The schema is the application's own: ``open_database`` creates the tables, the trigram search
index and its triggers and the schema version, and the services create the users. Only then is
the file closed and filled with raw ``sqlite3`` ``executemany`` in large transactions, because a
million ``create_order`` calls would take hours. To keep that fast, the secondary indexes and the
search triggers are dropped during the load and recreated from the very SQL they were defined
with; the search index is then rebuilt in one pass (``'rebuild'``), which is several times
faster than updating it row by row through the triggers.

After the load the application keys the audit trail itself, as it does for a shop that had
orders before its trail was keyed: the ``audit.keyed`` event, then baseline events holding every
order's fingerprint, 5,000 orders per event. Then come the users, and with ``--refunds N`` that
many refunds made through the services (request, approval, payout, confirmation), each with its
own keyed events, so ``integrity.check`` has a real trail to replay. The shop key is kept in files
in ``keys/`` beside the database (``MERCHANT_REFUNDS_KEY_DIR``), where the benchmarks find it.

Stored rows obey the money rules: order-level discounts are shared over the lines with
``allocate_largest_remainder`` (the function ``validate_and_allocate`` uses) and every order's
``total_paid`` is the sum of what its lines paid plus shipping. A check at the end proves it.

Usage::

    python3 benchmarks/generate_orders.py --orders 1000000 --out bench-data/orders.sqlite3 \
        --refunds 20000
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import sys
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

from merchant_refunds.domain.allocation import allocate_largest_remainder
from merchant_refunds.domain.lifecycle import Role
from merchant_refunds.services import audit, users
from merchant_refunds.storage import search_index, shop_key
from merchant_refunds.storage.db import close_database, open_database, write_transaction

#: The data ends here; the benchmarks set the services' clock to it so recent orders are in
#: their refund windows whatever day the benchmark runs.
AS_OF = datetime(2026, 12, 20, 18, 0, 0)
FIRST_DAY = datetime(2026, 1, 1, 8, 0, 0)
SEED = 20260101
OWNER, OWNER2, CLERK = "boss", "boss2", "clerk"
#: PINs of the benchmark users (a throw-away database, never a real shop's).
OWNER_PIN, OWNER2_PIN, CLERK_PIN = "8264", "3917", "5173"
CHUNK = 50_000

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝"
    "龚邵万钱严覃武戴莫孔向汤"
)
COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "慕容")
GIVEN = (
    "伟芳娜秀敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂英华玉萍红建文辉鑫宇浩然子轩梓涵欣怡一诺"
    "佳琪思远晨曦雨萱嘉怡雪梅志强海燕国庆春花秋月冬梅小红小明晓东晓燕俊杰浩宇博文天佑若曦"
    "诗涵梦琪语嫣铭泽宏伟丽娟桂芳玉兰淑珍德明振华永刚金凤慧敏婷婷"
)
PHONE_PREFIXES = tuple(
    str(p)
    for p in (
        *range(130, 140),
        *range(150, 154),
        *range(155, 160),
        *range(180, 190),
        *(145, 147, 166, 170, 171, 173, 175, 176, 177, 178, 198, 199),
    )
)
#: (name, category, CNY price in fen, tax rate as stored)
PRODUCTS = (
    ("龙井茶 250g", "tea", 12800, "0.09"),
    ("碧螺春 100g", "tea", 8800, "0.09"),
    ("普洱茶饼 357g", "tea", 19900, "0.09"),
    ("铁观音礼盒", "tea", 26800, "0.09"),
    ("青瓷茶杯", "tableware", 4550, "0.13"),
    ("紫砂壶", "tableware", 59900, "0.13"),
    ("竹制茶盘", "tableware", 16800, "0.13"),
    ("纯棉T恤", "clothing", 7900, "0.13"),
    ("羊毛围巾", "clothing", 21900, "0.13"),
    ("牛仔裤", "clothing", 15900, "0.13"),
    ("运动鞋", "shoes", 39900, "0.13"),
    ("帆布鞋", "shoes", 12900, "0.13"),
    ("蓝牙耳机", "electronics", 29900, "0.13"),
    ("移动电源 20000mAh", "electronics", 14900, "0.13"),
    ("智能手环", "electronics", 24900, "0.13"),
    ("机械键盘", "electronics", 45900, "0.13"),
    ("数据线 1m", "electronics", 1990, "0.13"),
    ("新鲜草莓 2斤", "perishable", 6990, "0.09"),
    ("阳澄湖大闸蟹", "perishable", 39800, "0.09"),
    ("坚果礼盒", "food", 12800, "0.13"),
    ("手工月饼", "food", 8800, "0.13"),
    ("定制刻字钢笔", "made_to_order", 32900, "0.13"),
    ("定制相册", "made_to_order", 18800, "0.13"),
    ("电子书兑换码", "digital_unsealed", 2900, "0.13"),
    ("游戏点卡 100元", "digital_unsealed", 9800, "0.13"),
    ("《红楼梦》精装", "books", 9900, "0.09"),
    ("儿童绘本套装", "books", 15900, "0.09"),
    ("保温杯", "household", 8900, "0.13"),
    ("四件套床品", "household", 39900, "0.13"),
    ("羽绒被", "household", 89900, "0.13"),
    ("面霜 50ml", "beauty", 35900, "0.13"),
    ("口红", "beauty", 29000, "0.13"),
    ("真丝睡衣", "clothing", 69900, "0.13"),
    ("空气炸锅", "appliances", 49900, "0.13"),
    ("扫地机器人", "appliances", 199900, "0.13"),
)
VARIANTS = (("黑色", "BK"), ("白色", "WH"), ("红色", "RD"), ("蓝色", "BL"), ("灰色", "GY"))
#: (currency, country, weight, numerator, denominator): price = CNY fen * num // den
CURRENCIES = (
    ("CNY", "CN", 940, 1, 1),
    ("USD", "US", 20, 14, 100),
    ("HKD", "HK", 15, 108, 100),
    ("EUR", "DE", 10, 13, 100),
    ("JPY", "JP", 10, 21, 100),
    ("KWD", "KW", 5, 43, 100),
)
CN_METHODS = (("alipay", 50), ("wechat_pay", 35), ("unionpay", 8), ("card", 5), ("cash", 2))
FOREIGN_METHODS = (("card", 60), ("paypal", 40))
SOURCES = (("taobao", 70), ("tmall", 20), ("manual", 10))
LINE_COUNTS = ((1, 20), (2, 30), (3, 30), (4, 20))  # mean 2.5

ORDER_SQL = (
    'INSERT INTO "order" (id, order_no, source, status, currency, placed_at, paid_at, shipped_at,'
    " delivered_at, presale, customer_name, customer_phone, customer_email, customer_country,"
    " payment_method, payment_reference, payer_account, shipping_fee, total_paid, note,"
    " created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
)
LINE_SQL = (
    "INSERT INTO order_line (order_id, line_no, sku, name, category, quantity, unit_price,"
    " line_discount, order_discount_share, tax_rate, final_sale) VALUES (?,?,?,?,?,?,?,?,?,?,?)"
)
DISCOUNT_SQL = (
    "INSERT INTO order_discount (order_id, kind, code, amount, description) VALUES (?,?,?,?,?)"
)
LOADED_TABLES = ("order", "order_line", "order_discount")


def _expand(weighted: tuple[tuple[str, int], ...]) -> list[str]:
    """A list where each value appears ``weight`` times: ``rng.choice`` on it is cheap."""
    return [value for value, weight in weighted for _ in range(weight)]


def _ts(value: datetime | None) -> str | None:
    """Peewee's storage format for ``DateTimeField`` on SQLite (``str(datetime)``)."""
    return None if value is None else value.isoformat(" ")


def make_customers(rng: random.Random, count: int) -> list[tuple[str, str, str]]:
    """A customer base (name, phone, e-mail): orders pick from it, so customers come back."""
    people = []
    for index in range(count):
        if rng.random() < 0.01:
            surname = rng.choice(COMPOUND_SURNAMES)
        else:
            # Common surnames are much more common: skew the pick to the front of the list.
            surname = SURNAMES[int(len(SURNAMES) * rng.random() ** 2.2)]
        given = rng.choice(GIVEN)
        if rng.random() < 0.6:
            given += rng.choice(GIVEN)
        phone = rng.choice(PHONE_PREFIXES) + f"{rng.randrange(10**8):08d}"
        email = f"c{index:07d}@example.com" if rng.random() < 0.3 else ""
        people.append((surname + given, phone, email))
    return people


def _status(rng: random.Random, age_days: float) -> tuple[str, bool]:
    """A status fitting the order's age, and whether it is a pre-sale order."""
    r = rng.random()
    presale = r < 0.02
    if r > 0.97:
        return "cancelled", presale
    if presale and age_days < 30:
        return ("presale_awaiting_production" if r < 0.01 else "presale_in_production"), True
    if age_days < 1:
        return ("awaiting_payment" if r < 0.2 else "paid"), presale
    if age_days < 3:
        return ("paid" if r < 0.3 else "in_transit"), presale
    if age_days < 6:
        return ("in_transit" if r < 0.4 else "delivered"), presale
    if age_days < 20:
        return "delivered", presale
    return ("delivered" if r < 0.15 else "completed"), presale


def generate(
    rng: random.Random, orders: int, first_id: int = 1
) -> Iterator[tuple[list[tuple], list[tuple], list[tuple]]]:
    """Yield chunks of (order rows, line rows, discount rows) ready for ``executemany``."""
    customers = make_customers(rng, max(1, orders * 2 // 5))
    catalog = [
        (f"SKU-{p:03d}-{code}", f"{name} {colour}", category, price, tax)
        for p, (name, category, price, tax) in enumerate(PRODUCTS)
        for colour, code in VARIANTS
    ]
    currency_pick = [c for c in CURRENCIES for _ in range(c[2])]
    cn_methods, foreign_methods = _expand(CN_METHODS), _expand(FOREIGN_METHODS)
    sources = _expand(SOURCES)
    line_counts = [n for n, weight in LINE_COUNTS for _ in range(weight)]
    numbers = sorted(rng.sample(range(10**9), orders))
    span = (AS_OF - FIRST_DAY).total_seconds()
    choice, rand, randrange = rng.choice, rng.random, rng.randrange
    order_rows: list[tuple] = []
    line_rows: list[tuple] = []
    discount_rows: list[tuple] = []
    for index in range(orders):
        order_id = first_id + index
        placed = FIRST_DAY + timedelta(seconds=int(span * (index + rand()) / orders))
        age = (AS_OF - placed).total_seconds() / 86400
        status, presale = _status(rng, age)
        currency, country, _, num, den = choice(currency_pick)
        name, phone, email = choice(customers)
        # Lines: price converted to the order's currency, whole units for JPY.
        lines = []
        for line_no in range(1, choice(line_counts) + 1):
            sku, title, category, price, tax = choice(catalog)
            unit = max(1, price * num // den)
            quantity = 1 if rand() < 0.7 else randrange(2, 6)
            gross = unit * quantity
            line_discount = gross * randrange(5, 21) // 100 if rand() < 0.1 else 0
            final_sale = 1 if rand() < 0.02 else 0
            lines.append(
                [line_no, sku, title, category, quantity, unit, line_discount, tax, final_sale]
            )
        weights = [line[5] * line[4] - line[6] for line in lines]
        discount = 0
        if rand() < 0.3:
            items = sum(weights)
            if rand() < 0.5 and items >= 30000 * num // den:
                discount = 3000 * num // den
                discount_rows.append((order_id, "threshold", "", discount, "满300减30"))
            else:
                discount = min(items, randrange(3, 21) * 100 * num // den)
                code = f"QUAN{randrange(10000):04d}"
                discount_rows.append((order_id, "coupon", code, discount, "店铺优惠券"))
        shares = allocate_largest_remainder(discount, weights) if discount else [0] * len(lines)
        for line, share in zip(lines, shares, strict=True):
            line_rows.append((order_id, *line[:7], share, *line[7:]))
        shipping = 0 if rand() < 0.6 else choice((600, 800, 1000, 1200)) * num // den
        total_paid = sum(weights) - discount + shipping
        cancelled_unpaid = status == "awaiting_payment" or (status == "cancelled" and rand() < 0.5)
        paid_at = None if cancelled_unpaid else placed + timedelta(minutes=randrange(1, 30))
        shipped = status in ("in_transit", "delivered", "completed")
        shipped_at = placed + timedelta(hours=randrange(6, 48)) if shipped else None
        delivered = status in ("delivered", "completed") and shipped_at is not None
        delivered_at = shipped_at + timedelta(hours=randrange(24, 96)) if delivered else None
        method = choice(cn_methods) if currency == "CNY" else choice(foreign_methods)
        if method == "alipay":
            payer = phone[:3] + "****" + phone[-4:]
        elif method == "wechat_pay":
            payer = "wxid_****" + phone[-2:]
        elif method in ("card", "unionpay"):
            payer = f"6222 **** **** {randrange(10000):04d}"
        elif method == "paypal":
            payer = email or f"pp{randrange(10**6):06d}@example.com"
        else:
            payer = ""
        reference = "" if method == "cash" else f"{placed:%Y%m%d}{randrange(10**20):020d}"
        order_rows.append(
            (
                order_id,
                f"TB2026{numbers[index]:09d}",
                choice(sources),
                status,
                currency,
                _ts(placed),
                _ts(paid_at),
                _ts(shipped_at),
                _ts(delivered_at),
                1 if presale else 0,
                name,
                phone,
                email,
                country,
                method,
                reference,
                payer,
                shipping,
                total_paid,
                "",
                _ts(placed),
            )
        )
        if len(order_rows) >= CHUNK:
            yield order_rows, line_rows, discount_rows
            order_rows, line_rows, discount_rows = [], [], []
    if order_rows:
        yield order_rows, line_rows, discount_rows


def use_key_dir(db_path: Path) -> Path:
    """Keep the shop key of a benchmark database in files beside it (``<folder>/keys``), never in
    the keyring, so the generator and every benchmark find the same key. An environment that
    already names a folder wins."""
    os.environ.setdefault(shop_key.STORE_ENV, "file")
    os.environ.setdefault(shop_key.DIR_ENV, str(db_path.resolve().parent / "keys"))
    return shop_key.key_dir()


def create_schema(path: Path) -> None:
    """The real schema, made by the application; nothing in it yet."""
    open_database(path, create=True)
    close_database()


def key_trail_and_users(path: Path, log: list[tuple[str, float]]) -> None:
    """What a shop that already had its orders gets when its trail is keyed: the application
    writes the ``audit.keyed`` event and baseline events holding every order's fingerprint (in
    chunks of ``audit.BASELINE_CHUNK``). Then the users, through the services, with their own
    keyed events: an owner, a second owner (a second person to approve) and a clerk."""
    open_database(path)
    try:
        started = time.perf_counter()
        with write_transaction():
            audit.ensure_keyed("")
        log.append(("key the trail (baseline of orders)", time.perf_counter() - started))
        started = time.perf_counter()
        owner = users.create_user(None, OWNER, Role.OWNER.value, OWNER_PIN, "店主")
        users.create_user(owner, OWNER2, Role.OWNER.value, OWNER2_PIN, "老板娘")
        users.create_user(owner, CLERK, Role.CLERK.value, CLERK_PIN, "店员")
        log.append(("users (services)", time.perf_counter() - started))
    finally:
        close_database()


#: Of the refunds made: approved, then of those paid, then of those confirmed received.
APPROVED_SHARE, PAID_SHARE, CONFIRMED_SHARE = 0.7, 0.9, 0.8
#: Seconds the services' clock moves on per refund: 20,000 refunds span about two days, so the
#: numbers run over more than one day's RF<day>NNNN sequence.
REFUND_STEP_S = 8


def refund_candidates(path: Path, rng: random.Random, count: int) -> list[str]:
    """Delivered orders inside the quality-problem window at ``AS_OF`` without a refund yet."""
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(
            'SELECT o.order_no FROM "order" o WHERE o.status = ? AND o.delivered_at >= ?'
            " AND NOT EXISTS (SELECT 1 FROM refund r WHERE r.order_id = o.id) ORDER BY o.id",
            ("delivered", (AS_OF - timedelta(days=12)).isoformat(" ")),
        ).fetchall()
    finally:
        conn.close()
    numbers = [r[0] for r in rows]
    rng.shuffle(numbers)
    return numbers[:count]


def make_refunds(path: Path, count: int, seed: int, log: list[tuple[str, float]]) -> dict:
    """Refunds through the services, each with its keyed events: the clerk (or, one in five, the
    owner) requests one unit of line 1 for a quality problem; 70 % are approved by the other
    owner or the owner, signed and goods received where the refund needs it, 90 % of those paid
    and 80 % of the paid confirmed received. Returns the counts and the failures."""
    from merchant_refunds.domain.calculation import Selection
    from merchant_refunds.domain.policy import ReasonCode
    from merchant_refunds.services import clock, refund_decisions, refund_goods, refund_requests
    from merchant_refunds.services.payouts import arrival, sending

    rng = random.Random(seed + 1)
    numbers = refund_candidates(path, rng, count)
    if len(numbers) < count:
        print(f"  only {len(numbers):,} orders can take a refund", file=sys.stderr)
    open_database(path)
    step = [0]
    clock.set_clock(lambda: AS_OF + timedelta(seconds=step[0] * REFUND_STEP_S + 1))
    made = {"requested": 0, "approved": 0, "paid": 0, "confirmed": 0, "failed": 0}
    started = time.perf_counter()
    try:
        owner, owner2 = users.get_actor(OWNER), users.get_actor(OWNER2)
        clerk = users.get_actor(CLERK)
        for index, order_no in enumerate(numbers, 1):
            step[0] = index
            requester, approver = (owner, owner2) if index % 5 == 0 else (clerk, owner)
            request = refund_requests.RefundRequest(
                order_no=order_no,
                selection=Selection(lines={1: 1}),
                reason=ReasonCode.QUALITY_PROBLEM,
                note="质量问题 benchmark",
                goods_return=rng.random() < 0.3,
            )
            try:
                detail = refund_requests.request_refund(requester, request)
                made["requested"] += 1
                if rng.random() < APPROVED_SHARE:
                    detail = refund_decisions.approve(approver, detail.refund_no)
                    made["approved"] += 1
                    if rng.random() < PAID_SHARE:
                        if detail.signature_required:
                            refund_goods.record_signature(clerk, detail.refund_no)
                        if detail.goods_return:
                            refund_goods.record_goods_received(clerk, detail.refund_no)
                        sending.record_payout(owner, detail.refund_no, reference=f"P{index}")
                        made["paid"] += 1
                        if rng.random() < CONFIRMED_SHARE:
                            arrival.confirm_received(clerk, detail.refund_no)
                            made["confirmed"] += 1
            except Exception as exc:  # a generator reports, it does not stop
                made["failed"] += 1
                if made["failed"] <= 5:
                    print(f"  refund on {order_no} failed: {exc}", file=sys.stderr)
            if index % 2000 == 0:
                print(f"  {index:>9,} refunds  {time.perf_counter() - started:6.1f} s", flush=True)
    finally:
        clock.set_clock(None)
        close_database()
    log.append((f"{made['requested']:,} refunds (services)", time.perf_counter() - started))
    return made


def _loaded_objects(conn: sqlite3.Connection, kind: str) -> list[tuple[str, str]]:
    return conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = ? AND sql IS NOT NULL"
        f" AND tbl_name IN ({','.join('?' * len(LOADED_TABLES))})",
        (kind, *LOADED_TABLES),
    ).fetchall()


def bulk_load(path: Path, orders: int, seed: int, log: list[tuple[str, float]]) -> None:
    """Fill the three order tables fast; indexes, triggers and WAL are put back afterwards."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = OFF")
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("PRAGMA cache_size = -400000")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        indexes = _loaded_objects(conn, "index")
        triggers = [name for name, _ in _loaded_objects(conn, "trigger")]
        for name, _ in indexes:
            conn.execute(f'DROP INDEX "{name}"')
        for name in triggers:
            conn.execute(f'DROP TRIGGER "{name}"')
        started = time.perf_counter()
        rng = random.Random(seed)
        done = 0
        for order_rows, line_rows, discount_rows in generate(rng, orders):
            conn.execute("BEGIN")
            conn.executemany(ORDER_SQL, order_rows)
            conn.executemany(LINE_SQL, line_rows)
            conn.executemany(DISCOUNT_SQL, discount_rows)
            conn.execute("COMMIT")
            done += len(order_rows)
            print(f"  {done:>9,} orders  {time.perf_counter() - started:6.1f} s", flush=True)
        log.append(("generate + insert rows", time.perf_counter() - started))
        started = time.perf_counter()
        conn.execute("BEGIN")
        for _, sql in indexes:
            conn.execute(sql)
        conn.execute("COMMIT")
        log.append((f"recreate {len(indexes)} indexes", time.perf_counter() - started))
        started = time.perf_counter()
        conn.execute("BEGIN")
        conn.execute("INSERT INTO order_search(order_search) VALUES ('rebuild')")
        for statement in search_index.CREATE_STATEMENTS:
            conn.execute(statement)
        conn.execute("COMMIT")
        log.append(("rebuild trigram search index", time.perf_counter() - started))
        started = time.perf_counter()
        conn.execute("PRAGMA locking_mode = NORMAL")
        conn.execute("PRAGMA journal_mode = WAL")
        log.append(("back to WAL", time.perf_counter() - started))
    finally:
        conn.close()


def check_consistency(path: Path) -> int:
    """Count orders whose stored money does not add up (must be 0)."""
    conn = sqlite3.connect(path)
    try:
        bad_totals = conn.execute(
            'SELECT count(*) FROM "order" o WHERE o.total_paid != o.shipping_fee + '
            "(SELECT sum(unit_price * quantity - line_discount - order_discount_share)"
            " FROM order_line l WHERE l.order_id = o.id)"
        ).fetchone()[0]
        bad_shares = conn.execute(
            "SELECT count(*) FROM (SELECT order_id, sum(amount) AS d FROM order_discount"
            " GROUP BY order_id) x WHERE x.d != (SELECT sum(order_discount_share)"
            " FROM order_line l WHERE l.order_id = x.order_id)"
        ).fetchone()[0]
        missing = conn.execute(
            'SELECT (SELECT count(*) FROM "order") - (SELECT count(*) FROM order_search)'
        ).fetchone()[0]
        return int(bad_totals) + int(bad_shares) + abs(int(missing))
    finally:
        conn.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=1_000_000)
    parser.add_argument("--out", type=Path, default=Path("bench-data/orders.sqlite3"))
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--force", action="store_true", help="replace an existing file")
    parser.add_argument(
        "--refunds", type=int, default=0, help="refunds to make through the services afterwards"
    )
    args = parser.parse_args(argv)
    out: Path = args.out
    if out.exists():
        if not args.force:
            print(f"{out} exists; use --force to replace it", file=sys.stderr)
            return 2
        for suffix in ("", "-wal", "-shm"):
            Path(f"{out}{suffix}").unlink(missing_ok=True)
    keys = use_key_dir(out)
    log: list[tuple[str, float]] = []
    started = time.perf_counter()
    step = time.perf_counter()
    create_schema(out)
    log.append(("schema (application)", time.perf_counter() - step))
    print(f"Generating {args.orders:,} orders into {out} (seed {args.seed}); shop key in {keys}")
    bulk_load(out, args.orders, args.seed, log)
    print("Keying the audit trail (baseline events of every order)", flush=True)
    key_trail_and_users(out, log)
    made = None
    if args.refunds > 0:
        print(f"Making {args.refunds:,} refunds through the services", flush=True)
        made = make_refunds(out, args.refunds, args.seed, log)
    total = time.perf_counter() - started
    step = time.perf_counter()
    open_database(out)  # proves the application accepts the file as it is
    close_database()
    problems = check_consistency(out)
    log.append(("check (not counted in the total)", time.perf_counter() - step))
    conn = sqlite3.connect(out)
    lines = conn.execute("SELECT count(*) FROM order_line").fetchone()[0]
    events = conn.execute("SELECT count(*) FROM audit_event").fetchone()[0]
    conn.close()
    print()
    for label, seconds in log:
        print(f"{label:<36} {seconds:8.1f} s")
    print(f"{'TOTAL generation':<36} {total:8.1f} s")
    size_mb = out.stat().st_size / 1e6
    print(
        f"orders {args.orders:,}  lines {lines:,} ({lines / max(1, args.orders):.2f} per order)"
        f"  file {size_mb:,.0f} MB  inconsistent rows {problems}  audit events {events:,}"
    )
    if made is not None:
        print("refunds: " + ", ".join(f"{k} {v:,}" for k, v in made.items()))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

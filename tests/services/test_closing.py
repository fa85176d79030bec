"""The daily closing and the anchors kept outside the database: a closing's code, a paper's pin.

Attacks first: the trail and the tables are edited with sqlite3 behind the program's back, and
what the owner holds on paper must then fail to check out.
"""

from __future__ import annotations

import contextlib
import csv
import io
import re
import sqlite3
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from merchant_refunds.domain import closing as rules
from merchant_refunds.domain.calculation import Selection
from merchant_refunds.domain.policy import ReasonCode
from merchant_refunds.services import (
    clock,
    closing,
    confirmations,
    orders,
    refund_decisions,
    refund_requests,
    users,
)
from merchant_refunds.services.database import initialise
from merchant_refunds.services.payouts import arrival, sending
from merchant_refunds.storage import models as m
from merchant_refunds.storage.db import close_database, open_database
from tests.cli.test_cli import cli, db, one_clear_line, snapshot, template_db  # noqa: F401
from tests.documents.test_confirmation import _fonts
from tests.factories import tea_order
from tests.tamper import unguard

DAY = "2026-11-26"


def _sql(path: Path, *statements: tuple[str, tuple]) -> None:
    with contextlib.closing(sqlite3.connect(path)) as con:
        unguard(con)
        for sql, params in statements:
            con.execute(sql, params)
        con.commit()


def _completed_refund(cli, line: str = "TEA-01=1") -> str:  # noqa: F811
    made = cli(
        "--json", "refund", "request", "T0001", "--line", line, "--reason", "quality_problem",
        user="amy",
    )  # fmt: skip
    assert made.code == 0, made.err
    refund_no = made.json()["refund_no"]
    for step in ("approve", "pay", "confirm"):
        assert cli("refund", step, refund_no, user="boss").code == 0
    return refund_no


@contextlib.contextmanager
def _opened(path: Path) -> Iterator[None]:
    open_database(path, create=False)
    try:
        yield
    finally:
        close_database()


def _problems(path: Path) -> list[closing.ClosingProblem]:
    with _opened(path):
        return closing.closing_problems()


def _record(cli, tmp_path: Path, name: str = "closing.pdf", *extra: str) -> dict:  # noqa: F811
    result = cli("--json", "closing", "-o", str(tmp_path / name), *extra, user="boss")
    assert result.code == 0, result.err
    return result.json()


# --- the sums (pure) ---------------------------------------------------------------------------


def test_groups_add_up_per_item_and_currency_and_shortfalls_are_found() -> None:
    tallies = rules.from_groups(
        [
            ("refunded", "CNY", 2, 300),
            ("refunded", "CNY", 1, 50),  # the same item and currency from a second query
            ("refunded", "USD", 1, 999),
            ("paid_out", "JPY", 0, None),  # an empty group is no figure
        ]
    )
    assert tallies == {"refunded": {"CNY": rules.Tally(3, 350), "USD": rules.Tally(1, 999)}}
    assert rules.tallies_from_dict(rules.tallies_to_dict(tallies)) == tallies
    assert rules.currencies(tallies) == ["CNY", "USD"]
    assert rules.combined(tallies, rules.from_groups([("refunded", "CNY", 1, 1)])) == {
        "refunded": {"CNY": rules.Tally(4, 351), "USD": rules.Tally(1, 999)}
    }
    # Equal or more is fine; fewer refunds, or less money, is a shortfall; a currency that
    # vanished entirely is one too.
    assert rules.shortfalls(tallies, tallies) == []
    more = rules.from_groups([("refunded", "CNY", 4, 400), ("refunded", "USD", 1, 999)])
    assert rules.shortfalls(tallies, more) == []
    fewer = rules.from_groups([("refunded", "CNY", 3, 349)])
    assert [(s.item, s.currency, s.current) for s in rules.shortfalls(tallies, fewer)] == [
        ("refunded", "CNY", rules.Tally(3, 349)),
        ("refunded", "USD", rules.Tally(0, 0)),
    ]


# --- the figures --------------------------------------------------------------------------------


def test_the_day_and_the_running_totals_per_currency(cli, db):  # noqa: F811
    _completed_refund(cli)
    rejected = cli(
        "--json", "refund", "request", "DUP-1", "--line", "#1=1", "--reason", "other", user="amy"
    ).json()["refund_no"]
    assert cli("refund", "reject", rejected, "--reason", "not ours", user="boss").code == 0
    shown = cli("--json", "closing", user="kim")
    assert shown.code == 0, shown.err
    data = shown.json()
    assert data["day"] == DAY and data["recorded"] is None
    daily = data["daily"]
    assert daily["requested"]["CNY"] == {"count": 2, "minor": 11438 + 5000}
    assert daily["rejected"]["CNY"] == {"count": 1, "minor": 5000}
    assert daily["completed"]["CNY"] == {"count": 1, "minor": 11438}
    assert daily["sent"]["CNY"] == daily["received"]["CNY"] == {"count": 1, "minor": 11438}
    assert "failed" not in daily and "cancelled" not in daily
    assert data["grand"] == {
        "paid_out": {"CNY": {"count": 1, "minor": 11438}},
        "refunded": {"CNY": {"count": 1, "minor": 11438}},
    }
    # The day before the shop's first refund closes with nothing; tomorrow has not come.
    before = cli("--json", "closing", "--date", "2026-11-25", user="kim").json()
    assert before["daily"] == {} and before["grand"] == {}
    future = cli("closing", "--date", "2026-11-27", user="kim")
    assert future.code == 2 and "has not come yet" in one_clear_line(future)
    assert cli("closing", "--date", "26/11/2026", user="kim").code == 2


def test_a_clerk_may_not_see_closings_and_showing_one_records_nothing(cli, db):  # noqa: F811
    _completed_refund(cli)
    before = snapshot(db)
    refused = cli("closing", user="amy")
    assert refused.code == 3
    assert cli("closing", user="kim").code == 0
    bad = cli("closing", "-o", str(db.parent / "closing.txt"), user="boss")
    assert bad.code == 2 and ".pdf, .csv or .xlsx" in one_clear_line(bad)
    assert snapshot(db) == before


def test_recording_writes_one_event_and_the_paper_carries_its_anchor(cli, db, tmp_path):  # noqa: F811
    _completed_refund(cli)
    data = _record(cli, tmp_path)
    assert data["recorded"]["event_id"] == data["head"]["event_id"] + 1
    assert data["anchor_code"] == data["recorded"]["code"]
    assert _problems(db) == []
    held = cli("--json", "audit", "verify", "--anchor", data["anchor_code"].lower())
    assert held.code == 0 and held.json()["ok"] is True
    # Later work does not disturb an earlier closing's code or totals.
    _completed_refund(cli, "TEA-01=1")
    assert cli("audit", "verify", "--anchor", data["anchor_code"]).code == 0
    assert _problems(db) == []


# --- attacks ------------------------------------------------------------------------------------


def test_cutting_the_tail_the_closing_was_made_at_is_reported(cli, db, tmp_path):  # noqa: F811
    refund_no = _completed_refund(cli)
    data = _record(cli, tmp_path)
    head = data["head"]["event_id"]
    # Remove the day's last steps (the confirmation of the money) but keep the closing record.
    _sql(db, ("DELETE FROM audit_event WHERE id BETWEEN ? AND ?", (head - 1, head)))
    problems = _problems(db)
    assert [p.code for p in problems] == ["closing_head_missing"]
    assert f"head at event {head}" in problems[0].message and "cut" in problems[0].message
    checked = cli("audit", "verify", "--anchor", data["anchor_code"])
    assert checked.code == 5
    assert f"broken at event {head + 1}" in one_clear_line(checked)
    assert refund_no


def test_cutting_the_closing_itself_off_the_end_fails_its_code(cli, db, tmp_path):  # noqa: F811
    _completed_refund(cli)
    data = _record(cli, tmp_path)
    head = data["head"]["event_id"]
    # The whole tail from the last refund step on, the closing with it: what is left is a
    # perfectly linked, shorter chain that the plain check cannot tell from the real one.
    _sql(db, ("DELETE FROM audit_event WHERE id >= ?", (head - 1,)))
    assert cli("audit", "verify").code == 0
    checked = cli("audit", "verify", "--anchor", data["anchor_code"])
    assert checked.code == 5
    assert "no longer in the audit trail" in one_clear_line(checked)


def test_a_rewritten_event_under_the_code_fails_it(cli, db, tmp_path):  # noqa: F811
    _completed_refund(cli)
    data = _record(cli, tmp_path)
    event = data["recorded"]["event_id"]
    _sql(db, ("UPDATE audit_event SET hash = ? WHERE id = ?", ("f" * 64, event)))
    checked = cli("audit", "verify", "--anchor", data["anchor_code"])
    assert checked.code == 5 and "rewritten" in one_clear_line(checked)


def test_deleting_a_refund_and_its_events_lowers_the_totals(cli, db, tmp_path):  # noqa: F811
    refund_no = _completed_refund(cli)
    _completed_refund(cli)
    _record(cli, tmp_path)
    with contextlib.closing(sqlite3.connect(db)) as con:
        (refund_id,) = con.execute(
            "SELECT id FROM refund WHERE refund_no = ?", (refund_no,)
        ).fetchone()
    _sql(
        db,
        ("DELETE FROM payout WHERE refund_id = ?", (refund_id,)),
        ("DELETE FROM refund_line WHERE refund_id = ?", (refund_id,)),
        ("DELETE FROM approval WHERE refund_id = ?", (refund_id,)),
        ("DELETE FROM refund WHERE id = ?", (refund_id,)),
        ("DELETE FROM audit_event WHERE entity_key = ?", (refund_no,)),
    )
    problems = [p for p in _problems(db) if p.code == "closing_totals_lower"]
    assert {p.params["item"] for p in problems} == {"refunded", "paid_out"}
    refunded = next(p for p in problems if p.params["item"] == "refunded")
    assert (refunded.params["recorded_count"], refunded.params["count"]) == (2, 1)
    # 114.38 for the first tea and 114.39 for the second (the order's discount, shared out).
    assert "recorded 2 refunded totalling 228.77 CNY" in refunded.message
    assert "now show 1 totalling 114.39 CNY" in refunded.message


def test_malformed_codes_are_bad_input(cli, db):  # noqa: F811
    for text in ("A12-zz", "B1-0000-0000-0000-0000", "A-0000-0000-0000-0000", "A1-0000"):
        result = cli("audit", "verify", "--anchor", text)
        assert result.code == 2, text
        assert "Not an anchor code" in one_clear_line(result)


# --- the paper's pin ----------------------------------------------------------------------------


def _paper(cli, tmp_path: Path, *, approved: bool = False) -> tuple[str, str]:  # noqa: F811
    made = cli(
        "--json", "refund", "request", "T0001", "--line", "TEA-01=1", "--reason", "wrong_item",
        user="amy",
    )  # fmt: skip
    refund_no = made.json()["refund_no"]
    if approved:
        assert cli("refund", "approve", refund_no, user="boss").code == 0
    printed = cli("--json", "confirmation", refund_no, "-o", str(tmp_path / "p.pdf"), user="amy")
    assert printed.code == 0, printed.err
    return refund_no, printed.json()["code"]


def test_a_paper_carries_the_head_it_was_printed_at(cli, db, tmp_path):  # noqa: F811
    refund_no, code = _paper(cli, tmp_path)
    match = re.fullmatch(rf"{refund_no}-([A-Z2-7]{{8}})-(\d+)-([0-9A-F]{{8}})", code)
    assert match, code
    pinned = int(match.group(2))
    with _opened(db):
        # The print itself was counted after the paper was made: it pins the event before it.
        assert confirmations.print_count(refund_no) == 1
    text = PdfReader(str(tmp_path / "p.pdf")).pages[0].extract_text().replace("\n", "")
    assert code in text
    with contextlib.closing(sqlite3.connect(db)) as con:
        (stored,) = con.execute("SELECT hash FROM audit_event WHERE id = ?", (pinned,)).fetchone()
        (last,) = con.execute("SELECT MAX(id) FROM audit_event").fetchone()
    assert stored.upper().startswith(match.group(3)) and last == pinned + 1
    # Typed by hand: lower case, spaces, O for 0 in the pin.
    number, check, event_id, digits = code.split("-")
    typed = f"{number.lower()} - {check.lower()} {event_id} {digits.replace('0', 'o').lower()}"
    assert cli("confirmation", "--verify", typed).code == 0


@pytest.mark.parametrize(
    "attack",
    [
        ("UPDATE audit_event SET user_name = 'mallory' WHERE id = 3", ()),
        ("DELETE FROM audit_event WHERE id = 4", ()),
    ],
    ids=["edited", "deleted"],
)
def test_a_middle_event_changed_after_printing_fails_the_paper(cli, db, tmp_path, attack):  # noqa: F811
    _refund_no, code = _paper(cli, tmp_path)
    assert cli("confirmation", "--verify", code).code == 0
    _sql(db, attack)
    result = cli("--json", "confirmation", "--verify", code)
    assert result.code == 5
    assert "cut or changed before this paper was printed" in result.err


def test_a_cut_tail_fails_the_paper_and_later_changes_do_not(cli, db, tmp_path):  # noqa: F811
    _refund_no, code = _paper(cli, tmp_path, approved=True)
    pinned = int(code.split("-")[2])
    _completed_refund(cli)  # more events after the paper
    # An event after the pin is edited: the paper's part of the trail still holds (the plain
    # chain check is the one that reports this).
    _sql(db, ("UPDATE audit_event SET user_name = 'mallory' WHERE id = ?", (pinned + 3,)))
    assert cli("confirmation", "--verify", code).code == 0
    assert cli("audit", "verify").code == 5
    # The tail is cut back past the pin (the approval), the request kept: the paper no longer
    # checks out.
    _sql(db, ("DELETE FROM audit_event WHERE id >= ?", (pinned,)))
    result = cli("confirmation", "--verify", code)
    assert result.code == 5 and "cut or changed" in one_clear_line(result)


def test_papers_printed_before_the_pin_verify_as_before(cli, db, tmp_path):  # noqa: F811
    refund_no, code = _paper(cli, tmp_path)
    old = "-".join(code.split("-")[:2])  # RF…-CODE: the format papers had until now
    assert cli("confirmation", "--verify", old).code == 0
    assert cli("confirmation", "--verify", old.lower().replace("-", " - ")).code == 0
    wrong = old[:-1] + ("A" if old[-1] != "A" else "B")
    assert cli("confirmation", "--verify", wrong).code == 3
    # They carry no position, so a change elsewhere in the trail is not theirs to see.
    _sql(db, ("UPDATE audit_event SET user_name = 'mallory' WHERE id = 3", ()))
    assert cli("confirmation", "--verify", old).code == 0
    assert cli("confirmation", "--verify", code).code == 5
    assert cli("confirmation", "--verify", f"{old}-12-XYZ").code == 2
    assert refund_no


# --- the paper and the files --------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_pdf_reads_back_with_both_languages_figures_and_code(cli, db, tmp_path, lang):  # noqa: F811
    _completed_refund(cli)
    _completed_refund(cli)
    data = _record(cli, tmp_path, "closing.pdf", "--lang", lang)
    pdf = (tmp_path / "closing.pdf").read_bytes()
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "日结单" in text and "Daily Closing" in text
    assert DAY in text and data["anchor_code"] in text
    assert f"{data['recorded']['event_id']}" in text and data["recorded"]["hash"] in text
    grand = data["grand"]["refunded"]["CNY"]
    assert (grand["count"], grand["minor"]) == (2, 22877)
    cells = [line.strip() for line in text.splitlines()]  # a table cell per line
    label = "累计退款（已完成）" if lang == "zh" else "Total refunded (completed)"
    at = cells.index(label)
    assert cells[at + 1 : at + 4] == ["CNY", "2", "228.77"]
    assert ("当日退款" if lang == "zh" else "Refunds on the day") in text
    fonts = _fonts(pdf)
    assert fonts and all(f["embedded"] for f in fonts), fonts


def test_csv_and_xlsx_carry_the_same_figures(cli, db, tmp_path):  # noqa: F811
    _completed_refund(cli)
    as_csv = _record(cli, tmp_path, "closing.csv")
    with open(tmp_path / "closing.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["部分", "项目", "币种", "笔数", "金额", "备注"]
    assert ["当日退款", "完成", "CNY", "1", "114.38", ""] in rows
    assert [
        "累计（开业至 2026-11-26 日终）",
        "累计付出（已到账）",
        "CNY",
        "1",
        "114.38",
        "",
    ] in rows
    assert rows[-1][-1] == as_csv["anchor_code"]

    as_xlsx = _record(cli, tmp_path, "closing.xlsx", "--lang", "en")
    sheet = openpyxl.load_workbook(tmp_path / "closing.xlsx").active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0] == ["Section", "Item", "Currency", "Count", "Amount", "Note"]
    completed = next(r for r in values if r[1] == "Completed")
    assert completed[2:5] == ["CNY", 1, pytest.approx(114.38)]
    assert values[-1][-1] == as_xlsx["anchor_code"]


# --- on both databases, over several days -------------------------------------------------------


@pytest.mark.tampers
@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_each_days_closing_is_checked_against_its_own_running_totals(request, tmp_path, backend):
    target = request.getfixturevalue("pg_url") if backend == "postgresql" else tmp_path / "s.db"
    days = [datetime(2026, 11, 25, 16, 0), datetime(2026, 11, 26, 9, 0)]
    clock.set_clock(lambda: days[0])
    initialise(target)
    try:
        boss = users.create_user(None, "boss", "owner", "1234")
        made = []
        for n, when in enumerate(days):
            clock.set_clock(lambda when=when: when)
            orders.create_order(boss, tea_order(f"D{n}"))
            request_ = refund_requests.RefundRequest(
                f"D{n}", Selection({1: 1}), ReasonCode.WRONG_ITEM
            )
            made.append(refund_requests.request_refund(boss, request_).refund_no)
            refund_decisions.approve(boss, made[-1])
            sending.record_payout(boss, made[-1])
            arrival.confirm_received(boss, made[-1])
            closing.record_closing(boss)
        first, second = (d.date() for d in days)
        assert closing.grand_totals(first)["refunded"]["CNY"].count == 1
        assert closing.grand_totals(second)["refunded"]["CNY"].count == 2
        assert closing._running_totals({first, second}) == {
            first: closing.grand_totals(first),
            second: closing.grand_totals(second),
        }
        assert closing.closing_problems() == []
        # The first day's payout is deleted behind the program's back: both closings see it.
        victim = m.Refund.select(m.Refund.id).where(m.Refund.refund_no == made[0])
        m.Payout.delete().where(m.Payout.refund.in_(victim)).execute()
        found = [(p.params["day"], p.params["item"]) for p in closing.closing_problems()]
        assert found == [(first.isoformat(), "paid_out"), (second.isoformat(), "paid_out")]
    finally:
        close_database()
        clock.set_clock(None)

"""Reading a large file in a second process (``imports.parse_process``) gives exactly what
reading it here gives: the same orders, problems, report and trail; errors, cancellation and
progress come back as they would here. ``MIN_BYTES`` is set to 0 so that small files go through
the second process, started both ways (fork, and spawn as under the GUI's worker thread)."""

from __future__ import annotations

import json
import multiprocessing
import os
from pathlib import Path

import pytest

from merchant_refunds.domain.errors import InvalidInput
from merchant_refunds.imports import parse_process
from merchant_refunds.imports.run import import_file, preview_file
from merchant_refunds.services.order_import import ImportRefused
from merchant_refunds.services.users import Actor
from merchant_refunds.storage import models as m
from tests import import_samples as s
from tests.imports.test_imports import snapshot

METHODS = [x for x in ("fork", "spawn") if x in multiprocessing.get_all_start_methods()]


@pytest.fixture(params=METHODS)
def in_process(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setattr(parse_process, "MIN_BYTES", 0)
    monkeypatch.setenv(parse_process.READER_ENV, request.param)
    monkeypatch.setattr(parse_process.os, "cpu_count", lambda: 2)
    return request.param


def _stored() -> list[tuple]:
    """What an import leaves: orders, lines and the trail's actions and keys, in order."""
    orders = list(
        m.Order.select(m.Order.order_no, m.Order.total_paid).order_by(m.Order.id).tuples()
    )
    lines = list(
        m.OrderLine.select(m.OrderLine.sku, m.OrderLine.order_discount_share)
        .order_by(m.OrderLine.id)
        .tuples()
    )
    trail = list(
        m.AuditEvent.select(m.AuditEvent.action, m.AuditEvent.entity_key, m.AuditEvent.after_json)
        .where(m.AuditEvent.action.startswith("order"))
        .order_by(m.AuditEvent.id)
        .tuples()
    )
    return [*orders, *lines, *trail]


def _files(kind: str, folder: Path) -> list[Path]:
    if kind == "shopify":
        return [s.shopify_file(folder / "orders_export.csv")]
    if kind == "taobao_pair":
        return list(s.taobao_pair_files(folder))
    return [s.write_shopify_bulk(folder / "bulk.csv", 3000)]


def _report(report) -> dict:
    data = report.to_dict()
    return json.loads(json.dumps(data, default=str))


@pytest.mark.parametrize("kind", ["shopify", "taobao_pair", "bulk"])
def test_the_second_process_reads_what_this_one_reads(
    kind: str, tmp_path: Path, owner: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = _files(kind, tmp_path)
    given = files[0] if len(files) == 1 else files
    here = preview_file(given)
    with monkeypatch.context() as patch:
        patch.setattr(parse_process, "MIN_BYTES", 0)
        patch.setattr(parse_process.os, "cpu_count", lambda: 2)
        for method in METHODS:
            patch.setenv(parse_process.READER_ENV, method)
            assert _report(preview_file(given)) == _report(here)
        used = []
        patch.setattr(parse_process, "use_process", lambda job: used.append(job) or True)
        before = snapshot()
        done = import_file(owner, given)
        assert used
    assert done.new == here.new > 0 and done.rows == here.rows
    through_child = _stored()
    added = [after - was for after, was in zip(snapshot(), before, strict=True)]

    # the same file imported by reading it here, into a fresh database, stores the same
    from merchant_refunds.storage.db import close_database, open_database

    close_database()
    open_database(tmp_path / "again.sqlite3", create=True)
    from merchant_refunds.services import users

    boss = users.create_user(None, "boss", "owner", "1234", "Boss")
    before = snapshot()
    import_file(boss, given)
    assert _stored() == through_child
    assert [after - was for after, was in zip(snapshot(), before, strict=True)] == added


def test_problems_come_back_with_their_rows(
    tmp_path: Path, owner: Actor, in_process: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = s.shopify_file(tmp_path / "orders_export.csv")
    text = path.read_text(encoding="utf-8").splitlines()
    text[2] = text[2].replace(",40.00,", ",forty,", 1)  # the teapot's price, spoilt
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    monkeypatch.setattr(parse_process, "MIN_BYTES", 1 << 62)
    here = preview_file(path)
    monkeypatch.setattr(parse_process, "MIN_BYTES", 0)
    there = preview_file(path)
    assert there.failed == here.failed > 0
    assert _report(there) == _report(here)
    with pytest.raises(ImportRefused):
        import_file(owner, path)
    assert snapshot()[0] == 0


def test_an_error_in_the_file_is_raised_here_with_its_code(
    tmp_path: Path, owner: Actor, in_process: str
) -> None:
    path = s.write_shopify_bulk(tmp_path / "bulk.csv", 3000)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] = 0  # a NUL byte half-way: not a text export
    path.write_bytes(bytes(data))
    with pytest.raises(InvalidInput) as raised:
        import_file(owner, path)
    assert raised.value.code == "import_nul"
    assert "bulk.csv" in str(raised.value)
    assert snapshot()[0] == 0


def test_cancelling_stops_the_second_process_and_imports_nothing(
    tmp_path: Path, owner: Actor, in_process: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    started = []
    real = multiprocessing.context.BaseContext.get_context

    def watch(self, method=None):
        context = real(self, method)
        original = context.Process

        def process(*args, **kwargs):
            started.append(original(*args, **kwargs))
            return started[-1]

        monkeypatch.setattr(context, "Process", process, raising=False)
        return context

    monkeypatch.setattr(multiprocessing.context.BaseContext, "get_context", watch)
    path = s.write_shopify_bulk(tmp_path / "bulk.csv", 30000)
    seen = []
    with pytest.raises(ImportRefused) as raised:
        import_file(owner, path, cancelled=lambda: seen.append(1) or len(seen) > 2)
    assert raised.value.code == "import_cancelled"
    assert snapshot()[0] == 0
    assert started and not started[0].is_alive()


def test_progress_comes_back_and_ends_at_the_file_size(tmp_path: Path, in_process: str) -> None:
    path = s.write_shopify_bulk(tmp_path / "bulk.csv", 9000)
    ticks: list[tuple[int, int]] = []
    report = preview_file(path, progress=lambda done, size: ticks.append((done, size)))
    assert report.rows == 9000
    assert len(ticks) >= 3
    assert ticks[-1][0] == ticks[-1][1] == path.stat().st_size
    assert [done for done, _ in ticks] == sorted(done for done, _ in ticks)


def test_small_files_single_cores_and_the_off_switch_read_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    small = parse_process.ParseJob((s.shopify_file(tmp_path / "o.csv"),), "shopify")
    assert not parse_process.use_process(small)
    big = parse_process.ParseJob((s.write_shopify_bulk(tmp_path / "b.csv", 50000),), "shopify")
    assert big.size() >= parse_process.MIN_BYTES
    monkeypatch.setattr(parse_process.os, "cpu_count", lambda: 2)
    assert parse_process.use_process(big)
    monkeypatch.setenv(parse_process.READER_ENV, "off")
    assert not parse_process.use_process(big)
    monkeypatch.delenv(parse_process.READER_ENV)
    monkeypatch.setattr(parse_process.os, "cpu_count", lambda: 1)
    assert not parse_process.use_process(big)


def test_a_reading_process_that_dies_is_taken_over_here(
    tmp_path: Path, owner: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = s.write_shopify_bulk(tmp_path / "bulk.csv", 3000)
    monkeypatch.setenv(parse_process.READER_ENV, "off")
    here = preview_file(path)
    monkeypatch.setenv(parse_process.READER_ENV, "fork")  # the child runs the patched code
    monkeypatch.setattr(parse_process, "MIN_BYTES", 0)
    monkeypatch.setattr(parse_process.os, "cpu_count", lambda: 2)
    monkeypatch.setattr(parse_process, "BATCH", 100)
    real = parse_process._child

    def dies_after_three_batches(conn, job) -> None:
        sent = []
        send_bytes = conn.send_bytes

        class Dying:
            def send_bytes(self, data: bytes) -> None:
                send_bytes(data)
                sent.append(data)
                if len(sent) == 3:
                    os._exit(9)

            def close(self) -> None:
                conn.close()

        real(Dying(), job)

    monkeypatch.setattr(parse_process, "_child", dies_after_three_batches)
    assert _report(preview_file(path)) == _report(here)
    before = snapshot()
    done = import_file(owner, path)
    assert done.new == here.new and done.rows == here.rows
    assert snapshot()[0] - before[0] == here.new

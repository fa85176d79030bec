"""Only the set-up creates a database: ``merchant-refunds init`` (and the GUI's first start, and
``migrate-db``), once, under a lock. Every other command on a missing or empty database says it
is not set up yet and creates nothing; counters starting together on an empty database all
succeed, and exactly one of them creates the tables."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from merchant_refunds.cli.main import main
from merchant_refunds.services import users
from merchant_refunds.services.database import initialise
from merchant_refunds.storage.db import close_database, open_database
from merchant_refunds.storage.migrations import SCHEMA_VERSION

COUNTERS = 6
READING = [
    ["orders", "search", "茶"],
    ["orders", "show", "A-1"],
    ["audit", "verify"],
    ["check"],
    ["export", "refunds", "-o", "{out}", "--user", "boss"],
]


def _server_tables(url: str) -> list[str]:
    import psycopg2

    with contextlib.closing(psycopg2.connect(url)) as con, con.cursor() as cur:
        cur.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
        return sorted(row[0] for row in cur.fetchall())


def _script() -> str:
    beside = Path(sys.executable).with_name("merchant-refunds")
    assert beside.exists(), "the merchant-refunds script is not installed (pip install -e .)"
    return str(beside)


def _together(args: list[str]) -> list[subprocess.CompletedProcess[str]]:
    """The same command in ``COUNTERS`` processes started at once, as counters opening at 9:00."""
    env = {**os.environ, "LANG": "en_US.UTF-8"}
    started = [
        subprocess.Popen(
            [_script(), *args, "--json"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
            text=True,
            encoding="utf-8",
            env=env,
        )
        for _ in range(COUNTERS)
    ]
    results = []
    for proc in started:
        out, err = proc.communicate(timeout=120)
        results.append(subprocess.CompletedProcess(proc.args, proc.returncode, out, err))
    return results


@pytest.mark.parametrize("command", READING, ids=lambda c: "-".join(c[:2]))
def test_a_reading_command_on_a_missing_file_creates_nothing(
    command: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "shop.sqlite3"
    args = [a.replace("{out}", str(tmp_path / "out.csv")) for a in command]
    assert main(["--db", str(db), *args]) == 5
    err = capsys.readouterr().err
    assert "merchant-refunds init" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_an_empty_file_is_not_set_up_and_stays_empty(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "shop.sqlite3"
    db.touch()
    assert main(["--db", str(db), "orders", "search", "x"]) == 5
    assert "This database is not set up yet" in capsys.readouterr().err
    assert db.stat().st_size == 0


def test_init_sets_up_a_file_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "new" / "shop.sqlite3"
    assert main(["init", "--db", str(db)]) == 0
    said = capsys.readouterr().out
    assert f"Set up a new database at {db}" in said and db.is_file()
    assert main(["orders", "search", "x", "--db", str(db)]) == 0  # now it opens
    capsys.readouterr()
    assert main(["init", "--db", str(db), "--json"]) == 0
    again = json.loads(capsys.readouterr().out)
    assert again == {"database": str(db), "created": False, "schema": SCHEMA_VERSION}


def test_initialise_keeps_a_shop_that_is_set_up(tmp_path: Path, fixed_clock: None) -> None:
    db = tmp_path / "shop.sqlite3"
    assert initialise(db).created
    users.create_user(None, "boss", "owner", "1234")
    close_database()
    done = initialise(db)
    assert not done.created and users.get_actor("boss").name == "boss"
    close_database()


def test_a_reading_command_on_an_empty_server_creates_nothing(
    pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for command in READING:
        args = [a.replace("{out}", str(tmp_path / "out.csv")) for a in command]
        assert main(["--db", pg_url, *args]) == 5, command
        assert "This database is not set up yet" in capsys.readouterr().err
    assert _server_tables(pg_url) == []
    with pytest.raises(Exception, match="not set up"):
        open_database(pg_url)
    assert list(tmp_path.iterdir()) == []


def _six_counters_start_together(target: str) -> list[dict]:
    results = _together(["init", "--db", target])
    assert [r.returncode for r in results] == [0] * COUNTERS, [r.stderr for r in results]
    said = [json.loads(r.stdout) for r in results]
    assert sum(s["created"] for s in said) == 1
    return said


def test_counters_starting_together_on_an_empty_server(pg_url: str) -> None:
    _six_counters_start_together(pg_url)
    assert "refund" in _server_tables(pg_url)
    # Every counter then works on the one schema.
    initialise(pg_url)
    users.create_user(None, "boss", "owner", "1234")
    close_database()


def test_counters_starting_together_on_a_new_file(tmp_path: Path) -> None:
    db = tmp_path / "shop.sqlite3"
    _six_counters_start_together(str(db))
    assert open_database(db) == db
    close_database()


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_the_programs_first_start_sets_up_the_database(
    backend: str, qtbot: object, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    from merchant_refunds.ui.shell import launch

    target = (
        str(tmp_path / "shop.sqlite3") if backend == "sqlite" else request.getfixturevalue("pg_url")
    )
    opened = launch.open_checked_database(target)
    assert opened is not None and str(opened) == str(launch.initialise(target).target)
    assert not launch.initialise(target).created  # made by the first start, once
    close_database()
    assert open_database(target) is not None
    close_database()

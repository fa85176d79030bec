"""No output option can land on the shop's database, its working files or its backups.

Testers found that ``confirmation``, ``export`` and ``report -o shop.sqlite3`` overwrote the live
database and exited 0. Each writer is attacked here with every spelling of the database a clerk
could type (or be tricked into typing); each must refuse with exit 2 and leave the database
byte for byte as it was, and no new file behind.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from merchant_refunds.domain.errors import InvalidInput
from merchant_refunds.services import users
from merchant_refunds.services.notices import delivery
from merchant_refunds.services.output_paths import check_output_path
from merchant_refunds.storage.db import close_database, open_database
from tests.cli.test_cli import PINS, cli, db, one_clear_line, template_db  # noqa: F401
from tests.cli.test_cli_confirmation import _refund

#: How each attack spells its target, given the database's path; the word the message must say.
Target = Callable[[Path], Path]
ATTACKS: dict[str, tuple[Target, str]] = {
    "the database": (lambda shop: shop, "shop's database"),
    "other letter case": (lambda shop: shop.with_name(shop.name.upper()), "shop's database"),
    "a relative spelling": (lambda shop: Path("sub") / ".." / shop.name, "shop's database"),
    "its -wal file": (lambda shop: shop.with_name(shop.name + "-wal"), "working file"),
    "its -shm file": (lambda shop: shop.with_name(shop.name + "-shm"), "working file"),
    "its -journal file": (lambda shop: shop.with_name(shop.name + "-journal"), "working file"),
    "a new file in backups": (lambda shop: shop.parent / "backups" / "out.pdf", "backups folder"),
    "an existing backup": (lambda shop: shop.parent / "backups" / "shop-auto.sqlite3", "backups"),
    "the backups folder": (lambda shop: shop.parent / "backups", "backups folder"),
    "another database": (lambda shop: shop.parent / "other.sqlite3", "database file"),
    "a database named .pdf": (lambda shop: shop.parent / "old-shop.pdf", "database file"),
    "a symbolic link": (lambda shop: shop.parent / "link.pdf", "shop's database"),
    "a hard link": (lambda shop: shop.parent / "hard.pdf", "shop's database"),
    "a link into backups": (lambda shop: shop.parent / "via" / "new.csv", "backups folder"),
}


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _files(folder: Path) -> set[str]:
    """Every file below ``folder`` but the database's own working files, which come and go."""
    return {
        str(p.relative_to(folder))
        for p in folder.rglob("*")
        if not p.name.endswith(("-wal", "-shm")) or not p.name.startswith("shop.sqlite3")
    }


@pytest.fixture
def traps(db: Path, monkeypatch: pytest.MonkeyPatch) -> Path:  # noqa: F811
    """Around the database: a backup, other databases, links; the test runs beside it."""
    folder = db.parent
    (folder / "sub").mkdir()
    (folder / "backups").mkdir()
    shutil.copy(db, folder / "backups" / "shop-auto.sqlite3")
    shutil.copy(db, folder / "other.sqlite3")
    shutil.copy(db, folder / "old-shop.pdf")
    (folder / "link.pdf").symlink_to(db)
    os.link(db, folder / "hard.pdf")
    (folder / "via").symlink_to(folder / "backups", target_is_directory=True)
    monkeypatch.chdir(folder)
    return db


def _command(name: str, cli, target: Path) -> tuple[list[str], str]:  # noqa: F811
    """The command line that writes to ``target``, and who runs it."""
    if name == "confirmation":
        return ["confirmation", _refund(cli), "-o", str(target)], "amy"
    if name == "export":
        return ["export", "refunds", "-o", str(target)], "kim"
    if name == "export-xlsx":
        return ["export", "payouts", "--format", "xlsx", "-o", str(target)], "kim"
    if name == "report":
        return ["report", "--from", "2026-01-01", "--to", "2026-12-31", "-o", str(target)], "kim"
    assert name == "backup"
    return ["backup", "--to", str(target)], "boss"


@pytest.mark.parametrize("attack", list(ATTACKS))
@pytest.mark.parametrize("writer", ["confirmation", "export", "export-xlsx", "report", "backup"])
def test_every_output_option_refuses_the_database(cli, traps, writer, attack):  # noqa: F811
    spell, why = ATTACKS[attack]
    target = spell(traps)
    argv, user = _command(writer, cli, target)
    before_db, before_files = _sha(traps), _files(traps.parent)
    before_backup = _sha(traps.parent / "backups" / "shop-auto.sqlite3")

    result = cli(*argv, user=user)

    assert result.code == 2, (result.out, result.err)
    line = one_clear_line(result)
    assert str(target) in line and why in line
    assert _sha(traps) == before_db
    assert _sha(traps.parent / "backups" / "shop-auto.sqlite3") == before_backup
    assert _files(traps.parent) == before_files
    assert cli("check").code == 0


def test_an_ordinary_file_is_still_written(cli, traps, tmp_path):  # noqa: F811
    result = cli("export", "refunds", "-o", str(tmp_path / "refunds.csv"), user="kim")
    assert result.code == 0, result.err
    assert (tmp_path / "refunds.csv").read_bytes().startswith(b"\xef\xbb\xbf")


def test_an_eml_notice_is_never_saved_over_the_database(traps):
    open_database(traps, create=False)
    try:
        clerk = users.authenticate("amy", PINS["amy"])
        with pytest.raises(InvalidInput) as caught:
            check_output_path(traps.with_name(traps.name + "-wal"))
        assert caught.value.code == "output_is_database_companion"
        before = _sha(traps.parent / "other.sqlite3")
        with pytest.raises(InvalidInput):
            delivery.save_eml(clerk, 1, traps.parent / "other.sqlite3")
        assert _sha(traps.parent / "other.sqlite3") == before
    finally:
        close_database()


def test_without_an_open_file_database_only_databases_are_refused(tmp_path):
    """A PostgreSQL shop has no live file: other SQLite files are still never written over."""
    close_database()
    plain = tmp_path / "plain.csv"
    plain.write_text("a,b\n")
    assert check_output_path(plain) == plain
    assert check_output_path(tmp_path / "new.pdf") == tmp_path / "new.pdf"
    old = tmp_path / "old.sqlite3"
    old.write_bytes(b"SQLite format 3\x00" + bytes(100))
    with pytest.raises(InvalidInput) as caught:
        check_output_path(old)
    assert caught.value.code == "output_is_a_database"
    assert str(old) in caught.value.message

"""Who has a SQLite database open: one small file per process in ``<db>.sessions/`` beside it.

A restore must not write under a process that still has the file open (it would go on from pages
that are no longer there, or its later saves would be lost). Each process that opens the database
writes its computer, OS user, process id, program and signed-in shop user into its own file and
holds an operating-system lock on that file while the database is open. The lock dies with the
process, so a file whose lock can be taken belongs to a process that crashed: it is removed.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import logging
import os
import socket
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO, Any

log = logging.getLogger(__name__)

SUFFIX = ".sessions"
#: Windows locks byte ranges and a locked range cannot be read by others: the lock is taken on one
#: byte far past the JSON, so the JSON stays readable.
_WIN_LOCK_OFFSET = 1 << 30

_program = "cli"
_user = ""


def set_program(name: str) -> None:
    """``gui`` or ``cli``: what the other counters see when this process blocks a restore."""
    global _program
    _program = name


@dataclass(frozen=True)
class Holder:
    """A process that has the database open, as read from its sessions file."""

    computer: str
    os_user: str
    pid: int
    program: str
    shop_user: str
    since: str
    path: Path

    def describe(self) -> str:
        who = f"{self.shop_user} " if self.shop_user else ""
        return (
            f"{who}on {self.computer} ({self.program}, account {self.os_user}, "
            f"process {self.pid}, since {self.since})"
        )


def sessions_dir(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + SUFFIX)


def _try_lock(fh: IO[bytes]) -> bool:
    """Take the lock without waiting; False when another process holds it."""
    try:
        if sys.platform == "win32":
            import msvcrt

            fh.seek(_WIN_LOCK_OFFSET)
            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
            fh.seek(0)
        else:
            import fcntl

            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(fh: IO[bytes]) -> None:
    with contextlib.suppress(OSError):
        if sys.platform == "win32":
            import msvcrt

            fh.seek(_WIN_LOCK_OFFSET)
            msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


class Registration:
    """This process's entry for one database; ``release`` when the database is closed."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self.folder = sessions_dir(db_path)
        self.computer = socket.gethostname() or "?"
        self.path = self.folder / f"{_safe(self.computer)}-{os.getpid()}.json"
        self.since = datetime.now().strftime("%Y-%m-%d %H:%M")
        self._fh: IO[bytes] | None = None

    def _info(self) -> dict[str, Any]:
        try:
            os_user = getpass.getuser()
        except (OSError, KeyError, ImportError):
            os_user = "?"
        return {
            "computer": self.computer,
            "os_user": os_user,
            "pid": os.getpid(),
            "program": _program,
            "shop_user": _user,
            "since": self.since,
        }

    def open(self) -> None:
        for _attempt in range(3):
            self.folder.mkdir(exist_ok=True)
            try:
                fh = self.path.open("a+b")
            except FileNotFoundError:  # the folder was removed by a closing process just now
                continue
            if not _try_lock(fh):
                fh.close()
                return
            self._fh = fh
            self.write()
            return

    def write(self) -> None:
        if self._fh is None:
            return
        data = json.dumps(self._info(), ensure_ascii=False).encode("utf-8")
        with contextlib.suppress(OSError):
            self._fh.seek(0)
            self._fh.truncate()
            self._fh.write(data)
            self._fh.flush()

    def release(self) -> None:
        if self._fh is None:
            return
        _unlock(self._fh)
        self._fh.close()
        self._fh = None
        with contextlib.suppress(OSError):
            self.path.unlink()
        with contextlib.suppress(OSError):
            self.folder.rmdir()  # only when empty: the last one out tidies up


def _safe(name: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in name)[:64] or "computer"


_registrations: list[Registration] = []


def register(db_path: Path) -> Registration | None:
    """Enter this process for ``db_path``; None where the folder cannot be written (a read-only
    medium): the database still opens, only a restore cannot see this process."""
    registration = Registration(db_path)
    try:
        registration.open()
    except OSError as exc:
        log.warning("Cannot register in %s: %s", registration.folder, exc)
        return None
    _registrations.append(registration)
    return registration


def release(registration: Registration | None) -> None:
    if registration is None:
        return
    registration.release()
    with contextlib.suppress(ValueError):
        _registrations.remove(registration)


def set_shop_user(name: str) -> None:
    """The signed-in shop user, shown to whoever's restore this process blocks."""
    global _user
    _user = name
    for registration in _registrations:
        registration.write()


def _read(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8") or "{}")
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def holders(db_path: Path) -> list[Holder]:
    """The other processes that have ``db_path`` open now; crashed processes' files are removed.

    This process's own entries are left out.
    """
    folder = sessions_dir(db_path)
    if not folder.is_dir():
        return []
    own = {r.path for r in _registrations}
    found: list[Holder] = []
    for path in sorted(folder.glob("*.json")):
        if path in own:
            continue
        try:
            fh = path.open("a+b")
        except OSError:
            continue
        with fh:
            stale = _try_lock(fh)
            if stale:
                _unlock(fh)
        if stale:
            log.warning("Removing the session file of a process that ended: %s", path)
            with contextlib.suppress(OSError):
                path.unlink()
            continue
        info = _read(path)
        found.append(
            Holder(
                computer=str(info.get("computer", "?")),
                os_user=str(info.get("os_user", "?")),
                pid=int(info.get("pid", 0) or 0),
                program=str(info.get("program", "?")),
                shop_user=str(info.get("shop_user", "")),
                since=str(info.get("since", "?")),
                path=path,
            )
        )
    return found

"""Read a large order file in a second process while this one compares and stores its orders.

Why: an import is two halves of about equal cost, both Python: reading the file into checked
orders (cells, amounts, the order's own sums) and deciding and storing them (the trail's keyed
hashes, the rows, SQLite). One process runs them one after the other; with the reading in a
second process they overlap on a computer with two or more cores. Each batch of orders comes
back pickled (orders are plain frozen dataclasses), the same objects reading them here would
have made, so everything after (rules, comparison, storage, the report) is unchanged.

Small files are read here: starting a process costs more than it saves below ``MIN_BYTES``. On
a single core, the reading is done here too, and so is the rest of a file whose reading process
could not start or ended before its time (the orders it already sent are not read twice).

The second process is forked where this process has a single thread (the command line) and
started afresh otherwise (the GUI's import runs in a worker thread, and forking a process with
threads is unsafe); ``READER_ENV`` can choose, or turn the second process off.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
import pickle
import queue
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from merchant_refunds.services.order_import import ImportedOrder, ImportReport, Problem

Progress = Callable[[int, int], None]

#: Files (both of a pair together) at least this large are read in a second process: about
#: 40,000 Shopify lines, a second and a half of reading.
MIN_BYTES = 4 << 20
#: Orders per message from the reading process.
BATCH = 500
#: Messages waiting to be used, at most: keeps memory flat when storing is the slower half.
QUEUED = 16
#: ``fork`` or ``spawn`` starts the reading process that way, ``off`` reads every file here: for
#: support, should a computer's process start-up misbehave (and for the tests).
READER_ENV = "MERCHANT_REFUNDS_IMPORT_READER"


@dataclass(frozen=True)
class ParseJob:
    """What the reading process needs: the file(s) (Taobao's pair: order list, line list),
    the format and the column mapping."""

    paths: tuple[Path, ...]
    fmt: str
    mapping: dict[str, str] | None = None

    def size(self) -> int:
        return sum(p.stat().st_size for p in self.paths)


def use_process(job: ParseJob) -> bool:
    """Whether this file is read in a second process."""
    if os.environ.get(READER_ENV, "").strip() == "off":
        return False
    return (os.cpu_count() or 1) >= 2 and job.size() >= MIN_BYTES


def _start_method() -> str:
    methods = multiprocessing.get_all_start_methods()
    chosen = os.environ.get(READER_ENV, "").strip()
    if chosen in methods:
        return chosen
    if "fork" in methods and threading.active_count() == 1:
        return "fork"
    return "spawn"


def _read(job: ParseJob, report: ImportReport, progress: Progress | None) -> Iterator[Any]:
    """The orders and problems of the file(s), read here (the reading process runs this)."""
    from merchant_refunds.imports import run
    from merchant_refunds.imports.reading import open_table

    tables = [open_table(path) for path in job.paths]
    try:
        if len(tables) == 2:
            yield from run.parse_pair(tables[0], tables[1], report, progress)
        else:
            yield from run.parse(tables[0], job.fmt, job.mapping, report, progress)
    finally:
        for table in tables:
            table.close()


def _child(conn: Connection, job: ParseJob) -> None:
    """The reading process: batches of orders, progress and the row count, then the end."""
    import gc

    gc.disable()  # short-lived, and the orders it makes hold no cycles (``collector``)

    def send(tag: str, payload: Any) -> None:
        conn.send_bytes(pickle.dumps((tag, payload), pickle.HIGHEST_PROTOCOL))

    report = ImportReport()
    try:
        batch: list[ImportedOrder | Problem] = []
        for item in _read(job, report, lambda done, size: send("progress", (done, size))):
            batch.append(item)
            if len(batch) >= BATCH:
                send("items", batch)
                batch = []
        send("items", batch)
        send("end", report.rows)
    except BaseException as exc:  # raised again in the program, see ``parsed``
        try:
            send("error", exc)
        except Exception:  # an error that cannot be pickled: its text
            send("error", RuntimeError(f"{type(exc).__name__}: {exc}"))
    finally:
        conn.close()


def _put(messages: queue.Queue[bytes | None], item: bytes | None, stop: threading.Event) -> bool:
    """Queue ``item``, waiting for room unless the importing side gives up first (``stop``)."""
    while not stop.is_set():
        try:
            messages.put(item, timeout=0.1)
            return True
        except queue.Full:
            continue
    return False


def _pump(conn: Connection, messages: queue.Queue[bytes | None], stop: threading.Event) -> None:
    """Move messages from the pipe to the queue (the pipe is read without Python's lock, so the
    reading process never waits on a full pipe while this process is busy); None at the end."""
    try:
        while not stop.is_set():
            try:
                message = conn.recv_bytes()
            except (EOFError, OSError):
                break
            if not _put(messages, message, stop):
                break
    finally:
        _put(messages, None, stop)


def parsed(
    job: ParseJob,
    report: ImportReport,
    progress: Progress | None,
    read_here: Callable[[], Iterator[ImportedOrder | Problem]],
) -> Iterator[ImportedOrder | Problem]:
    """The file's orders and problems in file order: ``read_here`` (the tables already open
    here) or, where ``use_process`` says so, the same reading in a second process, whose row
    count goes into ``report`` as the reading here does."""
    if not use_process(job):
        yield from read_here()
        return
    context = multiprocessing.get_context(_start_method())
    receiving, sending = context.Pipe(duplex=False)
    process = context.Process(
        target=_child, args=(sending, job), name="merchant-refunds-import-reader", daemon=True
    )
    process.start()
    sending.close()
    messages: queue.Queue[bytes | None] = queue.Queue(maxsize=QUEUED)
    stop = threading.Event()
    pump = threading.Thread(target=_pump, args=(receiving, messages, stop), daemon=True)
    pump.start()
    finished = False
    given = 0
    try:
        while True:
            message = messages.get()
            if message is None:  # it could not start, or died: read the rest here
                finished = True
                yield from itertools.islice(read_here(), given, None)
                return
            tag, payload = pickle.loads(message)
            if tag == "items":
                given += len(payload)
                yield from payload
            elif tag == "progress":
                if progress is not None:
                    progress(*payload)
            elif tag == "end":
                report.rows += payload
                finished = True
                return
            else:
                raise payload
    finally:
        stop.set()
        if not finished and process.is_alive():
            process.terminate()  # cancelled, or failed here: the rest of the file is not wanted
        process.join()  # its end of the pipe is closed now, so the pump stops reading
        pump.join()
        receiving.close()

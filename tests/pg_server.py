"""A throwaway PostgreSQL cluster for the tests: ``initdb`` in a temporary folder, started on a
free port, stopped and removed at the end. Runs as the ``postgres`` user when the tests run as
root (the server refuses to run as root)."""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

SERVER_USER = "postgres"


def binaries() -> Path | None:
    """The folder of ``initdb``/``pg_ctl``: the PATH first, then Debian's versioned folders."""
    found = shutil.which("pg_ctl")
    if found and shutil.which("initdb"):
        return Path(os.path.realpath(found)).parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), reverse=True)
    return Path(versions[0]).parent if versions else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _as_server_user(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    runuser = shutil.which("runuser")
    if runuser:
        return [runuser, "-u", SERVER_USER, "--", *command]
    return ["su", SERVER_USER, "-c", " ".join(command)]


@contextlib.contextmanager
def cluster() -> Iterator[str]:
    """Start a cluster; yields the base URL ``postgresql://postgres@127.0.0.1:PORT``."""
    bin_dir = binaries()
    if bin_dir is None:
        pytest.skip("PostgreSQL is not installed (apt-get install postgresql); .ci/run installs it")
    folder = Path(tempfile.mkdtemp(prefix="mr-pg-"))
    data = folder / "data"
    if os.geteuid() == 0:
        shutil.chown(folder, SERVER_USER)
    port = _free_port()
    run = {"check": True, "capture_output": True, "timeout": 120}
    try:
        subprocess.run(
            _as_server_user(
                [
                    str(bin_dir / "initdb"),
                    "-D",
                    str(data),
                    "-U",
                    "postgres",
                    "--auth=trust",
                    "-E",
                    "UTF8",
                    "--locale=C",
                ]
            ),
            **run,
        )
        options = (
            f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=40"
        )
        subprocess.run(
            _as_server_user(
                [
                    str(bin_dir / "pg_ctl"),
                    "-D",
                    str(data),
                    "-o",
                    options,
                    "-w",
                    "-l",
                    str(folder / "log"),
                    "start",
                ]
            ),
            **run,
        )
        yield f"postgresql://postgres@127.0.0.1:{port}"
    finally:
        subprocess.run(
            _as_server_user([str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]),
            capture_output=True,
            timeout=60,
        )
        shutil.rmtree(folder, ignore_errors=True)


def new_database(base_url: str, template: str = "template0") -> str:
    """An empty database on the cluster (or a copy of the database ``template``); its URL."""
    import psycopg2

    name = f"shop_{uuid.uuid4().hex[:12]}"
    con = psycopg2.connect(f"{base_url}/postgres")
    try:
        con.autocommit = True
        with con.cursor() as cur:
            cur.execute("SHOW server_version_num")
            (version,) = cur.fetchone()
            # A small shop copied file by file is made in about half the time of the default
            # (block by block through the WAL) from PostgreSQL 15 on, where it can be chosen.
            strategy = " STRATEGY FILE_COPY" if int(version) >= 150000 else ""
            cur.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"{strategy}')
    finally:
        con.close()
    return f"{base_url}/{name}"


def drop_database(url: str) -> None:
    """Remove a database made by :func:`new_database` (closed first), so a run that makes
    hundreds of copies does not leave gigabytes for the cluster's removal at the end."""
    import psycopg2

    base_url, name = url.rsplit("/", 1)
    con = psycopg2.connect(f"{base_url}/postgres")
    try:
        con.autocommit = True
        with con.cursor() as cur:
            cur.execute(f'DROP DATABASE IF EXISTS "{name}"')
    finally:
        con.close()

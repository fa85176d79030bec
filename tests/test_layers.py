"""The layers of docs/architecture.md, checked on every module of the package.

Each layer imports only those below it: the faces (``ui/``, ``cli/``, and the demo generator beside
them) -> ``documents/``, ``exports/``, ``imports/`` -> ``services/`` -> ``storage/`` -> ``domain/``.
The rules are written once, in ``FORBIDDEN``; every import counts, wherever it stands (inside a
function, under ``TYPE_CHECKING``), and a relative import counts as the module it names. A broken
rule fails naming the file, the line and the import.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "merchant_refunds"
SOURCE = ROOT / PACKAGE

_P = PACKAGE + "."
DATABASE = ("peewee", "playhouse", "psycopg2", "sqlite3")
QT = ("PySide6", "shiboken6")
FILE_FORMATS = ("reportlab", "openpyxl", "python_calamine", "xlsxwriter", "pypdf")
FACES = (_P + "ui", _P + "cli", _P + "demo")
PAPERS_AND_FILES = (_P + "documents", _P + "exports", _P + "imports")

#: Package -> the imports it must not make: a module name and everything under it.
FORBIDDEN: dict[str, tuple[str, ...]] = {
    "domain": (
        _P + "storage",
        _P + "services",
        *PAPERS_AND_FILES,
        *FACES,
        *DATABASE,
        *QT,
        *FILE_FORMATS,
    ),
    "storage": (_P + "services", *PAPERS_AND_FILES, *FACES, *QT, *FILE_FORMATS),
    "services": (*PAPERS_AND_FILES, *FACES, *QT, *FILE_FORMATS),
    # They read and write through the services, and know nothing of the faces that call them.
    "documents": (_P + "storage", *FACES, *DATABASE, *QT),
    "exports": (_P + "storage", *FACES, *DATABASE, *QT),
    "imports": (_P + "storage", *FACES, *DATABASE, *QT),
    # The faces call the services only; the demo generator drives them as a face does.
    "ui": (_P + "storage", *DATABASE),
    "cli": (_P + "storage", *DATABASE),
    "demo": (_P + "storage", _P + "ui", _P + "cli", *DATABASE, *QT),
}


@dataclass(frozen=True)
class Violation:
    path: str
    line: int
    imported: str
    package: str
    rule: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: imports {self.imported}: {self.rule}"


def module_name(path: Path) -> str:
    """``merchant_refunds/cli/main.py`` -> ``merchant_refunds.cli.main`` (a package: its name)."""
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported_names(source: str, module: str, *, is_package: bool) -> Iterator[tuple[int, str]]:
    """Every module (or name in a module) the source imports, with its line, at any depth.

    ``from x import y`` gives ``x.y``: ``y`` may be a submodule (``from merchant_refunds import
    storage``), and a name inside ``x`` still starts with ``x``.
    """
    package = module if is_package else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                anchor = parts[: len(parts) - (node.level - 1)]
                base = ".".join(anchor + ([node.module] if node.module else []))
            for alias in node.names:
                yield node.lineno, base if alias.name == "*" else f"{base}.{alias.name}"


def _matches(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


def check_source(path: str, source: str) -> list[Violation]:
    """The broken rules of one module, given as a path under the package and its text."""
    rel = Path(path)
    module = module_name(ROOT / rel)
    parts = module.split(".")
    if len(parts) < 2 or parts[1] not in FORBIDDEN:
        return []
    layer = parts[1]
    found = []
    for line, name in imported_names(source, module, is_package=rel.name == "__init__.py"):
        for prefix in FORBIDDEN[layer]:
            if _matches(name, prefix):
                rule = f"{layer}/ may not import {prefix}"
                found.append(Violation(rel.as_posix(), line, name, layer, rule))
    return found


def check_package() -> list[Violation]:
    found = []
    for path in sorted(SOURCE.rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        found += check_source(rel, path.read_text(encoding="utf-8"))
    return found


def test_no_module_crosses_its_layer() -> None:
    violations = check_package()
    assert not violations, "Layer rules broken (see docs/architecture.md):\n" + "\n".join(
        str(v) for v in violations
    )


def test_every_package_has_its_layer() -> None:
    """A new package must be placed in a layer, or nothing would check it."""
    packages = {p.parent.name for p in SOURCE.glob("*/__init__.py")}
    assert packages - set(FORBIDDEN) == set()
    assert {"domain", "storage", "services", "ui", "cli"} <= packages


def test_the_check_reads_the_whole_package() -> None:
    """The check sees the imports it is meant to judge (an empty scan would pass anything)."""
    names = {
        name
        for line, name in imported_names(
            (SOURCE / "cli" / "main.py").read_text(encoding="utf-8"),
            "merchant_refunds.cli.main",
            is_package=False,
        )
    }
    assert "merchant_refunds.cli.commands" in names  # imported inside a function
    assert len(list(SOURCE.rglob("*.py"))) > 100


@pytest.mark.parametrize(
    ("path", "source", "line", "imported"),
    [
        (
            "merchant_refunds/cli/fake.py",
            "import os\n\n\ndef run():\n    from ..storage import db\n",
            5,
            "merchant_refunds.storage.db",
        ),
        ("merchant_refunds/ui/fake.py", "import peewee as pw\n", 1, "peewee"),
        (
            "merchant_refunds/ui/settings/__init__.py",
            "from ...storage.db import write_transaction\n",
            1,
            "merchant_refunds.storage.db.write_transaction",
        ),
        ("merchant_refunds/services/fake.py", "from PySide6 import QtCore\n", 1, "PySide6.QtCore"),
        (
            "merchant_refunds/services/fake.py",
            "from merchant_refunds.exports import sinks\n",
            1,
            "merchant_refunds.exports.sinks",
        ),
        (
            "merchant_refunds/domain/fake.py",
            "from typing import TYPE_CHECKING\n\nif TYPE_CHECKING:\n    from ..storage import m\n",
            4,
            "merchant_refunds.storage.m",
        ),
        ("merchant_refunds/domain/fake.py", "from .. import services\n", 1, _P + "services"),
        (
            "merchant_refunds/storage/fake.py",
            "import merchant_refunds.cli.main\n",
            1,
            _P + "cli.main",
        ),
        (
            "merchant_refunds/exports/fake.py",
            "from merchant_refunds.storage import models as m\n",
            1,
            "merchant_refunds.storage.models",
        ),
    ],
)
def test_a_forbidden_import_is_named(path: str, source: str, line: int, imported: str) -> None:
    """The check fails on a module that crosses its layer, naming file, line and import."""
    violations = check_source(path, source)
    assert [(v.path, v.line, v.imported) for v in violations] == [(path, line, imported)]
    assert str(violations[0]).startswith(f"{path}:{line}: ")
    assert imported in str(violations[0])


def test_allowed_imports_pass() -> None:
    source = (
        "import peewee as pw\n"
        "from merchant_refunds.domain.errors import StorageError\n"
        "from . import db\n"
        "from .models import Order\n"
    )
    assert check_source("merchant_refunds/storage/fake.py", source) == []
    assert check_source("merchant_refunds/cli/fake.py", "from ..services import database\n") == []


def private_imports(path: str, source: str) -> list[str]:
    """``from merchant_refunds.x import _name`` in another module: a helper used across modules
    belongs to a public API (docs/architecture.md). Importing a module as ``_alias`` is fine."""
    module = module_name(ROOT / path)
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.ImportFrom) or not (node.module or "").startswith(PACKAGE):
            continue
        for alias in node.names:
            private = alias.name.startswith("_") and not alias.name.startswith("__")
            if private and f"{node.module}.{alias.name}" != module:
                found.append(f"{path}:{node.lineno}: {node.module}.{alias.name}")
    return found


def test_no_module_imports_another_modules_private_names() -> None:
    found = []
    for path in sorted(SOURCE.rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        found += private_imports(rel, path.read_text(encoding="utf-8"))
    assert not found, "Private names imported across modules:\n" + "\n".join(found)


def test_a_private_import_is_named() -> None:
    source = "from merchant_refunds.services.refund_rows import _helper\n"
    assert private_imports("merchant_refunds/services/payouts/sending.py", source) == [
        "merchant_refunds/services/payouts/sending.py:1: "
        "merchant_refunds.services.refund_rows._helper"
    ]

"""Collect the English message templates of the domain and services for Qt's translation tools.

Errors and findings are raised below the GUI, where Qt may not be imported (and the command
line's own messages, marked ``tx("…")``, are shown without Qt); their templates are
listed in ``merchant_refunds/ui/common/domain_texts.py`` as ``QT_TRANSLATE_NOOP("Domain", ...)``
so that pyside6-lupdate picks them up. Run after changing a message; a test checks the file is
current.

    python3 scripts/extract_domain_texts.py          # rewrite the file
    python3 scripts/extract_domain_texts.py --check  # exit 1 if it is out of date
"""

from __future__ import annotations

import ast
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [
    ROOT / "merchant_refunds" / "domain",
    ROOT / "merchant_refunds" / "services",
    ROOT / "merchant_refunds" / "demo",
    ROOT / "merchant_refunds" / "imports",
    ROOT / "merchant_refunds" / "storage",
    # The command line's own messages (``cli.i18n.tx``) and errors, read there from the catalogue
    # that scripts/update_translations.py writes for it.
    ROOT / "merchant_refunds" / "cli",
]
TARGET = ROOT / "merchant_refunds" / "ui" / "common" / "domain_texts.py"

#: callable name -> index of the positional argument that holds the template
TEMPLATE_ARG = {
    "RefundsError": 1,
    "InvalidInput": 1,
    "Refused": 1,
    "PermissionDenied": 1,
    "NotFound": 1,
    "StorageError": 1,
    "_bad": 1,
    "_line_bad": 2,
    "_file_error": 1,
    "Finding": 2,
    "CellError": 1,
    "N_": 0,
    "tx": 0,
}

#: Calls whose ``action=`` keyword (or positional argument) names what a role may not do, shown in
#: "A {role} cannot {action}": the command line shows the action in the user's language.
ACTION_ARG = {"require_role": None, "PermissionDenied": None, "require_reader": 1}


def _name(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def _literal(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _actions(node: ast.Call) -> set[str]:
    """The literal action words of a permission check (``require_role(..., action="…")``)."""
    name = _name(node.func)
    if name not in ACTION_ARG:
        return set()
    found = [k.value for k in node.keywords if k.arg == "action"]
    index = ACTION_ARG[name]
    if index is not None and len(node.args) > index:
        found.append(node.args[index])
    return {text for text in map(_literal, found) if text}


def collect() -> list[str]:
    texts: set[str] = set()
    for folder in SOURCES:
        for path in sorted(folder.rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if not isinstance(node, ast.Call):
                    continue
                texts.update(_actions(node))
                index = TEMPLATE_ARG.get(_name(node.func))
                if index is None or len(node.args) <= index:
                    continue
                text = _literal(node.args[index])
                if text:
                    texts.add(text)
    return sorted(texts)


#: The command line's grammar: its help texts are shown in Chinese too (``cli.parser._Parser``).
PARSER = ROOT / "merchant_refunds" / "cli" / "parser.py"
#: Calls whose keyword holds a help text, and ``_command``'s positional help text.
HELP_KEYWORDS = ("help", "description")
COMMAND_HELP_ARG = {"_command": 3, "_bank_options": 1}


def collect_help() -> list[str]:
    """Every literal help text of the parser: ``help=``/``description=`` arguments, a command's
    help given to ``_command``, string values of module-level dictionaries (a family of commands'
    helps) and the module-level ``EPILOG``."""
    tree = ast.parse(PARSER.read_text(encoding="utf-8"))
    texts: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            for keyword in node.keywords:
                if keyword.arg in HELP_KEYWORDS:
                    text = _literal(keyword.value)
                    if text:
                        texts.add(text)
            index = COMMAND_HELP_ARG.get(_name(node.func))
            if index is not None and len(node.args) > index:
                text = _literal(node.args[index])
                if text:
                    texts.add(text)
        elif isinstance(node, ast.Assign) and isinstance(node.value, ast.Dict):
            texts.update(t for t in map(_literal, node.value.values) if t)
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == "EPILOG" for target in node.targets
        ):
            text = _literal(node.value)
            if text:
                texts.add(text)
    return sorted(texts)


def render(texts: list[str]) -> str:
    lines = [
        '"""Generated by scripts/extract_domain_texts.py: the domain\'s message templates, listed',
        'so that pyside6-lupdate extracts them into the "Domain" context. Do not edit by hand."""',
        "",
        "from PySide6.QtCore import QT_TRANSLATE_NOOP",
        "",
        "TEXTS = (",
    ]
    lines += [
        f'    QT_TRANSLATE_NOOP("Domain", {json.dumps(text, ensure_ascii=False)}),'
        for text in texts
    ]
    lines += [")", ""]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    content = render(sorted(set(collect()) | set(collect_help())))
    if "--check" in argv:
        current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
        if current != content:
            print(f"{TARGET.relative_to(ROOT)} is out of date: run {Path(__file__).name}")
            return 1
        return 0
    TARGET.write_text(content, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

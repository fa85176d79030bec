"""Refresh the Qt Linguist catalogues from the GUI sources and compile them.

Every visible string goes through Qt's translation system; this script keeps
``resources/translations/merchant_refunds_<lang>.ts`` in step with the code and builds the ``.qm``
files the application loads (see ``merchant_refunds/ui/common/i18n.py``).

    python3 scripts/update_translations.py          # refresh both .ts files, compile both .qm
    python3 scripts/update_translations.py --check  # change nothing; exit 1 when out of date

Update keeps every existing translation and drops strings the code no longer has (-no-obsolete).
New strings arrive in the Chinese catalogue as "unfinished": translate them with Qt Linguist
(``pyside6-linguist resources/translations/merchant_refunds_zh_CN.ts``) or in a text editor, then
run the script again to compile. The sources are English, so the English catalogue is filled with
the source texts automatically (only plural forms, if any appear, need writing by hand).

The finished Chinese texts of the "Domain" context (the domain's and the command line's messages)
are also written to ``merchant_refunds/cli/messages_zh_CN.py``, a plain dictionary the command line
reads without Qt (``cli/i18n.py``); the .ts stays the one source of truth.

``--check`` fails when the command line's dictionary differs from the catalogue, when the .ts
files lack strings the code has (or keep ones it dropped), when the Chinese catalogue has an
unfinished or empty translation (listed by source text), when a .qm is older than its .ts, or
when a ``tr()``/``translate()`` call is written in a way lupdate cannot extract (an f-string, a
computed text, a context held in a variable).
"""

from __future__ import annotations

import ast
import filecmp
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "merchant_refunds"
#: Every .py here is scanned; documents/ only where a file actually uses Qt's translation calls.
UI_DIR = PACKAGE / "ui"
OPTIONAL_DIRS = (PACKAGE / "documents",)
TRANSLATIONS = ROOT / "resources" / "translations"
CATALOG = "merchant_refunds"
SOURCE_LANGUAGE = "en"
LANGUAGES = ("zh_CN", "en")
#: Catalogues a person must translate completely; the others are filled from the sources.
HAND_TRANSLATED = ("zh_CN",)
#: The context whose texts the command line shows, and the module it reads them from.
CLI_CONTEXT = "Domain"
CLI_CATALOGUE = PACKAGE / "cli" / "messages_zh_CN.py"
QT_TR_CALL = re.compile(r"\btr\(|QT_TR(ANSLATE)?_NOOP|\btranslate\(")


@dataclass(frozen=True, order=True)
class MessageKey:
    """What identifies a message for Qt: context, source text, disambiguation, plural or not."""

    context: str
    source: str
    comment: str = ""
    numerus: bool = False


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"{CATALOG}_{language}.ts"


def qm_path(language: str) -> Path:
    return TRANSLATIONS / f"{CATALOG}_{language}.qm"


def source_files() -> list[Path]:
    """The Python files lupdate reads, in a stable order."""
    files = sorted(UI_DIR.rglob("*.py"))
    for folder in OPTIONAL_DIRS:
        files += [
            path
            for path in sorted(folder.rglob("*.py"))
            if QT_TR_CALL.search(path.read_text(encoding="utf-8"))
        ]
    return files


def qt_tool(name: str) -> list[str]:
    """``pyside6-<name>`` of this interpreter's PySide6; its bundled binary or PATH as fallbacks."""
    suffix = ".exe" if os.name == "nt" else ""
    candidates = [Path(sys.executable).parent / f"pyside6-{name}{suffix}"]
    try:
        import PySide6

        candidates.append(Path(PySide6.__file__).parent / f"{name}{suffix}")
    except ImportError:
        pass
    for candidate in candidates:
        if candidate.is_file():
            return [str(candidate)]
    found = shutil.which(f"pyside6-{name}")
    if found:
        return [found]
    raise SystemExit(f"pyside6-{name} not found: install PySide6 (pip install -e '.[test]')")


def run_lupdate(ts_file: Path, language: str) -> None:
    sources = [os.path.relpath(path, ROOT) for path in source_files()]
    command = [
        *qt_tool("lupdate"),
        "-silent",
        "-no-obsolete",
        "-locations",
        "relative",
        "-source-language",
        SOURCE_LANGUAGE,
        "-target-language",
        language,
        *sources,
        "-ts",
        str(ts_file),
    ]
    subprocess.run(command, cwd=ROOT, check=True)


def run_lrelease(ts_file: Path, qm_file: Path) -> None:
    command = [*qt_tool("lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)]
    subprocess.run(command, cwd=ROOT, check=True)


def _key(context: str, message: ET.Element) -> MessageKey:
    comment = message.findtext("comment") or ""
    return MessageKey(
        context, message.findtext("source") or "", comment, message.get("numerus") == "yes"
    )


def messages(ts_file: Path) -> dict[MessageKey, ET.Element]:
    """The live messages of a catalogue (obsolete and vanished ones do not count)."""
    found: dict[MessageKey, ET.Element] = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            state = translation.get("type") if translation is not None else None
            if state in ("obsolete", "vanished"):
                continue
            found[_key(name, message)] = message
    return found


def is_finished(message: ET.Element) -> bool:
    """A translation that is neither marked unfinished nor empty (every plural form, if any)."""
    translation = message.find("translation")
    if translation is None or translation.get("type") == "unfinished":
        return False
    forms = translation.findall("numerusform") if message.get("numerus") == "yes" else []
    texts = [form.text for form in forms] if forms else [translation.text]
    return all(text and text.strip() for text in texts)


def untranslated(ts_file: Path) -> list[MessageKey]:
    return sorted(key for key, message in messages(ts_file).items() if not is_finished(message))


def fill_from_sources(ts_file: Path) -> int:
    """Give every unfinished singular message of a source-language catalogue its source text.

    The file is written by ElementTree; the lupdate run that follows puts it back in Qt's layout.
    """
    tree = ET.parse(ts_file)
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or message.get("numerus") == "yes":
            continue
        if translation.get("type") == "unfinished" or not (translation.text or "").strip():
            translation.text = message.findtext("source") or ""
            translation.attrib.pop("type", None)
            filled += 1
    if filled:
        tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    return filled


def extraction_problems() -> list[str]:
    """Calls lupdate skips silently: a computed text, a literal under a variable context, or
    any call written inside an f-string (lupdate does not read f-string expressions)."""
    problems: list[str] = []
    for path in source_files():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        in_fstring = {
            id(inner)
            for node in ast.walk(tree)
            if isinstance(node, ast.JoinedStr)
            for inner in ast.walk(node)
        }
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name == "tr" and node.args:
                context, text = None, node.args[0]
            elif name in ("translate", "QT_TRANSLATE_NOOP") and len(node.args) >= 2:
                context, text = node.args[0], node.args[1]
            else:
                continue
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            if isinstance(text, ast.JoinedStr | ast.BinOp) or (
                isinstance(text, ast.Call) and isinstance(text.func, ast.Attribute)
            ):
                problems.append(f"{where}: the text is computed; pass a plain string literal")
            literal_text = isinstance(text, ast.Constant) and isinstance(text.value, str)
            if literal_text and id(node) in in_fstring:
                problems.append(f"{where}: move this call out of the f-string into a variable")
            if context is not None and literal_text and not isinstance(context, ast.Constant):
                problems.append(f"{where}: write the context as a string literal, not a variable")
    return problems


def cli_catalogue(ts_file: Path) -> str:
    """The command line's dictionary (source -> Chinese) from the Chinese catalogue's finished
    singular messages of ``CLI_CONTEXT``, as the text of a Python module."""
    found = {
        key.source: (message.findtext("translation") or "")
        for key, message in messages(ts_file).items()
        if key.context == CLI_CONTEXT and not key.numerus and not key.comment
        if is_finished(message)
    }
    lines = [
        '"""Generated by scripts/update_translations.py from the Chinese catalogue\'s "Domain"',
        'context: the command line\'s messages without Qt (cli/i18n.py). Do not edit by hand."""',
        "",
        "MESSAGES = {",
    ]
    lines += [
        f"    {json.dumps(source, ensure_ascii=False)}: {json.dumps(text, ensure_ascii=False)},"
        for source, text in sorted(found.items())
    ]
    lines += ["}", ""]
    return "\n".join(lines)


def _print_keys(title: str, keys: list[MessageKey], indent: str = "  ") -> None:
    print(title)
    for key in keys:
        plural = " (plural)" if key.numerus else ""
        comment = f" [{key.comment}]" if key.comment else ""
        print(f"{indent}{key.context}: {key.source!r}{comment}{plural}")


def check() -> int:
    """Report what is out of date without touching the repository; 0 when all is well."""
    ok = True
    problems = extraction_problems()
    if problems:
        ok = False
        print("lupdate cannot extract these strings:")
        for problem in problems:
            print(f"  {problem}")
    with tempfile.TemporaryDirectory() as tmp:
        for language in LANGUAGES:
            committed = ts_path(language)
            if not committed.exists():
                ok = False
                print(f"{committed.relative_to(ROOT)} is missing")
                continue
            refreshed = Path(tmp) / committed.name
            shutil.copyfile(committed, refreshed)
            run_lupdate(refreshed, language)
            before, after = set(messages(committed)), set(messages(refreshed))
            if before != after:
                ok = False
                print(f"{committed.relative_to(ROOT)} is not in sync with the sources:")
                if after - before:
                    _print_keys("  new in the code:", sorted(after - before), "    ")
                if before - after:
                    _print_keys("  no longer in the code:", sorted(before - after), "    ")
            if language in HAND_TRANSLATED:
                missing = untranslated(refreshed)
                if missing:
                    ok = False
                    _print_keys(f"Untranslated in {committed.name} ({len(missing)}):", missing)
            compiled = Path(tmp) / f"{CATALOG}_{language}.qm"
            run_lrelease(committed, compiled)
            current = qm_path(language)
            if not current.exists() or not filecmp.cmp(compiled, current, shallow=False):
                ok = False
                print(f"{current.relative_to(ROOT)} is missing or older than its .ts")
    current_cli = CLI_CATALOGUE.read_text(encoding="utf-8") if CLI_CATALOGUE.exists() else ""
    if current_cli != cli_catalogue(ts_path("zh_CN")):
        ok = False
        print(f"{CLI_CATALOGUE.relative_to(ROOT)} is not in step with the Chinese catalogue")
    if not ok:
        print(f"Fix: python3 {Path(__file__).relative_to(ROOT)}, translate, run it again.")
    return 0 if ok else 1


def update() -> int:
    """Refresh both catalogues, fill the English one from the sources, compile both."""
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for problem in extraction_problems():
        print(f"warning: {problem}")
    for language in LANGUAGES:
        ts_file = ts_path(language)
        run_lupdate(ts_file, language)
        if language not in HAND_TRANSLATED and fill_from_sources(ts_file):
            run_lupdate(ts_file, language)
        run_lrelease(ts_file, qm_path(language))
        total = len(messages(ts_file))
        missing = untranslated(ts_file)
        print(f"{ts_file.relative_to(ROOT)}: {total} strings, {len(missing)} untranslated")
    CLI_CATALOGUE.write_text(cli_catalogue(ts_path("zh_CN")), encoding="utf-8")
    return 0


def main(argv: list[str]) -> int:
    if argv and argv[0] in ("-h", "--help"):
        print(__doc__)
        return 0
    return check() if "--check" in argv else update()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

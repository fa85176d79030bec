"""The installer build: ``--self-test`` and ``--version`` in place, and (slow) the PyInstaller
one-folder build of ``build.spec``: its windowed program passes ``--self-test`` on a computer with
no CJK font at all, embedding the bundled one in the confirmation, and its console program answers
``--help`` and ``--version``.

The build takes well under a minute alone (a few on a busy CI machine); everything that needs the
built folder is one test, so the two pytest-xdist workers never build it twice.
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest
from pypdf import PdfReader

from merchant_refunds import gui_main
from merchant_refunds.cli import main as cli_main
from merchant_refunds.imports import parse_process
from tests.import_samples import write_shopify_bulk

ROOT = Path(__file__).resolve().parents[1]
EXE = ".exe" if os.name == "nt" else ""


def test_self_test_opens_a_database_and_renders_a_confirmation(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert cli_main.main(["--self-test", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] and report["pdf_bytes"] > 1000 and report["gui"] is True
    assert report["refund_total_minor"] == 12800
    assert report["font_embedded"] is True


def test_self_test_is_not_in_the_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main.main(["--help"]) == 0
    out = capsys.readouterr().out
    assert "self-test" not in out and "--version" in out


def test_version_is_the_installed_one(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main.main(["--version"]) == 0
    assert capsys.readouterr().out == f"merchant-refunds {metadata.version('merchant-refunds')}\n"


def test_the_windowed_program_survives_having_no_console(monkeypatch: pytest.MonkeyPatch) -> None:
    """A windowed program on Windows starts with no standard streams; printing must not crash."""
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    try:
        assert gui_main.main(["--version"]) == 0
        assert gui_main.main(["--no-such-option"]) == 2
        assert sys.stdout.name == sys.stderr.name == os.devnull
    finally:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.close()


def built_executables(work: Path) -> dict[str, dict[str, object]]:
    """What PyInstaller recorded for each executable it made (its build record, EXE-NN.toc),
    by name: whether it is a console program can only be seen here on Linux."""
    from PyInstaller.building.api import EXE as PyInstallerExe

    fields = [guts[0] for guts in PyInstallerExe._GUTS]
    made = {}
    for record in work.rglob("EXE-*.toc"):
        recorded = ast.literal_eval(record.read_text(encoding="utf-8"))
        values = dict(zip(fields, recorded, strict=True))
        made[Path(str(values["name"])).name] = values
    return made


def pdf_fonts(path: Path) -> dict[str, bool]:
    """Every font the PDF's pages use: its name and whether a TrueType program is embedded."""
    found = {}
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            found[str(font["/BaseFont"])] = "/FontFile2" in descriptor
    return found


def without_system_fonts(tmp_path: Path) -> dict[str, str]:
    """An environment in which the computer has no font at all: fontconfig reads a
    configuration with no font folder, the XDG data folders (where fonts.py and fontconfig look
    for the system's fonts) are an empty folder, and the home folder is new."""
    conf = tmp_path / "fontconfig" / "fonts.conf"
    conf.parent.mkdir()
    conf.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n'
        f"<fontconfig><cachedir>{tmp_path / 'fontconfig' / 'cache'}</cachedir></fontconfig>\n",
        encoding="utf-8",
    )
    (tmp_path / "home").mkdir()
    (tmp_path / "share").mkdir()
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("XDG_", "FONTCONFIG", "MERCHANT_REFUNDS"))
    }
    return {
        **env,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path / "home"),
        "XDG_DATA_DIRS": str(tmp_path / "share"),
        "XDG_DATA_HOME": str(tmp_path / "home" / "share"),
        "XDG_CONFIG_HOME": str(tmp_path / "home" / "config"),
        "FONTCONFIG_FILE": str(conf),
    }


def test_without_system_fonts_the_window_gets_the_bundled_font(tmp_path: Path) -> None:
    """Qt on a computer with no Chinese font: the bundled one is registered and falls back."""
    script = (
        "from PySide6.QtGui import QFontMetrics\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from merchant_refunds.ui.common import app_look\n"
        "app = QApplication([])\n"
        "print(app_look.system_has_chinese_font())\n"
        "print(app_look.use_bundled_font_if_needed(app))\n"
        "print(QFontMetrics(app.font()).inFontUcs4(ord('退')))\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=60,
        env=without_system_fonts(tmp_path),
    )
    assert run.returncode == 0, run.stderr[-3000:]
    assert run.stdout.split("\n")[:3] == ["False", "WenQuanYi Micro Hei", "True"]


@pytest.mark.slow
@pytest.mark.timeout(1200)
def test_the_built_programs_work_on_a_computer_without_cjk_fonts(tmp_path: Path) -> None:
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(tmp_path / "dist"),
            "--workpath",
            str(tmp_path / "work"),
            str(ROOT / "build.spec"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1100,
    )
    assert build.returncode == 0, build.stderr[-3000:]
    folder = tmp_path / "dist" / "merchant-refunds"
    gui, cli = folder / f"merchant-refunds-gui{EXE}", folder / f"merchant-refunds{EXE}"
    assert gui.is_file() and cli.is_file()
    made = built_executables(tmp_path / "work")
    assert made[gui.name]["console"] is False  # no console window beside the GUI on Windows
    assert made[cli.name]["console"] is True
    resources = folder / "_internal" / "merchant_refunds" / "resources"
    assert (resources / "translations" / "merchant_refunds_zh_CN.qm").is_file()
    assert (resources / "fonts" / "LICENSE-wqy-microhei.txt").is_file()
    assert (resources / "icons" / "merchant-refunds.png").is_file()

    env = without_system_fonts(tmp_path)
    pdf = tmp_path / "self-test.pdf"
    run = subprocess.run(
        [str(gui), "--self-test", "--json"],
        capture_output=True,
        text=True,
        timeout=300,
        env={**env, "MERCHANT_REFUNDS_SELF_TEST_PDF": str(pdf)},
    )
    assert run.returncode == 0, run.stderr[-3000:]
    report = json.loads(run.stdout)
    assert report["ok"] and report["gui"] is True and report["font_embedded"] is True
    assert Path(report["font"]) == resources / "fonts" / "wqy-microhei-print.ttf"
    fonts = pdf_fonts(pdf)
    assert fonts and all(fonts.values()), fonts  # every font embedded, no STSong
    assert all(name.split("+")[-1].startswith("WenQuanYiMicroHei") for name in fonts), fonts

    version = subprocess.run(
        [str(cli), "--version"], capture_output=True, text=True, timeout=120, env=env
    )
    assert version.returncode == 0, version.stderr[-3000:]
    assert version.stdout == f"merchant-refunds {metadata.version('merchant-refunds')}\n"
    usage = subprocess.run(
        [str(cli), "--help"], capture_output=True, text=True, timeout=120, env=env
    )
    assert usage.returncode == 0, usage.stderr[-3000:]
    assert usage.stdout.startswith("usage: merchant-refunds") and "refund" in usage.stdout

    # A large file is read by a second process, forked or (as under the GUI's worker thread)
    # started afresh: the built program must answer multiprocessing's start-up.
    shop = tmp_path / "shop.sqlite3"
    made = subprocess.run(
        [str(cli), "--db", str(shop), "init", "--owner", "boss", "--shop", "Test"],
        capture_output=True,
        text=True,
        timeout=300,
        env={**env, "MERCHANT_REFUNDS_PIN": "2468"},
    )
    assert made.returncode == 0, made.stderr[-3000:]
    big = write_shopify_bulk(tmp_path / "orders_export.csv", 50000)
    assert big.stat().st_size >= parse_process.MIN_BYTES
    for method in ("fork", "spawn"):
        preview = subprocess.run(
            [str(cli), "--db", str(shop), "--json", "import", "--dry-run", str(big)],
            capture_output=True,
            text=True,
            timeout=300,
            env={**env, parse_process.READER_ENV: method},
        )
        assert preview.returncode == 0, (method, preview.stderr[-3000:])
        assert json.loads(preview.stdout)["new"] == 16667, method

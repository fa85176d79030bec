"""The installer build: ``--self-test`` in place, and (slow) the PyInstaller one-folder build of
``build.spec`` started offscreen with ``--self-test``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from merchant_refunds.cli import main as cli_main

ROOT = Path(__file__).resolve().parents[1]


def test_self_test_opens_a_database_and_renders_a_confirmation(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert cli_main.main(["--self-test", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] and report["pdf_bytes"] > 1000 and report["gui"] is True
    assert report["refund_total_minor"] == 12800


def test_self_test_is_not_in_the_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main.main(["--help"]) == 0
    assert "self-test" not in capsys.readouterr().out


@pytest.mark.slow
def test_the_built_application_passes_its_self_test(tmp_path: Path) -> None:
    pytest.importorskip("PyInstaller", reason="pyinstaller is in the test extras")
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
        timeout=900,
    )
    assert build.returncode == 0, build.stderr[-3000:]
    folder = tmp_path / "dist" / "merchant-refunds"
    program = folder / ("merchant-refunds.exe" if os.name == "nt" else "merchant-refunds")
    assert program.is_file()
    assert list(folder.rglob("merchant_refunds_zh_CN.qm"))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path / "home")}
    run = subprocess.run(
        [str(program), "--self-test"], capture_output=True, text=True, timeout=300, env=env
    )
    assert run.returncode == 0, run.stderr[-3000:]
    assert "self-test ok" in run.stdout and "GUI True" in run.stdout

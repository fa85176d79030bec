"""scripts/coverage_floors.py, which fails CI when a package's tests leave too much untested."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "coverage_floors.py"


def _file(statements: int, covered: int) -> dict:
    return {"summary": {"num_statements": statements, "covered_lines": covered}}


def _check(tmp_path: Path, files: dict[str, dict]) -> subprocess.CompletedProcess[str]:
    report = tmp_path / "coverage.json"
    report.write_text(json.dumps({"files": files}), encoding="utf-8")
    return subprocess.run(
        [sys.executable, str(SCRIPT), str(report)], capture_output=True, text=True, check=False
    )


def test_a_subpackage_counts_toward_its_package_and_a_shortfall_is_named(tmp_path: Path) -> None:
    done = _check(
        tmp_path,
        {
            "merchant_refunds/domain/money.py": _file(100, 100),
            "merchant_refunds/services/orders.py": _file(100, 100),
            # An absolute path, as coverage writes for files outside the working folder.
            str(ROOT / "merchant_refunds/services/payouts/sending.py"): _file(100, 89),
            "merchant_refunds/ui/main_window.py": _file(100, 60),
        },
    )
    assert done.returncode == 1
    rows = {line.split()[0]: line.split()[1:] for line in done.stdout.splitlines()[1:]}
    assert rows["merchant_refunds/services"][:3] == ["200", "189", "94.50"]
    assert rows["merchant_refunds/domain"] == ["100", "100", "100.00", "95"]
    assert rows["(whole"][1:4] == ["400", "349", "87.25"]
    assert done.stderr.strip() == (
        "coverage floors: merchant_refunds/services has 94.50 % of its lines tested, "
        "below its floor of 95 %"
    )


def test_a_share_just_under_the_floor_is_not_rounded_up_to_pass(tmp_path: Path) -> None:
    done = _check(
        tmp_path,
        {
            "merchant_refunds/domain/money.py": _file(100_000, 94_999),
            "merchant_refunds/services/orders.py": _file(10, 10),
        },
    )
    assert done.returncode == 1
    assert "merchant_refunds/domain has 94.99 %" in done.stderr


def test_everything_at_its_floor_passes(tmp_path: Path) -> None:
    done = _check(
        tmp_path,
        {
            "merchant_refunds/domain/money.py": _file(20, 19),
            "merchant_refunds/services/orders.py": _file(20, 19),
            "merchant_refunds/ui/main_window.py": _file(60, 48),
        },
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""


def test_a_package_with_nothing_measured_fails(tmp_path: Path) -> None:
    done = _check(tmp_path, {"merchant_refunds/domain/money.py": _file(10, 10)})
    assert done.returncode == 2
    assert "nothing measured in merchant_refunds/services" in done.stderr
    missing = subprocess.run(
        [sys.executable, str(SCRIPT), str(tmp_path / "none.json")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert missing.returncode == 2 and "cannot read" in missing.stderr

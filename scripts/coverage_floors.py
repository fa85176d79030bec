"""Check the line coverage of each layer against its floor, so what is untested shows in CI.

The money rules (domain/) and the operations that write shops' records (services/) must stay
almost fully tested; the rest of the program (GUI, exports, command line) has a lower floor for
the whole. A floor is a line coverage percentage of the statements coverage.py measured; a
package counts every module below it, subpackages included.

    python3 scripts/coverage_floors.py                # reads ./coverage.json
    python3 scripts/coverage_floors.py path/to/coverage.json

``coverage.json`` is written by ``pytest --cov=merchant_refunds --cov-report=json`` (as
``scripts/test.sh`` does for the whole suite). Prints a table and exits 1 naming each package
below its floor, 2 when the report is missing or measured nothing of a package.
"""

from __future__ import annotations

import json
import math
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_REPORT = ROOT / "coverage.json"

#: The floors, in one place: package folder (relative to the repository; "" is the whole
#: program) -> least percentage of its lines that the tests must run. Raise them when the
#: tests grow; never lower one to let a change through: test the change instead.
FLOORS: dict[str, float] = {
    "merchant_refunds/domain": 95.0,
    "merchant_refunds/services": 95.0,
    "": 85.0,
}


@dataclass(frozen=True)
class Row:
    """One package's lines against its floor."""

    package: str
    lines: int
    covered: int
    floor: float

    @property
    def percent(self) -> float:
        """Rounded down to hundredths, so 94.996 shows as 94.99 and fails a floor of 95."""
        if not self.lines:
            return 0.0
        return math.floor(10000 * self.covered / self.lines) / 100

    @property
    def passes(self) -> bool:
        return self.lines > 0 and self.percent >= self.floor


def _normalise(path: str) -> str:
    """A measured file's path relative to the repository, with forward slashes."""
    candidate = Path(path)
    if candidate.is_absolute():
        try:
            candidate = candidate.resolve().relative_to(ROOT)
        except ValueError:
            return candidate.as_posix()
    return candidate.as_posix()


def rows(report: dict, floors: dict[str, float] = FLOORS) -> list[Row]:
    """Sum the measured statements of every file below each floor's package."""
    files = {_normalise(name): data["summary"] for name, data in report["files"].items()}
    result = []
    for package, floor in floors.items():
        prefix = package.rstrip("/") + "/" if package else ""
        chosen = [s for name, s in files.items() if name.startswith(prefix)]
        result.append(
            Row(
                package=package or "(whole program)",
                lines=sum(int(s["num_statements"]) for s in chosen),
                covered=sum(int(s["covered_lines"]) for s in chosen),
                floor=floor,
            )
        )
    return result


def table(checked: list[Row]) -> str:
    """The rows as a plain text table, one package a line."""
    width = max(len("package"), *(len(r.package) for r in checked))
    lines = [f"{'package':<{width}}  {'lines':>7}  {'covered':>7}  {'%':>6}  {'floor':>5}"]
    for r in checked:
        mark = "" if r.passes else "  BELOW FLOOR"
        lines.append(
            f"{r.package:<{width}}  {r.lines:>7}  {r.covered:>7}  {r.percent:>6.2f}  "
            f"{r.floor:>5.0f}{mark}"
        )
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    path = Path(argv[0]) if argv else DEFAULT_REPORT
    try:
        report = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        print(f"coverage floors: cannot read {path}: {exc}", file=sys.stderr)
        return 2
    checked = rows(report)
    print(table(checked))
    empty = [r.package for r in checked if r.lines == 0]
    if empty:
        print(f"coverage floors: nothing measured in {', '.join(empty)}", file=sys.stderr)
        return 2
    below = [r for r in checked if not r.passes]
    for r in below:
        print(
            f"coverage floors: {r.package} has {r.percent:.2f} % of its lines tested, "
            f"below its floor of {r.floor:.0f} %",
            file=sys.stderr,
        )
    return 1 if below else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

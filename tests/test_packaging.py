"""What `pip install .` ships: every package of the source tree, the translations, the bundled
font with its licence, the icon, the desktop entry and both programs."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

from setuptools import find_packages

ROOT = Path(__file__).resolve().parents[1]


def test_every_package_is_listed_for_installation() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = set(find_packages(str(ROOT), include=["merchant_refunds", "merchant_refunds.*"]))
    assert found <= listed, f"add to pyproject.toml: {sorted(found - listed)}"
    assert config["tool"]["setuptools"]["package-dir"]["merchant_refunds.resources"] == "resources"


def test_the_wheel_ships_the_font_its_licence_the_icon_and_both_programs(tmp_path: Path) -> None:
    """What `pip install` puts on a shop computer, read from the wheel it installs."""
    source = tmp_path / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.ts")
    for folder in ("merchant_refunds", "resources"):
        shutil.copytree(ROOT / folder, source / folder, ignore=ignore)
    pip_wheel = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation"]
    build = subprocess.run(
        [*pip_wheel, "-q", "--disable-pip-version-check", "-w", str(tmp_path / "wheel"), source],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert build.returncode == 0, build.stderr[-3000:]
    (wheel,) = (tmp_path / "wheel").glob("merchant_refunds-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
        scripts = archive.read(entry_points).decode()
    inside = "merchant_refunds/resources/"
    for shipped in (
        "fonts/wqy-microhei-print.ttf",
        "fonts/LICENSE-wqy-microhei.txt",
        "icons/merchant-refunds.png",
        "icons/merchant-refunds.svg",
        "merchant-refunds.desktop",
        "translations/merchant_refunds_zh_CN.qm",
    ):
        assert inside + shipped in names
    assert "[console_scripts]\nmerchant-refunds = merchant_refunds.cli.main:main" in scripts
    assert "[gui_scripts]\nmerchant-refunds-gui = merchant_refunds.gui_main:main" in scripts


def test_the_desktop_entry_starts_the_window_with_the_icon_in_both_languages() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keep "Name[zh_CN]" as written
    entry.read(ROOT / "resources" / "merchant-refunds.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application" and desktop["Terminal"] == "false"
    assert (desktop["Name"], desktop["Name[zh_CN]"]) == ("Merchant Refunds", "商户退款")
    assert "Office;" in desktop["Categories"] and desktop["Categories"].endswith(";")
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert desktop["Exec"] in config["project"]["gui-scripts"]
    assert (ROOT / "resources" / "icons" / f"{desktop['Icon']}.png").is_file()

"""The layering is a test: import-linter's contracts hold, and would catch Qt outside ui/."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def lint(package_parent: Path, config: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(package_parent)}
    return subprocess.run(
        [str(LINT_IMPORTS), "--config", str(config), "--no-cache"],
        cwd=package_parent, env=env, capture_output=True, text=True, timeout=120,
    )


def test_contracts_hold_for_the_code_as_it_is() -> None:
    result = lint(ROOT / "src", ROOT / "pyproject.toml")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 4 kept, 0 broken" in result.stdout


def test_a_pyside6_import_outside_ui_breaks_a_contract(tmp_path: Path) -> None:
    copy = tmp_path / "src"
    shutil.copytree(ROOT / "src", copy, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    offender = copy / "leerwinkel_desk" / "services" / "clients.py"
    offender.write_text("from PySide6.QtCore import QObject\n" + offender.read_text(encoding="utf-8"))
    result = lint(copy, ROOT / "pyproject.toml")
    assert result.returncode != 0
    assert "Qt lives in ui/ only BROKEN" in result.stdout
    assert "leerwinkel_desk.services.clients -> PySide6" in result.stdout

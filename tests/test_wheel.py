"""The wheel is whole: built from a clean copy of the sources, installed into a fresh virtual
environment with its dependencies (from PyPI through pip's cache), and its own `self-test`
passes there.

installers/build.py makes the copy: it leaves out the compiled `.qm` and any `build/` folder,
so the wheel's translations come from the build step and no stale file can hide a missing one.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

from leerwinkel_desk.shipped import folder

ROOT = Path(__file__).resolve().parents[1]
SHIPPED_RESOURCES = ("fonts", "letterhead", "templates", "icons", "licences")


def load_build_script():
    spec = importlib.util.spec_from_file_location("installer_build", ROOT / "installers" / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def expected_files() -> set[str]:
    """Every module and shipped resource, as its path inside the wheel."""
    package = ROOT / "src" / "leerwinkel_desk"
    wanted = {f"leerwinkel_desk/{p.relative_to(package).as_posix()}" for p in package.rglob("*.py")}
    wanted |= {f"leerwinkel_desk/migrations/{p.relative_to(ROOT / 'db').as_posix()}"
               for p in (ROOT / "db").rglob("*") if p.suffix in (".py", ".mako")}
    for kind in SHIPPED_RESOURCES:
        wanted |= {f"leerwinkel_desk/resources/{p.relative_to(ROOT / 'resources').as_posix()}"
                   for p in (ROOT / "resources" / kind).iterdir()}
    wanted |= {f"leerwinkel_desk/resources/i18n/{p.stem}.qm" for p in (ROOT / "resources" / "i18n").glob("*.ts")}
    return wanted


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """Built as `make installer` builds it: from a clean copy, with this environment's setuptools and lrelease."""
    return load_build_script().build_wheel(tmp_path_factory.mktemp("dist"))


def test_the_wheel_holds_every_module_resource_and_compiled_translation(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert expected_files() - names == set()
    assert not any("resources/screenshots" in name or name.endswith(".ts") for name in names)


def test_the_installed_wheel_runs_its_self_test_in_english_from_a_fresh_environment(
        wheel: Path, tmp_path: Path) -> None:
    environment = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(environment)
    bin_dir = environment / ("Scripts" if sys.platform == "win32" else "bin")
    home = tmp_path / "home"
    home.mkdir()
    env = {key: value for key, value in os.environ.items()
           if key not in ("PYTHONPATH", "VIRTUAL_ENV", "QT_QPA_PLATFORM") and not key.startswith("XDG_")}
    env |= {"HOME": str(home), "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    if "PIP_CACHE_DIR" not in env:      # a new HOME must not mean a cold cache
        env["PIP_CACHE_DIR"] = str(Path.home() / ".cache" / "pip")
    subprocess.run([str(bin_dir / "python"), "-m", "pip", "install", "--quiet", str(wheel)],
                   check=True, cwd=tmp_path, env=env)

    def installed(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(bin_dir / "leerwinkel-desk"), *args], capture_output=True, text=True,
                              cwd=tmp_path, env=env, timeout=300)

    version = installed("version")
    assert version.returncode == 0 and version.stdout.startswith("leerwinkel-desk "), version.stderr
    checked = installed("self-test")
    assert checked.returncode == 0, checked.stderr
    assert checked.stdout.startswith("self-test ok") and "in English" in checked.stdout
    assert checked.stderr == ""
    where = subprocess.run([str(bin_dir / "python"), "-c", "from leerwinkel_desk.ui.i18n import translations_dir;"
                            "print(translations_dir())"], capture_output=True, text=True, cwd=tmp_path, env=env)
    assert Path(where.stdout.strip()).is_relative_to(environment)        # the wheel's, not this checkout's


def test_a_shipped_folder_inside_a_zip_is_copied_out_to_a_real_folder(tmp_path: Path, monkeypatch) -> None:
    archive = tmp_path / "packed.zip"
    with zipfile.ZipFile(archive, "w") as packed:
        packed.writestr("packed_migrations/__init__.py", "")
        packed.writestr("packed_migrations/env.py", "# env\n")
        packed.writestr("packed_migrations/versions/0001_first.py", "revision = '0001'\n")
    monkeypatch.syspath_prepend(str(archive))
    real = folder("packed_migrations")
    assert real.is_dir() and (real / "versions" / "0001_first.py").read_text() == "revision = '0001'\n"
    assert not str(real).startswith(str(archive))

"""The wheel's packages, found automatically, and its translations compiled while it is built.

Three source trees make the one package `leerwinkel_desk`: `src/` (the code), `db/` (the
Alembic migrations, shipped as `leerwinkel_desk.migrations`) and `resources/` (fonts, letter
templates, letterhead, icon and translations, shipped as `leerwinkel_desk.resources`). Every
package under them is found, so a new folder cannot be forgotten. The compiled `.qm`
translations are not in git (they would conflict on every merge); building the wheel compiles
them from the `.ts` sources with Qt's lrelease, which is why PySide6-Essentials is a build
requirement.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from setuptools import find_packages, setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
TREES = {"leerwinkel_desk.migrations": "db", "leerwinkel_desk.resources": "resources"}


def packages() -> list[str]:
    found = find_packages("src", include=["leerwinkel_desk", "leerwinkel_desk.*"])
    for package, folder in TREES.items():
        found += [package] + [f"{package}.{sub}" for sub in find_packages(folder)]
    return found


def lrelease() -> Path:
    """Qt's translation compiler, as PySide6 ships it."""
    import PySide6

    return Path(PySide6.__file__).parent / ("lrelease.exe" if sys.platform == "win32" else "lrelease")


class BuildWithTranslations(build_py):
    """Also writes `leerwinkel_desk/resources/i18n/*.qm` from `resources/i18n/*.ts` into the build."""

    def run(self) -> None:
        super().run()
        if self.editable_mode:           # an editable install reads resources/ itself (make translations)
            return
        target = Path(self.build_lib) / "leerwinkel_desk" / "resources" / "i18n"
        target.mkdir(parents=True, exist_ok=True)
        for source in sorted((ROOT / "resources" / "i18n").glob("*.ts")):
            subprocess.run([str(lrelease()), "-silent", str(source), "-qm", str(target / f"{source.stem}.qm")],
                           check=True)

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        target = Path(self.build_lib) / "leerwinkel_desk" / "resources" / "i18n"
        return super().get_outputs(include_bytecode) + [
            str(target / f"{source.stem}.qm") for source in sorted((ROOT / "resources" / "i18n").glob("*.ts"))]


setup(
    package_dir={"": "src", **TREES},
    packages=packages(),
    cmdclass={"build_py": BuildWithTranslations},
)

"""Build the app for this platform: `python installers/build.py [wheel|bundle|package|check]`.

  wheel    the wheel, from a clean copy of the sources (no stale build/ file can slip in)
  bundle   + a build environment with that wheel and PyInstaller, and the one-folder bundle
           (build/installer/dist/leerwinkel-desk/: LeerwinkelDesk windowed, leerwinkel-desk console)
  package  + on Linux the .deb (dist/); on Windows and macOS the same as bundle (then Inno Setup,
           installers/windows/leerwinkel-desk.iss, or installers/macos/build-dmg.sh)
  check    the package's own self-test from a clean temporary HOME (the .deb unpacked, not installed;
           on macOS the .app, on Windows the bundle's leerwinkel-desk.exe)

Used by `make installer` / `make installer-test` and by CI on Windows and macOS (no make needed).
Only the standard library: it runs with any Python 3.11+.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORK = ROOT / "build" / "installer"
DIST = ROOT / "dist"
SOURCES = ("src", "db", "resources", "setup.py", "pyproject.toml", "MANIFEST.in", "README.md")
APP = "leerwinkel-desk"
# What the bundle takes from the system (PySide6 ships Qt and ICU, not these): the direct needs of
# Qt's xcb platform plugin and of the Qt libraries, found with `ldd` and `dpkg -S` on Debian 12.
DEB_DEPENDS = ("libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxcb-image0", "libxcb-render-util0",
               "libxcb-randr0", "libxcb-shape0", "libxcb-shm0", "libxcb-sync1", "libxcb-xfixes0", "libxcb-xkb1",
               "libxcb-util1", "libxcb1", "libx11-xcb1", "libxkbcommon-x11-0", "libxkbcommon0", "libegl1",
               "libgl1", "libfontconfig1", "libfreetype6", "libdbus-1-3", "libglib2.0-0t64 | libglib2.0-0")
DESKTOP_ENTRY = """[Desktop Entry]
Type=Application
Name=Leerwinkel Desk
GenericName=Case management for learning-career counsellors
Comment=Dossiers, letters and monitoring of a leerwinkel, on an encrypted database
Exec=/opt/leerwinkel-desk/LeerwinkelDesk
Icon=leerwinkel-desk
Terminal=false
Categories=Office;
StartupWMClass=Leerwinkel Desk
"""


def run(*command: str | Path, **kwargs) -> None:
    print("+", " ".join(str(c) for c in command), flush=True)
    subprocess.run([str(c) for c in command], check=True, **kwargs)


def version() -> str:
    namespace: dict[str, str] = {}
    exec((ROOT / "src" / "leerwinkel_desk" / "__init__.py").read_text(encoding="utf-8"), namespace)
    return namespace["__version__"]


def clean_copy(target: Path) -> Path:
    """The sources a wheel is built from, without compiled translations, caches or build leftovers."""
    for name in SOURCES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=shutil.ignore_patterns(
                "__pycache__", "*.pyc", "*.qm", "*.egg-info", "screenshots"))
        else:
            shutil.copy2(source, target / name)
    return target


def build_wheel(out: Path, python: str = sys.executable) -> Path:
    """The wheel, built by `python`'s setuptools and PySide6 (lrelease) without build isolation."""
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="leerwinkel-sources-") as folder:
        sources = clean_copy(Path(folder))
        run(python, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation", "-w", out, sources,
            cwd=sources)
    return out / f"leerwinkel_desk-{version()}-py3-none-any.whl"


def scripts(environment: Path) -> Path:
    return environment / ("Scripts" if sys.platform == "win32" else "bin")


def build_bundle() -> Path:
    """The one-folder bundle, made in an environment where the wheel is installed as a counsellor's would be."""
    wheel = build_wheel(WORK / "wheel")
    environment = WORK / "venv"
    if not scripts(environment).exists():
        venv.EnvBuilder(with_pip=True).create(environment)
    python = scripts(environment) / ("python.exe" if sys.platform == "win32" else "python")
    run(python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", f"{wheel}[build]")
    run(python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--force-reinstall",
        "--no-deps", wheel)                                   # the same version number, new contents
    run(python, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
        "--distpath", WORK / "dist", "--workpath", WORK / "work", "leerwinkel-desk.spec",
        cwd=ROOT / "installers" / "pyinstaller")
    return WORK / "dist" / APP


def deb_architecture() -> str:
    return subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                          check=True).stdout.strip()


def build_deb(bundle: Path) -> Path:
    """`dist/leerwinkel-desk_<version>_<arch>.deb`: the bundle in /opt, a menu entry, an icon, a command."""
    stage = WORK / "deb"
    shutil.rmtree(stage, ignore_errors=True)
    shutil.copytree(bundle, stage / "opt" / APP, symlinks=True)
    (stage / "usr" / "bin").mkdir(parents=True)
    (stage / "usr" / "bin" / APP).symlink_to(f"/opt/{APP}/{APP}")
    applications = stage / "usr" / "share" / "applications"
    applications.mkdir(parents=True)
    (applications / "be.leerwinkel.desk.desktop").write_text(DESKTOP_ENTRY, encoding="utf-8")
    icons = stage / "usr" / "share" / "icons" / "hicolor" / "256x256" / "apps"
    icons.mkdir(parents=True)
    shutil.copy2(ROOT / "resources" / "icons" / f"{APP}.png", icons / f"{APP}.png")
    size = sum(f.stat().st_size for f in stage.rglob("*") if f.is_file() and not f.is_symlink()) // 1024
    (stage / "DEBIAN").mkdir()
    (stage / "DEBIAN" / "control").write_text(
        f"Package: {APP}\nVersion: {version()}\nArchitecture: {deb_architecture()}\n"
        f"Maintainer: Leerwinkel Desk <desk@leerwinkel.invalid>\nInstalled-Size: {size}\n"
        f"Depends: {', '.join(DEB_DEPENDS)}\nSection: misc\nPriority: optional\n"
        "Description: case management for learning-career counsellors (leerwinkels, Flanders)\n"
        " Clients, requests, sessions, letters and the monitoring report, on an encrypted\n"
        " SQLite database. The data stays in each user's own folder; removing the\n"
        " package leaves it there.\n", encoding="utf-8")
    DIST.mkdir(exist_ok=True)
    target = package_path()
    # zstd: seconds to pack instead of minutes for xz (116 MB against 90); dpkg reads it since
    # Debian 12 and Ubuntu 21.10, the oldest systems the package supports.
    run("dpkg-deb", "--root-owner-group", "-Zzstd", "--build", stage, target)
    return target


def clean_environment(home: Path) -> dict[str, str]:
    """As on a fresh account: a new HOME, no XDG folders, no display settings, no Python paths."""
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("XDG_", "QT_", "PYTHON", "VIRTUAL_ENV"))}
    env |= {"HOME": str(home), "USERPROFILE": str(home)}
    return env


def check(package: Path) -> None:
    """The package's self-test from a clean temporary HOME; raises when it fails."""
    with tempfile.TemporaryDirectory(prefix="leerwinkel-installer-test-") as folder:
        root, home = Path(folder) / "root", Path(folder) / "home"
        home.mkdir()
        if package.suffix == ".deb":
            fields = subprocess.run(["dpkg-deb", "--field", package, "Depends"], capture_output=True, text=True,
                                    check=True).stdout
            missing = [name for name in ("libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1") if name not in fields]
            assert not missing, f"the .deb does not depend on {missing}"
            run("dpkg-deb", "-x", package, root)
            console = root / "opt" / APP / APP
            entry = root / "usr" / "share" / "applications" / "be.leerwinkel.desk.desktop"
            assert entry.is_file()
            if shutil.which("desktop-file-validate"):      # Debian's desktop-file-utils, where installed
                run("desktop-file-validate", entry)
            assert (root / "opt" / APP / "LeerwinkelDesk").is_file()
        elif package.suffix == ".app":
            console = package / "Contents" / "MacOS" / APP
        else:
            console = package / f"{APP}.exe"
        result = subprocess.run([str(console), "self-test"], capture_output=True, text=True, cwd=folder,
                                env=clean_environment(home), timeout=600)
        print(result.stdout + result.stderr, end="")
        assert result.returncode == 0 and result.stdout.startswith("self-test ok"), "the bundle's self-test failed"
        assert not any(home.iterdir()), f"self-test left files in HOME: {sorted(p.name for p in home.iterdir())}"


def package_path() -> Path:
    """What `check` tests: the .deb on Linux, the .app on macOS, the bundle folder on Windows."""
    if sys.platform == "linux":
        return DIST / f"{APP}_{version()}_{deb_architecture()}.deb"
    if sys.platform == "darwin":
        return WORK / "dist" / "Leerwinkel Desk.app"
    return WORK / "dist" / APP


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("step", choices=("wheel", "bundle", "package", "check"), default="package", nargs="?")
    step = parser.parse_args().step
    if step == "wheel":
        print(build_wheel(DIST))
        return 0
    package = package_path()
    if step == "check":
        check(package)
        print(f"installer test passed: {package}")
        return 0
    bundle = build_bundle()
    if step == "package" and sys.platform == "linux":
        print(build_deb(bundle))
    else:
        print(bundle)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Every string the UI puts through tr() has its English translation in resources/i18n (none left unfinished)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE_TS = ROOT / "resources" / "i18n" / "leerwinkel_en.ts"


def test_the_english_translation_covers_every_ui_string(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    assert lupdate.exists(), "pyside6-lupdate comes with PySide6"
    fresh = tmp_path / "leerwinkel_en.ts"
    shutil.copy(SOURCE_TS, fresh)
    sources = [*sorted(str(p) for p in (ROOT / "src" / "leerwinkel_desk" / "ui").rglob("*.py")),
               str(ROOT / "src" / "leerwinkel_desk" / "domain" / "code_words.py")]   # as `make update-translations`
    done = subprocess.run([str(lupdate), "-locations", "none", "-no-obsolete", *sources, "-ts", str(fresh)],
                          capture_output=True, text=True, timeout=120, check=True)
    assert "0 new" in done.stdout + done.stderr, "run pyside6-lupdate: strings were added to the UI"
    text = fresh.read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text, "an English translation is missing"
    assert text.count("<message>") == SOURCE_TS.read_text(encoding="utf-8").count("<message>")

"""Everything fits a 1280×720 laptop at 100 % and a 1920×1080 screen at 150 %: the main window on every
page and every dialog, opened by its keys (in a process of its own per screen: see screen_fit_probe.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent


@pytest.mark.parametrize(("width", "height", "scale", "language"),
                         [(1280, 720, "1", "nl"), (1280, 720, "1", "en"), (1920, 1080, "1.5", "nl")])
def test_the_window_and_every_dialog_fit_the_screen(tmp_path: Path, width: int, height: int, scale: str,
                                                    language: str) -> None:
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": width,
                                               "height": height}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "QT_SCALE_FACTOR": scale,
           "PYTHONPATH": os.pathsep.join([str(HERE), os.environ.get("PYTHONPATH", "")]),
           "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    done = subprocess.run([sys.executable, str(HERE / "screen_fit_probe.py"), str(tmp_path), language], env=env,
                          capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert len(result["seen"]) >= 12, result["seen"]                  # the dialogs really opened
    assert result["problems"] == []

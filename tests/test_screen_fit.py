"""Everything fits a 1280×720 laptop at 100 % and a 1920×1080 screen at 150 %, and every Alt+letter of a
dialog is its own: the main window on every page and every dialog, opened by its keys, in Dutch and English
(in a process of its own per screen and language: see screen_fit_probe.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent


SCREENS = [(1280, 720, "1", "nl"), (1280, 720, "1", "en"), (1920, 1080, "1.5", "nl"), (1920, 1080, "1.5", "en"),
           (1280, 720, "1.5", "nl"), (1280, 720, "1.5", "en")]


@pytest.fixture(scope="module", params=SCREENS, ids=lambda p: f"{p[0]}x{p[1]}@{p[2]}-{p[3]}")
def probed(request, tmp_path_factory) -> dict:
    width, height, scale, language = request.param
    folder = tmp_path_factory.mktemp("fit")
    config = folder / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": width,
                                               "height": height}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "QT_SCALE_FACTOR": scale,
           "PYTHONPATH": os.pathsep.join([str(HERE), os.environ.get("PYTHONPATH", "")]),
           "HOME": str(folder), "XDG_CONFIG_HOME": str(folder / "config")}
    done = subprocess.run([sys.executable, str(HERE / "screen_fit_probe.py"), str(folder), language], env=env,
                          capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    opened = {"DispatchDialog", "NewClientDialog", "SessionFormDialog", "ClientDetailsDialog", "ReassignDialog",
              "PrintDialog", "ConsentDialog", "HandoverDialog", "CloseRequestDialog", "OptionsDialog",
              "WithdrawConsentDialog", "OwnPassphraseDialog"}
    assert opened <= set(result["seen"]), result["seen"]                # the dialogs really opened by their keys
    return result


def test_the_window_and_every_dialog_fit_the_screen(probed: dict) -> None:
    assert probed["problems"] == []


def test_no_two_mnemonics_of_a_dialog_clash(probed: dict) -> None:
    assert probed["clashes"] == []

"""The Qt binding the app runs on keeps Python's reference counts: a slot called by Qt many times
neither leaks nor drops a reference to what it returns (PySide6 6.12.0 dropped one per call and
aborted the process with "bool_dealloc"/"none_dealloc" after a few thousand signals)."""

import subprocess
import sys

SIGNALS = """
import sys
from PySide6.QtCore import QCoreApplication, QObject, Signal

class Emitter(QObject):
    fired = Signal()

app = QCoreApplication([])
emitter = Emitter()
for returned in (None, True, False):
    emitter.fired.connect(lambda returned=returned: returned)
before = [sys.getrefcount(value) for value in (None, True, False)]
for _ in range(5_000):
    emitter.fired.emit()
    app.processEvents()
after = [sys.getrefcount(value) for value in (None, True, False)]
print([b - a for b, a in zip(before, after)])
"""


def test_slots_called_by_qt_keep_reference_counts() -> None:
    run = subprocess.run([sys.executable, "-c", SIGNALS], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-400:]          # 6.12.0: Fatal Python error: bool_dealloc
    assert run.stdout.strip() == "[0, 0, 0]"

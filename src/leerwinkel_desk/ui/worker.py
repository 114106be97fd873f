"""Slow work off the GUI thread: one background thread for database-heavy jobs, results back by signal."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

Progress = Callable[[int, int], None]      # what a background job calls with (done, of) as it goes


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class _Job(QRunnable):
    def __init__(self, work: Callable[[Callable[[int, int], None]], Any]) -> None:
        super().__init__()
        self.signals = _Signals()
        self._work = work

    def run(self) -> None:
        try:
            result = self._work(self.signals.progress.emit)
        except Exception as error:  # any error: handed to the GUI thread as a value
            outcome, value = self.signals.failed, error
        else:
            outcome, value = self.signals.done, result
        try:
            outcome.emit(value)
        except RuntimeError:        # the window closed while the job ran: nobody is waiting
            pass


class BackgroundJobs(QObject):
    """Reports, PDFs, imports and sync run here, one at a time, while keystrokes never wait."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._running: set[_Job] = set()

    def run(self, work: Callable[[Callable[[int, int], None]], Any], on_done: Callable[[Any], None],
            on_failed: Callable[[Exception], None],
            on_progress: Callable[[int, int], None] | None = None) -> None:
        """`work(progress)` runs in the background; `on_done`/`on_failed` run on the GUI thread."""
        job = _Job(work)
        job.setAutoDelete(False)
        self._running.add(job)

        def finish(handler: Callable[[Any], None]) -> Callable[[Any], None]:
            def call(value: Any) -> None:
                self._running.discard(job)
                owner = getattr(handler, "__self__", None)
                if isinstance(owner, QObject) and not shiboken6.isValid(owner):
                    return          # the page asking for it was closed or rebuilt meanwhile
                handler(value)
            return call

        job.signals.done.connect(finish(on_done))
        job.signals.failed.connect(finish(on_failed))
        if on_progress is not None:
            job.signals.progress.connect(on_progress)
        self._pool.start(job)

    def wait(self, msecs: int = -1) -> bool:
        return self._pool.waitForDone(msecs)

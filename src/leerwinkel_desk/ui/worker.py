"""Slow work off the GUI thread: one background thread for database-heavy jobs, results back by signal.

What the app does by itself (the start-of-day backup, retention and planner statistics) has a lane
of its own (`BackgroundJobs(low_priority=True)`): a thread of its own, at the lowest CPU priority
the system gives a thread, so it never queues ahead of a job the user asked for (F5 on Vandaag
during a 9-second backup of a large file waited for it, 17.7 s) nor takes a core from one.
"""

from __future__ import annotations

import os
import threading
import weakref
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, SignalInstance

Progress = Callable[[int, int], None]      # what a background job calls with (done, of) as it goes


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


LOWEST_NICE = 19


def _yield_cpu() -> None:
    """The calling thread at the lowest CPU priority (Linux and macOS name a thread by its id here)."""
    try:
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), LOWEST_NICE)
    except (AttributeError, OSError):       # Windows: no such call; the thread of its own is what counts
        pass


class _Job(QRunnable):
    """One piece of work. PySide's pool holds every job started on it for as long as it lives, and a job's
    signals hold its handlers (in C++, where Python's collector cannot see a cycle back to the job): so the work
    is let go once it ran and the handlers once its result was handled (`release`), or a closed window's pages
    and what they had read (a signed-out person's day) stayed in memory with the pool."""

    def __init__(self, work: Callable[[Callable[[int, int], None]], Any], low_priority: bool = False,
                 ended: Callable[[], None] | None = None) -> None:
        super().__init__()
        self.signals = _Signals()
        self._work: Callable[[Callable[[int, int], None]], Any] | None = work
        self._low_priority = low_priority
        self._ended = ended
        self._connected: list[SignalInstance] = []

    def run(self) -> None:
        if self._low_priority:
            _yield_cpu()
        work, self._work = self._work, None      # let go once done: the pool keeps its jobs (see `release`)
        assert work is not None, "a job runs once"
        try:
            result = work(self.signals.progress.emit)
        except Exception as error:  # any error: handed to the GUI thread as a value
            outcome, value = self.signals.failed, error
        else:
            outcome, value = self.signals.done, result
        del work
        try:
            outcome.emit(value)
        except RuntimeError:        # the window closed while the job ran: nobody is waiting
            pass
        finally:
            if self._ended is not None:
                self._ended()

    def connect(self, done: Callable[[Any], None], failed: Callable[[Any], None],
                progress: Callable[[int, int], None] | None) -> None:
        self.signals.done.connect(done)
        self.signals.failed.connect(failed)
        self._connected = [self.signals.done, self.signals.failed]
        if progress is not None:
            self.signals.progress.connect(progress)
            self._connected.append(self.signals.progress)

    def release(self) -> None:
        """Its handlers let go (on the GUI thread, once its result was handled)."""
        connected, self._connected = self._connected, []
        for signal in connected:
            signal.disconnect()


class BackgroundJobs(QObject):
    """Reports, PDFs, imports and sync run here, one at a time, while keystrokes never wait.

    With `low_priority`, the lane of the app's own work: its jobs run at the lowest CPU priority.
    """

    def __init__(self, parent: QObject | None = None, low_priority: bool = False) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._running: set[_Job] = set()
        self._low_priority = low_priority
        self._count = threading.Lock()
        self._pending = 0                       # jobs given and not yet ended (their own threads say so)
        self._idle = threading.Event()
        self._idle.set()

    def run(self, work: Callable[[Callable[[int, int], None]], Any], on_done: Callable[[Any], None],
            on_failed: Callable[[Exception], None],
            on_progress: Callable[[int, int], None] | None = None) -> None:
        """`work(progress)` runs in the background; `on_done`/`on_failed` run on the GUI thread."""
        with self._count:
            self._pending += 1
            self._idle.clear()
        job = _Job(work, self._low_priority, self._one_ended)
        job.setAutoDelete(False)
        self._running.add(job)
        running = weakref.ref(job)      # its signals hold the handlers: they hold the job weakly (see _Job)

        def finish(handler: Callable[[Any], None]) -> Callable[[Any], None]:
            def call(value: Any) -> None:
                ended = running()
                if ended is not None:
                    self._running.discard(ended)
                    ended.release()
                owner = getattr(handler, "__self__", None)
                if isinstance(owner, QObject) and not shiboken6.isValid(owner):
                    return          # the page asking for it was closed or rebuilt meanwhile
                handler(value)
            return call

        job.connect(finish(on_done), finish(on_failed), on_progress)
        self._pool.start(job)

    def wait(self, msecs: int = -1) -> bool:
        """Every job given here ended (on the GUI thread: a test, the bench, a self-test)."""
        return self._pool.waitForDone(msecs)

    @property
    def busy(self) -> bool:
        """A job given here has not ended yet."""
        return not self._idle.is_set()

    def wait_idle(self) -> None:
        """Every job given so far ended, waited for from another lane's thread. Not `wait`: a worker inside
        this pool's waitForDone while the app exits (PySide destroying the pool, itself in waitForDone)
        hung the process for good, the database file still open."""
        self._idle.wait()

    def _one_ended(self) -> None:
        with self._count:
            self._pending -= 1
            if self._pending == 0:
                self._idle.set()

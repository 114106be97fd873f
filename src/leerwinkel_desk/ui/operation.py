"""One way from a screen to a service, as Anki's CollectionOp: run it, show a typed error by the form,
hand anything else to the crash handler, and announce what changed so that views refresh only that.

    if perform(self._ctx.operations, lambda: contacts.log_micro(...), self.error,
               OpChanges(Change.TIMELINE, client_id, self.tr("Microcontact bewaard"))):
        self.accept()

Views listen to `ctx.operations.changed` and look at the `Change` flags that concern them; a dossier
refreshed this way reads its rows again without auditing another view.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from enum import Flag, auto
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from leerwinkel_desk.domain.errors import ChangedElsewhere, DiskFull, DomainError, KeyChanged
from leerwinkel_desk.store.durable import disk_full
from leerwinkel_desk.ui.feedback import ErrorLabel
from leerwinkel_desk.ui.worker import BackgroundJobs, Progress

T = TypeVar("T")


class Change(Flag):
    """What an operation may have changed."""

    CLIENT = auto()         # a client's own details (name, birth date, status...)
    REQUESTS = auto()       # learning requests: tier, phase, outcome, owner
    TIMELINE = auto()       # contacts, letters, consents, handovers, options, referrals
    CONSENTS = auto()       # consents given or withdrawn: which are in force (a dossier's header says so)
    AGENDA = auto()         # booked sessions, follow-ups: what Vandaag lists
    REFERENCE = auto()      # social map, training offer, lokets
    DOSSIER = CLIENT | REQUESTS | TIMELINE | CONSENTS


@dataclass(frozen=True)
class OpChanges:
    """Announced once after an operation succeeded; `message` confirms it in the status bar."""

    what: Change
    client_id: uuid.UUID | None = None
    message: str = ""

    def concerns(self, client_id: uuid.UUID) -> bool:
        return self.client_id is None or self.client_id == client_id


@dataclass(frozen=True)
class Done(Generic[T]):
    """A successful operation's result (which may itself be None)."""

    value: T


class Operations(QObject):
    """The bus of a signed-in window: one `changed` per successful operation."""

    changed = Signal(object)
    key_changed = Signal()      # another instance rekeyed the database: the window locks to take the new key


def perform(operations: Operations, work: Callable[[], T], error: ErrorLabel,
            changes: OpChanges | Callable[[T], OpChanges] | None,
            focus: dict[str, QWidget] | None = None) -> Done[T] | None:
    """Run `work` now. A DomainError is shown in `error` (the field it names gets the focus; changing that
    field clears the message), as is a full disk (DiskFull: the form keeps its text, the same save can be
    tried again); any other exception goes on to the crash handler, which keeps the typed text as a draft.

    Returns the result as `Done`, or None when the service refused (the form stays as it was typed).
    """
    try:
        result = work()
    except Exception as problem:
        refused = refusal(problem)
        widget = (focus or {}).get(getattr(refused, "field", ""))
        error.show_error(refused, widget)           # until the person changes that field
        if isinstance(refused, KeyChanged):
            operations.key_changed.emit()
        if widget is not None:
            widget.setFocus()
        return None
    error.clear_error()
    if changes is not None:           # None: a check that changed nothing
        operations.changed.emit(changes(result) if callable(changes) else changes)
    return Done(result)


def taking_stored(work: Callable[[], T], take: Callable[[dict[str, Any]], None]) -> Callable[[], T]:
    """`work` (a form's save that passes the values the form loaded) which, refused because someone else saved
    the same fields meanwhile (`ChangedElsewhere`), first hands what is stored now to `take`: the form's new
    starting point for those fields, so that saving again, after the sentence said what is there, overwrites it
    knowingly (services.common.edited_fields). The refusal then goes on to `perform` as any other."""
    def run() -> T:
        try:
            return work()
        except ChangedElsewhere as refused:
            take(refused.stored)
            raise
    return run


class Cancelled(DomainError):
    """The person stopped a long operation (an import, an export) before it was done."""

    code = "operation.cancelled"


def refusal(problem: Exception) -> DomainError:
    """The DomainError to show for `problem`: itself, DiskFull for a full disk; anything else raised again."""
    if isinstance(problem, DomainError):
        return problem
    if disk_full(problem):
        return DiskFull()
    raise problem


def perform_later(operations: Operations, jobs: BackgroundJobs, work: Callable[[], T], error: ErrorLabel,
                  changes: OpChanges | Callable[[T], OpChanges] | None, done: Callable[[T], None],
                  refused: Callable[[], None] | None = None, focus: dict[str, QWidget] | None = None) -> None:
    """`perform` for slow work (Argon2id, PDFs): `work` runs on the background thread, the rest on the
    GUI thread; a DomainError is shown in `error` (after `refused`; the field it names in `focus` gets the
    focus, as in `perform`), anything else goes to the crash handler."""
    perform_with_progress(operations, jobs, lambda _progress: work(), error, changes, done, refused, focus=focus)


def perform_with_progress(operations: Operations, jobs: BackgroundJobs, work: Callable[[Progress], T],
                          error: ErrorLabel, changes: OpChanges | Callable[[T], OpChanges] | None,
                          done: Callable[[T], None], refused: Callable[[], None] | None = None,
                          shown: Progress | None = None, stop: threading.Event | None = None,
                          focus: dict[str, QWidget] | None = None) -> None:
    """`perform_later` for work that tells its progress: `work(progress)` calls `progress(done, total)`,
    which `shown` gets on the GUI thread; once `stop` is set, the next call raises `Cancelled` in the work
    (a service writing in one transaction then writes nothing), shown in `error` like a refusal."""
    error.clear_error()

    def run(emit: Progress) -> T:
        def progress(done_so_far: int, total: int) -> None:
            if stop is not None and stop.is_set():
                raise Cancelled()
            emit(done_so_far, total)
        return work(progress)

    def succeeded(result: T) -> None:
        if changes is not None:
            operations.changed.emit(changes(result) if callable(changes) else changes)
        done(result)

    def failed(problem: Exception) -> None:
        if refused is not None:
            refused()
        why = refusal(problem)
        widget = (focus or {}).get(getattr(why, "field", ""))
        error.show_error(why, widget)
        if isinstance(why, KeyChanged):
            operations.key_changed.emit()
        if widget is not None:
            widget.setFocus()

    jobs.run(run, succeeded, failed, shown)

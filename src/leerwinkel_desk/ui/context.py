"""What every window needs: the database, the clock and the signed-in person, to build services with."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Protocol, TypeVar

from leerwinkel_desk.services.context import Actor, Clock
from leerwinkel_desk.store.engine import Database
from leerwinkel_desk.sync.stop import SyncStop
from leerwinkel_desk.ui.operation import Operations
from leerwinkel_desk.ui.worker import BackgroundJobs


class _Service(Protocol):
    def __init__(self, db: Database, clock: Clock, actor: Actor) -> None: ...


S = TypeVar("S", bound=_Service)


@dataclass
class ReportPeriod:
    """The period last chosen for the monitoring report (Rapporten, Ctrl+6), None before any: the page keeps it
    when it is made again (a language switch), and the monitoring extract (Ctrl+I) starts from it."""

    start: date | None = None
    end: date | None = None


@dataclass(frozen=True)
class DeskContext:
    """Passed to every page and dialog (no global singletons)."""

    db: Database
    clock: Clock
    actor: Actor
    office_name: str
    user_name: str
    login: str = ""
    jobs: BackgroundJobs = field(default_factory=BackgroundJobs)
    operations: Operations = field(default_factory=Operations)
    report_period: ReportPeriod = field(default_factory=ReportPeriod)
    sync_stop: SyncStop = field(default_factory=SyncStop)      # set as the desk closes (ui/main_window.py)

    def service(self, kind: type[S]) -> S:
        return kind(self.db, self.clock, self.actor)

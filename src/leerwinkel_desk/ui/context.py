"""What every window needs: the database, the clock and the signed-in person, to build services with."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol, TypeVar

from leerwinkel_desk.services.context import Actor, Clock
from leerwinkel_desk.store.engine import Database
from leerwinkel_desk.ui.operation import Operations
from leerwinkel_desk.ui.worker import BackgroundJobs


class _Service(Protocol):
    def __init__(self, db: Database, clock: Clock, actor: Actor) -> None: ...


S = TypeVar("S", bound=_Service)


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

    def service(self, kind: type[S]) -> S:
        return kind(self.db, self.clock, self.actor)

"""What the app does by itself at every start: what killed writes left is tidied, the query planner's
statistics refreshed where stale, then the daily backup (and its second copy in the office's backup
folder, when that is set and present), then the office's retention period (also on manual and
pre-upgrade backups).

The backup comes first, so whatever the retention run takes away is still in the day's backup
(until that rotates out after 14 days). While the computer's date looks wrong the retention period holds
(services/retention_hold.py): nothing is taken, no old backup pruned, and the report says so (`held`).
The second copy's failure is its own (a full USB stick): the local backup holds the day, so the retention
period is applied all the same, and the failure is said. Each outcome is noted
(services/backup_health.py) and shown under Ctrl+Shift+B until a backup is made again.
All of it runs on a low-priority lane of its own in the desktop app (ui/worker.py), never ahead of what the user
asked for.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path

from leerwinkel_desk.services import backup_health, maintenance
from leerwinkel_desk.services.backup_health import Kind, Problem
from leerwinkel_desk.services.context import Actor, Clock, local_today
from leerwinkel_desk.services.office_settings import second_copy
from leerwinkel_desk.services.retention import Retention, RetentionHeld, RetentionPreview
from leerwinkel_desk.services.retention_hold import Hold
from leerwinkel_desk.store.engine import Database

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class StartOfDay:
    backup: Path | None                 # None: today's backup was already there (or a server database)
    second_copy: Path | None            # None: no backup folder, not plugged in, today's was there, or it failed
    retention: RetentionPreview         # what the retention period took away now
    second_copy_failed: Problem | None = None    # why the second copy failed (the rest was done)
    held: Hold | None = None            # the retention period held: the computer's date looks wrong


class Step(StrEnum):
    """The two parts of the start-up work, as the status bar names the one that failed."""

    BACKUP = "backup"           # tidying, the planner's statistics, the daily backup
    RETENTION = "retention"     # the retention period: requests anonymised, old backups removed


class StartOfDayFailed(Exception):
    """A part of the start-up work failed (the error it met is its __cause__). A failed backup stops the work
    there: the retention period never takes away what no backup of the day holds."""

    def __init__(self, step: Step) -> None:
        super().__init__(step.value)
        self.step = step


def start_of_day(db: Database, clock: Clock, actor: Actor) -> StartOfDay:
    today = local_today(clock)
    try:
        maintenance.tidy_leftovers(db, clock.now())
        db.optimize()           # seconds the first time on a large file: here, not on the way to Vandaag
        backup = maintenance.daily_backup(db, today)
    except Exception as error:
        _note(db, Kind.BACKUP, today, error)
        raise StartOfDayFailed(Step.BACKUP) from error
    _note(db, Kind.BACKUP, today)
    copy, copy_failed = None, None
    try:
        copy = second_copy(db, actor.office_id, today)
    except Exception as error:      # the local backup holds the day: the rest goes on, the failure is said
        log.warning("start of day: the second copy failed (%s)", type(error).__name__)
        copy_failed = backup_health.problem_of(error)
        _note(db, Kind.SECOND_COPY, today, error)
    else:
        if copy is not None:
            _note(db, Kind.SECOND_COPY, today)
    try:
        retention = Retention(db, clock, actor)
        applied = retention.apply_due()
        maintenance.prune_backups(db, retention.period(), clock.now())
    except RetentionHeld as held:
        return StartOfDay(backup, copy, RetentionPreview(today, (), ()), copy_failed, held.hold)
    except Exception as error:
        raise StartOfDayFailed(Step.RETENTION) from error
    return StartOfDay(backup, copy, applied, copy_failed)


def _note(db: Database, kind: Kind, today: date, error: BaseException | None = None) -> None:
    if db.path is not None:
        backup_health.record(db.path, kind, today, error)

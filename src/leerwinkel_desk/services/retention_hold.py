"""Whether the automatic retention may trust this computer's clock: it holds (takes nothing) when the date looks
wrong, and keeps holding until a coordinator applies the retention period by hand.

The retention period erases whoever's requests all closed longer ago than the period, counted from today, and
today is what the computer's clock says. A laptop whose clock was set years ahead (a year typed wrong, a day and
a month swapped) erased most of an office at its first start, asking nothing, and on an enrolled laptop sync
carried the erasures to every colleague. A clock far behind (a dead BIOS battery: 2000-01-01) takes less at that
moment, but what is closed under it carries that old date, and the next start on the right date erases it years
early. So the automatic run compares today with the last day it trusted:

- **Ahead:** more than AHEAD_LIMIT (92 days) after it. Longer than an office's summer closure (July and August
  with a week on either side, some 75 days), so the first start in September runs as usual; a clock wrong by
  more than three months is caught. One wrong by less takes a request at most that much early, and the day's
  backup (made first) still holds it for 14 days.
- **Behind:** more than BEHIND_LIMIT (7 days) before it. Time has no reason to run backwards: a week covers a
  zone or a day's slip, and every bigger step back is a clock to be put right.

The last trusted day is noted beside the database (`<db>.retention.json`, dates only, this laptop's like its
backups: each laptop runs its own automatic retention on its own clock): the day the automatic run last took
what was due, or a coordinator applied the period by hand. A file without the note (the first start of this
version, or a copy) takes the last day of work in it: its newest audit event on another day than today (today's
sign-in already wrote with the clock as it is).

A hold is noted too, and it lasts: that first day's sign-in and work already wrote with the wrong date, so the
next day under the same clock would look like a day after a day of work. It ends only when a coordinator, after
the preview has shown what it takes with today's date, applies the period by hand (Beheer van de gegevens,
Ctrl+Shift+B, or `retention --apply --yes`): that confirms the date. Old manual and pre-upgrade backups are not
pruned while it holds either (the same date decides which are old).
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import func, select

from leerwinkel_desk.domain.calendar import BRUSSELS, local_date
from leerwinkel_desk.store.durable import write_whole
from leerwinkel_desk.store.engine import Database
from leerwinkel_desk.store.models import AuditEvent

log = logging.getLogger(__name__)

AHEAD_LIMIT = timedelta(days=92)
BEHIND_LIMIT = timedelta(days=7)
NOTE_SUFFIX = ".retention.json"


@dataclass(frozen=True)
class Hold:
    """The automatic retention is held: `today` (the computer's date now) lies too far from `trusted` (the last day
    the retention ran on a date it trusted, or the last day of work in the file), since `since` (by the clock of
    the first day held)."""

    today: date
    trusted: date
    since: date

    @property
    def ahead(self) -> bool:
        """The clock is ahead of the last trusted day (else behind it)."""
        return self.today > self.trusted


@dataclass(frozen=True)
class _Note:
    trusted: date | None = None
    held_since: date | None = None


def note_file(database: Path) -> Path:
    return Path(f"{database}{NOTE_SUFFIX}")


def held(db: Database, today: date) -> Hold | None:
    """The hold noted for this file, as it stands `today`; None when the automatic retention is not held."""
    note = _load(db)
    if note.held_since is None or note.trusted is None:
        return None
    return Hold(today, note.trusted, note.held_since)


def check(db: Database, today: date) -> Hold | None:
    """Before the automatic run: the hold when there is one or `today` starts one (then noted), else None."""
    note = _load(db)
    trusted = note.trusted or _last_day_of_work(db, today)
    if trusted is None:                 # a new file: nothing in it to take
        return None
    if note.held_since is not None:
        return Hold(today, trusted, note.held_since)
    if today - trusted > AHEAD_LIMIT or trusted - today > BEHIND_LIMIT:
        hold = Hold(today, trusted, today)
        _save(db, _Note(trusted, today))
        log.warning("the automatic retention is held: the computer's date is %d day(s) from the last one trusted",
                    (today - trusted).days)
        return hold
    return None


def ran(db: Database, today: date, by_hand: bool = False) -> None:
    """The retention period was applied `today`: automatically (the last trusted day moves on to it, never back),
    or by a coordinator's hand (`by_hand`: the date is confirmed as it is, and a hold ends)."""
    note = _load(db)
    if by_hand or note.trusted is None:
        trusted = today
    else:
        trusted = max(note.trusted, today)
    if note != _Note(trusted, None):
        _save(db, _Note(trusted, None))


def _last_day_of_work(db: Database, today: date) -> date | None:
    """The local day of the newest audit event before today, or of the newest after it when the clock is behind
    them all; None when there is none."""
    start = datetime.combine(today, time(), BRUSSELS).astimezone(UTC)
    end = datetime.combine(today + timedelta(days=1), time(), BRUSSELS).astimezone(UTC)
    with db.read() as session:
        before = session.scalar(select(func.max(AuditEvent.at)).where(AuditEvent.at < start))
        after = session.scalar(select(func.max(AuditEvent.at)).where(AuditEvent.at >= end))
    newest = after or before
    return None if newest is None else local_date(newest)


def _load(db: Database) -> _Note:
    """The note beside the file; an empty one when there is none (or a server database), or it is garbled (then
    the last day of work in the file stands in, as for a file without one)."""
    if db.path is None:
        return _Note()
    try:
        noted = json.loads(note_file(db.path).read_text(encoding="utf-8"))
        trusted, since = noted.get("trusted"), noted.get("held_since")
        return _Note(date.fromisoformat(trusted) if trusted else None, date.fromisoformat(since) if since else None)
    except FileNotFoundError:
        return _Note()
    except (OSError, ValueError, TypeError, AttributeError):
        log.warning("the retention's note is unreadable: the last day of work in the file stands in")
        return _Note()


def _save(db: Database, note: _Note) -> None:
    """The note written whole (dates only); one that cannot be written is logged (its type) and left."""
    if db.path is None:
        return
    content = {"trusted": note.trusted and note.trusted.isoformat(),
               "held_since": note.held_since and note.held_since.isoformat()}
    try:
        write_whole(note_file(db.path), json.dumps(content, indent=2, sort_keys=True).encode("utf-8"))
    except OSError as unwritten:
        log.warning("the retention's note was not written (%s)", type(unwritten).__name__)

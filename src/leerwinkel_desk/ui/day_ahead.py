"""Vandaag's lists read ahead while the sign-in checks the passphrase (ui/start.py).

The check is the second Argon2id of a sign-in (services/accounts.py, `sign_in`): about 120 ms in which
the interpreter is free, since the hash is computed outside it. The key the same passphrase unwrapped
has opened the file by then, so reading it meanwhile shows a wrong passphrase nothing it could not
read itself: a failed check drops what was read, unseen (`drop`); the desk's Vandaag takes it once.
"""

from __future__ import annotations

import threading
from datetime import date

from leerwinkel_desk.domain.enums import Role
from leerwinkel_desk.services.accounts import signing_in_as
from leerwinkel_desk.services.agenda import DAY_ROWS, Agenda, DayAgenda
from leerwinkel_desk.services.context import Actor, Clock, local_today
from leerwinkel_desk.services.referrals import OpenLoop, Referrals
from leerwinkel_desk.store.engine import Database

DayLists = tuple[DayAgenda, list[OpenLoop]]


def office_wide(actor: Actor) -> bool:
    """A coordinator's Vandaag shows the whole office's day, a counsellor's their own."""
    return actor.role == Role.COORDINATOR


def lists_of_the_day(db: Database, clock: Clock, actor: Actor) -> DayLists:
    """What Vandaag shows of `actor`'s day: the agenda and the referrals whose outcome is not known yet."""
    counsellor = None if office_wide(actor) else actor.counsellor_id
    return (Agenda(db, clock, actor).day(counsellor, local_today(clock)),
            Referrals(db, clock, actor).open_loops(counsellor, limit=DAY_ROWS))


class DayAhead:
    """The day of the person signing in, read on a thread of its own while their passphrase is checked."""

    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self._thread: threading.Thread | None = None
        self._read: tuple[Actor, date, DayLists] | None = None

    def start(self, db: Database, login: str) -> None:
        """Begin reading the day of the person `login` names (the file is open, the passphrase not checked)."""

        def read() -> None:
            try:
                actor = signing_in_as(db, login)
                if actor is not None:
                    self._read = (actor, local_today(self._clock), lists_of_the_day(db, self._clock, actor))
            except Exception:   # any error: Vandaag reads its day itself, and shows what goes wrong then
                self._read = None

        self._thread = threading.Thread(target=read, name="day-ahead", daemon=True)
        self._thread.start()

    def take(self, actor: Actor, on: date) -> DayLists | None:
        """The lists read ahead when they are `actor`'s of day `on`, once (else None: read them again)."""
        self._finish()
        read, self._read = self._read, None
        return read[2] if read is not None and read[:2] == (actor, on) else None

    def drop(self) -> None:
        """The sign-in failed: what was read is let go unseen."""
        self._finish()
        self._read = None

    def _finish(self) -> None:
        if self._thread is not None:
            self._thread.join()

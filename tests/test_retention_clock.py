"""The automatic retention and a computer's clock that jumped: a laptop set years ahead erased most of an office at
the start of the day, asking nothing. It now holds (takes nothing, prunes no backup) until a coordinator applies the
period by hand, also on the days after, under the same wrong clock; a clock far behind holds it too."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select

from casework_fixtures import build_office
from leerwinkel_desk.domain.enums import Channel
from leerwinkel_desk.services import maintenance
from leerwinkel_desk.services.clients import ClientInput, Clients
from leerwinkel_desk.services.context import SystemClock, local_today
from leerwinkel_desk.services.dispatch import Dispatch, FirstContact
from leerwinkel_desk.services.retention import Retention
from leerwinkel_desk.services.retention_hold import Hold, note_file
from leerwinkel_desk.services.start_of_day import start_of_day
from leerwinkel_desk.store.models import Client

YEARS_AHEAD = datetime(2032, 1, 10, 8, 0, tzinfo=UTC)          # 09:00 in Brussels, as the attacker's faketime


def answered_client(db, clock, office, name: str):
    """A client whose one request was answered (and closed) today, by the clock as it is."""
    client = Clients(db, clock, office.counsellor).create(ClientInput(name, "Peeters"))
    Dispatch(db, clock, office.counsellor).answer_now(
        FirstContact(Channel.FACE_TO_FACE, "Wil lasser worden", client_id=client.id), "Info over lassen")
    return client


def live(db, client) -> bool:
    with db.read() as s:
        return s.scalar(select(Client.first_name).where(Client.id == client.id)) is not None


def test_a_clock_years_ahead_holds_the_automatic_retention_until_a_coordinator_applies_it(db, clock, coordinator):
    office = build_office(db, clock, coordinator)
    client = answered_client(db, clock, office, "Jana")
    manual = maintenance.Backups(db, clock, office.coordinator).make()     # a backup made by hand today
    assert not note_file(db.path).exists()          # a file of the version before: its first start is the jump
    clock.at = YEARS_AHEAD
    assert client.id in Retention(db, clock, office.coordinator).preview().clients      # due, by that date
    done = start_of_day(db, clock, office.counsellor)
    assert done.backup is not None and done.backup.name == "daily-2032-01-10.db"     # the day's backup, as always
    assert done.held == Hold(date(2032, 1, 10), date(2026, 11, 20), date(2032, 1, 10))
    assert done.retention.requests == () and done.retention.clients == ()
    assert live(db, client) and manual.exists()     # nothing erased, and no backup pruned as "old"
    Clients(db, clock, office.counsellor).create(ClientInput("Wout", "Maes"))    # that day's work: the wrong date
    clock.at += timedelta(days=1)
    again = start_of_day(db, clock, office.counsellor)      # the next day, the same clock: still held
    assert again.held == Hold(date(2032, 1, 11), date(2026, 11, 20), date(2032, 1, 10))
    assert live(db, client) and manual.exists()
    retention = Retention(db, clock, office.coordinator)
    assert retention.held() == again.held
    assert client.id in retention.apply().clients           # by hand, after its preview: the date is confirmed
    assert retention.held() is None and not live(db, client)
    clock.at += timedelta(days=1)
    assert start_of_day(db, clock, office.counsellor).held is None     # and the app applies it itself again


def test_a_clock_far_behind_holds_it_too_and_what_was_closed_under_it_is_not_erased_later(db, clock, coordinator):
    """Under a clock set back (a dead BIOS battery), a request answered carries that old date: the next start on the
    right date would erase its client as closed years ago."""
    office = build_office(db, clock, coordinator)
    assert start_of_day(db, clock, office.counsellor).held is None
    right = clock.at
    clock.at = datetime(2000, 1, 1, 10, 0, tzinfo=UTC)
    behind = start_of_day(db, clock, office.counsellor)
    assert behind.held == Hold(date(2000, 1, 1), date(2026, 11, 20), date(2000, 1, 1))
    assert behind.held is not None and not behind.held.ahead
    client = answered_client(db, clock, office, "Lotte")         # closed "on 1 January 2000"
    clock.at = right + timedelta(days=1)
    assert client.id in Retention(db, clock, office.coordinator).preview().clients
    after = start_of_day(db, clock, office.counsellor)
    assert after.held is not None and after.retention.clients == ()
    assert live(db, client)


def test_an_office_closed_over_the_summer_starts_as_usual_and_three_months_away_holds(db, clock, coordinator):
    office = build_office(db, clock, coordinator)
    client = answered_client(db, clock, office, "Emma")
    Retention(db, clock, office.coordinator).set_period(1)
    assert start_of_day(db, clock, office.counsellor).held is None
    clock.at += timedelta(days=80)                          # July and August closed, and a week on either side
    assert start_of_day(db, clock, office.counsellor).held is None
    clock.at += timedelta(days=300)                         # 300 days later: no start in between
    held = start_of_day(db, clock, office.counsellor)
    assert held.held is not None and held.held.trusted == date(2027, 2, 8)
    assert live(db, client)
    clock.at -= timedelta(days=220)                         # put right: within three months of the last start
    assert start_of_day(db, clock, office.counsellor).held is not None      # still held: a coordinator confirms


def test_the_cli_says_the_hold_and_applies_by_hand_only_with_yes_after_the_count(db, clock, coordinator):
    import subprocess
    import sys

    from casework_fixtures import CLI_ENV, let_coordinator_sign_in

    office = build_office(db, clock, coordinator)
    client = answered_client(db, clock, office, "Jana")
    let_coordinator_sign_in(db, clock, office.coordinator)
    clock.at = YEARS_AHEAD
    assert start_of_day(db, clock, office.counsellor).held is not None
    db.dispose()

    def retention(*args: str) -> subprocess.CompletedProcess[str]:      # on the machine's own (right) clock
        return subprocess.run([sys.executable, "-m", "leerwinkel_desk", "--db", str(db.path), "retention", *args],
                              capture_output=True, text=True, timeout=120, env=CLI_ENV)

    shown = retention()
    assert shown.returncode == 0, shown.stderr
    today = local_today(SystemClock())          # the app's day (Brussels): past 23:00 UTC it is tomorrow's
    assert f"the retention period is held since 2032-01-10: this computer's date, {today}" in shown.stdout
    assert "the last day it was trusted, 2026-11-20" in shown.stdout
    refused = retention("--apply")
    assert refused.returncode == 1 and "anonymises 0 request(s) and erases 0 client(s) whole" in refused.stderr
    assert "add --yes" in refused.stderr
    assert Retention(db, clock, office.coordinator).held() is not None
    applied = retention("--apply", "--yes")
    assert applied.returncode == 0, applied.stderr
    assert Retention(db, clock, office.coordinator).held() is None and live(db, client)
    assert "held" not in retention().stdout


def test_a_clock_far_behind_keeps_that_day_s_backup(db, clock, coordinator):
    """Its date sorted before the 14 kept: the day's backup was rotated out as soon as it was made."""
    for days in range(14):
        maintenance.daily_backup(db, date(2026, 11, 20) + timedelta(days=days))
    made = maintenance.daily_backup(db, date(2000, 1, 1))
    assert made is not None and made.exists()
    assert len(list(made.parent.glob("daily-????-??-??.db"))) == 15

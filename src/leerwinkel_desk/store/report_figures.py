"""The monitoring report's kept figures on SQLite, kept up to date by triggers (created by migration 0009), and
the target-group rules both the triggers and the report's one pass use.

The report (services/monitoring.py) counts the live requests of an office opened in a period and their held
contacts (status `held`, not deleted). Counting at report time reads every contact of a year (600,000 at
the size of a large office) and every request's client; these tables hold the counts already made:

- `report_requests`: one row per live request: what the report reads of it and of its partner and client
  (the target groups as bits, in the order of TARGET_GROUPS, at the request's opening), the opening date
  of the client's request before it (so a client is counted once, on the first request in the period,
  without a DISTINCT over the period's clients) and its held contacts counted (contacts, sessions,
  minutes, minutes of the sessions, sessions with minutes). The report reads only its clients' columns.
- `report_request_days`: `report_requests` added up per office, opening date and what the report splits
  by (tier, outcome, referrer, partner type, anonymous, held sessions of a trajectory; '' for none, -1 for
  no trajectory), kept by triggers on `report_requests`.
- `report_contact_months`: the held contacts of the live requests per office, opening date of the request,
  kind, channel and Brussels month of the contact (`BRUSSELS_MONTH`: the EU summer-time rule in SQL).

Triggers on `contact`, `learning_request`, `client` and `partner_organisation` fire for every write path
(services, imports, raw statements, sync pulls with capture muted, merges, erasure, deletes and undeletes),
so the figures cannot drift from the rows, except while a full pull is under way (a laptop's first sync, a
resync: store/sync_capture.py's `FULL_PULL`), when those triggers wait and the pull's finish calls `rebuild`
(per row they cost more than the rows); `rebuild` makes them again from the rows, one INSERT ... SELECT
per table (the migration's first fill; the check compares: `figures_problems`). They are derived: never
synchronised (store/sync_capture.py), not modelled in the ORM, and only for a report without a loket or
counsellor filter (those count from the rows). PostgreSQL keeps none (`kept`). A later migration that
rebuilds one of the tables the triggers are on calls `install` and `rebuild` (as 0007 calls install_capture).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Column,
    ColumnElement,
    Connection,
    Integer,
    MetaData,
    String,
    Table,
    and_,
    case,
    cast,
    func,
    or_,
)
from sqlalchemy.dialects import sqlite

from leerwinkel_desk.domain.enums import DutchLevel, Qualification, SocialStatus
from leerwinkel_desk.store.models import Client, LearningRequest
from leerwinkel_desk.store.sync_capture import FULL_PULL_UNDER_WAY

LOW_QUALIFIED = (Qualification.NONE, Qualification.PRIMARY, Qualification.LOWER_SECONDARY)
BELOW_B2 = (DutchLevel.A1, DutchLevel.A2, DutchLevel.B1)
NEET_AGES = (17, 25)
NOT_NEET = (SocialStatus.EMPLOYED, SocialStatus.STUDENT)
TARGET_GROUPS = ("low_qualified", "job_seekers", "leefloon", "newcomers", "neet_17_25")

REQUESTS, DAYS, MONTHS, ITEMS = ("report_requests", "report_request_days", "report_contact_months",
                                 "report_request_items")
COUNTS = ("contacts", "sessions", "minutes", "session_minutes", "timed_sessions")
SPLIT = ("tier", "outcome", "referrer_type", "org_type", "anonymous", "trajectory_sessions")

# For the report's queries (the tables are made by the statements below, not from this metadata).
_metadata = MetaData()
report_requests = Table(REQUESTS, _metadata, Column("request_id", String(32), primary_key=True),
                        Column("office_id", String(32)), Column("opened_on", String(10)),
                        Column("client_id", String(32)), Column("groups", Integer),
                        Column("earlier_on", String(10)), Column("earlier_neet_on", String(10)))
report_request_days = Table(DAYS, _metadata, Column("office_id", String(32), primary_key=True),
                            Column("opened_on", String(10), primary_key=True),
                            *(Column(name, String(20), primary_key=True) for name in SPLIT),
                            Column("requests", Integer), *(Column(name, Integer) for name in COUNTS))
report_contact_months = Table(MONTHS, _metadata, Column("office_id", String(32), primary_key=True),
                              Column("opened_on", String(10), primary_key=True),
                              *(Column(name, String(20), primary_key=True) for name in ("kind", "channel", "month")),
                              Column("contacts", Integer))
report_request_items = Table(ITEMS, _metadata, Column("office_id", String(32), primary_key=True),
                             Column("opened_on", String(10), primary_key=True),
                             Column("item", String(20), primary_key=True), Column("code", String(20), primary_key=True),
                             *(Column(name, Integer) for name in ("n", "a", "b")))


@dataclass(frozen=True)
class _Item:
    """What the report counts of the rows of one table on its requests, per code: the rows `n` and two sums
    `a` and `b` (integers: hours and euros in hundredths)."""

    name: str
    table: str
    code: str           # of the row `x`
    a: str
    b: str
    counted: str        # which live rows count
    columns: tuple[str, ...]        # that change what is counted

    def of(self, row: str) -> tuple[str, str, str, str]:
        """code, a, b and counted of one row (OLD or NEW) instead of `x`."""
        code, a, b, counted = (part.replace("x.", f"{row}.") for part in (self.code, self.a, self.b, self.counted))
        return code, a, b, counted


ITEM_KINDS = (
    _Item("referral", "referral_out", "coalesce(x.reason_code, '')", "x.loop_closed_on IS NOT NULL", "x.happened IS 1",
          "x.deleted_at IS NULL", ("request_id", "reason_code", "loop_closed_on", "happened", "deleted_at")),
    _Item("contribution", "contribution", "x.paid_by", "CAST(round(x.hours * 100) AS INTEGER)",
          "CAST(round(x.amount * 100) AS INTEGER)",
          "x.deleted_at IS NULL", ("request_id", "paid_by", "hours", "amount", "deleted_at")),
    _Item("exemption", "contribution", "x.exemption", "0", "0", "x.deleted_at IS NULL AND x.exemption IS NOT NULL",
          ("request_id", "exemption", "deleted_at")),
)


def age_at(dialect: str, on: Any, birth: Any) -> ColumnElement[int]:
    """Whole years from `birth` to `on`, in SQL (as services/dossier.age_on does)."""
    if dialect == "postgresql":
        return func.date_part("year", func.age(on, birth))
    years = cast(func.strftime("%Y", on), Integer) - cast(func.strftime("%Y", birth), Integer)
    return years - case((func.strftime("%m-%d", on) < func.strftime("%m-%d", birth), 1), else_=0)


def target_groups(dialect: str) -> tuple[ColumnElement[bool], ...]:
    """Whether a request's client is in each target group (TARGET_GROUPS), at the request's opening."""
    c = Client
    age = age_at(dialect, LearningRequest.opened_on, c.birth_date)
    return (
        c.highest_qualification.in_(LOW_QUALIFIED),
        c.status == SocialStatus.JOB_SEEKER,
        c.status == SocialStatus.LEEFLOON,
        or_(c.foreign_diploma.is_(True), c.dutch_level.in_(BELOW_B2)),
        and_(age.between(*NEET_AGES), c.status.is_not(None), c.status.not_in(NOT_NEET)),
    )


def _sql(expression: ColumnElement[Any]) -> str:
    return str(expression.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))


def _held(row: str) -> str:
    return f"{row}.status = 'held' AND {row}.deleted_at IS NULL"


def brussels_month(at: str) -> str:
    """YYYY-MM of a stored UTC moment (text) in Brussels: the next month only from 23:00 UTC on a month's last
    day, or from 22:00 UTC in summer time (April to September, and the 31st of March, always after the last
    Sunday of March)."""
    next_day = f"date(substr({at}, 1, 10), '+1 day')"
    return (f"CASE WHEN (substr({at}, 12, 2) = '23' OR (substr({at}, 12, 2) = '22' AND substr({at}, 6, 2) "
            f"BETWEEN '03' AND '09')) AND substr({next_day}, 9, 2) = '01' THEN substr({next_day}, 1, 7) "
            f"ELSE substr({at}, 1, 7) END")


def _counts(row: str) -> list[str]:
    """contacts, sessions, minutes, session_minutes, timed_sessions of one contact row."""
    session = f"{row}.kind = 'session'"
    return ["1", session, f"coalesce({row}.minutes, 0)",
            f"CASE WHEN {session} THEN coalesce({row}.minutes, 0) ELSE 0 END",
            f"{session} AND {row}.minutes IS NOT NULL"]


def _request_rows(requests: str, contacts: str) -> str:
    """The `report_requests` rows of the live requests `requests` (a condition on `learning_request`), with
    the held contacts that meet `contacts` (a condition on `c`).

    `earlier_on` is the opening date of the client's live request before this one (by opening date, then
    id), `earlier_neet_on` of the one before it that counted the client as NEET: a client is counted once
    in a period, on the first of their requests in it, the one with no earlier request since the start.
    Those are looked up by the client's index: `+q.office_id` keeps SQLite off the office's index, which it
    took without statistics (a laptop's new file) and so read every earlier request of the office per row.
    """
    groups = " + ".join(f"CASE WHEN {_sql(flag)} THEN {1 << bit} ELSE 0 END"
                        for bit, flag in enumerate(target_groups("sqlite")))
    summed = ", ".join(f"sum({part}) AS {name}" for name, part in zip(COUNTS, _counts("c"), strict=True))
    earlier = ("FROM learning_request q WHERE q.client_id = learning_request.client_id "
               "AND +q.office_id = learning_request.office_id AND q.deleted_at IS NULL "
               "AND (q.opened_on < learning_request.opened_on "
               "OR (q.opened_on = learning_request.opened_on AND q.id < learning_request.id))")
    neet = _sql(target_groups("sqlite")[TARGET_GROUPS.index("neet_17_25")]).replace("learning_request.", "q.")
    return (f"SELECT learning_request.id, learning_request.office_id, learning_request.opened_on, "
            f"learning_request.tier, coalesce(learning_request.outcome, ''), learning_request.referrer_type, "
            f"coalesce(p.org_type, ''), learning_request.client_id, {groups}, "
            f"(SELECT max(q.opened_on) {earlier}), (SELECT max(q.opened_on) {earlier} AND {neet}), "
            + ", ".join(f"coalesce(k.{name}, 0)" for name in COUNTS)
            + f" FROM learning_request LEFT JOIN partner_organisation p ON p.id = learning_request.referrer_org_id "
            f"LEFT JOIN client ON client.id = learning_request.client_id "
            f"LEFT JOIN (SELECT c.request_id, {summed} FROM contact c WHERE {_held('c')} AND {contacts} "
            f"GROUP BY c.request_id) k ON k.request_id = learning_request.id "
            f"WHERE learning_request.deleted_at IS NULL AND ({requests})")


_REQUEST_COLUMNS = ("request_id, office_id, opened_on, tier, outcome, referrer_type, org_type, client_id, groups, "
                    "earlier_on, earlier_neet_on, " + ", ".join(COUNTS))


def _refresh(requests: str) -> list[str]:
    """The `report_requests` rows of some requests made again (`requests`: a condition on `learning_request`)."""
    ids = f"SELECT learning_request.id FROM learning_request WHERE ({requests})"
    return [f"DELETE FROM {REQUESTS} WHERE request_id IN ({ids})",
            f"INSERT INTO {REQUESTS} ({_REQUEST_COLUMNS}) "
            + _request_rows(requests, f"c.request_id IN ({ids})")]


def _day_of(row: str) -> list[str]:
    """The key in `report_request_days` of one `report_requests` row (OLD or NEW), in the order of its columns."""
    return [f"{row}.office_id", f"{row}.opened_on", f"{row}.tier", f"{row}.outcome", f"{row}.referrer_type",
            f"{row}.org_type", f"{row}.client_id IS NULL",
            f"CASE WHEN {row}.tier = 'trajectory' THEN {row}.sessions ELSE -1 END"]


_DAY_KEY = ("office_id", "opened_on", *SPLIT)


def _days_change(row: str, sign: str) -> str:
    """Add (`sign` '+') or take away ('-') one `report_requests` row (OLD or NEW) in `report_request_days`."""
    key = ", ".join(_DAY_KEY)
    return (f"INSERT INTO {DAYS} ({key}, requests, {', '.join(COUNTS)}) SELECT {', '.join(_day_of(row))}, "
            f"{sign}1, " + ", ".join(f"{sign}{row}.{name}" for name in COUNTS)
            + f" WHERE true ON CONFLICT ({key}) DO UPDATE SET requests = requests + excluded.requests, "
            + ", ".join(f"{name} = {name} + excluded.{name}" for name in COUNTS))


def _same_day() -> str:
    """Whether an update of a `report_requests` row (its counts, by a contact) keeps it on the same day key."""
    return " AND ".join(f"{old} IS {new}" for old, new in zip(_day_of("OLD"), _day_of("NEW"), strict=True))


def _days_moved_within() -> str:
    """The counts of an updated `report_requests` row that stays on its day key, moved there in one UPDATE."""
    return (f"UPDATE {DAYS} SET " + ", ".join(f"{name} = {name} + NEW.{name} - OLD.{name}" for name in COUNTS)
            + " WHERE " + " AND ".join(f"{column} = {value}" for column, value in zip(_DAY_KEY, _day_of("NEW"),
                                                                                        strict=True)))


_MONTH_KEY = "office_id, opened_on, kind, channel, month"
_ADD_MONTHS = f"ON CONFLICT ({_MONTH_KEY}) DO UPDATE SET contacts = contacts + excluded.contacts"


def _contact_change(row: str, sign: str) -> list[str]:
    """Add or take away one contact row (OLD or NEW), when it is held, in its live request's figures."""
    counts = ", ".join(f"{name} = {name} {sign} ({part})" for name, part in zip(COUNTS, _counts(row), strict=True))
    return [f"UPDATE {REQUESTS} SET {counts} WHERE request_id = {row}.request_id AND {_held(row)}",
            f"INSERT INTO {MONTHS} ({_MONTH_KEY}, contacts) SELECT r.office_id, r.opened_on, {row}.kind, "
            f"{row}.channel, {brussels_month(f'{row}.at')}, {sign}1 FROM learning_request r "
            f"WHERE r.id = {row}.request_id AND r.deleted_at IS NULL AND {_held(row)} {_ADD_MONTHS}"]


def _request_months(row: str, sign: str, when: str = "true") -> str:
    """Add or take away the held contacts of one request (OLD or NEW), when it is live, in the months."""
    month = brussels_month("c.at")
    return (f"INSERT INTO {MONTHS} ({_MONTH_KEY}, contacts) SELECT {row}.office_id, {row}.opened_on, c.kind, "
            f"c.channel, {month}, {sign}count(*) FROM contact c WHERE c.request_id = {row}.id AND {_held('c')} "
            f"AND {row}.deleted_at IS NULL AND {when} GROUP BY c.kind, c.channel, {month} {_ADD_MONTHS}")


_ITEM_KEY = "office_id, opened_on, item, code"
_ADD_ITEMS = f"ON CONFLICT ({_ITEM_KEY}) DO UPDATE SET n = n + excluded.n, a = a + excluded.a, b = b + excluded.b"


def _item_change(item: _Item, row: str, sign: str) -> str:
    """Add or take away one row (OLD or NEW) of the item's table, when it counts, on its live request."""
    code, a, b, counted = item.of(row)
    return (f"INSERT INTO {ITEMS} ({_ITEM_KEY}, n, a, b) SELECT r.office_id, r.opened_on, '{item.name}', {code}, "
            f"{sign}1, {sign}({a}), {sign}({b}) FROM learning_request r WHERE r.id = {row}.request_id "
            f"AND r.deleted_at IS NULL AND {counted} {_ADD_ITEMS}")


def _request_items(item: _Item, row: str, sign: str, when: str = "true") -> str:
    """Add or take away the item's rows of one request (OLD or NEW), when it is live."""
    return (f"INSERT INTO {ITEMS} ({_ITEM_KEY}, n, a, b) SELECT {row}.office_id, {row}.opened_on, '{item.name}', "
            f"{item.code}, {sign}count(*), {sign}sum({item.a}), {sign}sum({item.b}) FROM {item.table} x "
            f"WHERE x.request_id = {row}.id AND {item.counted} AND {row}.deleted_at IS NULL AND {when} "
            f"GROUP BY {item.code} {_ADD_ITEMS}")


def _request_moves(row: str, sign: str, when: str = "true") -> list[str]:
    """Add or take away all that is kept per opening day of one request (OLD or NEW), when it is live."""
    return [_request_months(row, sign, when), *(_request_items(item, row, sign, when) for item in ITEM_KINDS)]


def _trigger(name: str, event: str, statements: list[str], when: str = "", paused: bool = True) -> str:
    """A trigger that keeps the figures; on the tables of rows (`paused`) it waits while a full pull is under way
    (the pull makes the figures again at its end), those on the kept tables always fire (`rebuild` needs them)."""
    if paused:
        when = f"WHEN ({when.removeprefix('WHEN ')}) AND NOT {FULL_PULL_UNDER_WAY}" if when else \
            f"WHEN NOT {FULL_PULL_UNDER_WAY}"
    return f"CREATE TRIGGER report_figures_{name} {event} {when} BEGIN\n" + ";\n".join(statements) + ";\nEND"


def _changed(columns: tuple[str, ...]) -> str:
    return " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in columns)


_CONTACT = ("request_id", "kind", "channel", "at", "minutes", "status", "deleted_at")
_REQUEST = ("office_id", "opened_on", "tier", "outcome", "referrer_type", "referrer_org_id", "client_id", "deleted_at")
_PLACE = ("office_id", "opened_on", "deleted_at")
_CLIENT = ("birth_date", "highest_qualification", "foreign_diploma", "status", "dutch_level")

def _item_triggers(table: str) -> list[tuple[str, list[str], str]]:
    """(event, statements, condition) of the insert, update and delete triggers of one item table."""
    items = [item for item in ITEM_KINDS if item.table == table]
    columns = tuple(dict.fromkeys(column for item in items for column in item.columns))
    return [
        ("INSERT", [_item_change(item, "NEW", "+") for item in items], ""),
        (f"UPDATE OF {', '.join(columns)}", [*(_item_change(item, "OLD", "-") for item in items),
                                             *(_item_change(item, "NEW", "+") for item in items)],
         f"WHEN {_changed(columns)}"),
        ("DELETE", [_item_change(item, "OLD", "-") for item in items], ""),
    ]


CREATE = [
    f"""CREATE TABLE {REQUESTS} (
          request_id CHAR(32) PRIMARY KEY, office_id CHAR(32) NOT NULL, opened_on DATE NOT NULL,
          tier TEXT NOT NULL, outcome TEXT NOT NULL, referrer_type TEXT NOT NULL, org_type TEXT NOT NULL,
          client_id CHAR(32), groups INTEGER NOT NULL, earlier_on DATE, earlier_neet_on DATE,
          {', '.join(f'{n} INTEGER NOT NULL' for n in COUNTS)})""",
    f"CREATE INDEX ix_{REQUESTS}_clients ON {REQUESTS} (office_id, opened_on, client_id, groups, earlier_on, "
    "earlier_neet_on)",
    f"""CREATE TABLE {DAYS} (
          office_id CHAR(32) NOT NULL, opened_on DATE NOT NULL, tier TEXT NOT NULL, outcome TEXT NOT NULL,
          referrer_type TEXT NOT NULL, org_type TEXT NOT NULL, anonymous INTEGER NOT NULL,
          trajectory_sessions INTEGER NOT NULL, requests INTEGER NOT NULL,
          {', '.join(f'{n} INTEGER NOT NULL' for n in COUNTS)},
          PRIMARY KEY (office_id, opened_on, {', '.join(SPLIT)})) WITHOUT ROWID""",
    f"""CREATE TABLE {MONTHS} (
          office_id CHAR(32) NOT NULL, opened_on DATE NOT NULL, kind TEXT NOT NULL, channel TEXT NOT NULL,
          month TEXT NOT NULL, contacts INTEGER NOT NULL, PRIMARY KEY ({_MONTH_KEY})) WITHOUT ROWID""",
    f"""CREATE TABLE {ITEMS} (
          office_id CHAR(32) NOT NULL, opened_on DATE NOT NULL, item TEXT NOT NULL, code TEXT NOT NULL,
          n INTEGER NOT NULL, a INTEGER NOT NULL, b INTEGER NOT NULL, PRIMARY KEY ({_ITEM_KEY})) WITHOUT ROWID""",
]
TRIGGERS = [
    _trigger("contact_insert", "AFTER INSERT ON contact", _contact_change("NEW", "+"), f"WHEN {_held('NEW')}"),
    _trigger("contact_update", f"AFTER UPDATE OF {', '.join(_CONTACT)} ON contact",
             [*_contact_change("OLD", "-"), *_contact_change("NEW", "+")],
             f"WHEN (({_held('OLD')}) OR ({_held('NEW')})) AND ({_changed(_CONTACT)})"),
    _trigger("contact_delete", "AFTER DELETE ON contact", _contact_change("OLD", "-"), f"WHEN {_held('OLD')}"),
    _trigger("request_insert", "AFTER INSERT ON learning_request",
             [*_refresh("learning_request.id = NEW.id OR learning_request.client_id = NEW.client_id"),
              *_request_moves("NEW", "+")]),
    _trigger("request_update", f"AFTER UPDATE OF {', '.join(_REQUEST)} ON learning_request",
             [*_refresh("learning_request.id = NEW.id OR learning_request.client_id IN (OLD.client_id, NEW.client_id)"),
              *_request_moves("OLD", "-", f"({_changed(_PLACE)})"),
              *_request_moves("NEW", "+", f"({_changed(_PLACE)})")],
             f"WHEN {_changed(_REQUEST)}"),
    _trigger("request_delete", "AFTER DELETE ON learning_request",
             [f"DELETE FROM {REQUESTS} WHERE request_id = OLD.id",
              *_refresh("learning_request.client_id = OLD.client_id"), *_request_moves("OLD", "-")]),
    _trigger("client_update", f"AFTER UPDATE OF {', '.join(_CLIENT)} ON client",
             _refresh("learning_request.client_id = NEW.id"), f"WHEN {_changed(_CLIENT)}"),
    _trigger("partner_update", "AFTER UPDATE OF org_type ON partner_organisation",
             _refresh("learning_request.referrer_org_id = NEW.id"), f"WHEN {_changed(('org_type',))}"),
    *(_trigger(f"{table}_{event.split()[0].lower()}", f"AFTER {event} ON {table}", statements, when)
      for table in sorted({item.table for item in ITEM_KINDS})
      for event, statements, when in _item_triggers(table)),
    _trigger("requests_insert", f"AFTER INSERT ON {REQUESTS}", [_days_change("NEW", "+")], paused=False),
    _trigger("requests_update_within", f"AFTER UPDATE ON {REQUESTS}", [_days_moved_within()], f"WHEN {_same_day()}",
             paused=False),
    _trigger("requests_update_across", f"AFTER UPDATE ON {REQUESTS}", [_days_change("OLD", "-"),
                                                                        _days_change("NEW", "+")],
             f"WHEN NOT ({_same_day()})", paused=False),
    _trigger("requests_delete", f"AFTER DELETE ON {REQUESTS}", [_days_change("OLD", "-")], paused=False),
]
_MONTH = brussels_month("c.at")
REBUILD = [      # the rows of report_requests go first: their triggers take them out of the days and put them back
    f"DELETE FROM {REQUESTS}",
    f"DELETE FROM {DAYS}",
    f"DELETE FROM {MONTHS}",
    f"DELETE FROM {ITEMS}",
    f"INSERT INTO {REQUESTS} ({_REQUEST_COLUMNS}) " + _request_rows("true", "true"),
    f"INSERT INTO {MONTHS} ({_MONTH_KEY}, contacts) SELECT r.office_id, r.opened_on, c.kind, c.channel, {_MONTH}, "
    f"count(*) FROM contact c JOIN learning_request r ON r.id = c.request_id "
    f"WHERE {_held('c')} AND r.deleted_at IS NULL GROUP BY r.office_id, r.opened_on, c.kind, c.channel, {_MONTH}",
    *(f"INSERT INTO {ITEMS} ({_ITEM_KEY}, n, a, b) SELECT r.office_id, r.opened_on, '{item.name}', {item.code}, "
      f"count(*), sum({item.a}), sum({item.b}) FROM {item.table} x JOIN learning_request r ON r.id = x.request_id "
      f"WHERE {item.counted} AND r.deleted_at IS NULL GROUP BY r.office_id, r.opened_on, {item.code}"
      for item in ITEM_KINDS),
]


def kept(dialect: str) -> bool:
    """Whether a database of this dialect keeps the figures (SQLite) or the report counts the rows (PostgreSQL)."""
    return dialect == "sqlite"


def create(conn: Connection) -> None:
    """The tables and their triggers, filled from the rows as they are (the migration)."""
    for statement in CREATE:
        conn.exec_driver_sql(statement)
    install(conn)
    rebuild(conn)


def _drop_triggers(conn: Connection) -> None:
    for name in [row[0] for row in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'report\\_figures\\_%' ESCAPE '\\'")]:
        conn.exec_driver_sql(f'DROP TRIGGER "{name}"')


def install(conn: Connection) -> None:
    """(Re)create the triggers. A later migration that rebuilds a table they are on (batch mode copies, drops
    and renames it, and its triggers go with it) calls this, then `rebuild`."""
    _drop_triggers(conn)
    for statement in TRIGGERS:
        conn.exec_driver_sql(statement)


def drop(conn: Connection) -> None:
    _drop_triggers(conn)
    for table in (REQUESTS, DAYS, MONTHS, ITEMS):
        conn.exec_driver_sql(f"DROP TABLE {table}")


def rebuild(conn: Connection) -> None:
    """The kept figures made again from the rows (the migration's first fill; a repair)."""
    for statement in REBUILD:
        conn.exec_driver_sql(statement)


_NOT_ZERO = {REQUESTS: "true", DAYS: " OR ".join(f"{n} != 0" for n in ("requests", *COUNTS)),
             MONTHS: "contacts != 0", ITEMS: "n != 0 OR a != 0 OR b != 0"}


def differences(conn: Connection) -> dict[str, int]:
    """Per kept table, its rows that differ from the figures made again from the rows (none: sound), leaving
    the kept figures as they were. Rows of nothing (all zero, left by taking away) are no difference."""
    conn.exec_driver_sql("SAVEPOINT report_figures_check")
    try:
        for table, not_zero in _NOT_ZERO.items():
            conn.exec_driver_sql(f"CREATE TEMP TABLE kept_{table} AS SELECT * FROM {table} WHERE {not_zero}")
        rebuild(conn)
        return {table: conn.exec_driver_sql(
            f"SELECT (SELECT count(*) FROM (SELECT * FROM {table} WHERE {not_zero} EXCEPT SELECT * FROM kept_{table}))"
            f" + (SELECT count(*) FROM (SELECT * FROM kept_{table} EXCEPT SELECT * FROM {table}))").scalar_one()
            for table, not_zero in _NOT_ZERO.items()}
    finally:
        conn.exec_driver_sql("ROLLBACK TO report_figures_check")
        conn.exec_driver_sql("RELEASE report_figures_check")

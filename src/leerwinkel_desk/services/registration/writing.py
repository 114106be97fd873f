"""Writing a checked plan: numbers reserved, bulk Core statements, the audit events, in the caller's transaction."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import Table, bindparam, insert, update
from sqlalchemy.orm import Session

from leerwinkel_desk.domain.enums import ContactStatus, OrganisationType, Role
from leerwinkel_desk.domain.ids import uuid7
from leerwinkel_desk.domain.logins import login_from_name
from leerwinkel_desk.domain.numbers import CLIENT_PREFIX, REQUEST_PREFIX
from leerwinkel_desk.domain.text import name_key, phone_key
from leerwinkel_desk.services import audit
from leerwinkel_desk.services.numbering import numbers
from leerwinkel_desk.services.registration.format import FileKind
from leerwinkel_desk.services.registration.planning import CLIENT_FIELDS, REQUEST_FIELDS, Names, Planner, Work
from leerwinkel_desk.services.registration.report import Ticker
from leerwinkel_desk.store.base import table_of
from leerwinkel_desk.store.models import (
    Client,
    Contact,
    Counsellor,
    LearningRequest,
    Loket,
    PartnerOrganisation,
    RequestChange,
)

WRITE_BATCH = 5000              # rows per executemany between progress reports


def write_plan(plan: Planner, session: Session, by: uuid.UUID | None, now: datetime, today: date,
               ticker: Ticker) -> None:
    """Everything `plan` holds, written inside the caller's transaction."""
    writer = Writer(session, plan.office_id, by, now, ticker)
    writer.names(plan.counsellors, plan.lokets, plan.organisations, plan.logins)
    clients = plan.work[FileKind.CLIENTS]
    for row, number in zip(clients.inserts, numbers(session, plan.office_id, CLIENT_PREFIX, today.year,
                                                    len(clients.inserts)), strict=True):
        row["dossier_no"] = number
    writer.clients(clients)
    requests = plan.work[FileKind.REQUESTS]
    years: dict[int, list[dict[str, Any]]] = {}
    for row in requests.inserts:
        years.setdefault(row["opened_on"].year, []).append(row)
    for year, rows in sorted(years.items()):
        for row, number in zip(rows, numbers(session, plan.office_id, REQUEST_PREFIX, year, len(rows)), strict=True):
            row["request_no"] = number
    writer.requests(requests, plan.changes)
    writer.contacts(plan.work[FileKind.CONTACTS])
    writer.audit()


class Writer:
    """Bulk Core statements inside the caller's transaction; audit events in the same one."""

    def __init__(self, session: Session, office_id: uuid.UUID, by: uuid.UUID | None,
                 now: datetime, ticker: Ticker) -> None:
        self.connection = session.connection()
        self.office_id, self.by, self.now, self.ticker = office_id, by, now, ticker
        self.stamps = {"office_id": office_id, "created_at": now, "created_by": by,
                       "updated_at": now, "updated_by": by, "deleted_at": None}
        self.events: list[dict[str, Any]] = []

    def event(self, action: str, entity: str, record_id: uuid.UUID | None,
              fields: list[str] | tuple[str, ...], client_id: uuid.UUID | None) -> None:
        self.events.append({"id": uuid7(), "office_id": self.office_id, "at": self.now,
                            "actor_id": self.by, "action": action, "entity": entity,
                            "record_id": record_id, "subject_client_id": client_id,
                            "fields": ",".join(sorted(fields)) or None})

    def insert(self, table: Table, rows: list[dict[str, Any]], tick: bool = True,
               same: dict[str, Any] | None = None) -> None:
        """One executemany of the Core insert per batch, with the columns' own bind processors.

        The values go through exactly the conversions SQLAlchemy applies (the bind processor of
        each column type's implementation for this dialect), called directly: the stamps once, the rest per value.
        That skips the per-row bookkeeping of `Connection.execute`, which costs more than the
        insert itself at 100,000 rows. `same` holds values shared by every row (stamps too); a
        shared None is left out of the statement (the column, which has no default, is NULL),
        because the driver binds a None far more slowly than a text or a number.
        """
        if not rows:
            return
        dialect = self.connection.dialect
        shared = {k: v for k, v in {**{k: v for k, v in self.stamps.items() if k in table.c},
                                    **(same or {})}.items()
                  if v is not None or table.c[k].default is not None}
        keys = [*(k for k in rows[0] if k not in shared), *shared]
        compiled = insert(table).compile(dialect=dialect, column_keys=keys)
        names = list(compiled.positiontup or ()) if compiled.positional else list(compiled.params)
        processors = {name: table.c[name].type.dialect_impl(dialect).bind_processor(dialect)
                      for name in names}
        template = [value if (value := shared.get(name)) is None or (process := processors[name]) is None
                    else process(value) for name in names]
        varying = [(position, name, processors[name]) for position, name in enumerate(names)
                   if name not in shared]

        def values(row: dict[str, Any]) -> tuple[Any, ...]:
            out = template.copy()
            for position, name, process in varying:
                value = row[name]
                out[position] = value if value is None or process is None else process(value)
            return tuple(out)

        sql = str(compiled)
        for start in range(0, len(rows), WRITE_BATCH):
            batch = rows[start:start + WRITE_BATCH]
            params: list[Any] = [values(row) for row in batch]
            if not compiled.positional:
                params = [dict(zip(names, p, strict=True)) for p in params]
            self.connection.exec_driver_sql(sql, params)
            if tick:
                self.ticker.tick(len(batch))

    def update(self, table: Table, rows: list[dict[str, Any]], columns: tuple[str, ...]) -> None:
        if not rows:
            return
        statement = update(table).where(table.c.id == bindparam("_id")).values(
            {c: bindparam(c) for c in (*columns, "updated_at", "updated_by")})
        params = [{"_id": r["id"], **{c: r[c] for c in columns},
                   "updated_at": self.now, "updated_by": self.by} for r in rows]
        for start in range(0, len(params), WRITE_BATCH):
            self.connection.execute(statement, params[start:start + WRITE_BATCH])
            self.ticker.tick(len(params[start:start + WRITE_BATCH]))

    def names(self, counsellors: Names, lokets: Names, organisations: Names,
              logins: set[str]) -> None:
        rows = []
        for row_id, text in counsellors.new.values():
            login = _free_login(text, logins)
            rows.append({"id": row_id, "login": login, "full_name": text, "role": Role.COUNSELLOR,
                         "email": None, "phone": None, "can_log_in": False})
            self.event("counsellor.import", "counsellor", row_id, ("full_name", "login", "role"), None)
        self.insert(table_of(Counsellor), rows, tick=False)
        rows = []
        for row_id, text in organisations.new.values():
            rows.append({"id": row_id, "name": text, "org_type": OrganisationType.OTHER,
                         **dict.fromkeys(("street", "postcode", "municipality", "phone", "email",
                                          "website", "notes"))})
            self.event("partner.import", "partner_organisation", row_id, ("name", "org_type"), None)
        self.insert(table_of(PartnerOrganisation), rows, tick=False)
        rows = []
        for row_id, text in lokets.new.values():
            rows.append({"id": row_id, "name": text, "host_partner_id": None, "street": None,
                         "postcode": None, "municipality": None, "active": True})
            self.event("loket.import", "loket", row_id, ("name",), None)
        self.insert(table_of(Loket), rows, tick=False)

    def clients(self, work: Work) -> None:
        rows = []
        for row in work.inserts:
            rows.append({**row, **_client_keys(row)})
            self.event("client.import", "client", row["id"],
                       [f for f in CLIENT_FIELDS if row[f] is not None], row["id"])
        self.insert(table_of(Client), rows, same={
            **dict.fromkeys(("street", "personal_situation", "study_history", "practical_barriers",
                             "support_network", "interests", "merged_into_id")),
            "difficult_school_past": False, "weak_network": False})
        for row in work.updates:
            row.update(_client_keys(row))
            self.event("client.import", "client", row["id"], row["_fields"], row["id"])
        self.update(table_of(Client), work.updates,
                    (*CLIENT_FIELDS, "name_key", "phone_key", "email_key"))

    def requests(self, work: Work, changes: list[dict[str, Any]]) -> None:
        for row in work.inserts:
            self.event("request.import", "learning_request", row["id"],
                       [f for f in REQUEST_FIELDS if row[f] is not None], row["client_id"])
        self.insert(table_of(LearningRequest), work.inserts, same={
            **dict.fromkeys(("referrer_contact_id", "first_channel", "question", "satisfaction",
                             "follow_up_due", "enrolled_on")), "follow_up": False})
        for row in work.updates:
            self.event("request.import", "learning_request", row["id"], row["_fields"],
                       row["client_id"])
        self.update(table_of(LearningRequest), work.updates, REQUEST_FIELDS)
        self.insert(table_of(RequestChange), [
            {"id": uuid7(), "office_id": self.office_id, "at": self.now, "by": self.by,
             "reason": None, **change} for change in changes], tick=False)

    def contacts(self, work: Work) -> None:
        per_request: dict[uuid.UUID, uuid.UUID | None] = {}
        for row in work.inserts:
            per_request[row["request_id"]] = row.pop("client_id")
            row["id"] = uuid7()
        self.insert(table_of(Contact), work.inserts, same={
            "session_type": None, "status": ContactStatus.HELD, "direction": None, "notes": None})
        for row in work.updates:
            per_request[row["_request"][0]] = row["_request"][1]
        self.update(table_of(Contact), work.updates, ("minutes", "counsellor_id", "loket_id"))
        for request_id, client_id in per_request.items():
            self.event("contact.import", "learning_request", request_id, ("contacts",), client_id)

    def audit(self) -> None:
        audit.append(self.connection, self.events)


def _client_keys(row: dict[str, Any]) -> dict[str, Any]:
    """The search keys the client register keeps (as services/clients.py does)."""
    return {"name_key": name_key(row["first_name"], row["last_name"]),
            "phone_key": phone_key(row["phone"]) or None,
            "email_key": row["email"].strip().casefold() if row["email"] else None}


def _free_login(full_name: str, taken: set[str]) -> str:
    """A login for a counsellor created by an import, made from the name (domain/logins.py), numbered on
    until no one in the database has it (`taken`: every login, case folded)."""
    number = 1
    while (login := login_from_name(full_name, number)).casefold() in taken:
        number += 1
    taken.add(login.casefold())
    return login

"""Checking the converted rows against each other and the database, and planning what to insert and update."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from leerwinkel_desk.domain.enums import ContactStatus, Outcome, Phase, ReferrerType, Tier
from leerwinkel_desk.domain.ids import uuid7
from leerwinkel_desk.domain.rules import ENTRY_PHASE, PHASES_PER_TIER
from leerwinkel_desk.domain.text import fold
from leerwinkel_desk.services.import_files import Problem, ProblemCode
from leerwinkel_desk.services.registration.format import FileKind, contact_key
from leerwinkel_desk.services.registration.reading import Sheet, cell_specs, converted
from leerwinkel_desk.services.registration.report import Counts, Ticker
from leerwinkel_desk.store.models import Client, Contact, Counsellor, LearningRequest, Loket, PartnerOrganisation

CHUNK = 500                     # refs per IN (...) query
PHASE_ORDER = {phase: i for i, phase in enumerate(Phase)}
CLIENT_FIELDS = ("first_name", "last_name", "birth_date", "gender", "phone", "email", "postcode",
                 "municipality", "highest_qualification", "foreign_diploma", "status", "dutch_level")
REQUEST_FIELDS = ("client_id", "opened_on", "tier", "phase", "referrer_type", "referrer_org_id",
                  "topic", "owner_id", "loket_id", "closed_on", "outcome")


# --- names of counsellors, loketten and partners -----------------------------------------------


class Names:
    """Finds a counsellor, loket or organisation by the name a file gives, or plans a new one."""

    def __init__(self, *groups: list[tuple[uuid.UUID, str]]) -> None:
        """Each group is a kind of name (logins, then full names); earlier groups win, then the
        oldest record; the exact spelling wins over the folded one."""
        self._exact: dict[str, uuid.UUID] = {}
        self._folded: dict[str, uuid.UUID] = {}
        ordered = [sorted(group, key=lambda r: r[0]) for group in groups]
        for group in ordered:
            for row_id, text in group:
                self._exact.setdefault(text, row_id)
        for group in ordered:
            for row_id, text in group:
                self._folded.setdefault(fold(text) or text, row_id)
        self.new: dict[str, tuple[uuid.UUID, str]] = {}          # folded name -> (id, as given)

    def resolve(self, text: str | None) -> uuid.UUID | None:
        if text is None:
            return None
        found = self._exact.get(text)
        if found is None:
            key = fold(text) or text
            found = self._folded.get(key)
            if found is None:
                if key not in self.new:
                    self.new[key] = (uuid7(), text)
                found = self.new[key][0]
            self._exact[text] = found
        return found

    def new_names(self) -> tuple[str, ...]:
        return tuple(text for _, text in self.new.values())


# --- planning ----------------------------------------------------------------------------------


@dataclass
class Existing:
    """A stored client or request found by ref, with the fields an import may change."""

    id: uuid.UUID
    deleted: bool
    values: dict[str, Any]


@dataclass
class Work:
    """Rows to insert and to update for one kind, and the counts for the report."""

    inserts: list[dict[str, Any]] = field(default_factory=list)
    updates: list[dict[str, Any]] = field(default_factory=list)
    unchanged: int = 0
    skipped: int = 0


class Planner:
    """Checks converted rows against each other and the database, and plans the writes."""

    def __init__(self, session: Session, office_id: uuid.UUID, now: datetime, today: date,
                 errors: list[Problem], warnings: list[Problem], ticker: Ticker) -> None:
        self.session, self.office_id, self.now = session, office_id, now
        self.errors, self.warnings, self.ticker = errors, warnings, ticker
        self.specs = cell_specs(today)
        self.work = {kind: Work() for kind in FileKind}
        self.changes: list[dict[str, Any]] = []
        self.client_ids: dict[str, uuid.UUID] = {}           # ref -> id, this run's clients
        self.request_ids: dict[str, tuple[uuid.UUID, uuid.UUID | None]] = {}  # ref -> id, client
        counsellors = session.execute(select(Counsellor.id, Counsellor.login, Counsellor.full_name)
                                      .where(Counsellor.office_id == office_id)).all()
        # a new counsellor's login is free in the whole database: the sign-in and the key file know no office
        self.logins = {login.casefold() for login in session.scalars(select(Counsellor.login))}
        # a login names a counsellor before any full name does
        self.counsellors = Names([(i, login) for i, login, _ in counsellors],
                                  [(i, full) for i, _, full in counsellors])
        self.lokets = Names([(r.id, r.name) for r in session.execute(
            select(Loket.id, Loket.name).where(Loket.office_id == office_id))])
        self.organisations = Names([(r.id, r.name) for r in session.execute(
            select(PartnerOrganisation.id, PartnerOrganisation.name)
            .where(PartnerOrganisation.office_id == office_id))])
        self.failed_refs: dict[FileKind, set[str]] = {}

    def counts(self, kind: FileKind) -> Counts:
        work = self.work[kind]
        return Counts(len(work.inserts), len(work.updates), work.unchanged, work.skipped)

    def plan(self, sheets: Mapping[FileKind, Sheet | None]) -> Planner:
        unreadable = {kind for kind, sheet in sheets.items() if sheet is None}
        self.failed_refs = {kind: sheet.failed_refs for kind, sheet in sheets.items() if sheet}
        if (sheet := sheets.get(FileKind.CLIENTS)) is not None:
            self.plan_clients(sheet)
        if (sheet := sheets.get(FileKind.REQUESTS)) is not None:
            self.plan_requests(sheet, check_clients=FileKind.CLIENTS not in unreadable)
        if (sheet := sheets.get(FileKind.CONTACTS)) is not None:
            self.plan_contacts(sheet, check_requests=FileKind.REQUESTS not in unreadable)
        return self

    # clients

    def plan_clients(self, sheet: Sheet) -> None:
        rows = self.unique_rows(sheet, "client_ref")
        existing = self.find(Client, [values["client_ref"] for _, values, _ in rows],
                             [getattr(Client, f) for f in CLIENT_FIELDS])
        work = self.work[FileKind.CLIENTS]
        for line, values, _ in rows:
            ref = values["client_ref"]
            given = {f: values[f] for f in CLIENT_FIELDS if values[f] is not None}
            found = existing.get(ref)
            if found is None:
                client_id = uuid7()
                work.inserts.append({"id": client_id, "import_ref": ref,
                                     **dict.fromkeys(CLIENT_FIELDS), **given})
            elif found.deleted:
                self.deleted(sheet, line, "client_ref", ref, work)
                continue
            else:
                client_id = found.id
                changed = {f: v for f, v in given.items() if found.values[f] != v}
                if changed:
                    work.updates.append({"id": client_id, **found.values, **changed,
                                         "_fields": sorted(changed)})
                else:
                    work.unchanged += 1
            self.client_ids[ref] = client_id

    # requests

    def plan_requests(self, sheet: Sheet, check_clients: bool) -> None:
        rows = self.unique_rows(sheet, "request_ref")
        existing = self.find(LearningRequest, [v["request_ref"] for _, v, _ in rows],
                             [getattr(LearningRequest, f) for f in REQUEST_FIELDS])
        stored_clients = self.find(Client, [v["client_ref"] for _, v, _ in rows
                                            if v["client_ref"] is not None
                                            and v["client_ref"] not in self.client_ids],
                                   [Client.merged_into_id])
        failed_clients = self.failed_refs.get(FileKind.CLIENTS, set())
        work = self.work[FileKind.REQUESTS]
        for line, values, cells in rows:
            ref = values["request_ref"]
            found = existing.get(ref)
            if found is not None and found.deleted:
                self.deleted(sheet, line, "request_ref", ref, work)
                continue
            client_id = self.client_for(sheet, line, values["client_ref"], stored_clients,
                                        check_clients, failed_clients)
            if client_id is False:
                sheet.failed_refs.add(ref)
                continue
            given = {
                "client_id": client_id, "opened_on": values["opened_on"], "tier": values["tier"],
                "referrer_type": values["referrer_type"] or (
                    ReferrerType.PARTNER if values["referrer_org"] is not None else None),
                "referrer_org_id": self.organisations.resolve(values["referrer_org"]),
                "topic": values["topic"], "owner_id": self.counsellors.resolve(values["counsellor"]),
                "loket_id": self.lokets.resolve(values["loket"]),
                "closed_on": values["closed_on"], "outcome": values["outcome"],
            }
            given = {k: v for k, v in given.items() if v is not None}
            stored = found.values if found is not None else {
                **dict.fromkeys(REQUEST_FIELDS), "referrer_type": ReferrerType.SELF}
            merged = {**stored, **given}
            if not self.consistent(sheet, line, values, cells, merged):
                sheet.failed_refs.add(ref)
                continue
            merged["phase"] = _phase(stored, merged)
            request_id = found.id if found is not None else uuid7()
            self.request_ids[ref] = (request_id, merged["client_id"])
            if found is None:
                work.inserts.append({"id": request_id, "import_ref": ref, **merged})
                continue
            changed = sorted(f for f in REQUEST_FIELDS if merged[f] != stored[f])
            if not changed:
                work.unchanged += 1
                continue
            work.updates.append({"id": request_id, **merged, "_fields": changed})
            for name, column in (("tier", "tier"), ("phase", "phase"), ("owner", "owner_id")):
                if merged[column] != stored[column] and merged[column] is not None:
                    self.changes.append({
                        "request_id": request_id, "field": name,
                        "old_value": None if stored[column] is None else str(stored[column]),
                        "new_value": str(merged[column])})

    def client_for(self, sheet: Sheet, line: int, ref: str | None, stored: dict[str, Existing],
                   check: bool, failed: set[str]) -> uuid.UUID | None | bool:
        """The client a request belongs to (None: anonymous), or False when the ref is no good.

        A ref whose own row was bad, or that can't be checked because its file could not be
        read, is not reported again here.
        """
        if ref is None:
            return None
        if ref in self.client_ids:
            return self.client_ids[ref]
        found = stored.get(ref)
        if found is None or found.deleted:
            if check and ref not in failed:
                code = ProblemCode.UNKNOWN_REF if found is None else ProblemCode.DELETED_RECORD
                self.errors.append(Problem(sheet.name, line, "client_ref", code, ref))
            return False
        return found.values["merged_into_id"] or found.id

    def consistent(self, sheet: Sheet, line: int, values: dict[str, Any], cells: list[str],
                   merged: dict[str, Any]) -> bool:
        """Checks across the columns of one request (on the stored values overlaid by the file's)."""
        found: list[tuple[str, ProblemCode, str | None]] = []
        tier, outcome, closed_on = merged["tier"], merged["outcome"], merged["closed_on"]
        if merged["client_id"] is None and tier is not Tier.INFORMATION:
            found.append(("tier", ProblemCode.ANONYMOUS_ABOVE_TIER_1, None))
        if outcome is not None and closed_on is None:
            found.append(("closed_on", ProblemCode.REQUIRED_WITH, "outcome"))
        if closed_on is not None and outcome is None:
            found.append(("outcome", ProblemCode.REQUIRED_WITH, "closed_on"))
        if closed_on is not None and closed_on < merged["opened_on"]:
            found.append(("closed_on", ProblemCode.BEFORE, "opened_on"))
        if tier is Tier.INFORMATION and outcome not in (None, Outcome.ANSWERED, Outcome.REFERRED_OUT):
            found.append(("outcome", ProblemCode.NOT_FOR_TIER, "1"))
        if values["referrer_type"] is ReferrerType.SELF and values["referrer_org"] is not None:
            found.append(("referrer_org", ProblemCode.CONFLICTS_WITH, "referrer_type"))
        for column, code, detail in found:
            position = sheet.index.get(column)
            self.errors.append(Problem(sheet.name, line, column, code,
                                       None if position is None else cells[position], detail))
        return not found

    # contacts

    def plan_contacts(self, sheet: Sheet, check_requests: bool) -> None:
        rows = list(converted(sheet, self.specs[FileKind.CONTACTS], self.errors, self.ticker))
        outside = {v["request_ref"] for _, v, _ in rows if v["request_ref"] not in self.request_ids}
        failed_requests = self.failed_refs.get(FileKind.REQUESTS, set())
        stored_requests = self.find(LearningRequest, sorted(outside), [LearningRequest.client_id])
        requests: dict[str, tuple[uuid.UUID, uuid.UUID | None]] = dict(self.request_ids)
        for ref, found in stored_requests.items():
            if not found.deleted:
                requests[ref] = (found.id, found.values["client_id"])
        known = self.stored_contacts(requests)
        seen: dict[tuple[Any, ...], int] = {}
        work = self.work[FileKind.CONTACTS]
        for line, values, _ in rows:
            ref = values["request_ref"]
            target = requests.get(ref)
            if target is None:
                if ref in stored_requests:
                    self.deleted(sheet, line, "request_ref", ref, work)
                elif check_requests and ref not in failed_requests:
                    self.errors.append(Problem(sheet.name, line, "request_ref", ProblemCode.UNKNOWN_REF, ref))
                continue
            content = (ref, values["at"], values["kind"], values["channel"],
                       values["summary"] or "")                     # `at` is to the minute
            occurrence = seen.get(content, 0)
            seen[content] = occurrence + 1
            key = contact_key(*content, occurrence)
            given = {"minutes": values["minutes"],
                     "counsellor_id": self.counsellors.resolve(values["counsellor"]),
                     "loket_id": self.lokets.resolve(values["loket"])}
            match = known.get(key)
            if match is None:
                work.inserts.append({"request_id": target[0], "client_id": target[1],
                                     "kind": values["kind"], "channel": values["channel"],
                                     "at": values["at"], "summary": values["summary"],
                                     "import_key": key, **given})
                continue
            if match.deleted:
                self.deleted(sheet, line, "request_ref", ref, work)
                continue
            changed = {f: v for f, v in given.items() if v is not None and match.values[f] != v}
            if changed:
                work.updates.append({"id": match.id, **match.values, **changed,
                                     "_request": target, "_fields": sorted(changed)})
            else:
                work.unchanged += 1

    def stored_contacts(self, requests: dict[str, tuple[uuid.UUID, uuid.UUID | None]]) -> dict[str, Existing]:
        """Stored contacts of the requests named, by stored key and by the key of their content."""
        new_ids = {w["id"] for w in self.work[FileKind.REQUESTS].inserts}
        refs = {request_id: ref for ref, (request_id, _) in requests.items()
                if request_id not in new_ids}
        found: dict[str, Existing] = {}
        seen: dict[tuple[Any, ...], int] = {}
        ids = sorted(refs)
        for start in range(0, len(ids), CHUNK):
            rows = self.session.execute(
                select(Contact.id, Contact.request_id, Contact.at, Contact.kind, Contact.channel,
                       Contact.summary, Contact.import_key, Contact.deleted_at, Contact.status,
                       Contact.minutes, Contact.counsellor_id, Contact.loket_id)
                .where(Contact.request_id.in_(ids[start:start + CHUNK]))
                .order_by(Contact.request_id, Contact.at, Contact.id))
            for row in rows:
                existing = Existing(row.id, row.deleted_at is not None, {
                    "minutes": row.minutes, "counsellor_id": row.counsellor_id,
                    "loket_id": row.loket_id})
                if row.import_key is not None:
                    found.setdefault(row.import_key, existing)
                if row.deleted_at is None and row.status is ContactStatus.HELD:
                    content = (refs[row.request_id], row.at.replace(second=0, microsecond=0),
                               row.kind.value, row.channel.value, row.summary or "")
                    occurrence = seen.get(content, 0)
                    seen[content] = occurrence + 1
                    found.setdefault(contact_key(*content, occurrence), existing)
        return found

    # shared

    def unique_rows(self, sheet: Sheet, ref_column: str) -> list[tuple[int, dict[str, Any], list[str]]]:
        """The good rows of a file; a ref repeated on a later line (good or bad) is reported there."""
        position = sheet.index[ref_column]
        first: dict[str, int] = {}
        for line, cells in sheet.rows:
            first.setdefault(cells[position], line)
        rows = []
        for line, values, cells in converted(sheet, self.specs[sheet.kind], self.errors,
                                              self.ticker):
            ref = values[ref_column]
            if first[ref] != line:
                self.errors.append(Problem(sheet.name, line, ref_column, ProblemCode.DUPLICATE_REF, ref,
                                           str(first[ref])))
                continue
            rows.append((line, values, cells))
        return rows

    def find(self, model: type[Client] | type[LearningRequest], refs: list[str],
             columns: list[Any]) -> dict[str, Existing]:
        """Stored records of this office named by these refs (import_ref or id), tombstones too.

        A ref that is some record's `import_ref` names that record before one whose id it spells.
        """
        wanted = sorted(set(refs))
        by_id: dict[uuid.UUID, str] = {}
        for ref in wanted:
            try:
                by_id[uuid.UUID(ref)] = ref
            except ValueError:
                pass
        ids = sorted(by_id)
        found: dict[str, Existing] = {}
        by_ref: dict[str, Existing] = {}
        for start in range(0, max(len(wanted), len(ids)), CHUNK):
            query = select(model.id, model.import_ref, model.deleted_at, *columns).where(
                model.office_id == self.office_id,
                or_(model.import_ref.in_(wanted[start:start + CHUNK]),
                    model.id.in_(ids[start:start + CHUNK])))
            for row in self.session.execute(query):
                mapping = row._mapping
                existing = Existing(row.id, row.deleted_at is not None,
                                     {c.key: mapping[c.key] for c in columns})
                if row.import_ref is not None:
                    by_ref[row.import_ref] = existing
                if row.id in by_id:
                    found[by_id[row.id]] = existing
        wanted_set = set(wanted)
        found.update((ref, existing) for ref, existing in by_ref.items() if ref in wanted_set)
        return found

    def deleted(self, sheet: Sheet, line: int, column: str, ref: str, work: Work) -> None:
        self.warnings.append(Problem(sheet.name, line, column, ProblemCode.DELETED_RECORD, ref))
        work.skipped += 1


def _phase(stored: dict[str, Any], merged: dict[str, Any]) -> Phase:
    """The phase after the import (see importer.py)."""
    tier: Tier = merged["tier"]
    current: Phase | None = stored["phase"]
    if current is None:
        return Phase.CLOSED if merged["outcome"] is not None else ENTRY_PHASE[tier]
    if merged["outcome"] is not None and stored["outcome"] is None:
        return current if current in (Phase.CLOSED, Phase.AFTERCARE) else Phase.CLOSED
    if tier != stored["tier"] and current not in (Phase.CLOSED, Phase.AFTERCARE) and (
            current not in PHASES_PER_TIER[tier]
            or PHASE_ORDER[current] < PHASE_ORDER[ENTRY_PHASE[tier]]):
        return ENTRY_PHASE[tier]
    return current

"""The whole dossier of one person, as a GDPR access request needs it."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import inspect as sa_inspect
from sqlalchemy import or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from leerwinkel_desk.domain.enums import Channel, ContactStatus, Outcome, Phase, SessionType, Tier
from leerwinkel_desk.domain.permissions import Permission
from leerwinkel_desk.domain.rules import PHASE_PATH
from leerwinkel_desk.services import audit
from leerwinkel_desk.services.clients import ClientRow, client_row
from leerwinkel_desk.services.common import UseCase
from leerwinkel_desk.services.letter_content import OfficeHeading, office_heading
from leerwinkel_desk.services.requests import RequestRow, request_row
from leerwinkel_desk.store.base import Base
from leerwinkel_desk.store.models import (
    AuditEvent,
    Client,
    ClientMerge,
    Consent,
    Contact,
    Contribution,
    Counsellor,
    Course,
    Draft,
    Handover,
    LearningRequest,
    Letter,
    Loket,
    OptionConsidered,
    PartnerContact,
    PartnerOrganisation,
    Provider,
    ReferralOut,
    RequestChange,
    SignalRequest,
)


@dataclass(frozen=True)
class TimelineEntry:
    """One thing that happened in a dossier; the UI words it, the service gives the facts."""

    at: datetime
    kind: str    # session | micro | referral | referral_loop | contribution | consent | consent_withdrawn | change ...
    record_id: uuid.UUID
    request_id: uuid.UUID | None
    request_no: str | None
    channel: Channel | None = None
    status: ContactStatus | None = None    # a session planned, held, cancelled or missed: the UI tells them apart
    session_type: SessionType | None = None
    minutes: int | None = None
    counterpart: str | None = None   # partner or recipient name
    detail: str | None = None        # the line the counsellor typed, or a code (purpose, mode, kind)
    code: str | None = None          # a code shown before the detail (a referral's reason or outcome, a payer)
    # a change of the request's tier, phase or owner: `code` names the field, `before` and `after` its values
    before: str | None = None
    after: str | None = None
    author_id: uuid.UUID | None = None   # the counsellor who did it (who held the contact, else who wrote it down)
    outcome: Outcome | None = None       # on a request's last step to Afgesloten: how it ended
    # a session's notes: personal, for the counsellor's own dossier view only (kept out of any repr: never logged)
    notes: str | None = field(default=None, repr=False)


def with_outcomes(entries: list[TimelineEntry], outcomes: dict[uuid.UUID, Outcome]) -> list[TimelineEntry]:
    """`entries` (newest first) with each closed request's outcome on its last step to Afgesloten: the result
    is read from the request, so a request closed before the outcome was shown there shows it too."""
    marked: set[uuid.UUID] = set()
    shown = []
    for entry in entries:
        if (entry.kind == "change" and entry.code == "phase" and entry.after == Phase.CLOSED.value
                and entry.request_id in outcomes and entry.request_id not in marked):
            marked.add(entry.request_id)
            entry = replace(entry, outcome=outcomes[entry.request_id])
        shown.append(entry)
    return shown


@dataclass(frozen=True)
class DossierHeader:
    client: ClientRow
    age: int | None
    difficult_school_past: bool
    weak_network: bool
    foreign_diploma: bool | None
    requests: list[RequestRow]          # newest first
    # the phases of its path each request was in, from its history (its stepper marks a phase it passed by as
    # skipped); a request without a phase step in its history (an import's) is left out
    reached: dict[uuid.UUID, frozenset[Phase]] = field(default_factory=dict)

    def guided_by(self) -> list[uuid.UUID]:
        """The client's begeleider(s): the owners of the open tier-2 and tier-3 requests, else the owner of the
        latest of them (in aftercare that counsellor stays available). A tier-1 answer is information, not
        guidance: whoever gave it (often the information officer on the phone) guides nobody."""
        guided = [r for r in self.requests if r.tier is not Tier.INFORMATION and r.owner_id is not None]
        owners = [r.owner_id for r in guided if r.closed_on is None] or [r.owner_id for r in guided[:1]]
        return [owner for owner in dict.fromkeys(owners) if owner is not None]


@dataclass(frozen=True)
class AccessRequest:
    """A GDPR access request answered: the whole dossier (as `Dossiers.export` gives it) and who answers."""

    office: OfficeHeading
    produced_at: datetime
    dossier: dict[str, Any]


def age_on(birth: date | None, on: date) -> int | None:
    if birth is None:
        return None
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


SHOWN_CHANGES = ("tier", "phase", "owner", "enrolled_on")   # the request's steps the timeline shows (not a
                                                            # refiling's client)
STARTED_STEPS = ("enrolled_on",)    # shown from their first value (a first tier, phase or owner is the start)
PATH_VALUES = frozenset(phase.value for phase in Phase if phase is not Phase.AFTERCARE)

EXPORT_FORMAT = "leerwinkel-desk/client-export/1"
# the records on a request by name in the export: their table, the column naming the request, their key
_PER_REQUEST: dict[str, tuple[type[Base], InstrumentedAttribute[uuid.UUID], InstrumentedAttribute[uuid.UUID]]] = {
    "changes": (RequestChange, RequestChange.request_id, RequestChange.id),
    "contacts": (Contact, Contact.request_id, Contact.id),
    "referrals": (ReferralOut, ReferralOut.request_id, ReferralOut.id),
    "options": (OptionConsidered, OptionConsidered.request_id, OptionConsidered.id),
    "contributions": (Contribution, Contribution.request_id, Contribution.id),
    "handovers": (Handover, Handover.request_id, Handover.id),
    "signal_links": (SignalRequest, SignalRequest.request_id, SignalRequest.id),
}
# every table holding data about a person that the export carries (tests/test_access_request.py walks the schema:
# a table about a client or a request must be here or in NOT_EXPORTED)
EXPORTED_TABLES = frozenset({"client", "learning_request", "consent", "letter", "client_merge", "audit_event", "draft",
                             *(model.__tablename__ for model, _request, _key in _PER_REQUEST.values())})
# the tables about a person the export leaves out, each with the reason: nothing in them is the person's that
# the export does not already hold (the schema's tables, then the laptop file's tables the migrations make)
NOT_EXPORTED: dict[str, str] = {
    "erasure": "the register of erasures: a row exists only once the person is erased, and then there is no "
               "dossier to export; it holds their id, when and by whom",
    "client_name_word": "the name search index (migration 0008): the name's words, made by triggers from the "
                        "client's name, which the export holds",
    "client_name_fts": "the earlier full-text name index (and its shadow tables): the client's name key, made "
                       "from the name the export holds",
    "report_requests": "the monitoring report's kept figures per request (store/report_figures.py): counts and "
                       "codes derived from the request and its contacts, which the export holds",
    "sync_outbox": "sync, technical: this laptop's changes waiting to be sent, copies of the rows the export holds",
    "sync_inbox": "sync, technical: a conflict waiting for a decision, a field's two values (this laptop's and "
                  "the office's) of a row the export holds; gone once decided",
}


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def _record(row: Base) -> dict[str, Any]:
    """Every column of a row, as JSON-ready values."""
    return {attr.key: _plain(getattr(row, attr.key)) for attr in sa_inspect(type(row)).column_attrs}


# the columns of the export that name a counsellor, a partner, a person at a partner, a loket or a course
NAMED_IN_EXPORT: dict[str, tuple[str, ...]] = {
    "people": ("owner_id", "counsellor_id", "by", "actor_id"),
    "partners": ("referrer_org_id", "partner_id", "recipient_org_id"),
    "partner_contacts": ("referrer_contact_id", "partner_contact_id", "recipient_contact_id"),
    "lokets": ("loket_id",),
    "courses": ("course_id",),
}


def _names(session: Session, export: dict[str, Any]) -> dict[str, Any]:
    """The name of everyone and everything the export's records point at, by id (`people`, `partners`,
    `partner_contacts`, `lokets`, `courses`: title and provider), so the client reads names, not ids."""
    rows = [*export["requests"], *export["consents"], *export["letters"], *export["audit_events"], *export["drafts"],
            *(row for request in export["requests"] for name in _PER_REQUEST for row in request[name])]
    wanted = {kind: {uuid.UUID(row[key]) for row in rows for key in keys if row.get(key)}
              for kind, keys in NAMED_IN_EXPORT.items()}
    wanted["people"] |= {uuid.UUID(change[key]) for request in export["requests"] for change in request["changes"]
                         if change["field"] == "owner" for key in ("old_value", "new_value") if change[key]}

    def by_id(key: InstrumentedAttribute[uuid.UUID], name: InstrumentedAttribute[str], kind: str) -> dict[str, str]:
        return {str(k): v for k, v in session.execute(select(key, name).where(key.in_(wanted[kind])).order_by(key))}

    return {
        "people": by_id(Counsellor.id, Counsellor.full_name, "people"),
        "partners": by_id(PartnerOrganisation.id, PartnerOrganisation.name, "partners"),
        "partner_contacts": by_id(PartnerContact.id, PartnerContact.full_name, "partner_contacts"),
        "lokets": by_id(Loket.id, Loket.name, "lokets"),
        "courses": {str(key): {"title": title, "provider": provider} for key, title, provider in session.execute(
            select(Course.id, Course.title, Provider.name).join(Provider, Provider.id == Course.provider_id)
            .where(Course.id.in_(wanted["courses"])).order_by(Course.id))},
    }


class Dossiers(UseCase):
    def header(self, client_id: uuid.UUID, *, audit_view: bool = True) -> DossierHeader:
        """What the top of a dossier shows. Opening a dossier is audited (who looked, when); reading it
        again after one's own change (already audited as that change) passes `audit_view=False`."""
        now = self._now()
        with self._db.write() if audit_view else self._db.read() as session:
            client = self._load(session, Client, client_id)
            requests = session.scalars(select(LearningRequest).where(
                LearningRequest.client_id == client.id, LearningRequest.deleted_at.is_(None),
            ).order_by(LearningRequest.opened_on.desc(), LearningRequest.id.desc())).all()
            if audit_view:
                audit.record(session, self._actor, now, "client.view", "client", client.id,
                             subject_client_id=client.id)
            return DossierHeader(client=client_row(client), age=age_on(client.birth_date, self._today()),
                                 difficult_school_past=client.difficult_school_past,
                                 weak_network=client.weak_network, foreign_diploma=client.foreign_diploma,
                                 requests=[request_row(r) for r in requests],
                                 reached=self._reached(session, requests))

    @staticmethod
    def _reached(session: Session, requests: Sequence[LearningRequest]) -> dict[uuid.UUID, frozenset[Phase]]:
        """The phases each request was in, from its phase steps: every phase a step left or entered, and the
        phases of its path before the first one it left (it was made there: an import, or a referral-in).
        Keuze straight to Warme overdracht passed Opvolging by; a closing at the intake never reached Keuze.
        A history that does not end in the request's phase is not the whole story and is left out."""
        if not requests:
            return {}
        by_id = {request.id: request for request in requests}
        steps = session.execute(select(RequestChange.request_id, RequestChange.old_value, RequestChange.new_value)
                                .where(RequestChange.request_id.in_(list(by_id)), RequestChange.field == "phase")
                                .order_by(RequestChange.at, RequestChange.id))
        reached: dict[uuid.UUID, set[Phase]] = {}
        last: dict[uuid.UUID, str | None] = {}
        for request_id, before, after in steps:
            phases = reached.get(request_id)
            if phases is None:
                path = PHASE_PATH[by_id[request_id].tier]
                start = path.index(Phase(before)) if before in PATH_VALUES and Phase(before) in path else 0
                phases = reached[request_id] = set(path[:start])
            phases |= {Phase(value) for value in (before, after) if value in PATH_VALUES}
            last[request_id] = after
        return {request_id: frozenset(phases) for request_id, phases in reached.items()
                if last[request_id] == by_id[request_id].phase.value}

    def timeline(self, client_id: uuid.UUID) -> list[TimelineEntry]:
        """Sessions, micro-contacts, referrals and their outcome, contributions, consents and their withdrawal,
        handovers, letters and the steps of each request (its tier, phase and counsellor), newest first. Only
        the columns an entry shows are read (Core selects, not whole ORM objects: a dossier of 200 contacts
        spent most of its opening converting the columns nobody sees); a session's notes are among them
        (shown where it has no summary, and whole on Enter), in the same query."""
        with self._db.read() as session:
            self._load(session, Client, client_id)
            requests = session.execute(select(LearningRequest.id, LearningRequest.request_no,
                                              LearningRequest.outcome).where(
                LearningRequest.client_id == client_id, LearningRequest.deleted_at.is_(None))).all()
            numbers = {r.id: r.request_no for r in requests}
            outcomes = {r.id: r.outcome for r in requests if r.outcome is not None}
            ids = list(numbers)
            partners: dict[uuid.UUID | None, str] = dict(session.execute(
                select(PartnerOrganisation.id, PartnerOrganisation.name).where(
                    PartnerOrganisation.office_id == self._actor.office_id)).all())
            entries: list[TimelineEntry] = []
            for c in session.execute(select(
                    Contact.id, Contact.request_id, Contact.at, Contact.kind, Contact.channel, Contact.status,
                    Contact.session_type, Contact.minutes, Contact.summary, Contact.notes, Contact.counsellor_id,
                    Contact.created_by).where(
                    Contact.request_id.in_(ids), Contact.deleted_at.is_(None))):
                entries.append(TimelineEntry(at=c.at, kind=c.kind.value, record_id=c.id,
                                             request_id=c.request_id, request_no=numbers[c.request_id],
                                             channel=c.channel, status=c.status, session_type=c.session_type,
                                             minutes=c.minutes,
                                             counterpart=None, detail=c.summary,
                                             author_id=c.counsellor_id or c.created_by, notes=c.notes))
            for r in session.execute(select(
                    ReferralOut.id, ReferralOut.request_id, ReferralOut.created_at, ReferralOut.partner_id,
                    ReferralOut.reason, ReferralOut.reason_code, ReferralOut.created_by, ReferralOut.loop_closed_on,
                    ReferralOut.updated_at, ReferralOut.loop_note, ReferralOut.happened, ReferralOut.updated_by).where(
                    ReferralOut.request_id.in_(ids), ReferralOut.deleted_at.is_(None))):
                entries.append(TimelineEntry(at=r.created_at, kind="referral", record_id=r.id,
                                             request_id=r.request_id, request_no=numbers[r.request_id],
                                             counterpart=partners.get(r.partner_id), detail=r.reason,
                                             code=r.reason_code, author_id=r.created_by))
                if r.loop_closed_on is not None:        # the loop closed: did the client arrive?
                    entries.append(TimelineEntry(at=r.updated_at, kind="referral_loop", record_id=r.id,
                                                 request_id=r.request_id, request_no=numbers[r.request_id],
                                                 counterpart=partners.get(r.partner_id), detail=r.loop_note,
                                                 code="arrived" if r.happened else "not_arrived",
                                                 author_id=r.updated_by))
            for x in session.execute(select(
                    Contribution.id, Contribution.request_id, Contribution.created_at, Contribution.amount,
                    Contribution.paid_by, Contribution.created_by).where(
                    Contribution.request_id.in_(ids), Contribution.deleted_at.is_(None))):
                entries.append(TimelineEntry(at=x.created_at, kind="contribution", record_id=x.id,
                                             request_id=x.request_id, request_no=numbers[x.request_id],
                                             detail=f"{x.amount:.2f}", code=x.paid_by, author_id=x.created_by))
            for h in session.execute(select(
                    Handover.id, Handover.request_id, Handover.at, Handover.recipient_name, Handover.recipient_org_id,
                    Handover.mode, Handover.created_by).where(
                    Handover.request_id.in_(ids), Handover.deleted_at.is_(None))):
                entries.append(TimelineEntry(at=h.at, kind="handover", record_id=h.id,
                                             request_id=h.request_id, request_no=numbers[h.request_id],
                                             counterpart=h.recipient_name or partners.get(h.recipient_org_id),
                                             detail=h.mode.value, author_id=h.created_by))
            for g in session.execute(select(
                    Consent.id, Consent.request_id, Consent.created_at, Consent.recipient_name,
                    Consent.recipient_org_id, Consent.purpose, Consent.created_by, Consent.withdrawn_at,
                    Consent.updated_by).where(
                    Consent.client_id == client_id, Consent.deleted_at.is_(None))):
                given = TimelineEntry(at=g.created_at, kind="consent", record_id=g.id, request_id=g.request_id,
                                      request_no=numbers.get(g.request_id) if g.request_id else None,
                                      counterpart=g.recipient_name or partners.get(g.recipient_org_id),
                                      detail=g.purpose.value, author_id=g.created_by)
                entries.append(given)
                if g.withdrawn_at is not None:      # withdrawn: a row of its own, when and by whom (its last change)
                    entries.append(replace(given, at=g.withdrawn_at, kind="consent_withdrawn",
                                           author_id=g.updated_by))
            for step in session.execute(select(
                    RequestChange.id, RequestChange.request_id, RequestChange.at, RequestChange.by,
                    RequestChange.field, RequestChange.old_value, RequestChange.new_value,
                    RequestChange.reason).where(
                    RequestChange.request_id.in_(ids), RequestChange.field.in_(SHOWN_CHANGES),
                    or_(RequestChange.old_value.is_not(None), RequestChange.field.in_(STARTED_STEPS)))):
                entries.append(TimelineEntry(at=step.at, kind="change", record_id=step.id,
                                             request_id=step.request_id, request_no=numbers[step.request_id],
                                             code=step.field, before=step.old_value, after=step.new_value,
                                             detail=step.reason, author_id=step.by))
            for d in session.execute(select(
                    Letter.id, Letter.request_id, Letter.produced_at, Letter.recipient_name, Letter.kind,
                    Letter.created_by).where(Letter.client_id == client_id, Letter.deleted_at.is_(None))):
                entries.append(TimelineEntry(at=d.produced_at, kind="letter", record_id=d.id,
                                             request_id=d.request_id,
                                             request_no=numbers.get(d.request_id) if d.request_id else None,
                                             counterpart=d.recipient_name, detail=d.kind,
                                             author_id=d.created_by))
        return with_outcomes(sorted(entries, key=lambda e: (e.at, str(e.record_id)), reverse=True), outcomes)

    def export(self, client_id: uuid.UUID) -> dict[str, Any]:
        """Identity, requests with everything on them, consents, letters, merges, the audit events and the
        drafts not saved yet, with the names of the counsellors, partners, lokets and courses they point at (`_names`).

        Records of duplicates merged into this client are included, so nothing about the
        person is left out. Answering an access request is sharing (counsellors and
        coordinators, not the information desk); the export itself is audited.
        """
        self._require(Permission.SHARE)
        now = self._now()
        with self._db.write() as session:
            client = self._load(session, Client, client_id)
            ids = self._identities(session, client.id)
            requests = session.scalars(select(LearningRequest).where(
                LearningRequest.client_id.in_(ids)).order_by(LearningRequest.opened_on,
                                                             LearningRequest.id)).all()
            request_ids = [r.id for r in requests]
            exported_requests = []
            for request in requests:
                entry = _record(request)
                for name, (model, on_request, key) in _PER_REQUEST.items():
                    entry[name] = [_record(r) for r in session.scalars(select(model).where(
                        on_request == request.id).order_by(key))]
                exported_requests.append(entry)
            result = {
                "format": EXPORT_FORMAT,
                "exported_at": now.isoformat(),
                "client": _record(client),
                "merged_records": [_record(c) for c in session.scalars(select(Client).where(
                    Client.id.in_(ids), Client.id != client.id).order_by(Client.id))],
                "requests": exported_requests,
                "consents": [_record(c) for c in session.scalars(select(Consent).where(
                    Consent.client_id.in_(ids)).order_by(Consent.given_on, Consent.id))],
                "letters": [_record(x) for x in session.scalars(select(Letter).where(or_(
                    Letter.client_id.in_(ids), Letter.request_id.in_(request_ids))).order_by(Letter.id))],
                "merges": [_record(m) for m in session.scalars(select(ClientMerge).where(or_(
                    ClientMerge.survivor_id.in_(ids), ClientMerge.merged_id.in_(ids))).order_by(ClientMerge.id))],
            }
            audit.record(session, self._actor, now, "client.export", "client", client.id, (),
                         subject_client_id=client.id)
            session.flush()
            events = session.scalars(select(AuditEvent).where(
                or_(AuditEvent.subject_client_id.in_(ids), AuditEvent.record_id.in_(ids + request_ids))
            ).order_by(AuditEvent.at, AuditEvent.id)).all()
            result["audit_events"] = [_record(e) for e in events]
            # what a counsellor typed in a form about the person and did not save yet (any counsellor's)
            result["drafts"] = [_record(d) for d in session.scalars(select(Draft).where(or_(
                Draft.subject_client_id.in_(ids), Draft.target_id.in_(request_ids))).order_by(Draft.id))]
            result.update(_names(session, result))
            return result

    def access_request(self, client_id: uuid.UUID) -> AccessRequest:
        """The export, with the office that answers it, for the readable PDF next to the JSON."""
        dossier = self.export(client_id)
        with self._db.read() as session:
            return AccessRequest(office_heading(session, self._actor.office_id), self._now(), dossier)

    def _identities(self, session: Session, client_id: uuid.UUID) -> list[uuid.UUID]:
        """The client and every record merged into it (following merges of merges)."""
        found, frontier = [client_id], [client_id]
        while frontier:
            frontier = list(session.scalars(select(Client.id).where(Client.merged_into_id.in_(frontier))))
            found.extend(frontier)
        return found

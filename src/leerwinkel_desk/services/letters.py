"""Printed letters filed on the case: the client summary and the warm-handover letter.

The service gathers what a letter may show into plain read models (`SummaryData`,
`HandoverData`: services/letter_content.py), asks a `LetterRenderer` for the PDF bytes (the ReportLab one lives in
`reports/`, a layer above, and is passed in), and files the result in one transaction: a
`Letter` row with the SHA-256 of the bytes, the PDF in `<database folder>/letters/` named by
dossier number (never by name), and an audit event naming fields only.

A handover letter carries only data items that one active warm-handover consent allows for
that recipient and that are relevant for the study path; without such consent nothing is
rendered, filed or written. Once a warm handover to that recipient is registered, the letter
carries what it shared and never more (`handover_items` tells the print dialog beforehand).
Internal session notes never go on paper; session summaries do.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from leerwinkel_desk.domain.calendar import BRUSSELS
from leerwinkel_desk.domain.consent import RELEVANT_FOR, Recipient, check_relevant, is_active
from leerwinkel_desk.domain.enums import (
    ConsentPurpose,
    ContactKind,
    ContactStatus,
    DataItem,
)
from leerwinkel_desk.domain.errors import Conflict, ConsentMissing, InvalidValue, NotFound
from leerwinkel_desk.domain.numbers import is_provisional
from leerwinkel_desk.domain.permissions import Permission
from leerwinkel_desk.domain.text import fold
from leerwinkel_desk.services import audit
from leerwinkel_desk.services.common import UseCase
from leerwinkel_desk.services.consents import consent_terms, find_covering_consent, shareable_items
from leerwinkel_desk.services.context import Actor, Clock
from leerwinkel_desk.services.handovers import handover_row, latest_handover
from leerwinkel_desk.services.letter_content import (
    Appointment,
    ConsentReference,
    ContactDetails,
    CounsellorContact,
    CourseFacts,
    HandoverData,
    Identity,
    LearningQuestion,
    LetterRenderer,
    OfficeHeading,
    OptionFacts,
    RecipientHeading,
    ReferralNote,
    SessionHeld,
    StudyHistory,
    SummaryData,
    TrajectorySummary,
    office_heading,
)
from leerwinkel_desk.store.engine import Database
from leerwinkel_desk.store.keyring import KeyRing, key_file
from leerwinkel_desk.store.models import (
    Client,
    Consent,
    Contact,
    Counsellor,
    Course,
    LearningRequest,
    Letter,
    Loket,
    OptionConsidered,
    PartnerContact,
    PartnerOrganisation,
    Provider,
    ReferralOut,
)
from leerwinkel_desk.store.paths import LETTERS_FOLDER, default_database_path
from leerwinkel_desk.store.sealed_files import DamagedFile, SealedFiles, derived_files_key

LETTERHEAD_FOLDER = "letterhead"
HANDOVER_PURPOSE = ConsentPurpose.WARM_HANDOVER
ANY_RECIPIENT = "*"          # ConsentMissing.recipient when no warm-handover consent is active at all


class LetterKind(StrEnum):
    SUMMARY = "summary"          # for the client to take home
    HANDOVER = "handover"        # for the receiving study counsellor or partner counsellor


@dataclass(frozen=True)
class LetterRow:
    """A letter filed on the case, as the dossier's timeline lists it."""

    id: uuid.UUID
    client_id: uuid.UUID | None
    request_id: uuid.UUID | None
    consent_id: uuid.UUID | None
    kind: LetterKind
    recipient_name: str | None
    shared_items: frozenset[DataItem]
    produced_at: datetime
    file_name: str
    sha256: str
    path: Path                  # where it is kept: `<file_name>.sealed` next to an encrypted database


@dataclass(frozen=True)
class PrintedLetter(LetterRow):
    """A letter just printed and filed, with its PDF (for the preview, the printer or `-o FILE`)."""

    pdf: bytes = field(repr=False)


def data_folder(db: Database) -> Path:
    """The folder of the database file (of the default one for a server database)."""
    return db.path.parent if db.path is not None else default_database_path().parent


def letters_folder(db: Database) -> Path:
    """`letters/` next to the database file."""
    return data_folder(db) / LETTERS_FOLDER


def office_letterhead_folder(db: Database) -> Path:
    """`letterhead/` next to the database: the office's own letterhead, set up without touching the app."""
    return data_folder(db) / LETTERHEAD_FOLDER


def filed_letters(db: Database) -> SealedFiles:
    """The PDFs of the filed letters, sealed with the files keys when the database has a key."""
    if db.key is None or db.path is None:
        return SealedFiles(letters_folder(db), None)
    if not key_file(db.path).exists():
        return SealedFiles(letters_folder(db), [derived_files_key(db.key)])
    return SealedFiles(letters_folder(db), KeyRing.load(db.path).files_keys(db.key))


def _letter_row(letter: Letter, files: SealedFiles) -> LetterRow:
    return LetterRow(id=letter.id, client_id=letter.client_id, request_id=letter.request_id,
                     consent_id=letter.consent_id, kind=LetterKind(letter.kind), recipient_name=letter.recipient_name,
                     shared_items=frozenset(DataItem(i) for i in letter.shared_items),
                     produced_at=letter.produced_at, file_name=letter.file_name, sha256=letter.sha256,
                     path=files.path(letter.file_name))


def _local(moment: datetime) -> datetime:
    return moment.astimezone(BRUSSELS)


@dataclass(frozen=True)
class HandoverItems:
    """What a handover letter to one recipient would share, for the print dialog to show before it prints."""

    allowed: frozenset[DataItem]            # in an active consent for this recipient and relevant, today
    handed_over: frozenset[DataItem] | None  # what the newest handover to this recipient shared: the letter's items
    handed_over_at: datetime | None


@dataclass(frozen=True)
class _HandoverLetter:
    """What a handover letter is made of, before it is rendered (and filed, or only previewed)."""

    client: Client
    consent_id: uuid.UUID
    data: HandoverData


class Letters(UseCase):
    """Print, file, list and reprint letters; `renderer` makes the PDF bytes."""

    def __init__(self, db: Database, clock: Clock, actor: Actor, renderer: LetterRenderer) -> None:
        super().__init__(db, clock, actor)
        self._renderer = renderer

    def print_summary(self, client_id: uuid.UUID) -> PrintedLetter:
        """The summary of the client's newest request, for the client to take home, filed on the case."""
        self._require(Permission.SHARE)
        now = self._now()
        with self._removed_on_failure() as written, self._db.write() as session:
            client, request, data = self._summary(session, client_id, now)
            return self._file(session, written, LetterKind.SUMMARY, self._renderer.summary(data), now,
                              client, request.id if request else None)

    def preview_summary(self, client_id: uuid.UUID) -> bytes:
        """The summary as it would print now: nothing filed, nothing stored (the dossier view is audited)."""
        self._require(Permission.SHARE)
        with self._db.read() as session:
            return self._renderer.summary(self._summary(session, client_id, self._now())[2])

    def _summary(self, session: Session, client_id: uuid.UUID,
                 now: datetime) -> tuple[Client, LearningRequest | None, SummaryData]:
        client = self._load(session, Client, client_id)
        request = session.scalars(select(LearningRequest).where(
            LearningRequest.client_id == client.id, LearningRequest.deleted_at.is_(None),
        ).order_by(LearningRequest.opened_on.desc(), LearningRequest.id.desc()).limit(1)).first()
        return client, request, SummaryData(
            office=self._office(session), produced_at=now, dossier_no=client.dossier_no,
            request_no=request.request_no if request else None,
            first_name=client.first_name, last_name=client.last_name,
            question=LearningQuestion(request.topic, request.question) if request else None,
            sessions=self._sessions_held(session, request.id) if request else (),
            options=self._options(session, request.id) if request else (),
            appointments=self._appointments(session, request.id, now) if request else (),
            follow_up_due=request.follow_up_due if request and request.follow_up else None,
            counsellor=self._counsellor(session, request.owner_id if request else None),
            referrals=self._open_referrals(session, request.id) if request else (),
        )

    def print_handover(self, request_id: uuid.UUID, recipient: Recipient,
                       items: frozenset[DataItem] | None = None) -> PrintedLetter:
        """The warm-handover letter to `recipient`, refused (ConsentMissing) without active consent.

        `items` defaults to what the newest handover registered to this recipient shared; with a
        handover, items beyond it are refused. Without one, it defaults to what the newest active
        warm-handover consent for this recipient allows and the study path needs (the command
        line; the print dialog passes what the counsellor ticked). A letter cites exactly one
        consent, which must cover every item printed.
        """
        self._require(Permission.SHARE)
        now = self._now()
        with self._removed_on_failure() as written, self._db.write() as session:
            letter = self._handover(session, request_id, recipient, items, now)
            return self._file(session, written, LetterKind.HANDOVER, self._renderer.handover(letter.data), now,
                              letter.client, request_id, letter.consent_id, letter.data.recipient.label,
                              letter.data.items)

    def preview_handover(self, request_id: uuid.UUID, recipient: Recipient,
                         items: frozenset[DataItem] | None = None) -> bytes:
        """The handover letter as it would print now (refused the same way), filed nowhere."""
        self._require(Permission.SHARE)
        with self._db.read() as session:
            return self._renderer.handover(self._handover(session, request_id, recipient, items, self._now()).data)

    def handover_items(self, request_id: uuid.UUID, recipient: Recipient) -> HandoverItems:
        """What a handover letter to `recipient` may share today, and what a handover to them decided."""
        self._require(Permission.SHARE)
        with self._db.read() as session:
            request = self._load(session, LearningRequest, request_id)
            if request.client_id is None:
                return HandoverItems(frozenset(), None, None)
            handover = latest_handover(session, request.id, recipient, HANDOVER_PURPOSE)
            row = handover_row(handover) if handover is not None else None
            return HandoverItems(
                shareable_items(session, request.client_id, recipient, HANDOVER_PURPOSE, self._today()),
                row.shared_items if row else None, row.at if row else None)

    def _handover(self, session: Session, request_id: uuid.UUID, recipient: Recipient,
                  items: frozenset[DataItem] | None, now: datetime) -> _HandoverLetter:
        request = self._load(session, LearningRequest, request_id)
        if request.client_id is None:
            raise InvalidValue("client", "anonymous")
        handover = latest_handover(session, request.id, recipient, HANDOVER_PURPOSE)
        if handover is not None:            # what was decided at the handover, never more
            handed_over = handover_row(handover).shared_items
            if items is None:
                items = handed_over
            elif not items <= handed_over:
                raise InvalidValue("items", "beyond_handover")
        client = self._load(session, Client, request.client_id)
        consent = find_covering_consent(session, client.id, recipient, HANDOVER_PURPOSE,
                                        items or frozenset(), self._today())
        if items is not None:       # after the consent: without one, that is what the counsellor needs to hear
            check_relevant(HANDOVER_PURPOSE, items)
        shared = items if items is not None else (
            consent_terms(consent).items & RELEVANT_FOR[HANDOVER_PURPOSE])
        heading = self._recipient_heading(session, recipient)
        if not shared:
            raise ConsentMissing(heading.label, frozenset())
        return _HandoverLetter(client, consent.id,
                               self._handover_data(session, request, client, consent, heading, shared, now))

    def reprint(self, letter_id: uuid.UUID) -> bytes:
        """The filed PDF, byte for byte, after checking it against the SHA-256 on record."""
        self._require(Permission.SHARE)
        now = self._now()
        with self._db.write() as session:
            letter = self._load(session, Letter, letter_id)
            try:
                pdf = filed_letters(self._db).read(letter.file_name)
            except FileNotFoundError:
                raise NotFound("letter_file", letter.file_name) from None
            except DamagedFile:
                raise Conflict("letter.checksum") from None
            if hashlib.sha256(pdf).hexdigest() != letter.sha256:
                raise Conflict("letter.checksum")
            audit.record(session, self._actor, now, "letter.reprint", "letter", letter.id,
                         subject_client_id=letter.client_id)
            return pdf

    def reprinted(self, letter: LetterRow) -> PrintedLetter:
        """An earlier letter with its filed PDF (`reprint`), as printing it gave it the first time."""
        return PrintedLetter(**asdict(letter), pdf=self.reprint(letter.id))

    def by_file_name(self, file_name: str) -> LetterRow:
        """The filed letter called `file_name` (`LW-2026-000123-handover-1`, `.pdf` optional)."""
        wanted = file_name if file_name.endswith(".pdf") else f"{file_name}.pdf"
        with self._db.read() as session:
            letter = session.scalar(select(Letter).where(
                Letter.office_id == self._actor.office_id, Letter.file_name == wanted,
                Letter.deleted_at.is_(None)))
            if letter is None:
                raise NotFound("letter", wanted)
            return _letter_row(letter, filed_letters(self._db))

    def for_client(self, client_id: uuid.UUID) -> list[LetterRow]:
        files = filed_letters(self._db)
        with self._db.read() as session:
            self._load(session, Client, client_id)
            letters = session.scalars(select(Letter).where(
                Letter.client_id == client_id, Letter.deleted_at.is_(None),
            ).order_by(Letter.produced_at, Letter.id))
            return [_letter_row(x, files) for x in letters]

    def recipient_named(self, name: str) -> Recipient:
        """The partner organisation or partner contact on the social map called `name`.

        Case, accents and spacing are ignored; no match or more than one is InvalidValue.
        """
        wanted = fold(name)
        with self._db.read() as session:
            organisations = session.scalars(select(PartnerOrganisation).where(
                PartnerOrganisation.office_id == self._actor.office_id,
                PartnerOrganisation.deleted_at.is_(None)))
            people = session.scalars(select(PartnerContact).where(
                PartnerContact.office_id == self._actor.office_id,
                PartnerContact.deleted_at.is_(None)))
            found = [Recipient(o.id) for o in organisations if fold(o.name) == wanted]
            found += [Recipient(p.partner_id, p.id) for p in people if fold(p.full_name) == wanted]
        if not found:
            raise InvalidValue("recipient", "unknown")
        if len(found) > 1:
            raise InvalidValue("recipient", "ambiguous")
        return found[0]

    def default_recipient(self, request_id: uuid.UUID) -> Recipient:
        """The recipient of the client's newest active warm-handover consent, or ConsentMissing."""
        today = self._today()
        with self._db.read() as session:
            request = self._load(session, LearningRequest, request_id)
            if request.client_id is None:
                raise InvalidValue("client", "anonymous")
            consents = session.scalars(select(Consent).where(
                Consent.client_id == request.client_id, Consent.purpose == HANDOVER_PURPOSE,
                Consent.deleted_at.is_(None),
            ).order_by(Consent.given_on.desc(), Consent.id.desc()))
            for consent in consents:
                terms = consent_terms(consent)
                if is_active(terms, today):
                    return terms.recipient
        raise ConsentMissing(ANY_RECIPIENT, frozenset())

    @contextmanager
    def _removed_on_failure(self) -> Iterator[list[str]]:
        """The letter files written in the block, removed again if it (or its commit) fails.

        A process killed between the file and the commit leaves a file without a record: erasure
        removes those by the dossier number in their name, and the start of a day those of any
        dossier (maintenance.tidy_leftovers).
        """
        written: list[str] = []
        try:
            yield written
        except BaseException:
            files = filed_letters(self._db)
            for name in written:
                files.remove(name)
            raise

    def _file(self, session: Session, written: list[str], kind: LetterKind, pdf: bytes, now: datetime,
              client: Client, request_id: uuid.UUID | None, consent_id: uuid.UUID | None = None,
              recipient_name: str | None = None,
              shared: frozenset[DataItem] = frozenset()) -> PrintedLetter:
        """File the PDF on the case: record, audit event, then the file (last, so a failure rolls back)."""
        if is_provisional(client.dossier_no):
            raise Conflict("number.provisional")      # the real number comes with the next sync; never renumbered
        files = filed_letters(self._db)
        letter = self._new(Letter(
            client_id=client.id, request_id=request_id, consent_id=consent_id, kind=kind.value,
            recipient_name=recipient_name, shared_items=sorted(i.value for i in shared),
            produced_at=now, file_name=self._free_file_name(session, files, client.dossier_no, kind),
            sha256=hashlib.sha256(pdf).hexdigest(),
        ), now)
        session.add(letter)
        session.flush()
        fields = ["kind", "produced_at", "file_name", "sha256"]
        if kind is LetterKind.HANDOVER:
            fields += ["recipient_name", "shared_items", "consent_id"]
        audit.record(session, self._actor, now, "letter.print", "letter", letter.id, fields,
                     subject_client_id=client.id)
        written.append(letter.file_name)
        files.write(letter.file_name, pdf)
        return PrintedLetter(**asdict(_letter_row(letter, files)), pdf=pdf)

    @staticmethod
    def _free_file_name(session: Session, files: SealedFiles, dossier_no: str, kind: LetterKind) -> str:
        """`LW-2026-000123-handover-2.pdf`: the first number not on record nor on disk."""
        prefix = f"{dossier_no}-{kind.value}-"
        taken = set(session.scalars(select(Letter.file_name).where(
            Letter.file_name.startswith(prefix, autoescape=True))))
        number = 1
        while f"{prefix}{number}.pdf" in taken or files.exists(f"{prefix}{number}.pdf"):
            number += 1
        return f"{prefix}{number}.pdf"

    def _handover_data(self, session: Session, request: LearningRequest, client: Client,
                       consent: Consent, heading: RecipientHeading, shared: frozenset[DataItem],
                       now: datetime) -> HandoverData:
        """Only the shared items are read into the letter; the rest never leaves the database."""
        options = self._options(session, request.id) if shared & {DataItem.OPTIONS, DataItem.CHOICE} else ()
        return HandoverData(
            office=self._office(session), produced_at=now, dossier_no=client.dossier_no,
            request_no=request.request_no, recipient=heading,
            consent=ConsentReference(consent.given_on, consent.method, consent.expires_on),
            items=shared, counsellor=self._counsellor(session, request.owner_id),
            identity=Identity(client.first_name, client.last_name, client.birth_date)
            if DataItem.IDENTITY in shared else None,
            contact_details=ContactDetails(client.phone, client.email)
            if DataItem.CONTACT_DETAILS in shared else None,
            question=LearningQuestion(request.topic, request.question)
            if DataItem.QUESTION in shared else None,
            study_history=StudyHistory(client.highest_qualification, client.foreign_diploma,
                                       client.study_history)
            if DataItem.STUDY_HISTORY in shared else None,
            dutch_level=client.dutch_level if DataItem.DUTCH_LEVEL in shared else None,
            practical_barriers=client.practical_barriers
            if DataItem.PRACTICAL_BARRIERS in shared else None,
            options=options if DataItem.OPTIONS in shared else (),
            choice=next((o for o in options if o.chosen_on is not None), None)
            if DataItem.CHOICE in shared else None,
            trajectory=TrajectorySummary(request.tier, request.opened_on,
                                         self._sessions_held(session, request.id))
            if DataItem.TRAJECTORY_SUMMARY in shared else None,
        )

    def _office(self, session: Session) -> OfficeHeading:
        return office_heading(session, self._actor.office_id)

    def _counsellor(self, session: Session, owner_id: uuid.UUID | None) -> CounsellorContact | None:
        """The owner of the request signs; without one, whoever prints."""
        counsellor_id = owner_id or self._actor.counsellor_id
        counsellor = session.get(Counsellor, counsellor_id) if counsellor_id else None
        if counsellor is None:
            return None
        return CounsellorContact(counsellor.full_name, counsellor.role, counsellor.phone,
                                 counsellor.email)

    def _recipient_heading(self, session: Session, recipient: Recipient) -> RecipientHeading:
        organisation = (self._load(session, PartnerOrganisation, recipient.org_id)
                        if recipient.org_id else None)
        person = (self._load(session, PartnerContact, recipient.contact_id)
                  if recipient.contact_id else None)
        return RecipientHeading(            # a recipient named only by text is addressed as an organisation
            organisation=organisation.name if organisation else recipient.name,
            person=person.full_name if person else None,
            function=person.function if person else None,
            street=organisation.street if organisation else None,
            postcode=organisation.postcode if organisation else None,
            municipality=organisation.municipality if organisation else None,
        )

    @staticmethod
    def _sessions_held(session: Session, request_id: uuid.UUID) -> tuple[SessionHeld, ...]:
        rows = session.execute(
            select(Contact, Loket.name).outerjoin(Loket, Loket.id == Contact.loket_id).where(
                Contact.request_id == request_id, Contact.kind == ContactKind.SESSION,
                Contact.status == ContactStatus.HELD, Contact.deleted_at.is_(None),
            ).order_by(Contact.at, Contact.id))
        return tuple(SessionHeld(_local(c.at), c.minutes, place, c.summary) for c, place in rows)

    @staticmethod
    def _appointments(session: Session, request_id: uuid.UUID, now: datetime) -> tuple[Appointment, ...]:
        rows = session.execute(
            select(Contact.at, Loket.name).outerjoin(Loket, Loket.id == Contact.loket_id).where(
                Contact.request_id == request_id, Contact.status == ContactStatus.PLANNED,
                Contact.at >= now, Contact.deleted_at.is_(None),
            ).order_by(Contact.at, Contact.id))
        return tuple(Appointment(_local(at), place) for at, place in rows)

    @staticmethod
    def _open_referrals(session: Session, request_id: uuid.UUID) -> tuple[ReferralNote, ...]:
        rows = session.execute(
            select(PartnerOrganisation.name, PartnerOrganisation.phone, PartnerContact.full_name, PartnerContact.phone)
            .select_from(ReferralOut)
            .join(PartnerOrganisation, PartnerOrganisation.id == ReferralOut.partner_id)
            .outerjoin(PartnerContact, PartnerContact.id == ReferralOut.partner_contact_id)
            .where(ReferralOut.request_id == request_id, ReferralOut.deleted_at.is_(None),
                   ReferralOut.loop_closed_on.is_(None))
            .order_by(ReferralOut.referred_on, ReferralOut.id))
        return tuple(ReferralNote(partner, person, person_phone or phone)
                     for partner, phone, person, person_phone in rows)

    @staticmethod
    def _options(session: Session, request_id: uuid.UUID) -> tuple[OptionFacts, ...]:
        rows = session.execute(
            select(OptionConsidered, Course, Provider)
            .outerjoin(Course, Course.id == OptionConsidered.course_id)
            .outerjoin(Provider, Provider.id == Course.provider_id)
            .where(OptionConsidered.request_id == request_id, OptionConsidered.deleted_at.is_(None))
            .order_by(OptionConsidered.considered_on, OptionConsidered.id))
        return tuple(
            OptionFacts(course.title if course else option.free_text or "",
                        _course_facts(course, provider) if course and provider else None,
                        option.note, option.chosen_on)
            for option, course, provider in rows
        )


def _course_facts(course: Course, provider: Provider) -> CourseFacts:
    return CourseFacts(provider_name=provider.name, municipality=course.municipality or provider.municipality,
                       delivery=course.delivery, daytime=course.daytime, evenings=course.evenings,
                       weekends=course.weekends, modular=course.modular, duration_hours=course.duration_hours,
                       duration_text=course.duration_text, cost_eur=course.cost_eur,
                       training_vouchers=course.training_vouchers, educational_leave=course.educational_leave,
                       fee_exemption=course.fee_exemption, dutch_level_required=course.dutch_level_required,
                       entry_requirements=course.entry_requirements, next_start=course.next_start,
                       recognised_qualification=course.recognised_qualification,
                       qualification_name=course.qualification_name, eqf_level=course.eqf_level)

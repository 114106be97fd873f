"""Export of the registration exchange format: the office's clients, requests and contacts as three files.

The files are written the way `spreadsheet.write_csv` does (UTF-8 with BOM, `;`, CRLF, formula-like
cells neutralised), rows sorted by ref (contacts by request ref, moment and content), so the same
data always gives the same bytes and an import of the export gives the same content back.

What is exported: live clients that were not merged into another record, live requests, and the
contacts that took place (status `held`) on them; planned, cancelled and missed sessions are not
registrations of work done and stay out. A record's ref is its `import_ref`, or the text of its
id for a record made in the app (ids never clash between offices, dossier numbers do). A counsellor
is written by full name, or by login when another counsellor of the office has the same name.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from leerwinkel_desk.domain.enums import ContactStatus
from leerwinkel_desk.domain.permissions import Permission
from leerwinkel_desk.domain.text import fold
from leerwinkel_desk.services.common import UseCase
from leerwinkel_desk.services.registration.format import (
    COLUMNS,
    FileKind,
    format_date,
    format_moment,
    write_export,
)
from leerwinkel_desk.store.models import (
    Client,
    Contact,
    Counsellor,
    LearningRequest,
    Loket,
    PartnerOrganisation,
)


@dataclass(frozen=True)
class ExportSummary:
    folder: Path
    clients: int
    requests: int
    contacts: int


def _ref(import_ref: str | None, row_id: uuid.UUID) -> str:
    return import_ref if import_ref is not None else str(row_id)


def _text(value: object) -> str:
    return "" if value is None else str(value)


class RegistrationExport(UseCase):
    """Writing the office's registrations in the exchange format (coordinators only)."""

    def export_folder(self, folder: Path,
                      progress: Callable[[int, int], None] | None = None) -> ExportSummary:
        self._require(Permission.REPORTS)
        office_id = self._actor.office_id
        with self._db.read() as session:
            counsellors = session.execute(select(Counsellor.id, Counsellor.login,
                                                 Counsellor.full_name)
                                          .where(Counsellor.office_id == office_id)).all()
            shared = Counter(fold(c.full_name) for c in counsellors)
            counsellor = {c.id: c.full_name if shared[fold(c.full_name)] == 1 else c.login
                          for c in counsellors}
            loket = dict(session.execute(select(Loket.id, Loket.name)
                                         .where(Loket.office_id == office_id)).all())
            organisation = dict(session.execute(
                select(PartnerOrganisation.id, PartnerOrganisation.name)
                .where(PartnerOrganisation.office_id == office_id)).all())
            client_refs = {c.id: _ref(c.import_ref, c.id) for c in session.execute(
                select(Client.id, Client.import_ref).where(Client.office_id == office_id))}
            clients = session.execute(select(
                Client.id, Client.first_name, Client.last_name, Client.birth_date, Client.gender,
                Client.phone, Client.email, Client.postcode, Client.municipality,
                Client.highest_qualification, Client.foreign_diploma, Client.status,
                Client.dutch_level,
            ).where(Client.office_id == office_id, Client.deleted_at.is_(None),
                    Client.merged_into_id.is_(None))).all()
            requests = session.execute(select(
                LearningRequest.id, LearningRequest.import_ref, LearningRequest.client_id,
                LearningRequest.opened_on, LearningRequest.tier, LearningRequest.referrer_type,
                LearningRequest.referrer_org_id, LearningRequest.topic, LearningRequest.owner_id,
                LearningRequest.loket_id, LearningRequest.closed_on, LearningRequest.outcome,
            ).where(LearningRequest.office_id == office_id,
                    LearningRequest.deleted_at.is_(None))).all()
            request_refs = {r.id: _ref(r.import_ref, r.id) for r in requests}
            contacts = session.execute(select(
                Contact.request_id, Contact.at, Contact.kind, Contact.channel, Contact.minutes,
                Contact.counsellor_id, Contact.loket_id, Contact.summary,
            ).where(Contact.office_id == office_id, Contact.deleted_at.is_(None),
                    Contact.status == ContactStatus.HELD)).all()
        total = len(clients) + len(requests) + len(contacts)
        client_rows = sorted([
            client_refs[c.id], _text(c.first_name), _text(c.last_name), format_date(c.birth_date),
            _text(c.gender), _text(c.phone), _text(c.email), _text(c.postcode),
            _text(c.municipality), _text(c.highest_qualification),
            "" if c.foreign_diploma is None else ("yes" if c.foreign_diploma else "no"),
            _text(c.status), _text(c.dutch_level),
        ] for c in clients)
        request_rows = sorted([
            request_refs[r.id], "" if r.client_id is None else client_refs[r.client_id],
            format_date(r.opened_on), r.tier.value, r.referrer_type.value,
            _text(organisation.get(r.referrer_org_id)), _text(r.topic),
            _text(counsellor.get(r.owner_id)), _text(loket.get(r.loket_id)),
            format_date(r.closed_on), _text(r.outcome),
        ] for r in requests)
        contact_rows = [row for _, row in sorted(
            ((request_refs[c.request_id], c.at, c.kind.value, c.channel.value, _text(c.summary),
              _text(c.minutes), _text(counsellor.get(c.counsellor_id)),
              _text(loket.get(c.loket_id))),
             [request_refs[c.request_id], format_moment(c.at), c.kind.value, c.channel.value,
              _text(c.minutes), _text(counsellor.get(c.counsellor_id)),
              _text(loket.get(c.loket_id)), _text(c.summary)])
            for c in contacts if c.request_id in request_refs)]
        folder.mkdir(parents=True, exist_ok=True)
        done = 0
        for kind, rows in ((FileKind.CLIENTS, client_rows), (FileKind.REQUESTS, request_rows),
                           (FileKind.CONTACTS, contact_rows)):
            write_export(folder / kind.file_name, COLUMNS[kind], rows)   # owner only, whole or not at all
            done += len(rows)
            if progress is not None:
                progress(done, total)
        self._audit_office("registration.export", (kind.file_name for kind in FileKind))
        return ExportSummary(folder, len(client_rows), len(request_rows), len(contact_rows))

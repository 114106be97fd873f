"""The pseudonymised extract for the central monitoring point, keyed by a secret that stays in the office.

One row per request of the report's scope, carrying only what the monitoring figures are made of:
dates, tier, referrer type and the partner's organisation type, outcome, counts and minutes of
contacts (per channel for micro-contacts), and the client's target groups as 0/1 flags. No names,
no contact data, no free text, no loket or counsellor. Requests and clients are named by keyed
hashes, HMAC-SHA256 over their id with the office secret: the same client always gets the same
`client_key` (repeat visitors can be counted across extracts), but without the secret nobody can
link a key back to a person or test a guess. Rows are sorted by `request_key`, so their order
tells nothing either.

The office secret: 32 random bytes made once, written as hex to `monitoring.key` in the folder of
the database file with mode 0600 (owner only). Keep it with the backups of the database: a new
secret gives every client a new key. A database on a server has no folder: the caller names the
file.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from leerwinkel_desk.domain.enums import Channel, ContactKind, SocialStatus
from leerwinkel_desk.domain.errors import InvalidValue
from leerwinkel_desk.domain.permissions import Permission
from leerwinkel_desk.services.common import UseCase
from leerwinkel_desk.services.dossier import age_on
from leerwinkel_desk.services.monitoring import Monitoring, ReportFilter, held_contacts
from leerwinkel_desk.services.registration.format import format_date
from leerwinkel_desk.services.spreadsheet import write_csv
from leerwinkel_desk.store.engine import Database
from leerwinkel_desk.store.models import Client, Contact, LearningRequest, PartnerOrganisation
from leerwinkel_desk.store.report_figures import BELOW_B2, LOW_QUALIFIED, NEET_AGES, NOT_NEET, TARGET_GROUPS

KEY_FILE = "monitoring.key"
SECRET_BYTES = 32
COLUMNS = (
    "office", "request_key", "client_key", "opened_on", "closed_on", "tier", "referrer_type",
    "referrer_org_type", "outcome", "sessions", "sessions_with_minutes", "session_minutes",
    "micro_contacts", *(f"micro_{channel.value}" for channel in Channel), "contacts",
    "contact_minutes", *TARGET_GROUPS,
)


def secret_path(db: Database) -> Path:
    if db.path is None:
        raise InvalidValue("monitoring_key", "no_database_folder")
    return db.path.parent / KEY_FILE


def office_secret(path: Path) -> bytes:
    """The office secret in `path`, made there (mode 0600) on first use."""
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        text = path.read_text(encoding="ascii").strip()
        try:
            secret = bytes.fromhex(text)
            if len(secret) != SECRET_BYTES:
                raise ValueError("length")
        except ValueError:
            raise InvalidValue("monitoring_key", "damaged") from None
        return secret
    secret = secrets.token_bytes(SECRET_BYTES)
    with os.fdopen(descriptor, "w", encoding="ascii") as out:
        out.write(secret.hex() + "\n")
    return secret


def keyed_hash(secret: bytes, purpose: str, record_id: uuid.UUID) -> str:
    """HMAC-SHA256 of a record id, separated by purpose so a request key is never a client key."""
    return hmac.new(secret, purpose.encode("ascii") + b":" + record_id.bytes,
                    hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class ExtractSummary:
    path: Path
    requests: int


class MonitoringExtract(UseCase):
    """Writing the pseudonymised per-request extract (coordinators only)."""

    def write(self, wanted: ReportFilter, out: Path, key_file: Path | None = None,
              progress: Callable[[int, int], None] | None = None) -> ExtractSummary:
        """The extract of `wanted` at `out`; `progress(done, total)` per request (it may raise to stop: then
        nothing is written)."""
        self._require(Permission.REPORTS)
        secret = office_secret(key_file or secret_path(self._db))
        r, c = LearningRequest, Client
        session_contact = Contact.kind == ContactKind.SESSION
        micro = Contact.kind == ContactKind.MICRO
        with self._db.read() as session:
            scope = Monitoring(self._db, self._clock, self._actor).scope(session, wanted)
            query = (
                select(r.id, r.client_id, r.opened_on, r.closed_on, r.tier, r.referrer_type,
                       PartnerOrganisation.org_type, r.outcome, c.birth_date,
                       c.highest_qualification, c.foreign_diploma, c.status, c.dutch_level,
                       func.count(Contact.id).filter(session_contact),
                       func.count(Contact.minutes).filter(session_contact),
                       func.coalesce(func.sum(Contact.minutes).filter(session_contact), 0),
                       func.count(Contact.id).filter(micro),
                       *[func.count(Contact.id).filter(micro, Contact.channel == channel)
                         for channel in Channel],
                       func.count(Contact.id), func.coalesce(func.sum(Contact.minutes), 0))
                .select_from(r)
                .outerjoin(PartnerOrganisation, PartnerOrganisation.id == r.referrer_org_id)
                .outerjoin(c, c.id == r.client_id)
                .outerjoin(Contact, held_contacts())
                .where(scope.requests()).group_by(r.id, PartnerOrganisation.org_type,
                                                  c.id))
            rows = []
            found = session.execute(query).all()
            for done, row in enumerate(found, 1):
                if progress is not None:
                    progress(done, len(found))
                (request_id, client_id, opened_on, closed_on, tier, referrer_type, org_type,
                 outcome, birth_date, qualification, foreign_diploma, status, dutch_level,
                 *counts) = row
                if client_id is None:
                    groups = [""] * len(TARGET_GROUPS)
                else:
                    age = age_on(birth_date, opened_on)
                    groups = [str(int(flag)) for flag in (
                        qualification in LOW_QUALIFIED,
                        status is SocialStatus.JOB_SEEKER,
                        status is SocialStatus.LEEFLOON,
                        foreign_diploma is True or dutch_level in BELOW_B2,
                        age is not None and NEET_AGES[0] <= age <= NEET_AGES[1]
                        and status is not None and status not in NOT_NEET,
                    )]
                rows.append([
                    scope.office, keyed_hash(secret, "request", request_id),
                    "" if client_id is None else keyed_hash(secret, "client", client_id),
                    format_date(opened_on), format_date(closed_on), tier.value,
                    referrer_type.value, "" if org_type is None else org_type.value,
                    "" if outcome is None else outcome.value, *(str(n) for n in counts), *groups,
                ])
        rows.sort(key=lambda row: row[1])
        write_csv(out, COLUMNS, rows)
        self._audit_office("monitoring.extract", ("requests",))
        return ExtractSummary(out, len(rows))

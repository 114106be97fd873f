"""The registration exchange format: import rules, the exact report, idempotence, export round trip."""

from __future__ import annotations

import csv
import hashlib
import io
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import func, select, update
from sqlalchemy import text as sql

from leerwinkel_desk.demo import generate_demo
from leerwinkel_desk.domain.birth_dates import FORMATS as BIRTH_DATE_FORMATS
from leerwinkel_desk.domain.enums import (
    Channel,
    ContactKind,
    ContactStatus,
    DutchLevel,
    Gender,
    OrganisationType,
    Outcome,
    Phase,
    ReferrerType,
    Role,
    SocialStatus,
    Tier,
)
from leerwinkel_desk.domain.errors import InvalidValue, NotAllowed
from leerwinkel_desk.domain.text import name_key
from leerwinkel_desk.services.clients import ClientInput, Clients
from leerwinkel_desk.services.context import Actor
from leerwinkel_desk.services.import_files import Problem
from leerwinkel_desk.services.offices import OfficeSetup, create_office, default_actor, find_office
from leerwinkel_desk.services.registration.export import RegistrationExport
from leerwinkel_desk.services.registration.format import (
    FileKind,
    contact_key,
    parse_moment,
)
from leerwinkel_desk.services.registration.importer import RegistrationImport
from leerwinkel_desk.services.registration.report import Counts
from leerwinkel_desk.services.spreadsheet import csv_text, csv_text_restored
from leerwinkel_desk.store.engine import Database, open_sqlite
from leerwinkel_desk.store.migrations import upgrade
from leerwinkel_desk.store.models import (
    AuditEvent,
    Client,
    Contact,
    Counsellor,
    LearningRequest,
    Loket,
    PartnerOrganisation,
    RequestChange,
)
from leerwinkel_desk.store.number_blocks import add_block

BOM = b"\xef\xbb\xbf"


def put(folder: Path, name: str, lines: list[str], *, bom: bool = False, end: str = "\r\n",
        encoding: str = "utf-8") -> Path:
    """Write a CSV file byte for byte: `lines` joined by `end` (quoted newlines are in the lines)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes((BOM if bom else b"") + (end.join(lines) + end).encode(encoding))
    return path


def digest(db: Database) -> str:
    """Every row of every table, in key order: equal digests mean nothing changed."""
    conn = sqlcipher.connect(str(db.path))
    hashed = hashlib.sha256()
    for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"):
        for row in conn.execute(f'SELECT * FROM "{table}" ORDER BY 1'):
            hashed.update(repr(row).encode())
    conn.close()
    return hashed.hexdigest()


def count(db: Database, model: type) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


@pytest.fixture
def importer(db: Database, clock, coordinator: Actor) -> RegistrationImport:
    return RegistrationImport(db, clock, coordinator)


CLIENTS = [
    "client_ref;first_name;last_name;birth_date;gender;phone;email;postcode;municipality;"
    "highest_qualification;foreign_diploma;status;dutch_level",
    "K-001;Céline;Du  Bois;03/04/1990;F;+32 470 12 34 56;Celine@Example.be;8500;Kortrijk;"
    "secondary;no;job_seeker;native",
    "K-002;  Ahmed ;El Amrani;2001-12-31;m;;;;;none;YES;leefloon;a2",
    'K-003;Zoë;"Van ""Den"" Berghe";;x;;;;;;;;',
]
REQUESTS = [
    "request_ref;client_ref;opened_on;tier;referrer_type;referrer_org;topic;counsellor;loket;"
    "closed_on;outcome",
    'V-1;K-001;10/01/2025;3;;VDAB Kortrijk;"boekhouding;\r\navondles";An Peeters;'
    "Loket Sociaal Huis;01/06/2025;enrolled",
    "V-2;;2025-02-01;information;self;;;Ilse Info;;2025-02-01;answered",
    "V-3;K-002;2025-03-05;2;partner;OCMW Kortrijk;;an peeters;Loket Sociaal Huis;;",
    "V-4;K-003;2025-04-01;1;;;;;;;",
    "V-5;K-003;2025-04-02;trajectory;;;;Bram Desmet;;;",
]
CONTACTS = [
    "request_ref;at;kind;channel;minutes;counsellor;loket;summary",
    'V-1;2025-01-15 10:00;session;face_to_face;65;An Peeters;Loket Sociaal Huis;'
    '"intake:\r\nvraag verduidelijkt"',
    "V-1;16/01/2025 09:05;micro;sms;;;;herinnering gestuurd",
    "V-1;2025-07-01 14:30;micro;whatsapp;2;;;ok",
    "V-2;2025-02-01;micro;phone;5;Ilse Info;;",
    "V-3;2025-03-05 09:00;session;face_to_face;70;An Peeters;;",
]


def crafted(folder: Path) -> Path:
    put(folder, "clients.csv", CLIENTS, bom=True)
    put(folder, "requests.csv", REQUESTS, bom=True)
    put(folder, "contacts.csv", CONTACTS, bom=True)
    return folder


def test_semicolons_bom_crlf_quoted_newlines_and_both_date_styles(
        db: Database, importer: RegistrationImport, tmp_path: Path) -> None:
    report = importer.import_folder(crafted(tmp_path / "in"))

    assert report.errors == () and report.warnings == ()
    assert report.written and not report.dry_run
    assert report.files == ("clients.csv", "requests.csv", "contacts.csv")
    assert (report.clients, report.requests, report.contacts) == (
        Counts(created=3), Counts(created=5), Counts(created=5))
    assert report.new_counsellors == ("An Peeters", "Ilse Info", "Bram Desmet")
    assert report.new_lokets == ("Loket Sociaal Huis",)
    assert report.new_organisations == ("VDAB Kortrijk", "OCMW Kortrijk")

    with db.read() as s:
        clients = {c.import_ref: c for c in s.scalars(select(Client))}
        celine, ahmed, zoe = clients["K-001"], clients["K-002"], clients["K-003"]
        assert (celine.first_name, celine.last_name, celine.birth_date) == (
            "Céline", "Du  Bois", date(1990, 4, 3))
        assert (celine.gender, celine.email, celine.status, celine.dutch_level) == (
            Gender.F, "Celine@Example.be", SocialStatus.JOB_SEEKER, DutchLevel.NATIVE)
        assert celine.name_key == name_key("Céline", "Du  Bois")
        assert (celine.phone_key, celine.email_key) == ("0470123456", "celine@example.be")
        assert celine.foreign_diploma is False and ahmed.foreign_diploma is True
        assert ahmed.first_name == "Ahmed" and ahmed.dutch_level is DutchLevel.A2      # kept as the app keeps a name
        assert zoe.last_name == 'Van "Den" Berghe' and zoe.gender is Gender.X
        assert sorted(c.dossier_no for c in clients.values()) == [
            "LW-2026-000001", "LW-2026-000002", "LW-2026-000003"]

        requests = {r.import_ref: r for r in s.scalars(select(LearningRequest))}
        v1, v2, v3, v4, v5 = (requests[f"V-{i}"] for i in range(1, 6))
        assert v1.request_no == "LV-2025-000001" and v5.request_no == "LV-2025-000005"
        assert (v1.tier, v1.phase, v1.outcome, v1.closed_on) == (
            Tier.TRAJECTORY, Phase.CLOSED, Outcome.ENROLLED, date(2025, 6, 1))
        assert v1.referrer_type is ReferrerType.PARTNER and v1.topic == "boekhouding;\r\navondles"
        assert v1.client_id == celine.id and v2.client_id is None
        assert (v2.tier, v2.phase, v2.outcome) == (Tier.INFORMATION, Phase.CLOSED, Outcome.ANSWERED)
        assert (v3.tier, v3.phase, v3.owner_id) == (Tier.MEDIATION, Phase.INTAKE, v1.owner_id)
        assert (v4.tier, v4.phase, v4.owner_id, v4.referrer_type) == (
            Tier.INFORMATION, Phase.DISPATCH, None, ReferrerType.SELF)
        assert (v5.tier, v5.phase) == (Tier.TRAJECTORY, Phase.TRAJECTORY)

        vdab = s.scalar(select(PartnerOrganisation).where(PartnerOrganisation.name == "VDAB Kortrijk"))
        assert vdab.org_type is OrganisationType.OTHER and v1.referrer_org_id == vdab.id
        new_staff = s.scalars(select(Counsellor).where(Counsellor.can_log_in.is_(False))
                              .order_by(Counsellor.login)).all()
        assert [(c.login, c.full_name, c.role) for c in new_staff] == [
            ("an.peeters", "An Peeters", Role.COUNSELLOR),
            ("bram.desmet", "Bram Desmet", Role.COUNSELLOR),
            ("ilse.info", "Ilse Info", Role.COUNSELLOR)]
        assert s.scalar(select(Loket.id).where(Loket.name == "Loket Sociaal Huis")) == v1.loket_id

        contacts = s.scalars(select(Contact).order_by(Contact.at)).all()
        assert [(c.at, c.kind, c.channel, c.minutes) for c in contacts] == [
            (datetime(2025, 1, 15, 9, 0, tzinfo=UTC), ContactKind.SESSION, Channel.FACE_TO_FACE, 65),
            (datetime(2025, 1, 16, 8, 5, tzinfo=UTC), ContactKind.MICRO, Channel.SMS, None),
            (datetime(2025, 1, 31, 23, 0, tzinfo=UTC), ContactKind.MICRO, Channel.PHONE, 5),
            (datetime(2025, 3, 5, 8, 0, tzinfo=UTC), ContactKind.SESSION, Channel.FACE_TO_FACE, 70),
            (datetime(2025, 7, 1, 12, 30, tzinfo=UTC), ContactKind.MICRO, Channel.WHATSAPP, 2)]
        first = contacts[0]
        assert first.summary == "intake:\r\nvraag verduidelijkt"
        assert first.status is ContactStatus.HELD and first.counsellor_id == v1.owner_id
        assert first.import_key == contact_key("V-1", first.at, "session", "face_to_face",
                                               "intake:\r\nvraag verduidelijkt", 0)
        orm_made = s.scalar(select(Counsellor.id).where(Counsellor.login == "coordinator"))
    raw = sqlcipher.connect(str(db.path))
    # bulk rows are stored exactly as the ORM stores them (same text for UUIDs and moments)
    assert raw.execute("SELECT at, created_at, request_id FROM contact ORDER BY at LIMIT 1").fetchone() \
        == ("2025-01-15 09:00:00.000000", "2026-11-20 09:30:00.000000", v1.id.hex)
    assert raw.execute("SELECT created_by FROM contact LIMIT 1").fetchone() == (orm_made.hex,)
    raw.close()
    with db.read() as s:
        actions = s.scalars(select(AuditEvent.action)).all()
        assert actions.count("client.import") == 3 and actions.count("request.import") == 5
        assert actions.count("contact.import") == 3        # one per request with new contacts


def test_commas_lf_any_column_order_any_case_and_unknown_columns_warned(
        db: Database, importer: RegistrationImport, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    put(folder, "clients.csv", ["Last_Name,CLIENT_REF,first_name,Notities",
                                'Peeters,A1,Jan,"vip, bellen"'], end="\n")
    put(folder, "requests.csv", ["TIER, Opened_On ,request_ref,client_ref,", "2,15/03/2025,B1,A1,"],
        end="\n")
    put(folder, "contacts.csv", ["at,request_ref,channel,kind", "15/03/2025 10:15,B1,video,session"],
        end="\n")

    report = importer.import_folder(folder)

    assert report.errors == ()
    assert report.warnings == (Problem("clients.csv", 1, "Notities", "unknown_column"),
                               Problem("requests.csv", 1, "#5", "unknown_column"))
    assert (report.clients.created, report.requests.created, report.contacts.created) == (1, 1, 1)
    with db.read() as s:
        request = s.scalar(select(LearningRequest))
        assert (request.opened_on, request.tier, request.phase) == (
            date(2025, 3, 15), Tier.MEDIATION, Phase.INTAKE)
        assert s.scalar(select(Contact.at)) == datetime(2025, 3, 15, 9, 15, tzinfo=UTC)


def test_every_kind_of_bad_row_is_reported_and_nothing_is_written(
        db: Database, importer: RegistrationImport, tmp_path: Path) -> None:
    folder = tmp_path / "bad"
    put(folder, "clients.csv", [
        "client_ref;first_name;last_name;birth_date;gender;email;dutch_level;foreign_diploma;postcode",
        "C1;An;Peeters;1990-02-30;f;an@x.be;B1;no;8500",
        "C2;;;;;;;;",
        "C3;Cy;Claes;;q;;;;",
        "C4;Di;Dema;;;no-at-sign;;;",
        "C5;Ed;Eeckhout;;;;B3;;",
        "C1;Fa;Fonteyne;;;;;;",
        "C6;Gi;Goossens;2031-01-01;;;;;",
        "C7;Ha;Hermans;;;;;maybe;",
        "C8;Ij;Isebaert;;;;;;12345678901",
        ";Jo;Janssens;;;;;;",
        "C9;Ka;Kint;;;;;",
        "OK;Lea;Lambrecht;;;;;;",
    ])
    put(folder, "requests.csv", [
        "request_ref;client_ref;opened_on;tier;referrer_type;referrer_org;closed_on;outcome",
        "R1;C404;2025-01-01;1;;;;",
        "R2;;2025-01-01;2;;;;",
        "R3;OK;2025-01-01;4;;;;",
        "R4;OK;01-01-2025;1;;;;",
        "R5;OK;2025-01-01;1;;;2025-02-01;",
        "R6;OK;2025-01-01;1;;;;answered",
        "R7;OK;2025-03-01;3;;;2025-02-01;enrolled",
        "R8;OK;2025-01-01;1;;;2025-01-02;enrolled",
        "R9;OK;2025-01-01;1;self;VDAB;;",
        "R10;OK;;1;;;;",
        "R11;C2;2025-01-01;1;;;;",
        "R1;OK;2025-01-01;1;;;;",
        "OKR;OK;2025-01-01;1;;;;",
    ])
    put(folder, "contacts.csv", [
        "request_ref;at;kind;channel;minutes",
        "R404;2025-01-01 10:00;micro;sms;",
        "OKR;2025-01-01 25:00;micro;sms;",
        "OKR;2025-01-01 10:00;visit;sms;",
        "OKR;2025-01-01 10:00;micro;pigeon;",
        "OKR;2025-01-01 10:00;micro;sms;601",
        "OKR;2025-01-01 10:00;micro;sms;1.5",
        "R3;2025-01-01 10:00;micro;sms;",
        "OKR;;micro;sms;",
        "OKR;2025-01-01 10:00;micro;sms;5",
    ])
    before = digest(db)

    report = importer.import_folder(folder)

    c, r, k = "clients.csv", "requests.csv", "contacts.csv"
    dates = "YYYY-MM-DD, DD/MM/YYYY"
    assert report.errors == (
        Problem(c, 2, "birth_date", "invalid_date", "1990-02-30", BIRTH_DATE_FORMATS),
        Problem(c, 3, "first_name", "required"),
        Problem(c, 3, "last_name", "required"),
        Problem(c, 4, "gender", "invalid_code", "q", "f, m, x"),
        Problem(c, 5, "email", "invalid_email", "no-at-sign"),
        Problem(c, 6, "dutch_level", "invalid_code", "B3", "A1, A2, B1, B2, C1, C2, native"),
        Problem(c, 7, "client_ref", "duplicate_ref", "C1", "2"),
        Problem(c, 8, "birth_date", "out_of_range", "2031-01-01", "1916-11-20..2026-11-20"),
        Problem(c, 9, "foreign_diploma", "invalid_code", "maybe", "yes, no"),
        Problem(c, 10, "postcode", "too_long", "12345678901", "10"),
        Problem(c, 11, "client_ref", "required"),
        Problem(c, 12, None, "cell_count", "8", "9"),
        Problem(r, 2, "client_ref", "unknown_ref", "C404"),
        Problem(r, 3, "tier", "anonymous_above_tier_1", "2"),
        Problem(r, 4, "tier", "invalid_code", "4", "1, 2, 3, information, mediation, trajectory"),
        Problem(r, 5, "opened_on", "invalid_date", "01-01-2025", dates),
        Problem(r, 6, "outcome", "required_with", "", "closed_on"),
        Problem(r, 7, "closed_on", "required_with", "", "outcome"),
        Problem(r, 8, "closed_on", "before", "2025-02-01", "opened_on"),
        Problem(r, 9, "outcome", "not_for_tier", "enrolled", "1"),
        Problem(r, 10, "referrer_org", "conflicts_with", "VDAB", "referrer_type"),
        Problem(r, 11, "opened_on", "required"),
        Problem(r, 13, "request_ref", "duplicate_ref", "R1", "2"),
        Problem(k, 2, "request_ref", "unknown_ref", "R404"),
        Problem(k, 3, "at", "invalid_datetime", "2025-01-01 25:00",
                "YYYY-MM-DD HH:MM, DD/MM/YYYY HH:MM"),
        Problem(k, 4, "kind", "invalid_code", "visit", "session, micro"),
        Problem(k, 5, "channel", "invalid_code", "pigeon",
                "face_to_face, phone, email, sms, whatsapp, facebook, chat, video, letter, website"),
        Problem(k, 6, "minutes", "out_of_range", "601", "0..600"),
        Problem(k, 7, "minutes", "invalid_number", "1.5", "0..600"),
        Problem(k, 9, "at", "required"),
    )
    assert not report.written
    assert digest(db) == before
    assert count(db, Client) == count(db, LearningRequest) == count(db, Contact) == 0


def test_a_file_that_is_not_utf8_is_refused_at_its_first_bad_line_unless_cp1252_is_asked(
        db: Database, importer: RegistrationImport, tmp_path: Path) -> None:
    path = tmp_path / "clients.csv"
    path.write_bytes(b"client_ref;first_name;last_name\r\nA;Jan;Peeters\r\n"
                     + "B;René;Ceulemans\r\nC;Zoë;Smet\r\n".encode("cp1252"))

    refused = importer.import_file(FileKind.CLIENTS, path)
    assert refused.errors == (Problem("clients.csv", 3, None, "encoding", "e9", "utf-8"),)
    assert count(db, Client) == 0

    accepted = importer.import_file(FileKind.CLIENTS, path, encoding="cp1252")
    assert accepted.errors == () and accepted.clients.created == 3
    with db.read() as s:
        assert set(s.scalars(select(Client.first_name))) == {"Jan", "René", "Zoë"}

    bom = tmp_path / "bom" / "clients.csv"
    bom.parent.mkdir()
    bom.write_bytes(BOM + b"client_ref;first_name;last_name\r\n")
    assert importer.import_file(FileKind.CLIENTS, bom, encoding="cp1252").errors == (
        Problem("clients.csv", 1, None, "encoding", "ef bb bf", "cp1252"),)


def test_header_and_syntax_problems(importer: RegistrationImport, tmp_path: Path) -> None:
    missing = put(tmp_path / "a", "clients.csv", ["client_ref;First_Name;phone;PHONE", "A;B;1;2"])
    assert importer.import_file(FileKind.CLIENTS, missing).errors == (
        Problem("clients.csv", 1, "phone", "duplicate_column"),
        Problem("clients.csv", 1, "last_name", "missing_column"))
    empty = tmp_path / "b" / "contacts.csv"
    empty.parent.mkdir()
    empty.write_bytes(BOM)
    assert importer.import_file(FileKind.CONTACTS, empty).errors == (
        Problem("contacts.csv", None, None, "empty_file"),)
    unclosed = put(tmp_path / "c", "clients.csv",
                   ["client_ref;first_name;last_name", "A;B;C", 'D;"E;F', "G;H;I"])
    [problem] = importer.import_file(FileKind.CLIENTS, unclosed).errors
    assert (problem.file, problem.line, problem.code) == ("clients.csv", 3, "csv_syntax")


def test_blank_lines_and_trailing_delimiters_are_not_rows(
        importer: RegistrationImport, tmp_path: Path) -> None:
    path = put(tmp_path, "clients.csv", ["client_ref;first_name;last_name;", "A;B;C;", "", ";;;",
                                          "D;E;F;;"])
    report = importer.import_file(FileKind.CLIENTS, path)
    assert report.errors == () and report.clients.created == 2
    assert report.warnings == (Problem("clients.csv", 1, "#4", "unknown_column"),)


def test_a_file_without_its_header_row_is_refused_without_quoting_its_first_row(
        importer: RegistrationImport, tmp_path: Path) -> None:
    """The first row of data was taken as the header and each of its cells listed as an unknown column:
    'clients.csv:1:Jan: unknown column', a person's data in the report."""
    path = put(tmp_path, "clients.csv", ["K-1;Jan;Peeters", "K-2;Marie;Janssens"])
    report = importer.import_file(FileKind.CLIENTS, path)
    assert report.errors == (Problem("clients.csv", 1, None, "no_header"),) and report.warnings == ()
    assert report.clients.created == 0


def test_a_utf16_file_is_named_so_not_sent_to_cp1252(importer: RegistrationImport, tmp_path: Path) -> None:
    """Excel's 'Unicode text' is UTF-16: the hint said to try --encoding cp1252."""
    text = "client_ref;first_name;last_name\r\nK-1;Jan;Peeters\r\n"
    for encoding in ("utf-16", "utf-16-le"):            # with its BOM, and without
        (tmp_path / "clients.csv").write_bytes(text.encode(encoding))
        report = importer.import_file(FileKind.CLIENTS, tmp_path / "clients.csv")
        assert report.errors == (Problem("clients.csv", 1, None, "utf16"),)


def test_a_second_import_of_the_same_files_changes_nothing(
        db: Database, importer: RegistrationImport, tmp_path: Path) -> None:
    folder = crafted(tmp_path / "in")
    importer.import_folder(folder)
    before = digest(db)

    again = importer.import_folder(folder)

    assert again.errors == () and again.new_counsellors == again.new_lokets == ()
    assert (again.clients, again.requests, again.contacts) == (
        Counts(unchanged=3), Counts(unchanged=5), Counts(unchanged=5))
    assert digest(db) == before


def test_changed_rows_update_the_records_they_name_and_keep_history(
        db: Database, importer: RegistrationImport, clock, tmp_path: Path) -> None:
    importer.import_folder(crafted(tmp_path / "in"))
    folder = tmp_path / "later"
    put(folder, "clients.csv", ["client_ref;first_name;last_name;phone", "K-001;Céline;Du  Bois;056 22 33 44"])
    put(folder, "requests.csv", ["request_ref;opened_on;tier;closed_on;outcome",
                                 "V-4;2025-04-01;1;2025-05-01;referred_out",
                                 "V-3;2025-03-05;3;;"])
    put(folder, "contacts.csv", ["request_ref;at;kind;channel;minutes;summary",
                                 "V-1;16/01/2025 09:05;micro;sms;3;herinnering gestuurd",
                                 "V-1;2025-01-16 09:05;micro;sms;;herinnering gestuurd"])

    report = importer.import_folder(folder)

    assert report.errors == ()
    assert (report.clients, report.requests) == (Counts(updated=1), Counts(updated=2))
    assert report.contacts == Counts(updated=1, created=1)  # the same content twice: a second contact
    with db.read() as s:
        celine = s.scalar(select(Client).where(Client.import_ref == "K-001"))
        assert (celine.phone, celine.phone_key, celine.email) == (
            "056 22 33 44", "056223344", "Celine@Example.be")      # empty cell = unknown: kept
        v4 = s.scalar(select(LearningRequest).where(LearningRequest.import_ref == "V-4"))
        assert (v4.phase, v4.outcome, v4.closed_on) == (
            Phase.CLOSED, Outcome.REFERRED_OUT, date(2025, 5, 1))
        v3 = s.scalar(select(LearningRequest).where(LearningRequest.import_ref == "V-3"))
        assert (v3.tier, v3.phase) == (Tier.TRAJECTORY, Phase.TRAJECTORY)
        history = s.execute(select(RequestChange.request_id, RequestChange.field,
                                   RequestChange.old_value, RequestChange.new_value)).all()
        assert set(history) == {(v4.id, "phase", "dispatch", "closed"),
                                (v3.id, "tier", "mediation", "trajectory"),
                                (v3.id, "phase", "intake", "trajectory")}
        assert s.scalar(select(Contact.minutes).where(Contact.channel == Channel.SMS,
                                                      Contact.minutes.is_not(None))) == 3
        fields = s.scalar(select(AuditEvent.fields).where(AuditEvent.action == "client.import",
                                                          AuditEvent.at == clock.now())
                          .order_by(AuditEvent.id.desc()).limit(1))
        assert fields == "phone"


def test_a_dry_run_reports_the_same_and_writes_nothing(
        db: Database, importer: RegistrationImport, tmp_path: Path) -> None:
    folder = crafted(tmp_path / "in")
    before = digest(db)
    seen: list[tuple[int, int]] = []

    dry = importer.import_folder(folder, dry_run=True, progress=lambda done, total: seen.append((done, total)))

    assert dry.dry_run and not dry.written and dry.errors == ()
    assert (dry.clients, dry.requests, dry.contacts) == (
        Counts(created=3), Counts(created=5), Counts(created=5))
    assert dry.new_counsellors == ("An Peeters", "Ilse Info", "Bram Desmet")
    assert digest(db) == before
    assert seen[-1] == (13, 13)


def test_one_file_at_a_time_refs_found_in_the_database(
        db: Database, importer: RegistrationImport, tmp_path: Path) -> None:
    folder = crafted(tmp_path / "in")
    assert importer.import_file(FileKind.CLIENTS, folder / "clients.csv").clients.created == 3
    assert importer.import_file(FileKind.REQUESTS, folder / "requests.csv").requests.created == 5
    extra = put(tmp_path / "more", "contacts.csv", CONTACTS + ["V-9;2025-01-01;micro;sms;;;;"])
    refused = importer.import_file(FileKind.CONTACTS, extra)
    # line 8: the first contact's summary holds a quoted line break, so it spans lines 2 and 3
    assert refused.errors == (Problem("contacts.csv", 8, "request_ref", "unknown_ref", "V-9"),)
    assert importer.import_file(FileKind.CONTACTS, folder / "contacts.csv").contacts.created == 5


def test_names_match_logins_full_names_and_folded_spellings(
        db: Database, clock, coordinator: Actor, importer: RegistrationImport, tmp_path: Path) -> None:
    setup = OfficeSetup(db, clock, coordinator)
    an = setup.add_counsellor("apeeters", "An Peeters", Role.COUNSELLOR)
    bram = setup.add_counsellor("bram", "Bram Desmet", Role.COUNSELLOR)
    put(tmp_path, "requests.csv", ["request_ref;opened_on;tier;counsellor",
                                   "A;2025-01-01;1;apeeters", "B;2025-01-01;1;AN  PEETERS",
                                   "C;2025-01-01;1;Bram Desmet", "D;2025-01-01;1;Coördinator test"])
    report = importer.import_file(FileKind.REQUESTS, tmp_path / "requests.csv")
    assert report.errors == () and report.new_counsellors == ()
    with db.read() as s:
        owners = dict(s.execute(select(LearningRequest.import_ref, LearningRequest.owner_id)).all())
    assert owners == {"A": an.id, "B": an.id, "C": bram.id, "D": coordinator.counsellor_id}


def test_records_deleted_in_the_app_are_not_brought_back(
        db: Database, importer: RegistrationImport, tmp_path: Path) -> None:
    folder = crafted(tmp_path / "in")
    importer.import_folder(folder)
    with db.write() as s:
        s.execute(update(Contact).where(Contact.channel == Channel.WHATSAPP)
                  .values(deleted_at=datetime(2026, 1, 1, tzinfo=UTC)))
    report = importer.import_folder(folder)
    assert report.errors == ()
    assert report.warnings == (Problem("contacts.csv", 5, "request_ref", "deleted_record", "V-1"),)
    assert report.contacts == Counts(unchanged=4, skipped=1)


def test_only_coordinators_import_and_export(db: Database, clock, coordinator: Actor,
                                             tmp_path: Path) -> None:
    counsellor = Actor(coordinator.office_id, None, Role.COUNSELLOR)
    with pytest.raises(NotAllowed):
        RegistrationImport(db, clock, counsellor).import_folder(crafted(tmp_path / "in"))
    with pytest.raises(NotAllowed):
        RegistrationExport(db, clock, counsellor).export_folder(tmp_path / "out")


def test_brussels_wall_time_both_sides_of_daylight_saving() -> None:
    assert parse_moment("2025-03-30 01:59") == datetime(2025, 3, 30, 0, 59, tzinfo=UTC)
    assert parse_moment("30/03/2025 03:00") == datetime(2025, 3, 30, 1, 0, tzinfo=UTC)
    assert parse_moment("2025-10-26 02:30") == datetime(2025, 10, 26, 0, 30, tzinfo=UTC)  # first one
    assert parse_moment("2025-10-26 03:30") == datetime(2025, 10, 26, 2, 30, tzinfo=UTC)
    assert parse_moment("1/2/2025") == datetime(2025, 1, 31, 23, 0, tzinfo=UTC)


FORMULA_LIKE = ["=HYPERLINK(\"http://x\";\"klik\")", "+32 470 00 00 00", "-5", "@SUM(A1)",
                "\tindent", "\rcarriage", "'=already quoted", "''+twice", "'plain quote",
                "O'Neil", "a=b", ""]


@pytest.mark.parametrize("text", FORMULA_LIKE)
def test_neutralising_is_undone_exactly(text: str) -> None:
    written = csv_text(text)
    assert written[:1] not in ("=", "+", "-", "@", "\t", "\r")
    assert csv_text_restored(written) == text


def office_with_everything(db: Database, clock, tmp_path: Path) -> Actor:
    """Demo data made by the app, an import on top, and names that look like formulas."""
    generate_demo(db, clients=120, seed=7, until=date(2026, 11, 1))
    actor = default_actor(db, find_office(db))
    clients = Clients(db, clock, actor)
    for index, text in enumerate(FORMULA_LIKE[:-1]):
        clients.create(ClientInput(first_name=text, last_name=f"Formule {index}",
                                   phone="+32 56 11 22 33" if index % 2 else None,
                                   email=f"=x{index}@voorbeeld.be"), duplicates_checked=True)
    assert RegistrationImport(db, clock, actor).import_folder(crafted(tmp_path / "in")).ok
    return actor


def test_export_import_export_is_byte_identical(db: Database, clock, tmp_path: Path) -> None:
    actor = office_with_everything(db, clock, tmp_path)
    first = RegistrationExport(db, clock, actor).export_folder(tmp_path / "first")
    assert first.clients > 120 and first.contacts > 1000

    other = open_sqlite(tmp_path / "other" / "leerwinkel.db")
    upgrade(other, None)
    fresh = create_office(other, clock, "Andere leerwinkel", "AND", "coordinator", "Coördinator")
    imported = RegistrationImport(other, clock, fresh).import_folder(tmp_path / "first")
    assert imported.ok and imported.clients.created == first.clients
    assert imported.contacts.created == first.contacts
    RegistrationExport(other, clock, fresh).export_folder(tmp_path / "second")
    other.dispose()

    for kind in FileKind:
        assert (tmp_path / "second" / kind.file_name).read_bytes() == \
            (tmp_path / "first" / kind.file_name).read_bytes(), kind


def test_an_export_imported_into_its_own_database_changes_nothing(
        db: Database, clock, tmp_path: Path) -> None:
    actor = office_with_everything(db, clock, tmp_path)
    RegistrationExport(db, clock, actor).export_folder(tmp_path / "out")
    before = digest(db)
    report = RegistrationImport(db, clock, actor).import_folder(tmp_path / "out")
    assert report.ok and report.clients.created == report.requests.created == 0
    assert report.contacts.created == report.contacts.updated == 0
    assert digest(db) == before


def test_export_files_utf8_bom_semicolons_crlf_and_no_formulas(
        db: Database, clock, tmp_path: Path) -> None:
    actor = office_with_everything(db, clock, tmp_path)
    RegistrationExport(db, clock, actor).export_folder(tmp_path / "out")
    data = (tmp_path / "out" / "clients.csv").read_bytes()
    assert data.startswith(BOM + b"client_ref;first_name;last_name;birth_date;")
    assert data.count(b"\r\n") == data.count(b"\n")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))
    first_names = {row[1] for row in rows}
    assert {"'=HYPERLINK(\"http://x\";\"klik\")", "'+32 470 00 00 00", "'-5", "'@SUM(A1)",
            "''=already quoted", "'''+twice", "'plain quote", "O'Neil", "a=b"} <= first_names
    assert {"indent", "carriage"} <= first_names         # a name keeps no tab or line break (single_line)
    assert "'+32 56 11 22 33" in {row[5] for row in rows}
    assert "'=x1@voorbeeld.be" in {row[6] for row in rows}
    assert all(cell[:1] not in ("=", "+", "-", "@", "\t", "\r") for row in rows for cell in row)


def test_export_is_deterministic_and_sorted(db: Database, clock, tmp_path: Path) -> None:
    actor = office_with_everything(db, clock, tmp_path)
    exporter = RegistrationExport(db, clock, actor)
    exporter.export_folder(tmp_path / "a")
    exporter.export_folder(tmp_path / "b")
    for kind in FileKind:
        a = (tmp_path / "a" / kind.file_name).read_bytes()
        assert a == (tmp_path / "b" / kind.file_name).read_bytes()
    lines = (tmp_path / "a" / "requests.csv").read_text(encoding="utf-8-sig").split("\r\n")[1:-1]
    refs = [line.split(";")[0] for line in lines]
    assert refs == sorted(refs)
    assert not any(p.name.endswith(".partial") for p in (tmp_path / "a").iterdir())


def test_import_of_many_contacts_is_one_bulk_transaction(
        db: Database, importer: RegistrationImport, tmp_path: Path) -> None:
    requests = ["request_ref;client_ref;opened_on;tier"] + [
        f"R{i};;2025-01-01;1" for i in range(200)]
    contacts = ["request_ref;at;kind;channel;minutes;summary"] + [
        f"R{i % 200};2025-{1 + i % 12:02d}-{1 + i % 28:02d} {8 + i % 9:02d}:{i % 60:02d};micro;sms;{i % 30};"
        f"bericht {i}" for i in range(20_000)]
    folder = tmp_path / "many"
    put(folder, "requests.csv", requests)
    put(folder, "contacts.csv", contacts)
    calls: list[tuple[int, int]] = []
    report = importer.import_folder(folder, progress=lambda d, t: calls.append((d, t)))
    assert report.ok and report.contacts.created == 20_000
    assert count(db, Contact) == 20_000
    assert calls[-1] == (40_400, 40_400) and len(calls) > 10
    assert all(a[0] <= b[0] for a, b in zip(calls, calls[1:], strict=False))



def test_a_leading_apostrophe_is_taken_off_only_in_a_file_the_export_marked(
        db: Database, importer: RegistrationImport, tmp_path: Path) -> None:
    put(tmp_path / "foreign", "clients.csv", ["client_ref;first_name;last_name",
                                               "F1;'=x;Vreemd", "F2;'plain;Vreemd"])
    put(tmp_path / "ours", "clients.csv", ["client_ref;first_name;last_name;leerwinkel_export",
                                            "E1;'=x;Eigen;", "E2;''=y;Eigen;", "E3;'plain;Eigen;"])
    for folder in ("foreign", "ours"):
        report = importer.import_folder(tmp_path / folder)
        assert report.ok and not report.warnings          # the mark is no unknown column
    with db.read() as session:
        names = dict(session.execute(select(Client.import_ref, Client.first_name)).all())
    assert names == {"F1": "'=x", "F2": "'plain", "E1": "=x", "E2": "'=y", "E3": "'plain"}


def test_a_client_known_by_one_name_exports_and_imports_again(db: Database, clock, coordinator: Actor,
                                                               tmp_path: Path) -> None:
    """The app registers a person known by one name (many newcomers are), but the import asked for both
    names: the office's own export did not import again ("clients.csv:…:last_name: required, but empty").
    One of the two is enough; a row with neither is still refused, at its line."""
    clients = Clients(db, clock, coordinator)
    clients.create(ClientInput("Sofie", ""), duplicates_checked=True)
    clients.create(ClientInput("", "Wu"), duplicates_checked=True)
    RegistrationExport(db, clock, coordinator).export_folder(tmp_path / "out")
    other = open_sqlite(tmp_path / "other" / "leerwinkel.db")
    upgrade(other, None)
    fresh = create_office(other, clock, "Andere leerwinkel", "AND", "coordinator", "Coördinator")
    report = RegistrationImport(other, clock, fresh).import_folder(tmp_path / "out")
    assert report.ok, report.errors
    with other.read() as s:
        assert {(c.first_name, c.last_name) for c in s.scalars(select(Client))} == {("Sofie", None), (None, "Wu")}
    other.dispose()
    put(tmp_path / "bad", "clients.csv", ["client_ref;first_name;last_name", "k1;;"])
    refused = RegistrationImport(db, clock, coordinator).import_folder(tmp_path / "bad")
    assert [(p.line, p.column) for p in refused.errors] == [(2, "first_name"), (2, "last_name")]


def test_the_app_refuses_a_name_longer_than_the_import_takes(db: Database, clock, coordinator: Actor) -> None:
    """A 300-character first name was saved by the app and then refused by the import of its own export."""
    with pytest.raises(InvalidValue) as refused:
        Clients(db, clock, coordinator).create(ClientInput("x" * 201, "Peeters"), duplicates_checked=True)
    assert (refused.value.field, refused.value.reason) == ("first_name", "too_long")


def test_an_enrolled_laptop_with_its_numbers_used_up_imports_with_provisional_numbers(
        db: Database, importer: RegistrationImport, tmp_path: Path) -> None:
    """It was refused whole ("numbers.exhausted"); one new client at the desk got a provisional number."""
    with db.write() as s:
        s.execute(sql("INSERT INTO sync_state (key, value) VALUES ('device_id', :id)"), {"id": uuid.uuid4().hex})
        add_block(s, "LW", 2026, 1, 2)                  # room for two dossier numbers, none for requests
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "clients.csv").write_text("client_ref;first_name;last_name\nA;Jan;Peeters\nB;An;Smet\nC;Zoë;Claes\n",
                                        encoding="utf-8")
    (folder / "requests.csv").write_text("request_ref;client_ref;opened_on;tier\nV1;A;02/11/2026;2\n",
                                         encoding="utf-8")
    report = importer.import_folder(folder)
    assert report.errors == () and report.clients.created == 3
    with db.read() as s:
        assert sorted(s.scalars(select(Client.dossier_no))) == ["LW-2026-000001", "LW-2026-000002",
                                                                 "LW-2026-P00001"]
        assert list(s.scalars(select(LearningRequest.request_no))) == ["LV-2026-P00001"]


def test_an_imported_counsellors_login_is_a_plain_ascii_word_free_in_the_database_and_signs_in(
        tmp_path: Path, clock) -> None:
    """The login a counsellor named in a request file gets: made from the name by the login rule
    (domain/logins.py), ASCII letters and digits joined by dots, `begeleider.N` when nothing of the name
    is left, within the login's length, and taken by no one in the database (another office's
    coordinator is `zoe.ozdemir` already: the sign-in and the key file know no office). Each one is then
    given a passphrase in Gebruikers (the account form) and signs in with it, unlocking the key file."""
    from leerwinkel_desk.domain.logins import LOGIN_LENGTH, check_login
    from leerwinkel_desk.services.accounts import Accounts, sign_in
    from leerwinkel_desk.services.office_setup import create_office_database
    from leerwinkel_desk.store.keyring import KeyRing
    from leerwinkel_desk.store.location import Location

    location = Location.of(tmp_path / "kantoor.db")
    db = create_office_database(location, clock, office="Leerwinkel Oost", code="LWO", login="katrien",
                                full_name="Katrien Maes", passphrase="de coordinator van oost")
    try:
        boss = default_actor(db, find_office(db))
        create_office(db, clock, "Leerwinkel West", "LWW", "zoe.ozdemir", "Zoë Özdemir")
        longest = "Maximiliaan-Alexander " * 8 + "Van Den Heuvel-Verbrugge"          # 200 characters: the most
        names = ["Ann D'Hondt", "Jan Van den Berghe", "Zoë Özdemir", "李 伟", "?!… ---", "_ . _",
                 longest, longest[:-1] + "a"]   # the two differ past the login's length
        assert len(longest) == 200
        put(tmp_path / "in", "requests.csv", ["request_ref;opened_on;tier;counsellor"] + [
            f'R-{n};2025-01-01;1;"{name}"' for n, name in enumerate(names)])
        report = RegistrationImport(db, clock, boss).import_file(FileKind.REQUESTS, tmp_path / "in" / "requests.csv")
        assert report.errors == () and len(report.new_counsellors) == len(names)
        with db.read() as s:
            made = dict(s.execute(select(Counsellor.full_name, Counsellor.login)
                                  .where(Counsellor.office_id == boss.office_id, Counsellor.login != "katrien")).all())
        assert {name: made[name] for name in names[:6]} == {
            "Ann D'Hondt": "ann.d.hondt", "Jan Van den Berghe": "jan.van.den.berghe",
            "Zoë Özdemir": "zoe.ozdemir.2", "李 伟": "begeleider.1", "?!… ---": "begeleider.2",
            "_ . _": "begeleider.3"}
        long_logins = [made[longest], made[names[-1]]]
        assert long_logins[0] == ".".join(["maximiliaan", "alexander"] * 8 + ["van", "den", "heuvel", "verbrugge"]
                                          )[:LOGIN_LENGTH].rstrip(".")
        assert long_logins[1] == long_logins[0][:LOGIN_LENGTH - 2].rstrip(".") + ".2"
        with db.read() as s:
            every = list(s.scalars(select(Counsellor.login)))
        assert len({login.casefold() for login in every}) == len(every)           # unique in the whole database
        accounts = Accounts(db, clock, boss)
        for name, login in made.items():
            assert check_login(login) == login and login.isascii(), name
            with db.read() as s:
                person = s.scalar(select(Counsellor.id).where(Counsellor.login == login))
            accounts.set_passphrase(person, "een eigen lange zin voor de begeleider")
            key = KeyRing.load(location.path).unlock(login, "een eigen lange zin voor de begeleider")
            assert key == db.key
            assert sign_in(db, clock, f" {login} ", "een eigen lange zin voor de begeleider").full_name == name
    finally:
        db.dispose()


@pytest.mark.parametrize("name", ["Ann D'Hondt", "李 伟", "!!!", "x" * 300, "a " * 150, "Zoë Özdemir " * 30])
def test_a_login_made_from_any_name_passes_the_login_rule_within_its_length(name: str) -> None:
    from leerwinkel_desk.domain.logins import LOGIN_LENGTH, check_login, login_from_name

    for number in (1, 2, 123_456):
        login = login_from_name(name, number)
        assert check_login(login) == login and login.isascii() and len(login) <= LOGIN_LENGTH
        assert not login.endswith(".") and (number == 1 or login.endswith(f".{number}"))

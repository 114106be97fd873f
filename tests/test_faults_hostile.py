"""Hostile input, by hypothesis: files that are not what they claim never crash an import nor
write anything; hostile text is stored byte for byte and found literally (issue 12, the suite), but a control
character other than a line break or a tab (a NUL, an ESC), which PostgreSQL or a terminal cannot take, is
refused with a reason wherever text is saved."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select, text

from casework_fixtures import build_office
from leerwinkel_desk.domain.enums import Channel, OrganisationType
from leerwinkel_desk.domain.errors import DomainError, InvalidValue
from leerwinkel_desk.domain.text import has_control_character, shows_something, single_line
from leerwinkel_desk.services.clients import ClientInput, Clients
from leerwinkel_desk.services.contacts import Contacts
from leerwinkel_desk.services.dispatch import Dispatch, FirstContact
from leerwinkel_desk.services.registration.format import FileKind
from leerwinkel_desk.services.registration.importer import RegistrationImport
from leerwinkel_desk.store.models import AuditEvent, Client

EXAMPLES = settings(max_examples=120, suppress_health_check=[HealthCheck.function_scoped_fixture],
                    deadline=None)
HOSTILE_TEXT = st.sampled_from([
    "<b>vet</b><img src='/etc/passwd'/>", "%s%n%x{0}{name!r}", "'; DROP TABLE client; --", "Robert\u202eexe.pdf",
    "\u200f\u0627\u0644\u0633\u0644\u0627\u0645 \U0001F600", "=HYPERLINK(\"http://x\")", "@SUM(A1)", "+32", "-1",
    "line\nbreak\r\nand\ttab", "\\x00\\u0000", "NEAR(a b)", "\"a\" OR \"b\"", "ﬁ ﬂ ẞ ǅ",
]) | st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), min_size=1, max_size=60)

CELL = st.one_of(st.sampled_from(["", "=1+2", "'=x", "@cmd", "+", "\x00", '"', '""', "a\"b", ";", ",", "\r",
                                  "x" * 5000, "1990-02-30", "𝔘𝔫𝔦", "client_ref"]),
                 st.text(max_size=30))
ROWS = st.lists(st.lists(CELL, min_size=0, max_size=6), min_size=0, max_size=8)


@pytest.fixture
def office(db, clock, coordinator):
    return build_office(db, clock, coordinator)


def rows_written(db) -> tuple[int, int]:
    with db.read() as session:
        return (session.scalar(select(func.count()).select_from(Client)),
                session.scalar(select(func.count()).select_from(AuditEvent)))


@EXAMPLES
@given(data=st.one_of(
    st.binary(max_size=400),
    st.builds(lambda rows, delimiter, encoding: "\n".join(
        delimiter.join(row) for row in [["client_ref", "first_name", "last_name"], *rows]).encode(encoding, "replace"),
        ROWS, st.sampled_from([",", ";", "\t", "|", "\x00", '"']), st.sampled_from(["utf-8", "utf-16", "cp1252",
                                                                                     "utf-8-sig"])),
))
def test_any_bytes_as_a_clients_file_give_a_report_and_write_nothing(db, clock, office, tmp_path: Path,
                                                                      data: bytes) -> None:
    path = tmp_path / f"{uuid.uuid4().hex}.csv"
    path.write_bytes(data)
    before = rows_written(db)
    for encoding in ("utf-8", "cp1252"):
        report = RegistrationImport(db, clock, office.coordinator).import_file(
            FileKind.CLIENTS, path, dry_run=True, encoding=encoding)
        assert isinstance(report.errors, tuple) and not report.written
        for problem in report.errors:
            assert problem.file == path.name
    assert rows_written(db) == before


@EXAMPLES
@given(first=HOSTILE_TEXT, last=HOSTILE_TEXT, note=HOSTILE_TEXT)
def test_hostile_text_is_stored_as_typed_and_a_name_on_one_line(db, clock, office, first: str, last: str,
                                                                  note: str) -> None:
    clients = Clients(db, clock, office.counsellor)
    try:
        made = clients.create(ClientInput(first, last), duplicates_checked=True)
    except DomainError:
        return                  # refused with a reason (say, a name of only spaces): nothing stored
    stored = clients.get(made.id)
    # a name is one line, without the controls that would turn the text after it around (single_line), and
    # one that shows nothing is empty; everything else in it is kept as typed
    assert (stored.first_name, stored.last_name) == tuple(
        single_line(name) if shows_something(single_line(name)) else "" for name in (first, last))
    answer = note[:500]                                   # an answer is one summary line (domain.limits)
    try:
        request = Dispatch(db, clock, office.counsellor).answer_now(
            FirstContact(Channel.PHONE, note, client_id=made.id), answer)
    except InvalidValue as refused:                       # white space only is no answer: said, not stored;
        assert (not answer.strip() and refused.reason == "required"     # a control character (not a line break
                or has_control_character(note) and refused.reason == "control_character")      # or tab) neither
        return
    assert not has_control_character(note)
    contact = Contacts(db, clock, office.counsellor).log_micro(request.id, Channel.SMS, note[:500])
    assert contact.summary == note[:500]


def test_a_one_megabyte_note_is_stored_whole(db, clock, office) -> None:
    clients = Clients(db, clock, office.counsellor)
    client = clients.create(ClientInput("Lange", "Notitie"))
    request = Dispatch(db, clock, office.counsellor).answer_now(
        FirstContact(Channel.PHONE, "vraag", client_id=client.id), "ok")
    note = ("Een ‮lange⁦ notitie <b>%s</b> 😀 " * 40_000)[:1_000_000]
    from leerwinkel_desk.domain.enums import SessionType

    row = Contacts(db, clock, office.counsellor).record_session(
        request.id, clock.now(), 30, SessionType.INTAKE, summary="gesprek", notes=note)
    assert row.notes == note


def test_a_name_with_a_right_to_left_override_or_a_line_break_is_kept_on_one_line(db, clock, office) -> None:
    """A right-to-left override typed or pasted into a first name turned the last name around after it
    ("AliOverridexltR France" in the list); an ESC in a name ran in the terminal of `search`; a line break
    split a letter's address line. The app and the import keep a name as one clean line."""
    made = Clients(db, clock, office.counsellor).create(
        ClientInput("Ali\u202eOverride\u2066", "Fran\x1b[31mce\nDupont"), duplicates_checked=True)
    assert (made.first_name, made.last_name) == ("AliOverride", "Fran[31mce Dupont")
    assert single_line("\u200fسلام\t😀 ") == "\u200fسلام 😀"        # the marks stay, tabs are spaces


def test_a_nul_or_another_control_character_is_refused_wherever_text_is_saved(db, clock, office, tmp_path) -> None:
    """A NUL pasted into a summary was kept on the laptop and refused by PostgreSQL at every sync (DataError).
    Now every write refuses it with the field's name, and nothing of that write is kept: the desk's fast path
    (a micro-contact), the ORM's (a client's notes), both imports; line breaks and tabs are kept as typed, and
    a row that holds an old control character stays editable in its other fields."""
    from leerwinkel_desk.domain.enums import SessionType
    from leerwinkel_desk.services.reference_import import ReferenceImport, ReferenceKind
    from leerwinkel_desk.store.models import Contact

    clients = Clients(db, clock, office.counsellor)
    made = clients.create(ClientInput("Nul", "Teken"))
    request = Dispatch(db, clock, office.counsellor).answer_now(
        FirstContact(Channel.PHONE, "vraag", client_id=made.id), "ok")
    contacts = Contacts(db, clock, office.counsellor)
    with db.read() as session:
        before = session.scalar(select(func.count()).select_from(Contact))
    for summary in ("teruggebeld\x00", "kleur \x1b[31mrood", "C1 \x9b"):
        with pytest.raises(InvalidValue) as refused:
            contacts.log_micro(request.id, Channel.SMS, summary)
        assert (refused.value.field, refused.value.reason) == ("summary", "control_character")
    with pytest.raises(InvalidValue) as refused:
        contacts.record_session(request.id, clock.now(), 30, SessionType.INTAKE, summary="ok", notes="a\x00b")
    assert (refused.value.field, refused.value.reason) == ("notes", "control_character")
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Contact)) == before      # nothing of those kept
    kept = contacts.log_micro(request.id, Channel.SMS, "regel 1\r\nregel 2\tmet tab\vzachte regel")
    assert kept.summary == "regel 1\r\nregel 2\tmet tab\vzachte regel"

    with pytest.raises(InvalidValue) as refused:           # a row written through the ORM
        with db.write() as session:
            client = session.get(Client, made.id)
            client.personal_situation, client.municipality = "alleen\x00staand", "Gent"
    assert (refused.value.field, refused.value.reason) == ("personal_situation", "control_character")
    assert clients.editable(made.id).municipality is None                      # nothing of it kept
    with db.write() as session:                  # saved before this rule existed: it stays, the row editable
        session.execute(text("UPDATE client SET interests = 'oud' || char(1) WHERE id = :id"), {"id": made.id.hex})
    clients.update(made.id, ClientInput("Nul", "Teken", municipality="Gent"), duplicates_checked=True)
    assert clients.editable(made.id).municipality == "Gent"

    registrations = tmp_path / "contacts.csv"
    registrations.write_text("request_ref;at;kind;channel;summary\n"
                             f"{request.request_no};2026-11-20 10:00;micro;sms;bel\x00terug\n", encoding="utf-8")
    report = RegistrationImport(db, clock, office.coordinator).import_file(FileKind.CONTACTS, registrations)
    assert not report.written and [(p.column, p.code) for p in report.errors] == [("summary", "control_character")]
    partners = tmp_path / "partners.csv"
    partners.write_text("name;type;municipality\nCVO\x07 Gent;school;Gent\n", encoding="utf-8")
    reference = ReferenceImport(db, clock, office.coordinator).import_file(ReferenceKind.PARTNERS, partners)
    assert [(p.column, p.code) for p in reference.problems] == [("name", "control_character")]


def test_a_name_that_shows_nothing_is_refused_as_empty_wherever_it_is_saved(db, clock, office, tmp_path) -> None:
    """A client named by zero-width characters alone (first name U+200B U+200B, last name U+200D) was imported
    and saved by Ctrl+E and `edit-client`, a blank line in every list; a course titled U+200B made a blank first
    row of Opleidingsaanbod. The one rule for names (domain.text.kept_name) refuses it as empty in the client
    service, every write through the ORM and the registration import; a joiner between letters stays."""
    from leerwinkel_desk.domain.enums import ProviderType
    from leerwinkel_desk.services.catalogue import Catalogue, CourseInput
    from leerwinkel_desk.services.social_map import SocialMap

    clients = Clients(db, clock, office.counsellor)
    with pytest.raises(InvalidValue) as refused:
        clients.create(ClientInput("\u200b\u200b", "\u200d"), duplicates_checked=True)
    assert (refused.value.field, refused.value.reason) == ("last_name", "required")
    made = clients.create(ClientInput("Noor", "Janssens"), duplicates_checked=True)
    with pytest.raises(InvalidValue):
        clients.update(made.id, ClientInput("\u200b\u200b", "\u200d"), duplicates_checked=True)
    assert (clients.get(made.id).first_name, clients.get(made.id).last_name) == ("Noor", "Janssens")
    joined = clients.create(ClientInput("\u0915\u094d\u200d\u0937", "\u200bPeeters"), duplicates_checked=True)
    assert (joined.first_name, joined.last_name) == ("\u0915\u094d\u200d\u0937", "\u200bPeeters")

    catalogue = Catalogue(db, clock, office.coordinator)
    provider = catalogue.add_provider("CVO \u202eTest", ProviderType.CVO)
    assert provider.name == "CVO Test"                      # the override taken out, by every ORM write
    for title in ("\u200b", "\u2066\u2069", "\u00ad\ufe0f"):
        with pytest.raises(InvalidValue) as refused:
            catalogue.add_course(CourseInput(provider_id=provider.id, title=title))
        assert (refused.value.field, refused.value.reason) == ("title", "required")
    with pytest.raises(InvalidValue) as refused:
        catalogue.add_provider("CVO Web", ProviderType.CVO, website="javascript:alert(1)")
    assert (refused.value.field, refused.value.reason) == ("website", "format")
    with pytest.raises(InvalidValue) as refused:
        SocialMap(db, clock, office.coordinator).add_partner("\u200b", OrganisationType.OTHER)
    assert (refused.value.field, refused.value.reason) == ("name", "required")

    registrations = tmp_path / "clients.csv"
    registrations.write_text("client_ref;first_name;last_name\nK1;\u200b\u200b;\u200d\nK2;Mo;\u2066Ali\u2069\n",
                             encoding="utf-8")
    report = RegistrationImport(db, clock, office.coordinator).import_file(FileKind.CLIENTS, registrations)
    assert not report.written
    assert [(p.line, p.column, p.code) for p in report.errors] == [
        (2, "first_name", "shows_nothing"), (2, "last_name", "shows_nothing")]

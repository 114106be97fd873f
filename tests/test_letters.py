"""Printed letters, read back with pypdf: consent-bound content, every name, literal markup, filing."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import unicodedata
import uuid
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from importlib.resources import as_file
from pathlib import Path

import pytest
from bidi import get_display
from PIL import Image
from pypdf import PdfReader
from sqlalchemy import func, select

from casework_fixtures import Office, build_office
from leerwinkel_desk.domain.consent import Recipient
from leerwinkel_desk.domain.enums import (
    Channel,
    ConsentMethod,
    ConsentPurpose,
    DataItem,
    DutchLevel,
    OrganisationType,
    Qualification,
    Role,
    SessionType,
    SocialStatus,
    Tier,
)
from leerwinkel_desk.domain.errors import Conflict, ConsentMissing, InvalidValue, NotFound
from leerwinkel_desk.reports.letterhead import letterhead_folder
from leerwinkel_desk.reports.letters import PdfLetters
from leerwinkel_desk.reports.right_to_left import for_drawing, shape_arabic, visual_order
from leerwinkel_desk.reports.texts import dutch_date, dutch_list, euro
from leerwinkel_desk.services.agenda import Agenda
from leerwinkel_desk.services.clients import ClientInput, Clients
from leerwinkel_desk.services.consents import Consents
from leerwinkel_desk.services.contacts import Contacts
from leerwinkel_desk.services.dispatch import Dispatch, FirstContact
from leerwinkel_desk.services.letter_content import CounsellorContact
from leerwinkel_desk.services.letters import LetterKind, Letters, letters_folder
from leerwinkel_desk.services.options import Options
from leerwinkel_desk.services.requests import IntakeInput, Requests
from leerwinkel_desk.services.social_map import SocialMap
from leerwinkel_desk.store.models import AuditEvent, Letter, PartnerOrganisation

PHONE = "0470 12 34 56"
EMAIL = "client@example.be"
BENEFITS = "Leefloon via het OCMW sinds maart"
NETWORK = "Zus past op de kinderen"
BARRIERS = "Kinderopvang op woensdagavond"
INTERNAL_NOTE = "Interne nota: schuldbemiddeling loopt"
STUDY_HISTORY = "Middelbare school in Turkije, niet afgewerkt. Twee jaar administratief werk."
QUESTION = "Ik wil een diploma boekhouden halen, liefst 's avonds."
SESSION_SUMMARY = "Studieverleden en interesses besproken; boekhouden past goed."

@dataclass(frozen=True)
class Case:
    client_id: uuid.UUID
    request_id: uuid.UUID
    dossier_no: str
    request_no: str
    school: Recipient


@pytest.fixture
def office(db, clock, coordinator) -> Office:
    return build_office(db, clock, coordinator)


@pytest.fixture
def letters(db, clock, office: Office) -> Letters:
    return Letters(db, clock, office.counsellor, PdfLetters())


def open_case(db, clock, office: Office, first_name: str = "Fatima", last_name: str = "El Amrani",
              option_note: str = "Avondles past goed bij haar werk.",
              study_history: str = STUDY_HISTORY) -> Case:
    """A client through intake, a trajectory session, two options and a choice (no consent yet)."""
    an = office.counsellor
    client = Clients(db, clock, an).create(ClientInput(
        first_name, last_name, birth_date=date(1988, 5, 2), phone=PHONE, email=EMAIL,
        status=SocialStatus.LEEFLOON), duplicates_checked=True)
    slot = Agenda(db, clock, office.info_officer).free_slots(clock.now().date() + timedelta(days=2))[0]
    request = Dispatch(db, clock, office.info_officer).book_intake(FirstContact(
        Channel.PHONE, "Boekhouden", client_id=client.id, loket_id=office.loket_id), slot)
    contacts, requests = Contacts(db, clock, an), Requests(db, clock, an)
    today, clock.at = clock.at, slot.at                     # the booked intake is held on its day, not before
    contacts.hold_session(contacts.timeline(request.id)[0].id, 70, SESSION_SUMMARY, INTERNAL_NOTE)
    requests.record_intake(request.id, IntakeInput(
        question=QUESTION, topic="Boekhouden", status=SocialStatus.LEEFLOON,
        personal_situation=BENEFITS, support_network=NETWORK, practical_barriers=BARRIERS,
        dutch_level=DutchLevel.B2, highest_qualification=Qualification.LOWER_SECONDARY,
        foreign_diploma=True, study_history=study_history))
    requests.move_tier(request.id, Tier.TRAJECTORY)
    clock.at = slot.at + timedelta(days=7)                  # a week later, the trajectory session
    contacts.record_session(request.id, clock.at, 60, SessionType.TRAJECTORY,
                            office.loket_id, "Boekhouden en zorgkundige vergeleken.")
    clock.at = today                                        # the letters are made on the test's day
    options = Options(db, clock, an)
    chosen = options.consider(request.id, course_id=office.course_ids[0], note=option_note)
    options.consider(request.id, course_id=office.course_ids[1], note="Dagonderwijs: moeilijk.")
    requests.choose(chosen.id)
    return Case(client.id, request.id, client.dossier_no, request.request_no,
                Recipient(office.school_id, office.study_counsellor_id))


def grant(db, clock, office: Office, case: Case, items: frozenset[DataItem],
          recipient: Recipient | None = None):
    return Consents(db, clock, office.counsellor).grant(
        case.client_id, recipient or case.school, ConsentPurpose.WARM_HANDOVER, items,
        ConsentMethod.SIGNED_FORM, expires_on=clock.now().date() + timedelta(days=180),
        request_id=case.request_id)


def pdf_text(pdf: bytes) -> str:
    """The text of every page in reading order, each run of white space as one space."""
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages)


def letter_count(db) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(Letter))


def print_audits(db) -> list[AuditEvent]:
    with db.read() as s:
        return list(s.scalars(select(AuditEvent).where(AuditEvent.action == "letter.print")))


def test_handover_letter_holds_only_consented_and_relevant_items(db, clock, office, letters) -> None:
    case = open_case(db, clock, office)
    consented = frozenset({DataItem.IDENTITY, DataItem.QUESTION, DataItem.STUDY_HISTORY,
                           DataItem.CHOICE, DataItem.SOCIAL_STATUS, DataItem.SUPPORT_NETWORK})
    consent = grant(db, clock, office, case, consented)
    row = letters.print_handover(case.request_id, case.school)
    assert row.shared_items == {DataItem.IDENTITY, DataItem.QUESTION, DataItem.STUDY_HISTORY,
                                DataItem.CHOICE}
    assert row.consent_id == consent.id
    text = pdf_text(row.path.read_bytes())
    for allowed in ("Fatima El Amrani", dutch_date(date(1988, 5, 2)), QUESTION, STUDY_HISTORY,
                    "lager secundair onderwijs", "Gekozen opleiding", "Boekhouden", "CVO Miras",
                    "Avondles past goed bij haar werk.", "Karel Vandenberghe"):
        assert allowed in text, allowed
    # the consent reference: when and how it was given, until when, what is shared
    assert f"Gegeven op {dutch_date(clock.now().date())}" in text
    assert "schriftelijk, met een ondertekend formulier" in text
    assert f"Geldig tot {dutch_date(clock.now().date() + timedelta(days=180))}" in text
    # social status and network were signed for, but are not for the school; the rest was not consented
    for absent in (PHONE, EMAIL, "leefloon", "Leefloon", BENEFITS, NETWORK, BARRIERS, INTERNAL_NOTE,
                   "Zorgkundige", "Dagonderwijs", "Niveau Nederlands", "B2", SESSION_SUMMARY,
                   "sociale situatie", "steunnetwerk", "Telefoon"):
        assert absent not in text, absent


def test_contact_details_print_only_when_consented(db, clock, office, letters) -> None:
    case = open_case(db, clock, office)
    grant(db, clock, office, case, frozenset({DataItem.CONTACT_DETAILS, DataItem.DUTCH_LEVEL,
                                              DataItem.PRACTICAL_BARRIERS, DataItem.OPTIONS,
                                              DataItem.TRAJECTORY_SUMMARY}))
    text = pdf_text(letters.print_handover(case.request_id, case.school).path.read_bytes())
    for allowed in (PHONE, EMAIL, "B2", BARRIERS, "Zorgkundige", "Dagonderwijs: moeilijk.",
                    SESSION_SUMMARY, "begeleidingstraject"):
        assert allowed in text, allowed
    # without identity the letter stays anonymous: no name, no birth date, the dossier number instead
    for absent in ("Fatima", "El Amrani", dutch_date(date(1988, 5, 2)), QUESTION, STUDY_HISTORY,
                   INTERNAL_NOTE, BENEFITS):
        assert absent not in text, absent
    assert f"Warme overdracht (dossier {case.dossier_no})" in text


@pytest.mark.parametrize(("first", "last"), [
    ("Łukasz", "Wiśniewski"), ("Çağrı", "Nguyễn"), ("Олена", "Коваленко"), ("Ngọc Ánh", "Trần"),
])
def test_names_in_any_script_extract_exactly(db, clock, office, letters, first, last) -> None:
    case = open_case(db, clock, office, first, last)
    grant(db, clock, office, case, frozenset({DataItem.IDENTITY}))
    summary = pdf_text(letters.print_summary(case.client_id).path.read_bytes())
    handover = pdf_text(letters.print_handover(case.request_id, case.school).path.read_bytes())
    assert f"{first} {last}" in summary and f"Beste {first}," in summary
    assert f"Warme overdracht van {first} {last}" in handover


def test_arabic_names_are_shaped_right_to_left_and_extract_as_the_same_letters(
        db, clock, office, letters) -> None:
    case = open_case(db, clock, office, "محمد", "العلي")
    grant(db, clock, office, case, frozenset({DataItem.IDENTITY}))
    text = pdf_text(letters.print_summary(case.client_id).path.read_bytes())
    # pypdf returns reading order; the joined letter forms fold back to the letters typed
    assert "محمد العلي" in unicodedata.normalize("NFKC", text)
    assert "\ufee3\ufea4\ufee4\ufeaa" in text            # م initial, ح medial, م medial, د final


def test_an_arabic_address_with_digits_prints_in_reading_order(db, clock, office, letters) -> None:
    address = "شارع 12 رقم 5"                                # street 12, number 5: digits inside Arabic
    with db.write() as s:
        s.get(PartnerOrganisation, office.school_id).street = address
    case = open_case(db, clock, office)
    grant(db, clock, office, case, frozenset({DataItem.IDENTITY}))
    pdf = letters.print_handover(case.request_id, case.school).path.read_bytes()
    # pypdf's layout mode gives the glyphs as drawn, left to right; an Arabic reader reads that line
    # right to left: the Unicode bidi algorithm with a right-to-left base (python-bidi's Rust one,
    # not the one that drew it) gives back the address as typed, digits in their place
    page = PdfReader(io.BytesIO(pdf)).pages[0].extract_text(extraction_mode="layout")
    drawn = [line.strip() for line in unicodedata.normalize("NFKC", page).splitlines() if "\u0645" in line]
    assert [get_display(line, base_dir="R") for line in drawn] == [address]
    assert for_drawing(address) == "5 \ufee2\ufed7\ufead 12 \ufec9\ufead\ufe8e\ufeb7"   # drawn: 5 مقر 12 عراش


def test_a_right_to_left_paragraph_that_wraps_prints_its_first_words_on_its_first_line(
        db, clock, office, letters) -> None:
    """Ordered as a whole and then wrapped, sixty numbered Arabic words printed word 60 on the top line."""
    words = [f"كلمة{n}" for n in range(1, 61)]          # "word1" .. "word60", each a distinct Arabic word
    case = open_case(db, clock, office, study_history=" ".join(words))
    grant(db, clock, office, case, frozenset({DataItem.IDENTITY, DataItem.STUDY_HISTORY}))
    pdf = letters.print_handover(case.request_id, case.school).path.read_bytes()
    pages = [page.extract_text(extraction_mode="layout") for page in PdfReader(io.BytesIO(pdf)).pages]
    drawn = [line.strip() for page in pages for line in unicodedata.normalize("NFKC", page).splitlines()
             if "\u0645" in line]                               # the lines that hold the words (meem)
    assert len(drawn) > 1                                # it wraps
    read = " ".join(get_display(line, base_dir="R") for line in drawn).split()
    assert read == words                                 # top line first, each line right to left


def test_shaping_and_visual_order_of_right_to_left_text() -> None:
    assert shape_arabic("لا") == "\ufefb"                 # lam-alef ligature
    assert shape_arabic("بب") == "\ufe91\ufe90"              # beh initial, beh final
    assert shape_arabic("بء") == "\ufe8f\ufe80"              # hamza never joins: both isolated
    assert visual_order("Naam: שלום (x)") == "Naam: םולש (x)"
    assert visual_order("אב (ג) ד") == "ד (ג) בא"         # brackets mirrored inside the run
    assert visual_order("Łukasz") == "Łukasz"


def test_user_text_is_never_markup(db, clock, office, letters, tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)               # a relative src would find this picture if obeyed
    Image.new("RGB", (8, 8), "red").save("picture.png")
    hostile_first = '<img src="picture.png"/>'
    hostile_last = "</para> & <b>vet</b> &amp; <font color=red>"
    note = ('Zie <img src="picture.png" width="400"/> en </para><para> & co. '
            '<a href="file:///etc/passwd">x</a>')
    case = open_case(db, clock, office, hostile_first, hostile_last, option_note=note)
    grant(db, clock, office, case, frozenset({DataItem.IDENTITY, DataItem.CHOICE}))
    for row in (letters.print_summary(case.client_id),
                letters.print_handover(case.request_id, case.school)):
        pdf = row.path.read_bytes()
        text = pdf_text(pdf)
        assert f"{hostile_first} {hostile_last}" in text
        assert note in text
        # the letterhead's logo is the only image and there are no links: the tags opened nothing
        reader = PdfReader(io.BytesIO(pdf))
        assert len([image for page in reader.pages for image in page.images]) == 1
        assert all("/Annots" not in page for page in reader.pages)


def test_a_20000_character_note_flows_over_several_pages(db, clock, office, letters) -> None:
    sentence = "De cursist vertelde uitgebreid over haar werk, haar kinderen en haar plannen. "
    note = (sentence * (20_000 // len(sentence) + 1))[:19_990] + " EINDE."
    unbroken = "x" * 20_000
    case = open_case(db, clock, office, option_note=note, study_history=unbroken)
    grant(db, clock, office, case, frozenset({DataItem.STUDY_HISTORY, DataItem.CHOICE}))
    pdf = letters.print_handover(case.request_id, case.school).path.read_bytes()
    reader = PdfReader(io.BytesIO(pdf))
    text = pdf_text(pdf)
    assert len(reader.pages) >= 4
    assert f"pagina 2 van {len(reader.pages)}" in text
    assert "EINDE." in text and text.count("x") >= 20_000
    summary = letters.print_summary(case.client_id).path.read_bytes()
    assert "pagina 2 van" in pdf_text(summary) and "EINDE." in pdf_text(summary)


def test_same_data_gives_the_same_bytes(db, clock, office, letters) -> None:
    case = open_case(db, clock, office)
    grant(db, clock, office, case, frozenset({DataItem.IDENTITY, DataItem.CHOICE}))
    first = letters.print_handover(case.request_id, case.school)
    again = Letters(db, clock, office.counsellor, PdfLetters()).print_handover(case.request_id, case.school)
    assert first.file_name != again.file_name
    assert first.path.read_bytes() == again.path.read_bytes() and first.sha256 == again.sha256
    summary_one = letters.print_summary(case.client_id)
    summary_two = letters.print_summary(case.client_id)
    assert summary_one.sha256 == summary_two.sha256


def test_metadata_page_numbers_and_dutch_dates(db, clock, office, letters) -> None:
    case = open_case(db, clock, office)
    grant(db, clock, office, case, frozenset({DataItem.IDENTITY}))
    clock.at = datetime(2026, 11, 22, 8, 15, tzinfo=UTC)
    row = letters.print_handover(case.request_id, case.school)
    reader = PdfReader(io.BytesIO(row.path.read_bytes()))
    assert reader.metadata.title == f"Warme overdracht {case.dossier_no}"
    assert reader.metadata.author == "Leerwinkel Test"
    assert reader.metadata["/CreationDate"].startswith("D:20261122081500")
    assert reader.pages[0].mediabox.width == pytest.approx(595.28, abs=0.1)      # A4
    assert reader.pages[0].mediabox.height == pytest.approx(841.89, abs=0.1)
    text = pdf_text(row.path.read_bytes())
    assert "22 november 2026" in text and f"pagina 1 van {len(reader.pages)}" in text
    assert "Fatima" not in (reader.metadata.title or "") + row.file_name
    # reading order: letterhead, addressee, subject, consent, content, signature, footer
    marks = ["Leerwinkel Test", "Karel Vandenberghe", "Warme overdracht van", "Toestemming van de cursist",
             "Over de cursist", "Met vriendelijke groeten", "An Peeters", "pagina 1 van"]
    positions = [text.find(mark) for mark in marks]
    assert -1 not in positions and positions == sorted(positions)


def test_dutch_dates_and_amounts_need_no_locale() -> None:
    months = [dutch_date(date(2026, month, 1)).split()[1] for month in range(1, 13)]
    assert months == ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                      "september", "oktober", "november", "december"]
    assert dutch_date(date(2026, 11, 22)) == "22 november 2026"
    assert euro(Decimal("1180.5")) == "€ 1.180,50"


def test_summary_speaks_to_the_client_with_options_choice_and_next_steps(db, clock, office, letters) -> None:
    case = open_case(db, clock, office)
    requests = Requests(db, clock, office.counsellor)
    follow_up = clock.now().date() + timedelta(days=20)
    requests.start_follow_up(case.request_id, follow_up)
    text = pdf_text(letters.print_summary(case.client_id).path.read_bytes())
    for expected in ("Samenvatting van uw gesprek", "Beste Fatima,", QUESTION, SESSION_SUMMARY,
                     "Boekhouden en zorgkundige vergeleken.", "Uw mogelijkheden", "Zorgkundige",
                     "Kortrijk", "€ 180", "opleidingscheques", "minstens niveau B1",
                     "vrijstelling van inschrijvingsgeld", "U kiest voor: Boekhouden.",
                     f"Ik neem rond {dutch_date(follow_up)} contact met u op", "An Peeters",
                     "leerloopbaanbegeleider", case.dossier_no):
        assert expected in text, expected
    for absent in (INTERNAL_NOTE, BENEFITS, NETWORK):
        assert absent not in text, absent


def test_summary_tells_where_the_client_was_referred_and_whom_to_ask_not_why(db, clock, office, letters) -> None:
    from leerwinkel_desk.domain.enums import ReferralReason
    from leerwinkel_desk.services.referrals import Referrals

    case = open_case(db, clock, office)
    referrals = Referrals(db, clock, office.counsellor)
    referrals.refer_out(case.request_id, office.ocmw_id, ReferralReason.INCOME, "INTERN: leefloon loopt af",
                        office.ocmw_worker_id)
    closed = referrals.refer_out(case.request_id, office.vdab_id, ReferralReason.WORK, "werk")
    referrals.close_loop(closed.id, happened=True)
    text = pdf_text(letters.print_summary(case.client_id).path.read_bytes())
    assert "Ik heb u doorverwezen naar Sociaal Huis Kortrijk. Zij helpen u daar verder. Vraag daar naar " \
           "Sofie Claeys." in text
    assert "INTERN" not in text and "VDAB" not in text          # the reason stays internal; a closed loop is done


@pytest.mark.parametrize(("person", "expected"), [
    (None, "Zij helpen u daar verder. U kunt hen bellen op 056 75 85 34."),
    ("Sofie Claeys", "Zij helpen u daar verder. Bel 056 75 85 34 en vraag naar Sofie Claeys."),
])
def test_summary_words_the_referral_with_or_without_a_person_to_ask_for(db, clock, office, letters,
                                                                        person: str | None, expected: str) -> None:
    """Without a contact person it read "Vraag naar: 056 75 85 34.", as if the number were a person."""
    from leerwinkel_desk.domain.enums import ReferralReason
    from leerwinkel_desk.services.referrals import Referrals

    case = open_case(db, clock, office)
    with db.write() as s:
        s.get(PartnerOrganisation, office.ocmw_id).phone = "056 75 85 34"
    Referrals(db, clock, office.counsellor).refer_out(
        case.request_id, office.ocmw_id, ReferralReason.INCOME, "leefloon", office.ocmw_worker_id if person else None)
    text = pdf_text(letters.print_summary(case.client_id).path.read_bytes()).replace("\xa0", " ")
    assert f"Ik heb u doorverwezen naar Sociaal Huis Kortrijk. {expected}" in text
    assert "Vraag naar: 056" not in text


def test_every_letter_is_filed_with_its_record_file_and_audit_event(db, clock, office, letters) -> None:
    case = open_case(db, clock, office)
    consent = grant(db, clock, office, case, frozenset({DataItem.IDENTITY, DataItem.CHOICE}))
    row = letters.print_handover(case.request_id, case.school)
    folder = Path(db.path).parent / "letters"
    assert row.path == folder / f"{case.dossier_no}-handover-1.pdf" == letters_folder(db) / row.file_name
    pdf = row.path.read_bytes()
    assert hashlib.sha256(pdf).hexdigest() == row.sha256
    with db.read() as s:
        stored = s.get(Letter, row.id)
        assert (stored.kind, stored.recipient_name, stored.consent_id, stored.request_id) == (
            "handover", "Karel Vandenberghe, CVO Miras", consent.id, case.request_id)
        assert stored.shared_items == ["choice", "identity"] and stored.sha256 == row.sha256
        assert stored.produced_at == clock.now() and stored.client_id == case.client_id
    [event] = print_audits(db)
    assert (event.record_id, event.entity, event.subject_client_id) == (row.id, "letter", case.client_id)
    assert set(event.fields.split(",")) == {"kind", "produced_at", "file_name", "sha256",
                                            "recipient_name", "shared_items", "consent_id"}
    summary = letters.print_summary(case.client_id)
    assert (summary.kind, summary.consent_id, summary.shared_items) == (LetterKind.SUMMARY, None, frozenset())
    assert [x.id for x in letters.for_client(case.client_id)] == [row.id, summary.id]
    assert letters.reprint(row.id) == pdf
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action == "letter.reprint", AuditEvent.record_id == row.id)) == 1


def test_reprint_refuses_a_changed_or_missing_file(db, clock, office, letters) -> None:
    case = open_case(db, clock, office)
    row = letters.print_summary(case.client_id)
    row.path.write_bytes(row.path.read_bytes() + b"\n% changed")
    with pytest.raises(Conflict):
        letters.reprint(row.id)
    row.path.unlink()
    with pytest.raises(NotFound):
        letters.reprint(row.id)


def test_no_consent_no_letter_and_nothing_written(db, clock, office, letters) -> None:
    case = open_case(db, clock, office)
    with pytest.raises(ConsentMissing):
        letters.print_handover(case.request_id, case.school)
    with pytest.raises(ConsentMissing):
        letters.default_recipient(case.request_id)
    # consent for the OCMW worker does not cover the school
    grant(db, clock, office, case, frozenset({DataItem.IDENTITY}),
          Recipient(office.ocmw_id, office.ocmw_worker_id))
    with pytest.raises(ConsentMissing):
        letters.print_handover(case.request_id, case.school)
    assert letter_count(db) == 0 and print_audits(db) == []
    assert not letters_folder(db).exists() or not any(letters_folder(db).iterdir())


def test_items_beyond_the_consent_or_the_study_path_are_refused(db, clock, office, letters) -> None:
    case = open_case(db, clock, office)
    grant(db, clock, office, case, frozenset(DataItem) - {DataItem.CONTACT_DETAILS})
    with pytest.raises(ConsentMissing):
        letters.print_handover(case.request_id, case.school,
                               frozenset({DataItem.IDENTITY, DataItem.CONTACT_DETAILS}))
    with pytest.raises(InvalidValue):
        letters.print_handover(case.request_id, case.school, frozenset({DataItem.SOCIAL_STATUS}))
    assert letter_count(db) == 0
    row = letters.print_handover(case.request_id, case.school, frozenset({DataItem.QUESTION}))
    text = pdf_text(row.path.read_bytes())
    assert QUESTION in text and "Fatima" not in text and STUDY_HISTORY not in text


def test_after_withdrawal_the_letter_is_refused(db, clock, office, letters) -> None:
    case = open_case(db, clock, office)
    consent = grant(db, clock, office, case, frozenset({DataItem.IDENTITY, DataItem.QUESTION}))
    assert letters.default_recipient(case.request_id) == case.school
    letters.print_handover(case.request_id, case.school)
    Consents(db, clock, office.counsellor).withdraw(consent.id)
    with pytest.raises(ConsentMissing):
        letters.print_handover(case.request_id, case.school)
    with pytest.raises(ConsentMissing):
        letters.default_recipient(case.request_id)
    assert letter_count(db) == 1 and len(print_audits(db)) == 1
    assert len(list(letters_folder(db).glob("*.pdf"))) == 1


def test_the_letter_shares_what_the_handover_to_that_recipient_shared_never_more(db, clock, office, letters) -> None:
    """The tester's case: consent for naam, leervraag, studieverleden and niveau Nederlands; the handover
    (Hoe = Brief) shared three of them; the letter printed afterwards carried all four."""
    from leerwinkel_desk.domain.enums import HandoverMode
    from leerwinkel_desk.services.handovers import Handovers

    case = open_case(db, clock, office)
    school = Recipient(office.school_id)
    consented = frozenset({DataItem.IDENTITY, DataItem.QUESTION, DataItem.STUDY_HISTORY, DataItem.DUTCH_LEVEL})
    grant(db, clock, office, case, consented, school)
    decided = consented - {DataItem.DUTCH_LEVEL}
    Handovers(db, clock, office.counsellor).hand_over(case.request_id, school, HandoverMode.LETTER, decided)
    for pdf in (letters.preview_handover(case.request_id, school),
                letters.print_handover(case.request_id, school).path.read_bytes()):
        text = pdf_text(pdf)
        assert "Fatima El Amrani" in text and QUESTION in text and STUDY_HISTORY in text
        assert "Niveau Nederlands" not in text and "B2" not in text
        assert "Gedeelde gegevens naam en geboortedatum, leervraag, studieverleden Over de cursist" in text
    with db.read() as s:
        filed = s.scalars(select(Letter)).one()
        assert set(filed.shared_items) == {i.value for i in decided}
    # the study counsellor there gets what the organisation was given; asking for more is refused
    assert letters.print_handover(case.request_id, case.school).shared_items == decided
    with pytest.raises(InvalidValue) as refused:
        letters.print_handover(case.request_id, school, frozenset({DataItem.IDENTITY, DataItem.DUTCH_LEVEL}))
    assert refused.value.reason == "beyond_handover"
    assert letters.print_handover(case.request_id, school, frozenset({DataItem.QUESTION})).shared_items == {
        DataItem.QUESTION}                                          # less than decided stays possible
    assert letter_count(db) == 3


def test_the_print_dialog_is_told_what_the_letter_to_a_recipient_would_share(db, clock, office, letters) -> None:
    from leerwinkel_desk.domain.enums import HandoverMode
    from leerwinkel_desk.services.handovers import Handovers
    from leerwinkel_desk.services.letters import HandoverItems

    case = open_case(db, clock, office)
    school, ocmw = Recipient(office.school_id), Recipient(office.ocmw_id)
    assert letters.handover_items(case.request_id, school) == HandoverItems(frozenset(), None, None)
    grant(db, clock, office, case, frozenset({DataItem.IDENTITY, DataItem.QUESTION, DataItem.SOCIAL_STATUS}), school)
    relevant = frozenset({DataItem.IDENTITY, DataItem.QUESTION})      # social status is not for the school
    assert letters.handover_items(case.request_id, school) == HandoverItems(relevant, None, None)
    handovers = Handovers(db, clock, office.counsellor)
    first = handovers.hand_over(case.request_id, school, HandoverMode.LETTER, relevant)
    assert letters.handover_items(case.request_id, school) == HandoverItems(relevant, relevant, first.at)
    assert letters.handover_items(case.request_id, case.school).handed_over == relevant    # a person there too
    clock.at += timedelta(hours=1)
    newest = handovers.hand_over(case.request_id, school, HandoverMode.CALL, frozenset({DataItem.QUESTION}))
    assert letters.handover_items(case.request_id, school) == HandoverItems(
        relevant, frozenset({DataItem.QUESTION}), newest.at)                 # the newest decision counts
    assert letters.handover_items(case.request_id, ocmw) == HandoverItems(frozenset(), None, None)


def test_a_consent_for_the_organisation_covers_its_study_counsellor(db, clock, office, letters) -> None:
    case = open_case(db, clock, office)
    grant(db, clock, office, case, frozenset({DataItem.IDENTITY}), Recipient(office.school_id))
    row = letters.print_handover(case.request_id, case.school)
    assert row.recipient_name == "Karel Vandenberghe, CVO Miras"
    assert "Beste Karel Vandenberghe," in pdf_text(row.path.read_bytes())
    team = letters.print_handover(case.request_id, Recipient(office.school_id))
    assert "Beste collega," in pdf_text(team.path.read_bytes())


def test_recipients_are_found_by_name_without_case_or_accents(db, clock, office, letters,
                                                              coordinator) -> None:
    social = SocialMap(db, clock, coordinator)
    basic = social.add_partner("Centrum Basiseducatie Élan", OrganisationType.SCHOOL)
    assert letters.recipient_named("karel  VANDENBERGHE") == Recipient(office.school_id,
                                                                       office.study_counsellor_id)
    assert letters.recipient_named("cvo miras") == Recipient(office.school_id)
    assert letters.recipient_named("centrum basiseducatie elan") == Recipient(basic.id)
    with pytest.raises(InvalidValue):
        letters.recipient_named("CVO Nergens")
    social.add_contact(basic.id, "Karel Vandenberghe", "trajectbegeleider")
    with pytest.raises(InvalidValue):
        letters.recipient_named("Karel Vandenberghe")


def test_letterhead_is_configured_per_office_code(db, clock, office, tmp_path) -> None:
    folder = tmp_path / "letterhead"
    with as_file(letterhead_folder()) as shipped:
        shutil.copytree(shipped, folder)
    (folder / "lwt.json").write_text(json.dumps({
        "name": "Leerwinkel Regio Test", "address_lines": ["Stationsstraat 1", "8500 Kortrijk"],
        "footer": "$office_name · ondernemingsnummer 0123.456.789", "logo": "",
        "signature": "$counsellor_name\n$counsellor_function bij $office_name",
    }), encoding="utf-8")
    case = open_case(db, clock, office)
    row = Letters(db, clock, office.counsellor, PdfLetters(folder)).print_summary(case.client_id)
    pdf = row.path.read_bytes()
    text = pdf_text(pdf)
    assert "Leerwinkel Regio Test" in text and "Stationsstraat 1" in text
    assert "Leerwinkel Regio Test · ondernemingsnummer 0123.456.789" in text
    assert "leerloopbaanbegeleider bij Leerwinkel Regio Test" in text
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.metadata.author == "Leerwinkel Regio Test"
    assert not [image for page in reader.pages for image in page.images]


@pytest.mark.parametrize(("logo", "reason"), [
    ("../buiten.png", "outside_folder"), ("/tmp/buiten.png", "outside_folder"), ("sub/klein.png", "outside_folder"),
    ("link.png", "outside_folder"), ("breed.png", "too_large"), ("zwaar.png", "too_large"),
    ("tekst.png", "not_an_image"), ("klein.png", None)])
def test_a_letterhead_logo_stays_in_its_folder_and_within_bounds(tmp_path: Path, logo: str, reason: str | None) -> None:
    """A logo named with a path or linked out of the folder, over 2000 pixels a side (a 10 KB PNG
    of 9000 by 9000 took 850 MB to load) or over 1 MB, or not an image, is refused by name."""
    from leerwinkel_desk.reports.letterhead import load_letterhead
    from leerwinkel_desk.services.letter_content import OfficeHeading

    folder = tmp_path / "letterhead"
    with as_file(letterhead_folder()) as shipped:
        shutil.copytree(shipped, folder)
    (folder / "sub").mkdir()
    for place in (tmp_path / "buiten.png", folder / "klein.png", folder / "sub" / "klein.png"):
        Image.new("RGB", (40, 40), (10, 120, 140)).save(place)
    (folder / "link.png").symlink_to(tmp_path / "buiten.png")
    Image.new("P", (2001, 1)).save(folder / "breed.png")
    (folder / "zwaar.png").write_bytes((folder / "klein.png").read_bytes() + b"\0" * (1 << 20))
    (folder / "tekst.png").write_text("geen beeld", encoding="utf-8")
    (folder / "lwt.json").write_text(json.dumps({"logo": logo}), encoding="utf-8")
    office = OfficeHeading("LWT", "Leerwinkel Test", None, None, None, None, None, None)
    if reason is None:
        assert load_letterhead(office, folder).logo is not None
        return
    with pytest.raises(InvalidValue) as refused:
        load_letterhead(office, folder)
    assert (refused.value.field, refused.value.reason) == ("logo", reason)


def test_renderer_is_a_pure_function_of_the_read_model(db, clock, office) -> None:
    """The same read model renders to the same bytes; a changed field changes them."""
    case = open_case(db, clock, office)
    grant(db, clock, office, case, frozenset({DataItem.IDENTITY}))
    captured = []

    class Recording(PdfLetters):
        def handover(self, data):
            captured.append(data)
            return super().handover(data)

    Letters(db, clock, office.counsellor, Recording()).print_handover(case.request_id, case.school)
    [data] = captured
    renderer = PdfLetters()
    assert renderer.handover(data) == renderer.handover(data) == PdfLetters().handover(data)
    assert renderer.handover(replace(data, dossier_no="LW-2026-999999")) != renderer.handover(data)


def read_models(db, clock, office, case: Case) -> dict[str, object]:
    """The summary's and the handover letter's read models, as the service hands them over.

    The case needs an active handover consent for the school.
    """
    captured: dict[str, object] = {}

    class Recording(PdfLetters):
        def summary(self, data):
            captured["summary"] = data
            return super().summary(data)

        def handover(self, data):
            captured["handover"] = data
            return super().handover(data)

    recording = Letters(db, clock, office.counsellor, Recording())
    recording.print_summary(case.client_id)
    recording.print_handover(case.request_id, case.school)
    return captured


def pdf_lines(pdf: bytes) -> list[str]:
    """Every printed line of every page, its white space (no-break spaces too) as single spaces."""
    return [" ".join(line.split()) for page in PdfReader(io.BytesIO(pdf)).pages
            for line in page.extract_text().splitlines()]


def test_summary_tells_only_sessions_with_a_summary(db, clock, office) -> None:
    case = open_case(db, clock, office)
    grant(db, clock, office, case, frozenset({DataItem.IDENTITY}))
    summary = read_models(db, clock, office, case)["summary"]
    first, second = summary.sessions
    first_day, second_day = dutch_date(first.at.date()), dutch_date(second.at.date())
    renderer = PdfLetters()

    text = pdf_text(renderer.summary(replace(summary, sessions=(first, replace(second, summary="  ")))))
    assert f"Gesprek op {first_day}" in text and SESSION_SUMMARY in text
    assert f"Gesprek op {second_day}" not in text          # no heading without a summary under it

    untold = tuple(replace(held, summary=None) for held in summary.sessions)
    text = pdf_text(renderer.summary(replace(summary, sessions=untold)))
    assert "Wat we besproken hebben" in text and "Gesprek op" not in text
    assert f"We hadden 2 gesprekken: op {first_day} en {second_day}." in text
    text = pdf_text(renderer.summary(replace(summary, sessions=untold[:1])))
    assert f"We hadden een gesprek op {first_day}." in text and "Gesprek op" not in text


def test_entry_requirements_are_captioned_for_each_reader(db, clock, office) -> None:
    case = open_case(db, clock, office)
    grant(db, clock, office, case, frozenset({DataItem.CHOICE, DataItem.OPTIONS}))
    models = read_models(db, clock, office, case)
    entry = "Diploma secundair onderwijs"

    def with_entry(option):
        return replace(option, course=replace(option.course, entry_requirements=entry))

    handover = models["handover"]
    text = pdf_text(PdfLetters().handover(replace(
        handover, choice=with_entry(handover.choice),
        options=tuple(with_entry(option) for option in handover.options))))
    assert text.count(f"Toelatingsvoorwaarden: {entry}") == 2          # chosen and other option
    assert "Wat u nodig hebt" not in text                               # the letter is not to the client
    summary = models["summary"]
    text = pdf_text(PdfLetters().summary(replace(
        summary, options=tuple(with_entry(option) for option in summary.options))))
    assert text.count(f"Wat u nodig hebt om te starten: {entry}") == 2
    assert "Toelatingsvoorwaarden" not in text


def test_phone_numbers_are_never_cut_over_two_lines(db, clock, office) -> None:
    case = open_case(db, clock, office)
    grant(db, clock, office, case, frozenset({DataItem.CONTACT_DETAILS}))
    models = read_models(db, clock, office, case)
    counsellor = CounsellorContact("An Peeters", Role.COUNSELLOR, "0471 52 74 64",
                                   "an.peeters@leerwinkel-kortrijk.be")
    # the closing names the phone right where the line is full: "(0471 52 74" | "64 · ..."
    lines = pdf_lines(PdfLetters().handover(replace(models["handover"], counsellor=counsellor)))
    assert any("(0471 52 74 64 ·" in line for line in lines), lines
    assert any(line == f"Telefoon {PHONE}" for line in lines)
    # the office's phone after its name (not the letterhead's): names of every length put it
    # at every place on the line
    summary = replace(models["summary"], counsellor=counsellor)
    renderer = PdfLetters()
    for length in range(0, 39, 2):
        name = ("Leerwinkel Zuid-West-Vlaanderen " + "Kortrijk Menen Waregem Roeselare Ieper"[:length]).strip()
        office_heading = replace(summary.office, name=name, phone="056 24 16 80",
                                 email="info@leerwinkel-kortrijk.be")
        lines = "\n".join(pdf_lines(renderer.summary(replace(summary, office=office_heading))))
        start = lines.index("U kunt ook terecht bij")
        sentence = lines[start:lines.index("info@", start)]
        assert "056 24 16 80" in sentence, sentence
        assert "\nTelefoon 0471 52 74 64\n" in lines


def test_a_course_without_a_fee_is_free(db, clock, office) -> None:
    case = open_case(db, clock, office)
    grant(db, clock, office, case, frozenset({DataItem.IDENTITY}))
    summary = read_models(db, clock, office, case)["summary"]
    free = tuple(replace(option, course=replace(option.course, cost_eur=Decimal("0")))
                 for option in summary.options)
    text = pdf_text(PdfLetters().summary(replace(summary, options=free)))
    assert text.count("Prijs gratis") == 2 and "€ 0" not in text


def test_plain_dutch_in_the_letters(db, clock, office) -> None:
    case = open_case(db, clock, office)
    grant(db, clock, office, case, frozenset({DataItem.IDENTITY}))
    models = read_models(db, clock, office, case)
    summary = models["summary"]
    undecided = tuple(replace(option, chosen_on=None) for option in summary.options)
    text = pdf_text(PdfLetters().summary(replace(summary, options=undecided)))
    assert "U hebt nog geen keuze gemaakt." in text and text.count("gerust") <= 1
    for first_name in (None, "", "  "):
        text = pdf_text(PdfLetters().summary(replace(summary, first_name=first_name)))
        assert "Beste," not in text and "Beste  ," not in text and "Goedendag," in text
    handover = models["handover"]
    text = pdf_text(PdfLetters().handover(handover))
    assert "geven we u de informatie door" in text and " wij " not in text
    assert "waarvoor de cursist toestemming gaf" in text and "toestond" not in text
    nobody = replace(handover.recipient, person=" ")
    text = pdf_text(PdfLetters().handover(replace(handover, recipient=nobody)))
    assert "Beste collega," in text and "Beste ," not in text


def test_footer_lines_are_whole_or_evenly_split(db, clock, office, tmp_path) -> None:
    case = open_case(db, clock, office)
    grant(db, clock, office, case, frozenset({DataItem.IDENTITY}))
    pdf = Letters(db, clock, office.counsellor, PdfLetters()).print_handover(
        case.request_id, case.school).path.read_bytes()
    note = next(line for line in pdf_lines(pdf) if line.startswith("Vertrouwelijk"))
    assert note.endswith("alleen voor het studietraject.")            # one line, no lone word
    # an office's own footer that needs two lines gets two even ones
    folder = tmp_path / "letterhead"
    with as_file(letterhead_folder()) as shipped:
        shutil.copytree(shipped, folder)
    footer = ("$office_name  ·  gratis en onafhankelijk advies over leren voor volwassenen, "
              "met de steun van Vlaanderen")
    (folder / "lwt.json").write_text(json.dumps({"footer": footer}), encoding="utf-8")
    pdf = Letters(db, clock, office.counsellor, PdfLetters(folder)).print_summary(
        case.client_id).path.read_bytes()
    lines = pdf_lines(pdf)
    first = next(index for index, line in enumerate(lines) if line.startswith("Leerwinkel Test ·"))
    top, bottom = lines[first], lines[first + 1]
    assert f"{top} {bottom}" == " ".join(footer.replace("$office_name", "Leerwinkel Test").split())
    assert len(bottom.split()) > 2 and abs(len(top) - len(bottom)) < len(top) // 2, (top, bottom)


def test_the_handover_lists_session_dates_and_heads_only_sessions_with_a_summary(db, clock, office) -> None:
    case = open_case(db, clock, office)
    grant(db, clock, office, case, frozenset({DataItem.IDENTITY, DataItem.TRAJECTORY_SUMMARY}))
    handover = read_models(db, clock, office, case)["handover"]
    sessions = handover.trajectory.sessions
    days = [dutch_date(held.at.date()) for held in sessions]
    untold = replace(handover, trajectory=replace(handover.trajectory, sessions=tuple(
        replace(held, summary=None) for held in sessions)))
    text = pdf_text(PdfLetters().handover(untold))
    assert f"Gesprekken {len(sessions)}" in text and f"Wanneer {dutch_list(days)}" in text
    assert "Gesprek op" not in text                          # no bare headings
    text = pdf_text(PdfLetters().handover(handover))
    assert f"Gesprek op {days[0]}" in text and SESSION_SUMMARY in text

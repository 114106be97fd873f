"""One rule for an e-mail address, a phone number and a postcode (domain.limits), for a partner, its contact
persons, a loket, the office's letterhead and the social map's CSV import as for a client; and a partner's
name no longer than its column. By keys in Ctrl+Shift+S and Ctrl+Shift+J, by call for the services."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from leerwinkel_desk.domain.enums import OrganisationType
from leerwinkel_desk.domain.errors import InvalidValue
from leerwinkel_desk.domain.limits import is_phone_shaped, is_postcode_shaped
from leerwinkel_desk.services.import_files import ProblemCode
from leerwinkel_desk.services.office_settings import OfficeAddress, OfficeSettings
from leerwinkel_desk.services.offices import LoketPlace, OfficeSetup
from leerwinkel_desk.services.reference_import import ReferenceImport, ReferenceKind
from leerwinkel_desk.services.social_map import SocialMap
from leerwinkel_desk.store.models import Loket, PartnerContact, PartnerOrganisation
from test_ui import ctx, office  # noqa: F401 - the same office fixtures
from test_ui_keys import ALT, CTRL, SHIFT, key, typed, wait_active
from test_ui_routes import child_of, coordinator_window  # noqa: F401 - fixture


@pytest.mark.parametrize("phone", ["056 12 34 56", "056/12.34.56", "(056) 12-34-56", "+32 470 12 34 56",
                                   "0470123456", "0032 56 12 34 56"])
def test_a_phone_is_digits_with_the_usual_marks_between(phone: str) -> None:
    assert is_phone_shaped(phone)


@pytest.mark.parametrize("phone", ["abc-def", "0470", "bel na 17u", "056 12 34 56 of 0470 12 34 56", "٠٤٧٠١٢٣٤٥٦"])
def test_anything_else_is_not_a_phone(phone: str) -> None:
    assert not is_phone_shaped(phone)


@pytest.mark.parametrize(("postcode", "shaped"), [
    ("8500", True), ("1000", True), ("9999", True), ("ABCDE12345", False), ("0850", False), ("85000", False),
    ("B-8500", False), ("85OO", False)])
def test_a_postcode_is_a_belgian_one(postcode: str, shaped: bool) -> None:
    assert is_postcode_shaped(postcode) is shaped


def refused(work) -> tuple[str, str]:
    with pytest.raises(InvalidValue) as error:
        work()
    return error.value.field, error.value.reason


def test_the_services_refuse_what_the_tester_saved(db, clock, office) -> None:
    social, setup = SocialMap(db, clock, office.coordinator), OfficeSetup(db, clock, office.coordinator)
    school = OrganisationType.SCHOOL
    assert refused(lambda: social.add_partner("x" * 300, school)) == ("name", "too_long")
    assert refused(lambda: social.add_partner("CVO", school, phone="abc-def")) == ("phone", "format")
    assert refused(lambda: social.add_partner("CVO", school, email="niet een adres")) == ("email", "format")
    assert refused(lambda: social.update_partner(office.school_id, "CVO Miras", school, phone="abc-def")) == (
        "phone", "format")
    assert refused(lambda: social.add_contact(office.school_id, "Els", email="els@")) == ("email", "format")
    assert refused(lambda: social.update_contact(office.study_counsellor_id, "Karel", email="els@")) == (
        "email", "format")
    assert refused(lambda: setup.add_loket("Loket OCMW", None, None, LoketPlace(postcode="ABCDE12345"))) == (
        "postcode", "format")
    assert refused(lambda: setup.add_loket("Loket OCMW", None, None, LoketPlace("Markt 1", "8500"))) == (
        "municipality", "required")
    assert refused(lambda: setup.update_loket(office.loket_id, "Loket Sociaal Huis", "Kortrijk", None,
                                              LoketPlace(postcode="ABCDE12345"))) == ("postcode", "format")
    settings = OfficeSettings(db, clock, office.coordinator)
    assert refused(lambda: settings.set_address(OfficeAddress("Leerwinkel", phone="abc-def"))) == (
        "phone", "format")
    assert refused(lambda: settings.set_address(OfficeAddress("Leerwinkel", postcode="ABCDE12345"))) == (
        "postcode", "format")
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(PartnerOrganisation)) == 3      # the fixture's
        assert s.scalar(select(func.count()).select_from(Loket)) == 1
    kept = social.add_partner("  CAW Zuid-West ", OrganisationType.CAW, "Kortrijk", " 056 12 34 56", "info@caw.be")
    assert (kept.name, kept.phone, kept.email) == ("CAW Zuid-West", "056 12 34 56", "info@caw.be")


def test_a_wrong_csv_row_is_reported_by_line_and_column_and_nothing_is_imported(db, clock, office,
                                                                                tmp_path: Path) -> None:
    path = tmp_path / "sociale-kaart.csv"
    path.write_text("name,type,postcode,phone,email,contact_name,contact_email,contact_phone\n"
                    "CAW Zuid-West,caw,8500,056 12 34 56,info@caw.be,Els Peeters,els@caw.be,0470 12 34 56\n"
                    "VDAB Menen,vdab,ABCDE12345,abc-def,niet een adres,Jan,els@,12\n", encoding="utf-8")
    report = ReferenceImport(db, clock, office.coordinator).import_file(ReferenceKind.PARTNERS, path)
    assert not report.written
    assert [(p.file, p.line, p.column, p.code, p.value) for p in report.problems] == [
        ("sociale-kaart.csv", 3, "postcode", ProblemCode.INVALID_POSTCODE, "ABCDE12345"),
        ("sociale-kaart.csv", 3, "phone", ProblemCode.INVALID_PHONE, "abc-def"),
        ("sociale-kaart.csv", 3, "email", ProblemCode.INVALID_EMAIL, "niet een adres"),
        ("sociale-kaart.csv", 3, "contact_email", ProblemCode.INVALID_EMAIL, "els@"),
        ("sociale-kaart.csv", 3, "contact_phone", ProblemCode.INVALID_PHONE, "12")]
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(PartnerContact)) == 2           # the fixture's


def test_by_keys_a_partner_with_a_wrong_phone_and_a_contact_with_a_wrong_email_are_refused_at_their_field(
        qtbot, coordinator_window, db, clock, office) -> None:
    window = coordinator_window
    key(qtbot, Qt.Key.Key_S, CTRL | SHIFT)
    form = wait_active(qtbot, window.active_dialog)
    typed(qtbot, "CAW Zuid-West")
    key(qtbot, Qt.Key.Key_T, ALT)
    typed(qtbot, "abc-def")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(form.error.isVisible, timeout=3000)
    assert form.error.text() == ("⚠ Telefoon: Dit ziet er niet uit als een telefoonnummer: typ cijfers, eventueel "
                                 "met + vooraan, zoals 0470 12 34 56.")
    assert form.focusWidget() is form.phone and form.phone.text() == "abc-def"
    assert SocialMap(db, clock, office.coordinator).partners("zuid-west") == []
    key(qtbot, Qt.Key.Key_A, CTRL)
    typed(qtbot, "056 12 34 56")
    assert not form.error.isVisible()                                  # being put right
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: SocialMap(db, clock, office.coordinator).partners("zuid-west") != [], timeout=3000)
    key(qtbot, Qt.Key.Key_C, ALT)
    people = child_of(qtbot, form)
    typed(qtbot, "Els Peeters")
    key(qtbot, Qt.Key.Key_E, ALT)
    typed(qtbot, "els@")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(people.error.isVisible, timeout=3000)
    assert people.error.text() == ("⚠ E-mail: Dit ziet er niet uit als een e-mailadres: één @ met iets ervoor en "
                                   "erna, zonder spaties, zoals naam@voorbeeld.be.")
    assert people.items.count() == 0


def test_by_keys_a_loket_with_a_wrong_postcode_and_no_town_is_refused(qtbot, coordinator_window, db) -> None:
    key(qtbot, Qt.Key.Key_J, CTRL | SHIFT)
    form = wait_active(qtbot, coordinator_window.active_dialog)
    typed(qtbot, "Loket OCMW Menen")
    key(qtbot, Qt.Key.Key_C, ALT)                                      # Alt+C: Postcode
    typed(qtbot, "ABCDE12345")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(form.error.isVisible, timeout=3000)
    assert form.error.text() == "⚠ Postcode: Dit is geen Belgische postcode: vier cijfers, zoals 8500."
    key(qtbot, Qt.Key.Key_C, ALT)
    key(qtbot, Qt.Key.Key_A, CTRL)
    typed(qtbot, "8930")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: form.error.text() == "⚠ Gemeente: Dit veld is verplicht.", timeout=3000)
    with db.read() as s:
        assert s.scalars(select(Loket.name)).all() == ["Loket Sociaal Huis"]

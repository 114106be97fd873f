"""Issue 15, item 4: the CSV import of the training offer and of the social map, with the documented
examples of docs/reference-import.md: checked whole, all or nothing, the same file twice makes nothing new."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from leerwinkel_desk.domain.enums import Delivery, DutchLevel, OrganisationType
from leerwinkel_desk.domain.errors import InvalidValue
from leerwinkel_desk.services.catalogue import Catalogue
from leerwinkel_desk.services.reference_import import ReferenceImport, ReferenceKind
from leerwinkel_desk.services.social_map import SocialMap
from leerwinkel_desk.store.models import AuditEvent, Course, PartnerContact, PartnerOrganisation, Provider

DOC = Path(__file__).parent.parent / "docs" / "reference-import.md"


def documented_examples() -> list[str]:
    return re.findall(r"```csv\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)


def written(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_the_documented_training_offer_is_checked_then_imported_once(db, clock, coordinator, tmp_path) -> None:
    courses = written(tmp_path, "aanbod.csv", documented_examples()[0], "utf-8-sig")
    importer = ReferenceImport(db, clock, coordinator)
    seen: list[tuple[int, int]] = []
    dry = importer.import_file(ReferenceKind.COURSES, courses, dry_run=True, progress=lambda d, t: seen.append((d, t)))
    assert (dry.ok, dry.written, dry.created, dry.existing, dry.new_providers) == (True, False, 2, 0, ("CVO Kortrijk",))
    assert seen[-1] == (2, 2)
    with db.read() as s:
        assert s.scalars(select(Course)).all() == []
    done = importer.import_file(ReferenceKind.COURSES, courses)
    assert (done.written, done.created, done.existing) == (True, 2, 0)
    offer = {c.title: c for c in Catalogue(db, clock, coordinator).courses()}
    bookkeeping = offer["Boekhouden"]
    assert (bookkeeping.provider_name, bookkeeping.eqf_level, bookkeeping.qualification_name,
            bookkeeping.duration_hours, bookkeeping.evenings, bookkeeping.modular, bookkeeping.daytime,
            bookkeeping.delivery, bookkeeping.cost_eur, bookkeeping.training_vouchers,
            bookkeeping.dutch_level_required, bookkeeping.next_start) == (
        "CVO Kortrijk", 5, "Boekhouder", 480, True, True, False, Delivery.HYBRID, Decimal("350.50"), True,
        DutchLevel.B1, date(2027, 2, 1))
    assert offer["Zorgkundige"].next_start == date(2027, 9, 1) and offer["Zorgkundige"].educational_leave
    again = importer.import_file(ReferenceKind.COURSES, courses)
    assert (again.created, again.existing, again.new_providers) == (0, 2, ())
    with db.read() as s:
        assert len(s.scalars(select(Provider)).all()) == 1
        actions = s.scalars(select(AuditEvent.action).where(AuditEvent.action.like("%.import"))).all()
    assert sorted(actions) == ["course.import", "course.import", "provider.import"]


def test_a_file_with_problems_writes_nothing_and_names_each_line_and_column(db, clock, coordinator,
                                                                           tmp_path) -> None:
    bad = written(tmp_path, "aanbod.csv", "provider,titel,title,eqf_level,next_start,delivery\n"
                                          "Nieuwe Aanbieder,x,Lassen,9,31/02/2027,te voet\n"
                                          "CVO Kortrijk,x,,3,,online\n")
    report = ReferenceImport(db, clock, coordinator).import_file(ReferenceKind.COURSES, bad)
    assert not report.written
    assert [(p.line, p.column, p.reason) for p in report.problems] == [
        (1, "titel", "unknown_column"), (2, "eqf_level", "range"), (2, "next_start", "not_a_date"),
        (2, "delivery", "unknown_code"), (2, "provider_type", "provider_type_required"), (3, "title", "required")]
    with db.read() as s:
        assert s.scalars(select(Provider)).all() == [] and s.scalars(select(Course)).all() == []
    with pytest.raises(InvalidValue):
        ReferenceImport(db, clock, coordinator).import_file(
            ReferenceKind.COURSES, written(tmp_path, "ansi.csv", "provider,title\nÉcole,Café\n", "cp1252"))


def test_the_documented_social_map_makes_partners_with_their_contacts_once(db, clock, coordinator,
                                                                           tmp_path) -> None:
    partners = written(tmp_path, "kaart.csv", documented_examples()[1])
    importer = ReferenceImport(db, clock, coordinator)
    done = importer.import_file(ReferenceKind.PARTNERS, partners)
    assert (done.written, done.created, done.existing, done.new_contacts) == (True, 2, 0, 2)
    rows = {p.name: p for p in SocialMap(db, clock, coordinator).partners("")}
    assert rows["VDAB Kortrijk"].org_type is OrganisationType.VDAB and rows["CAW Zuid-West-Vlaanderen"].org_type \
        is OrganisationType.CAW
    again = importer.import_file(ReferenceKind.PARTNERS, partners)
    assert (again.created, again.existing, again.new_contacts) == (0, 2, 0)
    with db.read() as s:
        assert len(s.scalars(select(PartnerOrganisation)).all()) == 2
        assert sorted(c.full_name for c in s.scalars(select(PartnerContact))) == ["Sofie Declercq", "Tom Vanneste"]


def test_cli_import_courses_and_partners(db, clock, coordinator, tmp_path) -> None:
    import subprocess
    import sys

    from casework_fixtures import CLI_ENV, let_coordinator_sign_in

    let_coordinator_sign_in(db, clock, coordinator)
    path = db.path
    db.dispose()
    courses = written(tmp_path, "aanbod.csv", documented_examples()[0])
    partners = written(tmp_path, "kaart.csv", documented_examples()[1])
    bad = written(tmp_path, "fout.csv", "name,type\nNieuw Huis,kasteel\n")

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "leerwinkel_desk", "--db", str(path), *args],
                              capture_output=True, text=True, timeout=300, env=CLI_ENV)

    dry = cli("import-courses", str(courses), "--dry-run")
    assert dry.returncode == 0 and dry.stdout.strip() == ("checked (dry run): 2 rows; 2 new courses, 0 already in "
                                                          "the offer, 1 new providers; 0 problems")
    assert cli("import-courses", str(courses)).stdout.startswith("imported: 2 rows; 2 new courses")
    assert "0 new courses, 2 already in the offer" in cli("import-courses", str(courses)).stdout
    done = cli("import-partners", str(partners))
    assert done.returncode == 0 and "2 new partners, 0 already on the map, 2 new contacts" in done.stdout
    refused = cli("import-partners", str(bad))
    assert refused.returncode == 1 and refused.stderr == "fout.csv:2: type: unknown_code ('kasteel')\n"
    assert refused.stdout.startswith("nothing imported")

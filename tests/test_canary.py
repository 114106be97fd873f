"""Canary: a unique string in every personal field never appears in plaintext in any file the app keeps."""

from __future__ import annotations

import io
import json
import tempfile
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from casework_fixtures import build_office, person_with_every_free_text
from leerwinkel_desk.domain.consent import Recipient
from leerwinkel_desk.reports.letters import PdfLetters
from leerwinkel_desk.services import maintenance
from leerwinkel_desk.services.clients import Clients
from leerwinkel_desk.services.dossier import Dossiers
from leerwinkel_desk.services.letters import Letters
from leerwinkel_desk.services.monitoring import ReportFilter
from leerwinkel_desk.services.monitoring_extract import MonitoringExtract
from leerwinkel_desk.services.offices import create_office
from leerwinkel_desk.store.location import Location

CANARY = "Kanarie7Zq"


def readable(content: bytes) -> bytes:
    """What a finder of the file could read: its bytes, and the text of a PDF (whose streams are compressed)."""
    if not content.startswith(b"%PDF"):
        return content
    return content + "".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages).encode()


def test_no_plaintext_canary_in_the_database_wal_backups_letters_exports_or_temp(
        tmp_path: Path, clock, monkeypatch: pytest.MonkeyPatch) -> None:
    scanned = tmp_path / "scanned"
    folder = scanned / "LeerwinkelDesk"
    monkeypatch.setattr(tempfile, "tempdir", str(scanned / "tmp"))      # whatever the app puts in temp
    (scanned / "tmp").mkdir(parents=True)
    db = Location.of(folder / "leerwinkel.db").create({"coordinator": "een lange wachtwoordzin"})
    coordinator = create_office(db, clock, "Leerwinkel Test", "LWT", "coordinator", "Coördinator")
    office = build_office(db, clock, coordinator)
    c = CANARY
    person = person_with_every_free_text(db, clock, office, c)
    an = office.colleague                                      # the request's owner since its reassignment
    assert Clients(db, clock, an).search(f"{c}naam")[0].id == person.client_id    # the data is really there
    school = Recipient(office.school_id, office.study_counsellor_id)
    letters = Letters(db, clock, an, PdfLetters())
    summary = letters.print_summary(person.client_id)
    handover = letters.print_handover(person.request_id, school)
    assert c.encode() in readable(summary.pdf) and c.encode() in readable(handover.pdf)
    (folder / "exports").mkdir()
    MonitoringExtract(db, clock, coordinator).write(
        ReportFilter(date(2026, 1, 1), date(2026, 12, 31)), folder / "exports" / "monitoring.csv")
    maintenance.daily_backup(db, clock.now().date())
    maintenance.backup(db, folder / "backups" / "manual.db")
    deliberate = tmp_path / "deliberate" / "inzage.json"          # a GDPR access export is meant to hold it all
    deliberate.parent.mkdir()
    deliberate.write_text(json.dumps(Dossiers(db, clock, coordinator).export(person.client_id)), encoding="utf-8")
    live = {p: p.read_bytes() for p in scanned.rglob("*") if p.is_file()}    # the WAL while it is in use
    db.dispose()

    files = {**live, **{p: p.read_bytes() for p in scanned.rglob("*") if p.is_file()}}
    names = {p.name for p in files}
    assert "leerwinkel.db-wal" in names and any(n.startswith("daily-") for n in names)
    assert any(n.endswith(".pdf.sealed") for n in names) and "monitoring.csv" in names
    needles = [c.encode(), c.lower().encode(), c.encode("utf-16-le"), c.encode("utf-16-be"), b"0470998877"]
    assert c.encode() in deliberate.read_bytes()                  # the scan would see it
    leaks = sorted({str(p) for p, content in files.items() for needle in needles if needle in readable(content)})
    assert leaks == []

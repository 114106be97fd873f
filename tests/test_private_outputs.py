"""Every plaintext file with personal data that the app writes is the owner's only (0600) from its first
byte: the registration export, the access export (`export-client`), the monitoring reports, letters,
receipts. Real files on this machine, their modes read back with os.stat, under the usual umask 022."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from casework_fixtures import CLI_ENV, build_office
from leerwinkel_desk.reports.access_report import save_access_request
from leerwinkel_desk.reports.letters import PdfLetters
from leerwinkel_desk.reports.monitoring_files import report_writer
from leerwinkel_desk.services.agenda_feed import AgendaFeed
from leerwinkel_desk.services.dossier import Dossiers
from leerwinkel_desk.services.monitoring import Monitoring, ReportFilter
from leerwinkel_desk.services.registration.export import RegistrationExport
from leerwinkel_desk.services.registration.format import FileKind
from leerwinkel_desk.store.durable import private_file, write_whole
from leerwinkel_desk.store.sealed_files import SealedFiles


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture(autouse=True)
def usual_umask() -> Iterator[None]:
    """The umask of most desktops (022): a file made without a mode of its own is readable by all."""
    before = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(before)


def test_a_private_file_is_never_readable_by_others_not_even_while_it_is_written(tmp_path: Path) -> None:
    target = tmp_path / "export.csv"
    target.write_bytes(b"old")
    target.chmod(0o644)                                 # written by an older version
    with private_file(target) as out:
        out.write(b"half")
        writing = [p for p in tmp_path.iterdir() if p != target]
        assert len(writing) == 1 and mode(writing[0]) == 0o600
        assert target.read_bytes() == b"old"             # the old file whole until the new one is
    assert target.read_bytes() == b"half" and mode(target) == 0o600
    assert sorted(tmp_path.iterdir()) == [target]


def test_a_failed_write_leaves_the_old_file_and_no_partial(tmp_path: Path) -> None:
    target = tmp_path / "brief.pdf"
    write_whole(target, b"first")
    with pytest.raises(RuntimeError), private_file(target) as out:
        out.write(b"second")
        raise RuntimeError("disk gone")
    assert target.read_bytes() == b"first" and sorted(tmp_path.iterdir()) == [target]


def test_the_registration_export_files_are_the_owners_only(db, clock, coordinator, tmp_path: Path) -> None:
    build_office(db, clock, coordinator)
    RegistrationExport(db, clock, coordinator).export_folder(tmp_path / "out")
    for kind in FileKind:
        assert mode(tmp_path / "out" / kind.file_name) == 0o600, kind


@pytest.mark.parametrize("kind", ["csv", "xlsx", "pdf"])
def test_the_monitoring_reports_are_the_owners_only(db, clock, coordinator, tmp_path: Path, kind: str) -> None:
    report = Monitoring(db, clock, coordinator).report(ReportFilter(date(2026, 1, 1), date(2026, 12, 31)))
    path = tmp_path / f"rapport.{kind}"
    report_writer(kind)(report, path)
    assert path.stat().st_size > 0 and mode(path) == 0o600


def test_the_access_export_saved_from_the_dossier_is_the_owners_only(db, clock, coordinator, tmp_path: Path) -> None:
    from test_access_request import a_dossier

    office = build_office(db, clock, coordinator)
    client = a_dossier(db, clock, office)
    request = Dossiers(db, clock, office.coordinator).access_request(client.id)
    json_path, pdf_path = save_access_request(request, PdfLetters().access_report(request), tmp_path)
    assert mode(json_path) == mode(pdf_path) == 0o600


def test_filed_letters_of_a_database_without_key_are_the_owners_only(tmp_path: Path) -> None:
    path = SealedFiles(tmp_path / "brieven", None).write("2026-0001-brief.pdf", b"%PDF letter")
    assert path.name == "2026-0001-brief.pdf" and mode(path) == 0o600


def test_the_command_line_writes_the_access_export_letters_and_reports_for_the_owner_only(
        tmp_path: Path, clock) -> None:
    from test_access_request import a_database_with_a_dossier
    from test_cli import cli

    path, client = a_database_with_a_dossier(tmp_path, clock)
    out, pdf, letter = tmp_path / "inzage.json", tmp_path / "inzage.pdf", tmp_path / "overzicht.pdf"
    old = tmp_path / "rapport.csv"
    old.write_text("an older report")
    old.chmod(0o644)
    for args in (("export-client", client.dossier_no, "-o", str(out), "--pdf", str(pdf)),
                 ("print", "summary", client.dossier_no, "-o", str(letter)),
                 ("report", "--from", "2026-01-01", "--to", "2026-12-31", "--format", "csv", "-o", str(old)),
                 ("export", str(tmp_path / "export"))):
        result = cli(path, *args, env=CLI_ENV)
        assert result.returncode == 0, (args, result.stdout, result.stderr)
    for written in (out, pdf, letter, old, *(tmp_path / "export" / kind.file_name for kind in FileKind)):
        assert mode(written) == 0o600, written.name
    assert old.read_text(encoding="utf-8-sig") != "an older report"


def test_the_agenda_files_are_the_owners_only(db, clock, coordinator, tmp_path: Path) -> None:
    """The .ics agenda (exported, and the subscribable one beside the database) was 0644: no names in it, but
    when and where a client comes, with a dossier number."""
    office = build_office(db, clock, coordinator)
    feed = AgendaFeed(db, clock, office.counsellor)
    exported = feed.write(office.counsellor.counsellor_id, tmp_path / "agenda.ics")
    subscribed = feed.write(office.counsellor.counsellor_id)
    assert mode(exported) == mode(subscribed) == 0o600

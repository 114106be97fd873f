"""A registration file over the import's size limit is refused in one line before it is read (a 200 MB
clients.csv took 4.9 GB and ended in a MemoryError)."""

from __future__ import annotations

import os
from pathlib import Path

from leerwinkel_desk.services.import_files import ProblemCode
from leerwinkel_desk.services.registration.format import FileKind
from leerwinkel_desk.services.registration.importer import RegistrationImport


def test_an_import_file_over_the_limit_is_refused_in_one_line_before_it_is_read(
        db, clock, coordinator, tmp_path: Path) -> None:
    from test_cli_registration import cli, new_office

    big = tmp_path / "clients.csv"
    with big.open("wb") as out:
        out.write(b"client_ref;first_name;last_name\r\n")
        out.truncate(50_000_001)                               # sparse: 50 MB and a byte, none on the disk
    report = RegistrationImport(db, clock, coordinator).import_file(FileKind.CLIENTS, big)
    assert [(p.file, p.code, p.detail) for p in report.errors] == [("clients.csv", ProblemCode.TOO_LARGE, "50")]
    assert not report.written
    office = new_office(tmp_path / "kantoor" / "leerwinkel.db")
    result = cli(office, "import", "clients", str(big))
    assert result.returncode == 1
    lines = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert lines == ["error: clients.csv: larger than the limit of 50 MB for one file; split it into smaller "
                     "files and import them one after the other"]
    assert os.stat(big).st_size == 50_000_001

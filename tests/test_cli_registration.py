"""The registration commands run as a real process: import, export, report, export-monitoring."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
import sqlcipher3.dbapi2 as sqlcipher
from pypdf import PdfReader

from casework_fixtures import CLI_ENV, let_coordinator_sign_in
from leerwinkel_desk.services.context import SystemClock
from leerwinkel_desk.services.offices import create_office
from leerwinkel_desk.store.engine import open_sqlite
from leerwinkel_desk.store.migrations import upgrade
from test_monitoring import generate_exchange_files


def cli(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "leerwinkel_desk", "--db", str(db), *args],
                          capture_output=True, text=True, timeout=300, env=CLI_ENV)


def new_office(path: Path) -> Path:
    db = open_sqlite(path)
    upgrade(db, None)
    let_coordinator_sign_in(db, SystemClock(), create_office(db, SystemClock(), "Leerwinkel Proef", "LWP",
                                                             "coordinator", "Coördinator"))
    db.dispose()
    return path


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("files")
    generate_exchange_files(folder, seed=6, requests=400)
    return folder


@pytest.fixture(scope="module")
def loaded(files: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = new_office(tmp_path_factory.mktemp("loaded") / "leerwinkel.db")
    result = cli(db, "import", str(files))
    assert result.returncode == 0, result.stderr
    return db


def test_import_folder_dry_run_then_for_real_then_again(files: Path, tmp_path: Path) -> None:
    db = new_office(tmp_path / "leerwinkel.db")
    dry = cli(db, "import", str(files), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "clients: " in dry.stdout and "dry run: nothing written" in dry.stdout
    assert "new counsellors (no login until a coordinator activates them): " in dry.stdout

    real = cli(db, "import", str(files))
    assert real.returncode == 0, real.stderr
    assert real.stdout.rstrip().endswith("imported")
    assert dry.stdout.splitlines()[:3] == real.stdout.splitlines()[:3]

    again = cli(db, "import", str(files))
    assert again.returncode == 0
    assert " 0 new, 0 updated" in again.stdout.splitlines()[0]
    assert "new counsellors" not in again.stdout


def test_import_one_file_reports_bad_rows_and_exits_one(tmp_path: Path) -> None:
    db = new_office(tmp_path / "leerwinkel.db")
    path = tmp_path / "klanten.csv"
    path.write_bytes(b"client_ref;first_name;last_name;gender;Opmerking\r\n"
                     b"A;Jan;Peeters;m;x\r\nB;;;v;\r\n")
    result = cli(db, "import", "clients", str(path))
    assert result.returncode == 1
    assert "error: klanten.csv:3:last_name: required, but empty" in result.stderr
    assert "error: klanten.csv:3:gender: not one of: f, m, x" in result.stderr
    assert "warning: klanten.csv:1:Opmerking: unknown column, ignored" in result.stderr
    assert "3 error(s): nothing written" in result.stdout
    assert "Traceback" not in result.stderr


def test_import_cp1252_only_when_asked(tmp_path: Path) -> None:
    db = new_office(tmp_path / "leerwinkel.db")
    path = tmp_path / "clients.csv"
    path.write_bytes("client_ref;first_name;last_name\r\nA;René;Smet\r\n".encode("cp1252"))
    refused = cli(db, "import", "clients", str(path))
    assert refused.returncode == 1
    assert "clients.csv:2: not readable as utf-8 (bytes e9)" in refused.stderr
    accepted = cli(db, "import", "clients", str(path), "--encoding", "cp1252")
    assert accepted.returncode == 0, accepted.stderr
    assert "clients: 1 new" in accepted.stdout


def test_import_usage_errors(tmp_path: Path) -> None:
    db = new_office(tmp_path / "leerwinkel.db")
    for args, message in ((["import", str(tmp_path / "nowhere")], "no folder at"),
                          (["import", str(tmp_path)], "has no clients.csv"),
                          (["import", "visits", str(tmp_path / "x.csv")], "usage: import DIR"),
                          (["import", "contacts", str(tmp_path / "x.csv")], "no file at")):
        result = cli(db, *args)
        assert result.returncode == 1 and message in result.stderr, (args, result.stderr)


def test_export_then_import_elsewhere_then_export_is_byte_identical(
        loaded: Path, tmp_path: Path) -> None:
    first = cli(loaded, "export", str(tmp_path / "first"))
    assert first.returncode == 0, first.stderr
    assert "written to" in first.stdout
    other = new_office(tmp_path / "other.db")
    assert cli(other, "import", str(tmp_path / "first")).returncode == 0
    assert cli(other, "export", str(tmp_path / "second")).returncode == 0
    for name in ("clients.csv", "requests.csv", "contacts.csv"):
        data = (tmp_path / "first" / name).read_bytes()
        assert data.startswith(b"\xef\xbb\xbf") and b";" in data.splitlines()[0]
        assert data == (tmp_path / "second" / name).read_bytes(), name


def test_report_json_to_stdout_with_the_spec_keys(loaded: Path) -> None:
    result = cli(loaded, "report", "--from", "2024-01-01", "--to", "2026-12-31")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert list(document)[:8] == ["period", "requests", "clients", "trajectories", "sessions",
                                  "micro_contacts", "outcomes", "enrolment_rate_trajectories"]
    assert document["period"] == {"from": "2024-01-01", "to": "2026-12-31"}
    assert document["requests"]["total"] == 400


def test_report_filters_and_files(loaded: Path, tmp_path: Path) -> None:
    base = ["report", "--from", "2025-01-01", "--to", "2025-12-31"]
    narrowed = cli(loaded, *base, "--loket", "Loket Sociaal Huis", "--counsellor", "An Peeters")
    assert narrowed.returncode == 0, narrowed.stderr
    whole = json.loads(cli(loaded, *base).stdout)
    assert 0 < json.loads(narrowed.stdout)["requests"]["total"] < whole["requests"]["total"]

    for fmt in ("json", "csv", "xlsx", "pdf"):
        out = tmp_path / f"rapport.{fmt}"
        result = cli(loaded, *base, "--format", fmt, "-o", str(out))
        assert result.returncode == 0, result.stderr
        assert str(out) in result.stdout
    assert json.loads((tmp_path / "rapport.json").read_text())["requests"] == whole["requests"]
    rows = list(csv.reader(io.StringIO((tmp_path / "rapport.csv").read_text("utf-8-sig")),
                           delimiter=";"))
    assert ["Aanvragen", str(whole["requests"]["total"]), "requests.total"] in rows
    sheet = openpyxl.load_workbook(tmp_path / "rapport.xlsx")["Kerncijfers"]
    assert whole["requests"]["total"] in [row[1] for row in sheet.iter_rows(values_only=True)]
    assert "Monitoringrapport" in PdfReader(tmp_path / "rapport.pdf").pages[0].extract_text()


def test_report_refusals(loaded: Path) -> None:
    base = ["report", "--from", "2025-01-01", "--to", "2025-12-31"]
    unknown = cli(loaded, *base, "--loket", "Nergens")
    assert unknown.returncode == 1 and "error: record.not_found" in unknown.stderr
    needs_file = cli(loaded, *base, "--format", "pdf")
    assert needs_file.returncode == 1 and "--format pdf needs -o FILE" in needs_file.stderr
    reversed_period = cli(loaded, "report", "--from", "2025-12-31", "--to", "2025-01-01")
    assert reversed_period.returncode == 1 and "value.invalid" in reversed_period.stderr


def test_export_monitoring_writes_the_extract_and_keeps_the_key_private(
        loaded: Path, tmp_path: Path) -> None:
    out = tmp_path / "centraal.csv"
    result = cli(loaded, "export-monitoring", "--from", "2024-01-01", "--to", "2026-12-31",
                 "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert "400 requests written to" in result.stdout and "monitoring.key" in result.stdout
    key = loaded.parent / "monitoring.key"
    assert os.stat(key).st_mode & 0o777 == 0o600
    header = out.read_text(encoding="utf-8-sig").splitlines()[0].split(";")
    assert header[:3] == ["office", "request_key", "client_key"]
    assert not {"first_name", "last_name", "phone", "email", "client_ref"} & set(header)


def test_birth_dates_follow_the_one_rule_in_the_import_and_in_edit_client(tmp_path: Path) -> None:
    db = new_office(tmp_path / "leerwinkel.db")
    path = tmp_path / "clients.csv"
    header = "client_ref;first_name;last_name;birth_date\r\n"
    path.write_bytes((header + "A;Jan;Peeters;02041990\r\nB;Lies;Claes;02/04/7835\r\nC;Mo;Ali;2.4.1990\r\n"
                      "D;Oud;Iemand;01/01/1900\r\nE;Geen;Datum;onbekend\r\n").encode())
    refused = cli(db, "import", "clients", str(path))
    assert refused.returncode == 1
    assert "error: clients.csv:3:birth_date: out of range (" in refused.stderr
    assert "error: clients.csv:5:birth_date: out of range (" in refused.stderr
    assert ("error: clients.csv:6:birth_date: not a date "
            "(DD/MM/YYYY, D/M/YYYY, D-M-YYYY, D.M.YYYY, DDMMYYYY, YYYY-MM-DD)") in refused.stderr
    for personal in ("02/04/7835", "01/01/1900", "onbekend"):        # a person's birth date is never quoted
        assert personal not in refused.stderr
    assert "3 error(s): nothing written" in refused.stdout
    path.write_bytes((header + "A;Jan;Peeters;02041990\r\nC;Mo;Ali;2.4.1990\r\nF;An;Smet;2/4/1990\r\n").encode())
    assert cli(db, "import", "clients", str(path)).returncode == 0
    conn = sqlcipher.connect(str(db))
    numbers = dict(conn.execute("SELECT last_name, dossier_no FROM client").fetchall())
    assert {row[0] for row in conn.execute("SELECT birth_date FROM client")} == {"1990-04-02"}

    future = cli(db, "edit-client", numbers["Peeters"], "--birth-date", "02/04/7835")
    assert (future.returncode, future.stderr) == (1, "error: --birth-date '02/04/7835' lies in the future\n")
    moved = cli(db, "edit-client", numbers["Peeters"], "--birth-date", "3-4-1991", "--phone", "0470 11 22 33")
    assert moved.stdout == f"{numbers['Peeters']}: changed birth_date, phone\n", moved.stderr
    same = cli(db, "edit-client", numbers["Smet"], "--first-name", "Mo", "--last-name", "Ali")
    assert same.returncode == 1
    assert f"the new details look like {numbers['Ali']}, already registered" in same.stderr
    assert cli(db, "edit-client", numbers["Smet"], "--first-name", "Mo", "--last-name", "Ali",
               "--not-a-duplicate").returncode == 0
    assert conn.execute("SELECT birth_date, phone FROM client WHERE dossier_no = ?",
                        (numbers["Peeters"],)).fetchone() == ("1991-04-03", "0470 11 22 33")
    assert conn.execute("SELECT count(*) FROM client WHERE last_name = 'Ali'").fetchone() == (2,)
    conn.close()


def test_the_demo_is_refused_in_an_offices_own_database(tmp_path: Path) -> None:
    """`demo` added made-up clients to an office's real database (any role could run it) and so to its
    monitoring figures: it refuses, and writes nothing; a demo database still grows."""
    db = new_office(tmp_path / "leerwinkel.db")
    refused = cli(db, "demo", "--clients", "3")
    assert refused.returncode == 1 and "holds an office's own data" in refused.stderr
    assert "Traceback" not in refused.stderr
    conn = sqlcipher.connect(str(db))
    assert conn.execute("SELECT count(*) FROM client").fetchone() == (0,)
    conn.close()

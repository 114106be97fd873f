"""`leerwinkel-desk print`, run as a real process: the PDF written, the letter filed, consent enforced."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from casework_fixtures import CLI_ENV, build_office, let_coordinator_sign_in
from conftest import FixedClock
from leerwinkel_desk.domain.enums import DataItem
from leerwinkel_desk.services.offices import create_office
from leerwinkel_desk.store.engine import open_sqlite
from leerwinkel_desk.store.migrations import upgrade
from test_letters import grant, open_case


def cli(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "leerwinkel_desk", "--db", str(db), *args],
        capture_output=True, text=True, timeout=300, env=CLI_ENV,
    )


@pytest.fixture(scope="module")
def office_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """An office with one client who consented to a handover to the school and one who did not."""
    path = tmp_path_factory.mktemp("print") / "office.db"
    db = open_sqlite(path)
    upgrade(db, None)
    clock = FixedClock(datetime.now(UTC))       # the command line prints with the real clock
    coordinator = create_office(db, clock, "Leerwinkel Proef", "LWP", "coordinator", "Coördinator Proef")
    let_coordinator_sign_in(db, clock, coordinator)
    office = build_office(db, clock, coordinator)
    consenting = open_case(db, clock, office, "Łukasz", "Wiśniewski")
    grant(db, clock, office, consenting, frozenset({DataItem.IDENTITY, DataItem.CHOICE}))
    refusing = open_case(db, clock, office, "Олена", "Коваленко")
    smiling = open_case(db, clock, office, "Sofie 🙂", "Peeters")
    db.dispose()
    return path, {"client": consenting.dossier_no, "consenting": consenting.request_no,
                  "refusing": refusing.request_no, "smiling": smiling.dossier_no}


def test_print_handover_to_the_default_recipient(office_db, tmp_path: Path) -> None:
    path, numbers = office_db
    output = tmp_path / "overdracht.pdf"
    result = cli(path, "print", "handover", numbers["consenting"], "-o", str(output))
    assert result.returncode == 0, result.stderr
    text = " ".join(page.extract_text() for page in PdfReader(output).pages)
    assert "Łukasz Wiśniewski" in text and "Karel Vandenberghe" in text
    filed = path.parent / "letters" / result.stdout.split("filed as ")[1].split(",")[0]
    assert filed.read_bytes() == output.read_bytes()
    assert "Wiśniewski" not in filed.name and filed.name.startswith(numbers["client"])


def test_print_handover_to_a_named_recipient_ignores_case_and_accents(office_db, tmp_path: Path) -> None:
    path, numbers = office_db
    output = tmp_path / "overdracht.pdf"
    result = cli(path, "print", "handover", numbers["consenting"].lower(), "--to", "KAREL vandenberghe",
                 "-o", str(output))
    assert result.returncode == 0, result.stderr
    assert output.read_bytes().startswith(b"%PDF")


def test_print_summary(office_db, tmp_path: Path) -> None:
    path, numbers = office_db
    output = tmp_path / "samenvatting.pdf"
    result = cli(path, "print", "summary", numbers["client"], "-o", str(output))
    assert result.returncode == 0, result.stderr
    assert "Samenvatting van uw gesprek" in PdfReader(output).pages[0].extract_text()
    assert result.stderr == ""


def test_a_letter_with_an_emoji_is_printed_with_a_warning(office_db, tmp_path: Path) -> None:
    """No shipped font draws 🙂: the letter shows � there, and the command says so."""
    path, numbers = office_db
    output = tmp_path / "samenvatting.pdf"
    result = cli(path, "print", "summary", numbers["smiling"], "-o", str(output))
    assert result.returncode == 0, result.stderr
    assert "Sofie � Peeters" in PdfReader(output).pages[0].extract_text()
    assert result.stderr.startswith("warning: 2 character(s) of the letter no font can print")


@pytest.mark.parametrize("to", [None, "CVO Miras", "Sofie Claeys"])
def test_without_consent_exit_one_with_one_clear_line(office_db, tmp_path: Path, to: str | None) -> None:
    path, numbers = office_db
    output = tmp_path / "nee.pdf"
    request = numbers["refusing"] if to is None else numbers["consenting"]
    result = cli(path, "print", "handover", request, *(["--to", to] if to else []), "-o", str(output))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert "no active warm-handover consent" in result.stderr and "nothing printed" in result.stderr
    assert not output.exists()


def test_unknown_recipient_or_number_exit_one(office_db, tmp_path: Path) -> None:
    path, numbers = office_db
    output = tmp_path / "nee.pdf"
    unknown = cli(path, "print", "handover", numbers["consenting"], "--to", "Niemand", "-o", str(output))
    assert unknown.returncode == 1 and "recipient" in unknown.stderr
    missing = cli(path, "print", "summary", "LW-1999-000001", "-o", str(output))
    assert missing.returncode == 1 and "error:" in missing.stderr
    assert not output.exists()


def test_print_again_writes_the_filed_letter_byte_for_byte(office_db, tmp_path: Path) -> None:
    path, numbers = office_db
    first = tmp_path / "eerst.pdf"
    made = cli(path, "print", "summary", numbers["client"], "-o", str(first))
    assert made.returncode == 0, made.stderr
    name = made.stdout.split("filed as ")[1].split(",")[0]
    again = tmp_path / "opnieuw.pdf"
    result = cli(path, "print", "again", name.removesuffix(".pdf"), "-o", str(again))
    assert result.returncode == 0, result.stderr
    assert again.read_bytes() == first.read_bytes()
    missing = cli(path, "print", "again", "LW-1999-000001-summary-1", "-o", str(tmp_path / "nee.pdf"))
    assert missing.returncode == 1 and not (tmp_path / "nee.pdf").exists()


def test_an_office_sets_up_its_letterhead_next_to_the_database(office_db, tmp_path: Path) -> None:
    import json
    import shutil

    path, numbers = office_db
    own = path.parent / "letterhead"
    own.mkdir(exist_ok=True)
    try:
        (own / "lwp.json").write_text(json.dumps({
            "name": "Leerwinkel Proefregio", "address_lines": ["Kerkstraat 9", "8800 Roeselare"]}),
            encoding="utf-8")
        output = tmp_path / "eigen.pdf"
        result = cli(path, "print", "summary", numbers["client"], "-o", str(output))
        assert result.returncode == 0, result.stderr
        text = PdfReader(output).pages[0].extract_text()
        assert "Leerwinkel Proefregio" in text and "Kerkstraat 9" in text
        assert PdfReader(output).pages[0].images                # the app's logo is still there
    finally:
        shutil.rmtree(own)

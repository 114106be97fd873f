"""Filed letters of an encrypted database are sealed on disk and open only, unaltered, with its key."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from leerwinkel_desk.store.sealed_files import SEALED_SUFFIX, DamagedFile, SealedFiles

PDF = b"%PDF-1.4 Beste Kanarie7Zq\n%%EOF\n"


def test_a_sealed_file_reads_back_identically_and_holds_no_plaintext(tmp_path: Path) -> None:
    files = SealedFiles(tmp_path, [os.urandom(32)])
    path = files.write("LW-2026-000001-summary-1.pdf", PDF)
    assert path.name == "LW-2026-000001-summary-1.pdf" + SEALED_SUFFIX
    assert b"Kanarie" not in path.read_bytes() and not path.read_bytes().startswith(b"%PDF")
    assert files.read("LW-2026-000001-summary-1.pdf") == PDF
    assert files.exists("LW-2026-000001-summary-1.pdf")
    assert [p.name for p in tmp_path.iterdir()] == [path.name]       # no partial file left behind


def test_an_altered_renamed_or_foreign_sealed_file_does_not_open(tmp_path: Path) -> None:
    key = os.urandom(32)
    files = SealedFiles(tmp_path, [key])
    path = files.write("a.pdf", PDF)
    data = bytearray(path.read_bytes())
    data[-1] ^= 1
    path.write_bytes(bytes(data))
    with pytest.raises(DamagedFile):
        files.read("a.pdf")
    files.write("b.pdf", PDF)
    os.replace(tmp_path / ("b.pdf" + SEALED_SUFFIX), tmp_path / ("c.pdf" + SEALED_SUFFIX))
    with pytest.raises(DamagedFile):
        files.read("c.pdf")                                          # the name is bound to the content
    with pytest.raises(DamagedFile):
        SealedFiles(tmp_path, [os.urandom(32)]).read("a.pdf")          # another database's key
    with pytest.raises(DamagedFile):
        SealedFiles(tmp_path, None).read("a.pdf")                    # no key at all


def test_without_a_key_files_are_plain_and_removal_takes_either_form(tmp_path: Path) -> None:
    plain = SealedFiles(tmp_path, None)
    assert plain.write("old.pdf", PDF) == tmp_path / "old.pdf"
    sealed = SealedFiles(tmp_path, [os.urandom(32)])
    assert sealed.read("old.pdf") == PDF                             # filed before the database had a key
    sealed.write("new.pdf", PDF)
    sealed.remove("old.pdf")
    sealed.remove("new.pdf")
    assert list(tmp_path.iterdir()) == []

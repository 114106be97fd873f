"""Error output: one clear line, no SQL values or personal data, for failed writes and key files (issue 12, 8)."""

from __future__ import annotations

import json
import os
from pathlib import Path

from faults_support import digests, fill_disk, make_office, run_cli, small_disk
from leerwinkel_desk.store.keyring import key_file

CANARY = "Kanarie Lekvrij"


def test_a_write_that_fails_on_a_full_disk_says_so_in_one_line_without_the_values(
        tmp_path: Path, monkeypatch, capsys) -> None:
    rows = ["client_ref,first_name,last_name,phone,email"] + [
        f"k{n},{CANARY}{n},Achternaam{n},0499 88 {n:05d},kanarie{n}@example.be" for n in range(4000)]
    csv = tmp_path / "clients.csv"
    csv.write_text("\n".join(rows) + "\n", encoding="utf-8")
    with small_disk(tmp_path / "disk", "24m") as disk:
        path = make_office(disk / "leerwinkel.db")
        fill_disk(disk, 150_000)
        code, out, err = run_cli(monkeypatch, capsys, path, "import", "clients", str(csv))
        assert code == 1 and len(err.strip().splitlines()) == 1, err
        assert "disk is full" in err and "Kanarie" not in err and "0499" not in err and "INSERT" not in err
        (disk / "filler").unlink()
        code, out, err = run_cli(monkeypatch, capsys, path, "import", "clients", str(csv))
        assert code == 0, err                                   # space back: the same command succeeds
        assert "clients: 4000 new" in out


def test_a_damaged_or_missing_key_file_is_one_line_and_changes_nothing(tmp_path: Path, monkeypatch,
                                                                      capsys) -> None:
    path = make_office(tmp_path / "leerwinkel.db")
    keys = key_file(path)
    good = keys.read_text(encoding="utf-8")
    for damaged in ("{\"format\": 1, \"accounts\": {\"coordinator\": {\"salt\": 5}}}", good[: len(good) // 2],
                    json.dumps({"format": 1, "accounts": []}), None):
        if damaged is None:
            keys.unlink()
        else:
            keys.write_text(damaged, encoding="utf-8")
        before = digests(tmp_path)
        code, out, err = run_cli(monkeypatch, capsys, path, "search", "Klant")
        assert code == 1 and len(err.strip().splitlines()) == 1
        assert f"key file {keys} is {'missing' if damaged is None else 'damaged'}" in err
        assert "Traceback" not in err and "JSON" not in err and "Expecting" not in err
        assert digests(tmp_path) == before
    keys.write_text(good, encoding="utf-8")
    os.chmod(keys, 0o600)


def test_a_foreign_key_file_opens_nothing_and_says_so(tmp_path: Path, monkeypatch, capsys) -> None:
    path = make_office(tmp_path / "a" / "leerwinkel.db")
    other = make_office(tmp_path / "b" / "leerwinkel.db")
    key_file(path).write_bytes(key_file(other).read_bytes())
    before = digests(tmp_path / "a")
    code, out, err = run_cli(monkeypatch, capsys, path, "search", "Klant")
    assert code == 1 and len(err.strip().splitlines()) == 1 and "is damaged, or is not" in err
    assert digests(tmp_path / "a") == before

"""Where a database lives: a path or a URL, told apart in one place; opening, upgrading and creating there."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from leerwinkel_desk.store.keyring import KeyRing, key_file
from leerwinkel_desk.store.location import DatabaseExists, Location
from leerwinkel_desk.store.migrations import current_revision, head_revision
from leerwinkel_desk.store.paths import default_database_path

SRC = Path(__file__).resolve().parents[1] / "src"


def test_a_url_is_a_server_and_anything_else_a_local_file(tmp_path: Path, monkeypatch) -> None:
    server = Location.of("postgresql://leerwinkel@centraal/leerwinkel")
    assert server.url == "postgresql://leerwinkel@centraal/leerwinkel" and server.path is None
    assert server.found() and not server.is_new() and server.key_ring() is None

    monkeypatch.setenv("HOME", str(tmp_path))
    local = Location.of("~/kantoor/leerwinkel.db")
    assert local.url is None and local.path == tmp_path / "kantoor" / "leerwinkel.db"
    assert str(local) == "~/kantoor/leerwinkel.db"                  # as given, for messages
    assert not local.found() and local.is_new()
    assert Location.of(None).path == default_database_path().resolve()


def test_only_the_location_tells_a_path_from_a_url() -> None:
    places = [str(path.relative_to(SRC)) for path in SRC.rglob("*.py")
              if '"://"' in path.read_text(encoding="utf-8")]
    assert places == ["leerwinkel_desk/store/paths.py"]          # local_path, which Location asks


def test_a_folder_is_neither_a_database_nor_new(tmp_path: Path) -> None:
    (tmp_path / "map.db").mkdir()
    folder = Location.of(tmp_path / "map.db")
    assert not folder.found() and not folder.is_new()


def test_a_created_database_is_encrypted_and_opens_with_the_key_of_each_account(tmp_path: Path) -> None:
    location = Location.of(tmp_path / "nieuw" / "leerwinkel.db")
    location.create({"katrien": "een lange wachtwoordzin", "an": "een andere wachtwoordzin"}).dispose()
    assert location.found() and not location.is_new()
    assert location.path is not None and not location.path.read_bytes().startswith(b"SQLite format 3")
    ring = location.key_ring()
    assert ring is not None
    key = ring.unlock("an", "een andere wachtwoordzin")
    assert key == ring.unlock("katrien", "een lange wachtwoordzin")
    db = location.open_upgraded(key)
    assert current_revision(db) == head_revision()
    db.dispose()
    with pytest.raises(DatabaseExists):
        location.create({"katrien": "een lange wachtwoordzin"})


def test_an_unencrypted_file_has_no_key_ring_and_is_upgraded_to_the_newest_schema(tmp_path: Path) -> None:
    location = Location.of(tmp_path / "plain.db")
    db = location.open()
    with db.write() as session:
        session.execute(text("CREATE TABLE note (id INTEGER PRIMARY KEY)"))
    db.dispose()
    assert location.key_ring() is None
    db = location.open_upgraded()
    assert current_revision(db) == head_revision()
    db.dispose()


def test_a_build_that_fails_leaves_nothing_and_one_that_succeeds_moves_into_place(tmp_path: Path) -> None:
    location = Location.of(tmp_path / "leerwinkel.db")
    with pytest.raises(RuntimeError), location.build({"katrien": "een lange wachtwoordzin"}):
        raise RuntimeError("a full disk, halfway")
    assert list(tmp_path.iterdir()) == []

    with location.build({"katrien": "een lange wachtwoordzin"}) as db:
        assert db.path == tmp_path / "leerwinkel.db.partial" and location.is_new()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["leerwinkel.db", key_file(Path("leerwinkel.db")).name]
    key = KeyRing.load(tmp_path / "leerwinkel.db").unlock("katrien", "een lange wachtwoordzin")
    location.open(key).dispose()
    with pytest.raises(DatabaseExists), location.build({"an": "een andere wachtwoordzin"}):
        pass

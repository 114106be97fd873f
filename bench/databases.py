"""The benchmark's encrypted demo databases, built once and cached in `bench/.cache/` (git-ignored;
`BENCH_CACHE` names another folder, e.g. one shared by several checkouts).

Every database figure is taken on an encrypted file, as the app ships it: the demo generator
writes the 100,000-client office (1x) or a 3x one into a new SQLCipher file whose key the demo
coordinator unlocks with the documented demo passphrase. How long a build took is kept beside it.
`python bench/databases.py SCALE` builds one without measuring anything.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from leerwinkel_desk.demo import create_demo_database
from leerwinkel_desk.demo.office_data import COORDINATOR
from leerwinkel_desk.domain.enums import Channel
from leerwinkel_desk.services.accounts import DEMO_PASSPHRASE
from leerwinkel_desk.services.contacts import Contacts
from leerwinkel_desk.services.offices import default_actor, find_office
from leerwinkel_desk.store.engine import Database
from leerwinkel_desk.store.keyring import KeyRing
from leerwinkel_desk.store.location import Location
from leerwinkel_desk.store.raw import open_raw

HERE = Path(__file__).resolve().parent
CACHE = Path(os.environ.get("BENCH_CACHE") or HERE / ".cache")
CLIENTS_1X = 100_000
SEED = 1
UNTIL = date(2026, 11, 1)
LOGIN = COORDINATOR[0]


@dataclass(frozen=True)
class BenchDatabase:
    """A cached encrypted demo database, its key, what building it took, and where the figures act:
    a client whose dossier holds 200 contacts, and an open request the micro-contacts are logged on."""

    scale: int
    path: Path
    key: bytes
    build_seconds: float
    dossier_client: uuid.UUID
    micro_request: uuid.UUID

    @property
    def clients(self) -> int:
        return CLIENTS_1X * self.scale

    def raw(self) -> sqlcipher.Connection:
        """A bare autocommit sqlcipher3 connection with the key: the baselines' connection."""
        return open_raw(self.path, self.key)


def cache_key() -> str:
    """Changes when the demo generator changes, so a stale cache is never used (a new migration
    upgrades the cached file in place, as it would a user's: see `encrypted_database`)."""
    digest = hashlib.sha256()
    sources = sorted((HERE.parent / "src" / "leerwinkel_desk" / "demo").glob("*.py"))
    for source in sources:
        digest.update(source.read_bytes())
    return digest.hexdigest()[:10]


def encrypted_database(scale: int) -> BenchDatabase:
    """The cached encrypted demo database of `scale` x 100,000 clients, built (and timed) on first use."""
    clients = CLIENTS_1X * scale
    path = CACHE / f"{scale}x" / f"demo-{clients}-seed{SEED}-{UNTIL.isoformat()}-{cache_key()}.db"   # backups/ beside
    note = path.with_name(path.name + ".build.json")
    if not path.exists() or not note.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.unlink(missing_ok=True)
        print(f"building {path.name}, encrypted (once; {scale * 4} minutes or so)...", flush=True)
        start = time.perf_counter()
        create_demo_database(Location.of(path), clients=clients, seed=SEED, until=UNTIL)
        built = time.perf_counter() - start
        note.write_text(json.dumps({"build_seconds": round(built, 1)}) + "\n", encoding="utf-8")
        print(f"built in {built:.0f} s", flush=True)
    key = KeyRing.load(path).unlock(LOGIN, DEMO_PASSPHRASE)
    db = Location.of(path).open_upgraded(key)           # a newer migration, once
    db.optimize()                                       # planner statistics, as the first start makes them
    built = json.loads(note.read_text(encoding="utf-8"))
    if "dossier_client" not in built:
        built.update(add_fixture(db))
        note.write_text(json.dumps(built) + "\n", encoding="utf-8")
    db.dispose()
    conn = open_raw(path, key)
    header = conn.execute("SELECT count(*) FROM client").fetchone()[0]
    conn.close()
    assert header >= clients, f"{path.name}: {header} clients"
    with path.open("rb") as head:
        assert not head.read(16).startswith(b"SQLite format 3"), "the bench database must be encrypted"
    return BenchDatabase(scale, path, key, built["build_seconds"], uuid.UUID(built["dossier_client"]),
                         uuid.UUID(built["micro_request"]))


DOSSIER_CONTACTS = 200


class DemoEndClock:
    """The fixture's contacts are written up on the demo's last day (UNTIL), whenever the bench runs: a moment
    given to a contact lies at most 92 days back (domain/contact_moments.py)."""

    def now(self) -> datetime:
        return datetime.combine(UNTIL, datetime.min.time(), UTC) + timedelta(hours=18)

BUSIEST_OPEN_REQUESTS = """
    SELECT r.client_id, r.id FROM learning_request r JOIN contact c ON c.request_id = r.id
    WHERE r.client_id IS NOT NULL AND r.deleted_at IS NULL AND r.phase != 'closed' AND c.deleted_at IS NULL
    GROUP BY r.id ORDER BY count(*) DESC, r.id LIMIT 2"""


def add_fixture(db: Database) -> dict[str, str]:
    """The busiest open request's client gets micro-contacts until its dossier holds 200 contacts; the
    next busiest open request is where the micro-contact figure logs (never the dossier measured)."""
    office = find_office(db)
    assert office is not None
    actor = default_actor(db, office)
    assert db.key is not None
    conn = open_raw(db.path, db.key)
    (client, request), (_other, micro) = [(uuid.UUID(c), uuid.UUID(r)) for c, r in conn.execute(BUSIEST_OPEN_REQUESTS)]
    held = conn.execute("SELECT count(*) FROM contact c JOIN learning_request r ON r.id = c.request_id "
                        "WHERE r.client_id = ? AND r.deleted_at IS NULL AND c.deleted_at IS NULL",
                        (client.hex,)).fetchone()[0]
    conn.close()
    contacts = Contacts(db, DemoEndClock(), actor)
    first = datetime.combine(UNTIL, datetime.min.time(), UTC) - timedelta(days=60)
    for n in range(DOSSIER_CONTACTS - held):
        contacts.log_micro(request, Channel.SMS, f"bericht {n + 1}", at=first + timedelta(hours=n))
    return {"dossier_client": str(client), "micro_request": str(micro)}


if __name__ == "__main__":
    built = encrypted_database(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
    print(f"{built.path} ({built.build_seconds} s to build)")

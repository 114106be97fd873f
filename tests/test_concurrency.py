"""Two real processes writing to one database at once: no "database is locked", no lost update."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sqlalchemy import func, select

from leerwinkel_desk.services.context import Actor
from leerwinkel_desk.store.engine import Database
from leerwinkel_desk.store.models import AuditEvent, Client, NumberSequence

WRITER = """
import sys, uuid
from datetime import datetime, UTC
from leerwinkel_desk.services.clients import ClientInput, Clients
from leerwinkel_desk.services.context import Actor, SystemClock
from leerwinkel_desk.store.engine import open_sqlite

db = open_sqlite(sys.argv[1])
actor = Actor(uuid.UUID(sys.argv[2]), uuid.UUID(sys.argv[3]), "coordinator")
clients = Clients(db, SystemClock(), actor)
print("ready", flush=True)
sys.stdin.readline()                      # start together
for i in range(int(sys.argv[4])):
    clients.create(ClientInput(f"Schrijver{sys.argv[5]}", f"Nummer {i}"), duplicates_checked=True)
print("done", flush=True)
"""


def test_two_processes_writing_at_once_lose_nothing(db: Database, coordinator: Actor, tmp_path: Path) -> None:
    per_process = 150
    script = tmp_path / "writer.py"
    script.write_text(WRITER, encoding="utf-8")
    processes = [
        subprocess.Popen(
            [sys.executable, str(script), str(db.path), str(coordinator.office_id),
             str(coordinator.counsellor_id), str(per_process), name],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        for name in ("A", "B")
    ]
    for process in processes:
        assert process.stdout.readline().strip() == "ready"
    for process in processes:
        process.stdin.write("go\n")
        process.stdin.flush()
    for process in processes:
        out, err = process.communicate(timeout=300)
        assert process.returncode == 0, err
        assert "locked" not in err and out.strip() == "done"

    with db.read() as session:
        numbers = session.scalars(select(Client.dossier_no)).all()
        audits = session.scalar(
            select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "client.create")
        )
        last = session.scalar(select(NumberSequence.last_value).where(NumberSequence.prefix == "LW"))
    total = 2 * per_process
    assert len(numbers) == len(set(numbers)) == total
    assert sorted(int(n[-6:]) for n in numbers) == list(range(1, total + 1))
    assert audits == total and last == total

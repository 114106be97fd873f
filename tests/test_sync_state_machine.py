"""A hypothesis state machine over three laptops (real SQLCipher files) and one service (uvicorn on 127.0.0.1,
real PostgreSQL): create (numbered from a block), edit, delete, erase, sync, a response lost after the service
committed, a duplicated request, a pull cut off before it was applied, a laptop with a skewed clock. When all is
quiet (two rounds), every laptop equals the server within its office, outboxes are empty, numbers unique, files
sound, and no byte of an erased person is left in any laptop file."""

from __future__ import annotations

import os
import uuid
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, precondition, rule
from sqlalchemy import text

from leerwinkel_desk.services.clients import ClientInput, Clients
from leerwinkel_desk.services.erasure import Erasures
from leerwinkel_desk.store.engine import close_all
from leerwinkel_desk.sync.client import Unreachable
from sync_support import LosingTransport, assert_converged, central, first_laptop, joined_laptop, service  # noqa: F401

pytestmark = pytest.mark.postgres
FIELDS = ("interests", "municipality", "study_history")


class CutOff(LosingTransport):
    """Loses the answer of the next pull: the laptop stops before applying anything of it."""

    def __init__(self) -> None:
        super().__init__()
        self.cut_pull = False

    def handle_request(self, request):
        if self.cut_pull and request.url.path == "/v1/pull":
            self.cut_pull = False
            self.lose += 1
        return super().handle_request(request)


def test_three_laptops_converge(central, service, tmp_path_factory) -> None:
    from conftest import FixedClock

    class Office(RuleBasedStateMachine):
        @initialize()
        def start(self) -> None:
            folder = tmp_path_factory.mktemp("machine")
            self.clocks = [FixedClock(), FixedClock(), FixedClock()]
            self.transports = [CutOff(), CutOff(), CutOff()]
            a, self.built = first_laptop(central, service, folder / "a.db", self.clocks[0], self.transports[0])
            self.laptops = [a, joined_laptop(a, service, folder / "b.db", self.transports[1]),
                            joined_laptop(a, service, folder / "c.db", self.transports[2])]
            self.names: list[str] = []
            self.erased: list[str] = []

        def clients_on(self, laptop: int) -> list[str]:
            with self.laptops[laptop].db.read() as session:
                return list(session.execute(text("SELECT id FROM client WHERE dossier_no NOT LIKE 'X-%' "
                                                 "ORDER BY id")).scalars())

        @rule(laptop=st.integers(0, 2))
        def create(self, laptop: int) -> None:
            name = f"Persoon{len(self.names)}q"
            self.names.append(name)
            Clients(self.laptops[laptop].db, self.clocks[laptop], self.built.counsellor).create(
                ClientInput(name, "Testmans"), duplicates_checked=True)

        @rule(laptop=st.integers(0, 2), pick=st.integers(0, 50), field=st.sampled_from(FIELDS),
              value=st.sampled_from(["Gent", "Brugge", "lassen", "koken"]))
        def edit(self, laptop: int, pick: int, field: str, value: str) -> None:
            ids = self.clients_on(laptop)
            if ids:
                with self.laptops[laptop].db.write() as session:
                    session.execute(text(f"UPDATE client SET {field} = :v WHERE id = :id"),
                                    {"v": value, "id": ids[pick % len(ids)]})

        @rule(laptop=st.integers(0, 2), pick=st.integers(0, 50))
        def delete(self, laptop: int, pick: int) -> None:
            ids = self.clients_on(laptop)
            if ids:
                with self.laptops[laptop].db.write() as session:
                    session.execute(text("UPDATE client SET deleted_at = '2026-11-22 08:00:00.000000' "
                                         "WHERE id = :id"), {"id": ids[pick % len(ids)]})

        @rule(laptop=st.integers(0, 2), pick=st.integers(0, 50))
        def erase(self, laptop: int, pick: int) -> None:
            ids = self.clients_on(laptop)
            if ids:
                chosen = uuid.UUID(hex=ids[pick % len(ids)])
                with self.laptops[laptop].db.read() as session:
                    self.erased.append(session.execute(text("SELECT first_name FROM client WHERE id = :id"),
                                                       {"id": chosen.hex}).scalar() or "")
                Erasures(self.laptops[laptop].db, self.clocks[laptop], self.built.coordinator).erase(chosen)

        @rule(laptop=st.integers(0, 2))
        def sync(self, laptop: int) -> None:
            self.laptops[laptop].sync.sync(self.built.coordinator)

        @rule(laptop=st.integers(0, 2), where=st.sampled_from(["push", "pull"]))
        def lost_response(self, laptop: int, where: str) -> None:
            transport, client = self.transports[laptop], self.laptops[laptop].sync
            if where == "push" and not client.pending():
                return                                   # nothing to send: no request to lose
            client.sign_in(self.built.coordinator.counsellor_id)
            transport.cut_pull, transport.lose = where == "pull", int(where == "push")
            try:
                with pytest.raises(Unreachable):
                    client.push() if where == "push" else client.pull()
            finally:
                transport.lose, transport.cut_pull = 0, False

        @rule(laptop=st.integers(0, 2))
        def duplicated_request(self, laptop: int) -> None:
            self.transports[laptop].duplicate = 1
            self.laptops[laptop].sync.sync(self.built.coordinator)
            self.transports[laptop].duplicate = 0

        @rule(laptop=st.integers(0, 2), days=st.integers(-400, 400))
        def skew_clock(self, laptop: int, days: int) -> None:
            self.clocks[laptop].at = self.clocks[laptop].at + timedelta(days=days)

        @precondition(lambda self: hasattr(self, "laptops"))
        @rule()
        def quiet_and_check(self) -> None:
            for _ in range(2):
                for laptop in self.laptops:
                    laptop.sync.sync(self.built.coordinator)
            assert_converged(central, self.laptops)
            with self.laptops[0].db.read() as session:
                numbers = session.execute(text("SELECT dossier_no FROM client")).scalars().all()
            assert len(numbers) == len(set(numbers))
            for laptop in self.laptops:
                files = [Path(f"{laptop.db.path}{end}") for end in ("", "-wal")]
                raw = b"".join(f.read_bytes() for f in files if f.exists())
                assert not [name for name in self.erased if name and name.encode() in raw]

        def teardown(self) -> None:
            if hasattr(self, "laptops"):
                self.quiet_and_check()
                for laptop in self.laptops:
                    laptop.sync.close()
            close_all()

    examples = int(os.environ.get("SYNC_MACHINE_EXAMPLES", "3"))        # more for a longer hunt
    Office.TestCase.settings = settings(max_examples=examples, stateful_step_count=12, deadline=None,
                                       suppress_health_check=list(HealthCheck))
    Office.TestCase().runTest()

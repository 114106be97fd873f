"""The demo's own database: a new encrypted file with the demo case load, made whole or not at all."""

from __future__ import annotations

from datetime import date

from leerwinkel_desk.demo.generate import DemoSummary, generate_demo
from leerwinkel_desk.demo.office_data import COORDINATOR, COUNSELLORS, INFO_OFFICERS
from leerwinkel_desk.services.accounts import DEMO_PASSPHRASE
from leerwinkel_desk.store.location import Location

# The documented demo accounts (README): the coordinator, a counsellor and an information officer
DEMO_ACCOUNT_LOGINS = (COORDINATOR[0], COUNSELLORS[0][0], INFO_OFFICERS[0][0])


def create_demo_database(location: Location, *, clients: int, seed: int, until: date) -> DemoSummary:
    """A new encrypted database at `location` holding the demo, opened by each demo account with
    DEMO_PASSPHRASE. A failure or a killed process leaves nothing under its name (Location.build)."""
    with location.build(dict.fromkeys(DEMO_ACCOUNT_LOGINS, DEMO_PASSPHRASE)) as db:
        summary = generate_demo(db, clients=clients, seed=seed, until=until)
        db.optimize()
    return summary

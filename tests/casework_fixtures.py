"""A small office set up through the services, shared by the service tests."""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass
from datetime import time, timedelta
from decimal import Decimal

from leerwinkel_desk.domain.enums import Delivery, DutchLevel, OrganisationType, ProviderType, Role
from leerwinkel_desk.services.accounts import Accounts
from leerwinkel_desk.services.agenda import Agenda
from leerwinkel_desk.services.catalogue import Catalogue, CourseInput
from leerwinkel_desk.services.context import Actor
from leerwinkel_desk.services.offices import OfficeSetup
from leerwinkel_desk.services.social_map import SocialMap
from leerwinkel_desk.store.engine import Database


@dataclass(frozen=True)
class Office:
    coordinator: Actor
    counsellor: Actor
    colleague: Actor
    info_officer: Actor
    loket_id: uuid.UUID
    ocmw_id: uuid.UUID
    ocmw_worker_id: uuid.UUID
    school_id: uuid.UUID
    study_counsellor_id: uuid.UUID
    vdab_id: uuid.UUID
    course_ids: tuple[uuid.UUID, ...]


CLI_PASSPHRASE = "een lange wachtwoordzin"
CLI_ENV = {**os.environ, "LEERWINKEL_USER": "coordinator", "LEERWINKEL_PASSPHRASE": CLI_PASSPHRASE}


def let_coordinator_sign_in(db: Database, clock, coordinator: Actor) -> None:
    """Give the coordinator (login `coordinator`) the passphrase of CLI_ENV, for command-line runs."""
    Accounts(db, clock, coordinator).set_passphrase(coordinator.counsellor_id, CLI_PASSPHRASE)


def build_office(db: Database, clock, coordinator: Actor) -> Office:
    setup = OfficeSetup(db, clock, coordinator)
    office_id = coordinator.office_id
    an = setup.add_counsellor("an.peeters", "An Peeters", Role.COUNSELLOR)
    bram = setup.add_counsellor("bram.desmet", "Bram Desmet", Role.COUNSELLOR)
    info = setup.add_counsellor("info", "Ilse Info", Role.INFO_OFFICER)
    social = SocialMap(db, clock, coordinator)
    ocmw = social.add_partner("Sociaal Huis Kortrijk", OrganisationType.OCMW, "Kortrijk")
    worker = social.add_contact(ocmw.id, "Sofie Claeys", "maatschappelijk werker")
    school = social.add_partner("CVO Miras", OrganisationType.SCHOOL, "Kortrijk")
    study = social.add_contact(school.id, "Karel Vandenberghe", "studiebegeleider")
    vdab = social.add_partner("VDAB Kortrijk", OrganisationType.VDAB, "Kortrijk")
    loket = setup.add_loket("Loket Sociaal Huis", "Kortrijk", ocmw.id)
    counsellor = Actor(office_id, an.id, Role.COUNSELLOR)
    Agenda(db, clock, coordinator).add_zitdag(
        loket.id, an.id, time(9), time(12), weekday=(clock.now() + timedelta(days=2)).weekday())
    catalogue = Catalogue(db, clock, coordinator)
    provider = catalogue.add_provider("CVO Miras", ProviderType.CVO, "Kortrijk")
    courses = (
        catalogue.add_course(CourseInput(provider.id, "Boekhouden", eqf_level=5, evenings=True,
                                         recognised_qualification=True, cost_eur=Decimal("180"),
                                         training_vouchers=True, dutch_level_required=DutchLevel.B1,
                                         municipality="Kortrijk")),
        catalogue.add_course(CourseInput(provider.id, "Zorgkundige", eqf_level=4, daytime=True,
                                         recognised_qualification=True, fee_exemption=True,
                                         dutch_level_required=DutchLevel.B2, municipality="Kortrijk",
                                         delivery=Delivery.HYBRID)),
    )
    return Office(coordinator, counsellor, Actor(office_id, bram.id, Role.COUNSELLOR),
                  Actor(office_id, info.id, Role.INFO_OFFICER), loket.id, ocmw.id, worker.id,
                  school.id, study.id, vdab.id, tuple(c.id for c in courses))

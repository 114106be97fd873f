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


@dataclass(frozen=True)
class Worded:
    """A client holding `word` in every kind of free text the app keeps about a person, and their request."""

    client_id: uuid.UUID
    request_id: uuid.UUID
    dossier_no: str


def person_with_every_free_text(db: Database, clock, office: Office, word: str) -> Worded:
    """`word` in the client's identity and intake, the request's topic and question, a micro-contact's and a
    session's summary and notes, an option typed as free text and one from the catalogue with their notes (the
    first chosen), a referral's reason and loop note, a handover's note, the reasons of a tier move and of a
    reassignment, a draft and a letter: what an erasure and the retention period must empty."""
    from datetime import date

    from leerwinkel_desk.domain.consent import Recipient
    from leerwinkel_desk.domain.enums import (
        Channel,
        ConsentMethod,
        ConsentPurpose,
        DataItem,
        HandoverMode,
        ReferralReason,
        SessionType,
        Tier,
    )
    from leerwinkel_desk.reports.letters import PdfLetters
    from leerwinkel_desk.services.clients import ClientInput, Clients
    from leerwinkel_desk.services.consents import Consents
    from leerwinkel_desk.services.contacts import Contacts
    from leerwinkel_desk.services.dispatch import Dispatch, FirstContact
    from leerwinkel_desk.services.drafts import Drafts
    from leerwinkel_desk.services.handovers import Handovers
    from leerwinkel_desk.services.letters import Letters
    from leerwinkel_desk.services.options import Options
    from leerwinkel_desk.services.referrals import Referrals
    from leerwinkel_desk.services.requests import IntakeInput, Requests

    an = office.counsellor
    client = Clients(db, clock, an).create(ClientInput(
        f"{word}voornaam", f"{word}naam", birth_date=date(1990, 1, 1), phone="+32 470 99 88 77",
        email=f"{word.lower()}@example.be", street=f"{word}straat 1", postcode="8500", municipality=f"{word}dorp"))
    request = Dispatch(db, clock, an).answer_now(
        FirstContact(Channel.FACE_TO_FACE, f"{word} vraag", topic=f"{word} onderwerp", client_id=client.id),
        f"{word} antwoord")
    requests = Requests(db, clock, an)
    requests.reopen_for_aftercare(request.id)
    requests.record_intake(request.id, IntakeInput(
        personal_situation=f"{word} situatie", study_history=f"{word} studies", practical_barriers=f"{word} drempels",
        support_network=f"{word} netwerk", interests=f"{word} interesses"))
    requests.move_tier(request.id, Tier.TRAJECTORY, f"{word} wil verder na de nazorg")
    requests.reassign(request.id, office.colleague.counsellor_id, f"{word} verhuist naar Gent")
    contacts = Contacts(db, clock, office.colleague)
    contacts.log_micro(request.id, Channel.WHATSAPP, f"{word} bericht")
    contacts.record_session(request.id, clock.now(), 60, SessionType.TRAJECTORY, summary=f"{word} gesprek",
                            notes=f"{word} notities")
    options = Options(db, clock, office.colleague)
    typed = options.consider(request.id, free_text=f"{word} optie", note=f"{word} afweging")
    options.consider(request.id, course_id=office.course_ids[0], note=f"{word} boekhouden past")
    requests_of_colleague = Requests(db, clock, office.colleague)
    requests_of_colleague.choose(typed.id)
    referrals = Referrals(db, clock, office.colleague)
    referral = referrals.refer_out(request.id, office.vdab_id, ReferralReason.OTHER, f"{word} reden")
    referrals.close_loop(referral.id, True, f"{word} is aangekomen")
    school = Recipient(office.school_id, office.study_counsellor_id)
    Consents(db, clock, office.colleague).grant(client.id, school, ConsentPurpose.WARM_HANDOVER,
                                                frozenset({DataItem.IDENTITY}), ConsentMethod.SPOKEN)
    Handovers(db, clock, office.colleague).hand_over(request.id, school, HandoverMode.CALL,
                                                     frozenset({DataItem.IDENTITY}), note=f"{word} overdracht")
    Drafts(db, clock, office.colleague).save("session", request.id, {"notes": f"{word} concept"}, client.id)
    Letters(db, clock, office.colleague, PdfLetters()).print_summary(client.id)
    return Worded(client.id, request.id, client.dossier_no)

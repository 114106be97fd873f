"""The demo population: clients in order of registration, each with the requests they will open.

Who they are follows the reference data in `population_data`; dossier and request numbers are
reserved per year like the office's own.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta

from leerwinkel_desk.demo.casework_data import ANONYMOUS_SHARE, CLIENT_TIERS, REQUESTS_PER_CLIENT
from leerwinkel_desk.demo.facts import ClientFacts, OfficeRefs, PlannedRequest
from leerwinkel_desk.demo.population_data import (
    FOREIGN_DIPLOMA_NOTE,
    LOW_QUALIFIED,
    MAIL_PROVIDERS,
    MUNICIPALITIES,
    ORIGINS,
    PERSONAL_SITUATIONS,
    PRACTICAL_BARRIERS,
    QUALIFICATIONS,
    STATUSES,
    STREETS,
    STUDY_HISTORIES,
    SUPPORT_NETWORKS,
    THEMES,
    THEMES_FOR_NATIVE_SPEAKERS,
    THEMES_FOR_NEWCOMERS,
)
from leerwinkel_desk.demo.run import DemoRun
from leerwinkel_desk.domain.enums import DutchLevel, Gender, Qualification, SocialStatus, Tier
from leerwinkel_desk.domain.numbers import CLIENT_PREFIX
from leerwinkel_desk.domain.text import fold, name_key, phone_key
from leerwinkel_desk.store.base import table_of
from leerwinkel_desk.store.models import Client


def write_clients(run: DemoRun, refs: OfficeRefs) -> list[PlannedRequest]:
    """Write the clients in order of registration; return every request to open, oldest first."""
    rng = run.rng
    moments = sorted(run.moment_between(run.start, run.last_opening) or run.last_opening
                     for _ in range(run.client_count))
    dossier_numbers = run.reserve_numbers(refs.office_id, CLIENT_PREFIX, [m.year for m in moments])
    plans: list[PlannedRequest] = []
    for registered_at, dossier_no in zip(moments, dossier_numbers, strict=True):
        registered_by = rng.choice(refs.info_officers)
        client_plans = _plan_client_requests(run, refs, registered_at, registered_by)
        facts = _write_client(run, refs, registered_at, registered_by, dossier_no,
                              max(p.tier.level for p in client_plans))
        for plan in client_plans:
            plan.client = facts
        plans.extend(client_plans)
        run.writer.flush_if_full()
    for _ in range(round(ANONYMOUS_SHARE * len(plans))):
        opened = run.moment_between(run.start, run.last_opening) or run.last_opening
        plans.append(PlannedRequest(opened, Tier.INFORMATION, None, rng.choice(refs.info_officers)))
    plans.sort(key=lambda plan: plan.opened_at)    # stable: ties keep generation order
    return plans


def _plan_client_requests(run: DemoRun, refs: OfficeRefs, registered_at: datetime,
                          registered_by: uuid.UUID) -> list[PlannedRequest]:
    plans = [PlannedRequest(registered_at, CLIENT_TIERS.pick(run.rng), None, registered_by)]
    opened = registered_at
    for _ in range(REQUESTS_PER_CLIENT.pick(run.rng) - 1):
        opened = run.moment_after(opened, 45, 400)
        if opened > run.last_opening:
            break
        plans.append(PlannedRequest(opened, CLIENT_TIERS.pick(run.rng), None,
                                    run.rng.choice(refs.info_officers)))
    return plans


def _write_client(run: DemoRun, refs: OfficeRefs, registered_at: datetime, registered_by: uuid.UUID,
                  dossier_no: str, highest_tier: int) -> ClientFacts:
    rng = run.rng
    origin = ORIGINS.pick(rng)
    native = rng.random() < origin.native_share
    gender = Gender.X if rng.random() < 0.01 else rng.choice((Gender.F, Gender.M))
    women = gender is Gender.F or (gender is Gender.X and rng.random() < 0.5)
    first_name = rng.choice(origin.women if women else origin.men)
    last_name = rng.choice(origin.surnames)
    if women and origin.gendered_surnames and last_name.endswith(("ski", "cki", "dzki")):
        last_name = last_name[:-1] + "a"
    age = 18 + int(rng.betavariate(1.6, 2.6) * 48)
    birth_date = registered_at.date() - timedelta(days=age * 365 + rng.randint(0, 364))
    qualification = QUALIFICATIONS[native].pick(rng)
    foreign_diploma = (not native and qualification in (Qualification.SECONDARY, Qualification.HIGHER)
                       and rng.random() < 0.7)
    status = STATUSES[native].pick(rng)
    if age <= 25 and rng.random() < 0.25:
        status = SocialStatus.STUDENT if rng.random() < 0.3 else SocialStatus.JOB_SEEKER
    dutch_level = DutchLevel.NATIVE if native else origin.dutch_levels.pick(rng)
    difficult_school_past = qualification in LOW_QUALIFIED and rng.random() < 0.45
    weak_network = rng.random() < (0.2 if native else 0.5)
    theme = (THEMES_FOR_NATIVE_SPEAKERS if native else THEMES_FOR_NEWCOMERS).pick(rng)
    if theme == "recognition" and not foreign_diploma and rng.random() < 0.7:
        theme = "diploma"
    postcode, municipality = MUNICIPALITIES.pick(rng)
    if rng.random() < 0.88:
        phone: str | None = run.mobile_number()
    else:
        phone = run.landline(postcode) if rng.random() < 0.5 else None
    email = _email_address(run, first_name, last_name, birth_date) if rng.random() < 0.72 else None
    had_intake = highest_tier >= 2
    known = had_intake or rng.random() < 0.5       # tier-1 clients often give only a name and a number
    study_history = None
    if had_intake:
        study_history = rng.choice(STUDY_HISTORIES[qualification])
        study_history += FOREIGN_DIPLOMA_NOTE if foreign_diploma else ""
    client_id = run.new_id(registered_at)
    run.writer.add(table_of(Client), {
        "id": client_id, "office_id": refs.office_id, "dossier_no": dossier_no,
        "first_name": first_name, "last_name": last_name,
        "birth_date": birth_date if known else None, "gender": gender if known else None,
        "phone": phone, "email": email,
        "street": f"{rng.choice(STREETS)} {rng.randint(1, 180)}" if known else None,
        "postcode": postcode if known else None, "municipality": municipality if known else None,
        "highest_qualification": qualification if known else None,
        "foreign_diploma": foreign_diploma if known else None,
        "status": status if known else None, "dutch_level": dutch_level if known else None,
        "personal_situation": rng.choice(PERSONAL_SITUATIONS) if had_intake else None,
        "study_history": study_history,
        "practical_barriers": (rng.choice(PRACTICAL_BARRIERS)
                               if had_intake and rng.random() < 0.7 else None),
        "support_network": rng.choice(SUPPORT_NETWORKS) if had_intake and rng.random() < 0.7 else None,
        "interests": THEMES[theme].interest if had_intake else None,
        "difficult_school_past": difficult_school_past if had_intake else False,
        "weak_network": weak_network if had_intake else False,
        "name_key": name_key(first_name, last_name), "phone_key": phone_key(phone) if phone else None,
        "email_key": email.casefold() if email else None, "merged_into_id": None, "import_ref": None,
        **run.stamps(registered_at, registered_by),
    })
    return ClientFacts(
        id=client_id, status=status, dutch_level=dutch_level, newcomer=not native, young=age <= 25,
        needs_follow_up=had_intake and (difficult_school_past or weak_network), theme=theme,
        foreign_diploma=foreign_diploma,
    )


def _email_address(run: DemoRun, first_name: str, last_name: str, birth_date: date) -> str:
    first = fold(first_name).replace(" ", "")
    last = fold(last_name).replace(" ", "")
    local = run.rng.choice((f"{first}.{last}", f"{first}{last}", f"{first[0]}{last}",
                            f"{first}.{last}{birth_date.year % 100:02d}", f"{first}{birth_date.year}"))
    return f"{local}@{MAIL_PROVIDERS.pick(run.rng)}"

"""The demo office: made (or completed) with its staff, social map, lokets, zitdagen and catalogue.

On a database without an office the demo office is made; otherwise the single office's own are
used and what is missing is added. `load_refs` reads back what the case load refers to.
"""

from __future__ import annotations

import uuid
from datetime import date, time, timedelta
from decimal import Decimal
from random import Random
from typing import Any

from argon2.low_level import Type as Argon2Type
from argon2.low_level import hash_secret as argon2_hash
from sqlalchemy import func, select

from leerwinkel_desk.demo.facts import CourseChoice, OfficeRefs, Partner, SessionDay
from leerwinkel_desk.demo.office_data import (
    AFTERNOON,
    CATALOGUE,
    COORDINATOR,
    COUNSELLORS,
    HOSTED_LOKETS,
    INFO_OFFICERS,
    LEAVE_PROVIDERS,
    MAIL_DOMAIN,
    MORNING,
    OFFICE_CODE,
    OFFICE_LOKET,
    OFFICE_NAME,
    PARTNERS,
    PROVIDERS,
    SESSION_SLOT_MINUTES,
    THEME_BY_TITLE,
    VOUCHER_PROVIDERS,
)
from leerwinkel_desk.demo.population_data import ORIGINS
from leerwinkel_desk.demo.run import DemoRun, next_weekday, utc
from leerwinkel_desk.domain.enums import OrganisationType, ProviderType, Role
from leerwinkel_desk.domain.errors import InvalidValue
from leerwinkel_desk.domain.text import fold
from leerwinkel_desk.services.accounts import DEMO_PASSPHRASE, HASHER
from leerwinkel_desk.store.base import table_of
from leerwinkel_desk.store.models import (
    Counsellor,
    Course,
    Loket,
    Office,
    PartnerContact,
    PartnerOrganisation,
    Provider,
    Zitdag,
)

DEMO_ACCOUNTS = 4                    # the coordinator, two information officers, the first counsellor
CLIENTS_PER_COUNSELLOR = 600       # enough zitdag slots that double bookings stay rare
CLIENTS_PER_INFO_OFFICER = 5000
MAX_COUNSELLORS = 200
MAX_INFO_OFFICERS = 10


def ensure_office(run: DemoRun) -> uuid.UUID:
    """The single office, made (or completed) with staff, social map, catalogue, lokets and zitdagen."""
    office_ids = run.session.scalars(select(Office.id).order_by(Office.id)).all()
    if len(office_ids) > 1:
        raise InvalidValue("office", "several")
    if office_ids:
        office_id = office_ids[0]
    else:
        office_id = run.new_id(run.founded)
        run.writer.add(table_of(Office), {
            "id": office_id, "name": OFFICE_NAME, "code": OFFICE_CODE, "street": OFFICE_LOKET[1],
            "postcode": OFFICE_LOKET[2], "municipality": OFFICE_LOKET[3],
            "phone": "056 24 16 80", "email": f"info@{MAIL_DOMAIN}", "website": f"www.{MAIL_DOMAIN}",
            "created_at": utc(run.founded), "updated_at": utc(run.founded),
        })
    if not _count_owned(run, Counsellor, office_id, Counsellor.role == Role.COUNSELLOR):
        _seed_staff(run, office_id)
    if not _count_owned(run, PartnerOrganisation, office_id):
        _seed_social_map(run, office_id)
    if not _count_owned(run, Course, office_id):
        _seed_catalogue(run, office_id)
    run.writer.flush()
    if not _count_owned(run, Loket, office_id, Loket.active.is_(True)):
        _seed_lokets(run, office_id)
        run.writer.flush()
    _seed_missing_zitdagen(run, office_id)
    run.writer.flush()
    return office_id


def _count_owned(run: DemoRun, model: Any, office_id: uuid.UUID, *where: Any) -> int:
    return run.session.scalar(
        select(func.count()).select_from(model)
        .where(model.office_id == office_id, model.deleted_at.is_(None), *where)
    ) or 0


def _seed_staff(run: DemoRun, office_id: uuid.UUID) -> None:
    taken = set(run.session.scalars(select(Counsellor.login).where(Counsellor.office_id == office_id)))
    wanted_counsellors = min(MAX_COUNSELLORS, max(4, round(run.client_count / CLIENTS_PER_COUNSELLOR)))
    wanted_officers = min(MAX_INFO_OFFICERS, max(2, round(run.client_count / CLIENTS_PER_INFO_OFFICER)))
    staff = [(COORDINATOR[0], COORDINATOR[1], Role.COORDINATOR)]
    staff += [(login, name, Role.INFO_OFFICER) for login, name in INFO_OFFICERS[:wanted_officers]]
    staff += [(login, name, Role.COUNSELLOR) for login, name in COUNSELLORS[:wanted_counsellors]]
    logins = taken | {login for login, _, _ in staff}
    for role, missing in ((Role.INFO_OFFICER, wanted_officers - len(INFO_OFFICERS)),
                          (Role.COUNSELLOR, wanted_counsellors - len(COUNSELLORS))):
        for _ in range(missing):
            login, full_name = _invented_colleague(run, logins)
            logins.add(login)
            staff.append((login, full_name, role))
    for index, (login, full_name, role) in enumerate(staff):
        if login in taken:
            continue
        joined = run.founded + timedelta(minutes=index)
        run.writer.add(table_of(Counsellor), {
            "id": run.new_id(joined), "office_id": office_id, "login": login,
            "full_name": full_name, "role": role, "email": f"{login}@{MAIL_DOMAIN}",
            "phone": run.mobile_number(), "can_log_in": True, **run.stamps(joined, None),
            "passphrase_hash": _demo_passphrase_hash(run, login) if index < DEMO_ACCOUNTS else None,
        })


def _demo_passphrase_hash(run: DemoRun, login: str) -> str:
    """The documented demo passphrase, hashed with a salt from the seed (same seed, same bytes).

    Its own random stream, so the rest of the demo data does not depend on it.
    """
    salt = Random(f"{run.seed}/salt/{login}").randbytes(16)
    return argon2_hash(DEMO_PASSPHRASE.encode(), salt, time_cost=HASHER.time_cost,
                       memory_cost=HASHER.memory_cost, parallelism=HASHER.parallelism,
                       hash_len=HASHER.hash_len, type=Argon2Type.ID).decode()


def _invented_colleague(run: DemoRun, taken: set[str]) -> tuple[str, str]:
    origin = ORIGINS.pick(run.rng)
    first = run.rng.choice(origin.women + origin.men)
    last = run.rng.choice(origin.surnames)
    base = f"{fold(first).replace(' ', '')}.{fold(last).replace(' ', '')}"
    login, suffix = base, 2
    while login in taken:
        login, suffix = f"{base}{suffix}", suffix + 1
    return login, f"{first} {last}"


def _seed_social_map(run: DemoRun, office_id: uuid.UUID) -> None:
    for index, (org_type, name, street, postcode, municipality, domain, people) in enumerate(PARTNERS):
        made = run.founded + timedelta(hours=1, minutes=index)
        partner_id = run.new_id(made)
        run.writer.add(table_of(PartnerOrganisation), {
            "id": partner_id, "office_id": office_id, "name": name, "org_type": org_type,
            "street": street, "postcode": postcode, "municipality": municipality,
            "phone": run.landline(postcode), "email": f"info@{domain}", "website": f"www.{domain}",
            "notes": None, **run.stamps(made, None),
        })
        for full_name, function in people:
            first, _, last = full_name.partition(" ")
            run.writer.add(table_of(PartnerContact), {
                "id": run.new_id(made), "office_id": office_id, "partner_id": partner_id,
                "full_name": full_name, "function": function, "phone": run.mobile_number(),
                "email": f"{fold(first).replace(' ', '')}.{fold(last).replace(' ', '')}@{domain}",
                **run.stamps(made, None),
            })


def _seed_lokets(run: DemoRun, office_id: uuid.UUID) -> None:
    partners = run.session.execute(
        select(PartnerOrganisation.id, PartnerOrganisation.name, PartnerOrganisation.street,
               PartnerOrganisation.postcode, PartnerOrganisation.municipality)
        .where(PartnerOrganisation.office_id == office_id).order_by(PartnerOrganisation.id)
    ).all()
    by_name = {row.name: row for row in partners}
    made = run.founded + timedelta(hours=2)
    name, street, postcode, municipality = OFFICE_LOKET
    lokets = [(name, None, street, postcode, municipality)]
    lokets += [(loket_name, host.id, host.street, host.postcode, host.municipality)
               for loket_name, host_name in HOSTED_LOKETS if (host := by_name.get(host_name))]
    for name, host_id, street, postcode, municipality in lokets:
        run.writer.add(table_of(Loket), {
            "id": run.new_id(made), "office_id": office_id, "name": name, "host_partner_id": host_id,
            "street": street, "postcode": postcode, "municipality": municipality, "active": True,
            **run.stamps(made, None),
        })


def _seed_missing_zitdagen(run: DemoRun, office_id: uuid.UUID) -> None:
    """Weekly zitdagen for every counsellor who has none: two days at the office, two half days out."""
    lokets = run.session.execute(
        select(Loket.id, Loket.host_partner_id)
        .where(Loket.office_id == office_id, Loket.active.is_(True)).order_by(Loket.id)
    ).all()
    office_lokets = [row.id for row in lokets if row.host_partner_id is None] or [lokets[0].id]
    hosted = [row.id for row in lokets if row.host_partner_id is not None] or office_lokets
    with_days = set(run.session.scalars(
        select(Zitdag.counsellor_id).where(Zitdag.office_id == office_id, Zitdag.weekday.is_not(None))
    ))
    counsellors = run.session.scalars(
        select(Counsellor.id).where(Counsellor.office_id == office_id, Counsellor.role == Role.COUNSELLOR)
        .order_by(Counsellor.id)
    ).all()
    made = run.founded + timedelta(hours=3)
    for index, counsellor_id in enumerate(counsellors):
        if counsellor_id in with_days:
            continue
        office = office_lokets[0]
        days = [(office, index % 5, MORNING), (office, index % 5, AFTERNOON),
                (office, (index + 2) % 5, MORNING), (office, (index + 2) % 5, AFTERNOON),
                (hosted[index % len(hosted)], (index + 1) % 5, MORNING),
                (hosted[(index + 2) % len(hosted)], (index + 3) % 5, AFTERNOON)]
        for loket_id, weekday, (starts, ends) in days:
            run.writer.add(table_of(Zitdag), {
                "id": run.new_id(made), "office_id": office_id, "loket_id": loket_id,
                "counsellor_id": counsellor_id, "weekday": weekday, "on_date": None,
                "starts": time(starts // 60, starts % 60), "ends": time(ends // 60, ends % 60),
                "slot_minutes": SESSION_SLOT_MINUTES, "valid_from": run.founded.date(),
                "valid_until": None, **run.stamps(made, None),
            })


def _seed_catalogue(run: DemoRun, office_id: uuid.UUID) -> None:
    made = run.founded + timedelta(hours=4)
    provider_ids: dict[str, tuple[uuid.UUID, ProviderType, str, str]] = {}
    for key, (provider_type, name, street, postcode, municipality, website) in PROVIDERS.items():
        provider_id = run.new_id(made)
        provider_ids[key] = (provider_id, provider_type, postcode, municipality)
        run.writer.add(table_of(Provider), {
            "id": provider_id, "office_id": office_id, "name": name, "provider_type": provider_type,
            "street": street, "postcode": postcode, "municipality": municipality,
            "phone": run.landline(postcode), "website": website, **run.stamps(made, None),
        })
    starts = [next_weekday(date(year, month, 1)) for year in (run.until.year, run.until.year + 1)
              for month in (2, 9)]
    upcoming = [day for day in starts if day > run.until]
    upcoming.append(next_weekday(run.until + timedelta(days=30)))
    for (provider_key, _theme, title, eqf, qualification, hours, duration_text, schedule, delivery,
         cost, dutch, entry) in CATALOGUE:
        provider_id, provider_type, postcode, municipality = provider_ids[provider_key]
        recognised = qualification is not None and eqf is not None
        run.writer.add(table_of(Course), {
            "id": run.new_id(made), "office_id": office_id, "provider_id": provider_id,
            "title": title, "eqf_level": eqf, "recognised_qualification": recognised,
            "qualification_name": qualification, "duration_hours": hours,
            "duration_text": duration_text, "daytime": "d" in schedule, "evenings": "e" in schedule,
            "weekends": "w" in schedule, "modular": "m" in schedule, "delivery": delivery,
            "municipality": municipality, "postcode": postcode, "cost_eur": Decimal(cost),
            "training_vouchers": recognised and provider_type in VOUCHER_PROVIDERS,
            "educational_leave": (recognised and provider_type in LEAVE_PROVIDERS
                                  and (hours is None or hours >= 32)),
            "fee_exemption": provider_type in (ProviderType.CVO, ProviderType.CBE),
            "dutch_level_required": dutch, "entry_requirements": entry,
            "next_start": run.rng.choice(upcoming), "url": None, **run.stamps(made, None),
        })


def load_refs(run: DemoRun, office_id: uuid.UUID) -> OfficeRefs:
    """What the case load refers to, read back from the database (the demo's or the office's own)."""
    session = run.session
    staff = session.execute(
        select(Counsellor.id, Counsellor.role)
        .where(Counsellor.office_id == office_id, Counsellor.deleted_at.is_(None))
        .order_by(Counsellor.id)
    ).all()
    counsellors = [row.id for row in staff if row.role == Role.COUNSELLOR]
    info_officers = [row.id for row in staff if row.role == Role.INFO_OFFICER] or counsellors
    coordinator = next((row.id for row in staff if row.role == Role.COORDINATOR), None)
    lokets = session.execute(
        select(Loket.id, Loket.host_partner_id)
        .where(Loket.office_id == office_id, Loket.active.is_(True)).order_by(Loket.id)
    ).all()
    office_loket_id = next((row.id for row in lokets if row.host_partner_id is None), lokets[0].id)
    week_schedule: dict[uuid.UUID, list[list[SessionDay]]] = {
        c: [[] for _ in range(7)] for c in counsellors}
    for row in session.execute(
        select(Zitdag.counsellor_id, Zitdag.loket_id, Zitdag.weekday, Zitdag.starts, Zitdag.ends,
               Zitdag.slot_minutes)
        .where(Zitdag.office_id == office_id, Zitdag.weekday.is_not(None), Zitdag.deleted_at.is_(None))
        .order_by(Zitdag.id)
    ):
        if row.counsellor_id in week_schedule and row.weekday < 5:
            week_schedule[row.counsellor_id][row.weekday].append(SessionDay(
                row.loket_id, row.starts.hour * 60 + row.starts.minute,
                row.ends.hour * 60 + row.ends.minute, row.slot_minutes))
    contacts: dict[uuid.UUID, list[uuid.UUID]] = {}
    for link in session.execute(
        select(PartnerContact.partner_id, PartnerContact.id)
        .where(PartnerContact.office_id == office_id, PartnerContact.deleted_at.is_(None))
        .order_by(PartnerContact.id)
    ):
        contacts.setdefault(link.partner_id, []).append(link.id)
    partners = [
        Partner(row.id, row.org_type, row.name, tuple(contacts.get(row.id, ())))
        for row in session.execute(
            select(PartnerOrganisation.id, PartnerOrganisation.org_type, PartnerOrganisation.name)
            .where(PartnerOrganisation.office_id == office_id, PartnerOrganisation.deleted_at.is_(None))
            .order_by(PartnerOrganisation.id)
        )
    ]
    partners_by_type: dict[OrganisationType, list[Partner]] = {}
    for partner in partners:
        partners_by_type.setdefault(partner.org_type, []).append(partner)
    courses = [
        CourseChoice(row.id, THEME_BY_TITLE.get(row.title), row.name)
        for row in session.execute(
            select(Course.id, Course.title, Provider.name)
            .join(Provider, Course.provider_id == Provider.id)
            .where(Course.office_id == office_id, Course.deleted_at.is_(None))
            .order_by(Course.id)
        )
    ]
    courses_by_theme: dict[str, list[CourseChoice]] = {}
    for course in courses:
        if course.theme is not None:
            courses_by_theme.setdefault(course.theme, []).append(course)
    return OfficeRefs(
        office_id=office_id, coordinator_id=coordinator, info_officers=info_officers,
        counsellors=counsellors or info_officers, office_loket_id=office_loket_id,
        week_schedule=week_schedule, partners=partners, partners_by_type=partners_by_type,
        partner_by_name={p.name: p for p in partners}, courses=courses,
        courses_by_theme=courses_by_theme,
    )

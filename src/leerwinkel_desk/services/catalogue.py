"""The training offer: providers and courses, found by the attributes an adult needs to weigh."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, fields
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from leerwinkel_desk.domain.enums import Delivery, DutchLevel, ProviderType
from leerwinkel_desk.domain.errors import InvalidValue
from leerwinkel_desk.domain.limits import check_web_address
from leerwinkel_desk.domain.permissions import Permission
from leerwinkel_desk.domain.text import fold
from leerwinkel_desk.services import audit
from leerwinkel_desk.services.common import UseCase
from leerwinkel_desk.store.models import Course, Provider


@dataclass(frozen=True)
class ProviderRow:
    id: uuid.UUID
    name: str
    provider_type: ProviderType
    municipality: str | None
    website: str | None


@dataclass(frozen=True)
class CourseInput:
    provider_id: uuid.UUID
    title: str
    eqf_level: int | None = None
    recognised_qualification: bool = False
    qualification_name: str | None = None
    duration_hours: int | None = None
    duration_text: str | None = None
    daytime: bool = True
    evenings: bool = False
    weekends: bool = False
    modular: bool = False
    delivery: Delivery = Delivery.ON_SITE
    municipality: str | None = None
    postcode: str | None = None
    cost_eur: Decimal | None = None
    training_vouchers: bool = False
    educational_leave: bool = False
    fee_exemption: bool = False
    dutch_level_required: DutchLevel | None = None
    entry_requirements: str | None = None
    next_start: date | None = None
    url: str | None = None


@dataclass(frozen=True)
class CourseRow(CourseInput):
    id: uuid.UUID = uuid.UUID(int=0)
    provider_name: str = ""
    provider_type: ProviderType = ProviderType.CVO


@dataclass(frozen=True)
class CourseFilter:
    """Every criterion is optional; `dutch_level` keeps courses the client can enter with that level."""

    text: str = ""
    provider_type: ProviderType | None = None
    eqf_level: int | None = None
    recognised_only: bool = False
    evenings: bool = False
    weekends: bool = False
    modular: bool = False
    delivery: frozenset[Delivery] = frozenset()
    max_cost_eur: Decimal | None = None
    with_support: bool = False             # training vouchers, educational leave or fee exemption
    dutch_level: DutchLevel | None = None
    municipality: str | None = None


_INPUT_FIELDS = [f.name for f in fields(CourseInput)]


def _course_row(course: Course, provider: Provider) -> CourseRow:
    return CourseRow(**{name: getattr(course, name) for name in _INPUT_FIELDS}, id=course.id,
                     provider_name=provider.name, provider_type=provider.provider_type)


def _matches(row: CourseRow, f: CourseFilter) -> bool:
    if f.dutch_level is not None and row.dutch_level_required is not None:
        if row.dutch_level_required.rank > f.dutch_level.rank:
            return False
    words = fold(f.text).split()
    haystack = fold(f"{row.title} {row.provider_name} {row.qualification_name or ''} {row.municipality or ''}")
    return all(w in haystack for w in words)


def _check_course(data: CourseInput) -> None:
    if not data.title.strip():
        raise InvalidValue("title", "required")
    if data.eqf_level is not None and not 1 <= data.eqf_level <= 8:
        raise InvalidValue("eqf_level", "range")
    if data.cost_eur is not None and data.cost_eur < 0:
        raise InvalidValue("cost_eur", "negative")
    check_web_address(data.url, "url")


class Catalogue(UseCase):
    def add_provider(self, name: str, provider_type: ProviderType, municipality: str | None = None,
                     website: str | None = None) -> ProviderRow:
        self._require(Permission.MANAGE_CATALOGUE)
        if not name.strip():
            raise InvalidValue("name", "required")
        check_web_address(website, "website")
        now = self._now()
        with self._db.write() as session:
            provider = self._new(Provider(name=name, provider_type=provider_type,
                                          municipality=municipality, website=website), now)
            session.add(provider)
            session.flush()
            audit.record(session, self._actor, now, "provider.create", "provider", provider.id,
                         ("name", "provider_type"))
            return ProviderRow(provider.id, provider.name, provider_type, municipality, website)

    def update_provider(self, provider_id: uuid.UUID, name: str, provider_type: ProviderType,
                        municipality: str | None = None, website: str | None = None,
                        loaded: ProviderRow | None = None) -> ProviderRow:
        """Correct a provider; with `loaded` (the row the form showed) only what the form changed, and never a
        field someone else saved meanwhile unseen (services.common.edited_fields)."""
        if not name.strip():
            raise InvalidValue("name", "required")
        check_web_address(website, "website")
        p = self._edit(Permission.MANAGE_CATALOGUE, Provider, provider_id, {
            "name": name.strip(), "provider_type": provider_type, "municipality": municipality, "website": website},
            loaded)
        return ProviderRow(p.id, p.name, p.provider_type, p.municipality, p.website)

    def retire_provider(self, provider_id: uuid.UUID) -> None:
        """The provider and so its courses leave the offer; options that named them keep them."""
        self._retire(Permission.MANAGE_CATALOGUE, Provider, provider_id)

    def providers(self) -> list[ProviderRow]:
        """The providers still in the offer, by name."""
        with self._db.read() as session:
            rows = session.scalars(select(Provider).where(
                Provider.office_id == self._actor.office_id, Provider.deleted_at.is_(None),
                Provider.retired_on.is_(None)).order_by(Provider.name, Provider.id))
            return [ProviderRow(p.id, p.name, p.provider_type, p.municipality, p.website) for p in rows]

    def update_course(self, course_id: uuid.UUID, data: CourseInput, loaded: CourseInput | None = None) -> CourseRow:
        """Correct a course; `loaded` as for `update_provider`."""
        _check_course(data)
        with self._db.read() as session:
            self._load(session, Provider, data.provider_id)
        course = self._edit(Permission.MANAGE_CATALOGUE, Course, course_id,
                            {name: getattr(data, name) for name in _INPUT_FIELDS}, loaded)
        return self.course(course.id)

    def retire_course(self, course_id: uuid.UUID) -> None:
        self._retire(Permission.MANAGE_CATALOGUE, Course, course_id)

    def add_course(self, data: CourseInput) -> CourseRow:
        self._require(Permission.MANAGE_CATALOGUE)
        _check_course(data)
        now = self._now()
        with self._db.write() as session:
            provider = self._load(session, Provider, data.provider_id)
            course = self._new(Course(**{name: getattr(data, name) for name in _INPUT_FIELDS}), now)
            session.add(course)
            session.flush()
            audit.record(session, self._actor, now, "course.create", "course", course.id, ("title",))
            return _course_row(course, provider)

    def courses(self, f: CourseFilter = CourseFilter(), limit: int = 500) -> list[CourseRow]:
        """Courses matching the filter, by title as a person reads it (case and accents aside); the catalogue
        is small (hundreds), so words match and titles sort in Python."""
        with self._db.read() as session:
            query = select(Course, Provider).join(Provider, Provider.id == Course.provider_id).where(
                Course.office_id == self._actor.office_id, Course.deleted_at.is_(None),
                Course.retired_on.is_(None), Provider.retired_on.is_(None),
            ).order_by(Course.title, Course.id)
            if f.provider_type is not None:
                query = query.where(Provider.provider_type == f.provider_type)
            if f.eqf_level is not None:
                query = query.where(Course.eqf_level == f.eqf_level)
            if f.recognised_only:
                query = query.where(Course.recognised_qualification.is_(True))
            for flag in ("evenings", "weekends", "modular"):
                if getattr(f, flag):
                    query = query.where(getattr(Course, flag).is_(True))
            if f.delivery:
                query = query.where(Course.delivery.in_(sorted(f.delivery)))
            if f.max_cost_eur is not None:
                query = query.where((Course.cost_eur.is_(None)) | (Course.cost_eur <= f.max_cost_eur))
            if f.with_support:
                query = query.where(Course.training_vouchers | Course.educational_leave
                                    | Course.fee_exemption)
            if f.municipality:
                query = query.where(Course.municipality == f.municipality)
            rows = [_course_row(c, p) for c, p in session.execute(query)]
        rows.sort(key=lambda r: fold(r.title))
        return [r for r in rows if _matches(r, f)][:limit]

    def course(self, course_id: uuid.UUID) -> CourseRow:
        with self._db.read() as session:
            course = self._load(session, Course, course_id)
            return _course_row(course, session.get_one(Provider, course.provider_id))

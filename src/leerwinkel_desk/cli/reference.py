"""Commands on the office's reference data: the social map, the training offer, loketten and zitdagen."""

from __future__ import annotations

import argparse
import uuid
from collections.abc import Callable, Sequence
from dataclasses import fields
from datetime import date, time
from decimal import Decimal
from typing import TypeVar

from leerwinkel_desk.cli.common import (
    CommandFailed,
    database_location,
    partner_named,
    signed_in,
)
from leerwinkel_desk.domain.enums import (
    Delivery,
    DutchLevel,
    OrganisationType,
    ProviderType,
)
from leerwinkel_desk.services import offices
from leerwinkel_desk.services.agenda import Agenda, ZitdagRow
from leerwinkel_desk.services.catalogue import Catalogue, CourseInput
from leerwinkel_desk.services.context import SystemClock, local_today
from leerwinkel_desk.services.social_map import SocialMap


def add_commands(commands: argparse._SubParsersAction) -> None:
    """The office's reference data (coordinators): the social map, the training offer, lokets and zitdagen."""
    partner = commands.add_parser("partner", help="partners on the social map: add, edit, retire")
    actions = partner.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add")
    add.add_argument("name")
    add.add_argument("--type", required=True, choices=[t.value for t in OrganisationType])
    edit = actions.add_parser("edit", help="options not given stay as they are")
    edit.add_argument("name")
    edit.add_argument("--rename", metavar="NAME")
    edit.add_argument("--type", choices=[t.value for t in OrganisationType])
    for sub in (add, edit):
        for option in ("municipality", "phone", "email"):
            sub.add_argument(f"--{option}")
    actions.add_parser("retire", help="no longer offered; records that named it keep it").add_argument("name")
    contact = commands.add_parser("contact", help="contact persons at a partner: add, retire")
    actions = contact.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add")
    add.add_argument("partner")
    add.add_argument("name")
    for option in ("function", "phone", "email"):
        add.add_argument(f"--{option}")
    retire = actions.add_parser("retire")
    retire.add_argument("partner")
    retire.add_argument("name")
    provider = commands.add_parser("provider", help="training providers: add, retire")
    actions = provider.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add")
    add.add_argument("name")
    add.add_argument("--type", required=True, choices=[t.value for t in ProviderType])
    add.add_argument("--municipality")
    add.add_argument("--website")
    actions.add_parser("retire").add_argument("name")
    course = commands.add_parser("course", help="courses of the training offer, with their facts: add, edit, "
                                 "retire")
    actions = course.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add")
    add.add_argument("title")
    add.add_argument("--provider", required=True, metavar="NAME")
    add.add_argument("--level", type=int, metavar="EQF")
    add.add_argument("--duration", metavar="TEXT", help="e.g. '2 school years'")
    add.add_argument("--delivery", choices=[d.value for d in Delivery], default=Delivery.ON_SITE.value)
    add.add_argument("--municipality")
    add.add_argument("--cost", type=Decimal, metavar="EUR")
    add.add_argument("--dutch", choices=[d.value for d in DutchLevel], help="Dutch level required")
    add.add_argument("--requirements", metavar="TEXT", help="entry requirements")
    add.add_argument("--start", type=date.fromisoformat, metavar="YYYY-MM-DD", help="next start")
    for flag in COURSE_FLAGS:
        add.add_argument(f"--{flag.replace('_', '-')}", action="store_true")
    add.add_argument("--not-daytime", action="store_true", help="no daytime classes")
    edit = actions.add_parser("edit", help="options not given stay as they are")
    edit.add_argument("title")
    edit.add_argument("--rename", metavar="TITLE")
    edit.add_argument("--provider", metavar="NAME")
    edit.add_argument("--level", type=int, metavar="EQF")
    edit.add_argument("--duration", metavar="TEXT")
    edit.add_argument("--delivery", choices=[d.value for d in Delivery])
    edit.add_argument("--municipality")
    edit.add_argument("--cost", type=Decimal, metavar="EUR")
    edit.add_argument("--dutch", choices=[d.value for d in DutchLevel])
    edit.add_argument("--requirements", metavar="TEXT")
    edit.add_argument("--start", type=date.fromisoformat, metavar="YYYY-MM-DD")
    for flag in (*COURSE_FLAGS, "daytime"):
        edit.add_argument(f"--{flag.replace('_', '-')}", action=argparse.BooleanOptionalAction, default=None)
    actions.add_parser("retire").add_argument("title")
    loket = commands.add_parser("loket", help="lokets: add, retire")
    actions = loket.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add")
    add.add_argument("name")
    add.add_argument("--municipality")
    add.add_argument("--host", metavar="PARTNER", help="the partner whose premises host it")
    add.add_argument("--street")
    add.add_argument("--postcode")
    add.add_argument("--directions", help="how to get there, for the appointment card (bus, entrance, floor)")
    actions.add_parser("retire").add_argument("name")
    zitdag = commands.add_parser("zitdag", help="the zitdag schedule: add, change, end, list")
    actions = zitdag.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add")
    add.add_argument("loket")
    add.add_argument("--counsellor", required=True, metavar="LOGIN")
    add.add_argument("--starts", required=True, type=time.fromisoformat, metavar="HH:MM")
    add.add_argument("--ends", required=True, type=time.fromisoformat, metavar="HH:MM")
    when = add.add_mutually_exclusive_group(required=True)
    when.add_argument("--weekday", type=int, choices=range(7), help="0 = Monday")
    when.add_argument("--date", type=date.fromisoformat, metavar="YYYY-MM-DD", help="one day only")
    add.add_argument("--every-weeks", type=int, default=1, help="2: every second week, counted from --from")
    add.add_argument("--from", dest="valid_from", type=date.fromisoformat, metavar="YYYY-MM-DD")
    add.add_argument("--slot", type=int, default=60, metavar="MINUTES")
    change = actions.add_parser("change", help="correct a zitdag (options not given stay as they are); one "
                                               "already held keeps its past and changes from today or --from")
    change.add_argument("number", type=int, help="its number in `zitdag list`")
    change.add_argument("--loket")
    change.add_argument("--counsellor", metavar="LOGIN")
    change.add_argument("--starts", type=time.fromisoformat, metavar="HH:MM")
    change.add_argument("--ends", type=time.fromisoformat, metavar="HH:MM")
    when = change.add_mutually_exclusive_group()
    when.add_argument("--weekday", type=int, choices=range(7), help="0 = Monday")
    when.add_argument("--date", type=date.fromisoformat, metavar="YYYY-MM-DD", help="one day only")
    change.add_argument("--every-weeks", type=int)
    change.add_argument("--from", dest="valid_from", type=date.fromisoformat, metavar="YYYY-MM-DD",
                        help="the day the change takes effect (default today)")
    change.add_argument("--slot", type=int, metavar="MINUTES")
    actions.add_parser("list")
    actions.add_parser("end", help="the zitdag stops after today").add_argument("number", type=int,
                                                                                 help="its number in `zitdag list`")


COURSE_FLAGS = ("recognised_qualification", "evenings", "weekends", "modular", "training_vouchers",
                "educational_leave", "fee_exemption")


Row = TypeVar("Row")


def one_named(rows: Sequence[Row], name: str, text: Callable[[Row], str], kind: str) -> Row:
    """The one row whose name is `name` (case ignored), else the one that contains it."""
    exact = [r for r in rows if text(r).casefold() == name.strip().casefold()]
    found = exact or [r for r in rows if name.strip().casefold() in text(r).casefold()]
    if len(found) != 1:
        listed = ": " + "; ".join(map(text, found)) if found else ""
        raise CommandFailed(f"{len(found)} {kind}s match {name!r}{listed}")
    return found[0]


def cmd_partner(args: argparse.Namespace) -> int:
    db, actor = signed_in(database_location(args))
    social_map = SocialMap(db, SystemClock(), actor)
    if args.action == "add":
        row = social_map.add_partner(args.name, OrganisationType(args.type), args.municipality, args.phone, args.email)
        print(f"partner added: {row.name}")
        return 0
    row = partner_named(social_map, args.name)
    if args.action == "retire":
        social_map.retire_partner(row.id)
        print(f"partner retired: {row.name}")
        return 0
    row = social_map.update_partner(
        row.id, args.rename or row.name, OrganisationType(args.type) if args.type else row.org_type,
        *(getattr(args, option) if getattr(args, option) is not None else getattr(row, option)
          for option in ("municipality", "phone", "email")))
    print(f"partner changed: {row.name}")
    return 0


def cmd_contact(args: argparse.Namespace) -> int:
    db, actor = signed_in(database_location(args))
    social_map = SocialMap(db, SystemClock(), actor)
    partner = partner_named(social_map, args.partner)
    if args.action == "add":
        row = social_map.add_contact(partner.id, args.name, args.function, args.phone, args.email)
        print(f"contact person added at {partner.name}: {row.full_name}")
    else:
        row = one_named(social_map.contacts(partner.id), args.name, lambda c: c.full_name, "contact person")
        social_map.retire_contact(row.id)
        print(f"contact person retired at {partner.name}: {row.full_name}")
    return 0


def cmd_provider(args: argparse.Namespace) -> int:
    db, actor = signed_in(database_location(args))
    catalogue = Catalogue(db, SystemClock(), actor)
    if args.action == "add":
        row = catalogue.add_provider(args.name, ProviderType(args.type), args.municipality, args.website)
        print(f"provider added: {row.name}")
    else:
        row = one_named(catalogue.providers(), args.name, lambda p: p.name, "provider")
        catalogue.retire_provider(row.id)
        print(f"provider retired: {row.name} (and its courses leave the offer)")
    return 0


def cmd_course(args: argparse.Namespace) -> int:
    db, actor = signed_in(database_location(args))
    catalogue = Catalogue(db, SystemClock(), actor)
    if args.action == "retire":
        row = one_named(catalogue.courses(), args.title, lambda c: c.title, "course")
        catalogue.retire_course(row.id)
        print(f"course retired: {row.title}")
        return 0
    if args.action == "edit":
        return edit_course(catalogue, args)
    provider = one_named(catalogue.providers(), args.provider, lambda p: p.name, "provider")
    row = catalogue.add_course(CourseInput(
        provider.id, args.title, eqf_level=args.level, duration_text=args.duration, daytime=not args.not_daytime,
        delivery=Delivery(args.delivery), municipality=args.municipality, cost_eur=args.cost,
        dutch_level_required=DutchLevel(args.dutch) if args.dutch else None, entry_requirements=args.requirements,
        next_start=args.start, **{flag: getattr(args, flag) for flag in COURSE_FLAGS}))
    print(f"course added: {row.title} ({row.provider_name})")
    return 0


def edit_course(catalogue: Catalogue, args: argparse.Namespace) -> int:
    """A course corrected: the options given replace what is stored, the others stay."""
    row = one_named(catalogue.courses(), args.title, lambda c: c.title, "course")
    given = {"title": args.rename, "eqf_level": args.level, "duration_text": args.duration,
             "delivery": Delivery(args.delivery) if args.delivery else None, "municipality": args.municipality,
             "cost_eur": args.cost, "dutch_level_required": DutchLevel(args.dutch) if args.dutch else None,
             "entry_requirements": args.requirements, "next_start": args.start,
             **{flag: getattr(args, flag) for flag in (*COURSE_FLAGS, "daytime")}}
    if args.provider is not None:
        given["provider_id"] = one_named(catalogue.providers(), args.provider, lambda p: p.name, "provider").id
    stored = {field.name: getattr(row, field.name) for field in fields(CourseInput)}
    saved = catalogue.update_course(row.id, CourseInput(**(stored | {k: v for k, v in given.items() if v is not None})))
    print(f"course updated: {saved.title} ({saved.provider_name})")
    return 0


def cmd_loket(args: argparse.Namespace) -> int:
    db, actor = signed_in(database_location(args))
    clock = SystemClock()
    setup = offices.OfficeSetup(db, clock, actor)
    if args.action == "add":
        host = partner_named(SocialMap(db, clock, actor), args.host).id if args.host else None
        row = setup.add_loket(args.name, args.municipality, host,
                              offices.LoketPlace(args.street, args.postcode, args.directions))
        print(f"loket added: {row.name}")
    else:
        row = one_named(setup.lokets(), args.name, lambda x: x.name, "loket")
        setup.retire_loket(row.id)
        print(f"loket retired: {row.name}")
    return 0


def cmd_zitdag(args: argparse.Namespace) -> int:
    db, actor = signed_in(database_location(args))
    clock = SystemClock()
    agenda, setup = Agenda(db, clock, actor), offices.OfficeSetup(db, clock, actor)
    staff = {person.id: person.login for person in setup.counsellors()}
    schedule = agenda.schedule()
    if args.action == "list":
        for number, z in enumerate(schedule, 1):
            when = z.on_date.isoformat() if z.on_date else f"weekday {z.weekday} every {z.every_weeks} week(s)" + (
                f" from {z.valid_from.isoformat()}" if z.valid_from else "") + (
                f" until {z.valid_until.isoformat()}" if z.valid_until else "")
            hours = f"{z.starts:%H:%M}-{z.ends:%H:%M}"
            print(f"{number}\t{z.loket_name}\t{when}\t{hours}\t{staff.get(z.counsellor_id, '')}")
        return 0
    if args.action in ("end", "change") and not 1 <= args.number <= len(schedule):
        raise CommandFailed(f"no zitdag number {args.number}; see `zitdag list`")
    if args.action == "end":
        agenda.end_zitdag(schedule[args.number - 1].id)
        print(f"zitdag {args.number} ends after today")
        return 0
    if args.action == "change":
        return change_zitdag(args, agenda, setup, staff, schedule[args.number - 1])
    loket = one_named(setup.lokets(), args.loket, lambda x: x.name, "loket")
    counsellor = colleague(staff, args.counsellor)
    valid_from = args.valid_from or (local_today(clock) if args.weekday is not None and args.every_weeks > 1 else None)
    agenda.add_zitdag(loket.id, counsellor, args.starts, args.ends, weekday=args.weekday, on_date=args.date,
                      slot_minutes=args.slot, valid_from=valid_from, every_weeks=args.every_weeks)
    print(f"zitdag added at {loket.name}")
    return 0


def change_zitdag(args: argparse.Namespace, agenda: Agenda, setup: offices.OfficeSetup,
                  staff: dict[uuid.UUID, str], old: ZitdagRow) -> int:
    """`zitdag change N`: the zitdag as it is, with the options given (`Agenda.change_zitdag` keeps its past)."""
    loket_id = old.loket_id if args.loket is None else \
        one_named(setup.lokets(), args.loket, lambda x: x.name, "loket").id
    counsellor = old.counsellor_id if args.counsellor is None else colleague(staff, args.counsellor)
    weekday, on_date = old.weekday, old.on_date
    if args.weekday is not None or args.date is not None:
        weekday, on_date = args.weekday, args.date
    changed = agenda.change_zitdag(
        old.id, loket_id, counsellor, args.starts or old.starts, args.ends or old.ends, weekday=weekday,
        on_date=on_date, slot_minutes=args.slot or old.slot_minutes,
        valid_from=args.valid_from or (old.valid_from if on_date is None else None),     # its weeks, as Beheer keeps
        every_weeks=args.every_weeks or old.every_weeks)
    since = f" from {changed.valid_from.isoformat()}" if changed.valid_from and changed.id != old.id else ""
    print(f"zitdag {args.number} changed{since}")
    return 0


def colleague(staff: dict[uuid.UUID, str], login: str) -> uuid.UUID:
    """The colleague with this login (CommandFailed naming it when there is none)."""
    found = next((person_id for person_id, known in staff.items() if known == login), None)
    if found is None:
        raise CommandFailed(f"no colleague with login {login!r}")
    return found



COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "partner": cmd_partner,
    "contact": cmd_contact,
    "provider": cmd_provider,
    "course": cmd_course,
    "loket": cmd_loket,
    "zitdag": cmd_zitdag,
}

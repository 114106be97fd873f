"""The rows a step of demo casework leaves: changes, contacts, options, referrals, consents, fees.

`CaseRecords` writes what happened by the generation's `now` (and the next planned session of an
open request), books zitdag slots without double-booking, and keeps the few counts and keys the
rest of the run needs.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from leerwinkel_desk.demo.casework_data import (
    CONSENT_METHODS,
    HANDOVER_MODES,
    LOOP_NOTES,
    SATISFACTION,
    SATISFACTION_ASKED,
    SESSION_NOTES,
)
from leerwinkel_desk.demo.facts import Case, CourseChoice, OfficeRefs, Partner, SessionDay
from leerwinkel_desk.demo.office_data import AFTERNOON, MORNING, SESSION_SLOT_MINUTES
from leerwinkel_desk.demo.population_data import THEMES
from leerwinkel_desk.demo.run import DemoRun, brussels_at, utc
from leerwinkel_desk.domain.consent import RELEVANT_FOR
from leerwinkel_desk.domain.enums import (
    Channel,
    ConsentPurpose,
    ContactKind,
    ContactStatus,
    DataItem,
    Direction,
    DutchLevel,
    Exemption,
    OrganisationType,
    Outcome,
    Phase,
    ReferralReason,
    ReferrerType,
    SessionType,
    SocialStatus,
    Tier,
)
from leerwinkel_desk.domain.fees import contribution
from leerwinkel_desk.store.base import table_of
from leerwinkel_desk.store.models import (
    Consent,
    Contact,
    Contribution,
    Handover,
    LearningRequest,
    OptionConsidered,
    ReferralOut,
    RequestChange,
)

PLANNING_HORIZON_DAYS = 35          # how far ahead open requests have a planned session
BOOKING_SEARCH_DAYS = 21            # after this a fully booked counsellor is double-booked
HOURLY_CONTRIBUTION = Decimal("5.00")   # demo value: the real amount is set by the government


class CaseRecords:
    """Writes the rows of one run's cases and keeps its bookings, planned sessions and request keys."""

    def __init__(self, run: DemoRun, refs: OfficeRefs) -> None:
        self.run = run
        self.refs = refs
        self.rng = run.rng
        self.writer = run.writer
        self.now = run.now
        self.until = run.until
        self.booked: set[tuple[uuid.UUID, date, int]] = set()         # zitdag slots given out
        self.planned_at: set[tuple[uuid.UUID | None, datetime]] = set()  # no counsellor planned twice at once
        self.planned_sessions = 0
        self.client_request_days: list[date] = []     # opening day of each client's request, in order
        self.client_request_ids: list[uuid.UUID] = []

    def partner_of_type(self, org_type: OrganisationType) -> Partner | None:
        candidates = self.refs.partners_by_type.get(org_type) or self.refs.partners
        return self.rng.choice(candidates) if candidates else None

    def change(self, case: Case, at: datetime, field_name: str, new: Any, by: uuid.UUID | None,
               reason: str | None = None) -> None:
        """Record a tier, phase or owner change if it happened before now (one second after the last).

        Whether it happened is decided on the whole-minute moment asked for, so steps taken together
        (a tier and the phase it brings) stay together; after one step in the future, all are.
        """
        case.in_future = case.in_future or at >= self.now
        if case.last_change_at is not None and at <= case.last_change_at:
            at = case.last_change_at + timedelta(seconds=1)
        case.last_change_at = at
        if case.in_future:
            return
        old = {"tier": case.tier, "phase": case.phase, "owner": case.owner_id}[field_name]
        if field_name == "tier":
            case.tier = new
        elif field_name == "phase":
            case.phase = new
        else:
            case.owner_id = new
        self.writer.add(table_of(RequestChange), {
            "id": self.run.new_id(at), "office_id": self.refs.office_id, "request_id": case.id,
            "at": utc(at), "by": by, "field": field_name,
            "old_value": None if old is None else str(old), "new_value": str(new), "reason": reason,
        })
        self.touch(case, at, by)

    def touch(self, case: Case, at: datetime, by: uuid.UUID | None) -> None:
        if case.updated_at is None or at > case.updated_at:
            case.updated_at, case.updated_by = at, by

    def close(self, case: Case, at: datetime, outcome: Outcome, by: uuid.UUID | None) -> None:
        self.change(case, at, "phase", Phase.CLOSED, by)
        if case.phase is Phase.CLOSED:
            case.closed_at, case.outcome = case.last_change_at, outcome

    def contact(self, case: Case, at: datetime, kind: ContactKind, channel: Channel,
                counsellor_id: uuid.UUID | None, *, minutes: int | None = None,
                direction: Direction | None = None, session_type: SessionType | None = None,
                loket_id: uuid.UUID | None = None, summary: str | None = None,
                booked_at: datetime | None = None, status: ContactStatus = ContactStatus.HELD) -> bool:
        """Log a contact that happened by now, or the next planned session; True if it was held."""
        if at <= self.now:
            held = status is ContactStatus.HELD
            created = at
        elif (kind is ContactKind.SESSION and not case.has_planned_session
              and at <= self.now + timedelta(days=PLANNING_HORIZON_DAYS)
              and (counsellor_id, at) not in self.planned_at):
            self.planned_at.add((counsellor_id, at))
            case.has_planned_session, held, status = True, False, ContactStatus.PLANNED
            created = min(booked_at or case.plan.opened_at, self.now)
            minutes = None
            self.planned_sessions += 1
        else:
            return False
        notes = None
        if kind is ContactKind.SESSION and held and session_type in SESSION_NOTES and self.rng.random() < 0.5:
            notes = self.rng.choice(SESSION_NOTES[session_type])
        self.writer.add(table_of(Contact), {
            "id": self.run.new_id(created), "office_id": self.refs.office_id, "request_id": case.id,
            "kind": kind, "session_type": session_type, "status": status, "channel": channel,
            "direction": direction, "at": utc(at), "minutes": minutes,
            "loket_id": loket_id, "counsellor_id": counsellor_id, "summary": summary, "notes": notes,
            "import_key": None, **self.run.stamps(created, counsellor_id),
        })
        self.touch(case, created, counsellor_id)
        if held and kind is ContactKind.SESSION and minutes is not None:
            case.held_session_minutes.append(minutes)
            case.held_session_days.append(at.date())
            case.first_held_session_at = case.first_held_session_at or at
        return held

    def book(self, counsellor_id: uuid.UUID, earliest: date) -> tuple[datetime, uuid.UUID]:
        """The first free slot of the counsellor's zitdagen from `earliest`, double-booking when full."""
        week = self.refs.week_schedule.get(counsellor_id)
        if not week or not any(week):
            week = [[SessionDay(self.refs.office_loket_id, MORNING[0], AFTERNOON[1], SESSION_SLOT_MINUTES)]
                    for _ in range(5)] + [[], []]
        fallback: tuple[date, SessionDay] | None = None
        for offset in range(BOOKING_SEARCH_DAYS):
            day = earliest + timedelta(days=offset)
            for session_day in week[day.weekday()]:
                last_start = session_day.ends - session_day.slot
                for minute in range(session_day.starts, last_start + 1, session_day.slot):
                    key = (counsellor_id, day, minute)
                    if key not in self.booked:
                        self.booked.add(key)
                        return brussels_at(day, minute), session_day.loket_id
                fallback = fallback or (day, session_day)
        assert fallback is not None, "every schedule has a weekday zitdag, so three weeks hold one"
        day, session_day = fallback
        slots = max(1, (session_day.ends - session_day.starts) // session_day.slot)
        minute = session_day.starts + session_day.slot * self.rng.randrange(slots)
        return brussels_at(day, minute), session_day.loket_id

    def consider_options(self, case: Case, count: int, chosen_at: datetime | None) -> None:
        """Options weighed during the held sessions; the first is the one chosen (if any)."""
        rng = self.rng
        if not case.held_session_days or not self.refs.courses:
            return
        count = min(count, len(self.refs.courses))
        themed = self.refs.courses_by_theme.get(case.theme, [])
        picks = rng.sample(themed, min(count, len(themed)))
        while len(picks) < count:
            extra = rng.choice(self.refs.courses)
            if extra not in picks:
                picks.append(extra)
        free_options = THEMES[case.theme].free_options
        options: list[tuple[CourseChoice | None, str | None]] = [(course, None) for course in picks]
        if free_options and rng.random() < 0.3:
            options.insert(rng.randint(0, len(options)), (None, rng.choice(free_options)))
        chosen_on = chosen_at.date() if chosen_at and chosen_at <= self.now else None
        for index, (course, free_text) in enumerate(options):
            considered_on = rng.choice(case.held_session_days)
            made = self.run.end_of(considered_on)
            chosen = index == 0 and chosen_on is not None
            self.writer.add(table_of(OptionConsidered), {
                "id": self.run.new_id(made), "office_id": self.refs.office_id, "request_id": case.id,
                "course_id": course.id if course else None, "free_text": free_text,
                "note": None, "considered_on": considered_on, "chosen_on": chosen_on if chosen else None,
                **self.run.stamps(made, case.owner_id,
                                  max(made, chosen_at) if chosen and chosen_at else made),
            })
        if chosen_on and options[0][0] is not None:
            case.chosen_provider = options[0][0].provider_name

    def refer_out(self, case: Case, at: datetime, referral: tuple[OrganisationType, ReferralReason, str],
                  by: uuid.UUID | None) -> None:
        rng = self.rng
        org_type, reason_code, reason = referral
        partner = self.partner_of_type(org_type)
        if partner is None or at > self.now:
            return
        loop_closed_on = happened = loop_note = None
        closes_on = at.date() + timedelta(days=rng.randint(14, 60))
        if closes_on <= self.until and rng.random() < 0.75:
            loop_closed_on, happened = closes_on, rng.random() < 0.8
            loop_note = rng.choice(LOOP_NOTES[happened])
        self.writer.add(table_of(ReferralOut), {
            "id": self.run.new_id(at), "office_id": self.refs.office_id, "request_id": case.id,
            "partner_id": partner.id,
            "partner_contact_id": rng.choice(partner.contact_ids) if partner.contact_ids else None,
            "reason_code": reason_code, "reason": reason, "referred_on": at.date(), "loop_closed_on": loop_closed_on,
            "happened": happened, "loop_note": loop_note,
            **self.run.stamps(at, by, self.run.end_of(loop_closed_on) if loop_closed_on else at),
        })

    def share(self, case: Case, *, given_at: datetime, handed_at: datetime, owner: uuid.UUID,
              recipient: Partner | None, recipient_contact_id: uuid.UUID | None, recipient_name: str,
              purpose: ConsentPurpose, items: list[DataItem]) -> None:
        """A consent for `items` and, if it happened by now, a handover sharing the relevant part."""
        rng = self.rng
        client = case.plan.client
        if given_at > self.now or client is None:
            return
        consent_id = self.run.new_id(given_at)
        consent_items = sorted(items)
        self.writer.add(table_of(Consent), {
            "id": consent_id, "office_id": self.refs.office_id, "client_id": client.id,
            "request_id": case.id, "recipient_org_id": recipient.id if recipient else None,
            "recipient_contact_id": recipient_contact_id, "recipient_name": recipient_name,
            "purpose": purpose, "data_items": [item.value for item in consent_items],
            "method": CONSENT_METHODS.pick(rng), "given_on": given_at.date(),
            "expires_on": given_at.date() + timedelta(days=365), "withdrawn_at": None,
            **self.run.stamps(given_at, owner),
        })
        if handed_at > self.now:
            return
        shared = [item for item in consent_items if item in RELEVANT_FOR[purpose]
                  and (item in (DataItem.IDENTITY, DataItem.CHOICE) or rng.random() < 0.8)]
        self.writer.add(table_of(Handover), {
            "id": self.run.new_id(handed_at), "office_id": self.refs.office_id, "request_id": case.id,
            "consent_id": consent_id, "recipient_org_id": recipient.id if recipient else None,
            "recipient_contact_id": recipient_contact_id, "recipient_name": recipient_name,
            "mode": HANDOVER_MODES.pick(rng), "at": utc(handed_at),
            "shared_items": [item.value for item in shared], "note": None,
            **self.run.stamps(handed_at, owner),
        })

    def set_contribution(self, case: Case, owner: uuid.UUID) -> None:
        """The tier-3 contribution for the hours held, with social correction or career voucher."""
        client = case.plan.client
        if not case.held_session_minutes or client is None or case.first_held_session_at is None:
            return
        exemption = {SocialStatus.JOB_SEEKER: Exemption.JOB_SEEKER,
                     SocialStatus.LEEFLOON: Exemption.LEEFLOON}.get(client.status) if client.status else None
        if exemption is None and client.newcomer and client.dutch_level in (DutchLevel.A1, DutchLevel.A2):
            exemption = Exemption.INTEGRATION
        career_voucher = (exemption is None and client.status is SocialStatus.EMPLOYED
                          and self.rng.random() < 0.35)
        hours = (Decimal(sum(case.held_session_minutes)) / 60).quantize(Decimal("0.01"))
        fee = contribution(Tier.TRAJECTORY, hours, HOURLY_CONTRIBUTION, exemption, career_voucher)
        made = case.first_held_session_at
        last_day = case.held_session_days[-1]
        self.writer.add(table_of(Contribution), {
            "id": self.run.new_id(made), "office_id": self.refs.office_id, "request_id": case.id,
            "hourly_rate": HOURLY_CONTRIBUTION, "hours": hours, "exemption": exemption,
            "career_voucher": career_voucher, "amount": fee.amount, "paid_by": fee.paid_by,
            **self.run.stamps(made, owner, max(made, self.run.end_of(last_day))),
        })

    def write_request_row(self, case: Case, request_no: str) -> None:
        rng = self.rng
        plan = case.plan
        theme = THEMES[case.theme]
        closed = case.closed_at is not None
        satisfaction = None
        if closed and case.tier is not None and rng.random() < SATISFACTION_ASKED[case.tier]:
            satisfaction = SATISFACTION.pick(rng)
        follow_up = case.follow_up_started and not closed
        # the next follow-up contact is due around `until`; some are overdue
        follow_up_due = self.until + timedelta(days=rng.randint(-21, 28)) if follow_up else None
        client = plan.client
        if client is not None:
            self.client_request_days.append(plan.opened_at.date())
            self.client_request_ids.append(case.id)
        self.writer.add(table_of(LearningRequest), {
            "id": case.id, "office_id": self.refs.office_id, "request_no": request_no,
            "client_id": client.id if client else None, "tier": case.tier, "phase": case.phase,
            "owner_id": case.owner_id,
            "referrer_type": ReferrerType.PARTNER if case.referrer else ReferrerType.SELF,
            "referrer_org_id": case.referrer.id if case.referrer else None,
            "referrer_contact_id": case.referrer_contact_id, "loket_id": case.loket_id,
            "first_channel": case.first_channel, "topic": rng.choice(theme.topics),
            "question": rng.choice(theme.questions), "opened_on": plan.opened_at.date(),
            "closed_on": case.closed_at.date() if case.closed_at else None, "outcome": case.outcome,
            "satisfaction": satisfaction, "follow_up": follow_up, "follow_up_due": follow_up_due,
            "enrolled_on": case.closed_at.date() if case.outcome is Outcome.ENROLLED and case.closed_at else None,
            "import_ref": None,
            **self.run.stamps(plan.opened_at, plan.registered_by, case.updated_at, case.updated_by),
        })

"""The demo casework simulation: how each request runs, from registration to its closing.

Tier 1 is one short contact; tiers 2 and 3 get an intake at a loket, tier 3 then a trajectory
of sessions, messages, a choice, a follow-up and a warm handover. The figures follow the GOAL
experiments (see docs/domain.md). The rows each step leaves are written by `CaseRecords`.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

from leerwinkel_desk.demo.case_records import CaseRecords
from leerwinkel_desk.demo.casework_data import (
    ANSWER_SUMMARIES,
    DESK_REGISTRATION_SUMMARY,
    ENROLMENT_MESSAGES,
    FIRST_CHANNELS,
    FOREIGN_DIPLOMA_REFERRALS_OUT,
    HANDED_TO_COUNSELLOR,
    OPTIONAL_SHARED_ITEMS,
    OPTIONS_MAIL_SUMMARY,
    ORIENTATION_MESSAGES,
    OUTCOMES,
    OWNER_CHANGE_REASONS,
    PARTNER_REFERRAL_SHARE,
    RECOGNITION_REFERRALS_OUT,
    REFERRALS_OUT,
    REFERRERS_BY_PROFILE,
    REGISTRATION_SUMMARIES,
    REMINDER_SUMMARY,
    SESSIONS_PER_TRAJECTORY,
    STARTS_AS_QUESTION,
    TIER_UP_REASONS,
    Referral,
)
from leerwinkel_desk.demo.facts import Case, ClientFacts, OfficeRefs, Partner, PlannedRequest
from leerwinkel_desk.demo.population_data import THEMES_FOR_NATIVE_SPEAKERS
from leerwinkel_desk.demo.run import DemoRun
from leerwinkel_desk.domain.enums import (
    Channel,
    ConsentPurpose,
    ContactKind,
    ContactStatus,
    DataItem,
    Direction,
    DutchLevel,
    Outcome,
    Phase,
    SessionType,
    SocialStatus,
    Tier,
)
from leerwinkel_desk.domain.numbers import REQUEST_PREFIX


class Casework:
    """Runs every planned request of one generation through its tiers, in order of opening."""

    def __init__(self, run: DemoRun, refs: OfficeRefs) -> None:
        self.records = CaseRecords(run, refs)       # the rows the steps leave, and the bookings
        self.run, self.refs, self.rng = run, refs, run.rng

    def write_requests(self, plans: list[PlannedRequest]) -> None:
        years = [plan.opened_at.year for plan in plans]
        numbers = self.run.reserve_numbers(self.refs.office_id, REQUEST_PREFIX, years)
        for plan, request_no in zip(plans, numbers, strict=True):
            self.write_case(plan, request_no)
            self.run.writer.flush_if_full()

    def write_case(self, plan: PlannedRequest, request_no: str) -> None:
        rng = self.rng
        client = plan.client
        referrer = self.pick_referrer(client) if client and rng.random() < PARTNER_REFERRAL_SHARE else None
        theme = client.theme if client and rng.random() < 0.8 else THEMES_FOR_NATIVE_SPEAKERS.pick(rng)
        case = Case(
            id=self.run.new_id(plan.opened_at), plan=plan, theme=theme,
            first_channel=FIRST_CHANNELS[plan.tier is Tier.INFORMATION].pick(rng),
            referrer=referrer,
            referrer_contact_id=(rng.choice(referrer.contact_ids)
                                 if referrer and referrer.contact_ids else None),
        )
        opened, dispatcher = plan.opened_at, plan.registered_by
        starts_as_question = plan.tier is Tier.INFORMATION or rng.random() < STARTS_AS_QUESTION[plan.tier]
        self.records.change(case, opened, "tier", Tier.INFORMATION if starts_as_question else Tier.MEDIATION,
                            dispatcher)
        # a request is registered at dispatch; a partner's referral shows as the step before it
        case.phase = Phase.REFERRAL_IN if referrer else Phase.DISPATCH
        if referrer:
            self.records.change(case, opened, "phase", Phase.DISPATCH, dispatcher)
        if starts_as_question:
            case.owner_id = dispatcher      # a tier-1 question belongs to whoever answers it
        if plan.tier is Tier.INFORMATION:
            self.run_information(case, opened)
        else:
            self.run_guidance(case, opened)
        self.records.write_request_row(case, request_no)

    def pick_referrer(self, client: ClientFacts) -> Partner | None:
        if client.newcomer and client.dutch_level in (DutchLevel.A1, DutchLevel.A2, DutchLevel.B1):
            profile = "newcomer"
        elif client.young and self.rng.random() < 0.5:
            profile = "young"
        elif client.status in (SocialStatus.LEEFLOON, SocialStatus.JOB_SEEKER):
            profile = str(client.status)
        else:
            profile = "other"
        return self.records.partner_of_type(REFERRERS_BY_PROFILE[profile].pick(self.rng))

    def referral_out(self, case: Case) -> Referral:
        """Where to and why a request is referred out: a question about recognition mostly to NARIC-Vlaanderen
        or the training provider's EVC, a client with a foreign diploma sometimes to NARIC-Vlaanderen, any other
        by the office's usual mix."""
        client = case.plan.client
        if case.theme == "recognition":
            return RECOGNITION_REFERRALS_OUT.pick(self.rng)
        return (FOREIGN_DIPLOMA_REFERRALS_OUT if client and client.foreign_diploma else REFERRALS_OUT).pick(self.rng)

    # tier 1: one short contact

    def run_information(self, case: Case, dispatched: datetime) -> None:
        rng = self.rng
        channel = case.first_channel
        answerer = case.plan.registered_by
        if channel in (Channel.EMAIL, Channel.WEBSITE):
            answered = self.run.moment_between(dispatched, dispatched + timedelta(days=2)) or dispatched
        else:
            answered = dispatched
        minutes = min(75, max(5, round(rng.gauss(26, 10))))
        outcome = OUTCOMES[Tier.INFORMATION].pick(rng)
        summary = rng.choice(ANSWER_SUMMARIES)
        referral = self.referral_out(case) if outcome is Outcome.REFERRED_OUT else None
        if referral:
            summary = f"Doorverwezen: {referral[2]}"
        if channel is Channel.FACE_TO_FACE:
            case.loket_id = self.refs.office_loket_id
            held = self.records.contact(case, answered, ContactKind.SESSION, channel, answerer,
                                        minutes=minutes, direction=Direction.INBOUND,
                                        session_type=SessionType.INFORMATION, loket_id=case.loket_id,
                                        summary=summary)
        else:
            held = self.records.contact(case, answered, ContactKind.MICRO,
                                        Channel.EMAIL if channel is Channel.WEBSITE else channel, answerer,
                                        minutes=minutes, direction=Direction.INBOUND, summary=summary)
        if held:
            if referral:
                self.records.refer_out(case, answered, referral, answerer)
            self.records.close(case, answered + timedelta(minutes=minutes), outcome, answerer)

    # tiers 2 and 3: an intake at a loket, for tier 3 followed by a trajectory

    def run_guidance(self, case: Case, dispatched: datetime) -> None:
        rng = self.rng
        plan, client = case.plan, case.plan.client
        assert client is not None
        dispatcher = plan.registered_by
        if client.owner_id is None or rng.random() < 0.1:
            client.owner_id = rng.choice(self.refs.counsellors)
        owner = client.owner_id
        if case.tier is Tier.INFORMATION:       # the question turned out to need an intake
            self.records.change(case, dispatched, "tier", Tier.MEDIATION, dispatcher,
                                TIER_UP_REASONS[Tier.MEDIATION])
            self.records.change(case, dispatched, "phase", Phase.INTAKE, dispatcher)
            self.records.change(case, dispatched, "owner", owner, dispatcher, HANDED_TO_COUNSELLOR)
        else:
            self.records.change(case, dispatched, "phase", Phase.INTAKE, dispatcher)
            self.records.change(case, dispatched, "owner", owner, dispatcher)
        if case.first_channel is Channel.FACE_TO_FACE:
            self.records.contact(case, dispatched, ContactKind.MICRO, Channel.SMS, dispatcher,
                                 direction=Direction.OUTBOUND, summary=DESK_REGISTRATION_SUMMARY)
        else:
            channel = Channel.EMAIL if case.first_channel is Channel.WEBSITE else case.first_channel
            self.records.contact(case, dispatched, ContactKind.MICRO, channel, dispatcher,
                                 minutes=rng.randint(4, 12), direction=Direction.INBOUND,
                                 summary=rng.choice(REGISTRATION_SUMMARIES))
        intake_at, loket_id = self.records.book(owner, dispatched.date() + timedelta(days=rng.randint(2, 14)))
        case.loket_id = loket_id
        if rng.random() < 0.6:
            reminder = self.run.moment_between(intake_at - timedelta(days=2), intake_at)
            if reminder and reminder > dispatched:
                self.records.contact(case, reminder, ContactKind.MICRO,
                                     rng.choice((Channel.SMS, Channel.WHATSAPP)), owner,
                                     direction=Direction.OUTBOUND, summary=REMINDER_SUMMARY)
        minutes = self.session_minutes(69 if plan.tier is Tier.MEDIATION else 68)
        self.records.contact(case, intake_at, ContactKind.SESSION, Channel.FACE_TO_FACE, owner,
                             minutes=minutes, session_type=SessionType.INTAKE, loket_id=loket_id,
                             booked_at=dispatched)
        intake_end = intake_at + timedelta(minutes=minutes)
        if plan.tier is Tier.MEDIATION:
            self.finish_mediation(case, intake_end, owner)
        else:
            self.run_trajectory(case, intake_end, owner)

    def session_minutes(self, mean: int) -> int:
        return min(150, max(30, 5 * round(self.rng.gauss(mean, 16) / 5)))

    def finish_mediation(self, case: Case, intake_end: datetime, owner: uuid.UUID) -> None:
        """One intake answers it: options mailed, then a choice, an answer, a referral or no choice."""
        rng = self.rng
        outcome = OUTCOMES[Tier.MEDIATION].pick(rng)
        if outcome is Outcome.ENROLLED:
            choice_at = self.run.moment_after(intake_end, 1, 14)
            self.records.change(case, choice_at, "phase", Phase.CHOICE, owner)
            self.records.consider_options(case, rng.randint(1, 3), choice_at)
            closing = self.run.moment_after(choice_at, 7, 30)
            if rng.random() < 0.1:
                closing = self.run.moment_after(self.hand_over(case, choice_at, owner), 0, 7)
        elif outcome is Outcome.REFERRED_OUT:
            self.records.refer_out(case, intake_end, self.referral_out(case), owner)
            closing = self.run.moment_after(intake_end, 0, 2)
        elif outcome is Outcome.ANSWERED:
            self.records.consider_options(case, rng.randint(1, 3), None)
            closing = self.run.moment_after(intake_end, 0, 3)
        else:
            self.records.consider_options(case, rng.randint(1, 2), None)
            closing = self.run.moment_after(intake_end, 14, 45)
        if outcome is not Outcome.REFERRED_OUT and rng.random() < 0.7:
            mail = self.run.moment_between(intake_end, min(closing, intake_end + timedelta(days=3)))
            if mail:
                self.records.contact(case, mail, ContactKind.MICRO, Channel.EMAIL, owner,
                                     minutes=rng.randint(5, 15), direction=Direction.OUTBOUND,
                                     summary=OPTIONS_MAIL_SUMMARY)
        self.records.close(case, closing, outcome, owner)

    def run_trajectory(self, case: Case, intake_end: datetime, owner: uuid.UUID) -> None:
        rng = self.rng
        client = case.plan.client
        assert client is not None
        self.records.change(case, intake_end, "tier", Tier.TRAJECTORY, owner,
                            TIER_UP_REASONS[Tier.TRAJECTORY])
        self.records.change(case, intake_end, "phase", Phase.TRAJECTORY, owner)
        sessions = SESSIONS_PER_TRAJECTORY.pick(rng)
        owner_changes_after = rng.randint(2, sessions - 1) if sessions >= 3 and rng.random() < 0.04 else None
        last_end = intake_end
        for number in range(2, sessions + 1):
            if number - 1 == owner_changes_after:
                new_owner = rng.choice([c for c in self.refs.counsellors if c != owner] or [owner])
                self.records.change(case, last_end, "owner", new_owner, self.refs.coordinator_id,
                                    rng.choice(OWNER_CHANGE_REASONS))
                owner = client.owner_id = new_owner
            booked_at = last_end
            at, loket_id = self.records.book(owner, last_end.date() + timedelta(days=rng.randint(7, 24)))
            if rng.random() < 0.07:
                missed = rng.choice((ContactStatus.NO_SHOW, ContactStatus.CANCELLED))
                self.records.contact(case, at, ContactKind.SESSION, Channel.FACE_TO_FACE, owner,
                                     session_type=SessionType.TRAJECTORY, loket_id=loket_id,
                                     booked_at=booked_at, status=missed)
                booked_at = at
                at, loket_id = self.records.book(owner, at.date() + timedelta(days=rng.randint(5, 14)))
            minutes = self.session_minutes(64)
            self.records.contact(case, at, ContactKind.SESSION, Channel.FACE_TO_FACE, owner,
                                 minutes=minutes, session_type=SessionType.TRAJECTORY, loket_id=loket_id,
                                 booked_at=booked_at)
            last_end = at + timedelta(minutes=minutes)
        outcome = OUTCOMES[Tier.TRAJECTORY].pick(rng)
        closing = self.conclude_trajectory(case, last_end, outcome, owner)
        self.write_micro_contacts(case, sessions, min(closing, self.run.now), owner)
        self.records.close(case, closing, outcome, owner)
        self.records.set_contribution(case, owner)

    def conclude_trajectory(self, case: Case, last_end: datetime, outcome: Outcome,
                            owner: uuid.UUID) -> datetime:
        """Choice, follow-up and handover as the outcome needs them; returns the closing moment."""
        rng = self.rng
        client = case.plan.client
        assert client is not None
        option_count = rng.randint(2, 5)
        if outcome is Outcome.REFERRED_OUT:
            self.records.consider_options(case, rng.randint(1, 2), None)
            self.records.refer_out(case, last_end, self.referral_out(case), owner)
            return self.run.moment_after(last_end, 0, 5)
        if outcome in (Outcome.NO_CHOICE, Outcome.DROPPED_OUT):
            self.records.consider_options(case, option_count, None)
            return self.run.moment_after(last_end, 10, 40 if outcome is Outcome.NO_CHOICE else 60)
        choice_at = case.choice_at = self.run.moment_after(last_end, 0, 10)
        self.records.change(case, choice_at, "phase", Phase.CHOICE, owner)
        chosen = outcome is Outcome.ENROLLED or rng.random() < 0.5
        self.records.consider_options(case, option_count, choice_at if chosen else None)
        if outcome is Outcome.ANSWERED:
            return self.run.moment_after(choice_at, 0, 5)
        latest = choice_at
        if client.needs_follow_up or rng.random() < 0.3:
            latest = self.run.moment_after(choice_at, 1, 5)
            self.records.change(case, latest, "phase", Phase.FOLLOW_UP, owner)
            case.follow_up_started = case.phase is Phase.FOLLOW_UP
        if rng.random() < 0.45:
            latest = self.hand_over(case, latest, owner)
        if case.referrer and case.referrer_contact_id and rng.random() < 0.3:
            latest = self.inform_referrer(case, latest, owner)
        return self.run.moment_after(latest, 7, 40)

    def write_micro_contacts(self, case: Case, sessions: int, last: datetime, owner: uuid.UUID) -> None:
        """Messages and short calls around the sessions: together about 22 contacts per trajectory."""
        rng = self.rng
        count = round(rng.uniform(0.6, 1.4) * (9 + 4.3 * sessions))
        moments = [self.run.moment_between(case.plan.opened_at, last) for _ in range(count)]
        for at in sorted(m for m in moments if m is not None):
            after_choice = case.choice_at is not None and at > case.choice_at
            messages = ENROLMENT_MESSAGES if after_choice else ORIENTATION_MESSAGES
            channel, direction, summary = rng.choice(messages)
            if channel is Channel.PHONE:
                minutes: int | None = rng.randint(2, 12)
            elif channel is Channel.EMAIL:
                minutes = rng.randint(2, 10) if rng.random() < 0.6 else None
            else:
                minutes = rng.randint(1, 3) if rng.random() < 0.4 else None
            self.records.contact(case, at, ContactKind.MICRO, channel, owner, minutes=minutes,
                                 direction=direction, summary=summary)

    def hand_over(self, case: Case, after: datetime, owner: uuid.UUID) -> datetime:
        """Consent at the choice, then a warm handover to the school's study counsellor."""
        rng = self.rng
        provider_name = case.chosen_provider
        school = self.refs.partner_by_name.get(provider_name or "")
        recipient_contact = rng.choice(school.contact_ids) if school and school.contact_ids else None
        items = [DataItem.IDENTITY, DataItem.QUESTION, DataItem.CHOICE]
        items += [item for item in OPTIONAL_SHARED_ITEMS if rng.random() < 0.4]
        handed_at = self.run.moment_after(after, 3, 20)
        self.records.share(case, given_at=after, handed_at=handed_at, owner=owner, recipient=school,
                           recipient_contact_id=recipient_contact,
                           recipient_name=provider_name or "studiebegeleider van de school",
                           purpose=ConsentPurpose.WARM_HANDOVER, items=items)
        self.records.change(case, handed_at, "phase", Phase.HANDOVER, owner)
        return handed_at

    def inform_referrer(self, case: Case, after: datetime, owner: uuid.UUID) -> datetime:
        """With consent, the partner counsellor who referred the client hears how it went."""
        items = [DataItem.IDENTITY, DataItem.QUESTION, DataItem.TRAJECTORY_SUMMARY, DataItem.CHOICE]
        assert case.referrer is not None
        informed_at = self.run.moment_after(after, 1, 10)
        self.records.share(case, given_at=after, handed_at=informed_at, owner=owner, recipient=case.referrer,
                           recipient_contact_id=case.referrer_contact_id, recipient_name=case.referrer.name,
                           purpose=ConsentPurpose.PARTNER_FOLLOW_UP, items=items)
        return informed_at

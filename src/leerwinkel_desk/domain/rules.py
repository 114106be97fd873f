"""Rules of the tiered service model: tier moves, phases per tier, phase transitions, outcomes."""

from __future__ import annotations

from datetime import date, timedelta

from leerwinkel_desk.domain.enums import Outcome, Phase, Tier
from leerwinkel_desk.domain.errors import InvalidValue, ReasonRequired, TransitionNotAllowed

PHASES_PER_TIER: dict[Tier, frozenset[Phase]] = {
    Tier.INFORMATION: frozenset(
        {Phase.REFERRAL_IN, Phase.DISPATCH, Phase.CLOSED, Phase.AFTERCARE}
    ),
    Tier.MEDIATION: frozenset(
        {Phase.REFERRAL_IN, Phase.DISPATCH, Phase.INTAKE, Phase.CHOICE, Phase.HANDOVER,
         Phase.CLOSED, Phase.AFTERCARE}
    ),
    Tier.TRAJECTORY: frozenset(Phase),
}

PHASE_TRANSITIONS: dict[Phase, frozenset[Phase]] = {
    Phase.REFERRAL_IN: frozenset({Phase.DISPATCH}),
    Phase.DISPATCH: frozenset({Phase.INTAKE, Phase.CLOSED}),
    Phase.INTAKE: frozenset({Phase.TRAJECTORY, Phase.CHOICE, Phase.CLOSED}),
    Phase.TRAJECTORY: frozenset({Phase.CHOICE, Phase.CLOSED}),
    Phase.CHOICE: frozenset({Phase.TRAJECTORY, Phase.FOLLOW_UP, Phase.HANDOVER, Phase.CLOSED}),
    Phase.FOLLOW_UP: frozenset({Phase.HANDOVER, Phase.CLOSED}),
    Phase.HANDOVER: frozenset({Phase.CLOSED}),        # never back to follow-up: see phase_of_follow_up
    Phase.CLOSED: frozenset({Phase.AFTERCARE}),
    Phase.AFTERCARE: frozenset({Phase.INTAKE, Phase.TRAJECTORY, Phase.CLOSED}),
}

OPEN_PHASES = frozenset(Phase) - {Phase.CLOSED}

ENTRY_PHASE: dict[Tier, Phase] = {
    Tier.INFORMATION: Phase.DISPATCH, Tier.MEDIATION: Phase.INTAKE, Tier.TRAJECTORY: Phase.TRAJECTORY,
}
"""Where a request starts its work at each tier (a move up the tiers lands here; the import too)."""

PHASE_PATH: dict[Tier, tuple[Phase, ...]] = {
    Tier.INFORMATION: (Phase.DISPATCH, Phase.CLOSED),
    Tier.MEDIATION: (Phase.DISPATCH, Phase.INTAKE, Phase.CHOICE, Phase.HANDOVER, Phase.CLOSED),
    Tier.TRAJECTORY: (Phase.DISPATCH, Phase.INTAKE, Phase.TRAJECTORY, Phase.CHOICE, Phase.FOLLOW_UP,
                      Phase.HANDOVER, Phase.CLOSED),
}
"""The phases a request of each tier passes through, in order (the dossier's stepper shows them).

Referral-in comes before the path and aftercare after it; every other phase a tier allows is on it.
"""


FOLLOW_UP_DAYS = 14
"""In follow-up (opvolging) the client hears from the counsellor at least this often: the first follow-up
contact is due this many days after the follow-up starts, and each next one this many days after the last."""


def follow_up_due_from(day: date) -> date:
    """The follow-up contact due after `day` (the day the follow-up starts, or of a contact in it)."""
    return day + timedelta(days=FOLLOW_UP_DAYS)


def follow_up_due_after_contact(follow_up: bool, due: date | None, contact_on: date) -> date | None:
    """A request's next follow-up due date once a contact on `contact_on` is recorded: FOLLOW_UP_DAYS after
    the contact, only forward (a later date the counsellor set stays, an older contact moves nothing back);
    unchanged when the request is not in follow-up (enrolled, closed, never started)."""
    if not follow_up:
        return due
    moved = follow_up_due_from(contact_on)
    return moved if due is None or moved > due else due


def phase_of_follow_up(tier: Tier, phase: Phase) -> Phase:
    """The phase a request stands in once its follow-up starts or is renewed: opvolging when it may move there
    (after the choice), the phase it has when it is past it on its path already (a warm handover done: the
    follow-up is then a date to call, never a step back). Refused (TransitionNotAllowed) where a follow-up has
    no place: before the choice, below tier 3, closed."""
    path = PHASE_PATH[tier]
    if Phase.FOLLOW_UP in path and phase in path[path.index(Phase.FOLLOW_UP):path.index(Phase.CLOSED)]:
        return phase
    check_phase_change(tier, phase, Phase.FOLLOW_UP)
    return Phase.FOLLOW_UP


def check_tier_change(current: Tier, wanted: Tier, reason: str | None) -> None:
    """A request may move up a tier freely; moving down is an exception that needs a reason."""
    if wanted == current:
        raise TransitionNotAllowed("tier", current, wanted)
    if wanted.level < current.level and not (reason and reason.strip()):
        raise ReasonRequired("tier.down")


def phase_after_tier_move(tier: Tier, phase: Phase) -> Phase:
    """Where a request's phase lands when it moves to `tier`: from dispatch, intake or aftercare a
    mediation or trajectory starts at its entry phase; a phase the tier has stays. A phase the tier
    lacks (a move down) lands on the last phase of the tier's path before it: a trajectory moved to
    mediation in its trajectory phase stands at the intake (informatiebemiddeling), in follow-up at the
    choice made; moved to information, at dispatch. It stayed, and mediation was left in follow-up."""
    if tier is not Tier.INFORMATION and phase in (Phase.DISPATCH, Phase.INTAKE, Phase.AFTERCARE):
        return ENTRY_PHASE[tier]
    if phase in PHASES_PER_TIER[tier]:
        return phase
    order = list(Phase)
    before = [step for step in PHASE_PATH[tier] if order.index(step) < order.index(phase)]
    return before[-1] if before else ENTRY_PHASE[tier]


def check_phase_allowed(tier: Tier, phase: Phase) -> None:
    """Tier 1 never reaches an intake; follow-up belongs to trajectories."""
    if phase not in PHASES_PER_TIER[tier]:
        raise TransitionNotAllowed("phase", tier, phase)


def check_phase_change(tier: Tier, current: Phase, wanted: Phase) -> None:
    if wanted not in PHASE_TRANSITIONS[current]:
        raise TransitionNotAllowed("phase", current, wanted)
    check_phase_allowed(tier, wanted)


def check_closing(tier: Tier, outcome: Outcome) -> None:
    """Tier 1 is a question answered or sent elsewhere; the other outcomes need a conversation."""
    if tier is Tier.INFORMATION and outcome not in (Outcome.ANSWERED, Outcome.REFERRED_OUT):
        raise InvalidValue("outcome", "tier1")


def fitting_outcome(tier: Tier, enrolled: bool) -> Outcome | None:
    """The outcome a closing starts from: enrolment confirmed → enrolled; a tier-1 question → answered;
    otherwise none, and the counsellor chooses (a guess there invites a wrong figure in the monitoring)."""
    if enrolled:
        return Outcome.ENROLLED
    if tier is Tier.INFORMATION:
        return Outcome.ANSWERED
    return None


def outcome_when_erased(tier: Tier, enrolled: bool) -> Outcome:
    """The outcome of a request still open when its client is erased (GDPR): the client ended the guidance.
    What is known stays known (enrolment confirmed → enrolled; a tier-1 question → answered, its only closing
    without a conversation); otherwise dropped out, as for anyone who stops before the end: the request
    leaves the figures' "open" and counts as a trajectory that ended without enrolment, which it is."""
    return fitting_outcome(tier, enrolled) or Outcome.DROPPED_OUT


def check_owner_change(current_owner: object, new_owner: object, reason: str | None) -> None:
    """The counsellor who did the intake owns the trajectory: reassigning needs a reason."""
    if current_owner is not None and current_owner != new_owner and not (reason and reason.strip()):
        raise ReasonRequired("owner.change")


def check_satisfaction(score: int | None) -> None:
    """Satisfaction is asked on a 1-5 scale (the blueprint's quality figure)."""
    if score is not None and not 1 <= score <= 5:
        raise InvalidValue("satisfaction", "range")


def check_option_removable(chosen: bool) -> None:
    """An option added by mistake may be taken out of the comparison, but not the client's choice: it moved the
    request to its choice phase and may have been shared in a warm handover. Marking the right option as the
    choice first frees it."""
    if chosen:
        raise InvalidValue("option", "chosen")

"""The service layer's rules, checked again on what laptops push: the same domain functions, not a copy.

- A request's tier and phase: a pushed change of phase alone must be a transition of the rules
  (`check_phase_change`); a change of tier must land where a tier move lands (`phase_after_tier_move`)
  or at the tier's entry phase (where the registration import lands it);
  a new request must start in a phase its tier allows (`check_phase_allowed`). Only a change that
  would apply is checked: a field the laptop saw with another value than the server's goes to the
  conflict inbox instead (push.py).
- Sharing: a pushed warm handover must rest on a consent of its request's client that covers the
  recipient, the purpose and the items on the day of the handover (`check_relevant`, `covers` on the
  server's consent, through `consent_terms`), so a consent withdrawn elsewhere meanwhile stops it.
- One act: the services record a warm handover and move its request to the handover phase in one
  transaction (`Handovers.hand_over`). When the handover is refused, so is the phase change made with
  it, the request's update and its history row, with the handover's reason (`check_act`): the act is
  refused as a whole, never half applied. They follow the handover within `ACT_OPS` ops (a laptop's op
  numbers run on within one transaction), in the same batch or the next (found in its kept answers).
- A request's history says what is in force: a step of its phase, tier or owner whose change waits in the
  laptop's inbox (the office held another value meanwhile) is not taken (`check_step`, `NotInForce`). The step
  and the request's update are ops of one act on the laptop, stamped with the act's one moment (the step's `at`
  is the update's `updated_at`), the update before or after the step within `STEP_OPS` ops: the step waits when
  that update's change of the field went to the inbox (its item, in this batch or kept for the device's
  earlier ops), or will (a later op of this batch changes the field from a value the office no longer holds).
  The item says what the laptop wanted; kept there, it becomes a step of its own then (sync/inbox.py). Steps
  are never judged by the request's value alone: a first sync's history arrives after its request's last state.
A refused op goes to the pushing laptop's conflict inbox with the rule's code; a step not in force goes back
(the laptop drops it at its pull: the office never had it), its change's item says it all.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from leerwinkel_desk.domain.calendar import local_date
from leerwinkel_desk.domain.consent import Recipient, check_relevant, covers
from leerwinkel_desk.domain.enums import DataItem, Phase, Tier
from leerwinkel_desk.domain.errors import ConsentMissing, DomainError, TransitionNotAllowed
from leerwinkel_desk.domain.rules import (
    ENTRY_PHASE,
    check_phase_allowed,
    check_phase_change,
    phase_after_tier_move,
)
from leerwinkel_desk.services.consents import consent_terms
from leerwinkel_desk.store.models import Consent
from leerwinkel_desk.sync.server.devices import Rejected
from leerwinkel_desk.sync.wire import from_wire, to_wire


class NotInForce(Rejected):
    """A step of a request's history whose change is not in force here (it waits in the laptop's inbox)."""

    def __init__(self) -> None:
        super().__init__("step_not_in_force")


STEPS = {"phase": "phase", "tier": "tier", "owner": "owner_id"}     # a history row's field: the request's column
STEP_OPS = 10      # how far a step and its request's update lie apart in a laptop's transaction, at most


def check(conn: Any, op: dict[str, Any], new: dict[str, Any], current: Any) -> None:
    """Refuse (Rejected with the rule's code) an op the services would not have allowed."""
    try:
        if op["tbl"] == "learning_request":
            _request(op, new, current)
        elif op["tbl"] == "handover" and current is None:
            _handover(conn, new)
    except DomainError as refused:
        raise Rejected(refused.code) from None


ACT_OPS = 3        # after a handover's insert: its request's history row, the request's update, the audit event


def _answers_before(conn: Any, device_id: Any, op: dict[str, Any], answered: list[dict[str, Any]], count: int
                    ) -> dict[int, dict[str, Any]]:
    """The answers to the device's `count` ops before `op`: from this batch's (`answered`), else as kept."""
    wanted = range(op["op"] - count, op["op"])
    before = {result["op"]: result for result in answered if result["op"] in wanted}
    missing = [number for number in wanted if number not in before]
    if missing:
        before.update((row["op"], row["result"]) for row in conn.execute(
            "SELECT op, result FROM sync_applied_op WHERE device_id = %s AND op = ANY(%s)", [device_id, missing]))
    return before


def check_act(conn: Any, device_id: Any, op: dict[str, Any], answered: list[dict[str, Any]]) -> None:
    """Refuse a move to the handover phase made with a handover refused just before (`answered`: this batch's
    results so far; earlier ops of the device come from their kept answers)."""
    new = op.get("new") or {}
    if op["tbl"] == "learning_request" and new.get("phase") == Phase.HANDOVER.value:
        request = op["row_id"]
    elif op["tbl"] == "request_change" and (new.get("field"), new.get("new_value")) == ("phase", Phase.HANDOVER.value):
        request = new.get("request_id")
    else:
        return
    before = _answers_before(conn, device_id, op, answered, ACT_OPS)
    for number in sorted(before, reverse=True):
        for item in before[number]["inbox"]:
            if (item["kind"], item["tbl"]) == ("rejected", "handover") and item.get("mine") and json.loads(
                    item["mine"]).get("request_id") == request:
                raise Rejected(item["reason"])


def _applies(op: dict[str, Any], name: str, current: Any) -> bool:
    """The laptop's change of `name` would apply here: it changed it and saw the server's value."""
    return name in (op.get("new") or {}) and to_wire("learning_request", name, current[name]) == (
        op.get("old") or {}).get(name)


def _request(op: dict[str, Any], new: dict[str, Any], current: Any) -> None:
    if current is None:
        if "tier" in new and "phase" in new:
            check_phase_allowed(Tier(new["tier"]), Phase(new["phase"]))
        return
    tier, phase = Tier(current["tier"]), Phase(current["phase"])
    wanted_tier = Tier(new["tier"]) if _applies(op, "tier", current) else tier
    wanted_phase = Phase(new["phase"]) if _applies(op, "phase", current) else phase
    if wanted_tier != tier:
        if wanted_phase not in (phase_after_tier_move(wanted_tier, phase), ENTRY_PHASE[wanted_tier]):
            raise TransitionNotAllowed("phase", phase, wanted_phase)
    elif wanted_phase != phase:
        check_phase_change(tier, phase, wanted_phase)


def _handover(conn: Any, new: dict[str, Any]) -> None:
    recipient = Recipient(new.get("recipient_org_id"), new.get("recipient_contact_id"), new.get("recipient_name"))
    items = frozenset(DataItem(item) for item in new.get("shared_items") or [])
    missing = ConsentMissing(recipient.name or str(recipient.org_id or recipient.contact_id),
                             frozenset(item.value for item in items))
    found = conn.execute("SELECT c.* FROM consent c JOIN learning_request r ON r.client_id = c.client_id "
                         "WHERE c.id = %s AND r.id = %s AND c.deleted_at IS NULL",
                         [new.get("consent_id"), new.get("request_id")]).fetchone()
    if found is None:
        raise missing
    consent = Consent(**{name: from_wire("consent", name, to_wire("consent", name, value))
                         for name, value in found.items()})
    terms = consent_terms(consent)
    check_relevant(terms.purpose, items)
    if not covers(terms, recipient, terms.purpose, items, local_date(new["at"])):
        raise missing


def check_step(conn: Any, device_id: Any, op: dict[str, Any], answered: list[dict[str, Any]],
               after: list[dict[str, Any]]) -> None:
    """Refuse (`NotInForce`) a new step of a request's history whose change went, or goes, to the laptop's inbox:
    `answered`, this batch's results so far (earlier ops of the device from their kept answers); `after`, the
    batch's next ops (the update may follow the step)."""
    new = op.get("new") or {}
    name = STEPS.get(new.get("field") or "") if op["tbl"] == "request_change" and op["kind"] == "I" else None
    if name is None or new.get("request_id") is None:
        return
    request, wanted = uuid.UUID(str(new["request_id"])).hex, _step_value(name, new.get("new_value"))
    act = ("learning_request", request, name, new.get("at"), wanted)
    for result in _answers_before(conn, device_id, op, answered, STEP_OPS).values():
        for item in result["inbox"]:
            if item["kind"] == "conflict" and item.get("mine") is not None and (
                    item["tbl"], item["row_id"], item["field"], item["my_at"],
                    _step_value(name, json.loads(item["mine"]))) == act:
                raise NotInForce
    later = [other for other in after if other["op"] <= op["op"] + STEP_OPS and other["kind"] == "U"
             and name in (other.get("new") or {}) and (other["tbl"], other["row_id"], name,
                                                       other["new"].get("updated_at"),
                                                       _step_value(name, other["new"][name])) == act]
    if later:
        found = conn.execute(f'SELECT "{name}" FROM learning_request WHERE id = %s', [uuid.UUID(request)]).fetchone()
        here = None if found is None else _step_value(name, to_wire("learning_request", name, found[name]))
        if found is not None and here != wanted and here != _step_value(name, (later[0].get("old") or {}).get(name)):
            raise NotInForce


def _step_value(name: str, value: Any) -> str | None:
    """A value of a request's phase, tier or owner as a step and an op both say it (an owner's id without dashes)."""
    if value is None:
        return None
    return uuid.UUID(str(value)).hex if name == "owner_id" else str(value)

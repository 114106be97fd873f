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
A refused op goes to the pushing laptop's conflict inbox with the rule's code.
"""

from __future__ import annotations

import json
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
    wanted = range(op["op"] - ACT_OPS, op["op"])
    before = {result["op"]: result for result in answered if result["op"] in wanted}
    missing = [number for number in wanted if number not in before]
    if missing:
        before.update((row["op"], row["result"]) for row in conn.execute(
            "SELECT op, result FROM sync_applied_op WHERE device_id = %s AND op = ANY(%s)", [device_id, missing]))
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

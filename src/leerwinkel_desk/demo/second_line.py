"""Demo work beyond the client: second-line activities with partners and signals about gaps.

Signals are linked to a few of the clients' requests opened before they were raised.
"""

from __future__ import annotations

import uuid
from bisect import bisect_right
from datetime import date, timedelta

from leerwinkel_desk.demo.casework_data import SECOND_LINE_TOPICS, SIGNAL_REGIONS, SIGNALS
from leerwinkel_desk.demo.facts import OfficeRefs
from leerwinkel_desk.demo.run import DemoRun
from leerwinkel_desk.domain.enums import SecondLineKind
from leerwinkel_desk.store.base import table_of
from leerwinkel_desk.store.models import SecondLineActivity, Signal, SignalRequest


def write_second_line(run: DemoRun, refs: OfficeRefs) -> None:
    """Each week about one info session or partner question per 2000 clients (at least one)."""
    rng = run.rng
    per_week = max(1, round(run.client_count / 2000))
    week = run.start
    while week < run.now:
        for _ in range(sum(rng.random() < 0.5 for _ in range(2 * per_week))):
            held = run.moment_between(week, min(week + timedelta(days=6), run.now))
            if held is None:
                continue
            kind = SecondLineKind.INFO_SESSION if rng.random() < 0.4 else SecondLineKind.QUESTION
            partner = rng.choice(refs.partners) if refs.partners else None
            by = rng.choice(refs.counsellors)
            info_session = kind is SecondLineKind.INFO_SESSION
            run.writer.add(table_of(SecondLineActivity), {
                "id": run.new_id(held), "office_id": refs.office_id, "kind": kind,
                "partner_id": partner.id if partner else None, "counsellor_id": by,
                "topic": rng.choice(SECOND_LINE_TOPICS[kind]), "held_on": held.date(),
                "minutes": rng.choice((90, 120, 150)) if info_session else rng.randint(10, 40),
                "participants": rng.randint(6, 25) if info_session else 1,
                **run.stamps(held, by),
            })
        week += timedelta(days=7)
    run.writer.flush_if_full()


def write_signals(run: DemoRun, refs: OfficeRefs, request_days: list[date],
                  request_ids: list[uuid.UUID]) -> None:
    """Gaps and barriers seen in the case load, each linked to a few requests where it showed."""
    rng = run.rng
    for _ in range(max(6, run.client_count // 150) if request_ids else 0):
        kind, theme, description = rng.choice(SIGNALS)
        raised = run.moment_between(run.start + timedelta(days=60), run.now) or run.now
        seen_before = bisect_right(request_days, raised.date())
        if seen_before == 0:
            continue
        by = rng.choice(refs.counsellors)
        signal_id = run.new_id(raised)
        run.writer.add(table_of(Signal), {
            "id": signal_id, "office_id": refs.office_id, "kind": kind, "theme": theme,
            "region": rng.choice(SIGNAL_REGIONS), "description": description,
            "raised_on": raised.date(), "counsellor_id": by, **run.stamps(raised, by),
        })
        for index in rng.sample(range(seen_before), min(seen_before, rng.randint(1, 6))):
            run.writer.add(table_of(SignalRequest), {
                "id": run.new_id(raised), "office_id": refs.office_id, "signal_id": signal_id,
                "request_id": request_ids[index], **run.stamps(raised, by),
            })

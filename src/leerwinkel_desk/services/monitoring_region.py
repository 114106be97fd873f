"""The monitoring report of every office on the central PostgreSQL, for a region coordinator.

The region coordinator connects with a database login of their own (made by `serve --region-reader`,
store/sync_central.py `grant_region_reader`): PostgreSQL decides what it may read (every office's rows,
SELECT only, without who a person is), so there is no sign-in here (passphrases stay on the laptops)
and the role cannot write. Each office's report is the laptop's own (services/monitoring.py, the same
queries on PostgreSQL), so the region's figures are the offices' figures.
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import or_, select

from leerwinkel_desk.domain.enums import Role
from leerwinkel_desk.domain.errors import NotFound
from leerwinkel_desk.services.context import Actor, Clock
from leerwinkel_desk.services.monitoring import Monitoring, ReportFilter
from leerwinkel_desk.services.monitoring_report import MonitoringReport
from leerwinkel_desk.store.engine import Database
from leerwinkel_desk.store.models import Office


def region_reports(db: Database, clock: Clock, wanted: ReportFilter) -> list[MonitoringReport]:
    """The report of each office the connected role reads, by office code (only `wanted.office` when given)."""
    with db.read() as session:
        query = select(Office.id).order_by(Office.code)
        if wanted.office is not None:
            query = query.where(or_(Office.code == wanted.office.strip().upper(), Office.name == wanted.office))
        offices = list(session.scalars(query))
    if wanted.office is not None and not offices:
        raise NotFound("office", wanted.office)
    # the region coordinator acts as each office's coordinator; what the database role reads is the limit
    return [Monitoring(db, clock, Actor(office_id, None, Role.COORDINATOR)).report(replace(wanted, office=None))
            for office_id in offices]

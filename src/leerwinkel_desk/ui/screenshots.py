"""`make screenshots`: render the main screens from a demo database to PNG files, offscreen."""

from __future__ import annotations

import sys
import tempfile
import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from leerwinkel_desk.demo import generate_demo
from leerwinkel_desk.domain.calendar import BRUSSELS
from leerwinkel_desk.domain.enums import ConsentPurpose
from leerwinkel_desk.services.clients import Clients
from leerwinkel_desk.services.consents import Consents
from leerwinkel_desk.services.context import local_today
from leerwinkel_desk.services.dossier import Dossiers
from leerwinkel_desk.store.engine import open_sqlite
from leerwinkel_desk.store.migrations import upgrade
from leerwinkel_desk.ui.context import DeskContext
from leerwinkel_desk.ui.dialogs.dispatch import DispatchDialog
from leerwinkel_desk.ui.dialogs.sharing import HandoverDialog
from leerwinkel_desk.ui.i18n import LanguageSwitcher
from leerwinkel_desk.ui.main_window import MainWindow, build_context
from leerwinkel_desk.ui.pages.reports import ReportsPage
from leerwinkel_desk.ui.pages.today import TodayPage

DEMO_CLIENTS = 1500


class WorkdayClock:
    """Half past nine on the next working day, so Vandaag shows a zitdag with its sessions."""

    def __init__(self) -> None:
        day = date.today() + timedelta(days=1)
        while day.weekday() >= 5:
            day += timedelta(days=1)
        self._at = datetime.combine(day, time(9, 30), BRUSSELS).astimezone(UTC)

    def now(self) -> datetime:
        return self._at


def save(widget: QWidget, folder: Path, name: str) -> Path:
    QApplication.processEvents()
    path = folder / f"{name}.png"
    widget.grab().save(str(path))
    return path


def render_all(folder: Path) -> list[Path]:
    app = QApplication.instance() or QApplication(sys.argv)
    LanguageSwitcher(app).use("nl")
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        db = open_sqlite(Path(scratch) / "demo.db")
        upgrade(db, None)
        office_id = generate_demo(db, clients=DEMO_CLIENTS, seed=1, until=date.today()).office_id
        ctx = replace(build_context(db, office_id), clock=WorkdayClock())
        window = MainWindow(ctx)
        window.resize(1400, 860)
        window.show()
        today = window.pages["today"]
        assert isinstance(today, TodayPage)
        loaded(ctx, lambda: today.day is not None)
        shots = [save(window, folder, "vandaag")]
        client_id = busiest_client(ctx)
        window.open_dossier(client_id)
        shots.append(save(window, folder, "dossier"))
        dispatch = DispatchDialog(ctx, None, window)
        dispatch.show()
        shots.append(save(dispatch, folder, "dispatch"))
        dispatch.close()
        request_id = request_with_consent(ctx)
        if request_id is not None:
            handover = HandoverDialog(ctx, request_id, window)
            handover.show()
            shots.append(save(handover, folder, "handover"))
            handover.close()
        window.show_page(5)
        reports = window.pages["reports"]
        assert isinstance(reports, ReportsPage)
        loaded(ctx, lambda: reports.report is not None)
        shots.append(save(window, folder, "rapporten"))
        window.close()
        db.dispose()
    return shots


def loaded(ctx: DeskContext, shown: Callable[[], bool]) -> None:
    """Wait for a page's background load and for the page to show what it loaded."""
    ctx.jobs.wait()
    while not shown():
        QApplication.processEvents()


def busiest_client(ctx: DeskContext) -> uuid.UUID:
    """Of the first clients by name, the one with the longest timeline: the dossier should look full."""
    dossiers = ctx.service(Dossiers)
    clients = ctx.service(Clients).browse(limit=80)
    return max(clients, key=lambda c: (len(dossiers.timeline(c.id)), str(c.id))).id


def request_with_consent(ctx: DeskContext) -> uuid.UUID | None:
    """A request whose client has an active warm-handover consent, to show what would be shared."""
    today = local_today(ctx.clock)
    for client in ctx.service(Clients).browse(limit=500):
        for consent in ctx.service(Consents).for_client(client.id):
            if (consent.purpose is ConsentPurpose.WARM_HANDOVER and consent.withdrawn_at is None
                    and consent.recipient.org_id is not None
                    and consent.request_id and (consent.expires_on or today) >= today):
                return consent.request_id
    return None


if __name__ == "__main__":
    for shot in render_all(Path(sys.argv[1] if len(sys.argv) > 1 else "build/screenshots")):
        print(shot)

"""`make screenshots`: render the main screens from a demo database to PNG files, offscreen."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from functools import partial
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
from leerwinkel_desk.ui.design.palette import Scheme
from leerwinkel_desk.ui.design.style import apply_design
from leerwinkel_desk.ui.dialogs.dispatch import DispatchDialog
from leerwinkel_desk.ui.dialogs.new_client import NewClientDialog
from leerwinkel_desk.ui.dialogs.sharing import HandoverDialog
from leerwinkel_desk.ui.dossier import DossierView
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


DOSSIER_DIALOGS: tuple[tuple[str, Callable[[DossierView], None]], ...] = (
    ("gegevens", DossierView.edit_details), ("gesprek", DossierView.record_session),
    ("microcontact", DossierView.log_micro_contact), ("opties", DossierView.weigh_options),
    ("toestemming", DossierView.record_consent), ("doorverwijzen", DossierView.refer_out),
    ("bijdrage", DossierView.record_contribution), ("afsluiten", DossierView.close_request),
    ("afdrukken", DossierView.print_documents),
)


def render_all(folder: Path, schemes: tuple[Scheme, ...] = tuple(Scheme)) -> list[Path]:
    """Every page of the navigation, the dossier and the main dialogs, once per colour scheme."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication), "screenshots need a widgets application"
    LanguageSwitcher(app).use("nl")
    folder.mkdir(parents=True, exist_ok=True)
    shots: list[Path] = []
    with tempfile.TemporaryDirectory() as scratch:
        db = open_sqlite(Path(scratch) / "demo.db")
        upgrade(db, None)
        office_id = generate_demo(db, clients=DEMO_CLIENTS, seed=1, until=date.today()).office_id
        ctx = replace(build_context(db, office_id), clock=WorkdayClock())
        client_id = busiest_client(ctx)
        for scheme in schemes:
            apply_design(app, scheme)
            shots += render_scheme(ctx, client_id, folder, scheme.value)
        db.dispose()
    return shots


def render_scheme(ctx: DeskContext, client_id: uuid.UUID, folder: Path, suffix: str) -> list[Path]:
    window = MainWindow(ctx)
    window.resize(1280, 720)
    window.show()
    shots = []
    for index, (key, _title) in enumerate(window.nav_titles()):
        window.show_page(index)
        page = window.pages[key]
        if isinstance(page, TodayPage):
            loaded(ctx, partial(lambda p: p.day is not None, page))
        if isinstance(page, ReportsPage):
            loaded(ctx, partial(lambda p: p.report is not None, page))
        shots.append(save(window, folder, f"{PAGE_FILES.get(key, key)}-{suffix}"))
    window.open_dossier(client_id)
    shots.append(save(window, folder, f"dossier-{suffix}"))
    dossier = window.dossier
    for name, open_dialog in DOSSIER_DIALOGS:
        if dossier is None:
            break
        open_dialog(dossier)
        if dossier.active_dialog is not None:
            shots.append(save(dossier.active_dialog, folder, f"{name}-{suffix}"))
            dossier.active_dialog.close()
    for name, dialog in (("nieuwe-client", NewClientDialog(ctx, window)),
                         ("dispatch", DispatchDialog(ctx, None, window))):
        dialog.show()
        shots.append(save(dialog, folder, f"{name}-{suffix}"))
        dialog.close()
    request_id = request_with_consent(ctx)
    if request_id is not None:
        handover = HandoverDialog(ctx, request_id, window)
        handover.show()
        shots.append(save(handover, folder, f"overdracht-{suffix}"))
        handover.close()
    window.close()
    window.deleteLater()
    return shots


PAGE_FILES = {"today": "vandaag", "clients": "clienten", "requests": "aanvragen", "social_map": "sociale-kaart",
              "catalogue": "opleidingsaanbod", "reports": "rapporten", "outreach": "tweedelijn"}


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


def main(argv: list[str]) -> None:
    """`make screenshots`: light and dark at 100 % and at 150 % (one process per scale: Qt reads it at start)."""
    folder = Path(argv[1] if len(argv) > 1 else "build/screenshots")
    if os.environ.get("QT_SCALE_FACTOR"):
        scale = os.environ["QT_SCALE_FACTOR"].replace(".", "")
        for shot in render_all(folder / f"scale-{scale}"):
            print(shot)
        return
    for factor in SCALES:
        subprocess.run([sys.executable, "-m", "leerwinkel_desk.ui.screenshots", str(folder)],
                       env={**os.environ, "QT_SCALE_FACTOR": factor}, check=True)


SCALES = ("1", "1.5")

if __name__ == "__main__":
    main(sys.argv)

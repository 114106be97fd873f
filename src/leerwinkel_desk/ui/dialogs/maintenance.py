"""Care of the data (coordinators): backups and restore, and the retention period (applied at every start)
with a preview."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from leerwinkel_desk.services.backup_health import BackupHealth, Problem, Track
from leerwinkel_desk.services.maintenance import BackupFile, Backups, backup_file
from leerwinkel_desk.services.retention import YEARS_RANGE, Retention, RetentionPreview
from leerwinkel_desk.services.retention_hold import Hold
from leerwinkel_desk.ui.context import DeskContext
from leerwinkel_desk.ui.design.components import PlainLabel
from leerwinkel_desk.ui.enter_keys import enter_by_part
from leerwinkel_desk.ui.feedback import ErrorLabel, ask_first
from leerwinkel_desk.ui.operation import Change, OpChanges, perform
from leerwinkel_desk.ui.screen_fit import fitting_size
from leerwinkel_desk.ui.texts import format_date, format_moment

T = TypeVar("T")
DATA_CHANGED = OpChanges(Change.DOSSIER | Change.AGENDA)     # what a backup, restore or retention run may change


def backup_label(backup: BackupFile, seconds: bool = False) -> str:
    """A backup as a person reads it: its kind and when it was made, in local time (not its file name); with
    `seconds`, to the second (for backups made in the same minute, which would read the same)."""
    kinds = {"daily": QCoreApplication.translate("Maintenance", "Dagelijkse back-up"),
             "manual": QCoreApplication.translate("Maintenance", "Back-up met de hand"),
             "before-restore": QCoreApplication.translate("Maintenance", "Vóór een herstel"),
             "before-upgrade": QCoreApplication.translate("Maintenance", "Vóór een schema-upgrade")}
    moment = format_moment(backup.made_at, seconds=seconds)
    return f"{moment}   {kinds.get(backup.kind, backup.path.name)}"


def backup_labels(backups: list[BackupFile]) -> list[str]:
    """Each backup's label, to the second where another was made in the same minute (four made by hand at
    14:36 read as four lines alike)."""
    minutes = Counter(format_moment(backup.made_at) for backup in backups)
    return [backup_label(backup, seconds=minutes[format_moment(backup.made_at)] > 1) for backup in backups]


def problem_text(problem: Problem | None) -> str:
    """Why a backup failed, with what to do about it."""
    return {
        Problem.NO_ROOM: QCoreApplication.translate(
            "Maintenance", "de schijf of USB-stick is vol; maak er ruimte vrij"),
        Problem.NOT_A_FOLDER: QCoreApplication.translate(
            "Maintenance", "de map is geen map maar een bestand; hernoem of verplaats dat bestand"),
        Problem.UNREADABLE: QCoreApplication.translate(
            "Maintenance", "de kopie kon niet worden nagelezen; probeer een andere USB-stick"),
    }.get(problem or Problem.OTHER, QCoreApplication.translate("Maintenance", "de reden staat in het logboek"))


def day_text(day: date | None) -> str:
    """A day as 07/12/2026; "nog geen" for none."""
    return day.strftime("%d/%m/%Y") if day is not None else QCoreApplication.translate("Maintenance", "nog geen")


def health_lines(health: BackupHealth, folder_problem: Problem | None, newest: BackupFile | None) -> list[str]:
    """How the automatic backups fare, one line each: the last good daily backup (and second copy, when one was
    ever made or tried) and, while one fails, since when and why. `newest` is the newest daily backup listed
    (what an older version's start made, before the outcome was noted)."""
    backup = health.backup
    last_backup = backup.last_good or (newest.made_at.date() if newest is not None else None)
    if folder_problem is not None and backup.failing_since is None:
        backup = Track(backup.last_good, None, folder_problem)      # not noted yet: it fails from the next start
    lines = []
    if backup.problem is not None:
        since = (QCoreApplication.translate("Maintenance", " sinds {day}").format(day=day_text(backup.failing_since))
                 if backup.failing_since else "")
        lines.append(QCoreApplication.translate(
            "Maintenance", "⚠ De dagelijkse back-up mislukt{since}: {why}. Laatste goede back-up: {last}.").format(
            since=since, why=problem_text(backup.problem), last=day_text(last_backup)))
    else:
        lines.append(QCoreApplication.translate("Maintenance", "Laatste dagelijkse back-up: {last}.").format(
            last=day_text(last_backup)))
    copy = health.second_copy
    if copy.problem is not None:
        lines.append(QCoreApplication.translate(
            "Maintenance", "⚠ De kopie in de back-upmap (Instellingen, Ctrl+,) mislukt sinds {since}: {why}. "
            "Laatste goede kopie: {last}.").format(
            since=day_text(copy.failing_since), why=problem_text(copy.problem), last=day_text(copy.last_good)))
    elif copy.last_good is not None:
        lines.append(QCoreApplication.translate("Maintenance", "Laatste kopie in de back-upmap: {last}.").format(
            last=day_text(copy.last_good)))
    return lines


def held_text(hold: Hold) -> str:
    """The automatic retention held (services/retention_hold.py), in one sentence with the dates: the start-of-day
    report's and the one above the period's buttons here."""
    if hold.ahead:
        return QCoreApplication.translate(
            "Maintenance", "⚠ De bewaartermijn is niet toegepast en er is niets gewist, want de datum van deze "
            "computer lijkt fout: {today} ligt ver na de vorige werkdag, {trusted}.").format(
            today=format_date(hold.today), trusted=format_date(hold.trusted))
    return QCoreApplication.translate(
        "Maintenance", "⚠ De bewaartermijn is niet toegepast en er is niets gewist, want de datum van deze "
        "computer lijkt fout: {today} ligt vóór de vorige werkdag, {trusted}.").format(
        today=format_date(hold.today), trusted=format_date(hold.trusted))


def years_text(years: int) -> str:
    """"1 jaar", "5 jaar" ("1 year", "5 years")."""
    return (QCoreApplication.translate("Maintenance", "{n} jaar", "één jaar") if years == 1
            else QCoreApplication.translate("Maintenance", "{n} jaar", "meer jaren")).format(n=years)


def years_box(years: int) -> QSpinBox:
    """The retention period to choose, at `years`, its unit following the number ("1 year", "5 years")."""
    box = QSpinBox()
    box.setRange(YEARS_RANGE.start, YEARS_RANGE.stop - 1)

    def name(value: int) -> None:
        box.setSuffix(years_text(value).removeprefix(str(value)))

    box.valueChanged.connect(name)
    box.setValue(years)
    name(box.value())
    return box


def requests_text(count: int) -> str:
    """"1 leervraag", "3 leervragen"."""
    return (QCoreApplication.translate("Maintenance", "{n} leervraag") if count == 1
            else QCoreApplication.translate("Maintenance", "{n} leervragen")).format(n=count)


def clients_text(count: int) -> str:
    """"1 cliënt", "3 cliënten"."""
    return (QCoreApplication.translate("Maintenance", "{n} cliënt") if count == 1
            else QCoreApplication.translate("Maintenance", "{n} cliënten")).format(n=count)


def ask_new_period(parent: QWidget, years: int, kept: int, preview: RetentionPreview | None,
                   keep_it: Callable[[], None], otherwise: Callable[[], None] | None = None) -> QMessageBox | None:
    """A new retention period (`years`, previewed in `preview`) that takes something at the next start is asked
    first, saying how many requests and clients it takes; Enter and Escape keep the period there was (`kept`;
    then `otherwise`, when the period was part of a larger save). With nothing to take, `keep_it` at once. The one
    question, wherever the period is changed (Beheer van de gegevens, Instellingen); the box, or None."""
    if preview is None or not (preview.requests or preview.clients):
        keep_it()
        return None
    question = QCoreApplication.translate("Maintenance", "De bewaartermijn op {years} zetten?").format(
        years=years_text(years))
    what = QCoreApplication.translate(
        "Maintenance", "Bij de volgende start van de app worden dan {requests} geanonimiseerd en {clients} volledig "
        "gewist. Dat kan alleen met een back-up ongedaan worden gemaakt.").format(
        requests=requests_text(len(preview.requests)), clients=clients_text(len(preview.clients)))
    keep = QCoreApplication.translate("Maintenance", "&Termijn van {years} houden").format(years=years_text(kept))
    return ask_first(parent, QCoreApplication.translate("Maintenance", "Bewaartermijn instellen"),
                     f"{question}\n\n{what}", QCoreApplication.translate("Maintenance", "&Instellen"), keep, keep_it,
                     do_by_default=False, icon=QMessageBox.Icon.Warning, otherwise=otherwise)


class MaintenanceDialog(QDialog):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.preview: RetentionPreview | None = None
        self.setWindowTitle(self.tr("Beheer van de gegevens"))
        self.resize(fitting_size(self, QSize(640, 560)))
        self.backups = QListWidget()
        self.backups.setAccessibleName(self.tr("Back-ups"))
        self.make_button = QPushButton(self.tr("Back-up &maken"))
        self.restore_button = QPushButton(self.tr("&Terugzetten…"))
        self.years = years_box(ctx.service(Retention).period())
        self.years.setAccessibleName(self.tr("Bewaartermijn"))
        self.preview_button = QPushButton(self.tr("&Voorbeeld"))
        self.apply_button = QPushButton(self.tr("Nu &anonimiseren"))
        self.apply_button.setEnabled(False)
        self.save_period_button = QPushButton(self.tr("Als &bewaartermijn instellen"))
        self.save_period_button.setEnabled(False)
        self.automatic = PlainLabel(self._automatic_text())
        self.automatic.setWordWrap(True)
        self.preview_text = PlainLabel()
        self.preview_text.setWordWrap(True)
        self.status = PlainLabel()
        self.status.setWordWrap(True)           # a restore's result is long: never wider than the dialog (1280×720)
        self.error = ErrorLabel()
        self.held = self._do(lambda: ctx.service(Retention).held(), None)
        if self.held is not None:       # until a coordinator applies the period by hand, after its preview
            self.automatic.setText(" ".join((held_text(self.held), self.tr(
                "De app past de bewaartermijn pas weer zelf toe nadat u ze hier met de hand toepast: kijk eerst "
                "de datum na, toon het voorbeeld en kies dan Nu anonimiseren."))))
        backup_box = QGroupBox(self.tr("Back-ups (versleuteld, naast de databank)"))
        backup_buttons = QHBoxLayout()
        backup_buttons.addWidget(self.make_button)
        backup_buttons.addWidget(self.restore_button)
        self.health = PlainLabel()
        self.health.setWordWrap(True)
        backup_layout = QVBoxLayout(backup_box)
        backup_layout.addWidget(self.health)
        backup_layout.addWidget(self.backups)
        backup_layout.addLayout(backup_buttons)
        retention_box = QGroupBox(self.tr("Bewaartermijn: leervragen langer afgesloten worden geanonimiseerd"))
        retention_row = QHBoxLayout()
        for widget in (self.years, self.preview_button, self.save_period_button, self.apply_button):
            retention_row.addWidget(widget)
        retention_layout = QVBoxLayout(retention_box)
        retention_layout.addWidget(self.automatic)
        retention_layout.addLayout(retention_row)
        retention_layout.addWidget(self.preview_text)
        layout = QVBoxLayout(self)
        layout.addWidget(backup_box, 1)
        layout.addWidget(retention_box)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        self.make_button.clicked.connect(self.make_backup)
        self.restore_button.clicked.connect(self.restore_selected)
        self.preview_button.clicked.connect(self.show_preview)
        self.apply_button.clicked.connect(self.apply_retention)
        self.save_period_button.clicked.connect(self.save_period)
        self.years.valueChanged.connect(self.period_changed)
        enter_by_part(self, {self.preview_button: (self.years,)})      # Enter in the list makes no backup
        self.refresh()

    def refresh(self) -> None:
        self.backups.clear()
        backups = self._do(lambda: self._ctx.service(Backups).list(), None) or []
        service = self._ctx.service(Backups)
        health = self._do(lambda: health_lines(service.health(), service.folder_problem(),
                                               next((b for b in backups if b.kind == "daily"), None)), None)
        self.health.setText("\n".join(health or []))
        for backup, label in zip(backups, backup_labels(backups), strict=True):
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, str(backup.path))
            item.setToolTip(backup.path.name)
            self.backups.addItem(item)

    def make_backup(self) -> None:
        made = self._do(lambda: self._ctx.service(Backups).make())
        if made:
            made_label = backup_label(backup_file(made), seconds=True)
            self.status.setText(self.tr("Back-up gemaakt: {name}").format(name=made_label))
            self.refresh()

    def restore_selected(self) -> None:
        item = self.backups.currentItem()
        if item is None:                        # nothing chosen: said, rather than nothing happening
            self.status.setText(self.tr("Kies eerst in de lijst de back-up die u wilt terugzetten."))
            self.backups.setFocus()
            return
        source, backup = Path(item.data(Qt.ItemDataRole.UserRole)), item.text()
        question = self.tr("De databank terugzetten naar deze back-up?\n{backup}").format(backup=backup)
        warning = self.tr("Alles wat sindsdien werd ingevoerd, verdwijnt uit de databank. Wat er nu "
                          "staat, wordt eerst bewaard als back-up “vóór een herstel”.")
        # a restore replaces everything entered since the backup: asked first, Annuleren the default
        ask_first(self, self.tr("Back-up terugzetten"), f"{question}\n\n{warning}", self.tr("&Terugzetten"),
                  self.tr("Annuleren"), lambda: self.restore(source, backup), do_by_default=False,
                  icon=QMessageBox.Icon.Warning)

    def restore(self, source: Path, backup: str) -> None:
        restored = self._do(lambda: self._ctx.service(Backups).restore(source))
        if restored is not None:
            text = self.tr("Teruggezet: {backup}. Wat er net voor stond, is bewaard als back-up “vóór een "
                           "herstel”.").format(backup=backup)
            if restored.erased_again == 1:      # their right to erasure outlives the restore: said, not at 0
                text += " " + self.tr("Eén persoon die na deze back-up gewist werd, is opnieuw gewist.")
            elif restored.erased_again > 1:
                text += " " + self.tr("{n} personen die na deze back-up gewist werden, zijn opnieuw gewist."
                                      ).format(n=restored.erased_again)
            self.status.setText(text)
            self.refresh()

    def show_preview(self) -> None:
        preview = self._do(lambda: self._ctx.service(Retention).preview(self.years.value()), None)
        if preview is None:
            return
        self.preview = preview
        self.preview_text.setText(self.tr(
            "Afgesloten vóór {cutoff}: de app anonimiseert {requests} en wist {clients} volledig.").format(
            cutoff=preview.cutoff.strftime("%d/%m/%Y"), requests=requests_text(len(preview.requests)),
            clients=clients_text(len(preview.clients))))
        self.apply_button.setEnabled(bool(preview.requests or preview.clients) or self.held is not None)
        self.save_period_button.setEnabled(self.years.value() != self._ctx.service(Retention).period())

    def period_changed(self, _years: int) -> None:
        """A new period is previewed before it can be applied or kept."""
        self.apply_button.setEnabled(False)
        self.save_period_button.setEnabled(False)

    def save_period(self) -> None:
        """The period chosen, asked first when it takes something at the next start (`ask_new_period`; the preview
        right above it showed the numbers)."""
        years = self.years.value()
        ask_new_period(self, years, self._ctx.service(Retention).period(), self.preview, lambda: self.set_period(years))

    def set_period(self, years: int) -> None:
        saved = self._do(lambda: self._ctx.service(Retention).set_period(years))
        if saved is not None:
            self.save_period_button.setEnabled(False)
            self.status.setText(self.tr("Bewaartermijn ingesteld op {years}.").format(years=years_text(saved)))

    def apply_retention(self) -> None:
        """Now, what the preview showed; while the automatic run is held for the date, asked first with that date
        (Enter and Escape take nothing): applying confirms it, and the app applies the period itself again."""
        if self.held is None or self.preview is None:
            self.apply_now()
            return
        question = self.tr("De bewaartermijn nu toepassen met de datum van vandaag, {today}?").format(
            today=format_date(self.held.today))
        what = self.tr("Dan worden {requests} geanonimiseerd en {clients} volledig gewist. Dat kan alleen met een "
                       "back-up ongedaan worden gemaakt.").format(
            requests=requests_text(len(self.preview.requests)), clients=clients_text(len(self.preview.clients)))
        ask_first(self, self.tr("Bewaartermijn toepassen"), f"{question}\n\n{what}", self.tr("&Toepassen"),
                  self.tr("Annuleren"), self.apply_now, do_by_default=False, icon=QMessageBox.Icon.Warning)

    def apply_now(self) -> None:
        done = self._do(lambda: self._ctx.service(Retention).apply(self.years.value()))
        if done is not None:
            self.apply_button.setEnabled(False)
            if self.held is not None:
                self.held = None
                self.automatic.setText(self._automatic_text())
            self.status.setText(self.tr("{requests} geanonimiseerd.").format(
                requests=requests_text(len(done.requests))))

    def _automatic_text(self) -> str:
        return self.tr("De app past de bewaartermijn zelf toe bij elke start, na de dagelijkse back-up. Het "
                       "voorbeeld toont wat dan weggaat.")

    def _do(self, action: Callable[[], T], changes: OpChanges | None = DATA_CHANGED) -> T | None:
        """A service call; every one but a listing or a preview may change what the other screens show."""
        done = perform(self._ctx.operations, action, self.error, changes)
        return None if done is None else done.value

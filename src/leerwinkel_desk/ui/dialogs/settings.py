"""Ctrl+,: the settings. On this computer, for the person signed in: the language and the minutes before the
idle lock (Qt's settings). For the office (coordinators): the letterhead, the hourly contribution, the
indicative cost per tier, the retention period and a backup folder, each saved by the service that is its
home (services/office_settings.py, contributions.py, retention.py). A new retention period that takes something
at the next start is asked first, as in Beheer van de gegevens (maintenance.py's `ask_new_period`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QSize
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from leerwinkel_desk.domain.enums import Tier
from leerwinkel_desk.domain.permissions import Permission, allowed
from leerwinkel_desk.services.contributions import Contributions
from leerwinkel_desk.services.office_settings import (
    ADDRESS_FIELDS,
    ADDRESS_LIMITS,
    COST_COLUMNS,
    MAX_COST,
    OfficeAddress,
    OfficeSettings,
)
from leerwinkel_desk.services.retention import Retention
from leerwinkel_desk.ui.context import DeskContext
from leerwinkel_desk.ui.design.components import PlainLabel
from leerwinkel_desk.ui.dialogs.maintenance import ask_new_period, years_box, years_text
from leerwinkel_desk.ui.dialogs.referral import form_buttons
from leerwinkel_desk.ui.dialogs.sign_in import IDLE_MINUTES_KEY, IDLE_RANGE, IdleLock, saved_idle_minutes
from leerwinkel_desk.ui.feedback import ErrorLabel
from leerwinkel_desk.ui.file_dialogs import ask_folder
from leerwinkel_desk.ui.form_dialog import FormDialog
from leerwinkel_desk.ui.i18n import LANGUAGES, SETTINGS_KEY, LanguageSwitcher, saved_language
from leerwinkel_desk.ui.operation import Change, OpChanges, perform, taking_stored
from leerwinkel_desk.ui.screen_fit import fitting_size
from leerwinkel_desk.ui.texts import figures_locale

PREFERRED_SIZE = QSize(640, 440)


def euro_field(maximum: float) -> QDoubleSpinBox:
    field = QDoubleSpinBox()
    field.setRange(0, maximum)
    field.setDecimals(2)
    field.setPrefix("€ ")
    field.setLocale(figures_locale())           # "5,50" in Dutch, as the amounts are shown
    return field


class SettingsDialog(FormDialog):
    """Three tabs: this computer; the office's letterhead; the office's figures and backups."""

    def __init__(self, ctx: DeskContext, languages: LanguageSwitcher | None, idle: IdleLock | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._languages, self._idle = ctx, languages, idle
        self.setWindowTitle(self.tr("Instellingen"))
        self.resize(fitting_size(self, PREFERRED_SIZE))
        settings = QSettings()
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(saved_language(settings)), 0))
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setRange(*IDLE_RANGE)
        self.idle_minutes.valueChanged.connect(self.name_minutes)
        self.idle_minutes.setValue(saved_idle_minutes(settings))
        self.name_minutes(self.idle_minutes.value())
        computer = QFormLayout()
        computer.addRow(self.tr("T&aal"), self.language)
        computer.addRow(self.tr("&Vergrendelen na"), self.idle_minutes)
        note = PlainLabel(self.tr("Deze twee gelden voor u op deze computer."))
        note.setWordWrap(True)
        computer.addRow(note)
        self.tabs = QTabWidget()
        self.tabs.addTab(_page(computer), self.tr("&Deze computer"))
        self.office = allowed(ctx.actor.role, Permission.MANAGE_OFFICE)
        self.first_field = self.language
        if self.office:
            self._office_tabs()
        self.error = ErrorLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.error)
        layout.addWidget(form_buttons(self, self.tr("&Bewaren")))

    def name_minutes(self, minutes: int) -> None:
        """"1 minuut", "5 minuten"."""
        self.idle_minutes.setSuffix(self.tr(" minuut") if minutes == 1 else self.tr(" minuten"))

    def _office_tabs(self) -> None:
        current = self._ctx.service(OfficeSettings).current()
        labels = {"name": self.tr("&Naam"), "street": self.tr("&Straat en nummer"), "postcode": self.tr("&Postcode"),
                  "municipality": self.tr("&Gemeente"), "phone": self.tr("Tele&foon"), "email": self.tr("&E-mail"),
                  "website": self.tr("&Website")}
        self.address: dict[str, QLineEdit] = {}
        letterhead = QFormLayout()
        for name in ADDRESS_FIELDS:
            field = QLineEdit(getattr(current.address, name) or "")
            field.setMaxLength(ADDRESS_LIMITS[name])
            self.address[name] = field
            letterhead.addRow(labels[name], field)
        shown = PlainLabel(self.tr(
            "Zo staat het kantoor bovenaan elke brief, op het ontvangstbewijs en de afsprakenkaart."))
        shown.setWordWrap(True)
        letterhead.addRow(shown)
        # what the form showed, by field: only what the person changes against it is saved (services.common
        # .edited_fields: a second window's setting is kept, or said before it is overwritten)
        self._address = current.address
        self._loaded: dict[str, Any] = {"hourly_contribution": self._ctx.service(Contributions).office_rate(),
                                        "retention_years": self._ctx.service(Retention).period()}
        self.rate = euro_field(999.99)
        self.rate.setValue(float(self._loaded["hourly_contribution"] or 0))
        self.costs: dict[Tier, QDoubleSpinBox] = {}
        self._costs = current.costs
        figures = QFormLayout()
        figures.addRow(self.tr("&Uurbedrag bijdrage (niveau 3)"), self.rate)
        for tier, label in ((Tier.INFORMATION, self.tr("Kost per aanvraag niveau &1")),
                            (Tier.MEDIATION, self.tr("Kost per aanvraag niveau &2")),
                            (Tier.TRAJECTORY, self.tr("Kost per aanvraag niveau &3"))):
            self.costs[tier] = euro_field(float(MAX_COST))
            self.costs[tier].setValue(float(current.costs[tier]))
            figures.addRow(label, self.costs[tier])
        self.years = years_box(self._loaded["retention_years"])
        figures.addRow(self.tr("Bewaar&termijn"), self.years)
        self.backup_folder = QLineEdit(str(current.backup_folder or ""))
        self.backup_folder.setPlaceholderText(self.tr("geen tweede kopie"))
        self.choose_folder = QPushButton(self.tr("Kie&zen…"))
        self.choose_folder.clicked.connect(self.pick_folder)
        self.file_dialog: QWidget | None = None
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.backup_folder, 1)
        folder_row.addWidget(self.choose_folder)
        folder_label = PlainLabel(self.tr("Back-up&map"))
        folder_label.setBuddy(self.backup_folder)
        figures.addRow(folder_label, folder_row)
        explained = PlainLabel(self.tr("Elke dag komt er ook een kopie van de back-up in deze map, bv. op een "
                                        "USB-stick. Bij het bewaren wordt er een back-up gemaakt en nagelezen."))
        explained.setWordWrap(True)
        figures.addRow(explained)
        self.tabs.addTab(_page(letterhead), self.tr("B&riefhoofd"))
        self.tabs.addTab(_page(figures), self.tr("&Kantoor"))
        self._saved_folder = self.backup_folder.text()

    def pick_folder(self) -> None:
        self.file_dialog = ask_folder(self, self.tr("Back-upmap kiezen"), "backup",
                                      lambda folder: self.backup_folder.setText(str(folder)), self.backup_folder.text())

    def save(self) -> None:
        """Everything saved; a new retention period that takes something at the next start is asked first (Enter
        there keeps the period there was, and saves the rest)."""
        kept = self._ctx.service(Retention).period() if self.office else None
        if kept is None or self.years.value() in (kept, self._loaded["retention_years"]):
            self._save()
            return
        years = self.years.value()
        preview = perform(self._ctx.operations, lambda: self._ctx.service(Retention).preview(years), self.error, None,
                          {"retention_years": self.years})
        if preview is not None:
            self._loaded["retention_years"] = kept      # the question names the period there is now
            ask_new_period(self, years, kept, preview.value, self._save,
                           lambda: self._save(kept_period=kept))

    def _save(self, kept_period: int | None = None) -> None:
        """The settings saved; with `kept_period`, the retention period stays that (the question kept it)."""
        if kept_period is not None:
            self.years.setValue(kept_period)
        if self.office and not self._save_office(kept_period):
            return
        settings = QSettings()
        settings.setValue(IDLE_MINUTES_KEY, self.idle_minutes.value())
        if self._idle is not None:
            self._idle.set_minutes(self.idle_minutes.value())
        language = self.language.currentData()
        changed_language = language != saved_language(settings)
        settings.setValue(SETTINGS_KEY, language)
        self.accept()
        if changed_language and self._languages is not None:
            self._languages.use(language)           # the window builds itself again in the new language

    def _save_office(self, kept_period: int | None = None) -> bool:
        """Each office setting saved by its own service, stopping at the first refused (its tab shown)."""
        office = self._ctx.service(OfficeSettings)
        address = OfficeAddress(**{name: field.text() for name, field in self.address.items()})
        costs = {tier: Decimal(str(field.value())) for tier, field in self.costs.items()
                 if Decimal(str(field.value())) != self._costs[tier]}      # the blueprint's stay unset
        rate = Decimal(str(self.rate.value()))
        folder = self.backup_folder.text().strip()
        address_shown, costs_shown, loaded = self._address, dict(self._costs), dict(self._loaded)
        steps: list[tuple[Callable[[], object], QWidget]] = [
            (lambda: office.set_address(address, address_shown), self.address["name"]),
            (lambda: office.set_costs(costs, costs_shown), self.costs[Tier.INFORMATION]),
        ]
        if rate != (self._loaded["hourly_contribution"] or Decimal(0)):
            steps.append((lambda: self._ctx.service(Contributions).set_office_rate(rate, loaded), self.rate))
        if self.years.value() != self._loaded["retention_years"]:
            steps.append((lambda: self._ctx.service(Retention).set_period(self.years.value(), loaded), self.years))
        if folder != self._saved_folder:
            steps.append((lambda: office.set_backup_folder(Path(folder) if folder else None), self.backup_folder))
        focus = {**{name: field for name, field in self.address.items()},
                 **{COST_COLUMNS[tier]: field for tier, field in self.costs.items()},
                 "hourly_rate": self.rate, "retention_years": self.years, "backup_folder": self.backup_folder}
        saved = OpChanges(Change.REFERENCE, None, self.tr("Instellingen bewaard") if kept_period is None else
                          self.tr("Instellingen bewaard; de bewaartermijn blijft {years}").format(
                              years=years_text(kept_period)))
        for step, field in steps:
            if perform(self._ctx.operations, taking_stored(step, self._took_stored), self.error, saved, focus) is None:
                tabs = [tab for tab in map(self.tabs.widget, range(self.tabs.count())) if tab is not None]
                self.tabs.setCurrentWidget(next(tab for tab in tabs if tab.isAncestorOf(field)))
                return False
        return True


    def _took_stored(self, stored: dict[str, Any]) -> None:
        """Another window saved these settings meanwhile: what is stored now is what the form starts from (the
        next save overwrites it knowingly)."""
        self._address = replace(self._address, **{n: v for n, v in stored.items() if n in ADDRESS_FIELDS})
        self._costs = {tier: stored.get(column, self._costs[tier]) for tier, column in COST_COLUMNS.items()}
        self._loaded.update({n: v for n, v in stored.items() if n in self._loaded})


def _page(form: QFormLayout) -> QWidget:
    page = QWidget()
    page.setLayout(form)
    return page

"""Ctrl+Shift+O (coordinators): the training offer kept up to date — courses with the facts an adult weighs
(level and qualification, duration, schedule, place, cost and support, entry demands, start), and providers."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from leerwinkel_desk.domain.code_words import SCHEDULE_WORDS, SUPPORT_WORDS
from leerwinkel_desk.domain.enums import Delivery, DutchLevel, ProviderType
from leerwinkel_desk.domain.errors import InvalidValue
from leerwinkel_desk.services.catalogue import Catalogue, CourseFilter, CourseInput, CourseRow, ProviderRow
from leerwinkel_desk.ui.context import DeskContext
from leerwinkel_desk.ui.date_field import DayBox
from leerwinkel_desk.ui.dialogs.reference_base import ReferenceDialog, text_or_none
from leerwinkel_desk.ui.texts import code_word, enum_label
from leerwinkel_desk.ui.widgets import EnumCombo, choose_data, python_date

NO_DATE = QDate(2000, 1, 1)     # the start-date field's "not known" (shown as its special text)
NOT_SHOWN = ("qualification_name", "duration_hours", "postcode", "url")     # a course's fields this form keeps


class CoursesDialog(ReferenceDialog):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._catalogue = ctx.service(Catalogue)
        self.setWindowTitle(self.tr("Opleidingsaanbod beheren"))
        self.title, self.duration, self.municipality, self.cost, self.requirements = (QLineEdit() for _ in range(5))
        self.duration.setPlaceholderText(self.tr("bv. 2 schooljaren, 120 uur"))
        self.cost.setPlaceholderText(self.tr("bv. 180 (leeg: niet gekend)"))
        self.provider = QComboBox()
        self.level = QSpinBox()
        self.level.setRange(0, 8)
        self.level.setSpecialValueText(self.tr("niet gekend"))
        self.recognised = QCheckBox(self.tr("Er&kend diploma of certificaat"))
        self.flags = {name: QCheckBox(code_word(words))        # the words the reference import reads too
                      for name, words in (*SCHEDULE_WORDS.items(), *SUPPORT_WORDS.items())}
        schedule, support = QWidget(), QWidget()
        for box, names, columns in ((schedule, ("daytime", "evenings", "weekends", "modular"), 4),
                                    (support, ("training_vouchers", "educational_leave", "fee_exemption"), 2)):
            grid = QGridLayout(box)         # the long words of support on two lines: one was wider than the
            grid.setContentsMargins(0, 0, 0, 0)         # screen at 150 % on 1280 px
            for place, name in enumerate(names):
                grid.addWidget(self.flags[name], place // columns, place % columns)
        self.delivery = EnumCombo(Delivery, ((d, enum_label(d)) for d in Delivery))
        self.dutch = EnumCombo(DutchLevel, [(None, self.tr("geen eis")), *((d, enum_label(d)) for d in DutchLevel)])
        self.start = DayBox()
        self.start.setMinimumDate(NO_DATE)
        self.start.setSpecialValueText(self.tr("niet gekend"))
        self.form.addRow(self.tr("&Titel"), self.title)
        self.form.addRow(self.tr("&Aanbieder"), self.provider)
        self.form.addRow(self.tr("Ni&veau (EQF)"), self.level)
        self.form.addRow(self.recognised)
        self.form.addRow(self.tr("&Duur"), self.duration)
        self.form.addRow(self.tr("Uurrooster"), schedule)
        self.form.addRow(self.tr("Lesv&orm"), self.delivery)
        self.form.addRow(self.tr("&Gemeente"), self.municipality)
        self.form.addRow(self.tr("&Prijs (€)"), self.cost)
        self.form.addRow(self.tr("Steun"), support)
        self.form.addRow(self.tr("Ned&erlands vereist"), self.dutch)
        self.form.addRow(self.tr("&Instapvoorwaarden"), self.requirements)
        self.form.addRow(self.tr("Volgende &start"), self.start)
        self.providers_button = QPushButton(self.tr("Aanbieders be&heren…"))
        self.extra_buttons.insertWidget(3, self.providers_button)
        self.providers_button.clicked.connect(lambda: self.open_child(lambda: ProvidersDialog(self._ctx, self)))
        self.first_field = self.title
        self.reload()

    def reload(self, keep: uuid.UUID | None = None) -> None:
        self.provider.clear()
        for provider in self._catalogue.providers():
            self.provider.addItem(provider.name, provider.id)
        super().reload(keep)

    def rows(self) -> list[CourseRow]:
        return self._catalogue.courses(CourseFilter())

    def label(self, row: CourseRow) -> str:
        return f"{row.title} — {row.provider_name}"

    def fill(self, row: CourseRow | None) -> None:
        self.title.setText(row.title if row else "")
        if row is not None:
            choose_data(self.provider, row.provider_id)
        self.level.setValue(row.eqf_level or 0 if row else 0)
        self.recognised.setChecked(bool(row and row.recognised_qualification))
        self.duration.setText(row.duration_text or "" if row else "")
        for name, box in self.flags.items():
            box.setChecked(bool(getattr(row, name)) if row else name == "daytime")
        self.delivery.select(row.delivery if row else Delivery.ON_SITE)
        self.municipality.setText(row.municipality or "" if row else "")
        self.cost.setText(f"{row.cost_eur:.2f}" if row and row.cost_eur is not None else "")
        self.dutch.select(row.dutch_level_required if row else None)
        self.requirements.setText(row.entry_requirements or "" if row else "")
        start = row.next_start if row else None
        self.start.setDate(QDate(start.year, start.month, start.day) if start else NO_DATE)

    def store(self) -> CourseRow:
        provider = self.provider.currentData()
        if provider is None:
            raise InvalidValue("provider", "required")
        try:
            cost = Decimal(self.cost.text().strip().replace(",", ".")) if self.cost.text().strip() else None
        except InvalidOperation as error:
            raise InvalidValue("cost_eur", "format") from error
        start: date | None = None if self.start.date() == NO_DATE else python_date(self.start.date())
        data = CourseInput(
            provider, self.title.text().strip(), eqf_level=self.level.value() or None,
            recognised_qualification=self.recognised.isChecked(), duration_text=text_or_none(self.duration.text()),
            daytime=self.flags["daytime"].isChecked(), evenings=self.flags["evenings"].isChecked(),
            weekends=self.flags["weekends"].isChecked(), modular=self.flags["modular"].isChecked(),
            training_vouchers=self.flags["training_vouchers"].isChecked(),
            educational_leave=self.flags["educational_leave"].isChecked(),
            fee_exemption=self.flags["fee_exemption"].isChecked(),
            delivery=self.delivery.value() or Delivery.ON_SITE, municipality=text_or_none(self.municipality.text()),
            cost_eur=cost, dutch_level_required=self.dutch.value(),
            entry_requirements=text_or_none(self.requirements.text()), next_start=start)
        if self.loaded is not None:         # what the form does not show stays as it was (an import's url...)
            data = replace(data, **{name: getattr(self.loaded, name) for name in NOT_SHOWN})
        if self.chosen is None:
            return self._catalogue.add_course(data)
        return self._catalogue.update_course(self.chosen, data, loaded=self.loaded)

    def retire(self, row_id: uuid.UUID) -> None:
        self._catalogue.retire_course(row_id)

    def saved_text(self) -> str:
        return self.tr("Opleiding bewaard: {title}").format(title=self.title.text().strip())

    def focus_fields(self) -> dict[str, QWidget]:
        return {"title": self.title, "provider": self.provider, "cost_eur": self.cost, "eqf_level": self.level}


class ProvidersDialog(ReferenceDialog):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._catalogue = ctx.service(Catalogue)
        self.setWindowTitle(self.tr("Aanbieders"))
        self.name, self.municipality, self.website = QLineEdit(), QLineEdit(), QLineEdit()
        self.kind = EnumCombo(ProviderType, ((t, enum_label(t)) for t in ProviderType))
        self.form.addRow(self.tr("N&aam"), self.name)
        self.form.addRow(self.tr("&Soort"), self.kind)
        self.form.addRow(self.tr("&Gemeente"), self.municipality)
        self.form.addRow(self.tr("&Website"), self.website)
        self.first_field = self.name
        self.reload()

    def rows(self) -> list[ProviderRow]:
        return self._catalogue.providers()

    def label(self, row: ProviderRow) -> str:
        return f"{row.name} ({enum_label(row.provider_type)})"

    def fill(self, row: ProviderRow | None) -> None:
        self.name.setText(row.name if row else "")
        self.kind.select(row.provider_type if row else ProviderType.CVO)
        self.municipality.setText(row.municipality or "" if row else "")
        self.website.setText(row.website or "" if row else "")

    def store(self) -> ProviderRow:
        values = (self.name.text(), self.kind.value() or ProviderType.CVO, text_or_none(self.municipality.text()),
                  text_or_none(self.website.text()))
        if self.chosen is None:
            return self._catalogue.add_provider(*values)
        return self._catalogue.update_provider(self.chosen, *values, loaded=self.loaded)

    def retire(self, row_id: uuid.UUID) -> None:
        self._catalogue.retire_provider(row_id)

    def saved_text(self) -> str:
        return self.tr("Aanbieder bewaard: {name}").format(name=self.name.text().strip())

    def focus_fields(self) -> dict[str, QWidget]:
        return {"name": self.name}

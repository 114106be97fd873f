"""The coordinator's reference-data forms share one shape: the list of what is in use on the left, its form
on the right; New empties the form, Save adds or corrects, Retire takes the chosen one out of use (the
records that used it keep it). Each kind (partner, contact, provider, course, loket, zitdag) fills it in."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from leerwinkel_desk.ui.context import DeskContext
from leerwinkel_desk.ui.design.components import PlainLabel
from leerwinkel_desk.ui.feedback import ErrorLabel, ask_first
from leerwinkel_desk.ui.form_dialog import FormDialog
from leerwinkel_desk.ui.operation import Change, OpChanges, perform, taking_stored
from leerwinkel_desk.ui.screen_fit import fitting_size, keep_on_screen
from leerwinkel_desk.ui.widgets import rich_tip, scroll_area

LIST_WIDTH_CHARS = 44               # wide enough for "name (kind)"; a zitdag's line asks more
ITEM_MARGIN = 4                     # px beside a list line's text (the view's and the item's own margins)
SCALE_ROUNDING = 2                  # px a window manager may take off a height at 150 % (rounding to pixels)
LIST_LEAST_CHARS = 20               # where the screen is narrow (150 %), the list gives way (its lines scroll)


class ReferenceDialog(FormDialog):
    """Subclasses give `rows`, `label`, `fill`, `store` (add when `chosen` is None, else correct) and `retire`."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None, list_chars: int = LIST_WIDTH_CHARS) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.chosen: uuid.UUID | None = None
        self.loaded: Any = None         # the chosen row as the form was filled from it (what `store` passes on)
        self.active_child: QDialog | None = None
        self.items = QListWidget()
        self.items.setMinimumWidth(self.fontMetrics().averageCharWidth() * LIST_LEAST_CHARS)
        self._list_width = self.fontMetrics().averageCharWidth() * list_chars
        self.form = QFormLayout()
        self.error = ErrorLabel()
        self.state = PlainLabel()
        self.state.setWordWrap(True)        # "Wijzigen: " and a zitdag's long line, never wider than the form
        self.new_button = QPushButton(self.tr("&Nieuw"))
        self.save_button = QPushButton(self.tr("&Bewaren"))
        self.save_button.setDefault(True)
        self.retire_button = QPushButton(self.tr("&Uit dienst"))
        self.retire_button.setToolTip(self.tr("Niet meer aangeboden voor nieuw werk; wat het al gebruikte, houdt het."))
        close = QPushButton(self.tr("Sluiten"))
        buttons = QHBoxLayout()
        for button in (self.new_button, self.save_button, self.retire_button):
            buttons.addWidget(button)
        self.extra_buttons = buttons           # a kind may add a button (the contacts of a partner...)
        buttons.addStretch(1)
        buttons.addWidget(close)
        listed = PlainLabel(self.tr("In gebruik (Alt+&1)"))
        listed.setBuddy(self.items)
        left = QVBoxLayout()
        left.addWidget(listed)
        left.addWidget(self.items, 1)
        right = QVBoxLayout()
        right.addWidget(self.state)
        right.addLayout(self.form)
        right.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        self.form_area = scroll_area(right)      # the courses' thirteen fields scroll on a short screen
        body.addWidget(self.form_area, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.error)        # under the form, never scrolled out of sight on a short screen
        layout.addLayout(buttons)
        self.new_button.clicked.connect(self.start_new)
        self.save_button.clicked.connect(self.save)
        self.retire_button.clicked.connect(self.retire_chosen)
        self.confirm_box: QMessageBox | None = None        # the question before retiring
        self._fitted = False
        close.clicked.connect(self.reject)
        self.items.currentItemChanged.connect(self._picked)

    def showEvent(self, event: QShowEvent) -> None:
        """The first time: the form never narrower than its labels and fields (the list gives way, down to
        LIST_LEAST_CHARS), and the dialog as wide as the list's lines (its longest, at least `list_chars`) and
        the form, and as tall as the form, where the screen has room."""
        contents, layout = self.form_area.widget(), self.layout()
        if not self._fitted and contents is not None and layout is not None:
            self._fitted = True
            room = contents.minimumSizeHint().width() + self.style().pixelMetric(
                QStyle.PixelMetric.PM_ScrollBarExtent)         # the scroll bar a short screen shows beside it
            self.form_area.setMinimumWidth(room)
            margins = layout.contentsMargins()
            wide = max(self._list_width, self.widest_line()) + max(room, contents.sizeHint().width()) \
                + layout.spacing() * 2 + margins.left() + margins.right()
            self.resize(fitting_size(self, QSize(max(wide, self.width()), self.height())))
            QTimer.singleShot(0, self.fit_form)         # and as tall as the form, once laid out at that width
        super().showEvent(event)

    def widest_line(self) -> int:
        """The room the list's longest line takes, with the list's frame, item margins and scroll bar."""
        metrics, lines = self.items.fontMetrics(), [
            line for row in range(self.items.count()) for line in self.items.item(row).text().splitlines()]
        text = max((metrics.horizontalAdvance(line) for line in lines), default=0)
        return text + 2 * self.items.frameWidth() + 4 * ITEM_MARGIN + self.style().pixelMetric(
            QStyle.PixelMetric.PM_ScrollBarExtent)

    # --- what each kind gives ----------------------------------------------------------------
    def rows(self) -> list[Any]:
        raise NotImplementedError

    def label(self, row: Any) -> str:
        raise NotImplementedError

    def one_line(self, row: Any) -> str:
        """The row's label in one line (a zitdag's two lines joined), for a sentence about it."""
        return " · ".join(self.label(row).splitlines())

    def fill(self, row: Any | None) -> None:
        """Put `row` in the form (None: an empty form for a new one)."""
        raise NotImplementedError

    def store(self) -> Any:
        """Add (when `chosen` is None) or correct the chosen one from the form; returns the row."""
        raise NotImplementedError

    def retire(self, row_id: uuid.UUID) -> None:
        raise NotImplementedError

    def saved_text(self) -> str:
        return self.tr("Bewaard")

    # --- the shared behaviour ----------------------------------------------------------------
    def reload(self, keep: uuid.UUID | None = None) -> None:
        self.items.blockSignals(True)
        self.items.clear()
        for row in self.rows():
            item = QListWidgetItem(self.label(row))
            item.setToolTip(rich_tip(item.text()))      # whole, where the list gives way and cuts its lines
            item.setData(Qt.ItemDataRole.UserRole, row)
            self.items.addItem(item)
            if row.id == keep:
                self.items.setCurrentItem(item)
        self.items.blockSignals(False)
        if keep is None:
            self.start_new()

    def start_new(self) -> None:
        self.items.clearSelection()
        self.items.setCurrentRow(-1)
        self.chosen = self.loaded = None
        self.state.setText(self.tr("Nieuw"))
        self.retire_button.setEnabled(False)
        self.fill(None)
        self._filled()
        if self.first_field is not None:
            self.first_field.setFocus()

    def _picked(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None = None) -> None:
        if item is None:
            return
        row = item.data(Qt.ItemDataRole.UserRole)
        self.chosen, self.loaded = row.id, row
        self.state.setText(self.tr("Wijzigen: {name}").format(name=self.one_line(row)))
        self.retire_button.setEnabled(True)
        self.fill(row)
        self._filled()

    def _filled(self) -> None:
        """The form holds what is kept (nothing typed to lose) and, once the layout took the new "Wijzigen: …"
        line, shows whole where the screen has room."""
        self.forget_typing()
        QTimer.singleShot(0, self.fit_form)

    def fit_form(self) -> None:
        """The dialog taller by what its form lacks, as far as the screen allows: a long "Wijzigen: …" on two
        lines made the form scroll, its last field half hidden (1280×720)."""
        contents = self.form_area.widget()
        if contents is None or not self.isVisible():
            return
        viewport = self.form_area.viewport()
        needed = contents.heightForWidth(viewport.width()) if contents.hasHeightForWidth() \
            else contents.sizeHint().height()
        short = max(needed - viewport.height(), self.form_area.verticalScrollBar().maximum())
        if short > 0:
            self.resize(fitting_size(self, QSize(self.width(), self.height() + short + SCALE_ROUNDING)))
            keep_on_screen(self)

    def save(self) -> None:
        """Add, or correct the chosen one with what the form changed since it was filled; a field someone else
        saved meanwhile (another window) is said with what is stored now, and saving again overwrites it."""
        done = perform(self._ctx.operations, taking_stored(self.store, self._took_stored), self.error,
                       OpChanges(Change.REFERENCE, None, self.saved_text()), self.focus_fields())
        if done is not None:
            self.reload(keep=done.value.id)
            self._picked(self.items.currentItem())
        else:
            QTimer.singleShot(0, self.fit_form)         # the error line under the form took room from it

    def _took_stored(self, stored: dict[str, Any]) -> None:
        """Someone else saved these fields of the chosen one meanwhile: what is stored now is what the form
        starts from (also when it is chosen again in the list); the focus goes to the first of them shown."""
        if self.loaded is None:
            return
        self.loaded = replace(self.loaded, **stored)
        item = self.items.currentItem()
        if item is not None and item.data(Qt.ItemDataRole.UserRole).id == self.loaded.id:
            item.setData(Qt.ItemDataRole.UserRole, self.loaded)
        widget = next((w for name, w in self.focus_fields().items() if name in stored), None)
        if widget is not None:
            widget.setFocus()

    def retire_chosen(self) -> None:
        """Asked first (Alt+U again confirms; Enter or Escape keeps it in service)."""
        chosen, item = self.chosen, self.items.currentItem()
        if chosen is None:
            return
        name = self.one_line(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""
        self.confirm_box = ask_first(self, self.windowTitle(), self.tr(
            "{name} uit dienst nemen? Het wordt niet meer aangeboden voor nieuw werk; wat het al gebruikte, "
            "houdt het.").format(name=name), self.tr("&Uit dienst nemen"), self.tr("In dienst houden"),
            lambda: self._retire(chosen), do_by_default=False)

    def _retire(self, chosen: uuid.UUID) -> None:
        if perform(self._ctx.operations, lambda: self.retire(chosen), self.error,
                   OpChanges(Change.REFERENCE, None, self.tr("Uit dienst genomen"))) is not None:
            self.reload()

    def focus_fields(self) -> dict[str, QWidget]:
        """The service's field names and the widgets they are typed in (an error puts the focus there)."""
        return {}

    def open_child(self, make: Callable[[], QDialog]) -> None:
        """A second form over this one (a partner's contact persons, the providers of the offer)."""
        child = make()
        child.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.active_child = child
        child.finished.connect(self._child_closed)
        child.open()


    def _child_closed(self, _result: int) -> None:
        self.active_child = None
        self.activateWindow()                 # the keyboard comes back to this form
        self.reload(keep=self.chosen)


def text_or_none(text: str) -> str | None:
    return text.strip() or None

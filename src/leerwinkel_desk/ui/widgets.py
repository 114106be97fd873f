"""Small widgets shared by dialogs and pages."""

from __future__ import annotations

import math
from collections.abc import Iterable
from datetime import date, time
from enum import StrEnum
from typing import Generic, TypeVar

import shiboken6
from PySide6.QtCore import (
    QAbstractItemModel,
    QDate,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTime,
    Slot,
)
from PySide6.QtGui import QHelpEvent, QKeyEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from leerwinkel_desk.domain.enums import Channel
from leerwinkel_desk.domain.errors import InvalidValue
from leerwinkel_desk.ui.design.components import rich_tip
from leerwinkel_desk.ui.texts import channel_choice, channel_key

E = TypeVar("E", bound=StrEnum)
WIDEST_COLUMN_CHARS = 45        # a column wider than this many average characters is cut with …
STRETCH_PROPERTY = "stretchColumn"
NO_STRETCH = "none"             # `fit_columns(stretch=None)`: every column measured, none takes the room left
GIVE_WAY_PROPERTY = "giveWayColumns"
SHARE_PROPERTY = "stretchShare"
LEAST_SHARE_PROPERTY = "stretchLeastShare"
SHORT_PROPERTY = "shortColumns"
FIT_ROWS = 50                   # a column fits the texts of the first rows shown, not of thousands
MEASURED_TEXTS = 8              # of which the longest (in characters) are measured in the font
TYPICAL_PART = 0.8              # of the rows whose texts a column that gives way keeps whole (see share_room)
PLACEHOLDER_ROOM = 24           # a line edit's frame and margins around its text (and Qt's wider drawing at 150 %)
ROW_AIR = 10                    # above and below a table row's text (Qt's default row of 30 px showed two rows
                                # of a dossier's timeline on a 1280×720 screen at 150 %)
ROW_ICON = 16                   # the icons in table cells


class EnumCombo(QComboBox, Generic[E]):
    """A combo box of enum members. Qt stores a StrEnum as a plain string, so `value()` gives the member back."""

    def __init__(self, kind: type[E], choices: Iterable[tuple[E | None, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kind = kind
        for member, label in choices:
            self.addItem(label, None if member is None else member.value)

    def value(self) -> E | None:
        data = self.currentData()
        return None if data is None else self._kind(data)

    def chosen(self, field: str) -> E:
        """The member chosen, for a field that needs one: InvalidValue(`field`, "required") when none is."""
        member = self.value()
        if member is None:
            raise InvalidValue(field, "required")
        return member

    def select(self, member: E | None) -> None:
        self.setCurrentIndex(max(self.findData(None if member is None else member.value), 0))


def popup_shows_whole(combo: QComboBox) -> None:
    """The list a combo box opens is as wide as its widest choice as the list draws it. Qt widens a list beyond its
    box by the box's own measure of the texts, without the style sheet's padding of a list item, so the widest
    choice was cut in the middle by a few pixels (Doorverwijzen: `Gevangenis Brugge – onderwijs en o…iding`, at
    100 % and 150 %). Qt keeps the list on the screen. Called again after the choices change."""
    view = combo.view()
    view.setMinimumWidth(view.sizeHintForColumn(0) + view.verticalScrollBar().sizeHint().width()
                         + 2 * view.frameWidth())


class ChannelCombo(EnumCombo[Channel]):
    """The channels a form offers, each with its letter (`channel_key`, the same in every form): a letter picks
    its channel. Qt's own search by an item's first letters is off (typing W picked Website, where the
    micro-contact's W is WhatsApp); a letter no channel here has changes nothing."""

    def __init__(self, channels: Iterable[Channel], parent: QWidget | None = None) -> None:
        channels = tuple(channels)
        super().__init__(Channel, ((c, channel_choice(c)) for c in channels), parent)
        self.keys = {channel_key(c): c for c in channels}

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        typing = event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier)
        if len(text) == 1 and text.isprintable() and not text.isspace() and not typing:
            chosen = self.keys.get(text.upper())
            if chosen is not None:
                self.select(chosen)
            event.accept()
            return
        super().keyPressEvent(event)


def python_date(value: QDate) -> date:
    """A QDate as a date (PySide's `toPython` is typed as any object)."""
    return date(value.year(), value.month(), value.day())


def python_time(value: QTime) -> time:
    """A QTime as a time to the second."""
    return time(value.hour(), value.minute(), value.second())


def choose_data(combo: QComboBox, value: object) -> None:
    """Select the item whose data equals `value` (a UUID: Qt's findData compares Python objects by identity),
    else the first item."""
    combo.setCurrentIndex(next((i for i in range(combo.count()) if combo.itemData(i) == value), 0))


def note_field() -> QPlainTextEdit:
    """A form's field of several lines: Tab goes on to the next field, as everywhere else (a tab character is
    never what a counsellor means there; it kept the session form's notes from being left by Tab)."""
    field = QPlainTextEdit()
    field.setTabChangesFocus(True)
    return field


def passphrase_fields() -> tuple[QLineEdit, QLineEdit]:
    """A passphrase and its repetition, both hidden as they are typed."""
    fields = QLineEdit(), QLineEdit()
    for field in fields:
        field.setEchoMode(QLineEdit.EchoMode.Password)
    return fields


def typed_passphrase(passphrase: QLineEdit, repeat: QLineEdit) -> str:
    """The passphrase typed, if it was typed the same twice (else InvalidValue, `mismatch`)."""
    if passphrase.text() != repeat.text():
        repeat.setFocus()
        raise InvalidValue("passphrase", "mismatch")
    return passphrase.text()


class ElidedTextTips(QStyledItemDelegate):
    """Cells paint as usual (cut with … when too long); hovering a cut cell shows its whole text.

    It also refits the columns of its view when the rows are replaced, and when the view gets wider or
    narrower if its free text has a share (a child of the view, so the connection ends with the view).
    """

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self._view = view
        view.horizontalHeader().viewport().installEventFilter(self)      # the titles' room

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.Resize and isinstance(event, QResizeEvent)
                and event.size().width() != event.oldSize().width() and self._view.property(SHARE_PROPERTY)):
            refit_columns(self._view)       # the free text's share follows the width
        return False

    @Slot()
    def refit(self) -> None:
        refit_columns(self._view)

    @Slot(QModelIndex, int, int)
    def rows_added(self, _parent: QModelIndex, first: int, _last: int) -> None:
        """The first rows of an empty table fit the columns; a page appended after others keeps them."""
        if first == 0:
            refit_columns(self._view)

    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView, option: QStyleOptionViewItem,
                  index: QModelIndex | QPersistentModelIndex) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
            if text and self.sizeHint(option, index).width() > option.rect.width():
                QToolTip.showText(event.globalPos(), rich_tip(text), view)
                return True
        return super().helpEvent(event, view, option, index)


def compact_rows(view: QTableView) -> None:
    """Rows as high as a line of the table's text (or an icon) and a little air, for every table of the app."""
    view.verticalHeader().setDefaultSectionSize(max(view.fontMetrics().height(), ROW_ICON) + ROW_AIR)


def keep_rows(view: QTableView, rows: int) -> None:
    """The view no shorter than its column titles and `rows` rows: on a short window (1280×720 at 150 %) the
    parts around it, or the scrolling page it is on, give way before it shows fewer."""
    titles, frame = view.horizontalHeader().sizeHint().height(), 2 * view.frameWidth()
    view.setMinimumHeight(titles + frame + rows * view.verticalHeader().defaultSectionSize())


def fit_columns(view: QTableView, follow_rows: bool = True, stretch: int | None = -1, share: float = 0.0,
                give_way: tuple[int, ...] = (), least_share: float | None = None, short: tuple[int, ...] = ()) -> None:
    """Every column as wide as its title and its texts, up to WIDEST_COLUMN_CHARS characters.

    Longer texts end in … and show whole as a tooltip. The `stretch` column (the free text; the
    last when negative) takes the width the others leave, so the free text gets the room; None: no column does
    (columns side by side, as Opties' comparison: a last one stretched was squeezed to "…" once they filled the
    width, and it is the option just added). With a
    `share`, at least that part of the table's width and its whole title (see `share_room`), also when
    the table is narrow (150 % on a 1280 px screen) and as it is resized; the `give_way` columns are
    cut first; with a `least_share` the free text gives way down to it before the `short` columns are cut.
    With `follow_rows` the widths follow the model's rows when they are replaced (a new query,
    a sort) or first come in, not when a page is appended to them: a column keeps its width as
    the list scrolls (a QTableWidget, filled cell by cell, calls `refit_columns` once it is filled).
    """
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)   # a cut title keeps its start
    tips = ElidedTextTips(view)
    view.setItemDelegate(tips)
    view.setProperty(STRETCH_PROPERTY, NO_STRETCH if stretch is None else stretch)
    view.setProperty(GIVE_WAY_PROPERTY, list(give_way))
    view.setProperty(SHARE_PROPERTY, share)
    view.setProperty(LEAST_SHARE_PROPERTY, share if least_share is None else least_share)
    view.setProperty(SHORT_PROPERTY, list(short))
    refit_columns(view)
    model: QAbstractItemModel | None = view.model()
    if model is not None and follow_rows:
        for signal in (model.modelReset, model.layoutChanged):
            signal.connect(tips.refit)
        model.rowsInserted.connect(tips.rows_added)


def refit_columns(view: QTableView) -> None:
    """The widths of `fit_columns` again, for a table filled cell by cell (QTableWidget).

    The stretch column is not measured (it takes the room left), and a mode or width is set only
    where it changes: each change lays the header out again and repaints it.
    """
    header = view.horizontalHeader()
    count = header.count()
    wanted = view.property(STRETCH_PROPERTY)
    stretch = None if wanted == NO_STRETCH else (-1 if wanted is None else int(wanted)) % count if count else 0
    widest = view.fontMetrics().averageCharWidth() * WIDEST_COLUMN_CHARS
    widths = {column: min(widest, max(header.sectionSizeHint(column), content_width(view, column)))
              for column in range(count) if column != stretch}
    if stretch is None:         # side by side, the table scrolls: no title is cut (a long free option's)
        widths = {column: max(width, header.sectionSizeHint(column)) for column, width in widths.items()}
    share = float(view.property(SHARE_PROPERTY) or 0)
    if count and share and stretch is not None and not header.isSectionHidden(stretch):
        give_way = tuple(view.property(GIVE_WAY_PROPERTY) or ())
        short = tuple(view.property(SHORT_PROPERTY) or ())
        titles = {column: header.sectionSizeHint(column) for column in widths}
        widths = share_room(widths, titles, {column for column in widths if header.isSectionHidden(column)},
                            header.viewport().width(), (share, header.sectionSizeHint(stretch)), give_way,
                            {column: typical_width(view, column) for column in (*short, *give_way) if column in widths},
                            float(view.property(LEAST_SHARE_PROPERTY) or share), short)
    for column, width in widths.items():
        if header.sectionResizeMode(column) != QHeaderView.ResizeMode.Interactive:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        if header.sectionSize(column) != width:
            view.setColumnWidth(column, width)
    if count and stretch is not None and header.sectionResizeMode(stretch) != QHeaderView.ResizeMode.Stretch:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


def share_room(widths: dict[int, int], titles: dict[int, int], hidden: set[int], room: int,
               wanted: tuple[float, int], give_way: tuple[int, ...] = (), typical: dict[int, int] | None = None,
               least: float | None = None, short: tuple[int, ...] = ()) -> dict[int, int]:
    """The columns' `widths` made narrower where they would leave the stretch column less than the
    `wanted` share of the `room` or its title's width, the room handed out in this order: the other
    columns whole, the `give_way` and `short` ones their titles, the stretch column its `least` share
    (by default the wanted one); then the `short` columns (texts that say little once cut: what, how, who)
    what most of their rows need (their `typical` width), then their longest texts; then the stretch column
    its wanted share; then the `give_way` columns, last first, their typical width and their longest texts.
    Where even the first do not fit, every shown column gives up the same part of what it has beyond its
    title. Texts are then cut with … (whole in their tooltip); a title stays whole, and when even the
    titles do not fit, the table scrolls. (At 150 % on a 1280 px screen the dossier's timeline cut its
    moment to "07/12/2026 2…", its author to "An Pe…" and its channel to "Pers…", to keep a quarter for the
    free text and one partner's long name whole in a column most rows leave empty.)"""
    shown = [column for column in widths if column not in hidden]
    share, title = wanted
    least_share = share if least is None else least
    giving = [column for column in (*short, *give_way) if column in shown]
    fitted = {column: min(width, titles[column]) if column in giving else width for column, width in widths.items()}
    free = room - sum(fitted[column] for column in shown) - max(round(room * least_share), title)
    if free < 0:
        spare = sum(max(0, fitted[column] - titles[column]) for column in shown)
        part = min(1.0, -free / spare) if spare > 0 else 0.0
        for column in shown:
            fitted[column] -= math.ceil(max(0, fitted[column] - titles[column]) * part)
        return fitted
    floors = typical or {}

    def hand_out(columns: Iterable[int], up_to: dict[int, int]) -> None:
        nonlocal free
        for column in columns:
            given = min(free, max(0, up_to[column] - fitted[column]))
            fitted[column] += given
            free -= given

    most = {column: min(widths[column], max(titles[column], floors.get(column, widths[column]))) for column in giving}
    short_shown = [column for column in short if column in shown]
    hand_out(short_shown, most)
    hand_out(short_shown, widths)
    free -= min(free, max(round(room * share), title) - max(round(room * least_share), title))
    last_first = [column for column in reversed(give_way) if column in shown]
    hand_out(last_first, most)
    hand_out(last_first, widths)
    return fitted


def typical_width(view: QTableView, column: int) -> int:
    """How wide the column must be to show whole the texts of TYPICAL_PART of the first FIT_ROWS rows shown
    (an empty cell needs nothing), as `content_width` measures a cell."""
    model = view.model()
    if model is None or not model.rowCount():
        return 0
    top = max(0, view.rowAt(0))
    shown = getattr(model, "shown_text", None)
    rows = range(top, min(model.rowCount(), top + FIT_ROWS))
    texts = [(shown(row, column) if shown is not None else str(model.index(row, column).data() or ""), row)
             for row in rows]
    metrics = view.fontMetrics()
    texts = sorted(((metrics.horizontalAdvance(text), row) for text, row in texts if text), reverse=True)
    beyond = int(len(rows) * (1 - TYPICAL_PART))        # the longest texts that may be cut
    if beyond >= len(texts):
        return 0
    index = model.index(texts[beyond][1], column)
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    hint = view.itemDelegateForIndex(index).sizeHint(option, index).width()
    return hint + 1 if view.showGrid() else hint


def content_width(view: QTableView, column: int) -> int:
    """How wide the column's widest text among the first FIT_ROWS rows shown is drawn, as Qt's
    `sizeHintForColumn` measures it (padding, icon, grid line), asking the delegate for that one
    cell only: the longest texts are measured in the view's font and the widest is the one (Qt
    asked every cell for about ten roles, 2,600 calls of `data()` per fit of the client list)."""
    model = view.model()
    if model is None:
        return 0
    top = max(0, view.rowAt(0))
    shown = getattr(model, "shown_text", None)      # RowsModel: the text without a call through Qt
    texts = [(shown(row, column) if shown is not None else str(model.index(row, column).data() or ""), row)
             for row in range(top, min(model.rowCount(), top + FIT_ROWS))]
    if not texts:
        return 0
    metrics = view.fontMetrics()
    longest = sorted(texts, key=lambda text: len(text[0]), reverse=True)[:MEASURED_TEXTS]
    index = model.index(max(longest, key=lambda text: metrics.horizontalAdvance(text[0]))[1], column)
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    hint = view.itemDelegateForIndex(index).sizeHint(option, index).width()
    return hint + 1 if view.showGrid() else hint


def down_to_list(field: QLineEdit, view: QAbstractItemView) -> None:
    """Down in a page's search or filter field goes on to its list, at its first row when none is current
    (Tab did, Down did nothing: the list is where a person looks next)."""
    def go() -> None:
        view.setFocus(Qt.FocusReason.TabFocusReason)
        model = view.model()
        if not view.currentIndex().isValid() and model is not None and model.rowCount():
            view.setCurrentIndex(model.index(0, 0))

    down = QShortcut(QKeySequence(Qt.Key.Key_Down), field)
    down.setContext(Qt.ShortcutContext.WidgetShortcut)           # only while the field has the focus
    down.activated.connect(go)


def arrows_move_list(field: QLineEdit, view: QAbstractItemView) -> None:
    """Down and Up in a field that filters a list move the list's current row while the person goes on typing
    there, so a button that takes "the current row" takes the one highlighted (in Opties, Down then Als optie
    toevoegen took the first row: Down did nothing). Up on the list's first row, once it has the focus, goes
    back to the field."""
    def move(step: int) -> None:
        model = view.model()
        if model is None or not model.rowCount():
            return
        current = view.currentIndex()
        row = min(max(current.row() + step if current.isValid() else 0, 0), model.rowCount() - 1)
        index = model.index(row, max(current.column(), 0))
        view.setCurrentIndex(index)                  # selects its row too (rows are what such a list selects)
        view.scrollTo(index)

    for key, step in ((Qt.Key.Key_Down, 1), (Qt.Key.Key_Up, -1)):
        arrow = QShortcut(QKeySequence(key), field)
        arrow.setContext(Qt.ShortcutContext.WidgetShortcut)      # only while the field has the focus
        arrow.activated.connect(lambda step=step: move(step))
    view.installEventFilter(_UpToField(field, view))


class _UpToField(QObject):
    """Up on the first row of a list goes back to the field that filters it (`arrows_move_list`)."""

    def __init__(self, field: QLineEdit, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._field, self._view = field, view

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Up
                and event.modifiers() == Qt.KeyboardModifier.NoModifier and self._view.currentIndex().row() <= 0):
            self._field.setFocus(Qt.FocusReason.BacktabFocusReason)
            return True
        return super().eventFilter(watched, event)


def hold_a_row(view: QAbstractItemView) -> None:
    """A list that has the focus holds a current row, highlighted: its first when none is (Enter works at once).
    Qt makes one current only the first time a view takes the focus, never after its rows are read anew, and
    without highlighting it. Called from a list's focusInEvent."""
    model, current = view.model(), view.currentIndex()
    if not current.isValid() and model is not None and model.rowCount():
        view.setCurrentIndex(model.index(0, 0))
    elif current.isValid() and not view.selectionModel().isSelected(current):
        view.selectionModel().select(current, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                     | QItemSelectionModel.SelectionFlag.Rows)


def first_field(page: QWidget) -> QWidget | None:
    """The first of `page`'s widgets that Tab stops at (its search or filter, else its list)."""
    widget = page.nextInFocusChain()
    while widget is not page and widget is not None:
        if (page.isAncestorOf(widget) and widget.isVisible() and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            return widget
        widget = widget.nextInFocusChain()
    return None


def show_placeholder(line: QLineEdit, text: str, field: QWidget | None = None) -> None:
    """The example in an empty field, shown whole: the field (the line edit, or the combo box it is in) is
    at least as wide (at 150 % in a narrow dialog it was cut: 'afspraak gest…')."""
    line.setPlaceholderText(text)
    box = field or line
    arrow = box.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent) if isinstance(box, QComboBox) else 0
    box.setMinimumWidth(line.fontMetrics().horizontalAdvance(text) + PLACEHOLDER_ROOM + arrow)


class _FollowFocus(QObject):
    """Scrolls its area to the control in it that takes the focus: by an Alt+letter too, which Qt's scroll area
    does not follow (only Tab), so the field a mnemonic went to was typed in below the fold, unseen."""

    def __init__(self, area: QScrollArea) -> None:
        super().__init__(area)                  # the connection ends with the area
        self._area = area
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self.follow)

    @Slot(QWidget, QWidget)
    def follow(self, _old: QWidget | None, new: QWidget | None) -> None:
        if not shiboken6.isValid(self._area):   # the focus moves on while the area is being destroyed
            return
        body = self._area.widget()
        if new is not None and body is not None and body.isAncestorOf(new):
            self._area.ensureWidgetVisible(new)


def scroll_area(contents: QLayout) -> QScrollArea:
    """`contents` in an area that scrolls up and down where the screen is shorter than they need (a
    1280×720 screen at 150 %), instead of making the window or dialog taller than the screen. Tab goes
    to the controls in it (not to the area), and the control the focus reaches (by Tab or a mnemonic) is
    scrolled into view."""
    body = QWidget()
    body.setLayout(contents)
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(body)
    _FollowFocus(area)
    return area


class _FillingLayout(QVBoxLayout):
    """Contents as high as the page, scrolled only where the page is shorter than their least height. A
    scroll area gives contents that wrap text (whose height depends on their width) their preferred height,
    so a dossier scrolled at 150 % on a 1280×720 screen, its timeline below the fold, though it fitted."""

    def hasHeightForWidth(self) -> bool:
        return False        # for the scroll area and the page; the parts in it are still laid out so


def scrolling_page(page: QWidget, fill: bool = False) -> QVBoxLayout:
    """The layout for a page's contents, in a `scroll_area` filling the page. With `fill` the contents take
    the page's height (a list among them stretches) and scroll only below their least height."""
    layout = _FillingLayout() if fill else QVBoxLayout()
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll_area(layout))
    return layout

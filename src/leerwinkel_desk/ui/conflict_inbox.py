"""The conflict inbox in words a counsellor reads: whom an item is about, which field, what happened, both values
as the app writes them, local times; and the table that shows an item whole on Enter or hover.

Nothing internal reaches the screen: a field by its form label (ui/error_texts.py `field_label`), a record by
its kind (ui/texts.py `record_label`), every reason the sync service gives (sync/server/push.py, rules.py,
merges.py) by a sentence of its own, and codes, dates, moments, yes/no and references to colleagues and
things of the office as the rest of the app shows them. A multi-line value shows its first line in the table
and whole on Enter or when hovered (as the dossier's timeline does).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QToolTip

from leerwinkel_desk.domain.enums import DataItem
from leerwinkel_desk.services.letters import LetterKind
from leerwinkel_desk.store.base import Base
from leerwinkel_desk.store.sync_capture import NOT_SYNCED_COLUMNS
from leerwinkel_desk.sync.inbox import NAMED, About, InboxItem
from leerwinkel_desk.sync.wire import DERIVED, STAMPS, column, from_wire
from leerwinkel_desk.ui.error_texts import field_label
from leerwinkel_desk.ui.models import Column, RowsModel
from leerwinkel_desk.ui.pages.today import EnterTable
from leerwinkel_desk.ui.texts import (
    ENUM_LABELS,
    enum_label,
    format_date,
    format_moment,
    format_number,
    record_label,
)
from leerwinkel_desk.ui.widgets import rich_tip

# Columns a person never reads as a field: ids, stamps, the search keys, what the app keeps for itself.
UNSHOWN = frozenset({"id", "office_id", "created_at", "created_by", "import_ref", "import_key", "merged_into_id",
                     "file_name", "sha256"}) | STAMPS | DERIVED | NOT_SYNCED_COLUMNS     # a passphrase never syncs
CODED: dict[tuple[str, str], type[StrEnum]] = {("letter", "kind"): LetterKind}     # a code kept as plain text
ITEM_LISTS = frozenset({"data_items", "shared_items"})                               # lists of DataItem codes
ABOUT, WHAT, HAPPENED, MINE = 0, 1, 2, 3     # cut first when narrow: what happened (said whole below the table),
                                             # whom and which field; the times and names stay whole
ABOUT_ROW = frozenset({"client_id", "request_id", "subject_client_id"})      # what "Over" already says


def happened(kind: str, reason: str | None) -> tuple[str, str]:
    """What happened to an item, in a few words (the table) and as a sentence (the item whole): every kind
    and reason the sync service gives has its own; anything else a careful general one, never the code."""
    if kind == "parent_deleted":           # its reason: the table of the parent
        parent = record_label(reason or "").lower()
        return (QCoreApplication.translate("ConflictInbox", "Bewaard, maar hoort bij iets verwijderds"),
                QCoreApplication.translate(
                    "ConflictInbox", "Dit werd bewaard, maar het gegeven waar het bij hoort ({parent}) werd intussen "
                    "op een andere laptop verwijderd. Kijk na of het nog klopt.").format(parent=parent))
    words = {
        ("conflict", "merged"): (
            QCoreApplication.translate("ConflictInbox", "Dossier intussen samengevoegd"),
            QCoreApplication.translate(
                "ConflictInbox", "U wijzigde een dubbel dossier dat intussen in dit dossier werd samengevoegd. Wat "
                "dit dossier nog niet had, kreeg het van u; dit veld had het al anders. Kies welke versie dit dossier "
                "houdt.")),
        ("conflict", "changed_elsewhere"): (
            QCoreApplication.translate("ConflictInbox", "Ook elders gewijzigd"),
            QCoreApplication.translate(
                "ConflictInbox", "Een collega wijzigde dit veld intussen op een andere laptop. Het kantoor houdt "
                "voorlopig die versie; kies welke versie blijft.")),
        ("overwritten", "later_arrival"): (
            QCoreApplication.translate("ConflictInbox", "Vervangen door een latere wijziging"),
            QCoreApplication.translate(
                "ConflictInbox", "Uw wijziging werd vervangen door een wijziging van een collega die later bij het "
                "kantoor aankwam (de laatste wijziging telt). Was uw versie de juiste, houd ze dan; anders neemt u de "
                "andere.")),
        ("overwritten", "kept_elsewhere"): (
            QCoreApplication.translate("ConflictInbox", "Vervangen: collega hield eigen versie"),
            QCoreApplication.translate(
                "ConflictInbox", "Een collega koos in het eigen conflictenoverzicht de eigen versie boven de uwe; "
                "het kantoor heeft nu die versie. Wie dat was, staat bij “Op de server”: overleg met hem of "
                "haar. Was uw versie toch de juiste, houd ze dan; anders neemt u de andere.")),
        ("deleted_edited", "edited_elsewhere"): (
            QCoreApplication.translate("ConflictInbox", "Verwijderd terwijl elders gewijzigd"),
            QCoreApplication.translate(
                "ConflictInbox", "U verwijderde dit terwijl een collega het op een andere laptop nog wijzigde. Het "
                "blijft verwijderd.")),
        ("rejected", "deleted"): (
            QCoreApplication.translate("ConflictInbox", "Niet bewaard: intussen verwijderd"),
            QCoreApplication.translate(
                "ConflictInbox", "Niet bewaard: dit werd intussen op een andere laptop verwijderd.")),
        ("rejected", "erased"): (
            QCoreApplication.translate("ConflictInbox", "Niet bewaard: gegevens gewist"),
            QCoreApplication.translate(
                "ConflictInbox", "Niet bewaard: de gegevens van deze persoon werden gewist (AVG).")),
        ("rejected", "missing"): (
            QCoreApplication.translate("ConflictInbox", "Niet bewaard: bestaat niet meer"),
            QCoreApplication.translate("ConflictInbox", "Niet bewaard: dit bestaat niet (meer) bij het kantoor.")),
        ("rejected", "not_allowed"): (
            QCoreApplication.translate("ConflictInbox", "Niet bewaard: niet voor uw rol"),
            QCoreApplication.translate(
                "ConflictInbox", "Niet bewaard: uw rol laat dit niet toe. Vraag het aan een coördinator.")),
        ("rejected", "unknown_table"): (
            QCoreApplication.translate("ConflictInbox", "Niet bewaard: onbekend soort gegeven"),
            QCoreApplication.translate(
                "ConflictInbox", "Niet bewaard: de synchronisatieserver kent dit soort gegevens niet. Draait ze een "
                "andere versie van Leerwinkel Desk? Meld het aan de beheerder.")),
        ("rejected", "number_format"): (
            QCoreApplication.translate("ConflictInbox", "Niet bewaard: nummer ongeldig"),
            QCoreApplication.translate(
                "ConflictInbox", "Niet bewaard: het dossier- of leervraagnummer heeft geen geldige vorm.")),
        ("rejected", "number_outside_block"): (
            QCoreApplication.translate("ConflictInbox", "Niet bewaard: nummer niet van deze laptop"),
            QCoreApplication.translate(
                "ConflictInbox", "Niet bewaard: dit dossier- of leervraagnummer hoort niet bij de nummers die deze "
                "laptop kreeg.")),
        ("rejected", "request.transition"): (
            QCoreApplication.translate("ConflictInbox", "Niet bewaard: stap niet toegelaten"),
            QCoreApplication.translate(
                "ConflictInbox", "Niet bewaard: deze stap kan niet in de fase waarin de leervraag intussen staat.")),
        ("rejected", "consent.missing"): (
            QCoreApplication.translate("ConflictInbox", "Niet bewaard: geen geldige toestemming"),
            QCoreApplication.translate(
                "ConflictInbox", "Niet bewaard: de toestemming van de cliënt dekt dit niet (meer), bijvoorbeeld omdat "
                "ze intussen werd ingetrokken.")),
        ("rejected", "value.invalid"): (
            QCoreApplication.translate("ConflictInbox", "Niet bewaard: waarde niet geldig"),
            QCoreApplication.translate(
                "ConflictInbox", "Niet bewaard: een waarde voldoet niet aan de regels van de app.")),
        ("rejected", "client.already_merged"): (
            QCoreApplication.translate("ConflictInbox", "Niet samengevoegd: al samengevoegd"),
            QCoreApplication.translate(
                "ConflictInbox", "Niet samengevoegd: een van beide dossiers werd intussen al met een ander dossier "
                "samengevoegd.")),
    }
    return words.get((kind, reason or "")) or (
        QCoreApplication.translate("ConflictInbox", "Niet bewaard"),
        QCoreApplication.translate(
            "ConflictInbox", "Niet bewaard: het past niet bij wat het kantoor al heeft (bijvoorbeeld iets dat er al "
            "is). Kijk het na en voer het zo nodig opnieuw in."))


def about_text(about: About) -> str:
    """Whom an item is about: a client's dossier number and name, a request's number before its client's."""
    client = " ".join(part for part in (about.dossier_no, about.client_name) if part)
    if about.request_no:
        return f"{about.request_no} · {client}" if client else about.request_no
    return client or about.thing or QCoreApplication.translate("ConflictInbox", "(niet op deze laptop)")


def what_text(item: InboxItem) -> str:
    """The field by its label, after the record's kind when the record is not the client or the request."""
    record = record_label(item.table)
    if not item.field:
        return record
    label = field_label(item.field) or QCoreApplication.translate("ConflictInbox", "ander gegeven")
    return label if item.table in ("client", "learning_request") else f"{record}: {label}"


def value_text(table: str, field: str, value: Any, names: Mapping[str, str]) -> str:
    """A value as it travelled, as the app writes it: codes in words, dates and local moments, yes/no, the
    colleague or thing an id points at."""
    unknown = QCoreApplication.translate("ConflictInbox", "(onbekende waarde)")
    if value is None or value == "":
        return QCoreApplication.translate("ConflictInbox", "(leeg)")
    try:
        if (table, field) in CODED:
            return enum_label(CODED[(table, field)](value))
        python = from_wire(table, field, value)           # a code comes back as its enum member
        if field in ITEM_LISTS:
            return ", ".join(enum_label(DataItem(item)) for item in (
                json.loads(python) if isinstance(python, str) else python))
    except (ValueError, TypeError, LookupError):
        return unknown
    if isinstance(python, StrEnum):
        return enum_label(python) if type(python) in ENUM_LABELS else unknown
    if isinstance(python, bool):
        return (QCoreApplication.translate("ConflictInbox", "ja") if python
                else QCoreApplication.translate("ConflictInbox", "nee"))
    if isinstance(python, datetime):
        return format_moment(python)
    if isinstance(python, date):
        return format_date(python)
    if isinstance(python, uuid.UUID):
        return names.get(python.hex, QCoreApplication.translate("ConflictInbox", "(niet op deze laptop)"))
    if isinstance(python, Decimal | float):
        return format_number(python, 0 if python == int(python) else 2)
    return str(python)


def version_lines(item: InboxItem, version: Any) -> list[str]:
    """One side of an item whole: its field's value, or each field of a whole record sent ("Label: value")."""
    if item.field:
        return [value_text(item.table, item.field, version, item.names)] if version is not None or item.kind in (
            "conflict", "overwritten") else []
    if not isinstance(version, dict):
        return []
    mapped = Base.metadata.tables.get(item.table)
    order = [c.name for c in mapped.columns] if mapped is not None else sorted(version)
    return [f"{field_label(name)}: {value_text(item.table, name, version[name], item.names)}"
            for name in order if name in version and version[name] not in (None, "") and _told(item.table, name)]


def _told(table: str, name: str) -> bool:
    """A field of a whole record worth a line: it has a label, and a reference points at a thing with a name (whom
    the record is about stands in "Over")."""
    col = column(table, name)
    targets = {key.column.table.name for key in col.foreign_keys} if col is not None else set()
    return (name not in UNSHOWN | ABOUT_ROW and bool(field_label(name))
            and all(target in NAMED for target in targets))


def cell_text(item: InboxItem, version: Any) -> str:
    """One side of an item in the table: on one line, a long text by its first line (whole on Enter)."""
    lines = version_lines(item, version)
    if not lines:
        return ""
    if item.field:
        first, *more = lines[0].splitlines() or [""]
        return f"{first} …" if more else first
    return "; ".join(line.splitlines()[0] for line in lines)


def moment_text(wire: str | None) -> str:
    """A moment as it travelled (UTC, `YYYY-MM-DD HH:MM:SS.ffffff`), as the app writes moments (local time)."""
    if not wire:
        return ""
    try:
        moment = datetime.fromisoformat(wire)
    except ValueError:
        return ""
    return format_moment(moment if moment.tzinfo else moment.replace(tzinfo=UTC))


def author_text(item: InboxItem, author: str | None) -> str:
    return item.names.get((author or "").replace("-", ""), "")


def whole_text(item: InboxItem) -> str:
    """The item whole, as Enter and hovering show it: whom, which field, what happened, both versions whole
    with who made them and when."""
    parts = [about_text(item.about), what_text(item), happened(item.kind, item.reason)[1]]
    mine, theirs = (QCoreApplication.translate("ConflictInbox", "Mijn versie"),
                    QCoreApplication.translate("ConflictInbox", "Op de server"))
    for heading, version, author, moment in ((mine, item.mine, item.my_author, item.my_at),
                                             (theirs, item.theirs, item.their_author, item.their_at)):
        lines = version_lines(item, version)
        if lines:
            by = ", ".join(t for t in (author_text(item, author), moment_text(moment)) if t)
            parts.append(f"{heading} ({by}):" if by else f"{heading}:")
            parts.extend(lines)
    return "\n".join(parts)


def inbox_columns() -> list[Column[InboxItem]]:
    return [
        Column(lambda: QCoreApplication.translate("ConflictInbox", "Over"), lambda i: about_text(i.about)),
        Column(lambda: QCoreApplication.translate("ConflictInbox", "Gegeven"), what_text),
        Column(lambda: QCoreApplication.translate("ConflictInbox", "Wat gebeurde"),
               lambda i: happened(i.kind, i.reason)[0]),
        Column(lambda: QCoreApplication.translate("ConflictInbox", "Mijn versie"), lambda i: cell_text(i, i.mine)),
        Column(lambda: QCoreApplication.translate("ConflictInbox", "Op de server"), lambda i: cell_text(i, i.theirs)),
        Column(lambda: QCoreApplication.translate("ConflictInbox", "Ik, op"), lambda i: moment_text(i.my_at)),
        Column(lambda: QCoreApplication.translate("ConflictInbox", "Zij, op"), lambda i: moment_text(i.their_at)),
        Column(lambda: QCoreApplication.translate("ConflictInbox", "Door"), lambda i: author_text(i, i.their_author)),
    ]


class InboxTable(EnterTable):
    """The inbox's items; Enter shows the current item whole (as hovering any of its cells does), Tab moves on."""

    def __init__(self, model: RowsModel[InboxItem]) -> None:
        super().__init__(QCoreApplication.translate("ConflictInbox", "Conflicten"), stretch=MINE, share=0.18,
                         give_way=(HAPPENED, ABOUT, WHAT))
        self.setModel(model)
        self.activated_row.connect(self.show_whole)
        for changed in (model.modelReset, self.selectionModel().currentRowChanged):    # never another item's
            changed.connect(lambda *_: QToolTip.hideText())

    def item_at(self, row: int) -> InboxItem:
        model = self.model()
        assert isinstance(model, RowsModel)
        return model.row_at(row)

    def show_whole(self, row: int) -> None:
        rect = self.visualRect(self.model().index(row, MINE))
        QToolTip.showText(self.viewport().mapToGlobal(rect.bottomLeft()), rich_tip(whole_text(self.item_at(row))),
                          self)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index: QModelIndex = self.indexAt(event.pos())
            if index.isValid():
                QToolTip.showText(event.globalPos(), rich_tip(whole_text(self.item_at(index.row()))), self)
                return True
        return super().viewportEvent(event)

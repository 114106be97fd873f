"""The office's settings kept on the office row: its letterhead (name, address, how to reach it), the
indicative cost per request of each tier (the monitoring report), and a folder for a second copy of
the daily backups.

The hourly contribution keeps its home in services/contributions.py and the retention period in
services/retention.py; the language and the idle-lock minutes belong to the person on this computer
(ui/dialogs/settings.py keeps them in Qt's settings). The Settings dialog shows all of them together.

The backup folder may be a removable drive or a share that several installations use. Each office keeps
its copies in a folder of its own inside it, and each enrolled laptop of the office a folder of its own in
that (`copies_folder`). The folder is accepted only once a backup
was written there and read back with the database key (InvalidValue "backup_folder", "not_writable" or
"unreadable"; a folder whose parent is missing is not made); that first copy stays as a manual backup.
Each start of the day then makes the day's backup there too when the folder is present (a drive not
plugged in is skipped), and reads it back.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy.orm import Session

from leerwinkel_desk.domain.enums import Tier
from leerwinkel_desk.domain.errors import InvalidValue, NotFound
from leerwinkel_desk.domain.limits import check_contact_details
from leerwinkel_desk.domain.permissions import Permission
from leerwinkel_desk.services import audit
from leerwinkel_desk.services.common import UseCase, edited_fields
from leerwinkel_desk.store import backup as store_backup
from leerwinkel_desk.store.engine import Database
from leerwinkel_desk.store.models import Office
from leerwinkel_desk.store.sync_capture import device_id

DEFAULT_COSTS: Mapping[Tier, Decimal] = {
    Tier.INFORMATION: Decimal(16), Tier.MEDIATION: Decimal(42), Tier.TRAJECTORY: Decimal(114)}
COST_COLUMNS: Mapping[Tier, str] = {
    Tier.INFORMATION: "cost_information", Tier.MEDIATION: "cost_mediation", Tier.TRAJECTORY: "cost_trajectory"}
ADDRESS_FIELDS = ("name", "street", "postcode", "municipality", "phone", "email", "website")
ADDRESS_LIMITS = {"name": 200, "street": 200, "postcode": 10, "municipality": 100, "phone": 40, "email": 200,
                  "website": 200}
MAX_COST = Decimal("99999.99")
SECOND_COPIES_KEPT = 14


@dataclass(frozen=True)
class OfficeAddress:
    """The office as its letterhead and the appointment card show it."""

    name: str
    street: str | None = None
    postcode: str | None = None
    municipality: str | None = None
    phone: str | None = None
    email: str | None = None
    website: str | None = None


@dataclass(frozen=True)
class OfficeSettingsRow:
    address: OfficeAddress
    costs: dict[Tier, Decimal]          # the office's own, else the blueprint's (DEFAULT_COSTS)
    backup_folder: Path | None


def tier_costs(session: Session, office_id: uuid.UUID) -> dict[Tier, Decimal]:
    """The indicative cost per request of each tier at this office."""
    office = session.get(Office, office_id)
    if office is None:
        raise NotFound("office", office_id)
    return {tier: getattr(office, column) if getattr(office, column) is not None else DEFAULT_COSTS[tier]
            for tier, column in COST_COLUMNS.items()}


class OfficeSettings(UseCase):
    """Reading the office's settings (everyone); changing them (coordinators, audited by field)."""

    def current(self) -> OfficeSettingsRow:
        with self._db.read() as session:
            office = self._office(session)
            address = OfficeAddress(**{name: getattr(office, name) for name in ADDRESS_FIELDS})
            folder = Path(office.backup_folder) if office.backup_folder else None
            return OfficeSettingsRow(address, tier_costs(session, office.id), folder)

    def set_address(self, address: OfficeAddress, loaded: OfficeAddress | None = None) -> None:
        """The letterhead's name, address, phone, e-mail and website (empty parts left out); an e-mail, phone
        or postcode of its shape (domain.limits). With `loaded` (the address the form showed) only the parts
        the form changed, and none someone else saved meanwhile unseen (services.common.edited_fields)."""
        self._require(Permission.MANAGE_OFFICE)
        self._change(checked_address(address), "office.address", loaded)

    def set_costs(self, costs: Mapping[Tier, Decimal], loaded: Mapping[Tier, Decimal] | None = None) -> None:
        """The indicative cost per request of each tier (the monitoring report's last table); `loaded` (the
        costs the form showed) as for `set_address`."""
        self._require(Permission.MANAGE_OFFICE)
        self._change(checked_costs(costs), "office.costs",
                     None if loaded is None else {COST_COLUMNS[tier]: cost for tier, cost in loaded.items()})

    def set_backup_folder(self, folder: Path | None) -> Path | None:
        """A folder for a second copy of the daily backups (None: none), after a backup written there
        was read back; returns that first copy."""
        self._require(Permission.MANAGE_OFFICE)
        made = None
        if folder is not None:
            if self._db.path is None:
                raise InvalidValue("database", "not_local")
            folder = Path(folder).expanduser().resolve()
            stamp = self._now().strftime("%Y%m%dT%H%M%SZ")
            with self._db.read() as session:
                office = self._office(session)
                office_dir, own = office_folder(folder, office), copies_folder(folder, office, device_id(session))
            try:
                store_backup.make_folder(folder)    # never its parents: a drive that is gone is not made on the disk
                store_backup.make_folder(office_dir)
                made = store_backup.backup_to(self._db, own / f"manual-{stamp}.db")
            except OSError:
                raise InvalidValue("backup_folder", "not_writable") from None
            if store_backup.read_back(made, self._db.key):
                store_backup.remove_backup(made)
                raise InvalidValue("backup_folder", "unreadable")
        self._change({"backup_folder": str(folder) if folder is not None else None}, "office.backup_folder")
        return made

    def _change(self, values: Mapping[str, object], action: str, loaded: object | None = None) -> None:
        """The office's fields among `values` that changed (with `loaded`: as `edited_fields` says), audited."""
        with self._db.write() as session:
            office = self._office(session)
            stored: object = office
            if loaded is not None:      # as a form shows it: a cost not set is the blueprint's
                costs = {COST_COLUMNS[tier]: cost for tier, cost in tier_costs(session, office.id).items()}
                stored = {name: costs[name] if name in costs else getattr(office, name) for name in values}
            changed = edited_fields(stored, values, loaded)
            if not changed:
                return
            for name in changed:
                setattr(office, name, values[name])
            office.updated_at = self._now()
            audit.record(session, self._actor, self._now(), action, "office", office.id, changed)

    def _office(self, session: Session) -> Office:
        office = session.get(Office, self._actor.office_id)
        if office is None:
            raise NotFound("office", self._actor.office_id)
        return office


def checked_address(address: OfficeAddress) -> dict[str, str | None]:
    """The letterhead's columns as kept (empty parts None), or InvalidValue naming the first refused part: a
    name is required, each part has its length, an e-mail, phone or postcode its shape (domain.limits)."""
    values = {name: (getattr(address, name) or "").strip() or None for name in ADDRESS_FIELDS}
    if values["name"] is None:
        raise InvalidValue("name", "required")
    for name, limit in ADDRESS_LIMITS.items():
        if values[name] is not None and len(values[name]) > limit:   # type: ignore[arg-type]
            raise InvalidValue(name, "too_long", limit)
    check_contact_details(values)
    return values


def checked_costs(costs: Mapping[Tier, Decimal]) -> dict[str, Decimal]:
    """The cost columns as kept, or InvalidValue: an amount (not NaN or infinite), from 0 to MAX_COST."""
    for tier, cost in costs.items():
        if not cost.is_finite():
            raise InvalidValue(COST_COLUMNS[tier], "format")
        if cost < 0:
            raise InvalidValue(COST_COLUMNS[tier], "negative")
        if cost > MAX_COST:
            raise InvalidValue(COST_COLUMNS[tier], "range")
    return {COST_COLUMNS[tier]: cost for tier, cost in costs.items()}


def office_folder(folder: Path, office: Office) -> Path:
    """The office's own folder inside the backup folder, `<code>-<first 8 hex digits of its id>`."""
    code = "".join(c if c.isascii() and (c.isalnum() or c in "-_") else "_" for c in office.code) or "office"
    return folder / f"{code}-{office.id.hex[:8]}"


def copies_folder(folder: Path, office: Office, device: str | None) -> Path:
    """Where this installation keeps its copies in the backup folder: the office's own folder, and in it a
    folder of this laptop's (`laptop-<first 8 hex digits of its device id>`) once it is enrolled. Two
    installations that share one backup folder (a share on the office's server), also two laptops of one
    office, each keep their own copies and their own rotation, and neither takes the other's copy of the
    day for its own (each is encrypted with its own laptop's key)."""
    own = office_folder(folder, office)
    return own / f"laptop-{uuid.UUID(device).hex[:8]}" if device else own


def second_copy(db: Database, office_id: uuid.UUID, today: date) -> Path | None:
    """Today's backup also in the office's own folder (`copies_folder`) in its backup folder, if one is
    set and present, read back; None when there is no folder, it is absent (a drive not plugged in: it
    is never made) or today's copy was there. ValueError when the copy cannot be read back (it is removed).
    Backups made before the office had its own folder there are moved into it first. The office's folder
    is made only when the folder is set (with the first copy) or those are moved: a folder that is there
    without it is taken for the empty mount point of a drive that is not plugged in, and skipped. A
    laptop's own folder in it (once enrolled) is made as needed."""
    if db.path is None:
        return None
    with db.read() as session:
        office = session.get(Office, office_id)
        folder = Path(office.backup_folder) if office is not None and office.backup_folder else None
        if folder is None or office is None or not folder.is_dir():
            return None
        office_dir, own = office_folder(folder, office), copies_folder(folder, office, device_id(session))
    if not store_backup.adopt_backups(folder, office_dir, office_id.hex) and not office_dir.is_dir():
        return None         # made when the folder was set: without it, this is the empty mount point of a drive gone
    made = store_backup.daily_backup(db, own, today, SECOND_COPIES_KEPT)
    if made is not None:
        problems = store_backup.read_back(made, db.key)
        if problems:
            store_backup.remove_backup(made)
            raise ValueError("; ".join(problems[:3]))
    return made

"""Typed domain errors. Services raise them; the UI and the CLI translate `code` at the edge.

Errors carry facts (field names, identifiers), never user-facing sentences.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any


class DomainError(Exception):
    """Base of every error a use case may raise on purpose."""

    code: str = "domain"


class InvalidValue(DomainError):
    """A field holds a value the rules do not accept."""

    code = "value.invalid"

    def __init__(self, field: str, reason: str, limit: int | None = None) -> None:
        super().__init__(f"{field}: {reason}")
        self.field, self.reason = field, reason
        self.limit = limit          # the most a `too_long` text may hold (characters), when known


class MomentOutOfRange(InvalidValue):
    """A moment given for a contact that took place lies outside the moments allowed (domain/contact_moments.py):
    `earliest` is the first day allowed, `latest` the last moment (now) or, for a day typed alone, the last day."""

    def __init__(self, field: str, reason: str, earliest: date, latest: date | datetime) -> None:
        super().__init__(field, reason)
        self.earliest, self.latest = earliest, latest


class DiskFull(DomainError):
    """The disk had no room for a write; nothing of it was saved, and the same write can be tried again."""

    code = "disk.full"


class KeyChanged(DomainError):
    """Another instance gave the database a new key (an account was closed there): the key this
    session holds opens it no more; nothing was written, signing in again takes the new key."""

    code = "database.key_changed"


class DatabaseReplaced(DomainError):
    """The database file this session opened is no longer the one at its path (another program put a
    copy in its place, or moved it away): nothing was written, since it would go to the file no one opens
    again; starting the app again opens the file now there."""

    code = "database.replaced"


class OpenElsewhere(DomainError):
    """A restore was asked for while another instance has the database open (a desk signed in, a command
    running): it would go on with the data as it was; nothing was changed. Close it first."""

    code = "database.open_elsewhere"


class BackupFolderUnusable(DomainError):
    """The backups folder next to the database is no folder (a file, or a link to nothing, holds its name):
    no backup can be written there, and none is listed; nothing was written."""

    code = "backup.folder"

    def __init__(self, folder: str) -> None:
        super().__init__(f"the backups folder {folder} is not a folder (a file holds its name): move or rename "
                         "that file, and the app makes the folder again at the next backup. Nothing was written")
        self.folder = folder


class BackupUnusable(DomainError):
    """A backup chosen to restore is gone, or cannot be read with this database's keys (damaged, or made by
    another installation): nothing was changed. `detail` says what was found (no personal data)."""

    code = "backup.unusable"

    def __init__(self, detail: str, reason: str = "", name: str = "") -> None:
        super().__init__(detail)
        self.detail, self.reason = detail, reason       # reason "empty": an empty file, no backup at all
        self.name = name                                # the backup's file name, when the UI names it


class NotFound(DomainError):
    code = "record.not_found"

    def __init__(self, entity: str, key: object) -> None:
        super().__init__(f"{entity} {key}")
        self.entity, self.key = entity, key


class TransitionNotAllowed(DomainError):
    code = "request.transition"

    def __init__(self, field: str, current: str, wanted: str) -> None:
        super().__init__(f"{field}: {current} -> {wanted}")
        self.field, self.current, self.wanted = field, current, wanted


class ReasonRequired(DomainError):
    """A change that is an exception to the rule (tier down, new owner) needs a reason."""

    code = "reason.required"

    def __init__(self, action: str) -> None:
        super().__init__(action)
        self.action = action


class ConsentMissing(DomainError):
    """Sharing was asked without an active consent covering this recipient, purpose and items."""

    code = "consent.missing"

    def __init__(self, recipient: str, items: frozenset[str]) -> None:
        super().__init__(recipient, sorted(items))
        self.recipient, self.items = recipient, items


class PossibleDuplicates(DomainError):
    """A new client looks like people already registered; the caller must look before creating."""

    code = "client.possible_duplicates"

    def __init__(self, dossier_numbers: list[str]) -> None:
        super().__init__(dossier_numbers)
        self.dossier_numbers = dossier_numbers


class NotAllowed(DomainError):
    """The signed-in role may not do this; `owner` names the colleague whose trajectory it is."""

    code = "permission.denied"

    def __init__(self, action: str, owner: str | None = None) -> None:
        super().__init__(action)
        self.action, self.owner = action, owner


class ChangedElsewhere(DomainError):
    """A form changed fields that someone else saved since the form was opened (another window, a colleague
    on the same file): nothing was saved. `stored` holds, per field, what is stored now; the form takes that
    as what it loaded, so saving again overwrites it knowingly. No `field`: the sentence stays while the
    person looks and types (a form puts the focus on the first of them). Only the field names go into the
    message (the logs), never the values."""

    code = "record.changed_elsewhere"

    def __init__(self, stored: dict[str, Any]) -> None:
        super().__init__(sorted(stored))
        self.stored = stored


class Conflict(DomainError):
    """The action clashes with the current state (a slot already booked, a merge already undone...)."""

    code = "state.conflict"

    def __init__(self, what: str) -> None:
        super().__init__(what)
        self.what = what

"""What an erasure (GDPR art. 17) empties: the columns of each table that can hold something about a person, and
what each holds once emptied. The one rule, as data, for every place that empties them: the laptop's erasure
(services/erasure.py), the sync service's (sync/server/push.py's `erase_centrally`) and the laptop's erasure
trigger, which takes the person's values out of the inserts still waiting in the sync outbox
(store/sync_capture.py). The columns are named per table: the same name means another thing elsewhere (a
client's `status` is their social status, a contact's whether it was held).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sqlalchemy import CheckConstraint, Enum

from leerwinkel_desk.store import models  # noqa: F401  (every table in Base.metadata)
from leerwinkel_desk.store.base import Base

# who the client is and what they told at the intake (also the fields an erasure's audit event names)
PERSONAL_CLIENT_FIELDS = (
    "first_name", "last_name", "birth_date", "gender", "phone", "email", "street", "postcode",
    "municipality", "highest_qualification", "foreign_diploma", "status", "dutch_level",
    "personal_situation", "study_history", "practical_barriers", "support_network", "interests",
    "phone_key", "email_key", "import_ref",
)
# per table, the columns of a person's records that can hold anything about them (the client's dossier number
# becomes its erased marker instead: domain/numbers.py's erased_marker)
PERSONAL_COLUMNS: dict[str, tuple[str, ...]] = {
    "client": (*PERSONAL_CLIENT_FIELDS, "name_key"),         # name_key: the triggers drop the name from the indexes
    "learning_request": ("topic", "question", "import_ref"),
    "contact": ("summary", "notes", "import_key"),
    "referral_out": ("reason", "loop_note"),
    "option_considered": ("free_text", "note"),
    "handover": ("note",),
    "request_change": ("reason",),     # why a tier moved down, a counsellor changed
    "letter": ("recipient_name",),
}
# every column name that is personal in some table (a region reader reads none of them: store/sync_central.py)
PERSONAL_NAMES = frozenset(name for names in PERSONAL_COLUMNS.values() for name in names)


def cleared(table: str, fields: Iterable[str] | None = None) -> dict[str, str | None]:
    """What personal columns of `table` (all of them: PERSONAL_COLUMNS) hold once emptied: NULL, or "" where the
    column must hold a text. That is a column NOT NULL (a referral's reason: NULL made the erasure of anyone ever
    referred fail) or one a CHECK of its table names (an option typed as free text, "course or text": NULL made
    the erasure of anyone with such an option fail); there a text becomes "" and a NULL stays NULL (an option
    from the catalogue had none). A column of a list of values (a client's gender, status) becomes NULL: its
    CHECK is that list, which NULL passes and "" does not. "" is what the screens, letters and the access export
    show as words erased."""
    columns = Base.metadata.tables[table].columns
    checked = {name for constraint in Base.metadata.tables[table].constraints
               if isinstance(constraint, CheckConstraint)
               for name in re.findall(r"\w+", str(constraint.sqltext))
               if name in columns and not isinstance(columns[name].type, Enum)}
    return {field: None if columns[field].nullable and field not in checked else ""
            for field in (PERSONAL_COLUMNS[table] if fields is None else fields)}

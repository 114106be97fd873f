"""The register of erasures (GDPR art. 17): which person was erased when, without any of their data."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey
from sqlalchemy.orm import Mapped, mapped_column

from leerwinkel_desk.store.base import Base, Keyed


class Erasure(Keyed, Base):
    """Kept so a restore from an older backup can erase the person again, and sync can pass it on."""

    __tablename__ = "erasure"
    office_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("office.id"), index=True)
    client_id: Mapped[uuid.UUID] = mapped_column(unique=True)
    erased_at: Mapped[datetime]
    erased_by: Mapped[uuid.UUID | None]

"""Drafts: what a counsellor typed in a form but did not save yet, kept so nothing is lost."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import JSON, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from leerwinkel_desk.store.base import Base, OfficeOwned


class Draft(OfficeOwned, Base):
    """One unsaved form per counsellor, form and target (e.g. the session form of a request)."""

    __tablename__ = "draft"
    __table_args__ = (UniqueConstraint("counsellor_id", "form", "target_id"),)
    counsellor_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("counsellor.id"))
    form: Mapped[str] = mapped_column(String(40))
    target_id: Mapped[uuid.UUID | None]
    subject_client_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON()) # the form as the dialog keeps it: its fields by name

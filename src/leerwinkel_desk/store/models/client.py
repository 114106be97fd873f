"""The client (identity optional) with the facts an intake records, and merges of duplicates."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import JSON, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from leerwinkel_desk.domain.enums import DutchLevel, Gender, Qualification, SocialStatus
from leerwinkel_desk.store.base import NAME, Base, Keyed, OfficeOwned, enum_type


class Client(OfficeOwned, Base):
    """An adult with a learning need or question. Anonymous tier-1 requests have no client row."""

    __tablename__ = "client"
    __table_args__ = (
        UniqueConstraint("office_id", "import_ref"),
        UniqueConstraint("office_id", "dossier_no"),
        Index("ix_client_name_key", "name_key"),
        Index("ix_client_phone_key", "phone_key"),
        Index("ix_client_email_key", "email_key"),
        Index("ix_client_birth_date", "birth_date"),
    )
    dossier_no: Mapped[str] = mapped_column(String(20))        # unique per office
    first_name: Mapped[str | None] = mapped_column(String(200), info=NAME)
    last_name: Mapped[str | None] = mapped_column(String(200), info=NAME)
    birth_date: Mapped[date | None]
    gender: Mapped[Gender | None] = mapped_column(enum_type(Gender))
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(200))
    street: Mapped[str | None] = mapped_column(String(200))
    postcode: Mapped[str | None] = mapped_column(String(10))
    municipality: Mapped[str | None] = mapped_column(String(100))
    highest_qualification: Mapped[Qualification | None] = mapped_column(enum_type(Qualification))
    foreign_diploma: Mapped[bool | None]
    status: Mapped[SocialStatus | None] = mapped_column(enum_type(SocialStatus))
    dutch_level: Mapped[DutchLevel | None] = mapped_column(enum_type(DutchLevel))
    # what the intake maps (blueprint 3.3): free text, never shared without consent
    personal_situation: Mapped[str | None] = mapped_column(Text)
    study_history: Mapped[str | None] = mapped_column(Text)
    practical_barriers: Mapped[str | None] = mapped_column(Text)
    support_network: Mapped[str | None] = mapped_column(Text)
    interests: Mapped[str | None] = mapped_column(Text)
    # follow-up flags of the blueprint: difficult school past, weak personal network
    difficult_school_past: Mapped[bool] = mapped_column(default=False)
    weak_network: Mapped[bool] = mapped_column(default=False)
    # normalised search keys (see domain.text), kept in step by the services
    name_key: Mapped[str] = mapped_column(Text, default="")
    phone_key: Mapped[str | None] = mapped_column(String(40))
    email_key: Mapped[str | None] = mapped_column(String(200))
    merged_into_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("client.id"))
    import_ref: Mapped[str | None] = mapped_column(String(100))


class ClientMerge(Keyed, Base):
    """A merge of a duplicate into a surviving client, with what moved, so it can be undone."""

    __tablename__ = "client_merge"
    office_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("office.id"), index=True)
    survivor_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("client.id"), index=True)
    merged_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("client.id"), index=True)
    merged_at: Mapped[datetime]
    merged_by: Mapped[uuid.UUID | None]
    moved: Mapped[dict[str, list[str]]] = mapped_column(JSON()) # table name -> list of record ids re-pointed
    undone_at: Mapped[datetime | None]
    undone_by: Mapped[uuid.UUID | None]

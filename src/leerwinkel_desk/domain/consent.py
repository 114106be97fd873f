"""When a consent allows sharing: active on the day, same recipient and purpose, every item covered."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from leerwinkel_desk.domain.enums import ConsentPurpose, DataItem
from leerwinkel_desk.domain.errors import InvalidValue

# What a study counsellor may need for the study path; benefits, network and identity documents
# of a vulnerable adult are not for the school, whatever was signed (blueprint 3.3, opvolging).
RELEVANT_FOR: dict[ConsentPurpose, frozenset[DataItem]] = {
    ConsentPurpose.WARM_HANDOVER: frozenset({
        DataItem.IDENTITY, DataItem.CONTACT_DETAILS, DataItem.QUESTION, DataItem.STUDY_HISTORY,
        DataItem.DUTCH_LEVEL, DataItem.PRACTICAL_BARRIERS, DataItem.OPTIONS, DataItem.CHOICE,
        DataItem.TRAJECTORY_SUMMARY,
    }),
    ConsentPurpose.PARTNER_FOLLOW_UP: frozenset(DataItem),
    ConsentPurpose.REFERRAL: frozenset({
        DataItem.IDENTITY, DataItem.CONTACT_DETAILS, DataItem.QUESTION, DataItem.DUTCH_LEVEL,
        DataItem.SOCIAL_STATUS, DataItem.PRACTICAL_BARRIERS,
    }),
}


@dataclass(frozen=True)
class Recipient:
    """Who receives shared data: a partner organisation, optionally one person there."""

    org_id: uuid.UUID | None
    contact_id: uuid.UUID | None = None
    name: str | None = None


@dataclass(frozen=True)
class ConsentTerms:
    recipient: Recipient
    purpose: ConsentPurpose
    items: frozenset[DataItem]
    given_on: date
    expires_on: date | None
    withdrawn_on: date | None


def is_active(terms: ConsentTerms, on: date) -> bool:
    if on < terms.given_on:
        return False
    if terms.withdrawn_on is not None and terms.withdrawn_on <= on:
        return False
    return terms.expires_on is None or on <= terms.expires_on


def same_recipient(granted: Recipient, asked: Recipient) -> bool:
    """A consent for an organisation covers any person there; one for a person covers only them."""
    if granted.org_id is not None and granted.org_id != asked.org_id:
        return False
    if granted.contact_id is not None and granted.contact_id != asked.contact_id:
        return False
    if granted.org_id is None and granted.contact_id is None:
        return bool(granted.name) and granted.name == asked.name
    return True


def covers(terms: ConsentTerms, recipient: Recipient, purpose: ConsentPurpose,
           items: frozenset[DataItem], on: date) -> bool:
    return (
        is_active(terms, on)
        and terms.purpose is purpose
        and same_recipient(terms.recipient, recipient)
        and items <= terms.items
    )


def check_relevant(purpose: ConsentPurpose, items: frozenset[DataItem]) -> None:
    """Only what is relevant for the purpose may be shared, even if consent covers more."""
    if not items:
        raise InvalidValue("items", "empty")
    if not items <= RELEVANT_FOR[purpose]:
        raise InvalidValue("items", "not_relevant")


def check_terms(recipient: Recipient, items: frozenset[DataItem], given_on: date,
                expires_on: date | None) -> None:
    if recipient.org_id is None and recipient.contact_id is None and not (recipient.name or "").strip():
        raise InvalidValue("recipient", "required")
    if not items:
        raise InvalidValue("data_items", "empty")
    if expires_on is not None and expires_on < given_on:
        raise InvalidValue("expires_on", "before_given")

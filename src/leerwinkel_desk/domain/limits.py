"""Limits on what a client or a contact records, the same for the forms, the services and the registration
import."""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import urlsplit

from leerwinkel_desk.domain.errors import InvalidValue

MAX_MINUTES = 600           # a contact longer than a working day is a typing error
SUMMARY_LENGTH = 500        # one summary line; the notes field holds the rest


def check_minutes(minutes: int | None) -> None:
    if minutes is not None and not 0 <= minutes <= MAX_MINUTES:
        raise InvalidValue("minutes", "range")


def check_summary(summary: str | None, field: str = "summary") -> None:
    """A summary (or a tier-1 answer, which is filed as the contact's summary) fits its column."""
    if summary is not None and len(summary) > SUMMARY_LENGTH:
        raise InvalidValue(field, "too_long", SUMMARY_LENGTH)


def check_held(on: date, today: date) -> None:
    """A contact recorded as held took place today or earlier (a booked slot tomorrow is not held yet)."""
    if on > today:
        raise InvalidValue("at", "not_yet")


def is_email_shaped(value: str) -> bool:
    """One `@` with something on both sides and no spaces (`x@@x` and `jan @x.be` are typing errors)."""
    local, at, domain = value.strip().partition("@")
    return bool(at and local and domain) and "@" not in domain and not any(ch.isspace() for ch in value.strip())


_WEB_HOST = re.compile(r"[\w-]+(\.[\w-]+)+(:[0-9]{1,5})?")


def is_web_address(value: str) -> bool:
    """An http:// or https:// address of a named host (`https://www.vdab.be/opleidingen`), or such a host
    typed without its scheme (`www.vdab.be`): what a list may offer as a link. Another scheme (`javascript:`,
    `file:`, `mailto:`), a user name in it or spaces are refused."""
    text = value.strip()
    if not text or any(ch.isspace() or not ch.isprintable() for ch in text):
        return False
    parts = urlsplit(text if "://" in text else f"https://{text}")
    return parts.scheme.lower() in ("http", "https") and _WEB_HOST.fullmatch(parts.netloc) is not None


def check_web_address(value: str | None, field: str) -> None:
    """InvalidValue(field, "format") for a website or a course's page that is filled in and not a web address."""
    if value and value.strip() and not is_web_address(value):
        raise InvalidValue(field, "format")

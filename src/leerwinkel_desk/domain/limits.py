"""Limits on what a client or a contact records, the same for the forms, the services and the registration
import; and the one home of the shapes of an e-mail address, a phone number and a postcode, for every record
that has them (a client, a partner and its contact persons, a loket, the office's letterhead, and the CSV
imports of them)."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
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


def is_email_shaped(value: str) -> bool:
    """One `@` with something before it and a domain with a dot after it (`naam@voorbeeld.be`), no spaces
    (`x@@x`, `jan @x.be`, `els@` and `x@y` are typing errors)."""
    local, at, domain = value.strip().partition("@")
    labels = domain.split(".")
    return (bool(at and local) and "@" not in domain and len(labels) > 1 and all(labels)
            and not any(ch.isspace() for ch in value.strip()))


_WEB_HOST = re.compile(r"[\w-]+(\.[\w-]+)+(:[0-9]{1,5})?")


def is_web_address(value: str) -> bool:
    """An http:// or https:// address of a named host (`https://www.vdab.be/opleidingen`), or such a host
    typed without its scheme (`www.vdab.be`): what a list may offer as a link. Another scheme (`javascript:`,
    `file:`, `mailto:`), a user name in it or spaces are refused."""
    text = value.strip()
    if not text or any(ch.isspace() or not ch.isprintable() for ch in text):
        return False
    parts = urlsplit(text)
    if not parts.netloc:                        # typed without its scheme: www.vdab.be
        parts = urlsplit(f"https://{text}")
    return parts.scheme.lower() in ("http", "https") and _WEB_HOST.fullmatch(parts.netloc) is not None


def check_web_address(value: str | None, field: str) -> None:
    """InvalidValue(field, "format") for a website or a course's page that is filled in and not a web address."""
    if value and value.strip() and not is_web_address(value):
        raise InvalidValue(field, "format")


PHONE_MARKS = " ./-()"      # what people write between the digits: 056 12 34 56, 056/12.34.56, (056) 12-34-56
PHONE_DIGITS = (8, 15)      # a Belgian number has 9 (fixed) or 10 (mobile) with its 0; E.164 allows 15


def is_phone_shaped(value: str) -> bool:
    """Digits, with spaces, dots, slashes, hyphens or brackets between them and a + in front, 8 to 15 of
    them (`abc-def` and `0470` are typing errors)."""
    digits = value.strip().removeprefix("+")
    for mark in PHONE_MARKS:
        digits = digits.replace(mark, "")
    return digits.isascii() and digits.isdigit() and PHONE_DIGITS[0] <= len(digits) <= PHONE_DIGITS[1]


def is_postcode_shaped(value: str) -> bool:
    """A Belgian postcode: four digits, 1000 to 9999 (the office, its lokets and its partners are in Belgium)."""
    code = value.strip()
    return len(code) == 4 and code.isascii() and code.isdigit() and code[0] != "0"


CONTACT_SHAPES: Mapping[str, Callable[[str], bool]] = {
    "email": is_email_shaped, "phone": is_phone_shaped, "postcode": is_postcode_shaped}


def check_contact_details(values: Mapping[str, str | None]) -> None:
    """InvalidValue(field, "format") for the first e-mail, phone or postcode among `values` that is filled in
    and not of its shape (a field not among them, or left empty, is not checked)."""
    for field, shaped in CONTACT_SHAPES.items():
        value = values.get(field)
        if value and not shaped(value):
            raise InvalidValue(field, "format")
